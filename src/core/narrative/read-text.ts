import { cellAddress } from "../snapshot/address";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/types";
import type { NarrativeParagraph } from "./claims/check";

const TEXT_SHEET = /说明/;
/** A paragraph has words, not just a number or a code. */
const HAS_WORDS = /[\u4e00-\u9fff]{2,}/;

/**
 * The existing 情况说明 text of a workbook: every text cell, in reading order, of the sheets whose name or
 * first cell says 情况说明/说明 (one paragraph per cell, or many paragraphs in one cell).
 */
export function readNarrativeText(snapshot: WorkbookSnapshot): { sheet: string; cell: string; text: string }[] {
  return snapshot.sheets.filter(isTextSheet).flatMap(textCells);
}

function isTextSheet(sheet: SheetSnapshot): boolean {
  if (TEXT_SHEET.test(sheet.name)) return true;
  const first = firstText(sheet);
  return first !== undefined && TEXT_SHEET.test(first) && first.length <= 40;
}

/** The first non-blank text of a sheet, row by row (without copying the grid). */
function firstText(sheet: SheetSnapshot): string | undefined {
  for (const line of sheet.cells) {
    for (const cell of line) if (cell && typeof cell.value === "string" && cell.value.trim() !== "") return cell.value;
  }
  return undefined;
}

function textCells(sheet: SheetSnapshot): { sheet: string; cell: string; text: string }[] {
  const out: { sheet: string; cell: string; text: string }[] = [];
  sheet.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell && typeof cell.value === "string" && HAS_WORDS.test(cell.value)) out.push({ sheet: sheet.name, cell: cellAddress(r, c), text: cell.value });
    }),
  );
  return out;
}

/** A plain-text file: one paragraph per non-empty line, numbered from 1. */
export function readTextFile(text: string): NarrativeParagraph[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line, i) => ({ line: i + 1, text: line }))
    .filter((p) => p.text.trim() !== "");
}
