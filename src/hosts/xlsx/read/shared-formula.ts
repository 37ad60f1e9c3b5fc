import { columnLetters } from "../../../core/snapshot/address";
import { columnIndex } from "./sheet-ranges";

/**
 * Shared formulas: Excel writes a filled-down formula once, on the first cell (`<f t="shared" ref="D8:D20" si="0">
 * SUM(E8:F8)</f>`), and every other cell of the block says only `<f t="shared" si="0"/>`. A cell's own formula is the
 * first one moved by the cell's offset: relative references shift, `$`-anchored parts stay.
 *
 *   shiftFormula("SUM(E8:F8)", 3, 0)         // "SUM(E11:F11)"   (D11 of the block above)
 *   shiftFormula("$B$2*C8+'表 1'!C$3", 1, 1) // "$B$2*D9+'表 1'!D$3"
 */

/** A cell reference, a column range (A:C) or a row range (3:5), each part optionally anchored by $. */
const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(])|(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w.(])/y;

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      const end = closingOf(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (startsToken(formula, i)) {
      REFERENCE.lastIndex = i;
      const m = REFERENCE.exec(formula);
      if (m) {
        out += shiftReference(m, rows, cols);
        i = REFERENCE.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** A reference can start here: not inside a name, a number or a function name. */
function startsToken(formula: string, i: number): boolean {
  return i === 0 || !/[\w.$]/.test(formula[i - 1]);
}

/** The index after a string literal "…" (with "" inside), a quoted sheet name '…' or a structured reference […]. */
function closingOf(formula: string, start: number): number {
  const open = formula[start];
  if (open === "[") {
    let depth = 0;
    for (let i = start; i < formula.length; i++) {
      if (formula[i] === "[") depth++;
      else if (formula[i] === "]" && --depth === 0) return i + 1;
    }
    return formula.length;
  }
  for (let i = start + 1; i < formula.length; i++) {
    if (formula[i] !== open) continue;
    if (formula[i + 1] === open) i++;
    else return i + 1;
  }
  return formula.length;
}

/** Marks a part moved off the grid (never a character of a formula). */
const OFF_GRID = "\u0000";

/** The reference moved; a reference moved off the grid becomes #REF! as a whole, as Excel shows it. */
function shiftReference(m: RegExpExecArray, rows: number, cols: number): string {
  const parts =
    m[2] !== undefined
      ? [m[1], shiftColumn(m[2], m[1], cols), m[3], shiftRow(m[4], m[3], rows)]
      : m[6] !== undefined
        ? [m[5], shiftColumn(m[6], m[5], cols), ":", m[7], shiftColumn(m[8], m[7], cols)]
        : [m[9], shiftRow(m[10], m[9], rows), ":", m[11], shiftRow(m[12], m[11], rows)];
  return parts.includes(OFF_GRID) ? "#REF!" : parts.join("");
}

function shiftRow(row: string, anchor: string, by: number): string {
  if (anchor) return row;
  const moved = Number(row) + by;
  return moved >= 1 ? String(moved) : OFF_GRID;
}

function shiftColumn(letters: string, anchor: string, by: number): string {
  if (anchor) return letters;
  const moved = columnIndex(letters) + by;
  return moved >= 0 ? columnLetters(moved) : OFF_GRID;
}
