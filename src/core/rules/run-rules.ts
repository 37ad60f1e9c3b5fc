import type { Finding } from "../findings/finding";
import type { TableModel } from "../tables/table-model";
import type { Rule } from "./rule-ast";
import { parseCheckedRules } from "./parse-rules";
import { evaluateRule, type Check, type PlaceCounts } from "./evaluate";
import { withStructureDoubts } from "./structure-doubt";
import { findingsFromChecks } from "./blame";
import { groupIntoSets } from "./table-set";
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
  for (const set of sets) {
    for (const rule of rules) {
      for (const check of evaluateRule(rule, set, places)) {
        checks.push(check);
        if (tally) countFailure(tally.failures, set.table(rule.scope.table) ?? check.table, check);
      }
    }
  }
  return withStructureDoubts(
    findingsFromChecks(checks, (failed) => confirmationsOf(failed, sets, rules)),
    checks,
    places,
    tables,
  );
}

function countFailure(failures: FailureCounts, table: TableModel, check: Check): void {
  let byRule = failures.get(table);
  if (!byRule) failures.set(table, (byRule = new Map()));
  let counts = byRule.get(check.rule.id);
  if (!counts) byRule.set(check.rule.id, (counts = { error: 0, rounding: 0 }));
  if (check.status === "rounding") counts.rounding++;
  else counts.error++;
}
