import { isStatedTotal } from "./binding";
import { readChain } from "./addition";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { Verdict } from "../../numbers/verdict";

/**
 * “…收入总计2411.8亿元。…支出总计2315.2亿元。收支相抵,年终结余结转96.6亿元” (the 预算执行 / 决算 report's balance): the
 * balance is the income total less the spending total of the two sentences right before it, in the same paragraph or
 * across paragraphs (“收支相抵后,政府性基金结余57,685万元” as a paragraph of its own). Tied with certainty only when
 * - the sentence right before states the spending total as the sum after “加上” (./addition.ts), and the one before
 *   that the income total the same way; or, when the balance says what is taken away (“预算总收入减去支出”), the
 *   sentence right before states one amount named 支出 and the one before that the income total after “加上”;
 * - the balance sentence opens with 收支(总量)相抵 / “…收入减去支出” and states one amount named 结余 / 结转 / 赤字 / 差额 — or none
 *   and says there is no balance (“年终无结余结转”, “收支平衡”: 0).
 * A total stated as the sum after “加上” spans its chain's sentences (“…支出284612.25亿元,…。加上补充…1100.37亿元,支出总量为
 * 285712.62亿元。收支总量相抵,赤字40600亿元”): the income total is then in the sentence right before the chain opens. A
 * 赤字 is the spending total less the income total (the sign reversed); a 差额 says no direction, so it holds either way.
 */
export function checkBalances(parsed: readonly ParsedParagraph[], reading: Reading): Located[] {
  const sentences = parsed.flatMap((at) => at.sentences.map((_, i) => ({ at, i })));
  return sentences.flatMap((place, k) => {
    const s = place.at.sentences[place.i];
    const named = NAMED_BALANCE.exec(s.sentence);
    const opening = named ?? BALANCE.exec(s.sentence);
    if (!opening || k < 2) return [];
    const amounts = s.mentions.filter((m) => m.kind === "amount");
    const balance = amounts.length === 1 && isStatedTotal(amounts[0]) && BALANCE_WORDS.test(amounts[0].label) ? amounts[0] : undefined;
    if (!balance && (amounts.length > 0 || !NONE.test(s.sentence))) return [];
    const before = [sentences[k - 2], sentences[k - 1]];
    const spending = named ? namedTotal(before, named[2]) : spendingOf(sentences[k - 1], !!opening[1], reading);
    const incomeAt = named ? k - 2 : chainOpening(sentences, k - 1) - 1;
    const income = named ? namedTotal(before, named[1]) : incomeAt >= 0 ? chainTotal(sentences[incomeAt], INCOME, reading) : undefined;
    if (!spending || !income) return [];
    const verdict = judgeBalance(income, spending, balance, reading);
    if (verdict === "equal") return [];
    return [{ issue: balanceIssue(verdict, income, spending, balance, reading, s.start + opening.index), at: place.at }];
  });
}

/** Income less spending against the balance stated: a 结余 is their difference, a 赤字 the reverse, a 差额 either. */
function judgeBalance(income: Mention, spending: Mention, balance: Mention | undefined, reading: Reading): Verdict {
  if (!balance) return reading.judgeSum(income, [spending]).verdict;
  const surplus = reading.judgeSum(income, [spending, balance]).verdict;
  const deficit = reading.judgeSum(spending, [income, balance]).verdict;
  const side = sideOf(balance);
  if (side !== "gap") return side === "deficit" ? deficit : surplus;
  return [surplus, deficit].includes("equal") ? "equal" : [surplus, deficit].includes("rounding") ? "rounding" : "error";
}

/** What a balance's words say it is: what is left (结余), what is missing (赤字) or the gap with no direction (差额). */
const sideOf = (balance: Mention) => (/赤字$/.test(balance.label) ? "deficit" : /差额$/.test(balance.label) ? "gap" : "surplus");

/**
 * The sentence (of `sentences`) a total's chain opens in: the one stating the amount the chain adds to, when the chain
 * opens with “加上” after it (“全国一般公共预算支出284612.25亿元…。加上补充…,支出总量为285712.62亿元”); else the total's own.
 */
function chainOpening(sentences: readonly Place[], k: number): number {
  const place = sentences[k];
  const base = readChain(place.at.sentences, place.i)?.added[0];
  const at = base ? sentences.findIndex((p) => p.at.sentences[p.i].mentions.includes(base)) : -1;
  return at >= 0 && at < k ? at : k;
}

/**
 * “…基金收入21489亿元,比上年增长8.1%,其中:保险费收入17554亿元;…。支出19117亿元,…。本年收支结余2371亿元” (the 社会保险基金
 * wording; also “当年收支结余”): the year's balance is the one amount named 收入 less the one amount named 支出 stated before
 * it in its paragraph — the parts of a “其中” set aside (they are in the 收入), changes, budgets and bases set aside. More
 * than one amount of either name before the balance: which two it balances is in doubt, nothing is checked.
 */
export function checkYearBalances(parsed: readonly ParsedParagraph[], reading: Reading): Located[] {
  return parsed.flatMap((at) => {
    const before: Mention[] = [];
    const found: Located[] = [];
    for (const s of at.sentences) {
      const opened = s.sentence.search(/其中/);
      for (const m of s.mentions) {
        if (m.kind !== "amount" || m.depth !== 0 || !isStatedTotal(m)) continue;
        if (YEAR_BALANCE.test(m.label)) {
          const issue = yearBalanceIssue(before, m, reading, m.start);
          if (issue) found.push({ issue, at });
        }
        const inBreakdown = opened >= 0 && m.start > s.start + opened && /收入$/.test(m.label);
        if (!inBreakdown) before.push(m);
      }
    }
    return found;
  });
}

/**
 * “本年收支结余”, “当年收支结余”: the year's income less its spending. A 结余 of the year with no 收支 (“本年结余21.5万元” after
 * “上年结转65.34万元” and “财政收回统筹6.86万元”, 曾都 2024; “当年结余3.3亿元” of a 收入总计 with 上年结转 in it, 上海 2014) is
 * what is left at the year's end, what was carried in too: no balance of the two amounts alone.
 */
const YEAR_BALANCE = /^(?:本年|当年)收支结余$/;

function yearBalanceIssue(before: readonly Mention[], balance: Mention, reading: Reading, position: number): ClaimIssue | undefined {
  const income = before.filter((m) => /收入$/.test(m.label));
  const spending = before.filter((m) => /支出$/.test(m.label));
  if (income.length !== 1 || spending.length !== 1 || spending[0].start < income[0].start) return undefined;
  const { verdict } = reading.judgeSum(income[0], [spending[0], balance]);
  return verdict === "equal" ? undefined : balanceIssue(verdict, income[0], spending[0], balance, reading, position);
}

/** “收支相抵(后)”, “预算总收入减去支出”: group 1 says the spending taken away is named. */
const BALANCE = /^\s*(?:收支(?:总量)?相抵后?|[^，,。]*收入(减去)[^，,。]*支出)[，,]/;
/**
 * “收入总量减去支出总量后,省级结转资金218.4亿元”: the balance names both totals it takes (group 1 the income's, group 2 the
 * spending's); each is the one amount of the two sentences before whose name ends with it (namedTotal).
 */
const NAMED_BALANCE = /^\s*((?:收入(?:合计|总计|总量)|总收入))减去((?:支出(?:合计|总计|总量)|总支出))后?[，,]/;
const BALANCE_WORDS = /结余|结转|结存|赤字$|差额$/;
const NONE = /无结余|收支(?:决算)?平衡/;
const BALANCE_NAMES = { surplus: "结余", deficit: "赤字", gap: "差额" } as const;
const INCOME = /收入(?:合计|总计|总量)|总收入/;
const SPENDING = /支出(?:合计|总计|总量)|总支出/;

interface Place {
  at: ParsedParagraph;
  i: number;
}

/**
 * The total of the chain after “加上” in `place`, named by `words` — only when the chain adds up (a total its own chain
 * contradicts is found there, ./addition.ts, and ties no balance).
 */
function chainTotal(place: Place, words: RegExp, reading: Reading): Mention | undefined {
  const chain = readChain(place.at.sentences, place.i);
  if (!chain || !words.test(chain.total.label)) return undefined;
  return reading.judgeSum(chain.total, chain.added, "=", chain.subtracted).verdict === "error" ? undefined : chain.total;
}

/** The one stated amount of `places` whose name ends with `name` (“收入总量为4746.7亿元” for 收入总量); none if two are. */
function namedTotal(places: readonly Place[], name: string): Mention | undefined {
  const amounts = places
    .flatMap((p) => p.at.sentences[p.i].mentions)
    .filter((m) => m.kind === "amount" && m.depth === 0 && isStatedTotal(m) && m.label.endsWith(name));
  return amounts.length === 1 ? amounts[0] : undefined;
}

/** The spending total after “加上”; when the balance names what it takes away, also the one amount named 支出. */
function spendingOf(place: Place, named: boolean, reading: Reading): Mention | undefined {
  const total = chainTotal(place, SPENDING, reading);
  if (total || !named) return total;
  const amounts = place.at.sentences[place.i].mentions.filter((m) => m.kind === "amount" && m.depth === 0);
  return amounts.length === 1 && isStatedTotal(amounts[0]) && /支出$/.test(amounts[0].label) ? amounts[0] : undefined;
}

function balanceIssue(
  verdict: "rounding" | "error",
  income: Mention,
  spending: Mention,
  balance: Mention | undefined,
  reading: Reading,
  position: number,
): ClaimIssue {
  const { num, unit } = writtenUnit(income);
  const side = balance ? sideOf(balance) : "surplus";
  // a 赤字 (and a 差额 of more spent than received) is the spending less the income
  const deficit = side === "deficit" || (side === "gap" && reading.value(spending).greaterThan(reading.value(income)));
  const [from, less] = deficit ? [spending, income] : [income, spending];
  const right = reading.value(from).minus(reading.value(less));
  const equation = `${num(reading.value(from))} − ${num(reading.value(less))} = ${num(right)}${unit}`;
  const written = balance ? `${BALANCE_NAMES[side]}${balance.text}` : "无结余";
  return {
    rule: "total",
    verdict,
    target: balance,
    involved: [income, spending],
    position,
    subject: "收支相抵后的结余",
    headline:
      verdict === "rounding"
        ? `收支相抵写${written}，按 ${equation}，相差在四舍五入尾差范围内，请确认。`
        : `收支相抵写${written}，而 ${equation}：${BALANCE_NAMES[side]}或收入、支出总额有误。`,
    steps: [`${from.label} ${from.text}`, `${less.label} ${less.text}`, equation, `文中${written}`],
    message: `收支相抵：${from.label}${from.text}减${less.label}${less.text}为${num(right)}${unit}，文中写${written}。`,
    expected: num(right),
    actual: balance ? balance.printed : "0",
  };
}
