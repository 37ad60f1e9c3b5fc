import type { AmountCell, RowAmounts, TableModel, TableRow } from "../tables/table-model";
import type { CellRef, Expr } from "./rule-ast";
import type { TableSet } from "./table-set";
import { Decimal } from "../numbers/decimal";
import { HeldCache } from "../cache/held-cache";

/** One addend of a checked equation, linked to its cell. */
export interface Term {
  cell: AmountCell;
  table: TableModel;
  sign: 1 | -1;
  /** The row that names the addend in messages (column, parent and cross-table references). */
  row?: TableRow;
  /** The column that names it (row references) or qualifies the row (explicit references). */
  column?: string;
  /** From another table than the rule's scope: messages prefix the table's title. */
  foreign: boolean;
}

/** Where a rule is being applied: the table, and the row and/or column of its scope. */
export interface Frame {
  set: TableSet;
  table: TableModel;
  row?: TableRow;
  column?: string;
  children?: TableRow[];
}

/** Receives each addend an expression names here; allocates nothing unless it wants to. */
/**
 * Receives each addend an expression names here: the cell is `cells.get(key)` (made only if the sink needs
 * it); `row` and `column` are what name the addend in messages.
 */
export type TermSink = (cells: RowAmounts, key: string, table: TableModel, sign: 1 | -1, row: TableRow | undefined, column: string | undefined) => void;

/**
 * Walks an expression at one place and hands each addend to `sink`; false when a required reference does
 * not exist here (then the rule does not apply).
 */
export function visitTerms(expr: Expr, frame: Frame, sign: 1 | -1, sink: TermSink): boolean {
  switch (expr.type) {
    case "sum":
      for (const term of expr.terms) if (!visitTerms(term.expr, frame, term.sign === 1 ? sign : (-sign as 1 | -1), sink)) return false;
      return true;
    case "number":
      return new Decimal(expr.value).isZero();
    case "self":
      return visitSelf(frame, sign, sink);
    case "children":
      return visitChildren(frame, sign, sink);
    case "class-sum":
      return visitClassRows(expr, frame, sign, sink);
    case "rows-under":
      return visitRowsUnder(expr, frame, sign, sink);
    case "ref":
      return visitRef(expr, frame, sign, sink);
  }
}

/** The addends of an expression as terms (for checks that fail and are explained). */
export function collectTerms(expr: Expr, frame: Frame, out: Term[]): boolean {
  collecting.out = out;
  collecting.scope = frame.table;
  const applies = visitTerms(expr, frame, 1, collectTerm);
  collecting.out = NO_TERMS;
  collecting.scope = undefined; // holds no workbook after the call
  return applies;
}

/**
 * Where collectTerms puts the terms: one module-level sink instead of a closure per call (a closure made per
 * call loses its optimised code at every full collection; collecting is synchronous, so one target suffices).
 */
const NO_TERMS: Term[] = [];
const collecting: { out: Term[]; scope: TableModel | undefined } = { out: NO_TERMS, scope: undefined };

const collectTerm: TermSink = (cells, key, table, sign, row, column) => {
  const cell = cells.get(key);
  if (cell) collecting.out.push({ cell, table, sign, row, column, foreign: table !== collecting.scope });
};

function visitSelf(frame: Frame, sign: 1 | -1, sink: TermSink): boolean {
  if (!frame.row || !frame.column || !frame.row.cells.has(frame.column)) return false;
  sink(frame.row.cells, frame.column, frame.table, sign, frame.row, undefined);
  return true;
}

function visitChildren(frame: Frame, sign: 1 | -1, sink: TermSink): boolean {
  if (!frame.children || !frame.column) return false;
  for (const child of frame.children) if (child.cells.has(frame.column)) sink(child.cells, frame.column, frame.table, sign, child, undefined);
  return true;
}

function visitClassRows(expr: { table?: string; column?: string }, frame: Frame, sign: 1 | -1, sink: TermSink): boolean {
  const table = expr.table ? frame.set.table(expr.table) : frame.table;
  const column = expr.column ?? frame.column;
  if (!table || !column) return false;
  let found = false;
  for (const row of table.rows) {
    if (row.code?.length !== 3 || !row.cells.has(column)) continue;
    sink(row.cells, column, table, sign, row, undefined);
    found = true;
  }
  return found;
}

/**
 * The rows of another table under the current row's code, each counted once at the highest level printed: a
 * row is left out when a row of its ancestors under the code is printed too. A table without any code does
 * not apply (its rows cannot be placed).
 */
function visitRowsUnder(expr: { table: string; column?: string }, frame: Frame, sign: 1 | -1, sink: TermSink): boolean {
  const table = frame.set.table(expr.table);
  const column = expr.column ?? frame.column;
  const code = frame.row?.code;
  if (!table || !column || !code) return false;
  const codes = printedCodes(table);
  if (codes.size === 0) return false;
  for (const row of table.rows) {
    if (!row.code || row.total || !row.code.startsWith(code) || !row.cells.has(column)) continue;
    if (hasPrintedAncestor(row.code, code, codes)) continue;
    sink(row.cells, column, table, sign, row, undefined);
  }
  return true;
}

/** The subject codes a table prints (totals aside), gathered once per table (every place of a rule asks). */
const PRINTED_CODES = new HeldCache<TableModel, ReadonlySet<string>>("printed codes");

function printedCodes(table: TableModel): ReadonlySet<string> {
  return PRINTED_CODES.of(table, gatherPrintedCodes);
}

function gatherPrintedCodes(table: TableModel): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const row of table.rows) if (row.code && !row.total) codes.add(row.code);
  return codes;
}

/** A shorter code between `top` and `code` (2080109 under 208: 208 or 20801) is printed. */
function hasPrintedAncestor(code: string, top: string, codes: ReadonlySet<string>): boolean {
  for (let length = top.length; length < code.length; length++) if (codes.has(code.slice(0, length))) return true;
  return false;
}

function visitRef(ref: CellRef, frame: Frame, sign: 1 | -1, sink: TermSink): boolean {
  const table = ref.table ? frame.set.table(ref.table) : frame.table;
  if (!table) return false; // a table not in the workbook makes the rule not apply (its absence is reported once)
  if (ref.single !== undefined) return visitSingle(ref, frame, table, sign, sink);
  const column = ref.column === "@" ? frame.column : ref.column;
  if (!column) return false;
  const row = ref.row === "@" && frame.row ? frame.set.matchRow(table, frame.row, column) : ref.row ? frame.set.rowWith(table, ref.row, column) : undefined;
  if (row) sink(row.cells, column, table, sign, row, column);
  return row !== undefined || ref.optional;
}

/** [名称]: a column of the current row in row scopes, a row of the current column in column scopes. */
function visitSingle(ref: CellRef, frame: Frame, table: TableModel, sign: 1 | -1, sink: TermSink): boolean {
  const name = ref.single ?? "";
  if (frame.row) {
    const present = frame.row.cells.has(name);
    if (present) sink(frame.row.cells, name, table, sign, undefined, name);
    return present || ref.optional;
  }
  if (frame.column === undefined) return false;
  const row = frame.set.rowWith(table, name, frame.column);
  if (row) sink(row.cells, frame.column, table, sign, row, undefined);
  return row !== undefined || ref.optional;
}

const GENERIC_COLUMNS = new Set(["金额", "决算数", "预算数"]);

/** A term in the words of a message: "基本支出", "210 卫生健康支出", "《支出决算表》合计（本年支出合计）". */
export function termLabel(term: Term): string {
  const column = term.column && !GENERIC_COLUMNS.has(term.column) ? term.column : undefined;
  const base = term.row ? (column ? `${rowLabel(term.row)}（${column}）` : rowLabel(term.row)) : (term.column ?? "");
  return term.foreign ? `《${term.table.kind.title}》${base}` : base;
}

/**
 * What a term's cell holds, in words: “卫生健康支出·基本支出” (a generic column such as 金额 is left out). Row and
 * column are found from the cell's position when the term does not name them (a column of the current row).
 */
export function cellSubject(term: Term): string {
  const row = term.row ?? rowsAt(term.table, term.cell.row).find((r) => [...r.cells.values()].some((c) => c.col === term.cell.col));
  const column = term.column ?? (row ? [...row.cells.entries()].find(([, c]) => c.col === term.cell.col)?.[0] : undefined);
  const parts = [row ? row.name || row.key : "", column && !GENERIC_COLUMNS.has(column) ? column : ""];
  return parts.filter(Boolean).join("·");
}

/** A table's lines by sheet row, indexed when a finding first asks (several lines share a row in side-by-side groups). */
const ROWS_BY_SHEET_ROW = new HeldCache<TableModel, Map<number, TableRow[]>>("rows by sheet row");

function rowsAt(table: TableModel, sheetRow: number): readonly TableRow[] {
  return ROWS_BY_SHEET_ROW.of(table, indexRowsBySheetRow).get(sheetRow) ?? [];
}

function indexRowsBySheetRow(table: TableModel): Map<number, TableRow[]> {
  const index = new Map<number, TableRow[]>();
  for (const r of table.rows) {
    const list = index.get(r.row);
    if (list) list.push(r);
    else index.set(r.row, [r]);
  }
  return index;
}

const STARTS_WITH_DIGIT = /^\d/;

export function rowLabel(row: TableRow): string {
  if (row.code && row.name && row.code !== row.name && !STARTS_WITH_DIGIT.test(row.name)) return `${row.code} ${row.name}`;
  return row.name || row.key;
}
