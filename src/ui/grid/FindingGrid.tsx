import { useMemo } from "react";
import type { Finding } from "../../core/findings/finding";
import { parseCellAddress } from "../../core/snapshot/address";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { TableModel } from "../../core/tables/table-model";
import { collectCellMarks } from "../../hosts/marks/cell-marks";
import { SheetGrid } from "./SheetGrid";

export interface FindingGridProps {
  snapshot: WorkbookSnapshot;
  /** Recognised tables: the one holding the cell gives the frozen header rows and code/name columns. */
  tables: readonly TableModel[];
  finding: Finding;
  /** Every finding of the check, drawn as marks (none once the marks were cleared). */
  marked: readonly Finding[];
}

/** The grid around a finding's cell (loaded on first use: the pane's first screen does not need it). */
export default function FindingGrid({ snapshot, tables, finding, marked }: FindingGridProps) {
  const sheet = snapshot.sheets.find((s) => s.name === finding.sheet);
  const marks = useMemo(() => collectCellMarks(marked).filter((m) => m.sheet === finding.sheet), [marked, finding.sheet]);
  if (!sheet || !/^[A-Z]{1,3}\d+$/.test(finding.cell)) return null;
  const at = parseCellAddress(finding.cell);
  const table = tables.find((t) => t.sheet === sheet.name && at.row >= t.range.top && at.row <= t.range.bottom && at.col >= t.range.left && at.col <= t.range.right);
  return <SheetGrid sheet={sheet} cell={finding.cell} table={table} marks={marks} />;
}
