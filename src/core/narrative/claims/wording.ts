import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { BUDGET_LABEL } from "./extract";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";

/**
 * Direction words about budget and actual (“决算数大于预算数的主要原因…”) against the amounts stated before
 * them in the paragraph: “年初预算为 1560.05 万元，支出决算为 1511.89 万元。决算数大于预算数…” is wrong.
 * “基本持平” is a judgement, not a claim of equality, and is never flagged. “超额完成预算” / “未完成预算” are read
 * the same way (决算 above / below 预算).
 */
const COMPARE =
  /决算数?\s*(?:(大于|高于|超过|多于)|(小于|低于|少于)|(等于)|(?:同|与)\s*(?:年初|全年)?预算数?\s*(持平|相等|一致|相同))\s*(年初|全年)?(?:预算数?)?/g;
/** “超额完成（年初）预算” says 决算 > 预算, “未（能）完成预算” says 决算 < 预算. */
const COMPLETION = /(超额完成|超预算完成)|(未能?完成)(?=(?:年初|全年)?预算)/g;
const ACTUAL = /决算|执行/;

type Relation = ">" | "<" | "=";

/** A direction phrase found in the text: what it claims, and which budget (年初/全年) it names. */
interface DirectionPhrase {
  text: string;
  index: number;
  relation: Relation;
  budgetWord?: string;
}

function directionPhrases(text: string): DirectionPhrase[] {
  const phrases: DirectionPhrase[] = [];
  for (const m of text.matchAll(COMPARE)) {
    const relation: Relation = m[1] ? ">" : m[2] ? "<" : "=";
    phrases.push({ text: m[0], index: m.index ?? 0, relation, budgetWord: m[5] ?? budgetWordIn(m[0]) });
  }
  for (const m of text.matchAll(COMPLETION)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4);
    phrases.push({ text: m[0], index: m.index ?? 0, relation: m[1] ? ">" : "<", budgetWord: budgetWordIn(m[0] + after) });
  }
  return phrases;
}

function budgetWordIn(text: string): string | undefined {
  return /全年/.test(text) ? "全年" : /年初/.test(text) ? "年初" : undefined;
}

export function checkCompareWords(at: ParsedParagraph): Located[] {
  const out: Located[] = [];
  for (const m of directionPhrases(at.paragraph.text)) {
    const relation = m.relation;
    const before = at.mentions.filter((x) => x.kind === "amount" && x.end <= m.index);
    const budgets = before.filter((x) => BUDGET_LABEL.test(x.label) && !/执行/.test(x.label));
    const word = m.budgetWord;
    const budget = (word && [...budgets].reverse().find((x) => x.label.includes(word))) || budgets[budgets.length - 1];
    const actual = budget && statedWith(budget, before, at.paragraph.text);
    if (!budget || !actual || !ACTUAL.test(actual.label) || budgets.includes(actual)) continue;
    const truth = relationOf(actual, budget);
    if (truth === relation || truth === "tail") continue;
    out.push({ at, issue: compareIssue(m.text, m.index, relation, truth, actual, budget) });
  }
  return out;
}

/**
 * The actual stated with the budget: the amount right after it (“预算为A，支出决算为B”) or right before it (“决算为B，完成全年
 * 预算A的p%”) in its sentence, no other amount between. Only that pair is the item's own: the last 决算 before the phrase may
 * be a part of a “其中” list (寻甸 2022: “…预算为145,500.00元,支出决算为390,118.10元…其中:…公务接待费支出决算为116,416.00元…
 * 决算数大于预算数” compares 390,118.10, not 116,416.00).
 */
function statedWith(budget: Mention, amounts: readonly Mention[], text: string): Mention | undefined {
  const i = amounts.indexOf(budget);
  const sameSentence = (a: Mention, b: Mention) => !/[。！？]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  return [amounts[i + 1], amounts[i - 1]].find((x) => x && ACTUAL.test(x.label) && sameSentence(x, budget));
}

/** The relation the printed amounts show; `tail` when only rounding separates them. */
function relationOf(actual: Mention, budget: Mention): Relation | "tail" {
  const verdict = judgeAmounts(actual.value, RoundingInterval.of(actual.value, actual.unit), budget.value, RoundingInterval.of(budget.value, budget.unit));
  if (verdict === "equal") return "=";
  if (verdict === "rounding") return "tail";
  return actual.value.greaterThan(budget.value) ? ">" : "<";
}

const WORD: Record<Relation, string> = { ">": "大于", "<": "小于", "=": "等于" };

function compareIssue(written: string, position: number, relation: Relation, truth: Relation, actual: Mention, budget: Mention): ClaimIssue {
  const right = `决算数${WORD[truth]}预算数`;
  return {
    rule: "compare",
    verdict: "error",
    involved: [actual, budget],
    position,
    span: { start: position, end: position + written.trimEnd().length },
    subject: "决算数与预算数的比较",
    headline: `写“${written.trim()}”，但决算${actual.text}${WORD[truth]}预算${budget.text}：应为“${right}”。`,
    steps: [`${budget.label} ${budget.text}`, `${actual.label} ${actual.text}`, `${actual.text} ${truth} ${budget.text}`, `文中写“${WORD[relation]}”`],
    message: `“${written.trim()}”：所述决算${actual.text}${WORD[truth]}预算${budget.text}，与“${WORD[relation]}”矛盾。`,
    expected: right,
    actual: written.trim(),
  };
}
