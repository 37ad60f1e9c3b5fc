import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "./types";
import { parseCellAddress } from "./address";
import { Decimal, ZERO } from "../numbers/decimal";

/**
 * Formulas saved without their result (files written by scripts, openpyxl, some export tools): the cell has a
 * formula and no value. The simple formulas disclosure tables use — SUM of cells and ranges, + and − of cells and
 * numbers, brackets — are worked out here, exactly, when every input is known (an empty cell counts 0, as in
 * Excel). Any other formula stays without a value: it is never read as 0.
 */
export interface FormulaSummary {
  sheet: string;
  /** Formulas worked out here. */
  computed: number;
  /** Formulas left without a value, and the first of them (0-based). */
  uncomputed: number;
  first?: { row: number; col: number };
}

export interface ComputedWorkbook {
  snapshot: WorkbookSnapshot;
  /** One entry per sheet holding formulas without a result. */
  sheets: FormulaSummary[];
}

/** A formula cell saved without its result (no value, no error). */
export function isUncomputedFormula(cell: CellSnapshot | undefined): boolean {
  return cell !== undefined && cell.formula !== undefined && cell.value === null && cell.error === undefined;
}

export function withComputedFormulas(snapshot: WorkbookSnapshot): ComputedWorkbook {
  const pending = snapshot.sheets.map(pendingCells);
  if (pending.every((p) => p.length === 0)) return { snapshot, sheets: [] };
  const evaluator = new Evaluator(snapshot);
  const sheets: SheetSnapshot[] = [];
  const summaries: FormulaSummary[] = [];
  snapshot.sheets.forEach((sheet, i) => {
    if (pending[i].length === 0) {
      sheets.push(sheet);
      return;
    }
    const cells = sheet.cells.slice();
    const summary: FormulaSummary = { sheet: sheet.name, computed: 0, uncomputed: 0 };
    for (const [row, col] of pending[i]) {
      const value = evaluator.valueAt(sheet.name, row, col);
      if (value === undefined) {
        summary.uncomputed++;
        summary.first ??= { row, col };
        continue;
      }
      if (cells[row] === sheet.cells[row]) cells[row] = cells[row].slice();
      cells[row][col] = { ...cells[row][col], value: Number(value.toString()) } as CellSnapshot;
      summary.computed++;
    }
    sheets.push({ ...sheet, cells });
    summaries.push(summary);
  });
  return { snapshot: { ...snapshot, sheets }, sheets: summaries };
}

function pendingCells(sheet: SheetSnapshot): [number, number][] {
  const out: [number, number][] = [];
  for (let r = 0; r < sheet.cells.length; r++) {
    const line = sheet.cells[r];
    if (line === undefined) continue; // a row without cells (the rows may be a sparse array)
    for (let c = 0; c < line.length; c++) if (isUncomputedFormula(line[c])) out.push([r, c]);
  }
  return out;
}

/** The formula without spaces, except inside quoted sheet names ('公开03表 (2)'!D11). */
function withoutSpaces(text: string): string {
  let out = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (quoted || !/\s/.test(ch)) out += ch;
  }
  return out;
}

const MAX_RANGE_CELLS = 100_000;

/** Evaluates formulas on demand, each once (a formula may refer to another formula without a result). */
class Evaluator {
  private readonly sheets = new Map<string, SheetSnapshot>();
  private readonly memo = new Map<string, Decimal | null>();

  constructor(snapshot: WorkbookSnapshot) {
    for (const s of snapshot.sheets) this.sheets.set(s.name, s);
  }

  valueAt(sheetName: string, row: number, col: number): Decimal | undefined {
    const key = `${sheetName}!${row}:${col}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known ?? undefined;
    if (this.memo.has(key)) return undefined;
    this.memo.set(key, null); // a cycle never resolves
    const cell = this.sheets.get(sheetName)?.cells[row]?.[col];
    const formula = cell?.formula;
    const value = formula === undefined ? undefined : new FormulaParser(formula, sheetName, this).parse();
    if (value !== undefined) this.memo.set(key, value);
    return value;
  }

  /** A referenced cell's number: empty is 0; `inRange`: text is skipped (as SUM does); otherwise unknown. */
  cellValue(sheetName: string, row: number, col: number, inRange: boolean): Decimal | undefined {
    const sheet = this.sheets.get(sheetName);
    if (!sheet) return undefined;
    const cell = sheet.cells[row]?.[col];
    if (cell === undefined) return ZERO;
    if (cell.error !== undefined) return undefined;
    if (isUncomputedFormula(cell)) return this.valueAt(sheetName, row, col);
    const v = cell.value;
    if (typeof v === "number") return Number.isFinite(v) ? new Decimal(String(v)) : undefined;
    if (v === null || v === "") return ZERO;
    return inRange ? ZERO : undefined;
  }
}

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^\s!'()+\-,:*/^&=<>"]+))!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/;
const NUMBER = /^\d+(?:\.\d+)?/;
const SUM = /^SUM\(/i;

/** expr := term (± term)*; term := ±term | number | reference | SUM(args) | (expr). Undefined for anything else. */
class FormulaParser {
  private at = 0;
  private readonly text: string;

  constructor(
    formula: string,
    private readonly sheet: string,
    private readonly evaluator: Evaluator,
  ) {
    this.text = withoutSpaces(formula.replace(/^=/, ""));
  }

  parse(): Decimal | undefined {
    const value = this.expression();
    return value !== undefined && this.at === this.text.length ? value : undefined;
  }

  private expression(): Decimal | undefined {
    let value = this.term();
    while (value !== undefined && (this.peek("+") || this.peek("-"))) {
      const minus = this.text[this.at++] === "-";
      const next = this.term();
      value = next === undefined ? undefined : minus ? value.minus(next) : value.plus(next);
    }
    return value;
  }

  private term(): Decimal | undefined {
    if (this.peek("-") || this.peek("+")) {
      const minus = this.text[this.at++] === "-";
      const value = this.term();
      return value && minus ? value.negated() : value;
    }
    if (this.peek("(")) {
      this.at++;
      const value = this.expression();
      return this.close() ? value : undefined;
    }
    const rest = this.text.slice(this.at);
    if (SUM.test(rest)) return this.sum();
    const number = NUMBER.exec(rest);
    const reference = REFERENCE.exec(rest);
    if (reference) return this.reference(reference, false);
    if (number) {
      this.at += number[0].length;
      return new Decimal(number[0]);
    }
    return undefined;
  }

  private sum(): Decimal | undefined {
    this.at += 4;
    let total = ZERO;
    for (;;) {
      const reference = REFERENCE.exec(this.text.slice(this.at));
      const whole = reference && (reference[4] !== undefined || /^[,)]/.test(this.text.slice(this.at + reference[0].length)));
      const value = reference && whole ? this.reference(reference, true) : this.expression();
      if (value === undefined) return undefined;
      total = total.plus(value);
      if (this.peek(",")) {
        this.at++;
        continue;
      }
      return this.close() ? total : undefined;
    }
  }

  private reference(m: RegExpExecArray, inRange: boolean): Decimal | undefined {
    this.at += m[0].length;
    const sheet = m[1]?.replace(/''/g, "'") ?? m[2] ?? this.sheet;
    const a = parseCellAddress(m[3]);
    const b = m[4] ? parseCellAddress(m[4]) : a;
    const top = Math.min(a.row, b.row);
    const bottom = Math.max(a.row, b.row);
    const left = Math.min(a.col, b.col);
    const right = Math.max(a.col, b.col);
    if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) return undefined;
    let total = ZERO;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const v = this.evaluator.cellValue(sheet, r, c, inRange || m[4] !== undefined);
        if (v === undefined) return undefined;
        total = total.plus(v);
      }
    }
    return m[4] && !inRange ? undefined : total;
  }

  private peek(ch: string): boolean {
    return this.text[this.at] === ch;
  }

  private close(): boolean {
    if (!this.peek(")")) return false;
    this.at++;
    return true;
  }
}
