import { toHalfWidth } from "../../numbers/parse-number";
import { itemNumber, opensPart } from "./item-numbers";
import { isStatedTotal } from "./binding";
import { completeIdentity, isPartOf, partOfWhole } from "./complete-list";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { OPENS_PARTS } from "./extract";
import { FIGURE_IDENTITIES } from "./figures";
import { listCulprit, type Relations } from "./culprit";
import { culpritIssue } from "./total-slips";

/**
 * A total broken down item by item in paragraphs of their own, each item one numbered paragraph carrying its amount at
 * its head:
 * - after a paragraph ending with “其中：” or another opener and its one total (“2023年实现区级一般公共预算收入282.18亿元，
 *   其中：” then “1.增值税71.77亿元，比2022年增长1.5%。”, “2.企业所得税52.89亿元…”; “…共分配福彩公益金972.749万元,主要安排
 *   用于以下项目:” then “(一)中央资金250.659万元。”, “(二)省级资金465万元。”…);
 * - under a numbered heading stating its own amount (“(一)老年人福利类共计15个项目,共计3599.76万元。” then “1、资助本区老年人
 *   日间服务中心建设项目105万元;” …): each heading is the total of its own run of a deeper level;
 * - after a lead paragraph stating one amount it calls a total right under a section heading (“二、本级体育彩票公益金使用情况”
 *   “2021年使用本级体育彩票公益金支出共16.43万元。” then “(一)群众体育支出” “资助或组织开展全民健身活动经费累计0.76万元。” …).
 * The items are the run of sibling paragraphs of one numbering level (./item-numbers.ts), 1, 2, 3 … without a gap. As
 * with a list inside one sentence (./subset-sum.ts): the items' sum above the total beyond rounding is an error; a sum
 * below it says nothing unless the list is complete — the lead says so (“共计”, “合计”, “共15个项目” with 15 items, “如下:”,
 * “分别是”) and every item states one amount only — or the items name every part of a known identity
 * (./complete-list.ts): a list may name only the main items, and an excerpt may stop inside it.
 */
export function checkEnumeratedLists(parsed: readonly ParsedParagraph[], reading: Reading, relations: Relations): Located[] {
  const out: Located[] = [];
  parsed.forEach((at, i) => {
    const lead = leadOf(parsed, i);
    const run = lead ? listRun(parsed, i, lead) : undefined;
    const parts = run?.parts ?? (lead && OPENS_LIST.test(at.paragraph.text) ? namedItems(parsed, i + 1, lead.total, lead.details) : []);
    const declared = !!run && run.whole && lead!.complete(run.parts.length);
    const issue = lead && parts.length >= 2 ? listIssue(lead, parts, declared, reading, relations) : undefined;
    if (issue) out.push({ at: parsed.find((p) => p.mentions.includes(issue.target!))!, issue });
    if (!lead?.opener && OPENS_DETAILS.test(at.paragraph.text)) out.push(...restatedParts(parsed, i, reading));
  });
  return out;
}

/** The total a paragraph states for the items below it, the words that open them, and whether they say the list is whole. */
interface Lead {
  total: Mention;
  /** “其中：”, “主要安排用于以下项目:” as written; none for a heading or a lead paragraph stating its total. */
  opener?: string;
  /** “具体情况如下:”: the lines below may be anything of the total's (its budget, its reason). */
  details: boolean;
  /** Its numbering level, when the lead is itself an item: its items are of a deeper one. */
  level?: number;
  /** The lead says its items are every part of the total, given how many are listed. */
  complete: (count: number) => boolean;
}

function leadOf(parsed: readonly ParsedParagraph[], i: number): Lead | undefined {
  const at = parsed[i];
  const text = at.paragraph.text;
  const number = itemNumber(text);
  const opening = openingTotal(at);
  if (opening) {
    const opener = OPENS_LIST.exec(text)?.[0].trim() ?? LEAD_OPENER.exec(text)![0].trim();
    return { total: opening.total, opener, details: OPENS_DETAILS.test(text), level: number?.level, complete: declaredWhole(opening.sentence, opener) };
  }
  // a heading stating another amount beside its own (“(一)本单位2021年度总收入581.45万元,其中本年收入390.55万元,…”) leaves
  // in doubt which one its items break down
  const heading = number && headAmount(at);
  const alone = heading && sentenceOf(at, heading).mentions.every((m) => m === heading || !candidate(m));
  if (heading && alone) return { total: heading, details: false, level: number.level, complete: declaredWhole(sentenceOf(at, heading).sentence, "") };
  // a paragraph of its own amount only is a lead when its words call it a total (“支出共16.43万元”): after a section
  // heading, numbered paragraphs may be anything else of the section (“(一)收入” “(二)支出”)
  const lone = !number && i > 0 && parsed[i - 1].heading && at.mentions.length === 1 && candidate(at.mentions[0]) ? at.mentions[0] : undefined;
  const words = lone && toHalfWidth(sentenceOf(at, lone).sentence);
  return words && WHOLE_WORDS.test(words) && !SOME_OF.test(words) ? { total: lone, details: false, complete: declaredWhole(words, "") } : undefined;
}
const sentenceOf = (at: ParsedParagraph, m: Mention) => at.sentences.find((s) => s.mentions.includes(m))!;

/**
 * Whether the lead's words say its items are the whole total: “共计”, “合计”, “总计”, “共16.43万元”, a count of items
 * (“共计15个项目”) equal to the items listed, a closing “如下：” or “分别是：”; never where they say the items are some of it
 * (“其中”, “主要”, “包括”, “等”) or count other than the items listed.
 */
function declaredWhole(sentence: string, opener: string): (count: number) => boolean {
  const words = toHalfWidth(sentence + opener);
  if (SOME_OF.test(words)) return () => false;
  const counted = COUNTED.exec(words);
  const says = WHOLE_WORDS.test(words) || WHOLE_OPENER.test(opener);
  return (count) => says && (!counted || Number(counted[1]) === count);
}
const SOME_OF = /其中|主要|包括|[等约]|部分|以上/;
const WHOLE_WORDS = /共计|合计|总计|共\s*\d/;
const WHOLE_OPENER = /(?:如下|分别是|分别为)\s*[:：]?\s*$/;
const COUNTED = /(\d{1,3})\s*(?:个项目|个|项)/;

/** A numbered paragraph's own amount at its head — “(一)资助项目类别( 残疾人事业 15.9万元)” by its only amount in parentheses. */
function headAmount(at: ParsedParagraph): Mention | undefined {
  const first = at.mentions[0];
  if (!first || first.kind !== "amount" || !at.sentences[0]?.mentions.includes(first)) return undefined;
  if (first.depth === 0) return candidate(first) ? first : undefined;
  const before = toHalfWidth(at.paragraph.text.slice(0, first.start));
  const remark = before.slice(before.lastIndexOf("(") + 1);
  return at.mentions.length === 1 && !/含|其中|包括/.test(remark) && isStatedTotal(first) ? first : undefined;
}

/**
 * An item's amount is its own when its words run straight to it (“1、资助本区老年人日间服务中心建设项目105万元;”): after a
 * clause break or “包括” (“(一)按支出功能分类,包括卫生健康支出(类)11654.33万元”) it is a part of the item, or a figure of another;
 * a colon only names the item (“1、节日慰问 :中秋节慰问贫困残疾人经费12万元。”).
 */
const ownHead = (at: ParsedParagraph, amount: Mention) => amount.label !== "" && !ITEM_BREAK.test(at.paragraph.text.slice(0, amount.start));
const ITEM_BREAK = /[，,；;。]|包括|其中|含/;

/**
 * Items of a run, and whether it can be whole: each item states one amount only, and the run does not stop at the end of
 * a text cut off (an excerpt whose last paragraph is left unfinished may stop inside the list).
 */
interface Run {
  parts: Mention[];
  whole: boolean;
}

/**
 * The run of sibling paragraphs right after the lead: numbered from 1 on one level, deeper than the lead's own, without
 * a gap; paragraphs of a deeper level between them are an item's own parts, paragraphs without figures say nothing; an
 * item heading with no amount (“(一)群众体育支出”) takes the one amount of the one paragraph under it. The run ends at a
 * paragraph of the lead's level or above, at another number of its own level (a gap leaves the list unread), and at a
 * paragraph with figures that is no item. After “具体情况如下:” only lines of one amount each of the total's measure are
 * items.
 */
function listRun(parsed: readonly ParsedParagraph[], i: number, lead: Lead): Run | undefined {
  const first = parsed[i + 1] && itemNumber(parsed[i + 1].paragraph.text);
  if (!first || first.n !== 1 || (lead.level !== undefined && first.level <= lead.level)) return undefined;
  const run = siblings(parsed, i + 1, first.level);
  // an item named as the total itself restates it (“(一)收入预算100万元” then “1.收入预算100万元…” “2.支出预算…”): no parts
  if (!run || run.parts.some((p) => p.label === lead.total.label)) return undefined;
  return !lead.details || (run.whole && run.parts.every((p) => sameMeasure(p, lead.total))) ? run : undefined;
}

function siblings(parsed: readonly ParsedParagraph[], from: number, level: number): Run | undefined {
  const parts: Mention[] = [];
  let single = true;
  // an item heading whose amount is in the paragraph under it
  let untold = false;
  for (let j = from; j < parsed.length; j++) {
    const at = parsed[j];
    const number = itemNumber(at.paragraph.text);
    if (number && number.level < level) break;
    if (number?.level === level) {
      if (untold || number.n !== parts.length + 1) return number.n === 1 && !untold ? { parts, whole: single } : undefined;
      const amount = headAmount(at);
      if (amount && !ownHead(at, amount)) return undefined;
      untold = !amount && at.mentions.length === 0;
      if (!amount && !untold) return undefined;
      if (amount) parts.push(amount);
      single &&= !amount || amountsIn(at) === 1;
    } else if (number) {
      if (untold) return undefined;
    } else if (at.mentions.length > 0) {
      if (!untold) return continues(parsed, j, level, parts.length) ? undefined : { parts, whole: single };
      if (amountsIn(at) !== 1 || !candidate(at.mentions[0])) return undefined;
      parts.push(at.mentions[0]);
      untold = false;
    }
  }
  return untold ? undefined : { parts, whole: single && FINISHED.test(parsed[parsed.length - 1].paragraph.text) };
}
const FINISHED = /[。；;！!？?]\s*$/;
const amountsIn = (at: ParsedParagraph) => at.mentions.filter((m) => m.kind === "amount").length;

/** Whether the numbering of the run goes on after the paragraph at `j` that stopped it: the list is then not all read. */
function continues(parsed: readonly ParsedParagraph[], j: number, level: number, count: number): boolean {
  for (let k = j + 1; k < parsed.length; k++) {
    const number = itemNumber(parsed[k].paragraph.text);
    if (number && number.level <= level) return number.level === level && number.n === count + 1;
  }
  return false;
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
 * The one amount of the sentence a paragraph's closing “其中：” (or any opener ending with “：”: “主要安排用于以下项目:”) breaks
 * down: its own, or — “其中：” standing alone after “。” (“…“三公”经费预算6.08亿元,较2023年只减不增,…。其中:”) — the
 * sentence's before it. An opener of reasons (“主要原因如下:”) opens no items of the amount.
 */
function openingTotal(at: ParsedParagraph): { total: Mention; sentence: string } | undefined {
  const { text } = at.paragraph;
  if (!OPENS_LIST.test(text) && !(LEAD_OPENER.test(text) && !REASONS.test(LEAD_OPENER.exec(text)![0]))) return undefined;
  const { sentences } = at;
  const alone = sentences.length > 1 && ONLY_OPENING.test(sentences[sentences.length - 1].sentence);
  const last = sentences[sentences.length - (alone ? 2 : 1)];
  const amounts = last?.mentions.filter(candidate) ?? [];
  return amounts.length === 1 ? { total: amounts[0], sentence: last.sentence } : undefined;
}
const ONLY_OPENING = /^\s*(?:其中|(?:具体|分项)[^。，,；;]{0,8}如下)\s*[:：]\s*$/;
/** The last clause of a paragraph that ends with “：”. */
const LEAD_OPENER = /[^。，,；;：:]*[:：]\s*$/;
const REASONS = /原因|理由/;

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
    if (opensSection(text)) break;
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
const opensSection = (text: string) => opensPart(text) || itemNumber(text)?.level === 0;

/**
 * The list's sum judged; a broken one names the figure its other relations leave (./culprit.ts): the total, as a list
 * with no other relation always did, or the one part that can be the slip (长乐 2017: “(二)公务用车购置及运行费1116.14万元。
 * 其中:” then “2、公务用车运行费1116.14万元” — the subtotal is confirmed by 三公), or the figures to check.
 *
 * `declared`: the lead says the items are the whole total (Lead.complete), each item stating one amount.
 */
function listIssue(lead: Lead, parts: Mention[], declared: boolean, reading: Reading, relations: Relations): ClaimIssue | undefined {
  const { total } = lead;
  if (new Set(parts.map((p) => p.label)).size < parts.length) return undefined;
  const identity = completeIdentity(total, parts);
  const complete = declared || !!identity;
  const { sum, verdict } = reading.judgeSum(total, parts, complete ? "=" : ">=");
  if (verdict !== "error") return undefined;
  const judged = identity && FIGURE_IDENTITIES[identity] ? identity : undefined;
  const culprit = listCulprit(total, parts, judged, !complete, reading, relations);
  if (culprit.at !== "total") return culpritIssue("listSum", { total, name: total.label || "合计", parts, names: parts.map((p) => p.label) }, culprit, reading);
  const { num, unit } = writtenUnit(total);
  const terms = parts.map((p) => num(reading.value(p))).join(" + ");
  const what = total.label || "合计";
  const short = sum.lessThan(reading.value(total));
  const gap = num(sum.minus(reading.value(total)).abs());
  const whole = identity ? `${identity}的全部` : "全部";
  return {
    rule: "listSum",
    verdict,
    target: total,
    involved: parts,
    subject: what,
    headline: short
      ? `${what}写${total.text}，其下逐条列出的${whole}${parts.length}项之和只有${num(sum)}${unit}，少${gap}${unit}：合计或某一项有误。`
      : `${what}写${total.text}，其下逐条列出的${parts.length}项之和已达${num(sum)}${unit}，超过合计${gap}${unit}：合计或某一项有误。`,
    steps: [
      `${terms} = ${num(sum)}${unit}`,
      `文中合计 ${total.text}`,
      identity ? `所列各项已是${identity}的全部组成部分` : declared ? "文中说明所列各项即合计的全部" : "所列各项是合计的一部分，之和不能超过合计",
    ],
    message: `“${total.rawLabel}${total.text}${lead.opener ? `，${lead.opener}` : ""}”及其下逐条所列各项 ${terms} = ${num(sum)}${unit}，${short ? "少于" : "超过"}所述合计。`,
    expected: num(sum),
    actual: total.printed,
  };
}
