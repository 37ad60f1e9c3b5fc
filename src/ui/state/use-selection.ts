import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { WorkbookHost } from "../../hosts/host";
import { findingKey } from "../check/group-findings";

/** The finding the accountant picked: its cell is selected in the workbook and shown in the grid. */
export function useSelection(host: WorkbookHost, findings: readonly Finding[] | undefined) {
  const [key, setKey] = useState<string>();
  // A new check keeps the selection only when the same finding is found again.
  const selected = useMemo(() => (key === undefined ? undefined : findings?.find((f) => findingKey(f) === key)), [findings, key]);
  const select = useCallback(
    (finding: Finding) => {
      setKey(findingKey(finding));
      if (finding.sheet && finding.cell) host.select(finding.sheet, finding.cell).catch(() => undefined);
    },
    [host],
  );
  return { selected, selectedKey: selected ? key : undefined, select };
}
