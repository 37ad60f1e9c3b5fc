import type { AmountCell, TableModel, TableRow } from "../tables/table-model";
import type { CellRef, Expr, Rule } from "./rule-ast";
import type { TableSet } from "./table-set";
import { Decimal, ZERO } from "../numbers/decimal";
import { RoundingInterval } from "../numbers/rounding-interval";
import { compareScaled, signedSum, type ScaledAmount } from "../numbers/scaled-amount";

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

export type CheckStatus = "ok" | "rounding" | "error";

/** The outcome of one rule applied at one place (one row, one column, one parent…). */
export interface Check {
  rule: Rule;
  /** Table of the left-hand side; its unit is used in messages. */
  table: TableModel;
  /** Where: "210 卫生健康支出", "基本支出列" … */
  context: string;
  left: Term[];
  right: Term[];
  status: CheckStatus;
  /** left − right, in 元. */
  difference: Decimal;
}

interface Frame {
  set: TableSet;
  table: TableModel;
  row?: TableRow;
  column?: string;
  children?: TableRow[];
}

/** Applies one rule to one reporting unit at every place its scope names; returns the places where it fails. */
export function evaluateRule(rule: Rule, set: TableSet): Check[] {
  const table = set.table(rule.scope.table);
  if (!table) return [];
  const checks: Check[] = [];
  for (const frame of framesOf(rule, set, table)) {
    const check = evaluateAt(rule, frame);
    if (check) checks.push(check);
  }
  return checks;
}

const ROW_FILTERS: Partial<Record<Rule["scope"]["kind"], (row: TableRow) => boolean>> = {
  row: () => true,
  "class-row": (row) => row.code?.length === 3,
  "code-row": (row) => !!row.code,
};

function* framesOf(rule: Rule, set: TableSet, table: TableModel): Generator<Frame> {
  const scope = rule.scope.kind;
  const rowFilter = ROW_FILTERS[scope];
  if (scope === "table") {
    yield { set, table };
  } else if (rowFilter) {
    for (const row of table.rows) if (rowFilter(row)) yield { set, table, row };
  } else if (scope === "column") {
    for (const column of columnKeys(table)) yield { set, table, column };
  } else {
    yield* parentFrames(set, table);
  }
}

function columnKeys(table: TableModel): string[] {
  return [...new Set(table.columns.map((c) => c.key))];
}

function* parentFrames(set: TableSet, table: TableModel): Generator<Frame> {
  const children = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (!row.parent) continue;
    const list = children.get(row.parent);
    if (list) list.push(row);
    else children.set(row.parent, [row]);
  }
  for (const row of table.rows) {
    const kids = children.get(row.key);
    if (!kids) continue;
    for (const column of row.cells.keys()) yield { set, table, row, column, children: kids };
  }
}

/** The check at one place, or undefined when the rule does not apply there or holds exactly. */
function evaluateAt(rule: Rule, frame: Frame): Check | undefined {
  const left: Term[] = [];
  const right: Term[] = [];
  if (!collect(rule.left, frame, 1, left) || !collect(rule.right, frame, 1, right)) return undefined;
  if (left.length === 0 || !applies(left, right)) return undefined;
  const scale = commonScale(left, right);
  if (scale && holdsExactly(rule.comparison, left, right)) return undefined;
  const l = sumValues(left, scale);
  const r = sumValues(right, scale);
  const status = statusOf(rule.comparison, left, right, l, r);
  if (status === "ok") return undefined;
  const difference = scale ? l.minus(r).times(scale) : l.minus(r);
  return { rule, table: left[0].table, context: contextOf(rule, frame), left, right, status, difference };
}

/** Not where every cell is blank, any is unreadable (reported as input), or one side is all “—”. */
function applies(left: Term[], right: Term[]): boolean {
  let anyValue = false;
  for (const side of [left, right]) {
    for (const t of side) {
      if (!t.cell.blank) anyValue = true;
      else if (t.cell.parsed.kind === "invalid") return false;
    }
  }
  return anyValue && !allDashes(left) && !allDashes(right);
}

/** The unit scale shared by every term (then sums stay in that unit), or undefined when tables differ. */
function commonScale(left: Term[], right: Term[]): Decimal | undefined {
  const unit = left[0].table.unit;
  for (const side of [left, right]) for (const t of side) if (t.table.unit !== unit) return undefined;
  return left[0].table.unitScale;
}

/** “—” in every cell of one side means the breakdown is not applicable there (三公 预算数 by item). */
function allDashes(terms: Term[]): boolean {
  return terms.length > 0 && terms.every((t) => t.cell.blank && t.cell.parsed.kind === "blank" && t.cell.parsed.dash);
}

/**
 * Whether the check holds on the exact printed values (scaled integers), without building any Decimal;
 * false when it fails or when some amount has no exact form (then the Decimal path decides).
 */
function holdsExactly(op: Rule["comparison"], left: Term[], right: Term[]): boolean {
  const l = exactParts(left);
  const r = exactParts(right);
  if (!l || !r) return false;
  const order = compareScaled(signedSum(l), signedSum(r));
  return op === "=" ? order === 0 : op === ">=" ? order >= 0 : order <= 0;
}

function exactParts(terms: Term[]): { amount: ScaledAmount; sign: 1 | -1 }[] | undefined {
  const parts: { amount: ScaledAmount; sign: 1 | -1 }[] = [];
  for (const t of terms) {
    if (t.cell.blank) continue;
    if (!t.cell.exact) return undefined;
    parts.push({ amount: t.cell.exact, sign: t.sign });
  }
  return parts;
}

/** Σ sign × value; in 元 when the tables' units differ, else in their common unit. */
function sumValues(terms: Term[], commonScale: Decimal | undefined): Decimal {
  let value = ZERO;
  for (const t of terms) {
    if (t.cell.blank) continue;
    const v = commonScale ? t.cell.value : t.cell.value.times(t.table.unitScale);
    value = t.sign === 1 ? value.plus(v) : value.minus(v);
  }
  return value;
}

/** The printed amounts' rounding intervals, summed (only needed when the exact values disagree). */
function signedInterval(terms: Term[]): RoundingInterval {
  let interval = RoundingInterval.ZERO;
  for (const t of terms) {
    if (t.cell.blank) continue;
    const iv = RoundingInterval.of(t.cell.value, t.cell.unit).scale(t.table.unitScale);
    interval = t.sign === 1 ? interval.plus(iv) : interval.minus(iv);
  }
  return interval;
}

function statusOf(op: Rule["comparison"], left: Term[], right: Term[], l: Decimal, r: Decimal): CheckStatus {
  const holds = op === "=" ? l.equals(r) : op === ">=" ? l.greaterThanOrEqualTo(r) : l.lessThanOrEqualTo(r);
  if (holds) return "ok";
  const li = signedInterval(left);
  const ri = signedInterval(right);
  const withinTail = op === "=" ? li.overlaps(ri) : op === ">=" ? li.canBeAtLeast(ri) : ri.canBeAtLeast(li);
  return withinTail ? "rounding" : "error";
}

/**
 * Appends the terms of an expression to `out`; false when a required reference does not exist here (then
 * the rule does not apply).
 */
function collect(expr: Expr, frame: Frame, sign: 1 | -1, out: Term[]): boolean {
  switch (expr.type) {
    case "binary":
      return collect(expr.left, frame, sign, out) && collect(expr.right, frame, expr.op === "+" ? sign : ((-sign) as 1 | -1), out);
    case "number":
      return new Decimal(expr.value).isZero();
    case "self":
      return selfTerm(frame, sign, out);
    case "children":
      return childTerms(frame, sign, out);
    case "class-sum":
      return classSumTerms(expr, frame, sign, out);
    case "ref":
      return refTerm(expr, frame, sign, out);
  }
}

function selfTerm(frame: Frame, sign: 1 | -1, out: Term[]): boolean {
  const cell = frame.row && frame.column ? frame.row.cells.get(frame.column) : undefined;
  if (!cell) return false;
  out.push({ cell, table: frame.table, sign, row: frame.row, foreign: false });
  return true;
}

function childTerms(frame: Frame, sign: 1 | -1, out: Term[]): boolean {
  if (!frame.children || !frame.column) return false;
  for (const child of frame.children) {
    const cell = child.cells.get(frame.column);
    if (cell) out.push({ cell, table: frame.table, sign, row: child, foreign: false });
  }
  return true;
}

function classSumTerms(expr: { table?: string; column?: string }, frame: Frame, sign: 1 | -1, out: Term[]): boolean {
  const table = expr.table ? frame.set.table(expr.table) : frame.table;
  const column = expr.column ?? frame.column;
  if (!table || !column) return false;
  const before = out.length;
  for (const row of table.rows) {
    const cell = row.code?.length === 3 ? row.cells.get(column) : undefined;
    if (cell) out.push({ cell, table, sign, row, foreign: table !== frame.table });
  }
  return out.length > before;
}

function refTerm(ref: CellRef, frame: Frame, sign: 1 | -1, out: Term[]): boolean {
  const table = ref.table ? frame.set.table(ref.table) : frame.table;
  if (!table) return false; // a table not in the workbook makes the rule not apply (its absence is reported once)
  const term = locate(ref, frame, table, sign);
  if (term) out.push(term);
  return term !== undefined || ref.optional;
}

/** The cell a reference names here, with what names it in messages (its row and/or column). */
function locate(ref: CellRef, frame: Frame, table: TableModel, sign: 1 | -1): Term | undefined {
  const foreign = table !== frame.table;
  if (ref.single !== undefined) {
    if (frame.row) {
      const cell = frame.row.cells.get(ref.single);
      return cell ? { cell, table, sign, column: ref.single, foreign } : undefined;
    }
    if (frame.column === undefined) return undefined;
    const row = frame.set.rowWith(table, ref.single, frame.column);
    const cell = row?.cells.get(frame.column);
    return cell ? { cell, table, sign, row, foreign } : undefined;
  }
  const column = ref.column === "@" ? frame.column : ref.column;
  if (!column) return undefined;
  const row = ref.row === "@" && frame.row ? frame.set.matchRow(table, frame.row, column) : ref.row ? frame.set.rowWith(table, ref.row, column) : undefined;
  const cell = row?.cells.get(column);
  return cell ? { cell, table, sign, row, column, foreign } : undefined;
}

const GENERIC_COLUMNS = new Set(["金额", "决算数", "预算数"]);

/** A term in the words of a message: "基本支出", "210 卫生健康支出", "《支出决算表》合计（本年支出合计）". */
export function termLabel(term: Term): string {
  const column = term.column && !GENERIC_COLUMNS.has(term.column) ? term.column : undefined;
  const base = term.row ? (column ? `${rowLabel(term.row)}（${column}）` : rowLabel(term.row)) : (term.column ?? "");
  return term.foreign ? `《${term.table.kind.title}》${base}` : base;
}

export function rowLabel(row: TableRow): string {
  if (row.code && row.name && row.code !== row.name && !/^\d/.test(row.name)) return `${row.code} ${row.name}`;
  return row.name || row.key;
}

function contextOf(rule: Rule, frame: Frame): string {
  if (frame.row && frame.column) return `${rowLabel(frame.row)}（${frame.column}）`;
  if (frame.row) return rowLabel(frame.row);
  if (frame.column) return `${frame.column}列`;
  return rule.name.split("：")[0];
}
