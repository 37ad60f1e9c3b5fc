import { FIGURE_IDENTITIES, FIGURE_WORDS, flowNamed, LIST_IDENTITIES, LIST_WORDS } from "./figures";
import type { Mention } from "./mentions";

/**
 * A “其中” list that names every part of a known identity (三公 = 因公出国（境） + 公务用车购置及运行 + 公务接待;
 * 公务用车 = 购置 + 运行; 基本支出 = 人员经费 + 公用经费; 政府采购 = 货物 + 工程 + 服务 …: ./figures.ts
 * FIGURE_IDENTITIES and LIST_IDENTITIES) under a total named as that identity's whole is complete: its parts must add up to the
 * total, a sum below it is as wrong as one above. The whole may carry any scope before its name
 * (“区级部门（单位）一般公共预算“三公”经费支出预算”) — the identity holds in every scope — but each part must be
 * named by its own words alone (“公务用车运行费用” is a part of 公务用车, not 公务用车 itself; “其他非税收入” is not
 * 非税收入), and no part may speak of another measure than the total (a 决算 part under a 预算 total).
 * Returns the identity's whole, or undefined when the list is not certainly complete.
 */
export function completeIdentity(total: Mention, parts: readonly Mention[]): string | undefined {
  return completeList(total.label, parts);
}

/** The same for a whole named in words only (““三公”经费支出决算中，因公出国（境）费…，公务接待费…，公务用车…”). */
export function completeList(wholeName: string, parts: readonly Mention[]): string | undefined {
  return completeNames(
    wholeName,
    parts.map((p) => p.label),
  );
}

/** The same for the parts' names alone (the items of a list of changes: “其中:因公出国(境)费减少0.38亿元,…”). */
export function completeNames(wholeName: string, names: readonly string[]): string | undefined {
  if (names.length > 1 && REMAINDER.test(normal(names[names.length - 1]))) return "合计";
  if (byLevel(wholeName, names) || byNegation(names)) return wholeName;
  const whole = wholeNamed(wholeName);
  if (!whole) return undefined;
  const named = names.map((n) => partNamed(n));
  const sameMeasure = named.every((n) => !n?.measure || !whole.measure || n.measure === whole.measure);
  return covers(
    whole.figure,
    named.map((n) => n?.figure),
  ) && sameMeasure
    ? whole.figure
    : undefined;
}

/**
 * The figures name every part of `whole` once and nothing else — a part itself a whole may be named by its own
 * parts instead (三公 = 出国 + 公务用车 + 接待, the 公务用车 line as 购置 + 运行: “因公出国（境）经费…；公务用车购置费…；
 * 公务用车运行维护费…；公务接待费…”).
 */
function covers(whole: string, figures: readonly (string | undefined)[]): boolean {
  const identity = IDENTITIES[whole];
  const count = (figure: string) => figures.filter((f) => f === figure).length;
  const byOwnParts = (part: string) => count(part) === 0 && !!IDENTITIES[part] && IDENTITIES[part].every((p) => count(p) === 1);
  const used = identity.flatMap((part) => (count(part) === 1 ? [part] : byOwnParts(part) ? IDENTITIES[part] : []));
  return identity.every((part) => count(part) === 1 || byOwnParts(part)) && used.length === figures.length;
}

/** `part` is one of the parts `whole` is made of (公务用车购置费 of 公务用车费). */
export const isPartOf = (part: string, whole: string) => IDENTITIES[whole]?.includes(part) ?? false;

/**
 * The part of the total's whole that the words name by themselves (“公务接待费支出预算” under a 三公 total), or a part of
 * such a part (“公务用车购置费支出预算”): the figure, or undefined when the words name none — or another measure than the
 * total's (a 决算 part under a 预算 total).
 */
export function partOfWhole(total: Mention, part: Mention): string | undefined {
  const whole = wholeNamed(total.label);
  const named = whole && partNamed(part.label);
  if (!whole || !named || (named.measure && whole.measure && named.measure !== whole.measure)) return undefined;
  const parts = IDENTITIES[whole.figure];
  return parts.includes(named.figure) || parts.some((p) => IDENTITIES[p]?.includes(named.figure)) ? named.figure : undefined;
}

/** The total is named as the whole of a known identity (公务用车购置及运行费, 三公): its parts are that identity's, and no other. */
export const namesKnownWhole = (total: Mention) => wholeNamed(total.label) !== undefined;

/**
 * A whole split by level of government into its two levels, each named by its level and the same words (“全省一般公共预算
 * 收入389.9亿元…分级次看:省级收入115.4亿元…;市县收入274.5亿元”, “中央一般公共预算收入…;地方一般公共预算本级收入…”): the two
 * are the whole, whatever it is called — its name ends with those words. A remark in parentheses after the level says what
 * it covers (“市级(市本级、“三区”)一般公共预算收入49.5亿元,…县(市、区)一般公共预算收入234.6亿元”, 宜春 2024).
 */
const LEVELS: readonly [RegExp, RegExp][] = [
  [/^省(?:本)?级/, /^市县级?/],
  [/^中央(?:本级)?/, /^地方/],
  [/^市(?:本)?级/, /^(?:县区|区县|县市区|县（市、区）)级?/],
  [/^盟(?:本)?级/, /^旗(?:县|区)?级/],
];
export function byLevel(wholeName: string, names: readonly string[]): boolean {
  if (names.length !== 2) return false;
  const [a, b] = names.map(normal);
  return LEVELS.some(([first, second]) => {
    if (!first.test(a) || !second.test(b)) return false;
    const [restA, restB] = [a.replace(first, ""), b.replace(second, "")].map((rest) => rest.replace(/^（[^（）]*）/, "").replace(/本级/g, ""));
    return restA !== "" && restA === restB && normal(wholeName).replace(/本级/g, "").endsWith(restA);
  });
}

/**
 * “公开招标56.25亿元,占采购总量的79%;非公开招标14.97亿元,占采购总量的21%” (泸州 2022): an item and the same words after “非”
 * are all of the whole between them, whatever it is called.
 */
function byNegation(names: readonly string[]): boolean {
  if (names.length !== 2) return false;
  const [a, b] = names.map(normal);
  return a !== "" && b !== "" && (b === `非${a}` || a === `非${b}`);
}

/**
 * A list closed by the rest of its whole (“…，科学技术支出、住房保障支出、债务付息支出等其他支出48835万元”, “土地增值税、
 * 契税…等其他税种”, “其余…”): its last part is everything the parts before it leave, so the parts are the whole —
 * whatever the whole is called. “其他” alone names a line of a classification as often as the rest (“其他非税收入” is a
 * part of 非税收入; “其他直属事业单位”), so only “等其他” and “其余” close a list.
 */
const REMAINDER = /等其他|^其余/;

/**
 * Identities whose tables hold further parts a text may leave unnamed: 本年支出合计 is 基本 + 项目 + 上缴上级支出 +
 * 经营支出 + 对附属单位补助支出 (“支出合计26,994.72万元，其中基本支出…项目支出…经营支出95.03万元”), so a list of
 * 基本 and 项目 alone is not complete.
 */
export const OPEN_IDENTITIES = new Set(["本年支出合计"]);

const IDENTITIES: Record<string, string[]> = Object.fromEntries(
  Object.entries({ ...FIGURE_IDENTITIES, ...LIST_IDENTITIES }).filter(([whole]) => !OPEN_IDENTITIES.has(whole)),
);

/** Every name a figure goes by, in either kind of text, and the figure's own name. */
const WORDS: [figure: string, word: string][] = [...new Set(Object.values(IDENTITIES).flat().concat(Object.keys(IDENTITIES)))].flatMap((figure) =>
  [...new Set([figure, ...(FIGURE_WORDS.决算[figure] ?? []), ...(FIGURE_WORDS.预算[figure] ?? []), ...(LIST_WORDS[figure] ?? [])])].map(
    (word): [string, string] => [figure, normal(word)],
  ),
);

/**
 * Words after a name that only say which amount of it follows (“支出预算”, “决算支出”, “预算总计”, “合计支出”, “决算汇总数”, “累计完成”,
 * a forecast “预计完成”).
 */
const MEASURE_TAIL = /^(?:支出|预算|决算|执行|实际|数|合计|总计|总额|总数|金额|汇总)*(?:预计)?(?:累计)?(?:完成|实现|达到?)?$/;
const BUDGET = /预算/;
/** “一般公共预算收入累计完成116.6亿元” (./figures.ts AMOUNT_VERB): what was done, as 执行 is. */
const ACTUAL = /决算|执行|实际|完成|实现/;

interface Named {
  figure: string;
  measure?: "预算" | "决算";
}

function normal(words: string): string {
  return words.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}

/**
 * The name the words end with, followed only by measure words, the one that begins earliest (“基本支出预算” is
 * 基本支出 + 预算, not a “支出预算”) and, of two beginning there, the longer (“一般公共预算财政拨款支出” is that whole, not
 * “一般公共预算财政拨款” + 支出); measure words never name the other side of the money than the figure (“一般公共预算财政拨款”
 * + 支出 is no 收入); `exact`: nothing may stand before it.
 */
function named(label: string, exact: boolean): Named | undefined {
  const words = normal(label);
  let best: { figure: string; at: number; tail: string; word: string } | undefined;
  for (const [figure, word] of WORDS) {
    const at = words.lastIndexOf(word);
    if (at < 0 || (exact && at > 0) || (best && (at > best.at || (at === best.at && word.length <= best.word.length)))) continue;
    const tail = words.slice(at + word.length);
    if (MEASURE_TAIL.test(tail) && !otherSide(figure, tail)) best = { figure, at, tail, word };
  }
  if (!best) return undefined;
  const measure = BUDGET.test(best.tail) ? "预算" : ACTUAL.test(best.tail) ? "决算" : undefined;
  return { figure: best.figure, measure };
}

const otherSide = (figure: string, tail: string) => {
  const [side, tailSide] = [flowNamed(figure), flowNamed(tail)];
  return side !== undefined && tailSide !== undefined && side !== tailSide;
};

function wholeNamed(label: string): Named | undefined {
  const whole = named(label, false);
  return whole && IDENTITIES[whole.figure] ? whole : undefined;
}

function partNamed(label: string): Named | undefined {
  return named(label, true);
}
