import { cellAddress } from "../snapshot/address";
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from "../snapshot/types";
import { cellCount, spacedHeaderCells, spacedNameRowCells, TABLE_ROW } from "../text/table-row";
import { HeldCache } from "../cache/held-cache";
import { LONG_TEXT, textCells } from "../text/text-cells";
import type { NarrativeParagraph } from "./paragraph";

/** Sheets whose name says they hold text: 情况说明, 说明, 整体绩效评价报告, 项目自评报告 … */
const TEXT_SHEET_NAME = /说明|报告/;
const TEXT_TITLE = /说明|报告/;
/** A paragraph has words, not just a number or a code. */
const HAS_WORDS = /[\u4e00-\u9fff]{2,}/;
/** Prose: a long cell with sentence punctuation. */
const PROSE_LENGTH = LONG_TEXT;
const PROSE_PUNCTUATION = /[，。；]/;
/**
 * A paragraph that ends mid-sentence continues in the next cell (“…绩效评级为” / “”优“的项目39个；…”). A full stop typed
 * as “.” ends its sentence too (“…财政拨款收入267.07万元,占100%.”), unless a digit stands before it (“…合计267.” broken
 * inside a number).
 */
const SENTENCE_END = /(?:[。！？；：:!?;…”’）)】]|(?<!\d)\.)\s*$/;
const HEADING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

/**
 * A block of text as its holder gives it: a text cell of a sheet, a paragraph of a .docx (its line breaks kept), a
 * line of a .txt; with where it stands (the cell, or the paragraph's number and line in the file).
 */
interface TextBlock {
  text: string;
  place: Omit<NarrativeParagraph, "text">;
}

/**
 * The one paragraph reader, for every holder of text alike: each block's lines are paragraphs, blocks without
 * words (a number, a code) are passed over — a table's row whose name is spaced is kept (isSpacedNameRow) —, and a paragraph that stops mid-sentence is joined with the next
 * block (anchored at the first). The same text in a 情况说明 sheet, a .txt or a .docx gives the same paragraphs.
 */
function readBlocks(blocks: Iterable<TextBlock>): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  const all = [...blocks];
  all.forEach(({ text, place }, i) => {
    if (!HAS_WORDS.test(text) && !isSpacedNameRow(text, all[i - 1]?.text, all[i + 1]?.text)) return;
    text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .forEach((line, k) => {
        const previous = out[out.length - 1];
        if (k === 0 && previous && continues(previous.text, line)) previous.text += line.trimStart();
        else out.push({ ...place, text: line });
      });
  });
  return out;
}

/**
 * A table's row whose name is padded with spaces has no two characters side by side (“区 级 | 24867 | 70978 | |
 * 1.0 |”, “范 县 …”), nor has a header of spaced words (“项 目 | 预 算 数 | 决 算 数 |”): it is a row all the same where a
 * row beside it has as many cells — then the name's characters are one cell, never words of cells of their own.
 */
function isSpacedNameRow(text: string, before: string | undefined, after: string | undefined): boolean {
  const cells = spacedNameRowCells(text) ?? spacedHeaderCells(text);
  const beside = [before?.trimEnd().split(/\r?\n/).pop(), after?.trimStart().split(/\r?\n/)[0]];
  return cells !== undefined && beside.some((line) => line !== undefined && cellCount(line) === cells);
}

/** A paragraph stopping mid-sentence goes on in the next line — never a table's row, which ends no sentence. */
function continues(previous: string, next: string): boolean {
  if (TABLE_ROW.test(previous) || TABLE_ROW.test(next)) return false;
  return previous.length >= PROSE_LENGTH && !SENTENCE_END.test(previous) && !HEADING.test(previous) && !HEADING.test(next);
}

/**
 * Whether a sheet holds prose (情况说明 and other reports) rather than a table: its name or first line says
 * 说明/报告, or long sentences make up a good part of its text and outnumber its numbers. Any layout: one
 * paragraph per cell in column A, merged across, or many paragraphs in one cell.
 */
export function isProseSheet(sheet: SheetSnapshot): boolean {
  return PROSE.of(sheet, readsAsProse);
}

/** Told once per sheet: the text is read from the prose sheets, the tables' explanation lines from the others. */
const PROSE = new HeldCache<SheetSnapshot, boolean>("prose sheet");

function readsAsProse(sheet: SheetSnapshot): boolean {
  const named = TEXT_SHEET_NAME.test(sheet.name);
  let numbers = 0;
  let texts = 0;
  let prose = 0;
  let first: string | undefined;
  // Indexed loops: every cell of every sheet is visited here, and an iterator per row and per cell was garbage.
  for (let r = 0; r < sheet.cells.length; r++) {
    const line = sheet.cells[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
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
 * A table's own explanation line: a text cell opening with its 说明 word and a colon, then sentences (沅陵's last line
 * “增减情况说明:2021年度“三公”经费预算数为4196万元,较2020年4729万元减少533万元,同比下降11.2%。…”).
 */
const EXPLANATION_LINE = /^\s*[\u4e00-\u9fff“”"]{0,10}说明\s*[:：]\s*\S/;

/**
 * The explanation lines printed inside tables (the sheets' ranges given), read as paragraphs of the 情况说明 and
 * checked at their cell like a 说明 sheet's; a prose sheet's cells are read with the sheet instead.
 */
export function readTableExplanations(snapshot: WorkbookSnapshot, tables: readonly { sheet: string; range: CellRange }[]): NarrativeParagraph[] {
  const lines = textCells(snapshot).filter((c) => c.text.length >= PROSE_LENGTH && EXPLANATION_LINE.test(c.text));
  const blocks = new Map<string, TextBlock>(); // by place: a cell two tables' ranges share is one paragraph
  for (const sheet of snapshot.sheets) {
    const own = lines.filter((c) => c.sheet === sheet.name);
    if (own.length === 0 || isProseSheet(sheet)) continue;
    for (const range of tables.filter((t) => t.sheet === sheet.name).map((t) => t.range)) {
      for (const { text, row, col } of own) {
        if (row < range.top || row > range.bottom || col < range.left || col > range.right) continue;
        const cell = cellAddress(row, col);
        blocks.set(`${sheet.name}!${cell}`, { text, place: { sheet: sheet.name, cell } });
      }
    }
  }
  return readBlocks(blocks.values());
}

/** The existing text of a workbook: every text cell of its prose sheets, in reading order, one paragraph per line of a cell. */
export function readNarrativeText(snapshot: WorkbookSnapshot): NarrativeParagraph[] {
  return readBlocks(snapshot.sheets.filter(isProseSheet).flatMap(textBlocks));
}

function textBlocks(sheet: SheetSnapshot): TextBlock[] {
  const blocks: TextBlock[] = [];
  sheet.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell && typeof cell.value === "string") blocks.push({ text: cell.value, place: { sheet: sheet.name, cell: cellAddress(r, c) } });
    }),
  );
  return blocks;
}

/** A plain-text file: one block per line, numbered among the non-empty lines from 1 (with its line number). */
export function readTextFile(text: string): NarrativeParagraph[] {
  return numbered(text.replace(/\r\n?/g, "\n").split("\n"), true);
}

/** The paragraphs of a .docx in order (line breaks inside one kept): numbered among the non-empty ones from 1 (第N段). */
export function paragraphsOf(paragraphs: readonly string[]): NarrativeParagraph[] {
  return numbered(paragraphs, false);
}

function numbered(texts: readonly string[], withLines: boolean): NarrativeParagraph[] {
  const blocks: TextBlock[] = [];
  texts.forEach((text, i) => {
    if (text.trim() !== "") blocks.push({ text, place: { ...(withLines ? { line: i + 1 } : {}), index: blocks.length + 1 } });
  });
  return readBlocks(blocks);
}
