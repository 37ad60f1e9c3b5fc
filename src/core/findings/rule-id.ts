export type { EngineRuleId } from "./engine-rules";

/**
 * The id of what raised a finding (`Finding.rule`), one family per catalogue:
 *   table rules       J03.row, X.J01-J02, XY.Y01-Y03 … and the accountant's own rules — data parsed at run time
 *                     (src/core/rules/catalogue, README “规则写法”), so any text the notation accepts;
 *   情况说明 checks    N.amount, N.growth … (ClaimRuleId, src/core/narrative/claims/catalogue.ts);
 *   绩效 checks        PERF.budget.rate … (PerformanceRuleId, src/core/performance/rules.ts);
 *   the engine's own  input.text-number, structure.doubt, set.missing-table … (EngineRuleId, engine-rules.ts).
 * A table rule's id may be any text, so a finding's id is a string; each family types its own ids where its
 * findings are made (`satisfies EngineRuleId`, a PerformanceRuleId parameter, a ClaimRuleKey), so a misspelt id
 * does not compile. The families' types live with their catalogues: findings, below them all, names none of them.
 */
export type RuleId = string;
