import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isPlainAmount } from "./binding";
import { namesSameFigure } from "./figures";
import { withoutItemNumber } from "./item-numbers";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { SentenceClaims } from "./extract";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * “区…会议批准调整一般公共预算收入预期数201.02亿元，…”, and paragraphs later “地方一般公共预算收入202.89亿元，为调整预期
 * 的100.9%”: a completion whose budget was stated earlier in the text. Tied only with certainty: the rate's words name
 * the measure (预期 / 预算 / 计划, with 调整 / 年初 / 全年 when they say it) and name no amount of their own; what was done is
 * the amount right before the rate in its clause; and exactly one amount stated before it names the same item with that
 * measure (“一般公共预算收入预期数” for “地方一般公共预算收入”). Several, or none: nothing is said.
 */
export function checkCarriedBudgets(parsed: readonly ParsedParagraph[], reading: Reading): Located[] {
  const earlier: Mention[] = [];
  const revised = new Set<Mention>();
  const out: Located[] = [];
  // under a heading naming the budget's revision (“2.镇…会议批准的预算调整方案。”), up to the next heading
  let revising = false;
  for (const at of parsed) {
    if (at.heading) revising = REVISION.test(at.paragraph.text);
    for (const s of at.sentences) {
      s.mentions.forEach((rate, i) => {
        const words = RATE_WORDS.exec(rate.label.replace(/\s+/g, ""));
        const actual = s.mentions[i - 1];
        if (rate.kind !== "percent" || !words || !actual || !isPlainAmount(actual) || actual.clause !== rate.clause || actual.groupSize !== 1) return;
        const budgets = [...earlier, ...s.mentions.slice(0, i - 1)].filter(
          (m) => isBudgetOf(m, actual, words[1], words[2]) || (revised.has(m) && isRevisedBudgetOf(m, actual, words[1], words[2])),
        );
        if (budgets.length !== 1) return;
        const issue = judge(rate, actual, budgets[0], reading, revised.has(budgets[0]) && !/调整/.test(budgets[0].rawLabel) ? "调整后" : "");
        if (issue) out.push({ issue, at });
      });
      earlier.push(...s.mentions);
      revisedAmounts(s, revising).forEach((m) => revised.add(m));
    }
  }
  return out;
}

/**
 * The revised budget's amounts, each named by its item alone — the 调整预算 of that item: after words saying the budget was
 * revised, those a clause “调整后,” opens, up to the sentence's end (“…对全区和区本级预算进行了调整,调整后,全区财政总收入为
 * 385,000万元,一般公共预算收入为126,600万元,…”, 播州 2020); and, in a sentence that names the budget's revision or under a
 * heading that does (`revising`), an amount whose own words say its item was revised to it (“2.…批准的预算调整方案。” then
 * “(1)收入总计调整为9877万元。”, 璧山 大兴 2024) — not its list's parts, whose measure only the list says.
 */
function revisedAmounts(s: SentenceClaims, revising: boolean): Mention[] {
  const opening = REVISED.exec(s.sentence);
  const from = opening ? s.start + opening.index + opening[0].length : Infinity;
  const plain = (m: Mention) => m.kind === "amount" && isPlainAmount(m) && m.groupSize === 1;
  const revisedTo = revising || REVISION.test(s.sentence);
  return s.mentions.filter((m) => plain(m) && ((m.start >= from && ITEM_ONLY.test(m.rawLabel)) || (revisedTo && namesRevisedItem(m))));
}
/** A year in an item's words (“将我区2022年一般公共预算收入调整为”, 迎泽 2022) is no number of the sentence. */
const YEAR = /\d{4}年度?/g;
const REVISED = /预算[^。；;]*?调整[^。；;]*?[，,]\s*调整后\s*[，,]/;
const REVISION = /预算调整|调整预算/;
/** An item's name and “为” at most: no measure, change or remark of its own (“一般公共预算收入为”). */
const ITEM_ONLY = /^[^\d（）()]+?为?$/;
/** An item's name, after its outline number at most, then “调整为” (“(1)收入总计调整为”): no “由…” revision of an amount. */
const namesRevisedItem = (m: Mention) => REVISED_TO.test(withoutItemNumber(m.rawLabel).replace(YEAR, ""));
const REVISED_TO = /^[^\d（）()由]+?调整为$/;

/** A revised budget (revisedAmounts) is the budget a rate “为调整预算的” or “为预算的” names, when its item is the actual's. */
function isRevisedBudgetOf(m: Mention, actual: Mention, kind: string | undefined, measure: string): boolean {
  if (measure !== "预算" || (kind && kind !== "调整")) return false;
  const item = m.label.replace(/\s+/g, "").replace(/调整为?$/, "");
  return namesSameFigure(item.replace(SCOPE, ""), actual.label.replace(/\s+/g, "").replace(SCOPE, ""));
}

/** “为调整预期的”, “完成年初预算的”: the budget's kind and measure, no amount of its own. */
const RATE_WORDS = /^(?:为|完成)(调整|年初|全年)?(预期|预算|计划)数?的$/;
/** After what approved it (“…会议批准”), a budget's words: its kind, its item, its measure (“调整一般公共预算收入预期数”). */
const BUDGET_WORDS = /^(调整后?|年初|全年)?(.+?)(?:调整后?|年初|全年)?(预期|预算|计划)数?$/;
const APPROVED = /^.*(?:批准|通过)/;
/** Scope words before an item name that do not change which item it is (“地方一般公共预算收入”). */
const SCOPE = /^(?:地方|本级|全区|全县|全市|全省)/;

function isBudgetOf(m: Mention, actual: Mention, kind: string | undefined, measure: string): boolean {
  if (m.kind !== "amount" || !isPlainAmount(m) || m.groupSize !== 1) return false;
  const words = m.rawLabel.replace(/\s+/g, "").replace(APPROVED, "");
  const found = BUDGET_WORDS.exec(words);
  if (!found || found[3] !== measure || (kind && !words.includes(kind))) return false;
  return namesSameFigure(found[2], actual.label.replace(/\s+/g, "").replace(SCOPE, ""));
}

/** `revision`: the words that make the budget's amount a budget when its own words do not (“调整后”). */
function judge(rate: Mention, actual: Mention, budget: Mention, reading: Reading, revision: string): ClaimIssue | undefined {
  const allowed = percentInterval(reading.interval(actual), reading.interval(budget));
  if (!allowed) return undefined;
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return undefined;
  const { num } = writtenUnit(actual);
  const expected = percentOf(reading.value(actual), reading.value(budget));
  const equation = `${num(reading.value(actual))}÷${num(reading.value(budget))}`;
  return {
    rule: "completion",
    verdict,
    target: rate,
    involved: [actual, budget],
    subject: "完成率",
    headline: derivedHeadline(verdict, "完成率", rate.text, expected, equation),
    steps: [`前文 ${revision}${quoted(budget)}`, `${quoted(actual)}`, `完成率 = ${equation} = ${expected}`, `文中写 ${rate.text}`],
    message: `“${quoted(actual)}，${rate.rawLabel}${rate.text}”：前文${revision}${quoted(budget)}，完成率应为 ${equation} = ${expected}，文中写${rate.text}。`,
    expected,
    actual: rate.printed,
  };
}
