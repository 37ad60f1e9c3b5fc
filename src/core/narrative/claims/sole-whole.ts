import { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { isPrior } from "./binding";
import { KIND_WRITTEN } from "./budget-kinds";
import type { ShareClaim } from "./extract";
import { CONTEXT_PREFIX, nameCore } from "./figures";
import type { Mention } from "./mentions";
import { sharesMakeWhole } from "./share-sums";

/**
 * “2021年,北海市红十字会本级实现财务收入279.40万元。…本年度公益性资金收入41.31万元,占总收入的14.79%”, “完成地方一般公共
 * 预算收入17869万元,其中非税收入5327万元,占地方收入的29.81%”: words naming the whole of one side of the money (总收入, 全部
 * 支出, 地方收入, 财务总收入), stated with no amount of their own, are the one amount of the text that answers to them — an
 * amount named as a whole of that side (its words are the side, with the scope or unit before them and the qualifiers
 * below: not an item such as 政府拨款收入 or 基本支出), that holds every qualifier the words name (地方, 财务, 预算 …). Every
 * such amount of the text is weighed, in any paragraph: several values (the 一般公共预算收入 and the 地方一般公共预算收入
 * for “总收入”; a 收入总计 beside a 本年收入合计; a 收支总计, which answers to either side) leave the whole in doubt, and
 * nothing is tied.
 */
export function soleWhole(search: WholeSearch, name: string, part?: Mention): Mention | undefined {
  const named = wholeWords(name);
  if (!named) return undefined;
  const answering = search.amounts.filter(({ m, label }) => !isPrior(m) && answers(wholeWords(label), named)).map(({ m }) => m);
  const [whole] = answering;
  if (!whole || !answering.every((m) => m.value.equals(whole.value) && m.unit.equals(whole.unit))) return undefined;
  return namesWhole(search, name, whole, part) ? whole : undefined;
}

/**
 * Whether words naming a whole of one side (“总支出”, “总收入”, “地方收入”) name `whole` with certainty for this part — the one
 * rule for every binding of such words, the amount they answer to (soleWhole) or the catalogue figure they loosely name
 * (./figures.ts LOOSE_WORDS: a stated 本年支出合计 for “总支出”). A prior year's part may be of its own year's whole; the part
 * answering the words too (“省本级支出1478.55亿元,占总支出的22.5%”) is a whole of its own scope, as is an amount of the
 * whole's value (the part restated: “财政拨款支出3611.81万元,占本年支出合计的93.6%…支出决算数为3611.81万元”), and a whole
 * below the part is none of its: the words then do not say which whole is meant.
 */
export function namesWhole(search: WholeSearch, name: string, whole: Mention, part?: Mention): boolean {
  const named = wholeWords(name);
  return !!named && !(part && anotherWholeOf(search, named, whole, part)) && !partsOfAnother(search.shares, name, whole);
}

/** Whether the part, or an amount before it in its paragraph, may be the whole the words speak of instead of `whole`. */
function anotherWholeOf(search: WholeSearch, named: WholeWords, whole: Mention, part: Mention): boolean {
  if (isPrior(part) || !part.value.lessThan(whole.value)) return true;
  if (search.amounts.some(({ m, label }) => m === part && answers(wholeWords(label), named))) return true;
  const siblings = new Set(search.shares.map((c) => c.part));
  return nearerWhole(
    search.before(part).filter(({ m }) => !siblings.has(m)),
    named,
    whole,
    part,
  );
}

/** The amounts and shares of the text a whole named in words is looked for among. */
export interface WholeSearch {
  amounts: readonly Worded[];
  shares: readonly ShareClaim[];
  /** The amounts of the part's paragraph stated before it. */
  before: (part: Mention) => readonly Worded[];
}
type Worded = { m: Mention; label: string };

/**
 * ““三公”经费支出决算为6,283.70元,…其中:…公务接待费支出决算4,895.00元,占总支出决算的77.90%”: an amount of the same side
 * stated before the part in its paragraph, at least the part and holding the name's qualifiers (here the 三公 total, an
 * item's words) and itself no part with a share, may be the whole general words speak of in that paragraph: the one whole
 * of the text is then no certain referent.
 */
const nearerWhole = (before: readonly Worded[], named: WholeWords, whole: Mention, part: Mention) =>
  before.some(({ m, label }) => m !== whole && m !== part && !isPrior(m) && !m.value.lessThan(part.value) && answers(sideWords(label), named));

/**
 * Shares naming the whole in these words that add up to 100% while their parts' sum is not the whole (beyond rounding):
 * the writer's whole is the parts' own (a 三公 total under “占总支出的”), not the amount the words answer to.
 */
function partsOfAnother(shares: readonly ShareClaim[], name: string, whole: Mention): boolean {
  const members = shares.filter((c) => c.totalName !== undefined && bare(c.totalName) === bare(name));
  if (members.length < 2) return false;
  if (!sharesMakeWhole(members)) return false;
  const parts = sumIntervals(members.map((c) => RoundingInterval.of(c.part.value, c.part.unit)));
  const sum = members.reduce((acc, c) => acc.plus(c.part.value), new Decimal(0));
  return judgeAmounts(whole.value, RoundingInterval.of(whole.value, whole.unit), sum, parts) === "error";
}
const bare = (words: string) => words.replace(/\s+/g, "");

/**
 * “完成地方一般公共预算收入17869万元,其中非税收入5327万元,占地方收入的29.81%”: the amount a list breaks down is the whole a
 * share names when its words answer to every qualifier the name gives (地方) — words of the side alone (“总收入”) say
 * less, and are left to ./share-total.ts soleWholeOfFlow.
 */
export function answersQualifiedWhole(words: string, name: string): boolean {
  const named = wholeWords(name);
  return !!named && named.qualifiers.length > 0 && answers(wholeWords(words), named);
}

type WholeWords = { flow: string; qualifiers: string[] };

const answers = (whole: WholeWords | undefined, named: WholeWords) =>
  !!whole && (whole.flow === named.flow || whole.flow === BOTH_SIDES) && named.qualifiers.every((q) => whole.qualifiers.includes(q));

/**
 * Words naming a whole of one side of the money: the scope or unit (./figures.ts CONTEXT_PREFIX: “北海市红十字会本级”, “全省
 * 红十字系统”), the verb (实现, 完成), the level and the kind of money (qualifiers), the side, and a word of the whole (总计,
 * 合计, 共计, 总额); the level words of the scope are qualifiers too (“省本级收入” is not the 全省 收入). Words naming the
 * level or the kind of money name a whole whatever scope comes before (“1月至5月,山西省财政总收入”); words naming neither
 * after words that are no scope name an item (“政府拨款收入”, “市本级财政资金收入”).
 */
function wholeWords(words: string): WholeWords | undefined {
  const match = WHOLE_WORDS.exec(nameCore(words));
  if (!match?.groups) return undefined;
  const { context, level, kind, budget } = match.groups;
  return level || kind || budget || CONTEXT_PREFIX.test(context.replace(YEAR, "")) ? sideWords(words) : undefined;
}

/** The side of the money words end with, whole or item (“三公经费支出决算”), and the qualifiers they hold. */
function sideWords(words: string): WholeWords | undefined {
  const core = nameCore(words);
  const flow = WHOLE_WORDS.exec(core)?.groups?.flow;
  return flow === undefined ? undefined : { flow, qualifiers: [...core.matchAll(QUALIFIERS)].map((q) => KIND_OF[q[0]] ?? q[0]) };
}

const BOTH_SIDES = "收支";
const YEAR = /\d{4}\s*年度?[,，]?/g;
/** What was done with the amount, before or after its name (“实现财务收入”, “总支出安排”). */
const VERB = "(?:累计|实际|共计|合计|计)?(?:执行|完成|实现|达到?|安排)?";
const LEVEL = "地方|中央|本级|[省市县区乡镇]本?级";
/** A budget by any of its names, or the unit's own money (“财务收入”). */
const KIND = `${KIND_WRITTEN}|财务`;
const BUDGET = "(?:年初|调整后?|全年)?(?:预算|决算)";
const WHOLE_WORDS = new RegExp(
  `^(?<context>.*?)(?:${VERB})(?<level>${LEVEL})?(?<kind>${KIND})?(?<budget>${BUDGET})?(?<flow>收入|支出|收支)(?:${BUDGET})?(?:共?计|额|量)?(?:${VERB})(?:为|是)?$`,
);
const QUALIFIERS = new RegExp(`${LEVEL}|${KIND}|预算|决算`, "g");
/** Names of one kind of money: “财政收入” is the 一般公共预算收入 (./figures.ts SHORT_NAMES), and the other way round. */
const KIND_OF: Record<string, string> = { 一般公共预算: "财政", 公共财政预算: "财政", 公共财政: "财政" };
