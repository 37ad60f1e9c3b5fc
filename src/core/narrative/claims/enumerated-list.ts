import { toHalfWidth } from "../../numbers/parse-number";
import { isStatedTotal } from "./binding";
import { completeIdentity, partOfWhole } from "./complete-list";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * A “其中” list numbered one item a line: “2023年实现区级一般公共预算收入282.18亿元，其中：” then “1.增值税71.77亿元，
 * 比2022年增长1.5%。”, “2.企业所得税52.89亿元…” …; “(一)201-一般公共服务支出23653万元…，其中：” then “1、20103-政府办公
 * 厅(室)及相关机构事务9185万元…”. The paragraph ends with “其中：” after its one total; each following paragraph opens with
 * the next number (1, 2, 3 … without a gap) and its first amount is that item's. As with a list inside one
 * sentence (./subset-sum.ts): the items' sum above the total beyond rounding is an error; a sum below it says
 * nothing unless the items name every part of a known identity (./complete-list.ts) — a list may name only the
 * main items, and an excerpt may stop inside it.
 */
export function checkEnumeratedLists(parsed: readonly ParsedParagraph[], reading: Reading): Located[] {
  const out: Located[] = [];
  parsed.forEach((at, i) => {
    const total = openingTotal(at);
    const numbered = total ? numberedItems(parsed, i + 1) : [];
    const parts = total && numbered.length === 0 ? namedItems(parsed, i + 1, total) : numbered;
    const issue = total && parts.length >= 2 ? listIssue(total, parts, reading) : undefined;
    if (issue) out.push({ at, issue });
  });
  return out;
}

const OPENS_LIST = /其中\s*[:：]\s*$/;
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
const ONLY_OPENING = /^\s*其中\s*[:：]\s*$/;

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
 * Paragraphs from `from` on, not numbered, each opening with one part of the total's known whole by its own words and
 * its amount (“…“三公”经费支出预算合计24.75万元,比上年预算数减少4.65万元。其中:” then “因公出国(境)经费支出预算0万元,…”,
 * “公务用车购置费支出预算0万元,…”, “公务用车运行维护费支出预算8.2万元;…”, “公务接待费支出预算16.55万元,…”): the list ends
 * at the first paragraph that does not so open, and a part named twice leaves it unread. Nothing but the words of a known
 * identity (./complete-list.ts) ties such a paragraph to the total above: an item of another name may be anything.
 */
function namedItems(parsed: readonly ParsedParagraph[], from: number, total: Mention): Mention[] {
  const parts: Mention[] = [];
  const figures = new Set<string>();
  for (let j = from; j < parsed.length; j++) {
    const first = parsed[j].mentions[0];
    const opens = first && candidate(first) && OPENING_YEAR.test(parsed[j].paragraph.text.slice(0, first.start).replace(first.rawLabel.trim(), ""));
    const figure = opens ? partOfWhole(total, first) : undefined;
    if (!figure) break;
    if (figures.has(figure)) return [];
    figures.add(figure);
    parts.push(first);
  }
  return parts;
}
/** Only a year may stand before an item's own words at the opening of its paragraph (“2018年公务用车购置经费预算数0万元”). */
const OPENING_YEAR = /^\s*(?:\d{4}\s*年度?\s*)?$/;

function listIssue(total: Mention, parts: Mention[], reading: Reading): ClaimIssue | undefined {
  if (new Set(parts.map((p) => p.label)).size < parts.length) return undefined;
  const complete = completeIdentity(total, parts);
  const { sum, verdict } = reading.judgeSum(total, parts, complete ? "=" : ">=");
  if (verdict !== "error") return undefined;
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
    message: `“${total.rawLabel}${total.text}，其中：”及其下逐条所列各项 ${terms} = ${num(sum)}${unit}，${short ? "少于" : "超过"}所述合计。`,
    expected: num(sum),
    actual: total.printed,
  };
}
