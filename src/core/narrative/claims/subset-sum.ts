import { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { baseMeasure, COMPLETION_AMOUNT, DETAIL, INCLUDES_OPENING, isBound, isPlainAmount, isPrior, isStatedTotal, VIEW, VIEW_OPENING } from "./binding";
import { ADD } from "./addition";
import { completeIdentity, completeNames } from "./complete-list";
import { isNilItem, nilItems } from "./nil-items";
import { baseAfter, semicolonParts, type SentenceClaims } from "./extract";
import { writtenUnit, type ClaimIssue } from "./issue";
import { FIGURE_IDENTITIES, flowNamed, fundNamed, nameCore } from "./figures";
import { listCulprit, type Relations } from "./culprit";
import { culpritIssue } from "./total-slips";
import { cleanLabel, type Mention } from "./mentions";
import type { Reading } from "./reading";
import { listUnitSlip } from "./unit-slip";
import { NOT_A_PART, parenthesizedItems } from "./parenthesized-parts";
import { usesList } from "./uses-list";
import { closedByShares, continuedList } from "./continued-list";
import { balanceRole, namesThisYear } from "./balance-roles";
import { withoutHeld } from "./held-items";
import { namesMeasureOf, partsOfMeasure } from "./measure-breakdown";
import { sectionNumberAt } from "./item-numbers";

/**
 * “事业运行经费总预算A元，其中：基本支出预算B元，项目支出预算C元” / “一般公共预算收入53.24亿元，其中：税收收入
 * 33.31亿元…；非税收入19.93亿元…”: the amounts listed after “其中” are parts of the amount before it, whatever the
 * total is called (the catalogue need not know it). Parts are subsets, so
 * - their sum above the total beyond rounding is certain: an error (the total or one of the parts is wrong);
 * - an exact sum confirms the list;
 * - a sum below the total says nothing: the corpus shows 其中 lists that name only the main parts (“其中，执勤执法
 *   车辆购置经费3198.74万元” of about 1亿元; three units of 公务接待费 out of more), so no warning either —
 *   unless the list names every part of a known identity under that identity's whole (./complete-list.ts):
 *   then the parts must add up to the total.
 * Figures written “约X” (“三公经费支出约4.9亿元。其中，…约为3.5亿元…”) state no exact sum: each stands for what
 * RoundingInterval.approximate allows, and a list that breaks the sum even so is a warning naming the figures,
 * never an error.
 * Read only where the list is plain: one “其中” (or “在X当中”, X the total's own name) in the sentence, every part an amount with its own name at the
 * list's depth (in its clause, or the clause before: “公务用车购置及运行费花费最高，约为3.5亿元”), no part that only
 * says which amount of its item follows (“预算为1万元，支出决算为0.53万元” lists one item twice), no name twice
 * (“其中货物类…计划金额…实际金额…；工程类…计划金额…” states several measures of each part) and no new whole among
 * them (“；支出合计…”); the list ends at a section numeral (“三、”).
 */
export function checkSubsetSum(s: SentenceClaims, reading: Reading, relations: Relations, next: readonly SentenceClaims[] = []): ClaimIssue[] {
  return listsOf(s, next).flatMap(({ list, mentions }) => checkList(list, reading, relations, mentions));
}

/** The lists of a sentence, each with the amounts of the stretch it was read in. */
function listsOf(s: SentenceClaims, next: readonly SentenceClaims[]): { list: List; mentions: readonly Mention[] }[] {
  return [
    ...segments(s).flatMap((segment) => subsetLists(segment).map((list) => ({ list: continued(list, segment, s, next), mentions: segment.mentions }))),
    ...listsInParentheses(s).map((list) => ({ list, mentions: s.mentions })),
    ...(s.measureLists ?? []).map((list) => ({ list: { ...list, opener: "其中" }, mentions: s.mentions })),
    ...usesOf(s)
      .filter((list) => !!list.whole)
      .map((list) => ({ list, mentions: s.mentions })),
  ].map(({ list, mentions }) => ({ list: withoutHeld(list), mentions }));
}

/**
 * The uses of an amount with no list opener (./uses-list.ts), as a list: complete when what is left closes it (its whole the
 * amount's own name), else read only as a relation where it adds up (./standing.ts).
 */
export function usesOf(s: SentenceClaims): List[] {
  const uses = usesList(s);
  return uses ? [{ total: uses.total, parts: uses.uses, opener: uses.opener, ...(uses.closed ? { whole: uses.total.label || "合计" } : {}) }] : [];
}

/** Every list of a sentence (`next`: the sentences after it), as checkSubsetSum reads it. */
export function textLists(s: SentenceClaims, next: readonly SentenceClaims[]): Pick<List, "total" | "parts">[] {
  return listsOf(s, next).map(({ list }) => list);
}

/** The lists of a sentence (`next`: the sentences after it) that name every part of a known whole: their sum is their total. */
export function completeLists(s: SentenceClaims, next: readonly SentenceClaims[]): Pick<List, "total" | "parts">[] {
  return listsOf(s, next)
    .map(({ list }) => list)
    .filter((list) => !!wholeOf(list));
}

/** The known whole a list names every part of (./complete-list.ts), if any. */
const wholeOf = ({ total, parts, whole, nil = [] }: List) => whole ?? completeNames(total.label, [...parts.map((p) => p.label), ...nil]);

/**
 * “收入合计109.69亿元(县本级87.87亿元,高新区 21.82亿元)” (闽侯 2020), “新增地方政府债务限额861亿元(一般债务限额203亿元,专项债务限额658亿元)”:
 * two or more named amounts in parentheses right after an amount, and nothing else there (./parenthesized-parts.ts), break it
 * down as a “其中” list does — parts that may leave some out, unless they name every part of a known identity of the amount
 * (./complete-list.ts): their sum is then the amount's.
 */
export function listsInParentheses(s: SentenceClaims): List[] {
  return parenthesizedItems(s)
    .filter(({ items }) => items.length >= 2)
    .map(({ amount, items }) => ({ total: amount, parts: items, opener: IN_PARENTHESES }));
}
const IN_PARENTHESES = "（";

/**
 * “总收入87.32亿元，其中：A，B；总支出84.37亿元，其中：C，D…”: a sentence breaking down more than one whole, each in its
 * own part between “；”, is read part by part (only the first part may break down the sentence before). A part's own list
 * in parentheses opening with “其中” (“其中:因公出国(境)费为0万元;公务接待费201.25万元;公务用车购置及运行维护费为382.58万元
 * (其中:公务用车购置费18.85万元、公务用车运行维护费363.73万元)”) neither ends the list around it nor counts as a breakdown
 * of the sentence: it is read on its own (subLists).
 */
const segments = (s: SentenceClaims): SentenceClaims[] => {
  const outer = { ...s, sentence: outerWords(s) };
  return [...(breaksDownOne(outer) ? [outer] : sidesOfWhole(semicolonParts(outer))), ...subLists(s)];
};

/**
 * The sentence breaks down one whole at most: fewer than two breakdowns, and a list of amounts after a “包括” right after an
 * amount in one of its parts between “；” at most — “其中,收入总计77.82万元,包括…上年结转0万元;支出总计77.82万元,包括社会保障和就业
 * 支出11.35万元、…” (三亚 林场 2025) breaks down 收入总计 and 支出总计, each in its own part; a “包括” that lists words only
 * (“其中,因公出国(境)费预算135万元,包括…差旅费、伙食补助费…;公务用车购置及运行维护费预算247万元,包括…”, 青岛 教育局 2013) says
 * what an item of the one list covers.
 */
const breaksDownOne = (outer: SentenceClaims) => [...outer.sentence.matchAll(BREAKDOWN)].length < 2 && semicolonParts(outer).filter(includesAmounts).length < 2;
const includesAmounts = (part: SentenceClaims) => {
  const at = part.sentence.search(AMOUNT_INCLUDES);
  return at >= 0 && part.mentions.some((m) => m.kind === "amount" && m.start >= part.start + at);
};

/**
 * “2021年收支总预算6927.14万元,收入包括:一般公共预算拨款收入5927.14万元、…;支出包括:一般公共服务支出5746.19万元,…” (余姚 机关事务
 * 2021): a part after “；” opening with the other side's words (“支出包括:”) lists that side of the 收支 whole the first part
 * breaks down — its total is that whole, as a sentence opening with “其中” has the amount before it.
 */
function sidesOfWhole(parts: SentenceClaims[]): SentenceClaims[] {
  const whole = subsetLists(parts[0])[0]?.total;
  if (!whole || !BOTH_SIDES.test(whole.label)) return parts;
  return parts.map((part, k) => (k > 0 && SIDE_OPENS.test(part.sentence) ? { ...part, openingTotal: whole, openingOnly: true } : part));
}
const SIDE_OPENS = /^\s*(?:收入|支出)包括\s*[:：]/;

/** “(其中:…)”: a list in parentheses of the part before them. */
const SUB_LIST = /[（(]\s*其中[^（）()]*[)）]/g;
const blank = (words: string) => " ".repeat(words.length);
/**
 * The sentence as the list around a part's own details reads it, positions kept: its parenthesised “其中” lists blanked, and
 * so is a “其中” that states no amount up to the next “；” (“公务接待费201.25万元,其中:国内公务接待4032批次,33409人次;” breaks
 * down the part's count, not the money) — unless it states an item nil in words (./nil-items.ts) and no other “其中” of the
 * sentence states an amount: “其中:没有公出国(境)费用;公务接待费2万元,…” opens the list as an amount would, while in
 * “其中因公出国(境)费1391.37万元;公务用车购置及运行费1238.93万元,其中购置费为零;…” the second one details a part.
 */
function outerWords(s: SentenceClaims): string {
  const words = s.sentence.replace(SUB_LIST, blank);
  const opens = [...words.matchAll(/其中/g)].map(({ index: at }) => {
    const stop = words.slice(at).search(/[；;]/);
    const end = s.start + (stop < 0 ? words.length : at + stop);
    const amount = s.mentions.some((m) => m.kind === "amount" && m.start > s.start + at && m.start < end);
    return { at, amount, nil: isNilItem(words.slice(at + "其中".length, end - s.start)) };
  });
  const listed = opens.some((o) => o.amount);
  return words.replace(/其中/g, (word, at: number) => {
    const open = opens.find((o) => o.at === at)!;
    return open.amount || (open.nil && !listed) ? word : blank(word);
  });
}

/**
 * Each parenthesised “其中” list as a sentence of its own: the amount it breaks down — the last stated one before the
 * parentheses, outside them, in the same part between “；” — up to the closing parenthesis, the words before blanked.
 */
function subLists(s: SentenceClaims): SentenceClaims[] {
  return [...s.sentence.matchAll(SUB_LIST)].flatMap((list) => {
    const [open, close] = [s.start + list.index!, s.start + list.index! + list[0].length];
    const part = s.sentence.slice(0, list.index).search(/[^；;]*$/);
    const inside = s.mentions.filter((m) => m.start > open && m.end < close);
    const total = s.mentions.filter((m) => m.end <= open && m.start >= s.start + part && isStatedTotal(m) && m.depth === (inside[0]?.depth ?? 0) - 1).pop();
    if (!total) return [];
    const from = total.start - s.start;
    return [
      {
        ...s,
        sentence: " ".repeat(from) + s.sentence.slice(from, close - s.start),
        mentions: s.mentions.filter((m) => m.start >= total.start && m.end <= close),
        openingOnly: false,
        openingTotal: undefined,
        openingBase: undefined,
      },
    ];
  });
}

function checkList(list: List, reading: Reading, relations: Relations, mentions: readonly Mention[]): ClaimIssue[] {
  const { total, parts, opener, nil: nils = [], shares = [], held = [] } = list;
  if (reading.checked.has(total) && parts.every((p) => reading.checked.has(p))) return [];
  const approximate = [total, ...parts].some(isApproximate);
  const interval = (m: Mention) => (isApproximate(m) ? RoundingInterval.approximate(reading.value(m), m.unit) : reading.interval(m));
  const sum = parts.reduce((acc, p) => acc.plus(reading.value(p)), new Decimal(0));
  const complete = wholeOf(list);
  // a part printed in the odd unit that, read in the list's unit, makes the sum exact: the slip is the unit
  const unitSlip = !approximate && sum.lessThan(reading.value(total)) ? listUnitSlip(total, parts, reading, mentions) : undefined;
  if (unitSlip) return [unitSlip];
  const verdict = judgeAmounts(reading.value(total), interval(total), sum, sumIntervals(parts.map(interval)), complete ? "=" : ">=");
  if (verdict === "equal" || (verdict === "rounding" && (approximate || reading.roundsTo(total, parts, sum)))) return [];
  // which figure a broken list names, weighed against the other relations each sits in (./culprit.ts)
  const judged = complete && FIGURE_IDENTITIES[complete] ? complete : undefined;
  const culprit = verdict === "error" && !approximate ? listCulprit(total, parts, judged, !complete, reading, relations) : undefined;
  if (culprit && culprit.at !== "total")
    return [culpritIssue("listSum", { total, name: total.label || "合计", parts, names: parts.map((p) => p.label) }, culprit, reading)];
  const { num, unit } = writtenUnit(total);
  const terms = parts.map((p) => num(reading.value(p))).join(" + ");
  const what = total.label || "合计";
  const short = sum.lessThan(reading.value(total));
  const gap = num(sum.minus(reading.value(total)).abs());
  const relation = verdict === "rounding" && !approximate ? `与所述合计相差${gap}${unit}，在四舍五入尾差范围内` : `${short ? "少于" : "超过"}所述合计`;
  const listed = opener === IN_PARENTHESES ? "括号内所列各项" : `“${opener.replace(/\s*[:：]$/, "")}”各项`;
  const why =
    shares.length > 0
      ? `各项占${what}之比 ${shares.map((m) => m.text).join(" + ")} 合为100%：所列各项即合计的全部，之和应等于合计`
      : complete
        ? `所列各项已是${complete}的全部组成部分，之和应等于合计`
        : `${listed}是合计的一部分，之和不能超过合计`;
  return [
    {
      rule: "listSum",
      verdict: approximate ? "warning" : verdict,
      target: total,
      involved: parts,
      subject: what,
      headline: approximate
        ? `${what}写${written(total)}，其中所列${parts.map(written).join("、")}之和为${num(sum)}${unit}，${short ? "少" : "多"}${gap}${unit}，超出“约”数上下一成的出入：请核对这几个数。`
        : verdict === "rounding"
          ? `${what}写${total.text}，其中所列各项之和为${num(sum)}${unit}，相差在四舍五入尾差范围内，请确认。`
          : short
            ? `${what}写${total.text}，其中所列${complete}的全部${parts.length + nils.length}项之和只有${num(sum)}${unit}，少${gap}${unit}：合计或某一项有误。`
            : `${what}写${total.text}，其中所列各项之和已达${num(sum)}${unit}，超过合计${gap}${unit}：合计或某一项有误。`,
      steps: [
        `${terms} = ${num(sum)}${unit}`,
        ...nils.map((name) => `文中写明${name}为零：按0计`),
        ...held,
        `文中合计 ${total.text}`,
        why,
        ...(approximate ? ["“约”数按上下一成的出入计算，仍不相符"] : []),
      ],
      message: `“${total.rawLabel}${total.text}${opener === IN_PARENTHESES ? "（……）" : `，${opener}……`}”：${parts.length > 1 ? `所列各项 ${terms} = ${num(sum)}${unit}` : `所列${parts[0].label}${terms}${unit}`}，${relation}。`,
      expected: num(sum),
      actual: total.printed,
    },
  ];
}

/**
 * “收支总预算8,795.61万元,其中:本年收入8,795.61万元,…;本年支出8,795.61万元” (龙岗 残联 2016): a whole of both sides —
 * 收支总预算, 收支总计, “收、支总计” — breaks down its 收入 side and its 支出 side each on its own, never the two together:
 * its list is read side by side, each part by the side its name says; a part whose name says neither (“财政拨款”) leaves the
 * list unread. Words naming the side before the list (“收支预算3354.33万元。收入包括:一般公共预算当年拨款收入3225万元,
 * 上年结转129.33万元”) make it one side's list, read as any list.
 */
const BOTH_SIDES = /收[、，,\s]*支/;
const SIDES = ["收入", "支出"] as const;
const SIDE_OPENER = /(?:收入|支出)\s*(?:包括\s*[:：]?\s*)?$/;
function sideLists(total: Mention, parts: readonly Mention[], names: readonly string[], before: string): Mention[][] | undefined {
  if (!BOTH_SIDES.test(total.label) || SIDE_OPENER.test(before)) return undefined;
  const side = names.map((n) => SIDES.filter((word) => n.includes(word)));
  if (side.some((words) => words.length !== 1)) return [];
  return SIDES.map((word) => parts.filter((_, i) => side[i][0] === word)).filter((list) => list.length > 0);
}

/** “约4.9亿元”, “约为3.5亿元”: a figure the text gives as approximate. */
const APPROXIMATE = /约(?:为|是|有|计|合)?\s*$/;
const isApproximate = (m: Mention) => APPROXIMATE.test(m.rawLabel);
const written = (m: Mention) => `${isApproximate(m) ? "约" : ""}${m.text}`;

const CLAUSE = /[，,；;：:]/;
/** “30万元用于基建工程项目审计”: what the amount is for, written right after it. */
const PURPOSE = /^\s*(用于[^，,；;：:。]+)/;
const CHAIN_TOTAL = /^[，,；;:：\s]*(?:收入|支出)?(?:合计|总计|共计)(?:为|是)?$/;

/**
 * “地方财政收入65.96亿元。其中市本级收入14.05亿元,…;区县收入合计51.91亿元”: an item's own subtotal (a name of two or more
 * characters before 合计 / 总计, not a count like “三项”, not a whole word, not a name the total's words hold) is a part of
 * the list — unless it adds up the parts right before it (“一般公共预算拨款B,政府性基金C,财政拨款合计B+C”).
 */
function isOwnSubtotal(name: string, total: Mention, before: readonly Mention[], amount: Mention): boolean {
  const item = SUBTOTAL.exec(name.replace(/\s+/g, ""))?.[1];
  if (!item || COUNTED.test(item) || NOT_A_PART.test(item)) return false;
  if (total.label.replace(/\s+/g, "").includes(item) && !isYearTotalOf(name, total)) return false;
  return !before.some((_, k) => intervalOf(amount).overlaps(sumIntervals(before.slice(k).map(intervalOf))));
}
const SUBTOTAL = /^([\u4e00-\u9fff（）()“”]{2,}?)(?:合计|总计)$/;
/**
 * “收入总计13,398.85万元,其中:收入合计13,064.59万元,年初结转和结余434.26万元”: the year's 合计 is a part of the 总计 of the
 * same measure (the 收支总表's lines: 收入总计 = 本年收入合计 + 年初结转和结余, 支出总计 = 本年支出合计 + 年末结转和结余).
 */
const isYearTotalOf = (name: string, total: Mention) => {
  const year = YEAR_TOTAL.exec(name.replace(/\s+/g, ""))?.[1];
  return year !== undefined && GRAND_TOTAL.exec(total.label.replace(/\s+/g, ""))?.[1] === year;
};
const YEAR_TOTAL = /^(?:本年|当年)?(收入|支出)合计$/;
const GRAND_TOTAL = /(收入|支出)总计$/;
const COUNTED = /^(?:[两二三四五六七八九十\d]+[项个类笔种部]|以上|上述|前述|各项|全部|所有|共)/;
const intervalOf = (m: Mention) => RoundingInterval.of(m.value, m.unit);
/**
 * “收入总计71,732.49万元,包括:财政拨款收入60,719.31万元,经营收入468.52万元,…,上年结转和结余12,381.71万元。”: “包括:” right
 * after an amount opens that amount's parts — read only where the rest of the sentence is the list alone (every figure
 * after it a plain amount of its own: no change, rate, base or remark in parentheses), so the list ends at the sentence.
 */
const INCLUDES = String.raw`(?<=元\s*[，,]\s*)包括\s*[:：]`;
const OPENS_INCLUDES = /^包括/;

/**
 * “安排支出326.81万元,主要用于:扶贫、济困、救孤等48.73万元,养老服务体系建设278.08万元。” (姜堰 2021 福彩公益金): the uses
 * after “主要用于:” are spent out of the amount before them — its parts, a list that may leave some out (主要) — when an
 * amount follows in the colon's own clause; “…为A万元,主要用于:对外招商…等支出;公务用车购置及运行费为B万元” describes the use in
 * words, and B is the next item of the outer list.
 */
const MAINLY_USED = String.raw`主要用于\s*[:：](?=[^，,；;。：:]*?\d)`;
/**
 * “其中” (or words that open the details, “具体为:”, ./binding.ts DETAIL), or “中” right after an amount (“2018年本年支出3629.2万元中,
 * 财政拨款支出2131.80万元,…”, 澧县 六中 2018; “年度支出33609.06万元中,一般公共服务支出…”, 全国人大 办公厅 2012), or “在项目支出当中” / a sentence opening “下达盟市各类补助资金中，” naming the whole it breaks down (the total's words
 * must end with that name; no bracket in it: “11167万元(其中,…)” read as a part's own list opens with “其中”), a view of the amount before opening the sentence (“分级次看:省级收入…;市县收入…”), or the words
 * that allocate the amount before them (“增加一般公共预算预算支出7144万元,分别列入:
 * 2120303“…”科目100万元,2140104“公路建设”科目7044万元”). The whole's name opening a sentence holds no parenthesis and
 * is no “其中”: in “财政拨款收入284.90万元(其中,一般公共预算257.90万元,…)” (民盟温州市委 2019) the “其中” opens the list.
 */
const BREAKDOWN = new RegExp(
  String.raw`其中|(?<=元\s*)中(?=\s*[，,：:])|${DETAIL}\s*[:：]|${INCLUDES}|^\s*${INCLUDES_OPENING}|在([^，,；;。：:在]{1,20}?)当中|^\s*在?([^，,；;。：:（）()]{2,20}?)(?<!其|元\s*)中(?=[，,])|${VIEW_OPENING}|分别(?:列入|用于|安排|下达|拨付|分配)(?:到|至|于|给)?|${MAINLY_USED}`,
  "g",
);

/**
 * The total's words end with the whole a breakdown names (“下达盟市各类补助资金中，…”), its verb and scope words aside
 * (“去年全年全盟一般公共预算收入累计完成310682万元” for “在全盟一般公共预算收入中,…”).
 */
const namesWholeOf = (total: Mention, whole: string) => {
  const named = nameCore(whole);
  return total.label.replace(/\s+/g, "").endsWith(whole.replace(/\s+/g, "")) || (named !== "" && nameCore(total.label).endsWith(named));
};

interface Breakdown {
  /** Positions in the sentence. */
  at: number;
  end: number;
  /** The words as written. */
  words: string;
  /** The whole the words name (“项目支出”), if they name one. */
  whole?: string;
}

/**
 * The sentence's one breakdown, if it has exactly one — or, in a sentence with none, its one “包括” right after an amount:
 * “国家税务总局2018年削减“三公”经费预算8552.6万元,包括压缩因公出国(境)费115.14万元、公务用车运行费5078.28万元、公务接待费
 * 3359.18万元” (中央部门 2018), “收入总计71,732.49万元,包括:财政拨款收入60,719.31万元,…” (国家邮政局 2012). Beside a “其中” such a
 * “包括” breaks down one of its parts (INNER below), never the sentence's total.
 */
function breakdownIn(sentence: string): Breakdown | undefined {
  const found = [...sentence.matchAll(BREAKDOWN)];
  const includes = found.length === 0 ? [...sentence.matchAll(AMOUNT_INCLUDES)] : [];
  const [m] = found.length === 0 ? includes : found;
  if (found.length + includes.length !== 1) return undefined;
  return { at: m.index!, end: m.index! + m[0].length, words: m[0].trim(), whole: m[1] ?? m[2] };
}

/**
 * “调增镇本级支出预算1.84亿元,包括调增一般专项支出2.73亿元和基本支出6,038万元、调减基建支出1.49亿元” (黄江 2022): parts
 * raised and parts cut make up the amount as a net (2.73 + 0.6038 − 1.49), not as a sum — no list of parts.
 */
const isNet = (parts: readonly Mention[]) => parts.some((m) => RAISED.test(m.rawLabel)) && parts.some((m) => CUT.test(m.rawLabel));
const RAISED = /调增|增加|新增|追加/;
const CUT = /调减|减少|压减|压缩|削减|核减/;

/**
 * “包括” (“包括:”), or “主要是” / “主要为” / “主要包括”, opening the clause right after an amount (“2026年收入合计630.68万元,主要是
 * 一般公共预算拨款602.73万元,…,其他收入27.95万元”, 荣昌 统计局 2026): the amounts listed are its parts — a list above its total is
 * wrong whether or not it names them all; one below it is wrong only when it names every part of a known identity.
 */
const AMOUNT_INCLUDES = /(?<=元\s*[，,]\s*)(?:包括|主要(?:是|为|包括))\s*[:：]?/g;

/**
 * `opener`: the words that open the list (“其中”, “具体为:”); `whole`: the identity the parts complete, when the words name
 * it on other figures (the amounts whose bases these are); `nil`: the names of the items the list says are nil in words
 * (./nil-items.ts), parts of the whole that add nothing; `shares`: the parts' shares of the total, when they make 100% and so
 * close the list (./continued-list.ts).
 */
type List = { total: Mention; parts: Mention[]; opener: string; whole?: string; nil?: string[]; shares?: Mention[]; held?: string[] };

export function subsetLists(s: SentenceClaims): List[] {
  const breakdown = breakdownIn(s.sentence);
  if (!breakdown) return [];
  const position = s.start + breakdown.at;
  const candidate = isStatedTotal;
  const opening = breakdown.at === s.sentence.search(/\S/);
  const depth = s.mentions.find((m) => m.start > position)?.depth ?? 0;
  // a sentence opening with “其中” breaks down the sentence before only when that sentence states one such amount; a
  // figure inside parentheses (“19.8亿元(包括苏里格开发区收入2890万元)”) is no total of parts outside them
  const before = s.mentions.filter((m) => m.end <= position && candidate(m) && m.depth <= depth);
  const total = opening ? (s.openingOnly ? s.openingTotal : undefined) : before.pop();
  if (!total || !candidate(total)) return [];
  if (breakdown.whole !== undefined && !namesWholeOf(total, breakdown.whole)) return [];
  const end = listEnd(s, s.start + breakdown.end);
  if (OPENS_INCLUDES.test(breakdown.words) && !listsAlone(s, total, position)) return [];
  const listed = otherYearCut(
    s,
    total,
    otherMoneyCut(
      s,
      total,
      s.mentions.filter((m) => m.start > position && m.start < end && isPlainAmount(m) && m.depth === depth),
      s.start + breakdown.end,
    ),
    s.start + breakdown.end,
  );
  const inner = innerBreakdown(s, listed, s.start + breakdown.end, end);
  if (!inner) return [];
  const after = partsOfMeasure(
    total,
    listed.filter((m) => !inner.items.includes(m)),
  );
  // the budget a part is compared with (“占年初预算8465万元的41.5%”) or completes (“完成年度收入计划535,000万元的101.0%”)
  const own = after.filter((m) => !isPrior(m) && !COMPLETION_AMOUNT.test(m.label));
  const names = own.map((m) => nameOf(s, m, s.start + breakdown.end));
  const measured = namesMeasureOf(total, own);
  if (own.length === 0 || names.some((n, i) => n === "" || (NOT_A_PART.test(n) && !measured && !isOwnSubtotal(n, total, own.slice(0, i), own[i])))) return [];
  if (isNet(own)) return [];
  if (own.some((m, i) => insideEarlierPart(s, m, names.slice(0, i)))) return [];
  // the words as written too — a label is cleaned of “合计为”: “加上级转移支付收入1884万元,其中:一般转移支付收入1478万元,上年结转
  // 结余60万元,基金调入103万元,收入合计为6449万元” — the list has run on into the addition chain around it and its total
  // — but the year's 合计 opening a 总计's list is its first part (isYearTotalOf)
  if (own.some((m, i) => CHAIN_TOTAL.test(m.rawLabel.replace(/\s+/g, "")) && !(i === 0 && isYearTotalOf(names[0], total)))) return [];
  // “其中货物类…采购计划金额…实际采购金额…；工程类…采购计划金额…”: several measures of each part, not one list
  if (new Set(names).size < own.length) return [];
  const opener = breakdown.words;
  const nil = nilItems(s.sentence.slice(breakdown.end, end === Infinity ? undefined : end - s.start));
  const sides = sideLists(total, own, names, s.sentence.slice(0, breakdown.end));
  if (sides) return sides.map((parts) => ({ total, parts, opener }));
  if (own.length === after.length) return [{ total, parts: own, opener, nil }, ...(inner.list ? [inner.list] : [])];
  // “总收入4348万元，占年初预算10065万元的43.2%。其中：税收收入3511万元，占年初预算8465万元的41.5%；非税收入837万元，占年初
  // 预算1600万元的52.3%”, “决算为17.06万元，完成预算27万元的63.2%。其中:因公出国(境)费…决算为7.8万元，完成预算10万元的78.0%;…”:
  // each part with its own base right after it, as the total — the bases are a list of their own when they are one measure
  // (./binding.ts baseMeasure), complete when the parts are
  const bases = own.map((m) => baseAfter(s.mentions, m));
  const totalBase = opening ? s.openingBase : baseAfter(s.mentions, total);
  // “其中:返还性收入6978万元、一般性转移支付收入381517万元、专项转移支付收入44875万元,比报告数425319万元增加8051万元”: one
  // comparison after the last part closes the list — whether of the last part or of the total, it is no part, and the parts
  // before it are the total's as listed
  if (closesList(after, own)) return [{ total, parts: own, opener, nil }, ...(inner.list ? [inner.list] : [])];
  if (!totalBase || bases.some((b) => !b) || bases.length !== after.length - own.length) return [];
  if (bases.some((b) => baseMeasure(b!) !== baseMeasure(totalBase))) return [{ total, parts: own, opener }];
  return [
    { total, parts: own, opener },
    { total: totalBase, parts: bases as Mention[], opener, whole: completeIdentity(total, own) },
  ];
}

/**
 * A list that runs to the end of its sentence, as it goes on in the sentences after it (./continued-list.ts); a list whose
 * parts' shares of the total make 100% is complete, in one sentence or across several.
 */
function continued(list: List, segment: SentenceClaims, s: SentenceClaims, next: readonly SentenceClaims[]): List {
  const last = list.parts[list.parts.length - 1];
  const toEnd = segment.start + segment.sentence.length === s.start + s.sentence.length && listEnd(segment, last.end) === Infinity;
  if (list.whole || (list.nil ?? []).length > 0 || completeIdentity(list.total, list.parts)) return list;
  const goes = toEnd ? continuedList(list.total, list.parts, [s, ...next]) : undefined;
  return goes ? { ...list, ...goes } : { ...list, ...closedByShares([s], list.total, list.parts) };
}

/**
 * “其中教育支出超3095亿元,高等教育在教育支出中占比最大,超2827亿元” (芥末堆 on 教育部 2019 决算): a part whose own words place it
 * inside an earlier part of the list (“在教育支出中”) is that part's item, not the total's — the list is in doubt, left unread.
 */
function insideEarlierPart(s: SentenceClaims, m: Mention, earlierNames: readonly string[]): boolean {
  const from = Math.max(s.start, ...s.mentions.filter((x) => x.end <= m.start).map((x) => x.end));
  const inside = INSIDE.exec(s.sentence.slice(from - s.start, m.start - s.start))?.[1];
  return inside !== undefined && earlierNames.some((name) => name.includes(inside));
}
const INSIDE = /在([^，,；;。、]+?)中/;

/** The one amount of the list that is no part of it is a comparison base after its last part. */
const closesList = (after: readonly Mention[], own: readonly Mention[]) =>
  after.length === own.length + 1 && after[after.length - 1] !== own[own.length - 1] && isPrior(after[after.length - 1]) && own.length >= 2;

/** Every figure after the list's opener is a plain amount of this year at the total's depth: the sentence is the list alone. */
const listsAlone = (s: SentenceClaims, total: Mention, position: number): boolean =>
  s.mentions.filter((m) => m.start > position).every((m) => isPlainAmount(m) && !isPrior(m) && !isBound(m) && m.depth === total.depth);

/**
 * “一般公共预算收入累计完成316580万元，其中：税收收入…；非税收入…；政府性基金预算收入1616万元；国有资本经营收入1868万元”:
 * an amount named as another budget (fund) than the total's is no part of it (./figures.ts fundNamed), nor is an amount
 * named as the other side of the money (“…收入完成856.8亿元,其中:税收收入…;全市一般公共预算支出完成1611.9亿元”,
 * ./figures.ts flowNamed) — the list ends before it.
 */
function otherMoneyCut(s: SentenceClaims, total: Mention, listed: Mention[], listStart: number): Mention[] {
  const fund = fundNamed(total.label);
  const flow = flowNamed(total.label);
  const other = listed.findIndex((m) => {
    const name = nameOf(s, m, listStart);
    const [namedFund, namedFlow] = [fundNamed(name), flowNamed(name)];
    return (fund !== undefined && namedFund !== undefined && namedFund !== fund) || (flow !== undefined && namedFlow !== undefined && namedFlow !== flow);
  });
  return other < 0 ? listed : listed.slice(0, other);
}

/**
 * “本年收入合计300万元,其中:财政拨款收入200万元,…;年初结转和结余50万元”: what was brought from the year before (“年初结转和结余”,
 * “上年结转”, “使用非财政拨款结余”) or is carried to the next (“年末结转和结余”, “结转下年”) is no part of a total named as this
 * year's own money (./balance-roles.ts namesThisYear) — the list ends before it. Other totals may hold them (“年度支出33609.06
 * 万元中,…,结转下年108.10万元”, 全国人大 办公厅 2012; “一般公共预算收入完成100.03亿元,其中:…;上年结余3.38亿元”, 乌审 2023).
 */
function otherYearCut(s: SentenceClaims, total: Mention, listed: Mention[], listStart: number): Mention[] {
  if (!flowNamed(total.label) || !namesThisYear(total.label)) return listed;
  const other = listed.findIndex((m) => {
    const name = nameOf(s, m, listStart);
    const role = balanceRole(name)?.role;
    return role === "brought" || role === "carried" || NON_FISCAL_BALANCE.test(name);
  });
  return other < 0 ? listed : listed.slice(0, other);
}
/** A budget's 收入 side's third line (部门收支总表): neither this year's income nor what was carried in. */
const NON_FISCAL_BALANCE = /使用非财政拨款结余/;

/** “主要是” / “主要为”: the words that open a part's main items (or its reason, when no amount follows them at once). */
const MAINLY = /主要(?:是|为)/;

/**
 * “其中:…;公务接待费140万元;公务用车购置及运行维护费1701.3万元,包括公务用车购置费260万元、公务用车运行及维护费
 * 1441.3万元。”: “包括” after a part — or “,含” (“上级补助收入5926万元,含一般性转移支付补助4951万元,专项转移性补助975万元;”,
 * as ./binding.ts reads the amounts a “含” lists), or a view of it, “分项目看:”, “从收入结构看:”, “按级次分:” — opens that part's own
 * breakdown, up to the next “；” or the list's end — its amounts are no parts of the list; so do the words that open
 * details after a “，” (“公务接待费支出决算4,895.00元,具体是国内接待费支出决算4,895.00元…,国(境)外接待费支出决算0元”,
 * ./binding.ts DETAIL). So does “主要是” / “主要为”
 * when the next words name an amount of their own (“收入合计138.55万元,其中:本年收入138.55万元,主要是一般公共预算拨款
 * 138.55万元,政府性基金预算拨款0万元,…”: the items after it break down 本年收入, not the 收入合计); followed by words
 * without an amount (“主要是人员增加,商品和服务支出…”) it opens nothing. A remark in parentheses opens
 * nothing. They are judged as a list of their own under that part only when nothing but “、” / “和”
 * joins them (after a “，” the next part of the outer list may already have begun). More than one such word: no
 * reading (undefined).
 */
const INNER = new RegExp(String.raw`包括|包含|(?<=[，,]\s*)(?:含|${DETAIL})|${VIEW}\s*[:：]|${MAINLY.source}`, "g");
function innerBreakdown(s: SentenceClaims, listed: Mention[], from: number, end: number): { items: Mention[]; list?: List } | undefined {
  // a remark in parentheses (“专项转移支付(包含中央预算内投资)7836.08亿元”) opens no list: blanked, positions kept
  const text = s.sentence
    .slice(from - s.start, end === Infinity ? undefined : end - s.start)
    .replace(/[（(][^（）()]*[)）]/g, (remark) => " ".repeat(remark.length));
  // “公务用车运行维护费支出8.2万元,主要包括公务用车燃料费、维修保养费…”: words with no amount of their own say nothing
  const inner = [...text.matchAll(INNER)]
    .map((m) => innerItems(listed, from + m.index!, m[0], text.slice(m.index!), end))
    .filter((x) => x.items.length > 0 && (!MAINLY.test(x.word) || !/[，,；;。]/.test(s.sentence.slice(x.at - s.start, x.items[0].start - s.start))));
  if (inner.length === 0) return { items: [] };
  if (inner.length > 1) return undefined;
  const [{ at, word, items }] = inner;
  const part = listed.filter((m) => m.end <= at).pop();
  // a thousands separator (“包括一般公共预算拨款收入11,495.9万元、…事业收入476,485万元”) is no clause comma
  const joined = items.length > 1 && !/[，,]/.test(s.sentence.slice(at - s.start, items[items.length - 1].start - s.start).replace(THOUSANDS, "$1"));
  return { items, list: part && joined && isStatedTotal(part) && !items.some(isPrior) ? { total: part, parts: items, opener: word } : undefined };
}

const THOUSANDS = /(\d)[,，](?=\d{3}(?!\d))/g;

/** The amounts from “包括” at `at` up to the next “；” or the list's end. */
function innerItems(listed: Mention[], at: number, word: string, rest: string, end: number): { at: number; word: string; items: Mention[] } {
  const stop = rest.search(/[；;]/);
  const until = stop < 0 ? end : at + stop;
  return { at, word, items: listed.filter((m) => m.start > at && m.start < until) };
}

/**
 * “…二、公务用车购置及运行费预算150万元，其中公务用车运行费150万元，…，公务用车购置费0万元，…，三、公务接待费
 * 预算200万元”: a section numeral (三、, （三）) opens the next item of the text, so the list ends before it; so does
 * what is added to the total (“…收入14.71亿元,…,其中:税收收入13.56亿元,…;非税收入1.16亿元,…;加上转移性收入17.93亿元(…),
 * …可用资金为32.64亿元”, ./addition.ts ADD).
 */
function listEnd(s: SentenceClaims, from: number): number {
  const rest = s.sentence.slice(from - s.start);
  const next = [sectionNumberAt(rest), rest.search(ADD)].filter((at) => at >= 0);
  return next.length === 0 ? Infinity : from + Math.min(...next);
}

/**
 * A part's name: its own words; or — none before it — the purpose written right after it (“本项目共完成预算资金89.97万元。
 * 其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于…”: the words before the second part are the
 * first part's); or the one clause of words between it and the previous figure or the start of the list
 * (“公务用车购置及运行费花费最高，约为3.5亿元”).
 */
function nameOf(s: SentenceClaims, m: Mention, listStart: number): string {
  if (m.label !== "") return m.label;
  const purpose = PURPOSE.exec(s.sentence.slice(m.end - s.start));
  if (purpose) return purpose[1];
  const from = Math.max(listStart, ...s.mentions.filter((x) => x.end <= m.start).map((x) => x.end));
  const clauses = s.sentence
    .slice(from - s.start, m.start - s.start)
    .split(CLAUSE)
    .map((c) => cleanLabel(c))
    .filter((c) => c !== "");
  return clauses.length === 1 ? clauses[0] : "";
}
