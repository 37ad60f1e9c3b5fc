import type { Decimal } from "../../numbers/decimal";
import { COMPLETION_AMOUNT, isBound, isPlainAmount, isPrior, isStatedTotal } from "./binding";
import type { SentenceClaims } from "./extract";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “一般公共预算收入完成147.1亿元，完成年度预算的100.2%，同比增长7.2%。加上转移性收入49.2亿元，收入合计196.3亿元” (the
 * 预算执行 wording): the total after “加上” is the amount the sentence speaks of plus the amounts added. Tied with
 * certainty only when
 * - the amounts added are named amounts between “加上” and the total, and the total's words say 合计 / 总计 / 共计 /
 *   总量 (“收入总量为3555272万元”);
 * - the amount added to is the one amount of its sentence (“加上” inside the sentence: the one amount before it;
 *   a sentence opening with “加上”: the one amount of the sentence before, passing over “其中” sentences, which
 *   break that amount down, and sentences that state no amount — “这主要得益于…”, a reason between).
 * The amounts added may be a list (“加上中央补助2537.1亿元、一般债务收入60亿元、…调入资金9.6亿元,收入总量3838.3亿元”);
 * a clause opening with “加” and closing with “后” says the same (“地方财政收入579.5亿元,加中央结算补助823.6亿元、…和调入
 * 资金0.9亿元后,财力合计1598.2亿元”).
 * “省级支出加上上解中央、补助市县…，总支出为2151.4亿元” adds words, not amounts: nothing to check.
 */
export function checkAddition(sentences: readonly SentenceClaims[], i: number, reading: Reading): ClaimIssue[] {
  const s = sentences[i];
  const found = [...s.sentence.matchAll(ADD)];
  if (found.length !== 1) return [];
  const position = s.start + found[0].index!;
  const after = s.mentions.filter((m) => m.start > position && addend(m));
  const totalAt = after.findIndex((m) => TOTAL_WORDS.test(m.label));
  if (totalAt < 1 || !candidate(after[totalAt])) return [];
  const total = after[totalAt];
  const added = after.slice(0, totalAt);
  const base = baseOf(sentences, i, position);
  if (!base) return [];
  const terms = [base, ...added];
  const { sum, verdict } = reading.judgeSum(total, terms);
  return verdict === "equal" ? [] : [additionIssue(verdict, total, terms, sum, reading, "加上的各项")];
}

/** “加上”, or “加” opening a clause that closes with “后” (“,加中央结算补助823.6亿元、…后,”). */
const ADD = /加上|(?<=[，,；;]\s*)加(?=[^，,；;。]*?后[，,])/g;
const TOTAL_WORDS = /合计|总计|共计|总量/;
/** A named amount of one figure: not a change, not last year's, not the budget a completion phrase names. */
const candidate = (m: Mention) => isStatedTotal(m) && m.depth === 0;
/** An amount added: the same, also as one of a list (“中央补助2537.1亿元、一般债务收入60亿元、…”). */
const addend = (m: Mention) => isPlainAmount(m) && !isPrior(m) && !isBound(m) && !COMPLETION_AMOUNT.test(m.label) && m.depth === 0;

function baseOf(sentences: readonly SentenceClaims[], i: number, position: number): Mention | undefined {
  const s = sentences[i];
  const before = s.mentions.filter((m) => m.end <= position && candidate(m));
  if (before.length > 0 || s.sentence.slice(0, position - s.start).trim() !== "") return before.length === 1 ? before[0] : undefined;
  let j = i - 1;
  while (j >= 0 && (BREAKDOWN.test(sentences[j].sentence) || sentences[j].mentions.length === 0)) j--;
  const previous = j >= 0 ? sentences[j].mentions.filter(candidate) : [];
  return previous.length === 1 ? previous[0] : undefined;
}

const BREAKDOWN = /^\s*其中/;

/** A stated total against the amounts it adds up (`terms`: how the message names them, “加上的各项”, “所列各项”). */
export function additionIssue(verdict: "rounding" | "error", total: Mention, terms: Mention[], sum: Decimal, reading: Reading, named: string): ClaimIssue {
  const { num, unit } = writtenUnit(total);
  const equation = `${terms.map((m) => num(reading.value(m))).join(" + ")} = ${num(sum)}${unit}`;
  const what = total.label || "合计";
  return {
    rule: "total",
    verdict,
    target: total,
    involved: terms,
    subject: what,
    headline:
      verdict === "rounding"
        ? `${what}写${total.text}，按 ${equation}，相差在四舍五入尾差范围内，请确认。`
        : `${what}写${total.text}，而 ${equation}：合计或相加的某一项有误。`,
    steps: terms.map((m) => `${m.label || "金额"} ${m.text}`).concat([equation, `文中合计 ${total.text}`]),
    message: `“${total.rawLabel}${total.text}”：${named} ${equation}，与所述合计不符。`,
    expected: num(sum),
    actual: total.printed,
  };
}
