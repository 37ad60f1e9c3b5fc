import type { Finding } from "../findings/finding";
import type { TableModel } from "../tables/table-model";
import type { Rule } from "./rule-ast";
import { parseCheckedRules } from "./parse-rules";
import { evaluateRule, type Check, type PlaceCounts } from "./evaluate";
import { withStructureDoubts } from "./structure-doubt";
import { findingsFromChecks } from "./blame";
import { groupIntoSets } from "./table-set";
import { FINAL_ACCOUNTS_RULES } from "./catalogue/final-accounts";
import { BUDGET_RULES } from "./catalogue/budget";

/** The built-in catalogue, parsed once. */
export const BUILT_IN_RULES: Rule[] = [...parseCheckedRules(FINAL_ACCOUNTS_RULES), ...parseCheckedRules(BUDGET_RULES)];

/** Runs every rule on every reporting unit of the workbook. */
export function runRules(tables: TableModel[], rules: Rule[] = BUILT_IN_RULES): Finding[] {
  const checks: Check[] = [];
  const places: PlaceCounts = new Map();
  for (const set of groupIntoSets(tables)) {
    for (const rule of rules) for (const check of evaluateRule(rule, set, places)) checks.push(check);
  }
  return withStructureDoubts(findingsFromChecks(checks), checks, places, tables);
}
