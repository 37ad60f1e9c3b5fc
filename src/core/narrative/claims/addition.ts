import type { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { COMPLETION_AMOUNT, isBound, isPlainAmount, isPrior, isStatedTotal, measuredAmounts } from "./binding";
import { semicolonParts, type SentenceClaims } from "./extract";
import { listCulprit, type Relations } from "./culprit";
import { flowNamed } from "./figures";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { culpritIssue } from "./total-slips";

/**
 * “一般公共预算收入完成147.1亿元，完成年度预算的100.2%，同比增长7.2%。加上转移性收入49.2亿元，收入合计196.3亿元” (the
 * 预算执行 wording): the total after “加上” is the amount the sentence speaks of plus the amounts added, minus the amounts
 * a “减” takes away (“加上级转移支付等收入116.3亿元，上年结余57.5亿元，减调出资金等8亿元，减债务还本支出13.7亿元，预算
 * 总收入804.2亿元”). The amounts added may be a list (“加上中央补助2537.1亿元、一般债务收入60亿元、…调入资金9.6亿元,收入
 * 总量3838.3亿元”); a clause opening with “加” and closing with “后” says the same as “加上” (“地方财政收入579.5亿元,加中央
 * 结算补助823.6亿元、…和调入资金0.9亿元后,财力合计1598.2亿元”). Tied with certainty only when
 * - the amounts between “加上” and the total are all named amounts of one figure, alone or in a list (a change inside
 *   the chain — “调出资金增加10,239万元” — leaves it unread), each “减” written at its own amount (“减A，B” does not say
 *   whether B is taken away too), and the total's words say 合计 / 总计 / 共计 / 总量 / 总收入 / 总支出;
 * - the amount added to is the one amount of its sentence (“加上” inside the sentence: the one amount before it;
 *   a sentence opening with “加上” — or “预计加上” — the one amount of the sentence before, passing over “其中”
 *   sentences, which break that amount down, and sentences that state no amount — “这主要得益于…”, a reason between).
 * “省级支出加上上解中央、补助市县…，总支出为2151.4亿元” adds words, not amounts: nothing to check.
 */
export interface Chain {
  total: Mention;
  added: Mention[];
  subtracted: Mention[];
}

export function readChain(sentences: readonly SentenceClaims[], i: number): Chain | undefined {
  const s = sentences[i];
  const found = [...s.sentence.matchAll(ADD)];
  if (found.length === 0) return closedList(s, sentences[i - 1]) ?? balanceChain(sentences, i);
  if (found.length !== 1) return undefined;
  const position = s.start + found[0].index!;
  const after = s.mentions.filter((m) => m.start > position && m.kind === "amount" && m.depth === 0);
  // the words as written: a label is cleaned of “共计” / “合计为” (“加上2009年结转收入643842万元,共计3121173万元”)
  const totalAt = after.findIndex((m) => TOTAL_WORDS.test(m.rawLabel.replace(/\s+/g, "")));
  const next = totalAt < 0 && after.length > 0 ? totalOpening(sentences[i + 1]) : undefined;
  const total = next ?? after[totalAt];
  if ((!next && totalAt < 1) || !candidate(total)) return undefined;
  const terms = next ? after : after.slice(0, totalAt);
  if (!terms.every(addend)) return undefined;
  // “加上级转移支付收入1884万元,其中:一般转移支付收入1478万元,…,收入合计为6449万元”: a “其中” inside the chain (not in a remark
  // in parentheses) breaks one addend down — where its parts end is in doubt
  const inside = s.sentence.slice(position - s.start, next ? undefined : total.start - s.start).replace(/[（(][^（）()]*[)）]/g, "");
  if (/其中/.test(inside)) return undefined;
  const takenAway = terms.findIndex(isTakenAway);
  const added = takenAway >= 0 ? terms.slice(0, takenAway) : terms;
  const subtracted = takenAway >= 0 ? terms.slice(takenAway) : [];
  if (subtracted.some((m, k) => k > 0 && !isTakenAway(m) && !listedAfter(s, subtracted[k - 1], m))) return undefined;
  const base = baseOf(sentences, i, position);
  if (!base) return undefined;
  // a total in the next sentence is the chain's only when it names the same side of the money as the amount added to
  if (next && (flowNamed(base.label) === undefined || flowNamed(next.label) !== flowNamed(base.label))) return undefined;
  return { total, added: [base, ...added], subtracted };
}

/**
 * “…加上市区财力结算净收入26亿元,…调入资金90.73亿元。合计一般公共预算收入总量为442.15亿元。”: a chain whose sentence states
 * no total is closed by the sentence right after when that sentence opens with its one total (合计 / 总量 / 总收入 … and the
 * amount, nothing before it but words): the first amount of that sentence, nothing stated between.
 */
function totalOpening(next: SentenceClaims | undefined): Mention | undefined {
  const first = next?.mentions[0];
  if (!next || !first || first.depth !== 0 || first.kind !== "amount") return undefined;
  const words = next.sentence.slice(0, first.start - next.start);
  return TOTAL_WORDS.test(words.replace(/\s+/g, "")) && !/[，,；;：:]/.test(words) ? first : undefined;
}

/** “扣除上解市级9.9亿元、一般债务还本14.4亿元”: an amount listed with “、” right after one taken away is taken away too. */
const listedAfter = (s: SentenceClaims, previous: Mention, m: Mention) =>
  /^[^，,；;。\d]*?、[^，,；;。\d]*$/.test(s.sentence.slice(previous.end - s.start, m.start - s.start));

/**
 * “政府性基金支出83173万元,调出资金18300万元,债务还本支出315万元,支出合计101788万元”: a sentence that only lists named amounts
 * and closes with their 合计 / 总计 names its own sum — no “加” needed. Tied with certainty only when the sentence states
 * nothing but those amounts (no rate, no change, no “其中” or “包括” that would nest one amount in another; a remark in
 * parentheses is set aside), every amount before the total has words of its own, and the total, the first amount named
 * 收入 / 支出 合计 / 总计 / 共计 (a bare “合计”, which in a news report may sum more than the amounts named, only after a list
 * the sentence says is all the parts: countedParts), follows two
 * or more of them (a “收入合计” closes a list of what is received, never of what is spent:
 * ./figures.ts flowNamed); what the sentence states after the total (“…,收入合计42.5亿元,支出19.43亿元,年终结余23.07亿元”) is
 * no part of it. A sentence right before that states an amount of the total's side (“全县地方一般公共预算支出397114万元,…。
 * 债务还本支出16223万元,上解中央支出10800万元,…和年终结转结余16751万元,支出总计441038万元”) may hold the list's first amount:
 * which amounts the total adds up is then in doubt, and nothing is judged.
 */
function closedList(s: SentenceClaims, before: SentenceClaims | undefined): Chain | undefined {
  const amounts = s.mentions.filter((m) => m.depth === 0);
  if (amounts.length < 3 || amounts.length !== s.mentions.filter((m) => m.depth === 0 && m.kind === "amount").length) return undefined;
  if (NESTS.test(s.sentence.replace(/[（(][^（）()]*[)）]/g, ""))) return undefined;
  const named = amounts.findIndex((m) => CLOSING_TOTAL.test(m.rawLabel.replace(/\s+/g, "")));
  const at = named >= 0 ? named : amounts.findIndex((m, k) => BARE_TOTAL.test(ownWords(m)) && countedParts(s, amounts.slice(0, k)));
  const total = amounts[at];
  const terms = amounts.slice(0, at);
  if (at < 2 || !candidate(total)) return undefined;
  if (!terms.every((m) => addend(m) && !isTakenAway(m) && m.label !== "" && m.groupSize === 1)) return undefined;
  const flow = flowNamed(total.label);
  if (flow !== undefined && terms.some((m) => flowNamed(m.label) !== undefined && flowNamed(m.label) !== flow)) return undefined;
  if (before?.mentions.some((m) => candidate(m) && flowNamed(m.label) === flow)) return undefined;
  return { total, added: terms, subtracted: [] };
}
/**
 * “上年结转结余0亿元,加一般公共预算总收入13.83亿元,减一般公共预算总支出13.6亿元,202516月结余0.23亿元”: a balance written as a
 * chain, where the amounts added may carry a total's name themselves (“总收入”): the one amount before a clause opening with
 * “加”, the amounts after it, those from a clause opening with “减” on taken away, and the sentence's last amount, named
 * 结余 / 结转, right after the last one taken away. Read only in a sentence with no “加上” (readChain) and no closed list.
 */
function balanceChain(sentences: readonly SentenceClaims[], i: number): Chain | undefined {
  const s = sentences[i];
  const opening = CLAUSE_ADD.exec(s.sentence);
  if (!opening) return undefined;
  const position = s.start + opening.index;
  const after = s.mentions.filter((m) => m.start > position && m.kind === "amount" && m.depth === 0);
  const total = after[after.length - 1];
  const terms = after.slice(0, -1);
  const takenAway = terms.findIndex(isTakenAway);
  if (takenAway < 1 || !isTakenAway(terms[terms.length - 1]) || !BALANCE_WORDS.test(total.rawLabel) || !candidate(total)) return undefined;
  if (!terms.every(addend) || terms.slice(takenAway).some((m) => !isTakenAway(m))) return undefined;
  const base = baseOf(sentences, i, position);
  return base ? { total, added: [base, ...terms.slice(0, takenAway)], subtracted: terms.slice(takenAway) } : undefined;
}
/** “,加一般公共预算总收入…,减…”: “加” opening a clause (not a verb of its own) with a clause opening with “减” after it. */
const CLAUSE_ADD = /(?<=[，,]\s*)加(?![强快大之速紧以重深剧入挂班工油码密热注价收计])(?=[^。]*?[，,]\s*减(?!少))/;
const BALANCE_WORDS = /结余|结转/;

/** The total names what it sums (“支出合计”, “收入总计”): a bare “合计” after two departments' amounts may sum more. */
const CLOSING_TOTAL = /(?:收入|支出)(?:合计|总计|共计)(?:为|是)?$/;
/** A total opening with “合计” / “总计” / “共计” (“合计批复总投资”): it sums the amounts before it only where those are all the parts. */
const BARE_TOTAL = /^(?:合计|总计|共计)/;
/** An amount's words without the marks that close the clause before (“…757.44万元),合计…”). */
const ownWords = (m: Mention) => m.rawLabel.replace(/^[\s)）,，、]+/, "");

/**
 * “该项目分三批实施,一批项目县级批复总投资A万元(…),二批项目…B万元(…),三批项目…C万元(…),合计批复总投资T万元”: a sentence that
 * says how many parts there are (“分三批”, “分两期”) before naming each by its ordinal, in order (一批、二批、三批 — or 第一期 …),
 * lists them all, so a bare “合计” right after the last one sums exactly them.
 */
function countedParts(s: SentenceClaims, terms: readonly Mention[]): boolean {
  const declared = COUNT_DECLARED.exec(s.sentence);
  if (!declared || terms.length === 0 || s.start + declared.index > terms[0].start) return false;
  const [, numeral, counter] = declared;
  const count = numeral === "两" ? 2 : ORDINALS.indexOf(numeral) + 1;
  return terms.length === count && terms.every((m, k) => ownWords(m).replace(/^第/, "").startsWith(`${ORDINALS[k]}${counter}`));
}
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** “分三批实施”, “分两期建设”: the number of parts, and the counter each part is named by. */
const COUNT_DECLARED = /分([两二三四五六七八九十])(批|期|次|个阶段|阶段)/;
/** Words that nest one amount in another, make a term no plain part, or add in words the chain reader leaves (“加…,”). */
const NESTS = /其中|包括|包含|含|分别|加|减|增长|下降|同比|比上年|较上年/;

/**
 * The sentence's chains: the one after its one “加上”, or — several in the sentence (“…加上…后,总收入T;全市…支出S,…,加上…后,
 * 总支出U”) — the one of each part between “；” that holds one; a later part's chain adds to an amount of its own part.
 */
export function readChains(sentences: readonly SentenceClaims[], i: number): Chain[] {
  const several = [...sentences[i].sentence.matchAll(ADD)].length > 1;
  const semicolons = semicolonParts(sentences[i]);
  const chains = several
    ? (semicolons.length > 1 ? semicolons : partsAtTotals(sentences[i])).map((part, k) =>
        k === 0
          ? readChain(
              sentences.map((x, j) => (j === i ? part : x)),
              i,
            )
          : readChain([part], 0),
      )
    : [readChain(sentences, i)];
  return chains.filter((c): c is Chain => c !== undefined);
}

/**
 * “…收入46900万元,加上级补助收入403127万元,…转贷收入18195万元,全县一般预算总收入468222万元,加上年结余11080万元,加调入资金335
 * 万元,再加动用预算稳定调节基金1705万元,收入总计481342万元”: chains one after the other in a sentence without “；” — each total
 * closes the chain before it and is the amount the next chain adds to, so a part runs from the sentence's start, or a
 * total, to the next total.
 */
function partsAtTotals(s: SentenceClaims): SentenceClaims[] {
  const totals = s.mentions.filter((m) => m.depth === 0 && m.kind === "amount" && TOTAL_WORDS.test(m.rawLabel.replace(/\s+/g, "")));
  const bounds = [s.start, ...totals.slice(0, -1).map((m) => m.start - m.rawLabel.length)];
  return bounds.map((from, k) => {
    const to = k + 1 < bounds.length ? totals[k].end : s.start + s.sentence.length;
    const mentions = s.mentions.filter((m) => m.start >= from && m.end <= to);
    const sentence = s.sentence.slice(from - s.start, to - s.start);
    return k === 0
      ? { ...s, sentence, mentions }
      : { ...s, sentence, start: from, mentions, openingOnly: false, openingTotal: undefined, openingBase: undefined };
  });
}

export function checkAddition(sentences: readonly SentenceClaims[], i: number, reading: Reading, relations: Relations): ClaimIssue[] {
  return readChains(sentences, i).flatMap((chain) => {
    const { sum, verdict } = reading.judgeSum(chain.total, chain.added, "=", chain.subtracted);
    if (verdict === "equal") return [];
    return [brokenSumIssue({ verdict, total: chain.total, terms: chain.added, sum, named: "加减的各项", subtracted: chain.subtracted }, reading, relations)];
  });
}

/** A sum of named amounts the words state (a chain, a list closed by its total, the parts a total is composed of) that breaks. */
export interface BrokenNamedSum {
  verdict: "rounding" | "error";
  total: Mention;
  terms: Mention[];
  sum: Decimal;
  /** How the message names the terms (“加减的各项”, “所列各项”). */
  named: string;
  subtracted?: Mention[];
  /** The terms may leave amounts out (“主要由…构成”): only a sum above the total breaks it. */
  partial?: boolean;
}

/**
 * The finding of a broken sum of named amounts: which figure is wrong weighed as every list rule weighs it (./culprit.ts) —
 * a total another relation confirms (its parenthesized breakdown adding up exactly, the same figure stated again, its own
 * change against a base stated with it…) is not named, a part is where it is the one that can be the slip, else a warning
 * naming the parts to check. A chain that takes amounts away is judged as a whole (a part taken away corrects the other
 * way): it names its total, as before.
 */
export function brokenSumIssue(broken: BrokenNamedSum, reading: Reading, relations: Relations): ClaimIssue {
  const { verdict, total, terms, sum, named, subtracted = [], partial = false } = broken;
  const weighed = verdict === "error" && subtracted.length === 0 && terms.every((m) => !reading.value(m).isNegative());
  const culprit = weighed ? listCulprit(total, terms, undefined, partial, reading, relations) : undefined;
  return culprit && culprit.at !== "total"
    ? culpritIssue("total", { total, name: total.label || "合计", parts: terms, names: terms.map((m) => m.label) }, culprit, reading)
    : additionIssue(verdict, total, terms, sum, reading, named, subtracted);
}

/**
 * “加上”, “加” opening a clause that closes with “后” (“,加中央结算补助823.6亿元、…后,”), or “加” opening the sentence before
 * what it adds (“加税收返还和转移支付22.18亿元、…”; not a verb of its own: 加强, 加快, 加计扣除 …).
 */
export const ADD = /加上|(?<=[，,；;]\s*)加(?=[^，,；;。]*?后[，,])|^\s*加(?![强快大之速紧以重深剧入挂班工油码密热注价收计])/g;
const TOTAL_WORDS = /合计|总计|共计|总量|总收入|总支出/;
/** “减上解市级支出53亿元”, “减去债务还本支出”: an amount the chain takes away (“减少” is a change, never read here). */
const TAKEN_AWAY = /^\s*(?:减去?|扣除)(?!少)/;
const isTakenAway = (m: Mention) => TAKEN_AWAY.test(m.rawLabel);
/** A named amount of one figure: not a change, not last year's, not the budget a completion phrase names. */
const candidate = (m: Mention) => isStatedTotal(m) && m.depth === 0;
/** An amount added or taken away: the same, also as one of a list (“中央补助2537.1亿元、一般债务收入60亿元、…”). */
const addend = (m: Mention) => isPlainAmount(m) && !isPrior(m) && !isBound(m) && !COMPLETION_AMOUNT.test(m.label) && m.depth === 0;
/** Words that may open a sentence before “加上” without naming an amount. */
const LEAD = /^(?:预计|再|另)?$/;

function baseOf(sentences: readonly SentenceClaims[], i: number, position: number): Mention | undefined {
  const s = sentences[i];
  const words = s.sentence.slice(position - s.start);
  const before = measuredAmounts(
    s.mentions.filter((m) => m.end <= position && candidate(m)),
    words,
  );
  const lead = s.sentence.slice(0, position - s.start).trim();
  if (before.length === 0 && lead !== "" && !LEAD.test(lead) && i > 0) return namedBase(sentences[i - 1], lead);
  if (before.length > 0 || !LEAD.test(lead)) return before.length === 1 ? before[0] : undefined;
  let j = i - 1;
  let brokenDown = false;
  for (; j >= 0 && (BREAKDOWN.test(sentences[j].sentence) || sentences[j].mentions.length === 0); j--) {
    brokenDown ||= BREAKDOWN.test(sentences[j].sentence);
  }
  // “…收入53.19亿元。其中，税收收入29.09亿元…。非税收入24.1亿元，增长1.9%。加上…”: a sentence right after a “其中”
  // sentence may go on listing its parts — which amount is added to is in doubt
  if (!brokenDown && j > 0 && BREAKDOWN.test(sentences[j - 1].sentence)) return undefined;
  const previous = j >= 0 ? measuredAmounts(closedWhole(sentences[j]), words) : [];
  return previous.length === 1 ? previous[0] : undefined;
}

const BREAKDOWN = /^\s*其中/;
/**
 * The sentence's named amounts — but “…收入完成47.98亿元,…,其中:税收收入完成37.53亿元,非税收入完成10.45亿元。加…”: a “其中”
 * whose parts add up to the one amount before it closes that breakdown, and what the next sentence adds to is that whole
 * (parts that fall short may go on in the next sentence: all the amounts are kept, and more than one leaves it unread).
 */
function closedWhole(s: SentenceClaims): Mention[] {
  const amounts = s.mentions.filter(candidate);
  const at = s.start + s.sentence.search(/其中/);
  if (at < s.start) return amounts;
  const whole = amounts.filter((m) => m.start < at);
  const parts = amounts.filter((m) => m.start > at);
  if (whole.length !== 1 || parts.length < 2) return amounts;
  const sum = sumIntervals(parts.map((m) => RoundingInterval.of(m.value, m.unit)));
  return RoundingInterval.of(whole[0].value, whole[0].unit).overlaps(sum) ? whole : amounts;
}

/**
 * “…;县级一般公共预算收入73220万元,…。县级一般公共预算收入加上预计上级各类补助收入…,收入合计231838万元”: a sentence opening
 * with the name of what it adds to, with no amount of its own, adds to the one amount of the sentence before stated under
 * exactly that name.
 */
function namedBase(previous: SentenceClaims, name: string): Mention | undefined {
  const named = previous.mentions.filter((m) => candidate(m) && m.label.replace(/\s+/g, "").endsWith(name.replace(/\s+/g, "")));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A stated total against the amounts it adds up (`terms`: how the message names them, “加上的各项”, “所列各项”), less
 * the amounts `subtracted`.
 */
export function additionIssue(
  verdict: "rounding" | "error",
  total: Mention,
  terms: Mention[],
  sum: Decimal,
  reading: Reading,
  named: string,
  subtracted: Mention[] = [],
): ClaimIssue {
  const { num, unit } = writtenUnit(total);
  const minus = subtracted.map((m) => ` − ${num(reading.value(m))}`).join("");
  // an amount below zero is written as taken away (“731.00 − 21.00 + 780.00”)
  const added = terms.map((m, k) => {
    const value = reading.value(m);
    return k === 0 ? num(value) : value.isNegative() ? ` − ${num(value.abs())}` : ` + ${num(value)}`;
  });
  const equation = `${added.join("")}${minus} = ${num(sum)}${unit}`;
  const what = total.label || "合计";
  return {
    rule: "total",
    verdict,
    target: total,
    involved: [...terms, ...subtracted],
    subject: what,
    headline:
      verdict === "rounding"
        ? `${what}写${total.text}，按 ${equation}，相差在四舍五入尾差范围内，请确认。`
        : `${what}写${total.text}，而 ${equation}：合计或相加的某一项有误。`,
    steps: [...terms, ...subtracted].map((m) => `${m.label || "金额"} ${m.text}`).concat([equation, `文中合计 ${total.text}`]),
    message: `“${total.rawLabel}${total.text}”：${named} ${equation}，与所述合计不符。`,
    expected: num(sum),
    actual: total.printed,
  };
}
