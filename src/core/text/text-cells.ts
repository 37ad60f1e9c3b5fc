import type { WorkbookSnapshot } from "../snapshot/types";
import { HeldCache } from "../cache/held-cache";

/** A text cell of a sheet, where it stands. */
export interface TextCell {
  text: string;
  sheet: string;
  row: number;
  col: number;
}

/** A text this long may be a sentence (a paragraph of prose, a table's explanation line); a label is shorter. */
export const LONG_TEXT = 40;

/**
 * The text cells read after the tables, gathered in one pass over every cell of every sheet and kept per snapshot:
 * the long ones (a table's explanation line) and the ones that may state a year or hold a leftover (mayMatter). Most
 * cells are numbers or short labels that one test dismisses; the year, the unit's name, the scan for leftovers and the
 * explanation lines all read this one list, in reading order (sheet by sheet, row by row).
 */
export function textCells(snapshot: WorkbookSnapshot): readonly TextCell[] {
  return TEXT_CELLS.of(snapshot, findTextCells);
}

const TEXT_CELLS = new HeldCache<WorkbookSnapshot, TextCell[]>("text cells");

function findTextCells(snapshot: WorkbookSnapshot): TextCell[] {
  const found: TextCell[] = [];
  for (const sheet of snapshot.sheets) {
    for (let row = 0; row < sheet.cells.length; row++) {
      const line = sheet.cells[row];
      if (line === undefined) continue; // a row without cells (the rows are a sparse array)
      for (let col = 0; col < line.length; col++) {
        const value = line[col]?.value;
        if (typeof value === "string" && value.length > 1 && (value.length >= LONG_TEXT || mayMatter(value)))
          found.push({ text: value, sheet: sheet.name, row, col });
      }
    }
  }
  return found;
}

/** Characters of a leftover or a year's context (“XX局”, “（增加/减少）”, “【待填写】”, “请填写”, “持平”, “万元”). */
const MARKS = "XxＸｘ×╳（(【[增减大小高低持万仍请此填";
/** MARKS by character code: every text cell of the workbook is asked, so each character is told by one load. */
const IS_MARK = new Uint8Array(0x10000);
for (let i = 0; i < MARKS.length; i++) IS_MARK[MARKS.charCodeAt(i)] = 1;

/** A text that may state a year (“2024年”: 20 and two digits) or hold a leftover (one of MARKS). */
export function mayMatter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (IS_MARK[code] === 1) return true;
    if (code === 0x32 && text.charCodeAt(i + 1) === 0x30 && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) return true;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
