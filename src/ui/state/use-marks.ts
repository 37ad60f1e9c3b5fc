import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { WorkbookHost } from "../../hosts/host";
import { DamagedMarkRecord } from "../../hosts/marks/damaged-record";
import { errorText } from "./use-stored-value";

/** The marks (fill + note) the pane put on the workbook's cells: applied after each check, cleared on request. */
export function useMarks(host: WorkbookHost) {
  const [applied, setApplied] = useState(false);
  const [error, setError] = useState<string>();
  /** The restore record is damaged: the pane offers clearing by the marks' own colour instead. */
  const [damaged, setDamaged] = useState(false);
  const marked = useRef(false);

  const fail = useCallback((err: unknown, prefix: string) => {
    setDamaged(err instanceof DamagedMarkRecord);
    setError(errorText(err, prefix));
  }, []);

  const apply = useCallback(
    async (findings: readonly Finding[]) => {
      setError(undefined);
      setDamaged(false);
      try {
        if (marked.current) await host.clearMarks();
        await host.applyMarks(findings);
        marked.current = true;
        setApplied(true);
      } catch (err) {
        fail(err, "无法在工作表中标记单元格");
      }
    },
    [host, fail],
  );

  const clear = useCallback(async () => {
    try {
      await host.clearMarks();
      marked.current = false;
      setApplied(false);
    } catch (err) {
      fail(err, "无法清除标记");
    }
  }, [host, fail]);

  const clearByColour = useCallback(async () => {
    try {
      await host.clearMarksByColour();
      marked.current = false;
      setApplied(false);
      setDamaged(false);
      setError(undefined);
    } catch (err) {
      fail(err, "无法按底色清除标记");
    }
  }, [host, fail]);

  return { applied, error, damaged, apply, clear, clearByColour };
}
