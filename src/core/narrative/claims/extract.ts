import {
  ADJUSTED_BASIS,
  budgetCompared,
  budgetComparison,
  CHANGE_WORD,
  comparedBase,
  DETAIL,
  INCLUDES_OPENING,
  changePrior,
  changeSubject,
  COMPLETION_AMOUNT,
  EITHER_WAY,
  isBase,
  isBudgetBase,
  isPlainAmount,
  isPrior,
  isRevisedFrom,
  isStatedTotal,
  measuredAmounts,
  priorOfLastYear,
  priorOfYear,
  priorStatedEarlier,
  sideTotalsOf,
  yearPair,
  seriesPair,
  reachedChangePair,
  type Bound,
  VIEW_OPENING,
  type StatedBefore,
} from "./binding";
import { toHalfWidth } from "../../numbers/parse-number";
import { sentences } from "../../text/sentences";
import { findMentions, sharedAmountUnit, type Mention } from "./mentions";
import { measureBrokenDown, measureLists } from "./measure-breakdown";

export { CHANGE_WORD } from "./binding";

/**
 * Claims (陈述) read from one sentence of the 情况说明: what the sentence asserts with numbers, read as an
 * accountant reads them — a share after a parenthesis belongs to the amount before the parenthesis, the
 * members of “收、支总计分别为A、B万元 … 分别减少X、Y万元，分别下降p%、q%” pair in order, and a completion
 * rate belongs to the amounts of its own clause.
 */
export type Claim =
  /**
   * “…4265.40万元 …增加2909.12万元，增长214.49%”: subject = the current amount it is tied to (./binding.ts),
   * prior = the prior-year amount when the clause states it (“较2024年的2190万元减少221万元”), or the budget a
   * change against the budget is measured from (`againstBudget`: “实际支出B万元，比预算减少C万元”).
   */
  | {
      kind: "change";
      subject?: Bound;
      prior?: Mention;
      againstBudget?: boolean;
      change: Mention;
      up: boolean;
      percent?: Mention;
      percentUp?: boolean;
      /** The words leave both directions (“减少(增加)”, binding.ts EITHER_WAY): judged both ways, accused only when both fail. */
      eitherWay?: boolean;
      /** The prior is the value before a revision (“由51.9亿元调整为111.65亿元,调增59.75亿元”), not last year's. */
      revised?: boolean;
    }
  /** “基本支出478.86万元，占11.23%”; total is the list's total amount or the named total (“占本年支出合计的”). */
  /** `named`: the share's own words name its part again (“税收收入515.4亿元，…，税收占比81.3%”). */
  | { kind: "share"; part: Mention; share: Mention; totalName?: string; list: number; named?: boolean }
  /** “全年预算数为0.63万元，项目执行0.63万元，预算执行率为4.8%”. */
  | {
      kind: "completion";
      rate: Mention;
      actual?: Mention;
      budget?: Mention;
      /** “完成年初预算的…” / “完成全年预算数的…”: which budget the words name. */
      budgetWord?: "年初" | "全年";
      /** The other budget stated in the clause (全年预算 beside 年初预算), if any. */
      alternative?: Mention;
      /**
       * With no budget stated, the actual's change against the budget the rate names (“比年初预算减少266.46万元”): the
       * budget is the actual less that change (./extract.ts budgetCut).
       */
      cut?: { change: Mention; up: boolean };
    }
  /** Any named amount (checked against the tables and the text's own totals). */
  | { kind: "amount"; mention: Mention };
export type ChangeClaim = Extract<Claim, { kind: "change" }>;
export type ShareClaim = Extract<Claim, { kind: "share" }>;
export type CompletionClaim = Extract<Claim, { kind: "completion" }>;

export interface SentenceClaims {
  sentence: string;
  /** Position of the sentence in its paragraph (mention positions are positions in the paragraph). */
  start: number;
  mentions: Mention[];
  claims: Claim[];
  /** For each share list (index = Claim.list): the amount stated before the list as its total, if any. */
  listTotals: (Mention | undefined)[];
  /** For each share list: the name written after its total (“在426.79亿元采购规模中，…”: 采购规模), if any. */
  listNames: (string | undefined)[];
  /**
   * A sentence opening with “其中” breaks down the last amount of the sentence before (“…决算为22.62万元。其中公务
   * 接待费为20.10万元，占88.86%；…”): a total its first share list may use once its parts add up to it.
   */
  openingTotal?: Mention;
  /**
   * The sentence before states that one amount only (“一般公共预算支出714亿元，比上年增长7.1%。其中，…”), or states one amount
   * only under several names (“一般公共预算财政拨款收入727.11万元，一般公共预算财政拨款支出727.11万元，比2024年减少67.02万元。
   * 其中：基本支出…；项目支出…”, 云阳 大阳小学 2025: whichever the list breaks down, its parts add up to 727.11): the tie is certain.
   */
  openingOnly?: boolean;
  /**
   * A sentence opening with “其中” whose parts each state several measures of a balance sheet breaks down each whole of the
   * sentence before by its measure (./measure-breakdown.ts measureLists): one list per measure.
   */
  measureLists?: { total: Mention; parts: Mention[] }[];
  /** The budget stated with the opening total (“总收入4348万元，占年初预算10065万元的43.2%。其中…”), if any. */
  openingBase?: Mention;
}

const UP_WORDS = /增加|增长|上升|增幅|增量|[微上]涨|微增|调增|多出|高出|^增[支收]?$|^多$/;
/** “占一般公共预算支出的86.3%”, “占到一般公共预算支出的83.2%” (占到 says 占), “占支出总额比重为”. */
const SHARE_WORD = /^占(?:到)?(.*?)的?(比重|比例)?(为|是)?$/;
const COMPLETION_WORD = /(完成(年初|全年)?预算(数)?的?|执行率为?|完成率为?)$/;
export const BUDGET_LABEL = /预算数|年初预算|全年预算|调整后?预算|预算安排|^预算$|预算为?$/;
const ACTUAL_LABEL = /执行|完成|决算|支出|实际/;

/** `previous`: the paragraph's sentence before the first, if any (the previous paragraph's last). */
export function extractClaims(paragraph: string, previous: readonly Mention[] = []): SentenceClaims[] {
  let before: Before = { mentions: previous };
  // the last sentence stating an amount: a sentence of rates only (“剔除新增留抵退税因素后,按可比口径计算下降16.8%。”)
  // still speaks of it, so a “其中” after it breaks that amount down
  let stated: readonly Mention[] = previous;
  // the amounts the sentence before broke down, when it opened a breakdown: a view after it (“分级次看:”) cuts them again
  let cut: readonly Mention[] | undefined;
  const suffix = sharedAmountUnit(paragraph);
  const bare = suffix === undefined ? undefined : { suffix, amountWord: isAmountChange, rateWord: (words: string) => CHANGE_WORD.test(words) };
  return sentences(paragraph).map(({ text, start }) => {
    // positions within the paragraph, so that paragraph-wide checks can order the figures
    const mentions = findMentions(text, bare).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
    // the words before a figure as the mentions read them (full-width “２０１５年” is a year too)
    const opensBreakdown = OPENS_BREAKDOWN.test(text);
    const { claims, listTotals, listNames } = claimsOf(
      mentions,
      before,
      (m) => toHalfWidth(text).slice(0, m.start - start),
      opensBreakdown,
      OPENS_PARTS.test(text),
    );
    const source = opensBreakdown && cut && RECUT.test(text) ? cut : stated;
    // “公务用车费用7.6亿元，低于预算的8.5亿元。其中…”: the amount compared with is not the one broken down; nor is a bound
    const measured = opensBreakdown ? measuredAmounts(source.filter(isStatedTotal), text) : [];
    // “…负债总额9.9万亿元,净资产23.6万亿元。其中,行政单位资产10.1万亿元,…”: the one amount of the measure the parts name
    const topLevel = mentions.filter((m) => m.depth === 0);
    const ofMeasure = measureBrokenDown(measured, topLevel);
    const totals = ofMeasure ? [ofMeasure] : measured;
    const byMeasure = opensBreakdown ? measureLists(measured, topLevel) : [];
    const openingOnly = totals.length > 0 && totals.every((m) => m.depth === 0 && sameAmount(m, totals[0]));
    const openingTotal = totals.pop();
    const openingBase = openingTotal && baseAfter(source, openingTotal);
    const sides = sideTotalsOf(mentions);
    const earlier = [...(before.earlier ?? []), ...mentions.map((m) => ({ mention: m, lead: toHalfWidth(text).slice(0, m.start - start) }))];
    before = {
      mentions,
      whole: opensBreakdown ? before.mentions : brokenDownInSentence(mentions),
      text,
      sides: sides.length > 0 ? sides : before.sides,
      earlier,
    };
    cut = opensBreakdown ? source : undefined;
    if (!isRatesOnly(mentions)) stated = mentions;
    return {
      sentence: text,
      start,
      mentions,
      claims,
      listTotals,
      listNames,
      openingTotal,
      openingOnly,
      ...(openingBase ? { openingBase } : {}),
      ...(byMeasure.length > 0 ? { measureLists: byMeasure } : {}),
    };
  });
}

const isChange = (m: Mention) => CHANGE_WORD.test(m.label);
/** Two amounts printed alike: the same value to the same last place. */
const sameAmount = (a: Mention, b: Mention) => a.value.equals(b.value) && a.unit.equals(b.unit);
/** Change words that may name a rate too (“增长12” may be 12% with its % left out: form.ts BARE_PERCENT). */
const NAMES_RATE_TOO = /(?:增长|下降|上升|降低)了?$/;
const isAmountChange = (words: string) => CHANGE_WORD.test(words) && !NAMES_RATE_TOO.test(words);
const REVISION = /调[增减]/;
const isRatesOnly = (mentions: readonly Mention[]) => mentions.length > 0 && mentions.every((m) => m.kind === "percent");

/**
 * A sentence's parts between “；”, each read as a sentence of its own (“总收入87.32亿元，其中：A，B；总支出84.37亿元，其中：C，D”,
 * “…加上…后,总收入T;…支出S,加上…后,总支出U”): only the first part may go on from the sentence before.
 */
export function semicolonParts(s: SentenceClaims): SentenceClaims[] {
  let from = 0;
  return s.sentence.split(/(?<=[；;])/).map((text, k) => {
    const start = s.start + from;
    from += text.length;
    const mentions = s.mentions.filter((m) => m.start >= start && m.end <= start + text.length);
    return k === 0
      ? { ...s, sentence: text, mentions }
      : { ...s, sentence: text, start, mentions, openingOnly: false, openingTotal: undefined, openingBase: undefined };
  });
}

/**
 * The base an amount is measured against right after it, in its clause (./binding.ts isBase: “4348万元，占年初预算10065万元的
 * 43.2%”, “决算为7.8万元，完成预算10万元的78.0%”).
 */
export function baseAfter(mentions: readonly Mention[], amount: Mention): Mention | undefined {
  const next = mentions.filter((m) => m.kind === "amount" && m.start > amount.start)[0];
  return next && isBase(next) && next.clause === amount.clause && next.depth === amount.depth ? next : undefined;
}
/**
 * “其中…”, the whole named before “中，” (“下达盟市各类补助资金中，返还性资金…”), or a view of the amount before (“分结构看:”,
 * “按级次分:”).
 */
const OPENS_BREAKDOWN = new RegExp(String.raw`^\s*(?:其中|${DETAIL}\s*[:：]|${INCLUDES_OPENING}|[^，,；;。：:]{2,20}?中(?=[，,]))|${VIEW_OPENING}`);
/**
 * A breakdown that cuts the same whole again (“…收入389.9亿元…。分结构看:税收收入…;非税收入…。分级次看:省级收入…;市县收入…”,
 * “其中:省级收入…。全省一般公共预算收入中,…”): a view, or a whole named — never a plain “其中”, which may break down a part.
 */
const RECUT = new RegExp(String.raw`^\s*[^，,；;。：:]{2,20}?中(?=[，,])|${VIEW_OPENING}`);

/**
 * “2022年基本支出3736.92万元,其中人员经费3727.71万元,公用经费353.71万元。”: a sentence stating one amount, then after “其中”
 * only plain amounts of this year, breaks that amount down within itself — the whole a sentence opening with comparison
 * words only after it (“比2021年预算增加654万元,增长9%”) speaks of, as after a “其中” sentence of its own.
 */
function brokenDownInSentence(mentions: readonly Mention[]): readonly Mention[] | undefined {
  const [total, ...parts] = mentions;
  if (!total || parts.length === 0 || !BREAKS_DOWN.test(parts[0].rawLabel) || BREAKS_DOWN.test(total.rawLabel)) return undefined;
  return [total, ...parts].every((m) => isPlainAmount(m) && !isPrior(m)) ? [total] : undefined;
}

/** The sentence before, and — when it opens with “其中” (a breakdown) — the sentence whose amount it breaks down. */
interface Before {
  mentions: readonly Mention[];
  whole?: readonly Mention[];
  /** The sentence's text (“2010年，…”: the year it opens with). */
  text?: string;
  /** The side totals (收入总计, 本年支出合计 …) of the paragraph's last sentence that stated any. */
  sides?: readonly Mention[];
  /** Every figure of the paragraph's sentences so far, with its sentence's words before it. */
  earlier?: readonly StatedBefore[];
}

function claimsOf(
  mentions: Mention[],
  previous: Before,
  lead: (m: Mention) => string,
  partsOnly: boolean,
  opensWithParts: boolean,
): { claims: Claim[]; listTotals: (Mention | undefined)[]; listNames: (string | undefined)[] } {
  const claims: Claim[] = [];
  const listTotals: (Mention | undefined)[] = [];
  const listNames: (string | undefined)[] = [];
  let list = -1;
  let listDepth = 0;
  // lists left for a parenthesised breakdown (“占100%(其中:购置…占0%;运行…占100%);公务接待费…占0%”), resumed after it
  const outer: { list: number; depth: number }[] = [];
  let previousWasShare = false;
  // ““三公”经费支出决算中,因公出国(境)费支出决算0万元,0;公务接待费支出决算6.28万元,占34.88%”: a sentence whose words before
  // its first amount name a whole with no amount (“…中,”) lists that whole's parts — its first amount is a part, not the total
  const first = mentions.find((m) => m.kind === "amount");
  const wholeOpening = first && nameOpening(lead(first));
  const resumed = (depth: number) => {
    while (outer.length > 0 && outer[outer.length - 1].depth > depth) outer.pop();
    const left = outer.pop();
    return left?.depth === depth ? left.list : undefined;
  };
  mentions.forEach((m, i) => {
    if (m.kind === "amount") {
      // the amount after a share is the next part of the same list
      claims.push(isChange(m) ? changeClaim(mentions, i, previous, lead) : { kind: "amount", mention: m });
      return;
    }
    const share = shareOf(mentions, i, previous.mentions);
    if (share) {
      const { part, totalName, named } = share;
      const deeper = previousWasShare && part.depth > listDepth;
      const back = previousWasShare && part.depth < listDepth ? resumed(part.depth) : undefined;
      if (deeper) outer.push({ list, depth: listDepth });
      if (back !== undefined) list = back;
      else if (!previousWasShare || deeper || part.depth !== listDepth) {
        list = listTotals.length;
        if (!previousWasShare) outer.length = 0;
        // a sentence opening with its breakdown holds parts only (“其中：财政拨款A，占p%；…经营收入B，附属单位上缴收入C，两项
        // 合计占0.1%；其他收入D，占16.5%”): a list after its first has no total inside it
        const total =
          (list > 0 && partsOnly) || wholeOpening ? undefined : listTotalBefore(mentions.slice(0, mentions.indexOf(part) + 1), part, opensWithParts);
        listTotals.push(total);
        const own = mentions.includes(part);
        listNames.push(
          total ? nameAfter(lead(part).slice(lead(total).length + total.end - total.start)) : (wholeOpening ?? (own ? nameOpening(lead(part)) : undefined)),
        );
      }
      listDepth = part.depth;
      claims.push({ kind: "share", part, share: m, totalName, list, ...(named ? { named } : {}) });
      previousWasShare = true;
      return;
    }
    if (COMPLETION_WORD.test(m.label)) claims.push(completionClaim(mentions, i));
    else if (completesNamedBudget(mentions[i - 1], m)) claims.push(namedBudgetCompletion(mentions, i));
    previousWasShare = false;
  });
  return { claims: claims.map((c) => (c.kind === "completion" ? budgetCut(c, claims) : c)), listTotals, listNames };
}

/**
 * “因公出国(境)经费支出1113.81万元,完成年初预算80.7%,比年初预算减少266.46万元”: a completion with no budget in its clause,
 * whose actual its clause compares with the budget the rate's words name — the same one (年初, 全年, or neither named), by a
 * change naming nothing else and tied to that actual with certainty, no budget amount stated with it — has for budget the
 * actual less that change (1113.81 + 266.46 = 1380.27).
 */
function budgetCut(claim: CompletionClaim, claims: readonly Claim[]): CompletionClaim {
  const { actual, rate } = claim;
  if (claim.budget || !actual) return claim;
  const cuts = claims.filter(
    (c): c is ChangeClaim =>
      c.kind === "change" &&
      c.subject?.certain === true &&
      c.subject.to === actual &&
      !c.prior &&
      !c.eitherWay &&
      c.change.clause === rate.clause &&
      c.change.depth === rate.depth &&
      budgetCompared(c.change) === (claim.budgetWord ?? ""),
  );
  return cuts.length === 1 ? { ...claim, cut: { change: cuts[0].change, up: cuts[0].up } } : claim;
}

/** “426.79亿元采购规模中，…”, “846.99亿元的政府采购规模中，…”: the name of an amount written after it, opening a breakdown. */
const NAME_AFTER = /^\s*的?([^，,；;。：:\d]{1,16}?)中\s*[，,]/;
const nameAfter = (words: string) => NAME_AFTER.exec(words)?.[1];
/**
 * ““三公”经费支出决算中，因公出国（境）费…”, “本部门2020年度财政拨款支出主要用于以下方面:公共安全支出…”: a whole named with no
 * amount, opening the clause before a list's first part.
 */
const NAME_OPENING = /([^，,；;。：:\d]{2,30}?)(?:中\s*[，,]|主要用于(?:以下|如下)[^，,；;。：:\d]{0,4}[:：])[^，,；;。：:\d]*$/;
/** The name without the 年 / 年度 of a year whose digits cut it (“2019年度一般公共预算…中，”). */
const nameOpening = (words: string) => NAME_OPENING.exec(words)?.[1].replace(/^年度?/, "");

/**
 * The total a share list is of: the amount a “其中” before the list breaks down (“收入156.1亿元；支出483亿元，其中民生
 * 支出411.6亿元，占85.2%”: 483), else the sentence's first amount — unless the part names no item of its own: “地方税收
 * 收入当月完成11.1亿元,…;累计完成137.4亿元,…,占比86.5%” is the same item measured otherwise (累计 after 当月), no part of
 * the amount before it, and the whole “占比” means is not in the sentence.
 */
function listTotalBefore(upToPart: Mention[], part: Mention, opensWithParts: boolean): Mention | undefined {
  const eligible = (x: Mention) => isStatedTotal(x) && x.depth <= part.depth && x !== part;
  const opens = upToPart.map((x) => BREAKS_DOWN.test(x.rawLabel)).lastIndexOf(true);
  const beforeBreakdown = opens > 0 ? upToPart.slice(0, opens).filter(eligible).pop() : undefined;
  // “…收入67,439万元,…。其中:税收收入41,393万元,非税收入26,046万元,非税收入占比38.62%”: a sentence opening with “其中”
  // holds parts — its first amount is a part, never the whole (that is the sentence before's)
  return beforeBreakdown ?? (opensWithParts || MEASURE_ONLY.test(part.label) ? undefined : upToPart.find(eligible));
}
/**
 * A sentence or paragraph opening with “其中”, or with the words that open details as it does (“具体是:”, “分项为:”, “包括:”): the
 * parts of the amount before it — “…安排省级福利彩票公益金36000万元,…。” then “具体是:养老服务体系建设项目资金26092万元,…;
 * 医疗救助项目资金500万元,占1.3%;…”: 26092 is the first part, not the whole the shares are of.
 */
export const OPENS_PARTS = new RegExp(String.raw`^\s*(?:其中|${DETAIL}\s*[:：]|${INCLUDES_OPENING})`);
const BREAKS_DOWN = /^\s*[,，;；]?\s*其中/;
/** Words that say how or when an amount was counted, naming no item (“累计完成”, “当月完成”, “为”). */
const MEASURE_ONLY = /^(?:当月|本月|累计|全年|当年|本年|上半年|下半年|[一二三四1-4]季度)?(?:累计|实际)?(?:执行|完成|实现|达到?|为)?$/;

/**
 * “占一般公共预算支出的86.3%” after an amount, or — its own words naming that amount again — “民生支出463744万元，民生支出
 * 占一般公共预算支出的86.3%”: the amount the share is of, and the whole the words name.
 */
function shareOf(mentions: Mention[], i: number, before: readonly Mention[]): { part: Mention; totalName?: string; named?: boolean } | undefined {
  const words = mentions[i].label;
  const plain = SHARE_WORD.exec(words);
  if (plain) {
    const part = partBefore(mentions, i) ?? pairedByPlace(mentions, i, before);
    // “占比73.9%”: a share that names no parent
    return part && { part, totalName: plain[1] && !/^比[重例]?$/.test(plain[1]) ? plain[1] : undefined };
  }
  // “税收占比81.3%”: a short name of the part (税收 for 税收收入), the whole unnamed
  const short = SHORT_SHARE.exec(words);
  const named = short ? undefined : NAMED_SHARE.exec(words);
  const part = short || named ? partBefore(mentions, i) : undefined;
  if (part && short && bare(short[1]) !== "" && bare(part.label).replace(LEADING_VERB, "").startsWith(bare(short[1]))) return { part, named: true };
  if (part && named && bare(part.label) === bare(named[1])) return { part, totalName: named[2] || undefined, named: true };
  // “其中,第一产业增加值2861.18亿元,…。第一产业增加值占地区生产总值的比重为14.2%,…”: no amount before the share in its
  // sentence, its words name the part — the one amount of that name in the sentence before
  const stated = named && !part ? before.filter((m) => isStatedTotal(m) && bare(m.label) === bare(named[1])) : [];
  return stated.length === 1 ? { part: stated[0], totalName: named![2] || undefined, named: true } : undefined;
}
const NAMED_SHARE = /^(.+?)占(?:到)?(.*?)的?(比重|比例)?(为|是)?$/;
const SHORT_SHARE = /^(.+?)占比(?:为|是)?$/;
const bare = (words: string) => words.replace(/[\s“”"‘’]/g, "");
/** “完成税收收入173.65亿元,税占比85.6%”: the verb before the part's name is no part of it. */
const LEADING_VERB = /^(?:累计|实际)?(?:执行|完成|实现|达到?)/;

/**
 * The amount a share belongs to: the nearest amount before it at the share's own parenthesis depth; a share of
 * a list (“分别为A、B和C亿元，占…比例为p、q和r”) is paired with the amount at its place in the list before it.
 */
function partBefore(mentions: Mention[], i: number): Mention | undefined {
  const share = mentions[i];
  if (share.groupSize > 1) {
    return mentions
      .slice(0, i)
      .filter((m) => isPlainAmount(m) && m.groupSize === share.groupSize && m.slot === share.slot)
      .pop();
  }
  const skipped: Mention[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const m = mentions[j];
    if (m.depth > share.depth) continue;
    if (ownRate(m)) {
      skipped.push(m);
      continue;
    }
    // “支出5394.4亿元,增长4.5%,其中民生支出增长5%,占一般公共预算支出80.5%”: a rate in a clause of its own (after “其中”, “；”)
    // is a part's, and so is the share after it — the part's amount is not stated
    const own = skipped.every((rate) => rate.clause === m.clause);
    return own && m.kind === "amount" && m.depth === share.depth && !isChange(m) ? m : undefined;
  }
  return undefined;
}

/**
 * “…销售乐透数字型彩票394709.4万元;竞猜型彩票312114.6万元;即开型彩票588861.5万元;基诺型彩票125185.7万元。占彩票销售总量的比重
 * 分别为27.8%、22%、41.4%、8.8%”: shares listed together (“分别为”) after as many amounts, each the one figure of a clause of its
 * own, in clauses one after another, with nothing between them and the shares — in the share's sentence, else, when the shares open
 * it, ending the sentence before — are those amounts' shares in turn. Any other count or figure between pairs nothing.
 */
function pairedByPlace(mentions: Mention[], i: number, before: readonly Mention[]): Mention | undefined {
  const share = mentions[i];
  const first = i - share.slot;
  const group = mentions.slice(first, first + share.groupSize);
  if (share.groupSize < 2 || first < 0 || group.length !== share.groupSize || group.some((m) => m.kind !== "percent" || m.group !== share.group))
    return undefined;
  const ahead = first > 0 ? mentions.slice(0, first) : before;
  const parts = ahead.slice(-share.groupSize);
  const alone = (m: Mention) => ahead.filter((x) => x.clause === m.clause).length === 1;
  const inTurn = parts.every(
    (m, k) => isPlainAmount(m) && m.groupSize === 1 && alone(m) && m.depth === share.depth && (k === 0 || m.clause > parts[k - 1].clause),
  );
  return parts.length === share.groupSize && inTurn ? parts[share.slot] : undefined;
}

/**
 * The amount's own change and rate between it and its share (“78.9亿元，同比增长17.9%，占全市…比重为27.8%”, “…，比上年
 * 增加C万元，增长p%，占q%”), or its own completion (“税收收入完成18.92亿元,完成年初预算39.5%,占一般公共预算收入50.82%”):
 * the share is still of that amount.
 */
const ownRate = (m: Mention) =>
  m.kind === "amount" ? isChange(m) : (RATE_WORD.test(m.label.replace(/^(?:同比|比上年|较上年)/, "")) || COMPLETION_WORD.test(m.label)) && m.groupSize === 1;

/** A change with the amount it belongs to and the percent after it (“各下降p%、q%”: slot by slot). */
function changeClaim(mentions: Mention[], i: number, previous: Before, leadOf: (m: Mention) => string): Claim {
  const change = mentions[i];
  const lead = leadOf(change);
  const percents = mentions
    .slice(i + 1)
    .filter((m, k, rest) => m.kind === "percent" && rest.slice(0, k).every((x) => x.kind === "percent" || x.group === change.group));
  const up = UP_WORDS.test(CHANGE_WORD.exec(change.label)![1]);
  const eitherWay = (m?: Mention) => !!m && EITHER_WAY.test(m.label.replace(/\s+/g, ""));
  const vsBudget = budgetComparison(mentions, i, previous.mentions);
  const reached = reachedChangePair(mentions, i);
  const pair = vsBudget ? undefined : (yearPair(mentions, i) ?? seriesPair(mentions, i) ?? (reached?.up === up ? reached : undefined));
  const tie = vsBudget
    ? { subject: { to: vsBudget.actual, certain: true }, prior: vsBudget.budget, againstBudget: true }
    : pair
      ? { subject: { to: pair.current, certain: true }, prior: pair.prior }
      : priorTie(mentions, i, previous, lead);
  // “较上年减少1.5万元(42.86%)”, “较上年2.5减少1.95万元,78%”: the rate in parentheses, or with no words at all, right
  // after the change is its own, in its direction
  const next = mentions[i + 1];
  const bracketed =
    next?.kind === "percent" && change.groupSize === 1 && (OPEN_ONLY.test(next.rawLabel) || (BARE.test(next.rawLabel) && next.clause === change.clause))
      ? next
      : undefined;
  if (bracketed)
    return {
      kind: "change",
      ...tie,
      change,
      up,
      percent: bracketed,
      percentUp: up,
      ...(eitherWay(change) && { eitherWay: true }),
    };
  // “收入减少A万元、支出总计减少B万元,分别下降p%、q%”: a list of rates pairs slot by slot with a list of changes of its size only —
  // a change stated on its own takes no place in it
  const inTurn = percents[change.slot]?.groupSize === change.groupSize;
  const rated = inTurn && RATE_WORD.test(rateWords(percents[0].label)) ? percents[change.slot] : undefined;
  const after = rated && !otherBasis(leadOf(rated).slice(lead.length), change) && !otherBase(rated, change, tie.prior) ? rated : undefined;
  const found = after ?? rateBefore(mentions, i);
  // “由362,000万元调整为416,000万元,调增54,000万元,增长18.3%”: a revision between two budgets of one year is no growth — a rate
  // whose words do not speak of the revision (调增幅度) is the new amount's growth over last year
  const percent = found && REVISION.test(change.label) && !/调/.test(found.label) ? undefined : found;
  const words = percent && (after ? percents[0] : percent).label;
  return {
    kind: "change",
    ...tie,
    change,
    up,
    percent,
    percentUp: words !== undefined ? UP_WORDS.test(rateWords(words).replace(EITHER_WAY, "")) && !NEGATIVE.test(words) : undefined,
    ...((eitherWay(change) || eitherWay(percent)) && { eitherWay: true }),
  };
}

/**
 * “增收368.7亿元,若剔除留抵退税政策对收入的影响,按同口径计算增长53.5%”: a rate after the change whose words measure
 * it on another basis (binding.ts ADJUSTED_BASIS) than the change's own words do is the growth of an adjusted
 * amount the text does not state — not the change's rate.
 */
const otherBasis = (between: string, change: Mention) => ADJUSTED_BASIS.test(between) && !ADJUSTED_BASIS.test(change.rawLabel);
/**
 * A rate whose own words compare with another base than the change's (binding.ts comparedBase): “比报告数49500万元增加8万元,
 * 比2019年决算数下降24.8%” — the change is against the 报告数, the rate against last year's 决算; the rate is not the change's.
 */
const otherBase = (rate: Mention, change: Mention, prior?: Mention) => {
  const [rateBase, changeBase] = [comparedBase(rate.rawLabel), comparedBase((prior ?? change).rawLabel)];
  return rateBase !== undefined && changeBase !== undefined && rateBase !== changeBase;
};

/**
 * The amount a change is of and the base it is measured from: last year's, or this year's budget (“比预算额11.2亿元减少了
 * 1.1亿元”); with none in its clause, a named year's amount from the sentence before (“比2010年预算减少”).
 */
function priorTie(mentions: Mention[], i: number, previous: Before, lead: string): { subject?: Bound; prior?: Mention; againstBudget?: boolean } {
  const subject = changeSubject(mentions, i, previous.mentions, lead, previous.whole, previous.sides);
  const prior =
    changePrior(mentions, i) ??
    (subject?.certain
      ? (priorOfYear(mentions[i], subject.to, previous) ??
        priorOfLastYear(mentions, mentions[i], subject.to, lead) ??
        priorStatedEarlier(mentions[i], subject.to, previous.earlier ?? []))
      : undefined);
  return { subject, prior, againstBudget: prior && isBudgetBase(prior) ? true : undefined, ...(prior && isRevisedFrom(prior) && { revised: true }) };
}

/**
 * “完成28,583万元，同比增长10.85%，增收2,798万元”: a rate right before a change of its clause, itself following no
 * change, is that change's rate — unless its words measure it on another basis (“剔除留抵退税后同口径增长19.7%,增收11,118
 * 万元”, as otherBasis for a rate after the change).
 */
function rateBefore(mentions: Mention[], i: number): Mention | undefined {
  const change = mentions[i];
  const rate = mentions[i - 1];
  if (change.groupSize > 1 || rate?.kind !== "percent" || rate.groupSize > 1 || rate.clause !== change.clause || !RATE_WORD.test(rateWords(rate.label)))
    return undefined;
  if (otherBasis(rate.rawLabel, change)) return undefined;
  const before = mentions[i - 2];
  return before && before.kind === "amount" && isChange(before) ? undefined : rate;
}

/**
 * Words before a rate of change: “下降”, “降幅达到”, “增长幅度为” / “增加幅度为”, “减少率”, “微涨”, “下滑”, “降落” (a reposting
 * site's word for 下降: “比2015年预算减少2320万元,降落20.1%”, “降落幅度达25.0%”), “增” alone after “较上年减0.04万元，”
 * (the label is cleaned of 为 / 达到).
 */
const RATE_WORD =
  /(增加|减少|增长|下降|上升|降低|减低|增幅|降幅|减幅|(?:增长|增加|上升|减少|下降|降低|降落)(?:率|幅度)|[微上]涨|微增|微降|下滑|降落)了?(?:[（(](?:增加|减少|增长|下降|上升|降低)[)）])?$|^[增减]$/;
/**
 * “同比增长-8.78%”, “增长-4.7%”: a minus written after a rate's words turns an increase into a decrease (“下降幅度高达-28.2%”
 * stays a decrease: the minus only repeats the words); so does 负 before them (“减少0.46亿元,负增长1.21%”).
 */
const NEGATIVE = /[-－−]\s*$|负(?=增长$)/;
const rateWords = (label: string) => label.replace(NEGATIVE, "");
const OPEN_ONLY = /^\s*[（(]\s*$/;
const BARE = /^[\s,，]*$/;

/**
 * A rate of the budget named right before it: “为年初预算1946亿元的25.4%”, or an amount's budget whose name follows it
 * (“完成新区下达147.4亿元收入预算目标的103.4%”) — never a share of an item (“占一般公共预算收入的48.51%”).
 */
function completesNamedBudget(budget: Mention | undefined, rate: Mention): boolean {
  if (!budget || !COMPLETION_AMOUNT.test(budget.label)) return false;
  return rate.label === "的" || (budget.kind === "amount" && BUDGET_NAMED_AFTER.test(rate.label));
}
const BUDGET_NAMED_AFTER = /^[^，,；;。\d]{0,8}?(?:预算|计划|任务|目标)数?的$/;

/**
 * “地方公共财政预算收入493.9亿元，为年初预算1946亿元的25.4%”, “决算为62.07万元，完成全年预算84.82万元的73.2%”: the
 * budget is named inside the completion phrase, and what was done is the amount the phrase follows — the last
 * amount before it at its depth, not a change, not last year's.
 */
function namedBudgetCompletion(mentions: Mention[], i: number): Claim {
  const budget = mentions[i - 1];
  // the nearest amount before, its own rates between (“收入540,459万元,可比增长4.8%,完成年度收入计划535,000万元的101.0%”)
  const done = mentions.slice(0, i - 1).filter((m) => m.depth === budget.depth && m.groupSize === 1 && m.kind === "amount");
  const last = done[done.length - 1];
  const actual = last && isPlainAmount(last) && !isPrior(last) ? last : undefined;
  return { kind: "completion", rate: mentions[i], budget, actual };
}

/**
 * The budget and the actual amount a completion rate is computed from: amounts of the rate's own clause
 * (“其中：因公出国（境）费决算为0.00万元，完成预算的0.00%” has no budget of its own — the 三公 total's budget
 * stated at the start of the sentence is not its budget).
 */
function completionClaim(mentions: Mention[], i: number): Claim {
  const rate = mentions[i];
  const amounts = mentions.slice(0, i).filter((m) => isPlainAmount(m) && m.clause === rate.clause);
  const budgets = amounts.filter((m) => BUDGET_LABEL.test(m.label) && !/执行/.test(m.label));
  const word = /年初/.test(rate.label) ? "年初" : /全年/.test(rate.label) ? "全年" : undefined;
  const budget = (word && [...budgets].reverse().find((m) => m.label.includes(word))) || budgets[budgets.length - 1];
  const actual =
    [...amounts].reverse().find((m) => m !== budget && !budgets.includes(m) && ACTUAL_LABEL.test(m.label)) ?? amounts.find((m) => !budgets.includes(m));
  const alternative = budgets.find((m) => m !== budget);
  return { kind: "completion", rate, budget, actual, budgetWord: word, alternative };
}
