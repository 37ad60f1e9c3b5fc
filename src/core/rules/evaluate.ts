import type { RowAmounts, TableModel, TableRow } from "../tables/table-model";
import type { Rule } from "./rule-ast";
import type { TableSet } from "./table-set";
import { type Decimal, ZERO } from "../numbers/decimal";
import { RoundingInterval } from "../numbers/rounding-interval";
import { collectTerms, rowLabel, type Frame, type Term } from "./terms";
import { exactOutcome } from "./exact-check";
import { judgeAmounts } from "../numbers/verdict";
import { HeldCache } from "../cache/held-cache";

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

/** How many places of each table each rule applied at (“table → rule id → places”): how much of a table holds. */
export type PlaceCounts = Map<TableModel, Map<string, number>>;

/**
 * Applies one rule to one reporting unit at every place its scope names in `table` (the set's own table of the
 * rule's scope); appends the places where it fails to `checks` and counts, per table, the places where it applied.
 */
export function evaluateRule(rule: Rule, set: TableSet, table: TableModel, checks: Check[], places?: PlaceCounts): void {
  evaluating.rule = rule;
  evaluating.checks = checks;
  evaluating.applied = 0;
  forEachFrame(rule, set, table, evaluatePlace);
  const applied = evaluating.applied;
  evaluating.rule = undefined; // holds no workbook after the rule
  evaluating.checks = NO_CHECKS;
  if (places && applied > 0) countPlaces(places, table, rule.id, applied);
}

/**
 * The rule being applied, where its failures go and how many places it applied at: one module-level visitor for
 * every rule and set instead of a closure and a list made per call (evaluation is synchronous).
 */
const NO_CHECKS: Check[] = [];
const evaluating: { rule: Rule | undefined; checks: Check[]; applied: number } = { rule: undefined, checks: NO_CHECKS, applied: 0 };

function evaluatePlace(frame: Frame): void {
  const rule = evaluating.rule;
  if (!rule) return;
  const outcome = exactOutcome(rule, frame);
  if (outcome === "not-applicable") return;
  evaluating.applied++;
  if (outcome === "holds") return;
  const check = evaluateAt(rule, frame);
  if (check) evaluating.checks.push(check);
}

function countPlaces(places: PlaceCounts, table: TableModel, ruleId: string, applied: number): void {
  let byRule = places.get(table);
  if (!byRule) places.set(table, (byRule = new Map<string, number>()));
  byRule.set(ruleId, (byRule.get(ruleId) ?? 0) + applied);
}

/**
 * Visits the places of the rule's scope in a set that owns the scope's table (one frame, moved along); with `near`,
 * a row or parent scope visits only the lines in it (and the parents of such lines).
 */
export function visitPlaces(rule: Rule, set: TableSet, visit: (frame: Frame) => void, near?: ReadonlySet<RowAmounts>): void {
  const table = set.table(rule.scope.table);
  if (table && set.owns(table)) forEachFrame(rule, set, table, visit, near);
}

/** The rule applies at this place and holds there exactly (a rounding tail does not count). */
export function holdsAt(rule: Rule, frame: Frame): boolean {
  const outcome = exactOutcome(rule, frame);
  if (outcome !== "examine") return outcome === "holds";
  const left: Term[] = [];
  const right: Term[] = [];
  collectTerms(rule.left, frame, left);
  collectTerms(rule.right, frame, right);
  if (!applies(left, right)) return false;
  const scale = commonScale(left, right);
  return statusOf(rule.comparison, left, right, sumValues(left, scale), sumValues(right, scale)) === "ok";
}

/** A line of counts (团组数, 公务接待批次(批)) is never an amount line: no row rule weighs it. */
const ROW_FILTERS: Partial<Record<Rule["scope"]["kind"], (row: TableRow) => boolean>> = {
  row: (row) => !row.count,
  "class-row": (row) => row.code?.length === 3,
  "code-row": (row) => !!row.code,
};

/**
 * Visits every place of the rule's scope with one frame, moved from place to place (a check keeps what it needs
 * of it, never the frame): a million places cost no million objects.
 */
function forEachFrame(rule: Rule, set: TableSet, table: TableModel, visit: (frame: Frame) => void, near?: ReadonlySet<RowAmounts>): void {
  const scope = rule.scope.kind;
  const rowFilter = ROW_FILTERS[scope];
  const frame: Frame = { set, table, row: undefined, column: undefined, children: undefined }; // one shape at every place
  if (scope === "table") return visit(frame);
  if (rowFilter) {
    for (const row of table.rows) {
      if (row.derived || !rowFilter(row) || (near && !near.has(row.cells))) continue;
      frame.row = row;
      visit(frame);
    }
    return;
  }
  if (scope === "column") {
    for (const column of columnKeys(table)) {
      frame.column = column;
      visit(frame);
    }
    return;
  }
  const children = childrenOf(table);
  for (const row of table.rows) {
    const kids = children.get(row.key);
    if (!kids || (near && !near.has(row.cells) && !kids.some((k) => near.has(k.cells)))) continue;
    frame.row = row;
    frame.children = kids;
    for (const column of row.cells.keys()) {
      frame.column = column;
      visit(frame);
    }
  }
}

/** The table's column keys, each once, in order (a table has a few columns: no set is made to tell repeats). */
function columnKeys(table: TableModel): string[] {
  const keys: string[] = [];
  for (const c of table.columns) if (!keys.includes(c.key)) keys.push(c.key);
  return keys;
}

/** Child rows by parent key, made once per table (every parent rule of the table reads them). */
const CHILDREN = new HeldCache<TableModel, Map<string, TableRow[]>>("children");

function childrenOf(table: TableModel): Map<string, TableRow[]> {
  return CHILDREN.of(table, indexChildren);
}

function indexChildren(table: TableModel): Map<string, TableRow[]> {
  const children = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (!row.parent) continue;
    const list = children.get(row.parent);
    if (list) list.push(row);
    else children.set(row.parent, [row]);
  }
  return children;
}

/** The check at one place, or undefined when the rule does not apply there or holds. */
function evaluateAt(rule: Rule, frame: Frame): Check | undefined {
  const left: Term[] = [];
  const right: Term[] = [];
  collectTerms(rule.left, frame, left);
  collectTerms(rule.right, frame, right);
  if (!applies(left, right)) return undefined;
  const scale = commonScale(left, right);
  const l = sumValues(left, scale);
  const r = sumValues(right, scale);
  const status = statusOf(rule.comparison, left, right, l, r);
  if (status === "ok") return undefined;
  const difference = scale ? l.minus(r).times(scale) : l.minus(r);
  return { rule, table: left[0].table, context: contextOf(rule, frame), left, right, status, difference };
}

/** Not where every cell is blank, any is unreadable or words (reported as input), or one side is all “—”. */
function applies(left: Term[], right: Term[]): boolean {
  let anyValue = false;
  for (const side of [left, right]) {
    for (const t of side) {
      if (!t.cell.blank) anyValue = true;
      else if (t.cell.parsed.kind === "invalid" || t.cell.parsed.kind === "text") return false;
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
  const verdict = judgeAmounts(l, signedInterval(left), r, signedInterval(right), op);
  return verdict === "equal" ? "ok" : verdict;
}

function contextOf(rule: Rule, frame: Frame): string {
  if (frame.row && frame.column) return `${rowLabel(frame.row)}（${frame.column}）`;
  if (frame.row) return rowLabel(frame.row);
  if (frame.column) return `${frame.column}列`;
  return rule.name.split("：")[0];
}
