import type { Finding } from "../../core/findings/finding";
import { parseCellAddress } from "../../core/snapshot/address";
import { collectCellMarks, isMarkNote, MARK_FILL, type CellMark } from "../marks/cell-marks";
import { annotationHash, cellKey, noteChange, planCells, type CellPlan as SharedCellPlan } from "../marks/mark-plan";
import { normalizeCell, type AnnotationIndex } from "./annotations";
import { runInBatches, type QueuedOperation } from "./batches";
import type { AnnotationMode } from "./capabilities";
import { FillReader, rowSegments, writeFillsOperation, type RowSegment } from "./cell-fills";
import type { FillState, MarkedCell, MarkRecord } from "./mark-record";
import { openMarkSession } from "./mark-session";
import { isMarkFill } from "./clear-by-colour";

/** One cell the add-in marks now, marked before, or both. */
type CellPlan = SharedCellPlan<MarkedCell>;

/**
 * Replaces the add-in's marks by those of `findings` (none: clears them), in a constant number of requests:
 *   1. list the stored record's parts and the workbook's notes/comments;
 *   2. read the record's XML, the annotations' locations and the current fills of the cells to mark;
 *   3. restore previously marked cells, mark the new ones, store the new record.
 * Large payloads split steps 2 and 3 into more requests by size, never by the number of findings.
 * Values are never written. A note/comment the user wrote is left alone; only the add-in's own are removed (named
 * by the record, or known by their first line “预决算公开助手：”).
 */
export async function replaceMarks(context: Excel.RequestContext, mode: AnnotationMode, findings: readonly Finding[], budgetBytes: number): Promise<void> {
  const { store, annotations, worksheets } = await openMarkSession(context, mode);
  const sheetNames = new Set(worksheets.map((ws) => ws.name));

  // A sheet deleted since the last check has nothing left to restore; findings only name existing sheets.
  const marks = collectCellMarks(findings)
    .filter((m) => sheetNames.has(m.sheet))
    .map((m) => ({ ...m, cell: normalizeCell(m.cell) }));
  const fills = new FillReader(context);
  const newSegments = rowSegments(marks.map(toTarget));
  store.queueRead();
  annotations.queueLocations();
  await runInBatches(
    context,
    newSegments.map((s) => fills.loadOperation(s)),
    budgetBytes,
  );
  if (newSegments.length === 0) await context.sync();
  annotations.index();

  const previous = store.record().cells.filter((c) => sheetNames.has(c.sheet));
  const plans = planCells(previous, marks);
  const fillOf = fillLookup(fills, newSegments);
  const record: MarkRecord = { cells: [] };
  const operations: QueuedOperation[] = [];
  const wantedFills = new Map<string, Map<number, FillState>>();
  for (const plan of plans) {
    const base = plan.previous ? plan.previous.fill : originalFill(fillOf(plan), annotations.get(plan.sheet, plan.cell)?.content);
    wanted(wantedFills, plan).set(plan.col, plan.mark ? markFill(plan.mark) : base);
    const written = planAnnotation(annotations, plan, operations);
    if (plan.mark) record.cells.push({ sheet: plan.sheet, cell: plan.cell, fill: base, ...(written && { annotation: annotationHash(written) }) });
  }
  // A note of the add-in on a cell neither marked now nor in the record (a marked copy made elsewhere, a record lost)
  // is found by its first line and removed with the others, and the cell's mark fill with it (one more request, only
  // when there are such cells).
  const planned = new Set(plans.map((p) => cellKey(p.sheet, p.cell)));
  const orphans = annotations.ours().filter((note) => !planned.has(cellKey(note.sheet, note.cell)));
  const orphanSegments = rowSegments(orphans.map(toTarget));
  if (orphanSegments.length > 0)
    await runInBatches(
      context,
      orphanSegments.map((segment) => fills.loadOperation(segment)),
      budgetBytes,
    );
  const orphanFill = fillLookup(fills, orphanSegments);
  for (const note of orphans) {
    operations.push(annotations.deleteOperation(note));
    const at = { ...note, ...parseCellAddress(note.cell) };
    if (isMarkFill(orphanFill(at))) wanted(wantedFills, at).set(at.col, { pattern: "None" });
  }
  operations.unshift(store.replaceOperation(record));
  for (const segment of rowSegments([...plans, ...orphans].map(toTarget))) {
    operations.push(writeFillsOperation(context, segment, wantedFills.get(segmentKey(segment)) ?? new Map()));
  }
  await runInBatches(context, operations, budgetBytes);
}

/**
 * Queues what the cell's annotation needs and returns the text of the add-in's annotation left on it (if any).
 * The add-in's own earlier annotation (recognised by its hash) is replaced or removed; any other is kept untouched.
 */
function planAnnotation(annotations: AnnotationIndex, plan: CellPlan, operations: QueuedOperation[]): string | undefined {
  if (annotations.mode === "none") return undefined;
  const current = annotations.get(plan.sheet, plan.cell);
  const ours = current !== undefined && (plan.previous?.annotation === annotationHash(current.content) || isMarkNote(current.content));
  const { change, written } = noteChange(plan, current?.content, ours);
  if (change.kind === "delete") operations.push(annotations.deleteOperation(current!));
  else if (change.kind === "replace") operations.push(annotations.replaceOperation(current!, change.text));
  else if (change.kind === "add") operations.push(annotations.addOperation(plan.sheet, plan.cell, change.text));
  return written;
}

/**
 * The fill to restore later for a cell marked now that the record does not name: what it has, unless it carries the
 * add-in's note and a mark fill (marked by another copy of the add-in or in a marked copy): then no fill.
 */
function originalFill(current: FillState, note: string | undefined): FillState {
  return note !== undefined && isMarkNote(note) && isMarkFill(current) ? { pattern: "None" } : current;
}

function markFill(mark: CellMark): FillState {
  return { color: `#${MARK_FILL[mark.severity]}`, pattern: "Solid" };
}

/** Fill of a newly marked cell as read before marking: segments indexed by sheet and row. */
function fillLookup(fills: FillReader, segments: RowSegment[]): (plan: CellPlan) => FillState {
  const byRow = new Map<string, RowSegment[]>();
  for (const s of segments) byRow.set(segmentKey(s), [...(byRow.get(segmentKey(s)) ?? []), s]);
  return (plan) => {
    const segment = byRow.get(segmentKey(plan))?.find((s) => s.left <= plan.col && plan.col <= s.right);
    return segment ? fills.fillAt(segment, plan.col) : { pattern: "None" };
  };
}

function wanted(all: Map<string, Map<number, FillState>>, plan: { sheet: string; row: number }): Map<number, FillState> {
  const key = segmentKey(plan);
  let row = all.get(key);
  if (!row) all.set(key, (row = new Map()));
  return row;
}

function segmentKey(at: { sheet: string; row: number }): string {
  return `${at.sheet}\u0000${at.row}`;
}

function toTarget(at: { sheet: string; cell: string }): { sheet: string; row: number; col: number } {
  return { sheet: at.sheet, ...parseCellAddress(at.cell) };
}
