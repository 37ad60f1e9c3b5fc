import type { Finding } from "../findings/finding";
import type { TableModel } from "../tables/table-model";
import type { Rule } from "./rule-ast";
import { parseCheckedRules } from "./parse-rules";
import { evaluateRule, type Check, type PlaceCounts } from "./evaluate";
import { withStructureDoubts } from "./structure-doubt";
import { findingsFromChecks } from "./blame";
import { groupIntoSets, type TableSet } from "./table-set";
import { confirmationsOf } from "./confirmations";
import { FINAL_ACCOUNTS_RULES } from "./catalogue/final-accounts";
import { BUDGET_RULES } from "./catalogue/budget";

/** The built-in catalogue, parsed once. */
export const BUILT_IN_RULES: Rule[] = [...parseCheckedRules(FINAL_ACCOUNTS_RULES), ...parseCheckedRules(BUDGET_RULES)];

/** Places that did not hold, per table and rule id: beyond rounding (error) and within it (rounding). */
export type FailureCounts = Map<TableModel, Map<string, { error: number; rounding: number }>>;

/** What the rules did, per table (the 审核 list of checks): where each applied and where it failed. */
export interface RuleTally {
  places: PlaceCounts;
  failures: FailureCounts;
}

/** Runs every rule on every reporting unit of the workbook; `tally`, when given, receives the counts per table and rule. */
export function runRules(tables: TableModel[], rules: Rule[] = BUILT_IN_RULES, tally?: RuleTally): Finding[] {
  const checks: Check[] = [];
  const places: PlaceCounts = tally?.places ?? new Map();
  const sets = groupIntoSets(tables);
  const scopes = scopesOf(rules);
  for (const set of sets) {
    const owned = scopes.names.map((name) => ownedTable(set, name));
    for (let i = 0; i < rules.length; i++) {
      const table = owned[scopes.of[i]];
      if (!table) continue;
      const before = checks.length;
      evaluateRule(rules[i], set, table, checks, places);
      if (tally) for (let k = before; k < checks.length; k++) countFailure(tally.failures, table, checks[k]);
    }
  }
  return withStructureDoubts(
    findingsFromChecks(checks, (failed) => confirmationsOf(failed, sets, rules)),
    checks,
    places,
    tables,
  );
}

/** The tables the rules are scoped on, each named once, and which of them each rule's scope names (by position). */
interface Scopes {
  names: string[];
  of: number[];
}

/** Made once per list of rules: a set is asked each scope table once, not once per rule (most sets lack most tables). */
const SCOPES = new WeakMap<readonly Rule[], Scopes>();

function scopesOf(rules: readonly Rule[]): Scopes {
  let scopes = SCOPES.get(rules);
  if (scopes) return scopes;
  const names: string[] = [];
  const of = rules.map((rule) => {
    const at = names.indexOf(rule.scope.table);
    return at >= 0 ? at : names.push(rule.scope.table) - 1;
  });
  SCOPES.set(rules, (scopes = { names, of }));
  return scopes;
}

/** The set's own table so named: the rules scoped on it are checked in this set. */
function ownedTable(set: TableSet, name: string): TableModel | undefined {
  const table = set.table(name);
  return table && set.owns(table) ? table : undefined;
}

function countFailure(failures: FailureCounts, table: TableModel, check: Check): void {
  let byRule = failures.get(table);
  if (!byRule) failures.set(table, (byRule = new Map()));
  let counts = byRule.get(check.rule.id);
  if (!counts) byRule.set(check.rule.id, (counts = { error: 0, rounding: 0 }));
  if (check.status === "rounding") counts.rounding++;
  else counts.error++;
}
