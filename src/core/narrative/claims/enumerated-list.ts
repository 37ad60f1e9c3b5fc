import { toHalfWidth } from "../../numbers/parse-number";
import { isStatedTotal } from "./binding";
import { completeIdentity, isPartOf, partOfWhole } from "./complete-list";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { OPENS_PARTS } from "./extract";
import { FIGURE_IDENTITIES } from "./figures";
import { culpritOf, type Relations } from "./culprit";
import { culpritIssue } from "./total-slips";

/**
 * A “其中” list numbered one item a line: “2023年实现区级一般公共预算收入282.18亿元，其中：” then “1.增值税71.77亿元，
 * 比2022年增长1.5%。”, “2.企业所得税52.89亿元…” …; “(一)201-一般公共服务支出23653万元…，其中：” then “1、20103-政府办公
 * 厅(室)及相关机构事务9185万元…”. The paragraph ends with “其中：” after its one total; each following paragraph opens with
 * the next number (1, 2, 3 … without a gap) and its first amount is that item's. As with a list inside one
 * sentence (./subset-sum.ts): the items' sum above the total beyond rounding is an error; a sum below it says
 * nothing unless the items name every part of a known identity (./complete-list.ts) — a list may name only the
 * main items, and an excerpt may stop inside it.
 */
export function checkEnumeratedLists(parsed: readonly ParsedParagraph[], reading: Reading, relations: Relations): Located[] {
  const out: Located[] = [];
  parsed.forEach((at, i) => {
    const total = openingTotal(at);
    // after “具体情况如下:” a numbered line may be anything of the total's (its budget, its reason): items of its known whole only
    const details = OPENS_DETAILS.test(at.paragraph.text);
    const numbered = total && !details ? numberedItems(parsed, i + 1) : [];
    const parts = total && numbered.length === 0 ? namedItems(parsed, i + 1, total, details) : numbered;
    const issue = total && parts.length >= 2 ? listIssue(total, parts, OPENS_LIST.exec(at.paragraph.text)![0].trim(), reading, relations) : undefined;
    if (issue) out.push({ at: issue.target === total ? at : parsed.find((p) => p.mentions.includes(issue.target!))!, issue });
    if (!total && details) out.push(...restatedParts(parsed, i, reading));
  });
  return out;
}

/**
 * “…“三公”经费支出预算为11.4万元,…。其中:因公出国(境)费支出预算为0万元,公务接待费支出预算为7.4万元,公务用车购置及运行费
 * 支出预算为4万元。具体情况如下:” then “(二)公务接待费预算7.4万元,…”: the details restate the parts the “其中” sentence
 * listed — an item of the known whole stated again below with another value is one of the two figures wrong.
 */
function restatedParts(parsed: readonly ParsedParagraph[], i: number, reading: Reading): Located[] {
  const { sentences } = parsed[i];
  const alone = sentences.length > 2 && ONLY_OPENING.test(sentences[sentences.length - 1].sentence);
  const [before, summary] = alone ? sentences.slice(-3, -1) : [];
  const totals = before?.mentions.filter(candidate) ?? [];
  if (!summary || !OPENS_PARTS.test(summary.sentence) || totals.length !== 1) return [];
  const listed = summary.mentions.filter(candidate);
  const figureOf = (m: Mention) => partOfWhole(totals[0], m);
  return namedItems(parsed, i + 1, totals[0], true).flatMap((item) => {
    const same = listed.filter((m) => figureOf(m) === figureOf(item) && sameMeasure(m, item));
    if (same.length !== 1 || reading.judgeSum(same[0], [item]).verdict !== "error") return [];
    const at = parsed.find((p) => p.mentions.includes(item))!;
    return [{ at, issue: restatedIssue(item, same[0], parsed[i], reading) }];
  });
}
/** No two measures: a budget below a list of actuals is another figure (words naming none are of the list's). */
const sameMeasure = (a: Mention, b: Mention) => !measureOf(a) || !measureOf(b) || measureOf(a) === measureOf(b);
const measureOf = (m: Mention) => (/决算|实际|执行|支出数/.test(m.label) ? "决算" : /预算/.test(m.label) ? "预算" : undefined);

function restatedIssue(item: Mention, listed: Mention, where: ParsedParagraph, reading: Reading): ClaimIssue {
  const { num } = writtenUnit(listed);
  const there = `第${where.paragraph.index}段“其中”所列“${listed.rawLabel.trim()}${listed.text}”`;
  return {
    rule: "repeated",
    verdict: "error",
    target: item,
    involved: [listed],
    subject: item.label,
    headline: `${item.label}此处写${item.text}，而${there}：同一数字两处不同，至少一处有误，请核对。`,
    steps: [`${there}`, `此处 ${item.rawLabel.trim()}${item.text}`],
    message: `“${item.rawLabel.trim()}${item.text}”：与${there}不一致。`,
    expected: num(reading.value(listed)),
    actual: item.printed,
  };
}

/**
 * “其中：”, “具体情况如下：”, or what was done item by item (“一般公共预算收入317406万元,占调整预算100.1%,与上年基本持平,具体完成
 * 情况:” then “(1)增值税63728万元,…”, “(2)企业所得税28065万元,…”): each numbered line's first amount is an item's.
 */
const OPENS_LIST = /(?:其中|(?:具体|分项)[^。，,；;]{0,8}如下|(?:具体|各项|主要项目)完成情况(?:是|为)?)\s*[:：]\s*$/;
/** “具体情况如下:”, “具体预算安排情况如下:”: the details follow, numbered or under headings. */
const OPENS_DETAILS = /(?:具体|分项)[^。，,；;]{0,8}如下\s*[:：]\s*$/;
const candidate = (m: Mention) => isStatedTotal(m) && m.depth === 0;

/**
 * The one amount of the sentence a paragraph's closing “其中：” breaks down: its own, or — “其中：” standing alone after
 * “。” (“…“三公”经费预算6.08亿元,较2023年只减不增,…。其中:”) — the sentence's before it.
 */
function openingTotal(at: ParsedParagraph): Mention | undefined {
  if (!OPENS_LIST.test(at.paragraph.text)) return undefined;
  const { sentences } = at;
  const alone = sentences.length > 1 && ONLY_OPENING.test(sentences[sentences.length - 1].sentence);
  const last = sentences[sentences.length - (alone ? 2 : 1)];
  const amounts = last?.mentions.filter(candidate) ?? [];
  return amounts.length === 1 ? amounts[0] : undefined;
}
const ONLY_OPENING = /^\s*(?:其中|(?:具体|分项)[^。，,；;]{0,8}如下)\s*[:：]\s*$/;

/** “1.增值税…”, “2、…”, “(3)…”, “（4）…”, “１．…”: the item number a paragraph opens with. */
const ITEM_NUMBER = /^\s*(?:(\d{1,2})\s*[.．、](?!\d)|[（(](\d{1,2})[)）])/;

/** The first amount of each numbered paragraph from `from` on, numbered 1, 2, 3 … without a gap. */
function numberedItems(parsed: readonly ParsedParagraph[], from: number): Mention[] {
  const parts: Mention[] = [];
  for (let j = from; j < parsed.length; j++) {
    const number = ITEM_NUMBER.exec(toHalfWidth(parsed[j].paragraph.text));
    if (!number || Number(number[1] ?? number[2]) !== parts.length + 1) break;
    const first = parsed[j].mentions[0];
    if (!first || !candidate(first) || first.label === "") return [];
    parts.push(first);
  }
  return parts;
}

/**
 * Paragraphs from `from` on, each opening with one part of the total's known whole by its own words and its amount —
 * after a closing “其中:” not numbered (“…“三公”经费支出预算合计24.75万元,比上年预算数减少4.65万元。其中:” then “因公出国(境)
 * 经费支出预算0万元,…”, “公务用车购置费支出预算0万元,…”, “公务用车运行维护费支出预算8.2万元;…”, “公务接待费支出预算16.55万元,…”),
 * after “具体情况如下:” numbered or under headings too (“(二)公务接待费” then “公务接待费3.57万元。…”). Paragraphs stating no
 * figure (headings, “年初由财政预算集中管理…”) say nothing, nor do the parts of a part listed before (its own list); the list
 * ends at the first paragraph that opens with anything else and at a new section (“三、”), and a part named twice, or a
 * whole after its parts, leaves it unread. Nothing but the words of a known identity
 * (./complete-list.ts) ties such a paragraph to the total above: an item of another name may be anything.
 */
function namedItems(parsed: readonly ParsedParagraph[], from: number, total: Mention, numbered: boolean): Mention[] {
  const parts: Mention[] = [];
  const figures = new Set<string>();
  const years = new Set([...parsed[from - 1].paragraph.text.matchAll(/(\d{4})\s*年/g)].map((m) => m[1]));
  for (let j = from; j < parsed.length; j++) {
    const text = toHalfWidth(parsed[j].paragraph.text);
    if (NEW_SECTION.test(text)) break;
    const first = parsed[j].mentions[0];
    if (!first) {
      if (numbered) continue;
      break;
    }
    const before = OPENING.exec(text.slice(0, first.start).replace(first.rawLabel.trim(), ""));
    const opens = before && (!numbered ? !before[1] : true) && (!before[2] || years.has(before[2])) && candidate(first);
    const figure = opens ? partOfWhole(total, first) : undefined;
    if (!figure) break;
    // “3、公务用车购置及运行费支出7.5万元,其中:” then “(1)、公务用车运行维护费7.50万元”: a part's own parts are its list's
    if ([...figures].some((listed) => isPartOf(figure, listed))) continue;
    if (figures.has(figure) || [...figures].some((listed) => isPartOf(listed, figure))) return [];
    figures.add(figure);
    parts.push(first);
  }
  return parts;
}
/** What may stand before an item's own words at the opening of its paragraph: its number, then the total's year. */
const OPENING = /^\s*((?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）][、.．]?)?\s*(?:(\d{4})\s*年度?\s*)?$/;
/** A section of the level above the list's (“三、…”, “第二部分”). */
const NEW_SECTION = /^\s*(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]+部分)/;

/**
 * The list's sum judged; a broken one names the figure its other relations leave (./culprit.ts): the total, as a list
 * with no other relation always did, or the one part that can be the slip (长乐 2017: “(二)公务用车购置及运行费1116.14万元。
 * 其中:” then “2、公务用车运行费1116.14万元” — the subtotal is confirmed by 三公), or the figures to check.
 *
 * `opener`: the words that open the list, as written (“其中：”, “具体完成情况:”).
 */
function listIssue(total: Mention, parts: Mention[], opener: string, reading: Reading, relations: Relations): ClaimIssue | undefined {
  if (new Set(parts.map((p) => p.label)).size < parts.length) return undefined;
  const complete = completeIdentity(total, parts);
  const { sum, verdict } = reading.judgeSum(total, parts, complete ? "=" : ">=");
  if (verdict !== "error") return undefined;
  const judged = complete && FIGURE_IDENTITIES[complete] ? complete : undefined;
  const culprit = culpritOf({
    total,
    parts,
    value: (m) => reading.value(m),
    standing: (m, at) => (m === total ? relations.ofTotal(m, judged, at) : relations.ofPart(m, judged, at)),
    confirmedBy: (at) => relations.confirmationOf(total, judged, at),
    accusedBy: (m, at) => relations.accusationOf(m, judged, at),
    partial: !complete,
    bounds: { interval: (m) => reading.interval(m), least: (m) => relations.least(m) },
  });
  if (culprit.at !== "total") return culpritIssue("listSum", { total, name: total.label || "合计", parts, names: parts.map((p) => p.label) }, culprit, reading);
  const { num, unit } = writtenUnit(total);
  const terms = parts.map((p) => num(reading.value(p))).join(" + ");
  const what = total.label || "合计";
  const short = sum.lessThan(reading.value(total));
  const gap = num(sum.minus(reading.value(total)).abs());
  return {
    rule: "listSum",
    verdict,
    target: total,
    involved: parts,
    subject: what,
    headline: short
      ? `${what}写${total.text}，其下逐条列出的${complete}的全部${parts.length}项之和只有${num(sum)}${unit}，少${gap}${unit}：合计或某一项有误。`
      : `${what}写${total.text}，其下逐条列出的${parts.length}项之和已达${num(sum)}${unit}，超过合计${gap}${unit}：合计或某一项有误。`,
    steps: [
      `${terms} = ${num(sum)}${unit}`,
      `文中合计 ${total.text}`,
      complete ? `所列各项已是${complete}的全部组成部分` : "“其中”各项是合计的一部分，之和不能超过合计",
    ],
    message: `“${total.rawLabel}${total.text}，${opener}”及其下逐条所列各项 ${terms} = ${num(sum)}${unit}，${short ? "少于" : "超过"}所述合计。`,
    expected: num(sum),
    actual: total.printed,
  };
}
