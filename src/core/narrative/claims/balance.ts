import { isStatedTotal } from "./binding";
import { readChain } from "./addition";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * “…收入总计2411.8亿元。…支出总计2315.2亿元。收支相抵,年终结余结转96.6亿元” (the 预算执行 / 决算 report's balance): the
 * balance is the income total less the spending total of the two sentences right before it, in the same paragraph or
 * across paragraphs (“收支相抵后,政府性基金结余57,685万元” as a paragraph of its own). Tied with certainty only when
 * - the sentence right before states the spending total as the sum after “加上” (./addition.ts), and the one before
 *   that the income total the same way; or, when the balance says what is taken away (“预算总收入减去支出”), the
 *   sentence right before states one amount named 支出 and the one before that the income total after “加上”;
 * - the balance sentence opens with 收支相抵 / “…收入减去支出” and states one amount named 结余 / 结转 — or none
 *   and says there is no balance (“年终无结余结转”, “收支平衡”: 0).
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
    const spending = named ? namedTotal(before, named[2]) : spendingOf(sentences[k - 1], !!opening[1]);
    const income = named ? namedTotal(before, named[1]) : chainTotal(sentences[k - 2], INCOME);
    if (!spending || !income) return [];
    const { verdict } = reading.judgeSum(income, balance ? [spending, balance] : [spending]);
    if (verdict === "equal") return [];
    return [{ issue: balanceIssue(verdict, income, spending, balance, reading, s.start + opening.index), at: place.at }];
  });
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

const YEAR_BALANCE = /^(?:本年|当年)(?:收支)?结余$/;

function yearBalanceIssue(before: readonly Mention[], balance: Mention, reading: Reading, position: number): ClaimIssue | undefined {
  const income = before.filter((m) => /收入$/.test(m.label));
  const spending = before.filter((m) => /支出$/.test(m.label));
  if (income.length !== 1 || spending.length !== 1 || spending[0].start < income[0].start) return undefined;
  const { verdict } = reading.judgeSum(income[0], [spending[0], balance]);
  return verdict === "equal" ? undefined : balanceIssue(verdict, income[0], spending[0], balance, reading, position);
}

/** “收支相抵(后)”, “预算总收入减去支出”: group 1 says the spending taken away is named. */
const BALANCE = /^\s*(?:收支相抵后?|[^，,。]*收入(减去)[^，,。]*支出)[，,]/;
/**
 * “收入总量减去支出总量后,省级结转资金218.4亿元”: the balance names both totals it takes (group 1 the income's, group 2 the
 * spending's); each is the one amount of the two sentences before whose name ends with it (namedTotal).
 */
const NAMED_BALANCE = /^\s*((?:收入(?:合计|总计|总量)|总收入))减去((?:支出(?:合计|总计|总量)|总支出))后?[，,]/;
const BALANCE_WORDS = /结余|结转|结存/;
const NONE = /无结余|收支(?:决算)?平衡/;
const INCOME = /收入(?:合计|总计|总量)|总收入/;
const SPENDING = /支出(?:合计|总计|总量)|总支出/;

interface Place {
  at: ParsedParagraph;
  i: number;
}

function chainTotal(place: Place, words: RegExp): Mention | undefined {
  const chain = readChain(place.at.sentences, place.i);
  return chain && words.test(chain.total.label) ? chain.total : undefined;
}

/** The one stated amount of `places` whose name ends with `name` (“收入总量为4746.7亿元” for 收入总量); none if two are. */
function namedTotal(places: readonly Place[], name: string): Mention | undefined {
  const amounts = places
    .flatMap((p) => p.at.sentences[p.i].mentions)
    .filter((m) => m.kind === "amount" && m.depth === 0 && isStatedTotal(m) && m.label.endsWith(name));
  return amounts.length === 1 ? amounts[0] : undefined;
}

/** The spending total after “加上”; when the balance names what it takes away, also the one amount named 支出. */
function spendingOf(place: Place, named: boolean): Mention | undefined {
  const total = chainTotal(place, SPENDING);
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
  const right = reading.value(income).minus(reading.value(spending));
  const equation = `${num(reading.value(income))} − ${num(reading.value(spending))} = ${num(right)}${unit}`;
  const written = balance ? `结余${balance.text}` : "无结余";
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
        : `收支相抵写${written}，而 ${equation}：结余或收入、支出总额有误。`,
    steps: [`${income.label} ${income.text}`, `${spending.label} ${spending.text}`, equation, `文中${written}`],
    message: `收支相抵：${income.label}${income.text}减${spending.label}${spending.text}为${num(right)}${unit}，文中写${written}。`,
    expected: num(right),
    actual: balance ? balance.printed : "0",
  };
}
