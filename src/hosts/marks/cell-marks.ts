import type { Finding, Severity } from "../../core/findings/finding";
import { SEVERITY_ORDER } from "../../core/findings/finding";
import { headlineOf } from "../../core/findings/headline";

/** Fill colour (RGB hex) of a marked cell per severity: error red, warning amber, info blue (Excel's own palette). */
export const MARK_FILL: Record<Severity, string> = { error: "FFC7CE", warning: "FFEB9C", info: "DDEBF7" };

/** Everything said about one cell: the worst severity decides the colour, every finding's fix and reasoning goes into the note. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  messages: string[];
}

/** Groups findings by sheet and cell; findings without a cell (e.g. a missing table) mark nothing. */
export function collectCellMarks(findings: readonly Finding[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const mark = marks.get(key) ?? { sheet: f.sheet, cell: f.cell, severity: f.severity, messages: [] };
    if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[mark.severity]) mark.severity = f.severity;
    const note = noteOf(f);
    if (!mark.messages.includes(note)) mark.messages.push(note);
    marks.set(key, mark);
  }
  return [...marks.values()];
}

/** First line of every note the add-in writes: how a note is known as the add-in's, wherever it is found again. */
export const MARK_NOTE_HEADING = "预决算公开助手：";

/**
 * What the note says of one finding: the card's one-line fix first (“支出决算表 D11 … 填 465.22，应为 402.22（多
 * 63.00）”), then the equations that show it, one per line.
 */
function noteOf(f: Finding): string {
  const headline = headlineOf(f);
  const chain = (f.steps?.length ? f.steps : [f.message]).filter((line) => line !== headline);
  return [headline, ...chain].join("\n");
}

/** Text of the note attached to a marked cell. */
export function markNoteText(mark: CellMark): string {
  return [MARK_NOTE_HEADING, ...mark.messages].join("\n");
}

/** The note (or comment) text is one the add-in wrote (an author line some hosts put first is allowed). */
export function isMarkNote(text: string): boolean {
  const start = text.indexOf(MARK_NOTE_HEADING);
  return start === 0 || (start > 0 && !text.slice(0, start).trimEnd().includes("\n"));
}
