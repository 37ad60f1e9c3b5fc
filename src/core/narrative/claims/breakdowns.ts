import { BUDGET_LABEL, CHANGE_WORD } from "./extract";
import { quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import { className, type ClassStatement, type ItemStatement } from "./rows";
import type { CrossContext } from "./cross";

/**
 * The sentence that opens the 具体情况 section: “一般公共预算财政拨款支出年初预算为 2993.92 万元，支出决算为
 * 2940.05 万元，完成年初预算的 98.20%。” — its budget and actual are the totals of the 项 listed after it.
 */
const TOTAL_SENTENCE = /^\s*(?:20\d{2}\s*年度?)?\s*一般公共预算财政拨款支出/;

/** A 类, or the 一般公共预算 total, against the 项 the text lists under it. */
export function checkBreakdowns(
  classes: readonly ClassStatement[],
  items: readonly ItemStatement[],
  parsed: readonly ParsedParagraph[],
  ctx: CrossContext,
): Located[] {
  const listed = items.filter((i) => i.amount && i.at.generalBudget);
  const out: Located[] = [];
  const seen = new Set<string>();
  for (const c of classes) {
    if (!c.at.generalBudget || seen.has(c.className)) continue;
    seen.add(c.className);
    const under = listed.filter((i) => i.className && className(i.className) === c.className && i.at.order > c.at.order);
    const issue = breakdown(
      c.mention,
      `${c.className}（类）`,
      under.map((i) => i.amount!),
      ctx,
    );
    if (issue) out.push({ at: c.at, issue });
  }
  for (const p of parsed.filter((x) => x.generalBudget)) {
    for (const s of p.sentences.filter((x) => TOTAL_SENTENCE.test(x.sentence))) {
      const amounts = s.mentions.filter((m) => m.kind === "amount" && !CHANGE_WORD.test(m.label));
      const budgets = amounts.filter((m) => BUDGET_LABEL.test(m.label));
      if (budgets.length === 0) continue;
      const later = listed.filter((i) => i.at.order > p.order);
      for (const budget of budgets) {
        const word = budgetWord(budget);
        const parts = later.map((i) => i.budget);
        if (!parts.every((b): b is Mention => !!b && budgetWord(b) === word)) continue;
        const issue = breakdown(budget, `一般公共预算财政拨款支出${word}预算`, parts, ctx);
        if (issue) out.push({ at: p, issue });
      }
      // with 类 amounts stated, each 类 is checked against its 项 and the 类 against the total instead
      const actual = classes.length === 0 ? amounts.find((m) => !budgets.includes(m)) : undefined;
      const issue =
        actual &&
        breakdown(
          actual,
          "一般公共预算财政拨款支出决算",
          later.map((i) => i.amount!),
          ctx,
        );
      if (issue) out.push({ at: p, issue });
    }
  }
  return out;
}

/** 年初预算 and 全年预算 are different figures: a total is compared with parts of its own kind. */
function budgetWord(m: Mention): string {
  return m.label.includes("全年") ? "全年" : m.label.includes("年初") ? "年初" : "";
}

function breakdown(total: Mention, what: string, parts: Mention[], ctx: CrossContext): ClaimIssue | undefined {
  if (parts.length === 0) return undefined;
  // parts that match the tables carry the tables' own tails, which the table rules report
  if (parts.every((p) => ctx.checked.has(p))) return undefined;
  const values = parts.map((p) => ctx.reading.value(p));
  const { sum, verdict } = ctx.reading.judgeSum(total, parts);
  if (verdict === "equal") return undefined;
  const short = verdict === "error" && sum.lessThan(ctx.reading.value(total));
  const { num, unit } = writtenUnit(total);
  const terms = values.map(num).join(" + ");
  const summed = `${num(sum)}${unit}`;
  return {
    rule: "breakdown",
    verdict: short ? "warning" : verdict,
    target: total,
    involved: parts,
    subject: what,
    headline:
      verdict === "rounding"
        ? `${what}写${total.text}，后文逐项列出的${parts.length}项之和为${summed}，相差在四舍五入尾差范围内，请确认。`
        : short
          ? `${what}写${total.text}，后文逐项列出的${parts.length}项之和只有${summed}（少${num(ctx.reading.value(total).minus(sum))}${unit}）：是否漏列了项，或金额有误？`
          : `${what}写${total.text}，后文逐项列出的${parts.length}项之和为${summed}，超出${num(sum.minus(ctx.reading.value(total)))}${unit}：合计或某一项有误。`,
    steps: [`${terms} = ${summed}`, `${what} = ${total.text}`],
    message: `“${quoted(total)}”：后文逐项列出的金额之和为${summed}，与此处不符。`,
    expected: num(sum),
    actual: total.printed,
  };
}
