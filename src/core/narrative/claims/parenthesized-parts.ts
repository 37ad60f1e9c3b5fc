import { isPlainAmount, isPrior, isStatedTotal } from "./binding";
import type { SentenceClaims } from "./extract";
import { cleanLabel, type Mention } from "./mentions";
import { measureBrokenDown } from "./measure-breakdown";

/**
 * Names that make an amount no part of a list: words that only say which amount of the item follows (“预算数”), a new
 * whole (“合计”), or an amount that offsets a part or measures it against its plan (“其中留抵退税冲减收入194.35亿元” under a
 * 国内增值税 of 101.87亿元; “超收5,459万元”).
 */
export const NOT_A_PART = /^(?:支出|收入)?(?:决算|预算|执行|实际)数?$|合计|总计|总额|总数|总预算|总支出|总收入|[冲抵扣核]减|超收|短收|超支/;

/**
 * What parentheses right after a stated amount hold, read by their wording alone — each item a name and one plain amount
 * of this year at the next depth, and nothing else (no “其中”, no further parenthesis, no item without a name):
 * - two or more items: a breakdown of the amount (“收入合计109.69亿元(县本级87.87亿元,高新区 21.82亿元)”, 闽侯 2020), a list
 *   that may leave parts out unless its names are a known identity's every part (./complete-list.ts);
 * - one item: the amount's own restatement under other words (“社会公益类项目14万元(社会工作与志愿服务14万元)”, 汉滨 2019),
 *   or one main item of it — its wording cannot tell which.
 * A comparison base (“(上年120万元,决算95万元)”), a stage of the amount itself (“(年初预算数…,…追加到…)”), an amount a word
 * opens (“(含外债转贷额度3.65亿元)”, “(含均衡性转移支付收入166万元、…)”: “含” is no name) or a year with no name
 * (“(2022年30万元)”) makes the parentheses a remark: nothing is read. Items that all name one measure of a balance sheet
 * break down the clause's amount of that measure, wherever it stands before them (“资产总额4.7万亿元,负债总额1万亿元,净资产3.7
 * 万亿元(行政单位资产0.8万亿元,事业单位资产3.9万亿元)”: the 4.7); named in the gross measure after a net amount with no such
 * whole stated, they are a remark.
 */
export interface Parenthesized {
  /** The amount right before the parentheses. */
  amount: Mention;
  /** The amounts inside, in order. */
  items: Mention[];
}

export function parenthesizedItems(s: SentenceClaims): Parenthesized[] {
  return s.mentions.flatMap((amount) => {
    if (!isStatedTotal(amount) || !OPENING.test(s.sentence.slice(amount.end - s.start))) return [];
    const from = amount.end - s.start + OPENING.exec(s.sentence.slice(amount.end - s.start))![0].length;
    const closing = s.sentence.slice(from).search(/[)）]/);
    if (closing < 0) return [];
    const inside = s.sentence.slice(from, from + closing);
    if (/[（(]/.test(inside)) return [];
    const items = itemsOf(inside, s.start + from, s.mentions, amount.depth + 1);
    if (!items) return [];
    const whole = measureBrokenDown(clauseBefore(s, amount), items);
    if (whole) return [{ amount: whole, items }];
    return grossPartsOfNet(amount, items) ? [] : [{ amount, items }];
  });
}

/** The stated amounts of the amount's clause up to it, at its depth: the wholes parentheses after it may break down. */
const clauseBefore = (s: SentenceClaims, amount: Mention) =>
  s.mentions.filter((m) => m.clause === amount.clause && m.depth === amount.depth && m.end <= amount.end && isStatedTotal(m));
const OPENING = /^\s*[（(]/;

/**
 * A net amount (“净资产3.7万亿元”: 资产 − 负债) is a difference, not a sum of parts named in the gross measure: items that
 * do not say “净” (“(行政单位资产0.8万亿元,事业单位资产3.9万亿元)”, after “资产总额4.7万亿元,负债总额1万亿元,净资产3.7万亿元”,
 * 新京报 2019 on the 2018 行政事业性国有资产 report) break down the clause's gross amount, not the net one before them — read
 * against it when the clause states that measure once (./measure-breakdown.ts), else a remark.
 */
const grossPartsOfNet = (amount: Mention, items: readonly Mention[]) => NET.test(amount.label) && !items.some((m) => NET.test(m.label));
const NET = /净/;

/** The items of the parentheses' words (starting at `at` in the paragraph), each “name + amount”; undefined if any is not. */
function itemsOf(inside: string, at: number, mentions: readonly Mention[], depth: number): Mention[] | undefined {
  const pieces = [...inside.replace(THOUSANDS, "$1_").matchAll(/[^，,、；;]+/g)].filter((p) => p[0].trim() !== "");
  if (pieces.length === 0) return undefined;
  const items = pieces.map((piece) => {
    const [start, end] = [at + piece.index!, at + piece.index! + piece[0].trimEnd().length];
    const found = mentions.filter((m) => m.start >= start && m.end <= end);
    if (found.length !== 1) return undefined;
    const [m] = found;
    const words = inside.slice(start - at, m.start - at).trim();
    const name = cleanLabel(words);
    const named = name !== "" && !OPENED.test(words) && !NOT_A_PART.test(name) && !STAGE.test(name);
    return m.end === end && named && isPlainAmount(m) && !isPrior(m) && m.depth === depth ? m : undefined;
  });
  return items.every((m): m is Mention => !!m) ? items : undefined;
}
/** A thousands separator (“24,399.59”) is no item separator. */
const THOUSANDS = /(\d)[,，](?=\d{3}(?!\d))/g;
/** Words that open a remark on the amount, not a name of its own: “含” / “包括” / “其中” / “约”. */
const OPENED = /^(?:含|包含|包括|其中|约|即|合|折合)/;
/**
 * Words naming a stage of the amount itself — its budget at the start of the year, a revision, what it was raised to, a
 * reason — not a part of it: “预算数为9,564.38万元(年初预算数1,984.38万元,由于机构调整追加到9,564.38万元)” (国家邮政局 2012).
 */
export const STAGE = /年初|调整|追加|调[增减]|(?:预算|决算|执行)数|由于|原因/;
