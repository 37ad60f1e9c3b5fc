import type { Finding } from "../../core/findings/finding";
import { cellAddress, parseCellAddress } from "../../core/snapshot/address";
import { collectCellMarks, isMarkNote } from "../marks/cell-marks";
import { annotationHash, noteChange, planCells, type CellPlan, type NoteChange } from "../marks/mark-plan";
import { markFill, readFill, writeFill } from "./cell-fills";
import type { DocumentStore } from "./document-store";
import { MARKS_STATE_KEY, recordFromJson, recordToJson, type WpsFill, type WpsMarkedCell } from "./mark-record";
import { sheetsByName } from "./workbook-sheets";
import { XL_PATTERN_NONE, type WpsApplication, type WpsRange, type WpsWorkbook } from "./wps-api";
import { isMarkFill } from "./clear-by-colour";

/**
 * Replaces the add-in's marks by those of `findings` (none: clears them). Every cell marked before gets back the fill
 * the restore record kept; every cell to mark has its fill read first, then gets the severity's fill and a comment
 * (批注) with the messages. A comment the user wrote is left alone (the cell is filled only); the add-in's own earlier
 * comment is recognised by its hash. Values are never written.
 * The record covering both the old and the new cells is stored before any cell changes, and the final one after, so
 * a check interrupted halfway can still be cleared. Reads and writes are a fixed number per marked cell.
 */
export function replaceMarks(app: WpsApplication, workbook: WpsWorkbook, store: DocumentStore, findings: readonly Finding[], comments: boolean): void {
  const sheets = sheetsByName(workbook);
  const marks = collectCellMarks(findings)
    .filter((m) => sheets.has(m.sheet))
    .map((m) => ({ ...m, cell: normalizeCell(m.cell) }));
  // A sheet deleted since the last check has nothing left to restore.
  const previous = recordFromJson(store.load(MARKS_STATE_KEY)).filter((c) => sheets.has(c.sheet));
  const steps = planCells(previous, marks).map((plan) => planStep(sheets.get(plan.sheet)!.Range(plan.cell), plan, comments));
  const noteOf = (step: Step) => (step.note.written ? annotationHash(step.note.written) : step.plan.previous?.note);
  store.save(MARKS_STATE_KEY, recordToJson(steps.map((step) => cellRecord(step, step.before, noteOf(step)))));
  app.ScreenUpdating = false;
  try {
    for (const step of steps) applyStep(step);
  } finally {
    app.ScreenUpdating = true;
  }
  const marked = steps.filter((step) => step.plan.mark);
  // Nothing left to restore: no record at all, as before the first check.
  if (marked.length === 0) store.remove(MARKS_STATE_KEY);
  else store.save(MARKS_STATE_KEY, recordToJson(marked.map((step) => cellRecord(step, step.before, step.note.written && annotationHash(step.note.written)))));
}

/** One cell: its range, the fill to restore later (undefined: left alone), and what happens to its comment. */
interface Step {
  plan: CellPlan<WpsMarkedCell>;
  range: WpsRange;
  before?: WpsFill;
  note: { change: NoteChange; written?: string };
}

/** Reads what the cell has now (its fill unless a record already holds it, its comment) and decides. */
function planStep(range: WpsRange, plan: CellPlan<WpsMarkedCell>, comments: boolean): Step {
  const comment = comments ? range.Comment : null;
  const current = comment ? comment.Text() : undefined;
  const before = plan.previous ? plan.previous.fill : originalFill(readFill(range.Interior), current);
  if (!comments) return { plan, range, before, note: { change: { kind: "keep" } } };
  const ours = current !== undefined && ((plan.previous?.note !== undefined && isOurNote(current, plan.previous.note)) || isMarkNote(current));
  return { plan, range, before, note: noteChange(plan, current, ours) };
}

/**
 * The fill to restore later for a cell the record does not name: what it has, unless it carries the add-in's comment
 * and a mark fill (marked before without a record, e.g. in a marked copy): then no fill.
 */
function originalFill(current: WpsFill | undefined, comment: string | undefined): WpsFill | undefined {
  if (!current || comment === undefined || !isMarkNote(comment) || !isMarkFill(current)) return current;
  return { ...current, pattern: XL_PATTERN_NONE };
}

function applyStep({ plan, range, before, note }: Step): void {
  if (before) writeFill(range.Interior, plan.mark ? markFill(plan.mark.severity) : before);
  const { change } = note;
  if (change.kind === "delete" || change.kind === "replace") range.ClearComments();
  if (change.kind === "add" || change.kind === "replace") range.AddComment(change.text);
}

function cellRecord({ plan }: Step, fill: WpsFill | undefined, note: string | undefined): WpsMarkedCell {
  return { sheet: plan.sheet, cell: plan.cell, ...(fill && { fill }), ...(note && { note }) };
}

/**
 * Whether a comment is the one the add-in wrote (by the hash of its text). WPS may put the author's name on a line of
 * its own before the text ("张三:\n预决算公开助手：…"), so that line is ignored too.
 */
export function isOurNote(text: string, hash: string): boolean {
  if (annotationHash(text) === hash) return true;
  const authorLine = /^[^\n]*[:：]\n/.exec(text);
  return authorLine !== null && annotationHash(text.slice(authorLine[0].length)) === hash;
}

/** "$E$9" / "e9" → "E9". */
function normalizeCell(address: string): string {
  const { row, col } = parseCellAddress(address);
  return cellAddress(row, col);
}
