import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { WorkbookHost } from "../../hosts/host";
import { errorText } from "./use-stored-value";

/** The marks (fill + note) the pane put on the workbook's cells: applied after each check, cleared on request. */
export function useMarks(host: WorkbookHost) {
  const [applied, setApplied] = useState(false);
  const [error, setError] = useState<string>();
  const marked = useRef(false);

  const apply = useCallback(
    async (findings: readonly Finding[]) => {
      setError(undefined);
      try {
        if (marked.current) await host.clearMarks();
        await host.applyMarks(findings);
        marked.current = true;
        setApplied(true);
      } catch (err) {
        setError(errorText(err, "无法在工作表中标记单元格"));
      }
    },
    [host],
  );

  const clear = useCallback(async () => {
    try {
      await host.clearMarks();
      marked.current = false;
      setApplied(false);
    } catch (err) {
      setError(errorText(err, "无法清除标记"));
    }
  }, [host]);

  return { applied, error, apply, clear };
}
