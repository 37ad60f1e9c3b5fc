import { KIND_NAME } from "./budget-kinds";
import { CONTEXT_PREFIX } from "./figures";
import { BOUND, type Mention } from "./mentions";

/**
 * A figure a claim rests on, tied to what it refers to, with how surely (绑定): a claim raises an error only
 * when every figure it rests on is tied with certainty; a claim resting on an uncertain tie confirms nothing and
 * accuses nothing. The certainty is read from the sentence's structure, never from whether the arithmetic fits.
 */
export interface Bound {
  to: Mention;
  certain: boolean;
  /** When not certain: every amount the figure may be tied to (the claim can be judged under each). */
  candidates?: Mention[];
  /** The words name every candidate (“收、支与2023年度相比,增加66.69万元”): the figure is of each (./joint-change.ts). */
  each?: true;
}

/** `found`: the amounts the words allow; when several, the candidates are every amount of the sentence before the change. */
/**
 * The amount a figure is of: certain when one amount is found, or when every amount it may be is the same figure
 * (“收入总计1,151.41万元,支出总计1,151.41万元,…各增加29.6万元,增长2.57%”: whichever is meant, the arithmetic is one).
 */
const bound = (found: Mention[], sentence: readonly Mention[], to = found[found.length - 1]): Bound =>
  found.every((m) => m.value.equals(to.value) && m.unit.equals(to.unit))
    ? { to, certain: true }
    : { to, certain: false, candidates: [...new Set([...sentence, ...found])] };

/**
 * “比上年增加”, “比上年减少支出” (the change of the spending the sentence is about), “较上年减” (one character after a
 * comparison, also 多 / 少: “比上年多298.22亿元”, “比上年预算增56400元”; “同比增量24.29亿元”), “比上年增支272.2亿元” /
 * “减收” (the 预算执行 words for spending and revenue), 多出 / 高出 (“比2015年实际执行支出361.97亿元多出64亿多元”), and 增 / 减 / 多 / 少 standing alone as the clause's words
 * (“比去年3.01万元少0.07万元”, “公务用车运行维护费325000元,增72000元”); 节省 / 节约 (“比当年预算节省了17.48万元”) are a
 * decrease; 调增 / 调减 the change of a revised budget (“由51.9亿元调整为111.65亿元,调增59.75亿元”); a template's second
 * direction may follow in parentheses (EITHER_WAY).
 */
export const CHANGE_WORD =
  /(增加|减少|增长|下降|上升|降低|节省|节约|多出|高出|调[增减]|[增减][支收]|(?<=同比|比上年|较上年|较去年同期)增量|(?<=(?:比|较)(?:上年度?|去年)(?:年初)?(?:预算|决算|执行)?数?|同比)[增减多少]|^[增减多少])(?:了|支出)?(?:[（(](?:增加|减少|增长|下降|上升|降低|[增减])[)）])?$/;
/**
 * Words measuring a figure on an adjusted basis (“若剔除留抵退税政策对收入的影响,按同口径计算”, “扣除…因素后,比上年同口径”,
 * “按可比口径计算”, “不含…”): the amount so measured is not the one the text states.
 */
export const ADJUSTED_BASIS = /剔除|扣除|同口径|可比口径|可比价|不含/;
/**
 * “减少(增加)0.11万元”, “下降(增加)6%”, “增(减)0元”, or side by side with the brackets dropped (“同比增长下降57%”): the
 * template's two directions both left in (a leftover the form check reports): the direction is unknown, so the change and
 * its rate are judged both ways.
 */
export const EITHER_WAY =
  /(?:[（(](?:增加|减少|增长|下降|上升|降低|[增减])[)）]|(?:增加|增长|上升)[/／]?(?:减少|下降|降低)|(?:减少|下降|降低)[/／]?(?:增加|增长|上升))$/;
const isChange = (m: Mention) => CHANGE_WORD.test(m.label);
/**
 * A view that cuts a whole by one of its dimensions (“分结构看”, “按级次分”, “从征收部门来看”) — never the source of what follows
 * (“从公开情况看,…预算总额为2.08亿元,其中:…”, “从执行情况看”): as regex source, without its colon.
 */
export const VIEW = String.raw`(?:分|按|从)(?![^，,；;。：:\d]{0,8}?情况)[^，,；;。：:\d]{1,8}?(?:看|分)`;
/**
 * A view opening its sentence, its colon or comma included, after the side of the money it speaks of when that is named
 * first (“收入方面,分中央和地方看,一季度,中央一般公共预算收入…”, 财政部 2025): as regex source, anchored at the start.
 */
export const VIEW_OPENING = String.raw`^\s*(?:(?:收入|支出)方面[，,]+\s*)?${VIEW}\s*[:：,，]`;
/**
 * Words that open the details of the amount before them, as “其中” does (““三公”经费预算30.5万元,具体为:因公出国(境)费…”,
 * “…比上年增加0.5万元。分项为:…”, “分项情况是:…”), and the sides of a 收支 total listed after it (“财政拨款收支预算3354.33万元。
 * 收入包括:一般公共预算当年拨款收入3225万元,上年结转129.33万元;支出包括:…”), or what it is made of (“体育彩票公益金共计123.22
 * 万元,其组成情况如下:一是…37.22万元,二是…85万元,三是…4.5万元”, 平昌 2017; “可用财力为50582万元,具体构成如下:…”, 湟里 2025): as
 * regex source, without its colon.
 */
export const DETAIL = String.raw`(?:(?:分项|具体)(?:情况)?(?:为|是)|(?:收入|支出)包括|其?(?:具体)?(?:组成|构成)(?:情况)?如下)`;
/**
 * “包括:” opening a sentence: the parts of the one amount the sentence before states, as a sentence opening with “其中” holds
 * them (“1.老年人福利119.57万元。包括:玉蟾街道黄金村互助养老家园42.8万元、海潮镇敬老院建设项目76.77万元;”, 泸县 2020); so does
 * “主要是” whose first amount is followed by its share (“…支出完成14179万元,…下降72.1%。主要是其他支出5683万元,占比40%,…”, 西乡
 * 2024) — a “主要是” of reasons states changes, not shares: as regex source, to follow a “^\s*”.
 */
export const INCLUDES_OPENING = String.raw`(?:包括\s*[:：]|主要是(?=[^，,；;。：:]*?元\s*[，,]\s*占))`;
/**
 * An amount a completion phrase names as its budget (“完成全年预算84.82万元的73.2%”, “为年初计划3165亿元的26%”, with the
 * item it plans: “完成年度收入计划535,000万元的101.0%”; after 占: “收入完成112853万元,占年计划100500万元的112.29%”, the
 * amount's own plan; with who approved it: “为县人民代表大会批准全县全年预算46,908万元的80.43%”, or who handed it down, its
 * name then written after it: “完成新区下达147.4亿元收入预算目标的103.4%”), not a subject; “完成一般公共预算收入282.18亿元” is
 * the amount done.
 */
export const COMPLETION_AMOUNT =
  /^(?:(?:完成|为|达|占)(?:[^，,；;。\d]{0,16}?(?:批准|下达)的?)?(?:全[省市县区旗])?(?:年初|全年|年度|当年|年|调整后?的?)?(?:[^，,；;。\d]{0,8}?(?:收入|支出))?(?:预算|计划|预期|目标)数?|完成[^，,；;。\d]{0,16}?下达的?)$/;
/**
 * The period before the one reported, in words: last year (“上年”, “去年”, “上年同期”), or last month or quarter in a monthly
 * execution report (“较上个月的424.4亿元增加了54.2亿元”).
 */
const SHORTER_PERIOD = "上(?:一|个)?月(?:份)?|上(?:一|个)?季度|上期";
const EARLIER_PERIOD = `上年度?|去年|上一年度?|上年同期|${SHORTER_PERIOD}`;
const SHORTER_BASE = new RegExp(SHORTER_PERIOD);
/**
 * “收支较上年决算数1166.81万元减少56.11万元”: the item's own words before the comparison, then the period and words of
 * its measure only (决算数, 支出, 的) — never a change word (“支出较上年增加…” is a change, not a base).
 */
const ITEM_BEFORE_PRIOR = `[^，,；;。\\d比较]{1,16}(?:比|较)\\s*(?:\\d{4}\\s*年度?|${EARLIER_PERIOD})(?:的|决算数?|预算数?|执行数?|实际|同期|支出|收入|数)*`;
/**
 * “较2024年的2190万元”, “比上年累计支出148万元”, “同比去年1.05万元”: the prior-year amount a change is measured from. After “与” the
 * words may name the item in full (“与2018年一般公共预算“三公”经费总额27389.54万元相比”): “与” only compares;
 * after 比 / 较 a long phrase may be a change said otherwise (“比上年多安排专项资金300万元”).
 */
const PRIOR_AMOUNT = new RegExp(
  `^(?:(?:同比|比|较|低于|高于)\\s*(?:\\d{4}\\s*年度?|${EARLIER_PERIOD})[^，,；;。]{0,8}|与\\s*(?:\\d{4}\\s*年度?|${EARLIER_PERIOD})[^，,；;。]{0,24}|${ITEM_BEFORE_PRIOR})$`,
);
const BUDGET_WORDS = /预算/;
const ACTUAL_WORDS = /决算|执行|实际/;
/**
 * Comparison words around a change (“与2023年度相比”, “比2019年决算数”, “较上年同期”, “同比”, “同口径比”, “各”; the unit's own
 * budget of last year in either word order, “比2024年单位预算收入”, “较上年部门预算支出”; a report on “去年” measured
 * “比前年”; last year's amount recast on this year's basis, “比上年同口径执行数”, 中央国有资本经营预算 2023): they name no figure.
 */
const COMPARISON = `(?:同比|环比|同口径|(?:与|比|较)(?:${EARLIER_PERIOD}|前年|当年|本年)?(?:同期)?(?:同口径|可比口径)?(?:\\d+(?:\\.\\d+)?)?(?:年初|初|全年)?(?:单位|部门)?(?:实际)?(?:支出|收入)?(?:决算数?|预算数?|执行数?|数)?(?:支出|收入)?(?:相比|相较|对比)?|对比|各|均|共|分别|的|[，,、])+`;
const LEADING_COMPARISON = new RegExp(`^${COMPARISON}`);
const TRAILING_COMPARISON = new RegExp(`${COMPARISON}$`);
const YEAR = /\d{4}\s*年度?/g;

/**
 * “比预算额11.2亿元减少了1.1亿元”, “相比年初预算数的1.5亿元减少0.3亿元”, “比2015年“三公”经费财政拨款年初预算2184.89万元减少”,
 * “低于预算的8.5亿元”, “占年初预算2180万元的44.5%”, “占年计划34300万元的106.12%”, and in a 决算 report the figure the
 * budget-execution report gave the people's congress (“比县十八届人民代表大会第五次会议报告数(以下简称“报告数”)567118万元增加
 * 8226万元”, “比报告数49500万元增加8万元”): the budget (or plan) an amount is compared with, named inside the comparison
 * (any item words between).
 */
const BUDGET_BASE =
  /^(?:比(?![如较])|较(?!为)|相比|相较于?|与(?!此)|低于|高于|占)\s*(?:\d{4}\s*年度?)?[^，,；;。\d]{0,20}?(?:预算(?:数|额|安排数?)?|计划数?|报告数)的?$/;
/** Last year's budget (“比上年预算数”) is a year comparison, not a comparison with this year's budget. */
const LAST_YEAR = /上年|去年|上一年/;
const baseWords = (m: Mention) => m.rawLabel.replace(/[（(][^（）()]*[)）]/g, "").replace(/\s+/g, "");

export const isPlainAmount = (m: Mention) => m.kind === "amount" && !isChange(m);
/** The amount a comparison is measured from: last year's (“较2024年的2190万元”) or the budget's (“比预算额11.2亿元”). */
export const isPrior = (m: Mention) => PRIOR_AMOUNT.test(baseWords(m)) || BUDGET_BASE.test(baseWords(m)) || REVISED_FROM.test(baseWords(m));
/**
 * “全旗一般公共预算收入由83.318亿元调整为143.5576亿元”, “…总收入由年初预算79552.91万元调整为82513.70万元”, “由第一次调整后的
 * 305314万元调整为302719万元”, “由上年的4980.47元增加到5624.45元”: the value before a revision (the budget it revises, or last
 * year, named in a few words or not), not the amount the sentence states (“由于…” gives a reason, never a revision; “由基本
 * 支出300.2万元和项目支出250.1万元构成” names the parts an amount is made of: ./composed-of.ts).
 */
const REVISED_FROM = /由(?!于)(?:[^，,；;。：:\d]{0,10}?(?:预算|调整后?|上年|去年|计划))?的?$/;
export const isRevisedFrom = (m: Mention) => REVISED_FROM.test(baseWords(m));
/** A comparison base of last month or quarter (“较上个月的424.4亿元”), not of last year. */
export const isShorterPeriodBase = (m: Mention) => PRIOR_AMOUNT.test(baseWords(m)) && SHORTER_BASE.test(baseWords(m));
/** A comparison base that is this year's budget: the change measured from it is actual − budget, not a change on last year. */
export const isBudgetBase = (m: Mention) => BUDGET_BASE.test(baseWords(m)) && !LAST_YEAR.test(baseWords(m));
/**
 * “培训费2023年预算2万元,较2022年预算1.50万元增长75%”: a budget compared with whose words name an earlier year than the
 * amount's own words do is that year's budget — last year's amount of the measure, as “比上年预算数” is.
 */
export function isEarlierYearBudget(base: Mention, amount: Mention): boolean {
  const [then, now] = [yearNamed(base), yearNamed(amount)];
  return isBudgetBase(base) && then !== undefined && now !== undefined && then.year < now.year;
}
/**
 * “首次突破2万亿元”, “超过5.9亿”, “将近8亿元”: a bound, never the amount a change is of, nor a total that parts add up
 * to (“节约资金超过100亿元…。其中,中小企业采购合同额为692.16亿元” breaks down the 采购规模, not the bound).
 */
export const isBound = (m: Mention) => BOUND.test(m.rawLabel);
/**
 * An amount a list of parts may add up to (the total a “其中” breaks down, the sum after “加上”, the total above a
 * numbered list): a plain amount of one figure as stated — never a change, a comparison base (last year's amount or
 * the budget a comparison names), a bound, or the budget a completion phrase names. Every list check ties its total
 * through this one property; whatever fails it leaves the list unjudged.
 */
/**
 * The amount a figure is measured against right after it: last year's (“较上年3000万元”), the budget a comparison names
 * (“占年初预算10065万元的43.2%”) or the budget a completion names (“决算为7.8万元，完成预算10万元的78.0%”).
 */
export const isBase = (m: Mention) => isPlainAmount(m) && (isPrior(m) || COMPLETION_AMOUNT.test(m.label));
/**
 * Which base it is, in words: last year's amount (上年), the value before a revision (调整前), or the budget (plan) named
 * by its qualifier — 年初, 调整, 计划 …; “全年预算” is the budget as plain “预算” is (“决算为62.07万元，完成全年预算84.82万元
 * 的73.2%。其中:…决算为12.02万元，完成预算12.02万元的100%”). Bases of one list add up only when they are the same one.
 */
export function baseMeasure(m: Mention): string {
  const words = baseWords(m);
  if (PRIOR_AMOUNT.test(words)) return "上年";
  if (REVISED_FROM.test(words)) return "调整前";
  return BUDGET_QUALIFIER.exec(words)?.[0] ?? "";
}
/**
 * The base a change or a rate is measured from, by the comparison words before it (its change or rate words dropped):
 * last year (“较上年”, “比2019年决算数”, “同比”) or a budget by its qualifier (“比年初预算”, “比报告数”); undefined when the
 * words compare with nothing. “本级收入49508万元,比报告数49500万元增加8万元,比2019年决算数下降24.8%”: the change is against
 * the 报告数, the rate against 2019's 决算 — two comparisons, not one change and its rate.
 */
export function comparedBase(raw: string): string | undefined {
  const words = raw
    .replace(/[（(][^（）()]*[)）]/g, "")
    .replace(/\s+/g, "")
    .replace(/^[，,；;、]+/, "")
    .replace(COMPARED_MEASURE_WORD, "");
  if (BUDGET_BASE.test(words) && !LAST_YEAR.test(words)) return BUDGET_QUALIFIER.exec(words)?.[0] ?? (/报告数/.test(words) ? "报告数" : "预算");
  if (PRIOR_AMOUNT.test(words) || /^(?:同比|比上年同期)$/.test(words)) return "上年";
  return undefined;
}
/** The change or rate words a comparison ends on (“增加”, “下降”, “增长了”), dropped to read the base it names. */
const COMPARED_MEASURE_WORD = /(?:增加|减少|增长|下降|上升|降低|提高|[增减多少])了?$/;
const BUDGET_QUALIFIER = /年初|调整|计划|目标|预期/;
export const isStatedTotal = (m: Mention) => isPlainAmount(m) && !isPrior(m) && !isBound(m) && m.groupSize === 1 && !COMPLETION_AMOUNT.test(m.label);
const subjectLike = (m: Mention) => isPlainAmount(m) && !COMPLETION_AMOUNT.test(m.label) && !isPrior(m) && !isBound(m) && !isDifference(m);
/**
 * “差值为0.05万元”, “审减金额18906万元”, and the gap of what was collected or spent against the budget (“完成预算46508万元的
 * 100.8%,超收392万元”, “短收69190万元”, “超支”): the difference of two amounts (./gap.ts), never what a change or a rate is of
 * (“…超收14519万元,同比减收11469万元,下降24.9%” is the 34519 collected going down).
 */
export const DIFFERENCE = /(?:差值|差额|相差|审减(?:金额|额|资金)?|超收|短收|超支)$/;
export const isDifference = (m: Mention) => m.kind === "amount" && DIFFERENCE.test(m.label);

/**
 * The words naming what changed (“公务接待费比上年增加” → “公务接待费”; “较2020年度决算数减少” → “”): the words
 * before the change without remarks in parentheses (kept with `keepParentheses`: “因公出国(境)费”), comparison
 * words and the change word itself.
 */
export function ownWords(words: string, keepParentheses = false): string {
  return (keepParentheses ? words : words.replace(/[（(][^（）()]*[)）]/g, ""))
    .replace(/\s+/g, "")
    .replace(CHANGE_WORD, "")
    .replace(YEAR, "")
    .replace(TRAILING_COMPARISON, "")
    .replace(LEADING_COMPARISON, "")
    .replace(SAME_ITEM_COMPARED, "$1")
    .replace(A_PART_OF, "");
}
/** “其中预算财政拨款收入减少1643.12万元”: the change is of a part (预算财政拨款) of the total before it. */
const A_PART_OF = /^(?:其中|包括)[：:]?/;
/** “2017年“三公”经费预算数较2016年“三公”经费预算数减少”: the item compared with itself of another year is the item. */
const SAME_ITEM_COMPARED = /^(.+)(?:比|较|与)\1$/;

/**
 * “财政拨款收入支出总计” names the amount written “…财政拨款收入支出总计 307.82 万元”; a name shortened by its
 * last word names it too (“一般公共预算财政拨款增加” for “一般公共预算财政拨款支出1264.92万元”).
 */
function sameItem(label: string, own: string): boolean {
  const [words, item] = [itemWords(label), itemWords(own)];
  const [long, short] = words.length >= item.length ? [words, item] : [item, words];
  if (short === "") return false;
  if (long.startsWith(short)) return LAST_WORD.test(long.slice(short.length));
  if (!long.endsWith(short)) return false;
  // “…一般公共预算财政拨款开支的“三公”经费总支出为4,333.33万元。与上年相比,“三公”经费支出减少了…”: the amount's name
  // says which money first (its scope), the change's name is the rest; “因公出国费支出数363.82万元,预算数378万元,支出数比
  // 预算数减少14.18万元”: the change names only the measure, the amount's name ends with it
  // “2020年法院支出决算总额为2061.61万元,支出决算总额较2019年减少91.9万元”: the amount's name may open with whose it is (the
  // unit, its level, 本年: ./figures.ts CONTEXT_PREFIX), the change's name is the rest; “公务接待预算为2327万元。与2015年相比,
  // 今年公务接待预算减少了775万元”: the change's name may say it is this year's (the year its amount is of)
  const before = long.slice(0, -short.length);
  return (short.length >= MIN_SCOPED_NAME && (SCOPE.test(before) || CONTEXT_PREFIX.test(before) || THIS_YEAR.test(before))) || MEASURE.test(short);
}
const THIS_YEAR = /^(?:今年|本年度?|当年)$/;
const LAST_WORD = /^(?:|支出|收入|决算数?|预算数?|支出决算数?|总额|金额)$/;
/** “收、支”, “收支”, “收入、支出”: a change's words naming income and expenditure together. */
const JOINT_TOTALS = /^收入?[、和与及]?支出?$/;
/**
 * The totals such words speak of, of any scope: “收入总计”, “本年支出合计”, “财政拨款收入总计”, or both at once (“收、支总计均为
 * 832.82万元”).
 */
const SIDE_TOTAL = /(?:收入?[、和与及]?支出?|收入|支出)(?:总计|合计)$/;
const isSideTotal = (m: Mention) => subjectLike(m) && SIDE_TOTAL.test(m.label);
/**
 * A change of income and expenditure together is of both totals the sentence states: certain when they are one figure
 * (“收入总计7548.19万元,支出总计7548.19万元”, “收、支总计均为832.82万元”), else of each (`each`: neither is its one amount).
 */
function sideTotals(mentions: readonly Mention[], side?: string): Bound | undefined {
  const totals = mentions.filter((m) => isSideTotal(m) && (side === undefined || SIDE_OF.exec(m.label)?.[1] === side));
  return totals.length > 0 ? ofEach(bound(totals, totals), side === undefined) : undefined;
}
/** Words naming both sides speak of each of two totals, one of each side (not of a 本年收入合计 beside the 收入总计). */
const ofEach = (b: Bound, joint: boolean): Bound => {
  const sides = (b.candidates ?? []).map((m) => SIDE_OF.exec(m.label)?.[1]);
  return joint && !b.certain && sides.length === 2 && sides.includes("收入") && sides.includes("支出") ? { ...b, each: true } : b;
};
/**
 * “收入总计901万元,支出总计901万元,与2017年相比,收、支总计各增加12万元,增长1.3%”: words naming both sides with the totals'
 * own word (“收、支总计”, “收入、支出总计”) are of the totals of that word stated for each side without other words (“收入总计”,
 * “支出总计”; not “财政拨款收入总计”, not “本年收入合计”) — certain when they are one figure, as `bound` ties any.
 */
const JOINT_NAMED = /^收入?[、和与及]?支出?(总计|合计)$/;
const PLAIN_SIDE_TOTAL = /^(?:收入?[、和与及]?支出?|收入|支出)(总计|合计)$/;
function namedSideTotals(mentions: readonly Mention[], own: string): Bound | undefined {
  const word = JOINT_NAMED.exec(own)?.[1];
  const totals = mentions.filter((m) => subjectLike(m) && PLAIN_SIDE_TOTAL.exec(m.label.replace(/\s+/g, ""))?.[1] === word);
  return totals.length > 0 ? ofEach(bound(totals, totals), true) : undefined;
}
/**
 * “收入总计6955.73万元,支出总计6,954.57万元。与2015年决算数相比,收入增加950.05万元…。支出增加841.13万元”: a change named by
 * one side alone is of that side's total — in its sentence, the one before, or the last sentence of its paragraph
 * that stated side totals (a sentence of changes only states none).
 */
const ONE_SIDE = /^(?:收入|支出)$/;
/** The side a total is of (“本年支出合计”: 支出); none for a joint one (“收入支出总计”). */
const SIDE_OF = /(?<![收入、和与及])(收入|支出)(?:总计|合计)$/;
/** The side totals of a paragraph's sentence, for the sentences after it (./extract.ts Before). */
export const sideTotalsOf = (mentions: readonly Mention[]): readonly Mention[] => mentions.filter(isSideTotal);
/** Words that say which money an amount is of, ending the words before its item's name (“一般公共预算财政拨款开支”). */
const SCOPE = /(?:财政拨款|一般公共预算|政府性基金预算?|国有资本经营预算)(?:开支|安排|使用)?$/;
const MIN_SCOPED_NAME = 4;
/** A measure named alone (“支出数”, “决算数”, “实际支出数”): which of an item's amounts, not which item. */
const MEASURE = /^(?:支出|收入|决算|执行|实际(?:支出|收入)?)数$/;
/** A name as compared: without spaces, the writer's quotes, 总 / 的 and the scope of the whole text (“全区“三公”经费总支出”). */
const itemWords = (words: string) =>
  words
    .replace(/\s+/g, "")
    .replace(/[“”"]/g, "")
    .replace(/[总的]/g, "")
    .replace(/^全[国省市区县]/, "");

/**
 * The amount a change belongs to (“…支出决算为62.07万元，完成全年预算84.82万元的73.2%，比上年决算数增加38.97万元”:
 * 62.07), tied with certainty when
 * - the change is one of a paired list (“收、支总计各是A、B万元 … 各减少X、Y万元”): the same place in the list
 *   of the same length, in its sentence or the one before;
 * - or its own words name what changed (“…收入支出总计307.82万元。与2023年度相比，收入支出总计增加…”): the one
 *   amount stated under those words, in its sentence or the one before;
 * - or its clause (up to “；” or “其中”) states one amount it can belong to (inside parentheses: one there), its
 *   words naming no figure: an
 *   amount named as budget is set aside when the clause also states the 决算 and the change does not speak of
 *   预算 (a 决算 text compares 决算 with last year);
 * - or, opening its sentence with comparison words only (“……382.17万元，为……。较2020年度决算数减少157.86万元”),
 *   the sentence before states exactly one such amount; a sentence before that lists parts after “其中” (“预算为3328
 *   万元。其中，因公出国（境）费50万元，公务接待费478万元…。同口径比2018年减少830万元”) breaks down `whole`, the
 *   sentence before it, whose one amount the change is then of.
 * A clause with several candidates (“总预算A元，其中：基本支出B元，项目支出C元，同比增加D元”) ties nothing surely.
 */
export function changeSubject(
  mentions: readonly Mention[],
  i: number,
  previous: readonly Mention[],
  lead: string,
  whole?: readonly Mention[],
  sides: readonly Mention[] = [],
): Bound | undefined {
  const change = mentions[i];
  const before = mentions.slice(0, i);
  if (change.groupSize > 1) {
    const paired =
      pairedIn(before, change) ?? pairedIn(previous, change) ?? namedListed(before, change) ?? namedInTurn(before, change) ?? namedInTurn(previous, change);
    return paired && { to: paired, certain: true };
  }
  const sentenceCandidates = before.filter((m) => subjectLike(m) && m.depth <= change.depth);
  const own = ownWords(change.rawLabel);
  if (own) {
    // “…收入支出总计307.82万元。与2023年度相比，收入支出总计增加307.82万元”: the amount of that name
    const oneSide = ONE_SIDE.test(own) ? (sideTotals(before, own) ?? sideTotals(previous, own)) : undefined;
    if (oneSide) return oneSide;
    if (JOINT_TOTALS.test(own)) return sideTotals(before.some(isSideTotal) ? before : previous);
    const named = (ms: readonly Mention[]) => ms.filter((m) => subjectLike(m) && sameItem(m.label, own));
    const found = named(before).length > 0 ? named(before) : named(previous);
    if (found.length === 0 && ONE_SIDE.test(own)) return sideTotals(sides, own);
    if (found.length === 0 && JOINT_NAMED.test(own)) return namedSideTotals(before, own) ?? namedSideTotals(previous, own);
    // “因公出国费支出数363.82万元,…;公务用车…支出数1,437.99万元,预算数8,413.22万元,支出数比预算数减少…”: several of that name
    // in the sentence, one in the change's own clause — that one
    const inClause = found.filter((m) => m.clause === change.clause);
    if (found.length > 1 && inClause.length === 1) return { to: inClause[0], certain: true };
    return found.length > 0 ? bound(found, sentenceCandidates) : undefined;
  }
  const candidates = before.filter((m) => subjectLike(m) && m.clause === change.clause && m.depth <= change.depth);
  // “…585.53万元，同比减少144.92万元（公务用车购置费0万元，同比减少0万元…）”: inside parentheses, the amount there
  const inParentheses = candidates.filter((m) => m.depth === change.depth);
  const inClause = preferActual(change.depth > 0 && inParentheses.length > 0 ? inParentheses : candidates, change);
  const listed = listedWhole(before, change);
  const comparable = comparableAmount(inClause, before);
  if (comparable && !listed) return { to: comparable, certain: true };
  if (inClause.length > 0) return bound(listed ? [...inClause, listed] : inClause, sentenceCandidates, inClause[inClause.length - 1]);
  if (before.some((m) => m.clause === change.clause && m.kind === "amount" && !isChange(m) && !isPrior(m))) return undefined;
  // “…支出预算为6.35万元，支出决算为6.35万元，完成预算的100%；较上年增加0.61万元”: a clause of comparison words only
  // after the sentence's clauses of amounts — of the one they leave once the budget is set aside beside the 决算
  // “收支总预算4,471.22万元,含…经费250万元,…经费537.31万元;比2012年预算增加755.18万元”: amounts a “含” lists are inside
  // the amount before them, as in parentheses — no subject of a later clause's change
  const included = includedAmounts(before);
  const earlierClauses = preferActual(
    sentenceCandidates.filter((m) => !included.has(m)),
    change,
  );
  if (earlierClauses.length === 1 && !before.some((m) => m.kind === "amount" && isChange(m))) return { to: earlierClauses[0], certain: true };
  // “…预算为63.16亿元,比2014年预算数减少8.35亿元,下降11.7%;比2014年执行数减少2.5亿元,下降3.8%”: a second comparison of the one
  // amount — the sentence before it states no other amount than that one, its changes and their rates and bases
  if (earlierClauses.length === 1 && before.every((m) => m === earlierClauses[0] || m.kind === "percent" || isChange(m) || isPrior(m)))
    return { to: earlierClauses[0], certain: true };
  if (before.some((m) => isPlainAmount(m) && !isPrior(m))) return undefined;
  const leadWords = ownWords(leadPastPrior(lead, before, change));
  // “2024年度收入总计7548.19万元,支出总计7548.19万元。收、支与2023年度相比,减少719.66万元”: the totals of the sentence before
  if (JOINT_TOTALS.test(leadWords)) return sideTotals(previous);
  if (leadWords !== "") return undefined;
  const earlier = preferActual(previous.filter(subjectLike), change);
  const totals = whole && earlier.length > 1 ? preferActual(whole.filter(subjectLike), change) : [];
  if (totals.length === 1) return { to: totals[0], certain: true };
  return earlier.length > 0 ? bound(earlier, [], earlier[0]) : undefined;
}

/**
 * “服务类采购规模为10219.3亿元,剔除…相关支出5358.5亿元后,服务类采购同口径规模为4860.8亿元,较上年增加1516.9亿元,增长45.4%”: an
 * amount named as measured on a comparable basis (同口径, 可比口径), the one so named and stated right before the change (whose
 * words name nothing), is the one the change compares with last year — the amounts before it are the same item unadjusted
 * and what the adjustment took out.
 */
function comparableAmount(candidates: readonly Mention[], before: readonly Mention[]): Mention | undefined {
  const last = before[before.length - 1];
  const named = candidates.filter((m) => COMPARABLE_BASIS.test(m.label));
  return named.length === 1 && named[0] === last ? last : undefined;
}
const COMPARABLE_BASIS = /同口径|可比口径/;

/**
 * “本部门2020年度收入总计3759.2万元,其中年初结转和结余1366.76万元,较2019年增加197.03万元,增加5.5%” (永丰县人民法院 2020): a
 * change in the clause a “其中” opens may be of the item listed there or of the whole the “其中” breaks down (5.5% is the
 * 收入总计's, 197.03 ÷ 3562.17; the item's would be 16.84%) — the whole, the sentence's last amount before that clause, is a
 * candidate too — unless the whole's own change comes before the “其中”.
 */
function listedWhole(before: readonly Mention[], change: Mention): Mention | undefined {
  const opener = before.find((m) => m.clause === change.clause);
  if (!opener || !LIST_OPENER.test(opener.rawLabel)) return undefined;
  const whole = before.filter((m) => m.clause < change.clause && subjectLike(m) && m.depth <= change.depth).pop();
  // “收入116059万元,较上年增加6570万元,增长6%,其中税收收入82539万元,较上年增加4674万元” (蓝山 2024): a whole whose own change
  // is stated before the “其中” leaves the changes after it to the items
  return whole && !before.some((m) => m.start > whole.start && m.clause < change.clause && m.kind === "amount" && isChange(m)) ? whole : undefined;
}
const LIST_OPENER = /^[，,\s]*其中/;

/** The amounts listed after “含” right after an amount, up to the end of that clause at that depth. */
function includedAmounts(mentions: readonly Mention[]): Set<Mention> {
  const included = new Set<Mention>();
  let opener: Mention | undefined;
  for (const m of mentions) {
    if (opener && (m.clause !== opener.clause || m.depth !== opener.depth)) opener = undefined;
    if (m.kind === "amount" && INCLUDES.test(m.rawLabel.replace(/\s+/g, ""))) opener = m;
    if (opener && m.kind === "amount") included.add(m);
  }
  return included;
}
const INCLUDES = /^[，,]?含/;

/**
 * “…支出4.55万元,…。较2016年决算4.08万元,增加了0.47万元”: a sentence opening with its comparison, the base amount
 * named in it (last year's, the budget's), says no more of its own before the change than one opening “较上年增加…”.
 */
function leadPastPrior(lead: string, before: readonly Mention[], change: Mention): string {
  const priors = before.filter(isPrior);
  const opening = change.start - lead.length;
  if (priors.length !== 1 || priors[0] !== before[0]) return lead;
  const [named, after] = [lead.slice(0, priors[0].start - opening), lead.slice(priors[0].end - opening)];
  // “收支较上年决算数1166.81万元减少56.11万元”: the item's words before the base name what changed, as they would without it
  if (ITEM_BEFORE_PRIOR_WORDS.test(named.replace(/\s+/g, ""))) return named + after;
  return ownWords(named) === "" ? after : lead;
}
const ITEM_BEFORE_PRIOR_WORDS = new RegExp(`^${ITEM_BEFORE_PRIOR}$`);

/**
 * “公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.35万元”: two amounts right before a change whose words
 * only compare, the same words after two different years — the same item in two years. The later year's is the
 * amount the change is of, the earlier's the prior it is measured from; both tied with certainty.
 */
export function yearPair(mentions: readonly Mention[], i: number): { current: Mention; prior: Mention } | undefined {
  const change = mentions[i];
  const [a, b] = [mentions[i - 2], mentions[i - 1]];
  if (!a || !b || change.groupSize > 1 || ownWords(change.rawLabel) !== "") return undefined;
  const single = (m: Mention) => isPlainAmount(m) && m.groupSize === 1 && m.depth === change.depth;
  const [ya, yb] = [yearNamed(a), yearNamed(b)];
  if (!single(a) || !single(b) || !ya || !yb || ya.year === yb.year) return undefined;
  if (!sameYearItem(ya.measure, yb.measure) && !comparedByTail(a, b, ya.measure, yb.measure)) return undefined;
  return ya.year > yb.year ? { current: a, prior: b } : { current: b, prior: a };
}

/**
 * “2013年支出合计70.15亿元,较上一年减少4.1亿元;2014年支出合计58.8亿元,较上一年减少11.35亿元”: a series of years, each amount
 * with its change on the year before — a change compared with 上一年 / 上年 whose amount is named under a year is measured
 * from the amount stated right before it under the year before and the same words (that amount's own change and rate
 * between them); both tied with certainty.
 */
export function seriesPair(mentions: readonly Mention[], i: number): { current: Mention; prior: Mention } | undefined {
  const change = mentions[i];
  const current = mentions[i - 1];
  if (!current || change.groupSize > 1 || !LAST_YEAR_COMPARED.test(change.rawLabel.replace(/\s+/g, ""))) return undefined;
  const single = (m: Mention) => isPlainAmount(m) && m.groupSize === 1 && m.depth === change.depth;
  const before = mentions.slice(0, i - 1);
  const own = (m: Mention) => m.kind === "percent" || CHANGE_WORD.test(m.label);
  let at = before.length - 1;
  while (at >= 0 && own(before[at])) at--;
  const prior = before[at];
  if (!prior || !single(prior) || !single(current) || before.slice(at + 1).some((m) => m.depth !== change.depth)) return undefined;
  const [then, now] = [yearNamed(prior), yearNamed(current)];
  return then && now && now.year - then.year === 1 && then.measure !== "" && then.measure === now.measure ? { current, prior } : undefined;
}
const LAST_YEAR_COMPARED = /^(?:比|较|与)(?:上一?年度?)(?:相比)?(?:增加|减少|增长|下降)了?$/;

/**
 * “普通高等学校由上年的17916.00元增加到21360.17元”, “预算总经费从去年的193.45亿元猛减到今年的125.54亿元”, “由2021年的…
 * 下降至…”: last year's amount after “由” / “从” and its period, then the amount it reached after a verb of one direction
 * and “到” / “至” — one amount in two years, the verb saying which way it went. Named years are one apart (“从2015年的2007万元
 * 上升到2020年的2468万元” spans five: a rate after it may be the yearly average); an earlier year named against “今年” spans
 * what the words do not say.
 */
export function reachedPair(prior: Mention, current: Mention): { current: Mention; prior: Mention; up: boolean } | undefined {
  const from = FROM_PERIOD.exec(prior.rawLabel.replace(/\s+/g, ""));
  const reached = REACHED.exec(current.rawLabel.replace(/\s+/g, ""));
  if (!from || !reached || isBound(prior) || isBound(current)) return undefined;
  const [then, now, thisYear] = [from[1], reached[2], reached[3]];
  if (then && (thisYear || (now && Number(now) - Number(then) !== 1))) return undefined;
  return { current, prior, up: /增|提高|上升|升/.test(reached[1]) };
}
/** Last year's amount opened by “由” / “从” (“由上年的”, “从去年的”, “由2021年”, “由去年同期的”). */
const FROM_PERIOD = /[由从](?:上年|去年|上一年|(\d{4})年度?)(?:同期)?的?$/;
/** “增加到”, “下降至”, “猛减到今年的”, “上升到2018年的”: the amount reached, the direction, and the period reached if named. */
const REACHED = /^(?:猛|骤|大幅)?(增加|增长|提高|上升|减少|下降|降低|[增减降升])(?:到|至)(?:(\d{4})年度?|(今年|本年度?))?的?$/;

/**
 * “预算总经费从去年的193.45亿元减少到今年的125.54亿元,减少67.91亿元”: a change right after an amount reached from last
 * year's in its clause (reachedPair), its words only a change's, is of that amount, measured from last year's; both tied
 * with certainty.
 */
export function reachedChangePair(mentions: readonly Mention[], i: number): { current: Mention; prior: Mention; up: boolean } | undefined {
  const change = mentions[i];
  const [a, b] = [mentions[i - 2], mentions[i - 1]];
  if (!a || !b || change.groupSize > 1 || ownWords(change.rawLabel) !== "") return undefined;
  const single = (m: Mention) => isPlainAmount(m) && m.groupSize === 1 && m.depth === change.depth && m.clause === change.clause;
  return single(a) && single(b) ? reachedPair(a, b) : undefined;
}
/**
 * “2015年我厅系统“三公经费”部门预算451.62万元比2014年“三公经费”部门预算287.17万元增加164.45万元”: the second amount compared
 * with the first in its clause (“比” / “较” right after the first), named by the tail of the first's words (the unit said
 * once), is the same item in the other year.
 */
const comparedByTail = (a: Mention, b: Mention, first: string, second: string) =>
  a.clause === b.clause && COMPARED_WITH.test(b.rawLabel) && second !== "" && first.endsWith(second);
const COMPARED_WITH = /^\s*(?:比|较)\s*\d{4}\s*年/;
/**
 * The same item in both years: the same words, or — measured as each year has it (last year's 执行数, this year's
 * 预算数: “2016年中央彩票公益金的执行数是356.60亿元,2017年的预算数是466.29亿元”) — the same item once the measure words
 * are set aside, the second naming no item of its own (it carries the first's).
 */
const sameYearItem = (first: string, second: string) => {
  const item = (words: string) => words.replace(YEAR_MEASURE, "");
  return first === second || (item(second) === "" && item(first) !== "");
};
const YEAR_MEASURE = /执行数|预算数|决算数|预算|决算|执行|实际|完成|[的是为]|[:：\s]/g;
const YEAR_THEN_MEASURE = /(\d{4})\s*年度?([^\d]*)$/;
function yearNamed(m: Mention): { year: number; measure: string } | undefined {
  const found = YEAR_THEN_MEASURE.exec(m.rawLabel.replace(/\s+/g, ""));
  return found ? { year: Number(found[1]), measure: found[2] } : undefined;
}

/**
 * The prior-year amount the change's clause states (“较2024年的2190万元减少221万元”) — never the budget a completion phrase
 * names (“累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%,增收5939万元”: the 增收 is on last year).
 */
export function changePrior(mentions: readonly Mention[], i: number): Mention | undefined {
  const change = mentions[i];
  const prior = mentions.slice(0, i).filter((m) => isPlainAmount(m) && isPrior(m) && !COMPLETION_AMOUNT.test(m.label) && m.clause === change.clause);
  return prior.length === 1 && prior[0].groupSize === change.groupSize ? prior[0] : undefined;
}

/**
 * “2010年，…预算4732.23万元，…。2011年，…预算4666.85万元，比2010年预算减少65.38万元”: a change compared with a
 * named year, its own clause stating no prior, is measured from the one amount of the sentence before that opens with
 * that year and names the same item in the same words as the amount the change is of.
 */
export function priorOfYear(change: Mention, subject: Mention, previous: { text?: string; mentions: readonly Mention[] }): Mention | undefined {
  const year = /(?:比|较|与)\s*(\d{4})\s*年/.exec(change.rawLabel)?.[1];
  const opens = previous.text && /^\s*(\d{4})\s*年/.exec(previous.text)?.[1];
  if (!year || year !== opens) return undefined;
  const same = previous.mentions.filter((m) => isPlainAmount(m) && m.groupSize === 1 && itemWords(m.label) === itemWords(subject.label));
  return same.length === 1 ? same[0] : undefined;
}

/** An amount stated in a sentence, with the sentence's words before it. */
export interface StatedBefore {
  mention: Mention;
  lead: string;
}

/**
 * “这份账本显示:在因公出国(境)费用方面,市民政局2010年决算数358.7万元,…。…因公出国(境)费用预算205.4万元,比2010年决算数减少
 * 153.3万元”: a change compared with a named year's measure (“比2010年决算数”), no prior in its clause nor in the sentence
 * before, is measured from the amount stated earlier in its paragraph under that year and measure whose sentence names,
 * before it, the item of the change's amount (因公出国(境)费用) — only when exactly one amount there is so stated.
 */
export function priorStatedEarlier(change: Mention, subject: Mention, earlier: readonly StatedBefore[]): Mention | undefined {
  const named = COMPARED_YEAR.exec(change.rawLabel.replace(/\s+/g, ""));
  const item = itemWords(subject.label).replace(ITEM_MEASURE, "");
  if (!named || item.length < MIN_ITEM) return undefined;
  const stated = earlier.filter(({ mention: m, lead }) => {
    const year = yearNamed(m);
    return isPlainAmount(m) && m.groupSize === 1 && year?.year === Number(named[1]) && year.measure.includes(named[2]) && itemWords(lead).includes(item);
  });
  return stated.length === 1 && !isPrior(stated[0].mention) ? stated[0].mention : undefined;
}
/** “比2010年决算数”, “较2015年预算”: the year and the measure a change is compared with. */
const COMPARED_YEAR = /(?:比|较|与)(\d{4})年度?(决算|预算|执行)/;
/** The measure an item's amount is named by after its name (“因公出国(境)费用预算”). */
const ITEM_MEASURE = /(?:预算|决算|执行|支出)数?$/;
const MIN_ITEM = 4;

/**
 * “去年,该部门“三公经费”财政拨款决算239.07万元;今年,这笔经费的预算为184.54万元,同比减少54.53万元”: a change in the part of
 * its sentence (between “；”) that opens with 今年 / 本年, whose amount is the one of that part, is measured from the one
 * amount of the part right before, which opens with 去年 / 上年 — when the change's amount refers back to it (这笔, 该项 …)
 * or names the same item in the same words. `lead`: the sentence's words before the change.
 */
export function priorOfLastYear(mentions: readonly Mention[], change: Mention, subject: Mention, lead: string): Mention | undefined {
  const parts = lead.split(/[；;]/);
  if (parts.length < 2) return undefined;
  const [before, own] = parts.slice(-2);
  if (!THIS_YEAR_OPENS.test(own) || !LAST_YEAR_OPENS.test(before)) return undefined;
  const ownStart = change.start - own.length;
  const beforeStart = ownStart - 1 - before.length;
  const plain = (from: number, to: number) => mentions.filter((m) => m.start >= from && m.end <= to && isPlainAmount(m));
  const [earlier, current] = [plain(beforeStart, ownStart - 1), plain(ownStart, change.start)];
  if (earlier.length !== 1 || current.length !== 1 || current[0] !== subject || earlier[0].groupSize !== 1) return undefined;
  const refersBack = REFERS_BACK.test(subject.rawLabel) || itemWords(subject.label) === itemWords(earlier[0].label);
  return refersBack && !isPrior(earlier[0]) && !isBound(earlier[0]) ? earlier[0] : undefined;
}
const THIS_YEAR_OPENS = /^\s*(?:今年|本年度?)[，,]/;
const LAST_YEAR_OPENS = /^\s*(?:去年|上年度?|上一年度?)[，,]/;
/** Words that take up the amount named before (“这笔经费”, “该项支出”, “此项经费”). */
const REFERS_BACK = /(?:这|该|此|上述)(?:笔|项)/;

/**
 * “比预算减少”, “较年初预算数增加”, “决算比预算减少”: a change against the budget, not against last year. The actual's
 * measure may name itself before the comparison (“决算”, “执行数”, “实际支出”): it names no other figure.
 */
const AGAINST_BUDGET = /^(?:(?:决算|执行|实际(?:支出)?)数?)?(?:比|较|与)(?:当年|本年)?(年初|全年)?预算数?/;
const ACTUAL_MEASURE = /^(?:决算|执行|实际(?:支出)?)数?/;

/**
 * The budget a change against the budget names, when its words name nothing else (“比年初预算减少” → 年初, “决算比预算节约”
 * → “”), or undefined for any other change.
 */
export function budgetCompared(change: Mention): "年初" | "全年" | "" | undefined {
  const words = change.rawLabel.replace(/\s+/g, "");
  const found = AGAINST_BUDGET.exec(words);
  if (change.groupSize > 1 || !found || ownWords(words.replace(ACTUAL_MEASURE, "")) !== "") return undefined;
  return (found[1] as "年初" | "全年" | undefined) ?? "";
}

/**
 * “预算3,786.49万元，实际支出3,535.78万元，比预算减少250.71万元”: a change against the budget is actual − budget,
 * both tied with certainty when its sentence states before it exactly one amount named as budget and one named
 * as actual, the actual right before the change or right before the budget that is (“决算数为9663万元,预算数为13874万元,
 * 比年初预算数减少4211万元”). A sentence that states the actual only takes the budget from the
 * sentence before when that one states exactly one amount, named as budget (“…预算为2513.6万元。…全年实际开支
 * 2496.12万元，比当年预算节省了17.48万元”).
 */
export function budgetComparison(mentions: readonly Mention[], i: number, previous: readonly Mention[] = []): { actual: Mention; budget: Mention } | undefined {
  const change = mentions[i];
  if (budgetCompared(change) === undefined) return undefined;
  const amounts = mentions.slice(0, i).filter((m) => isPlainAmount(m) && m.depth === change.depth && m.groupSize === 1);
  const actuals = amounts.filter(isActual);
  const budgets = amounts.filter(isBudget);
  const last = amounts[amounts.length - 1];
  const actual = budgets.length === 1 && last === budgets[0] ? amounts[amounts.length - 2] : last;
  if (actuals.length !== 1 || actuals[0] !== actual) return undefined;
  const earlier = previous.filter(isPlainAmount);
  const budget = budgets.length === 1 ? budgets[0] : amounts.length === 1 && earlier.length === 1 && isBudget(earlier[0]) ? earlier[0] : undefined;
  return budget && { actual, budget };
}
const isBudget = (m: Mention) => BUDGET_WORDS.test(m.label) && !ACTUAL_WORDS.test(m.label);
/**
 * An amount named as actual by the measure word its name ends on, the last of them (“市级预算部门使用…一般公共预算财政拨款…
 * 安排的“三公”经费决算数”: 决算 — the 预算 of a unit's or a fund's name comes before the measure).
 */
const isActual = (m: Mention) => ACTUAL_WORDS.test(LAST_MEASURE.exec(m.label)?.[1] ?? "");
const LAST_MEASURE = /(决算|执行|实际|预算)(?!.*(?:决算|执行|实际|预算))/;

/**
 * “包括公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元”: a list of named
 * amounts joined by 和 / 、 / 及 right before changes said to be “分别” (each in turn) — the same place in the list.
 */
function namedListed(before: readonly Mention[], change: Mention): Mention | undefined {
  if (!RESPECTIVELY.test(change.rawLabel)) return undefined;
  const first = before.findIndex((m) => m.group === change.group);
  const listed = (first < 0 ? before : before.slice(0, first)).slice(-change.groupSize);
  const joined = listed.every((m, k) => isPlainAmount(m) && m.groupSize === 1 && m.clause === listed[0].clause && (k === 0 || LIST_JOIN.test(m.rawLabel)));
  return listed.length === change.groupSize && joined ? listed[change.slot] : undefined;
}
const RESPECTIVELY = /分别|各自?/;
const LIST_JOIN = /^\s*[和及、与]/;

/**
 * “收入总计7562.45万元,支出总计6632.48万元,…收入、支出总计各增加1412.7万元、2062.79万元”: changes said to be “各” / “分别”
 * whose own words name their items in turn — the amount stated under the name at the change's place, where exactly one
 * way of cutting the words gives one amount for every name (a name's last words shared: “收入、支出总计” is 收入总计 and
 * 支出总计).
 */
function namedInTurn(mentions: readonly Mention[], change: Mention): Mention | undefined {
  if (!RESPECTIVELY.test(change.rawLabel)) return undefined;
  const amounts = mentions.filter((m) => subjectLike(m) && m.groupSize === 1);
  const resolved = cutsInto(ownWords(change.rawLabel), change.groupSize)
    .map((names) => sharingTail(names).map((name) => amounts.filter((m) => sameItem(m.label, name))))
    .filter((found) => found.every((f) => f.length === 1) && new Set(found.map((f) => f[0])).size === found.length);
  return resolved.length === 1 ? resolved[0][change.slot][0] : undefined;
}
/** The words a list of names shares at its end (“收入、支出总计”: 总计), given to each name without them. */
const SHARED_TAIL = /(?:总计|合计|总额)$/;
function sharingTail(names: string[]): string[] {
  const tail = SHARED_TAIL.exec(names[names.length - 1])?.[0];
  return tail ? names.map((name) => (name.endsWith(tail) ? name : name + tail)) : names;
}

const JOINER = /[与和及、]/g;
/** Every way of cutting words into n non-empty names at joiners (the joiners dropped). */
export function cutsInto(words: string, n: number): string[][] {
  if (n === 1) return words ? [[words]] : [];
  return [...words.matchAll(JOINER)].flatMap((j) => {
    const head = words.slice(0, j.index);
    return head ? cutsInto(words.slice(j.index! + 1), n - 1).map((rest) => [head, ...rest]) : [];
  });
}

function pairedIn(mentions: readonly Mention[], change: Mention): Mention | undefined {
  return mentions.filter((m) => isPlainAmount(m) && m.groupSize === change.groupSize && m.slot === change.slot).pop();
}

/**
 * The amounts that words following a budget and its actual may speak of: “中央彩票公益金2013年支出预算数为489.16亿元,决算数为
 * 450.09亿元。其中,中央本级支出303.08亿元,对地方转移支付147.01亿元”, “…收入预算数为1376.82亿元,决算数为1326.38亿元,完成预算的
 * 96.3%。加上上年结转收入113.59亿元,…收入总量为1439.97亿元” — of a budget and the actual stated after it, a breakdown or an
 * addition naming no budget is of the actual (as a change of such a sentence is: preferActual).
 */
export function measuredAmounts(totals: Mention[], words: string): Mention[] {
  if (totals.length !== 2 || BUDGET_WORDS.test(words.replace(BUDGET_KIND, "").replace(COMPLETED_BUDGET, ""))) return totals;
  const [budget, actual] = totals;
  return isBudget(budget) && ACTUAL_WORDS.test(actual.label) && !BUDGET_WORDS.test(actual.label) ? [actual] : totals;
}

/**
 * “…决算为23,005.58元,完成年初预算的95.86%”: each part's completion names the budget as the base of its rate, not as
 * what the parts measure (a list of 决算 with their completion rates is still of the actual).
 */
const COMPLETED_BUDGET = /完成(?:年初|全年|调整后?)?预算数?的/g;

/** The name of a kind of budget (“国有资本经营预算收入总量”), not a budget figure. */
const BUDGET_KIND = new RegExp(KIND_NAME, "g");

/**
 * Of a budget and an actual side by side, the one a change is of: the actual (“预算为…,决算为…,较上年增加…”), unless the
 * change's words name a budget — this year's (“比预算数减少”: either may be meant) or last year's, whose change is the
 * budget's own (“2024年…执行数2010.95万元,2025年…预算数2005.41万元,较上年预算数减少94.91万元”).
 */
function preferActual(candidates: Mention[], change: Mention): Mention[] {
  const actual = candidates.filter((m) => ACTUAL_WORDS.test(m.label) && !BUDGET_WORDS.test(m.label));
  const budget = candidates.filter((m) => BUDGET_WORDS.test(m.label) && !ACTUAL_WORDS.test(m.label));
  if (actual.length === 0 || budget.length === 0) return candidates;
  if (LAST_YEAR_BUDGET.test(change.rawLabel)) return candidates.filter((m) => !actual.includes(m));
  return BUDGET_WORDS.test(change.rawLabel) ? candidates : candidates.filter((m) => !budget.includes(m));
}
const LAST_YEAR_BUDGET = /(?:上年|去年|上一年)度?[^，,；;。\d]{0,6}?预算/;
