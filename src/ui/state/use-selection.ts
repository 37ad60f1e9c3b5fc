import { useCallback, useMemo, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { WorkbookHost } from "../../hosts/host";
import { findingKey } from "../check/group-findings";

/** The finding the accountant picked: its cell is selected in the workbook and shown in the grid. */
export function useSelection(host: WorkbookHost, findings: readonly Finding[] | undefined) {
  const [picked, setPicked] = useState<{ finding: Finding; key: string }>();
  // A new check keeps the selection only when the same finding is found again (looked up once per check).
  const selected = useMemo(() => {
    if (!picked || !findings) return undefined;
    return findings.includes(picked.finding) ? picked.finding : findings.find((f) => findingKey(f) === picked.key);
  }, [findings, picked]);
  const key = selected && (selected === picked?.finding ? picked.key : findingKey(selected));
  const select = useCallback(
    (finding: Finding) => {
      setPicked({ finding, key: findingKey(finding) });
      if (finding.sheet && finding.cell) host.select(finding.sheet, finding.cell).catch(() => undefined);
    },
    [host],
  );
  return { selected, selectedKey: key, select };
}
