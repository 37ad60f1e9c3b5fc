import type { ChangeClaim } from "./extract";
import { checkGrowth } from "./growth";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * A change with its rate written once for income and expenditure together (“2024年度收入总计1262.46万元,支出总计1262.46万元。
 * 收、支与2023年度相比,增加66.69万元,增长5.6%”, 涪陵 增福镇卫生院 2024) is of each side's total (./binding.ts `each`). Where the
 * two totals differ and the change and rate hold against one of them (within rounding) and break beyond it against the
 * other, the one change and rate are confirmed — a slip is made once — and that other total is the figure to check: an
 * error naming it. Both breaking (or both holding) is left to the checks of a change in doubt (./growth.ts).
 */
export function checkJointChange(claim: ChangeClaim, reading: Reading): ClaimIssue[] | undefined {
  const candidates = claim.subject?.each ? (claim.subject.candidates ?? []) : [];
  const { percent, change } = claim;
  if (!percent || candidates.length < 2) return undefined;
  const judged = candidates.map((total) => ({ total, error: checkGrowth(claim, total, reading).find((i) => i.rule === "growth" && i.verdict === "error") }));
  const breaking = judged.filter((j) => j.error);
  const holding = judged.find((j) => !j.error);
  if (breaking.length !== 1 || !holding) return undefined;
  const [{ total, error }] = breaking;
  const rateWord = claim.up ? "增长" : "下降";
  const written = `${claim.up ? "增加" : "减少"}${change.text}，${rateWord}${percent.text}`;
  const named = (m: Mention) => `${m.label}${m.text}`;
  return [
    {
      rule: "growth",
      verdict: "error",
      target: total,
      involved: [change, percent, holding.total],
      subject: total.label,
      headline: `收、支共写“${written}”：按${named(holding.total)}计算相符，按${named(total)}计算${rateWord}率应为${error!.expected}：${named(total)}与之不符，请核对。`,
      steps: [`按${named(holding.total)}：${rateWord}率在四舍五入范围内`, ...error!.steps],
      message: `“${named(total)}”：收、支共写“${written}”，按${named(holding.total)}计算相符，按${named(total)}计算${rateWord}率为${error!.expected}，不是${percent.text}：${total.label}与之不符，请核对。`,
      actual: total.printed,
    },
  ];
}
