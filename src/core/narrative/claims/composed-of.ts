import { isBound, isPlainAmount, isPrior, isStatedTotal, COMPLETION_AMOUNT } from "./binding";
import { brokenSumIssue } from "./addition";
import type { Relations } from "./culprit";
import type { SentenceClaims } from "./extract";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “本年支出合计500.3万元，由基本支出300.2万元和项目支出250.1万元构成”, “全镇一般公共预算财力1,867.48万元。由一般公共预算收入
 * 111.11万元,加上级补助收入、上年结余…等1,756.37万元构成”: the amounts between “由” and “构成” (组成) make up the amount
 * the words follow — the one stated amount before “由” in its sentence, or, for a sentence opening with “由”, the one
 * stated amount of the sentence before. The words say the parts are the whole of it: their sum is the total, an error
 * beyond rounding either way. “主要由…构成” names the main parts and “…等构成” leaves more unnamed: there the parts are a
 * subset, and only a sum above the total is an error.
 * Tied with certainty only when the words between are two or more named amounts and nothing else that carries a figure
 * (no change, no rate, no “其中” nesting one in another, none a comparison base, a bound or a completion's budget).
 */
export function checkComposedOf(sentences: readonly SentenceClaims[], i: number, reading: Reading, relations: Relations): ClaimIssue[] {
  const list = composedOf(sentences, i);
  if (!list) return [];
  const { sum, verdict } = reading.judgeSum(list.total, list.parts, list.subset ? ">=" : "=");
  if (verdict === "equal") return [];
  return [brokenSumIssue({ verdict, total: list.total, terms: list.parts, sum, named: "构成它的各项", partial: list.subset }, reading, relations)];
}

/** “由A和B构成”: the span from 由 to 构成 / 组成 (a 由 of “由于” or of a revision, “由A调整为B”, opens none). */
const COMPOSED = /(主要)?由(?!于)([^。；;]*?)(等)?(?:构成|组成)/;

function composedOf(sentences: readonly SentenceClaims[], i: number): { total: Mention; parts: Mention[]; subset: boolean } | undefined {
  const s = sentences[i];
  const found = COMPOSED.exec(s.sentence);
  if (!found || /其中|调整为|调[增减]/.test(found[2])) return undefined;
  const from = s.start + found.index;
  const to = from + found[0].length;
  const inside = s.mentions.filter((m) => m.start > from && m.end <= to);
  if (inside.length < 2 || !inside.every(isPart)) return undefined;
  const before = s.mentions.filter((m) => m.end <= from);
  const opening = s.sentence.slice(0, found.index).trim() === "";
  const totals = (opening ? (sentences[i - 1]?.mentions ?? []) : before).filter((m) => isStatedTotal(m) && m.depth === 0);
  // “收入总计A,比上年增加C,由…构成”: a change or rate before “由” speaks of the total, and leaves it the one amount
  if (totals.length !== 1 || (!opening && before.some((m) => m.depth === 0 && m.kind === "amount" && !totals.includes(m) && isPlainAmount(m))))
    return undefined;
  return { total: totals[0], parts: inside, subset: !!found[1] || !!found[3] };
}

/** A named amount of one figure at the sentence's own level. */
const isPart = (m: Mention) =>
  isPlainAmount(m) && !isPrior(m) && !isBound(m) && !COMPLETION_AMOUNT.test(m.label) && m.depth === 0 && m.groupSize === 1 && m.label !== "";
