import type { Finding } from "../../core/findings/finding";
import { parseCellAddress } from "../../core/snapshot/address";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { TableOutline } from "../../core/tables/table-outline";
import { useMemo } from "react";
import { collectCellMarks, type CellMark } from "../../hosts/marks/cell-marks";
import { gridFrame, type GridFrame } from "./grid-frame";
import { SheetGrid } from "./SheetGrid";

export interface FindingGridProps {
  snapshot: WorkbookSnapshot;
  /** Recognised tables: the one holding the cell gives the frozen header rows and code/name columns. */
  tables: readonly TableOutline[];
  finding: Finding;
  /** Every finding of the check, drawn as marks (none once the marks were cleared). */
  marked: readonly Finding[];
}

/** The grid around a finding's cell (loaded on first use: the pane's first screen does not need it). */
export default function FindingGrid({ snapshot, tables, finding, marked }: FindingGridProps) {
  const sheet = snapshot.sheets.find((s) => s.name === finding.sheet);
  const at = /^[A-Z]{1,3}\d+$/.test(finding.cell) ? parseCellAddress(finding.cell) : undefined;
  const table =
    at &&
    tables.find((t) => t.sheet === finding.sheet && at.row >= t.range.top && at.row <= t.range.bottom && at.col >= t.range.left && at.col <= t.range.right);
  const frame = useMemo(() => sheet && at && gridFrame(sheet, at, table), [sheet, at?.row, at?.col, table]); // eslint-disable-line react-hooks/exhaustive-deps
  const marks = useMemo(() => (frame ? marksIn(marked, finding.sheet, frame) : []), [marked, finding.sheet, frame]);
  if (!sheet || !frame) return null;
  return <SheetGrid sheet={sheet} cell={finding.cell} frame={frame} marks={marks} />;
}

/** The marks on the rows the grid shows (of 60,000 findings, the dozen near the cell). */
function marksIn(findings: readonly Finding[], sheet: string, frame: GridFrame): CellMark[] {
  const rows = new Set([...frame.headerRows, ...frame.bodyRows]);
  return collectCellMarks(findings.filter((f) => f.sheet === sheet && /^[A-Z]{1,3}\d+$/.test(f.cell) && rows.has(parseCellAddress(f.cell).row)));
}
