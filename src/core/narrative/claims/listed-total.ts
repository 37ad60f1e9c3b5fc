import { brokenSumIssue } from "./addition";
import { isPlainAmount, isPrior } from "./binding";
import type { SentenceClaims } from "./extract";
import type { Relations } from "./culprit";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “三项支出分别为63.79万元、974.64万元、382.88万元，总数1421.31万元”, “支出费用分别是16万元、122万元、26万元，合计164万元”:
 * an amount named by a total word alone (合计, 总数, 总计, 共计, 总额), right after a list of amounts sharing one
 * phrase, in the same clause and parentheses, is the list's sum — tied with certainty, whatever the items are.
 */
export function checkListedTotals(s: SentenceClaims, reading: Reading, relations: Relations): ClaimIssue[] {
  return s.mentions.flatMap((total, i) => {
    const parts = isTotal(total) ? listBefore(s.mentions, i) : undefined;
    if (!parts || !parts.every((m) => isPlainAmount(m) && !isPrior(m) && !m.atLeast && m.clause === total.clause && m.depth === total.depth)) return [];
    const { sum, verdict } = reading.judgeSum(total, parts);
    return verdict === "equal" ? [] : [brokenSumIssue({ verdict, total, terms: parts, sum, named: "所列各项" }, reading, relations)];
  });
}

/**
 * The list right before the total at `i`: the amounts of one phrase (“分别为A、B、C”), or amounts each of its own name joined
 * by “以及” — “提前安排…部门基本支出、项目支出等164.03亿元,以及对市县转移支付378.22亿元,合计542.25亿元” (广东 2021): “以及”
 * adds the last amount to the ones before it in its clause, so the total is all of theirs. Amounts one beside the other
 * with no such word (“交通运输厅支出A,行政学院支出B,合计T”) may be of different things: no list.
 */
function listBefore(mentions: readonly Mention[], i: number): Mention[] | undefined {
  const last = mentions[i - 1];
  if (!last) return undefined;
  if (last.groupSize >= 2 && last.slot === last.groupSize - 1) return mentions.filter((m) => m.group === last.group);
  if (!JOINED.test(last.rawLabel)) return undefined;
  const joined = mentions.slice(0, i).filter((m) => m.clause === last.clause && m.depth === last.depth);
  return joined.length >= 2 ? joined : undefined;
}

/** “以及” opening the words before an amount: it joins that amount to the ones before it. */
const JOINED = /^[，,、\s]*以及/;

/** The words before the amount say only that it is the total. */
const TOTAL_ALONE = /^[，,、\s]*(?:合计|总数|总计|共计|总额|总共|一共|共)(?:为|是|达)?[：:]?\s*$/;
const isTotal = (m: Mention) => isPlainAmount(m) && m.groupSize === 1 && !m.atLeast && TOTAL_ALONE.test(m.rawLabel);
