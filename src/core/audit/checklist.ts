import type { Finding } from "../findings/finding";
import type { RuleFamily, RuleMeta } from "../findings/rule-meta";
import type { EngineRuleId } from "../findings/engine-rules";
import type { TableModel } from "../tables/table-model";
import type { Rule } from "../rules/rule-ast";
import type { RuleTally } from "../rules/run-rules";
import { rangeAddress } from "../snapshot/address";
import { ruleRegistry } from "./registry";
import { performanceNeeds, type Available } from "./performance-needs";

/**
 * "rounding": held everywhere but for 尾差 within printed rounding (interval mode: passed, the tails listed as 提示);
 * in strict mode (EngineConfig.rounding "strict") the same tails are errors and the check "failed".
 */
export type CheckOutcome = "passed" | "rounding" | "failed" | "not-run";

/** One check of the 审核 list: a rule at one table (or the 绩效 tables, the text, the whole set). */
export interface CheckLine extends RuleMeta {
  outcome: CheckOutcome;
  /** Places the rule applied at (rows, columns …), when the rule counts them (table rules). */
  places?: number;
  /** Places or findings where it did not hold. */
  failed: number;
  /** Findings it raised, by what they weigh: errors are 强制, the rest (warnings, 尾差) 提示. */
  errors: number;
  warnings: number;
  /** Of `failed`: places or findings off by a rounding tail only (尾差). */
  rounding: number;
  /** Why it did not run (“未提供上年工作簿”). */
  note?: string;
}

/** The checks of one table (or of the 绩效 tables, the text, the whole set), with their counts. */
export interface CheckGroup {
  /** “支出决算表”, “绩效表”, “情况说明及文字”, “整套报表”. */
  subject: string;
  /** Where the table is (“公开03表!A1:H40”), for a recognised table. */
  where?: string;
  lines: CheckLine[];
  checked: number;
  /** Lines passed, those with 尾差 only included. */
  passed: number;
  /** Of `passed`: lines whose only deviations are 尾差 (interval mode). */
  rounding: number;
  failed: number;
}

export interface ChecklistInput {
  tables: readonly TableModel[];
  /** Kinds of the 绩效 tables read (“项目支出绩效自评表”). */
  performanceKinds: readonly string[];
  textParagraphs: number;
  findings: readonly Finding[];
  tableRules: readonly Rule[];
  tally: RuleTally;
  /** Last year's workbook / the budget year's workbook were given. */
  prior: boolean;
  budget: boolean;
  /** Strict 尾差 mode: a rounding tail is an error (the findings already say so), so no check passes with 尾差. */
  strictRounding?: boolean;
}

/** Checks every amount cell of every table gets, whatever its kind. */
const EVERY_TABLE: readonly EngineRuleId[] = ["input.unreadable", "input.not-a-number", "input.text-number"];
/** 说明 checks that read every text cell of the workbook, with or without a 情况说明. */
const EVERY_TEXT_CELL = new Set(["N.leftover", "N.year"]);

export const SET_SUBJECT = "整套报表";
export const TEXT_SUBJECT = "情况说明及文字";
export const PERFORMANCE_SUBJECT = "绩效表";

/**
 * The 审核 list: for each table read, every check that ran there — passed or failed, with counts — and the checks
 * of the 绩效 tables, the text and the set as a whole, those that could not run saying why. Built from counts per
 * table and rule (the rules count their places as they run), never from an object per place.
 */
export function buildChecklist(input: ChecklistInput): CheckGroup[] {
  const registry = ruleRegistry(input.tableRules);
  const byGroup = assignFindings(input, registry);
  const order = catalogueOrder(input.tableRules);
  const groups: CheckGroup[] = [];
  for (const table of input.tables) {
    const found = byGroup.get(table);
    const applied = input.tally.places.get(table);
    const failures = input.tally.failures.get(table);
    const lines = tableLineIds(order, applied, found).map((id) => {
      const line = lineOf(registry, id, found?.get(id) ?? NO_FINDINGS);
      const places = applied?.get(id);
      if (places === undefined) return line;
      const counts = failures?.get(id);
      const errors = counts?.error ?? 0;
      const tails = counts?.rounding ?? 0;
      const tailsOnly = errors === 0 && line.rounding === line.failed;
      line.failed = Math.max(errors + tails, line.failed);
      line.rounding = Math.max(tails, line.rounding);
      line.outcome = outcomeOf(line.failed, tailsOnly && line.rounding > 0 && !input.strictRounding, line.errors);
      line.places = places;
      return line;
    });
    groups.push(group(table.kind.title, lines, `${table.sheet}!${rangeAddress(table.range)}`));
  }
  const available = availableInputs(input);
  if (input.performanceKinds.length > 0)
    groups.push(familyGroup(PERFORMANCE_SUBJECT, "绩效", registry, byGroup.get(PERFORMANCE_SUBJECT), (id) => performanceNeeds(id, available)));
  groups.push(familyGroup(TEXT_SUBJECT, "说明", registry, byGroup.get(TEXT_SUBJECT), (id) => textNeeds(id, input.textParagraphs)));
  groups.push(setGroup(registry, byGroup.get(SET_SUBJECT), input.prior));
  return groups;
}

function availableInputs(input: ChecklistInput): Available {
  return {
    selfEvaluation: input.performanceKinds.some((k) => k.includes("自评")),
    targets: input.performanceKinds.some((k) => k.includes("目标")),
    budgetWorkbook: input.budget,
    finalAccounts: hasFamily(input.tables, "决算"),
    budgetTables: hasFamily(input.tables, "预算"),
    text: input.textParagraphs > 0,
  };
}

function textNeeds(id: string, paragraphs: number): string | undefined {
  return paragraphs > 0 || EVERY_TEXT_CELL.has(id) ? undefined : "未读到情况说明文字";
}

function hasFamily(tables: readonly TableModel[], family: string): boolean {
  for (const t of tables) if (t.kind.family === family) return true;
  return false;
}

/** Every rule of one family at one subject: run unless `missing` says what it lacks. */
function familyGroup(
  subject: string,
  family: RuleFamily,
  registry: ReadonlyMap<string, RuleMeta>,
  found: Map<string, Finding[]> = new Map(),
  missing: (id: string) => string | undefined,
): CheckGroup {
  const own: string[] = [];
  for (const r of registry.values()) if (r.family === family) own.push(r.id);
  const ids = unique([...own, ...found.keys()]);
  return group(
    subject,
    ids.map((id) => {
      const line = lineOf(registry, id, found.get(id) ?? []);
      const note = line.failed === 0 ? missing(id) : undefined;
      return note ? { ...line, outcome: "not-run", note } : line;
    }),
  );
}

function setGroup(registry: ReadonlyMap<string, RuleMeta>, found: Map<string, Finding[]> = new Map(), prior: boolean): CheckGroup {
  const ids = unique(["set.missing-table", "X.year.carry-over", ...found.keys()]);
  return group(
    SET_SUBJECT,
    ids.map((id) => {
      const line = lineOf(registry, id, found.get(id) ?? []);
      return id === "X.year.carry-over" && !prior ? { ...line, outcome: "not-run", note: "未提供上年工作簿" } : line;
    }),
  );
}

const NO_FINDINGS: readonly Finding[] = [];

/** Each rule id's first place in the catalogue (a county's thousands of tables each list a few of its rules). */
function catalogueOrder(rules: readonly Rule[]): Map<string, number> {
  const order = new Map<string, number>();
  for (let i = 0; i < rules.length; i++) if (!order.has(rules[i].id)) order.set(rules[i].id, i);
  return order;
}

/** A table's checks in catalogue order: the rules that applied there, the checks of every table, any other rule that found something. */
function tableLineIds(order: Map<string, number>, applied: Map<string, number> | undefined, found: Map<string, Finding[]> | undefined): string[] {
  const ids = new Set<string>();
  if (applied && inCatalogueOrder(applied, order)) for (const id of applied.keys()) ids.add(id);
  else if (applied) for (const id of order.keys()) if (applied.has(id)) ids.add(id);
  if (applied) for (const id of applied.keys()) if (!order.has(id)) ids.add(id); // engine checks that count places (增减率)
  for (const id of EVERY_TABLE) ids.add(id);
  if (found) for (const id of found.keys()) ids.add(id);
  return [...ids];
}

/** The rules ran in catalogue order, so a table's applied rules are counted in it: then no rule is looked up. */
function inCatalogueOrder(applied: Map<string, number>, order: Map<string, number>): boolean {
  let last = -1;
  for (const id of applied.keys()) {
    const at = order.get(id);
    if (at === undefined || at < last) return false;
    last = at;
  }
  return true;
}

/** One check with the counts of its findings, built field by field: one object per line (a table rule's places are added to it). */
function lineOf(registry: ReadonlyMap<string, RuleMeta>, id: string, findings: readonly Finding[]): CheckLine {
  const meta = registry.get(id) ?? { id, family: "表内", severity: "warning", description: id };
  let errors = 0;
  let rounding = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    if (f.kind === "rounding") rounding++;
  }
  const failed = findings.length;
  const outcome = outcomeOf(failed, rounding === failed, errors);
  return {
    id: meta.id,
    family: meta.family,
    severity: meta.severity,
    description: meta.description,
    outcome,
    failed,
    errors,
    warnings: failed - errors,
    rounding,
  };
}

/**
 * Passed; or passed with 尾差 when every deviation is a rounding tail still listed as 提示 (interval mode); failed
 * otherwise — a tail counted as an error (strict mode) fails the check.
 */
function outcomeOf(failed: number, tailsOnly: boolean, errors: number): CheckOutcome {
  if (failed === 0) return "passed";
  return tailsOnly && errors === 0 ? "rounding" : "failed";
}

/** A group's counts, in one pass over its lines (a county's thousands of tables each make a group). */
function group(subject: string, lines: CheckLine[], where?: string): CheckGroup {
  let checked = 0;
  let failed = 0;
  let rounding = 0;
  for (const l of lines) {
    if (l.outcome === "not-run") continue;
    checked++;
    if (l.outcome === "failed") failed++;
    else if (l.outcome === "rounding") rounding++;
  }
  return { subject, where, lines, checked, passed: checked - failed, rounding, failed };
}

const byTop = (a: TableModel, b: TableModel): number => a.range.top - b.range.top;

type GroupKey = TableModel | typeof PERFORMANCE_SUBJECT | typeof TEXT_SUBJECT | typeof SET_SUBJECT;

/** Each finding at its group: the table holding its cell, the 绩效 tables, the text, or the set as a whole. */
function assignFindings(input: ChecklistInput, registry: ReadonlyMap<string, RuleMeta>): Map<GroupKey, Map<string, Finding[]>> {
  const tablesByKind = new Map<string, TableModel[]>();
  for (const t of input.tables) listAt(tablesByKind, `${t.sheet}|${t.kind.title}`).push(t);
  for (const list of tablesByKind.values()) list.sort(byTop);
  const out = new Map<GroupKey, Map<string, Finding[]>>();
  for (const f of input.findings) {
    const family = registry.get(f.rule)?.family;
    const key: GroupKey = family === "绩效" ? PERFORMANCE_SUBJECT : family === "说明" ? TEXT_SUBJECT : (tableOf(f, tablesByKind) ?? SET_SUBJECT);
    let byRule = out.get(key);
    if (!byRule) out.set(key, (byRule = new Map()));
    listAt(byRule, f.rule).push(f);
  }
  return out;
}

/** The table of the finding's kind on its sheet whose area holds its cell (else the first of that kind there): by bisection, tables sorted by top row. */
function tableOf(f: Finding, tablesByKind: Map<string, TableModel[]>): TableModel | undefined {
  if (!f.table || f.rule === "set.missing-table") return undefined;
  const sameKind = tablesByKind.get(`${f.sheet}|${f.table}`);
  if (!sameKind) return undefined;
  const row = rowOf(f.cell);
  if (row === undefined) return sameKind[0];
  let lo = 0;
  let hi = sameKind.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sameKind[mid].range.top <= row) lo = mid;
    else hi = mid - 1;
  }
  return row >= sameKind[lo].range.top && row <= sameKind[lo].range.bottom ? sameKind[lo] : sameKind[0];
}

function rowOf(cell: string): number | undefined {
  const m = /^[A-Z]+(\d+)$/.exec(cell);
  return m ? Number(m[1]) - 1 : undefined;
}

function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
