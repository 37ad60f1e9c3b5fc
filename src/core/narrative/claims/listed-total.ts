import { additionIssue } from "./addition";
import { isPlainAmount, isPrior } from "./binding";
import type { SentenceClaims } from "./extract";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “三项支出分别为63.79万元、974.64万元、382.88万元，总数1421.31万元”, “支出费用分别是16万元、122万元、26万元，合计164万元”:
 * an amount named by a total word alone (合计, 总数, 总计, 共计, 总额), right after a list of amounts sharing one
 * phrase, in the same clause and parentheses, is the list's sum — tied with certainty, whatever the items are.
 */
export function checkListedTotals(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  return s.mentions.flatMap((total, i) => {
    const last = s.mentions[i - 1];
    if (!last || !isTotal(total) || last.groupSize < 2 || last.slot !== last.groupSize - 1) return [];
    const parts = s.mentions.filter((m) => m.group === last.group);
    if (!parts.every((m) => isPlainAmount(m) && !isPrior(m) && !m.atLeast && m.clause === total.clause && m.depth === total.depth)) return [];
    const { sum, verdict } = reading.judgeSum(total, parts);
    return verdict === "equal" ? [] : [additionIssue(verdict, total, parts, sum, reading, "所列各项")];
  });
}

/** The words before the amount say only that it is the total. */
const TOTAL_ALONE = /^[，,、\s]*(?:合计|总数|总计|共计|总额|总共|一共|共)(?:为|是|达)?[：:]?\s*$/;
const isTotal = (m: Mention) => isPlainAmount(m) && m.groupSize === 1 && !m.atLeast && TOTAL_ALONE.test(m.rawLabel);
