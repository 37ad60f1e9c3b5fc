import { cellAddress } from "../snapshot/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/types";
import type { NarrativeParagraph } from "./paragraph";

/** Sheets whose name says they hold text: 情况说明, 说明, 整体绩效评价报告, 项目自评报告 … */
const TEXT_SHEET_NAME = /说明|报告/;
const TEXT_TITLE = /说明|报告/;
/** A paragraph has words, not just a number or a code. */
const HAS_WORDS = /[\u4e00-\u9fff]{2,}/;
/** Prose: a long cell with sentence punctuation. */
const PROSE_LENGTH = 40;
const PROSE_PUNCTUATION = /[，。；]/;
/** A paragraph that ends mid-sentence continues in the next cell (“…绩效评级为” / “”优“的项目39个；…”). */
const SENTENCE_END = /[。！？；：:!?;…”’）)】]\s*$/;
const HEADING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

/**
 * Whether a sheet holds prose (情况说明 and other reports) rather than a table: its name or first line says
 * 说明/报告, or long sentences make up a good part of its text and outnumber its numbers. Any layout: one
 * paragraph per cell in column A, merged across, or many paragraphs in one cell.
 */
export function isProseSheet(sheet: SheetSnapshot): boolean {
  const named = TEXT_SHEET_NAME.test(sheet.name);
  let numbers = 0;
  let texts = 0;
  let prose = 0;
  let first: string | undefined;
  for (const line of sheet.cells) {
    for (const cell of line ?? []) {
      if (!cell) continue;
      if (typeof cell.value === "number" && ++numbers > texts && !named && numbers > PROSE_LENGTH) return false; // a table
      if (typeof cell.value !== "string" || cell.value.trim() === "") continue;
      first ??= cell.value;
      texts++;
      if (cell.value.length >= PROSE_LENGTH && PROSE_PUNCTUATION.test(cell.value)) prose++;
    }
  }
  if (named && texts > 0) return true;
  if (first !== undefined && first.length <= PROSE_LENGTH && TEXT_TITLE.test(first) && numbers < texts) return true;
  return prose >= 3 && prose * 4 >= texts && numbers <= prose;
}

/**
 * The existing text of a workbook: every text cell of its prose sheets, in reading order, one paragraph per
 * line of a cell; a paragraph that stops mid-sentence is joined with the next cell (anchored at the first).
 */
export function readNarrativeText(snapshot: WorkbookSnapshot): NarrativeParagraph[] {
  return snapshot.sheets.filter(isProseSheet).flatMap(textCells);
}

function textCells(sheet: SheetSnapshot): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  sheet.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell || typeof cell.value !== "string" || !HAS_WORDS.test(cell.value)) return;
      const cellName = cellAddress(r, c);
      const lines = cell.value.split(/\r?\n/).filter((t) => t.trim() !== "");
      lines.forEach((text, k) => {
        const previous = out[out.length - 1];
        if (k === 0 && previous && continues(previous.text, text)) previous.text += text.trimStart();
        else out.push({ sheet: sheet.name, cell: cellName, text });
      });
    }),
  );
  return out;
}

function continues(previous: string, next: string): boolean {
  return previous.length >= PROSE_LENGTH && !SENTENCE_END.test(previous) && !HEADING.test(previous) && !HEADING.test(next);
}

/** A plain-text file: one paragraph per non-empty line, numbered from 1 (with its line number). */
export function readTextFile(text: string): NarrativeParagraph[] {
  return paragraphsOf(text.replace(/\r\n?/g, "\n").split("\n"), true);
}

/** Paragraphs in order (a .docx's, or a file's lines): empty ones skipped, the rest numbered from 1. */
export function paragraphsOf(lines: readonly string[], withLines = false): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  lines.forEach((text, i) => {
    if (text.trim() !== "") out.push({ ...(withLines ? { line: i + 1 } : {}), index: out.length + 1, text });
  });
  return out;
}
