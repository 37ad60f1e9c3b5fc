import type { Finding } from "../../core/findings/finding";
import type { ProjectOutline } from "../../core/performance/project-outline";
import { cellRow, parseCellAddress, splitQualifiedAddress } from "../../core/snapshot/address";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { TableOutline } from "../../core/tables/table-outline";
import { useMemo } from "react";
import { collectCellMarks, type CellMark } from "../../hosts/marks/cell-marks";
import { gridFrame, indicatorContext, tableContext, type GridFrame } from "./grid-frame";
import { SheetGrid } from "./SheetGrid";
import { TextExcerpt } from "./TextExcerpt";

export interface FindingGridProps {
  snapshot: WorkbookSnapshot;
  /** Recognised tables: the one holding the cell gives the frozen header rows and code/name columns. */
  tables: readonly TableOutline[];
  /** 绩效 projects: an indicator's line shows the indicator's name beside the value. */
  projects: readonly ProjectOutline[];
  finding: Finding;
  /** Every finding of the check, drawn as marks (none once the marks were cleared). */
  marked: readonly Finding[];
}

const CELL = /^[A-Z]{1,3}\d+$/;

/**
 * The grid around a finding's cell, or for a finding about text its paragraph with the words it is about
 * marked (loaded on first use: the pane's first screen does not need it).
 */
export default function FindingGrid({ snapshot, tables, projects, finding, marked }: FindingGridProps) {
  const sheet = snapshot.sheets.find((s) => s.name === finding.sheet);
  const at = CELL.test(finding.cell) ? parseCellAddress(finding.cell) : undefined;
  const table =
    at &&
    tables.find((t) => t.sheet === finding.sheet && at.row >= t.range.top && at.row <= t.range.bottom && at.col >= t.range.left && at.col <= t.range.right);
  const frame = useMemo(() => {
    if (!sheet || !at) return undefined;
    return gridFrame(sheet, at, table ? tableContext(sheet, table, at) : indicatorContext(sheet.name, projects, at));
  }, [sheet, at?.row, at?.col, table, projects]); // eslint-disable-line react-hooks/exhaustive-deps
  const marks = useMemo(() => (frame ? marksIn(marked, finding.sheet, frame) : []), [marked, finding.sheet, frame]);
  const equationCols = useMemo(() => (at ? equationColumns(finding, at.col) : []), [finding, at?.col]); // eslint-disable-line react-hooks/exhaustive-deps
  if (finding.quote) return <TextExcerpt place={`${finding.sheet ? `${finding.sheet}!` : ""}${finding.cell}`} quote={finding.quote} />;
  if (!sheet || !frame) return null;
  return <SheetGrid sheet={sheet} cell={finding.cell} frame={frame} marks={marks} equationCols={equationCols} />;
}

/** The columns of the cells the finding's equation uses on its own sheet, the cell's own first. */
function equationColumns(finding: Finding, col: number): number[] {
  const cols = new Set([col]);
  for (const qualified of finding.related) {
    if (!qualified.includes("!")) continue;
    const { sheet, address } = splitQualifiedAddress(qualified);
    if (sheet === finding.sheet && CELL.test(address)) cols.add(parseCellAddress(address).col);
  }
  return [...cols];
}

/** The marks on the rows the grid shows (of 60,000 findings, the dozen near the cell). */
function marksIn(findings: readonly Finding[], sheet: string, frame: GridFrame): CellMark[] {
  const rows = new Set([...frame.headerRows, ...frame.bodyRows]);
  const shown = (f: Finding) => {
    const row = f.sheet === sheet ? cellRow(f.cell) : undefined;
    return row !== undefined && rows.has(row);
  };
  return collectCellMarks(findings.filter(shown));
}
