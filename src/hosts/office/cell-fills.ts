import type { FillState } from "./mark-record";
import type { QueuedOperation } from "./batches";

/** Cells of one row read and written as one range: columns left..right, of which `cells` are the targets. */
export interface RowSegment {
  sheet: string;
  row: number;
  left: number;
  right: number;
}

export interface TargetCell {
  sheet: string;
  row: number;
  col: number;
}

/** Targets closer than this many columns share one range (the cells between are read but left alone). */
const MAX_GAP = 3;
const FILL_RESPONSE_BYTES_PER_CELL = 130;
const FILL_REQUEST_BYTES_PER_CELL = 70;
const RANGE_OVERHEAD_BYTES = 250;

const FILL_PROPERTIES = { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true };

/** Groups target cells into row segments, so thousands of cells cost a few hundred ranges rather than thousands. */
export function rowSegments(cells: readonly TargetCell[]): RowSegment[] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row || a.col - b.col));
  const segments: RowSegment[] = [];
  for (const cell of sorted) {
    const last = segments[segments.length - 1];
    if (last && last.sheet === cell.sheet && last.row === cell.row && cell.col - last.right <= MAX_GAP + 1) {
      last.right = Math.max(last.right, cell.col);
      continue;
    }
    segments.push({ sheet: cell.sheet, row: cell.row, left: cell.col, right: cell.col });
  }
  return segments;
}

/** Reads the current fills of the segments' cells (one getCellProperties per segment). */
export class FillReader {
  private readonly results = new Map<RowSegment, OfficeExtension.ClientResult<Excel.CellProperties[][]>>();

  constructor(private readonly context: Excel.RequestContext) {}

  loadOperation(segment: RowSegment): QueuedOperation {
    return {
      bytes: RANGE_OVERHEAD_BYTES + width(segment) * FILL_RESPONSE_BYTES_PER_CELL,
      queue: () => this.results.set(segment, segmentRange(this.context, segment).getCellProperties({ format: { fill: FILL_PROPERTIES } })),
    };
  }

  /** After the sync: the fill of cell (row, col) of a loaded segment. */
  fillAt(segment: RowSegment, col: number): FillState {
    const props = this.results.get(segment)?.value[0][col - segment.left];
    return { ...props?.format?.fill } as FillState;
  }
}

/**
 * Writes the wanted fill of each target of a segment: a colour (mark or restored fill) through one setCellProperties,
 * and "no fill" through fill.clear() on runs of cells, since setting a colour can only add a fill.
 */
export function writeFillsOperation(context: Excel.RequestContext, segment: RowSegment, wanted: Map<number, FillState>): QueuedOperation {
  return {
    bytes: RANGE_OVERHEAD_BYTES * 2 + width(segment) * FILL_REQUEST_BYTES_PER_CELL,
    queue: () => {
      const row: Excel.SettableCellProperties[] = [];
      for (let col = segment.left; col <= segment.right; col++) {
        const fill = wanted.get(col);
        row.push(fill && !isNoFill(fill) ? { format: { fill: settableFill(fill) } } : {});
      }
      segmentRange(context, segment).setCellProperties([row]);
      for (const run of noFillRuns(segment, wanted)) {
        context.workbook.worksheets
          .getItem(segment.sheet)
          .getRangeByIndexes(segment.row, run.left, 1, run.right - run.left + 1)
          .format.fill.clear();
      }
    },
  };
}

function isNoFill(fill: FillState): boolean {
  return fill.pattern === "None" || fill.pattern === undefined;
}

function settableFill(fill: FillState): Excel.CellPropertiesFill {
  const settable: Excel.CellPropertiesFill = {};
  if (fill.pattern !== undefined) settable.pattern = fill.pattern as Excel.FillPattern;
  if (fill.color !== undefined) settable.color = fill.color;
  if (fill.tintAndShade !== undefined) settable.tintAndShade = fill.tintAndShade;
  if (fill.patternColor !== undefined) settable.patternColor = fill.patternColor;
  if (fill.patternTintAndShade !== undefined) settable.patternTintAndShade = fill.patternTintAndShade;
  return settable;
}

function noFillRuns(segment: RowSegment, wanted: Map<number, FillState>): { left: number; right: number }[] {
  const runs: { left: number; right: number }[] = [];
  for (let col = segment.left; col <= segment.right; col++) {
    const fill = wanted.get(col);
    if (!fill || !isNoFill(fill)) continue;
    const last = runs[runs.length - 1];
    if (last && last.right === col - 1) last.right = col;
    else runs.push({ left: col, right: col });
  }
  return runs;
}

function segmentRange(context: Excel.RequestContext, segment: RowSegment): Excel.Range {
  return context.workbook.worksheets.getItem(segment.sheet).getRangeByIndexes(segment.row, segment.left, 1, width(segment));
}

function width(segment: RowSegment): number {
  return segment.right - segment.left + 1;
}
