import type { ClaimRuleId } from "../narrative/claims/catalogue";
import type { PerformanceRuleId } from "../performance/rules";
import type { EngineRuleId } from "./engine-rules";

export type { EngineRuleId } from "./engine-rules";

/**
 * The id of what raised a finding (`Finding.rule`), one family per catalogue:
 *   table rules       J03.row, X.J01-J02, XY.Y01-Y03 … and the accountant's own rules — data parsed at run time
 *                     (src/core/rules/catalogue, README “规则写法”), so any text the notation accepts;
 *   情况说明 checks    N.amount, N.growth … (src/core/narrative/claims/catalogue.ts);
 *   绩效 checks        PERF.budget.rate … (src/core/performance/rules.ts);
 *   the engine's own  input.text-number, structure.doubt, set.missing-table … (engine-rules.ts).
 * Every id written in code is typed by its family (`satisfies EngineRuleId`, a PerformanceRuleId parameter, a
 * ClaimRuleKey), so a misspelt id does not compile.
 */
export type RuleId = TableRuleId | ClaimRuleId | PerformanceRuleId | EngineRuleId;

/** A table rule's id as its catalogue (or the accountant's rule file) gives it: “J03.row”, “MY.car”. */
export type TableRuleId = string;
