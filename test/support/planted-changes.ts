import { isPlainAmount } from "../../src/core/narrative/claims/binding";
import { completeIdentity } from "../../src/core/narrative/claims/complete-list";
import { extractClaims } from "../../src/core/narrative/claims/extract";
import { CHANGE_IDENTITIES, FIGURE_WORDS } from "../../src/core/narrative/claims/figures";
import { Decimal } from "../../src/core/numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../src/core/numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../src/core/numbers/verdict";
import type { NarrativeParagraph } from "../../src/core/paragraphs";
import { simplifiedText } from "../../src/core/text/simplified-text";
import { Prng } from "./prng";

/**
 * Planted single-figure changes over clean real paragraphs (test/fixtures/texts/README.md): one printed amount or
 * percentage changed by a clearly-beyond-rounding amount, deterministic for a seed.
 *
 * Which changes the text states enough to see: the figure takes part in an arithmetic relation that holds among
 * figures printed in the same paragraph —
 *   - sum: an amount equals the sum of two or more other amounts of the paragraph within what rounding allows
 *     (half a printed unit of each) (其中 lists, 基本 + 项目, 2190 − 1969 = 221 …);
 *   - share: a percentage equals part ÷ whole of two amounts, rounded half up to its printed decimals, the part
 *     being the last amount printed before the percentage (“X元,占Y%”);
 *   - growth: a percentage equals change ÷ (amount ∓ change), rounded the same way, the change being the last
 *     amount printed before the percentage and a rate's words between them (“增加C元,增长P%”);
 * and no other figure of the paragraph has the same value as one of the relation's (the binding is unambiguous).
 * Only such figures are planted, and only where the change breaks the relation beyond rounding.
 *
 * What the numbers fit but the words do not state (not planted; see statedRelations and visibleChange):
 *   - a growth whose change follows a “其中” list after its base in the same sentence (“总预算A，其中：基本B，项目C，
 *     同比增加D，增长p”): the change may be of A or of C; so too when the base is the item a “其中” lists after a whole
 *     stated with no change of its own (“总支出581.45万元,其中本年支出480.71万元,较2020年度决算数减少90.49万元”);
 *   - a sum of changes that is not a known identity with every part named in the paragraph (“接待减少0.31亿元…出国
 *     减少0.14亿元…“三公”减少0.46亿元” with 公务用车 unstated: its change may be anything);
 *   - a “其中” (or “包括”) list broken downward (its parts below its total) when the list does not name every part of a known
 *     identity under that identity's whole (src/core/narrative/claims/complete-list.ts): lists often name only
 *     some parts;
 *   - a share of the part's own budget or plan (“佔預算的95%”, a completion) against an amount not named as a budget
 *     (ownBudgetOfOther), or of a whole at a level of government (“占省级政府采购规模的”) against an amount whose words do
 *     not name that level (otherLevelWhole);
 *   - a change stated in a sentence before both amounts it would lie between (changeAheadOfAmounts).
 */
export interface PrintedFigure {
  start: number;
  end: number;
  /** The digits as printed (“924,289.71”). */
  digits: string;
  kind: "amount" | "percent";
  /** Amounts in 元 (万元 × 10000, 亿元 × 100000000); percentages as printed. */
  value: Decimal;
  /** Unit of the last printed digit, in the same scale as value. */
  unit: Decimal;
  /** 元 per printed unit (10000 for 万元; 1 for 元 and percentages). */
  scale: Decimal;
  /** Place in a list of figures of one kind joined by 、 / 和 (“9,027.5亿元、15,664.1亿元和10,301.5亿元”), and its length. */
  slot: number;
  listSize: number;
  /** “3000万元以上”, “1.8亿多元”, “超过5.9亿”: a bound, part of no exact relation. */
  bound: boolean;
}

export interface Relation {
  kind: "sum" | "share" | "growth";
  figures: PrintedFigure[];
}

export interface PlantedChange {
  /** “gx-wuzhou-2024-budget-a ¶3 2016908.34→2211036.41”: the case's stable name. */
  name: string;
  paragraph: number;
  from: string;
  to: string;
  relation: Relation;
  paragraphs: NarrativeParagraph[];
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
// “650元/人天”: an amount per unit, part of no sum, share or growth the text states
const FIGURE = new RegExp(`${NUMBER}\\s*(亿元|万元|万|元|%)(?!\\s*[/／]|元)`, "g");
const SCALE: Record<string, Decimal> = { 亿元: new Decimal(1e8), 万元: new Decimal(1e4), 万: new Decimal(1e4), 元: new Decimal(1), "%": new Decimal(1) };
const HUNDRED = new Decimal(100);

export function figuresOf(text: string): PrintedFigure[] {
  const figures = [...text.matchAll(FIGURE)].map((m): PrintedFigure => {
    const digits = m[1];
    const plain = digits.replace(/,/g, "");
    const decimals = plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0;
    const scale = SCALE[m[2]];
    return {
      start: m.index!,
      end: m.index! + digits.length,
      digits,
      kind: m[2] === "%" ? "percent" : "amount",
      value: new Decimal(plain).times(scale),
      unit: new Decimal(1).dividedBy(new Decimal(10).pow(decimals)).times(scale),
      scale,
      slot: 0,
      listSize: 1,
      bound: BOUND_AFTER.test(text.slice(m.index! + m[0].length)) || BOUND_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!)),
    };
  });
  let list: PrintedFigure[] = [];
  for (const [i, f] of figures.entries()) {
    const previous = figures[i - 1];
    list = previous && previous.kind === f.kind && LISTED.test(text.slice(previous.end, f.start)) ? [...list, f] : [f];
    list.forEach((x, slot) => Object.assign(x, { slot, listSize: list.length }));
  }
  return figures;
}

const BOUND_AFTER = /^(?:[多余]元?|\s*(?:以上|以下|有余|左右))/;
const BOUND_BEFORE = /(?:突破|超过|逾|将近|接近|近|不到|不足)\s*$/;

/** Between two figures of one list: the first one's unit and a list separator. */
const LISTED = /^\s*(?:亿元|万元|万|元|%)\s*[、,，和及]\s*$/;

export const roundedAs = (value: Decimal, printed: PrintedFigure) => value.toDecimalPlaces(Math.max(0, printed.unit.decimalPlaces()), Decimal.ROUND_HALF_UP);

/** Every unambiguous relation that holds among the paragraph's figures (see the module comment). */
export function relationsOf(printed: PrintedFigure[]): Relation[] {
  const figures = [...printed].sort((x, y) => x.start - y.start);
  const amounts = figures.filter((f) => f.kind === "amount" && !f.value.isZero() && !f.bound);
  const percents = figures.filter((f) => f.kind === "percent" && !f.value.isZero() && !f.bound);
  const unique = (r: Relation) => r.figures.every((f) => figures.filter((g) => g.kind === f.kind && g.value.equals(f.value)).length === 1);
  return [...sums(amounts), ...ratios(amounts, percents)].filter(unique);
}

function sums(amounts: PrintedFigure[]): Relation[] {
  const out: Relation[] = [];
  if (amounts.length > 14) return out;
  for (const total of amounts) {
    const others = amounts.filter((a) => a !== total && a.value.lessThan(total.value));
    for (let mask = 1; mask < 1 << others.length; mask++) {
      const parts = others.filter((_, i) => mask & (1 << i));
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, p) => s.plus(p.value), new Decimal(0));
      const slack = parts.reduce((s, p) => s.plus(p.unit), total.unit).dividedBy(2);
      if (sum.minus(total.value).abs().lessThan(slack)) out.push({ kind: "sum", figures: [total, ...parts] });
    }
  }
  return out;
}

function ratios(amounts: PrintedFigure[], percents: PrintedFigure[]): Relation[] {
  const out: Relation[] = [];
  for (const p of percents) {
    // “分别为A、B和C亿元，占…比例为p、q和r”: the amount at the same place of the list before
    const before = amounts.filter((x) => x.end <= p.start);
    const a = p.listSize > 1 ? before.filter((x) => x.listSize === p.listSize && x.slot === p.slot).pop() : before.pop();
    if (!a) continue;
    for (const b of amounts) {
      if (a === b) continue;
      if (a.value.lessThanOrEqualTo(b.value) && roundedAs(a.value.dividedBy(b.value).times(HUNDRED), p).equals(p.value)) {
        out.push({ kind: "share", figures: [p, a, b] });
      }
      const bases = [b.value.minus(a.value), b.value.plus(a.value)].filter((base) => base.greaterThan(0));
      if (bases.some((base) => roundedAs(a.value.dividedBy(base).times(HUNDRED), p).equals(p.value))) {
        out.push({ kind: "growth", figures: [p, a, b] });
      }
    }
  }
  return out;
}

/** The figure moved clearly beyond rounding: by a random 7–25 % of itself, and at least 20 printed units (3 points for a percentage). */
export function changed(figure: PrintedFigure, prng: Prng): string {
  const plain = figure.digits.replace(/,/g, "");
  const decimals = plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0;
  const value = new Decimal(plain);
  const step = Decimal.max(value.times(0.07 + prng.next() * 0.18), figure.kind === "percent" ? 3 : new Decimal(20).dividedBy(new Decimal(10).pow(decimals)));
  const down = prng.chance(0.5) && value.minus(step).greaterThan(0);
  const next = (down ? value.minus(step) : value.plus(step)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  return figure.digits.includes(",") ? withSeparators(next) : next;
}

export function withSeparators(plain: string): string {
  const [whole, fraction] = plain.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction !== undefined ? `${grouped}.${fraction}` : grouped;
}

/** True when the relation still holds with the figure printed as `digits` (the change would not be visible). */
function stillHolds(relation: Relation, figure: PrintedFigure, digits: string): boolean {
  const moved = { ...figure, value: new Decimal(digits.replace(/,/g, "")).times(figure.scale) };
  const figures = relation.figures.map((f) => (f === figure ? moved : f));
  return relationsOf(figures).some((r) => r.kind === relation.kind && r.figures.includes(moved)) || withinRounding(relation, figures);
}

/**
 * A percentage the printed amounts still allow (src/core/numbers/verdict.ts judgeDerived): 0.9 ÷ 1.3亿元 may be
 * anything from 63 % to 76 %, so a share moved from 69.23 % to 75.90 % does not show.
 */
function withinRounding(relation: Relation, moved: PrintedFigure[]): boolean {
  if (relation.kind === "sum") return false;
  // a growth's base is the amount ∓ the change that held before the change (the direction the text states)
  const allows = ([p, a, b]: PrintedFigure[], sign: 1 | -1) => {
    const interval = (f: PrintedFigure) => RoundingInterval.of(f.value, f.unit);
    const whole = relation.kind === "share" ? interval(b) : sign > 0 ? interval(b).plus(interval(a)) : interval(b).minus(interval(a));
    const allowed = percentInterval(interval(a), whole);
    return !!allowed && judgeDerived(p.value, p.unit, allowed) !== "error";
  };
  const signs = ([1, -1] as const).filter((sign) => allows(relation.figures, sign));
  return signs.some((sign) => allows(moved, sign));
}

/**
 * A sum with a figure written “约” (“年人均…约为2500元,其中,…500元,…1600元,…400元”) states its figures give or take a
 * tenth (RoundingInterval.approximate): a part moved from 400 to 452 leaves the sum 2552 within “约2500” — no change shows.
 */
function withinApproximation(text: string, relation: Relation, figure: PrintedFigure, digits: string): boolean {
  const approximate = (f: PrintedFigure) => APPROXIMATE.test(text.slice(Math.max(0, f.start - 12), f.start));
  if (relation.kind !== "sum" || !relation.figures.some(approximate)) return false;
  const value = (f: PrintedFigure) => (f === figure ? new Decimal(digits.replace(/,/g, "")).times(f.scale) : f.value);
  const interval = (f: PrintedFigure) => (approximate(f) ? RoundingInterval.approximate(value(f), f.unit) : RoundingInterval.of(value(f), f.unit));
  const [total, ...parts] = relation.figures;
  const sum = parts.reduce((acc, f) => acc.plus(value(f)), new Decimal(0));
  return judgeAmounts(value(total), interval(total), sum, sumIntervals(parts.map(interval))) !== "error";
}

/**
 * One planted change per clean paragraph that states a relation: the figure is drawn (seeded by the document and
 * paragraph) among the figures taking part in one, and the change must break that relation where it shows.
 */
export function plantChanges(id: string, paragraphs: NarrativeParagraph[], clean: (n: number) => boolean, seed: number): PlantedChange[] {
  const out: PlantedChange[] = [];
  for (const p of paragraphs) {
    const n = p.index!;
    if (!clean(n)) continue;
    const prng = new Prng(seed ^ hash(`${id}#${n}`));
    // a repost in traditional characters is read as the checker reads it (src/core/text/simplified-text.ts), and the
    // figure changed where it stands as written
    const read = simplifiedText(p.text);
    const relations = statedRelations(read.text, relationsOf(figuresOf(read.text)));
    if (relations.length === 0) continue;
    const picked = prng.pick(relations);
    const figure = prng.pick(picked.figures);
    const to = changed(figure, prng);
    const relation = brokenRelation(read.text, relations, picked, figure, to);
    if (!relation) continue;
    const text = p.text.slice(0, read.written(figure.start)) + to + p.text.slice(read.written(figure.end));
    out.push({
      name: `${id} ¶${n} ${figure.digits}→${to}`,
      paragraph: n,
      from: figure.digits,
      to,
      relation,
      paragraphs: paragraphs.map((q) => (q === p ? { ...q, text } : q)),
    });
  }
  return out;
}

/**
 * The stated relation a figure printed as `to` visibly breaks: the picked one first, then any other of the paragraph's
 * (a list left below its total shows only where it is complete — or where the change breaks another relation);
 * undefined when the change does not show (within rounding, within a “约” figure's tenth).
 */
export function brokenRelation(text: string, relations: Relation[], picked: Relation, figure: PrintedFigure, to: string): Relation | undefined {
  if (stillHolds(picked, figure, to) || withinApproximation(text, picked, figure, to)) return undefined;
  const breaks = (r: Relation) => r.figures.includes(figure) && !stillHolds(r, figure, to) && visibleChange(text, r, figure, to);
  return [picked, ...relations].find(breaks);
}

export function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** The relations the paragraph's words state, not only its numbers (see the module comment). */
export function statedRelations(text: string, relations: Relation[]): Relation[] {
  return relations.filter((r) => {
    if (r.kind === "growth") return isChange(text, r.figures[1]) && rateWorded(text, r) && !growthAmbiguous(text, r);
    if (r.kind === "sum" && r.figures.every((f) => isChange(text, f))) return changeIdentityNamed(text);
    if (r.kind === "sum" && derived(text, r)) return false;
    if (r.kind === "sum") return totalStated(text, r) && !siblings(text, r) && !coarse(r.figures);
    return shareWorded(text, r.figures[0]) && !ownBudgetOfOther(text, r.figures) && !otherLevelWhole(text, r.figures);
  });
}

/**
 * “全省政府性基金收入累计完成1191.3億元,佔預算的95%”: a share of the part's own budget or plan (a completion) has for its
 * whole only an amount named as a budget or plan — “市縣級一般預算收入完成1248.3億元” two clauses up, 1191.3 ÷ 1248.3 rounding to
 * 95% by chance, is another amount (a fund's name, 一般预算, is no budget figure).
 */
function ownBudgetOfOther(text: string, [percent, , whole]: Relation["figures"]): boolean {
  const clause =
    text
      .slice(0, percent.start)
      .split(/[，,；;。：:]/)
      .pop() ?? "";
  if (!OWN_BUDGET_SHARE.test(clause)) return false;
  const named = (
    text
      .slice(0, whole.start)
      .split(/[，,；;。：:]/)
      .pop() ?? ""
  ).replace(FUND_NAME, "");
  return !/预算|计划|任务/.test(named);
}
/**
 * “2020年江西省政府采购规模将达到875.5亿元。…省级政府采购授予中小企业的合同金额为758.31亿元,占省级政府采购规模的86.61%”: a
 * share naming its whole at a level of government (省级, 市本级 …) that the amount's own words do not name is of that level's
 * whole — the province's 875.5 (all levels) is another amount, 758.31 ÷ 875.5 fitting the share by chance or by a loose
 * word, which the words do not say.
 */
function otherLevelWhole(text: string, [percent, , whole]: Relation["figures"]): boolean {
  const level = LEVEL.exec(
    text
      .slice(0, percent.start)
      .split(/[，,；;。：:]/)
      .pop() ?? "",
  )?.[0];
  return (
    !!level &&
    !(
      text
        .slice(0, whole.start)
        .split(/[，,；;。：:]/)
        .pop() ?? ""
    ).includes(level)
  );
}
const LEVEL = /(?:中央|[省市县区乡镇])(?:本级|级)/;
const OWN_BUDGET_SHARE = /占(?:年初|调整后?|全年|年度)?(?:预算|计划|任务)数?的?\s*$/;
const FUND_NAME = /一般公共预算|一般预算|公共财政预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

/**
 * A sum mixing changes and amounts states a change only as old + change = new, three figures; more of them add up only
 * through several stated relations (“由95,000万元调增为178,000万元,调增83,000万元” and “调增54,000万元…调减29,000万元”: 178,000 =
 * 54,000 + 29,000 + 95,000; “收支各调增9亿元,收支为85.68亿元” after “支出总计76.68亿元,其中:本级支出65.37亿元,转移性支出
 * 11.31亿元”: 85.68 = 65.37 + 11.31 + 9) — no relation the words state.
 */
function derived(text: string, relation: Relation): boolean {
  const changes = relation.figures.filter((f) => isChange(text, f)).length;
  return changes > 0 && changes < relation.figures.length && relation.figures.length > 3;
}

/**
 * A share is stated only by share words in the percentage's clause (“占一般公共预算支出的81.9%”, “税收占比81.3%”, “占…比例
 * 为54.54%、1.51%和44.69%”): “7.通辽(91.80亿元 12.7%)” is a growth rate that 91.80 ÷ 725.50 of the list rounds to by chance.
 */
function shareWorded(text: string, percent: PrintedFigure): boolean {
  const clause =
    text
      .slice(0, percent.start)
      .split(/[，,；;。：:]/)
      .pop() ?? "";
  return /占|比重|比例|份额/.test(clause);
}

/**
 * Whether the words make the relation's total a total: it comes before its parts with words opening a breakdown between
 * (“其中”, “包括”, “（含…”; items of an addition “加上A，B，减C…” are no parts of A), or words
 * before it say so (“合计164万元”, “总数1421.31万元”; not “累计”, the amount to date: “…41199万元。截至3月31日,已累计支出
 * 7418.66万元” is no sum of the items before it), or the sum is a difference a change states (“10.1亿元，比预算额
 * 11.2亿元减少了1.1亿元”). A figure after some of its “parts” with none of these (“公务用车购置费0.1亿元…公务接待费0.9亿元
 * …因公出国（境）费0.7亿元”: 0.9 = 0.1 + 0.7) is an item beside them, equal to their sum by chance.
 */
function totalStated(text: string, r: Relation): boolean {
  const [total, ...parts] = r.figures;
  if (r.figures.some((f) => isChange(text, f))) return !changeAheadOfAmounts(text, r);
  const first = Math.min(...parts.map((p) => p.start));
  if (total.start < first) return BREAKDOWN_AFTER.test(text.slice(total.end, first));
  // “当月完成5亿元…;累计完成60.4亿元…。其中,…当月完成4.5亿元;累计完成50.8亿元”: a total among its “parts” is none
  if (parts.some((p) => p.start > total.start)) return false;
  return TOTAL_BEFORE.test(text.slice(Math.max(0, total.start - 10), total.start));
}
/**
 * “一是税收收入调减29,000万元。年初预算税收收入267,000万元,…。…全年预计完成区级税收238,000万元”: a change stated in a sentence
 * before both amounts it would lie between — what they are (a forecast is no revised budget) the words do not tie to it.
 */
function changeAheadOfAmounts(text: string, r: Relation): boolean {
  const change = r.figures.find((f) => isChange(text, f))!;
  const amounts = r.figures.filter((f) => !isChange(text, f));
  const first = Math.min(...amounts.map((f) => f.start));
  return amounts.length === 2 && change.start < first && /[。！？]/.test(text.slice(change.end, first));
}

/** Between a total and its first part: words that open its breakdown (“其中”, “包括”, “（含”, “中，”, “分别为”, “从具体构成看”, a colon). */
const BREAKDOWN_AFTER = /其中|包括|含|中[，,]|分别|[：:]|当中|构成|分项|明细/;
/** Total words before an amount (“共” alone, not the 共 of “一般公共预算支出”; “总收入” after the amounts “加上” adds). */
const TOTAL_BEFORE = /(?:合计|总计|共计|总额|总数|总量|总共|一共|(?<!公)共|总收入|总支出)[^，,；;。\d]{0,6}$/;

/** A total printed so coarsely that a whole part fits in its rounding (“1亿元” against 8441 + 1079万元) states no exact sum. */
const coarse = ([total, ...parts]: Relation["figures"]) => parts.some((p) => total.unit.dividedBy(2).greaterThanOrEqualTo(p.value));

/**
 * A sum whose total and parts are all items of one “其中” list (“其中，一般公共服务支出20.4亿元…公共安全支出10.1亿元…
 * 社会保障和就业支出32.2亿元…文化体育与传媒支出1.8亿元”: 32.2 ≈ 20.4 + 10.1 + 1.8): items listed side by side, none
 * stated as the sum of others — a coincidence of the numbers, not a relation of the words.
 */
function siblings(text: string, r: Relation): boolean {
  const [total] = r.figures;
  const breakdown = text.lastIndexOf("其中", Math.min(...r.figures.map((f) => f.start)));
  const last = Math.max(...r.figures.map((f) => f.start));
  return breakdown >= 0 && !/[。！？]/.test(text.slice(breakdown, last)) && total.start > breakdown;
}

/**
 * A growth is stated only by a rate's words (“增长”, “下降”, “降幅”…) between the change and the percentage, or by
 * the percentage in parentheses right after the change (“减少18.50万元(65.37%)”): “支出
 * 324.31亿元，完成调整预算的96%” is a completion, though 324.31 ÷ (324.31 + 14.22) rounds to 96%.
 */
function rateWorded(text: string, r: Relation): boolean {
  const [percent, change] = r.figures;
  const between = change.end < percent.start ? text.slice(change.end, percent.start) : "";
  return /[增减降升]|幅/.test(between) || /^\s*(?:万元|亿元|元)?\s*[（(]\s*$/.test(between);
}

/**
 * A “其中” list between the base and the change, in the change's sentence: the change may be of the base or of a
 * part listed after it. (A change opening the sentence after such a list is of the whole the list breaks down.)
 */
function growthAmbiguous(text: string, r: Relation): boolean {
  const [, change, base] = r.figures;
  const between = base.end < change.start ? text.slice(base.end, change.start) : "";
  const breakdown = between.lastIndexOf("其中");
  return (breakdown >= 0 && !/[。！？]/.test(between.slice(breakdown))) || listedAfterWhole(text, base);
}

/**
 * The base is listed after “其中” (in that clause) in a sentence that states a whole before it with no change of its own
 * (“总支出581.45万元,其中本年支出480.71万元,较2020年度决算数减少90.49万元”): the change may be of the whole or of the item
 * (src/core/narrative/claims/binding.ts listedWhole).
 */
function listedAfterWhole(text: string, base: PrintedFigure): boolean {
  const head = text
    .slice(0, base.start)
    .split(/[。！？]/)
    .pop()!;
  const at = head.lastIndexOf("其中");
  if (at < 0 || /[；;]/.test(head.slice(at))) return false;
  const whole = head.slice(0, at);
  return AMOUNT.test(whole) && !CHANGE_STATED.test(whole.slice(whole.search(AMOUNT)));
}
const AMOUNT = /\d[\d,.]*\s*(?:万元|亿元|元)/;
const CHANGE_STATED = /(?:增加|减少|增长|下降|上升|降低|[增减][支收])了?\s*\d/;

const CHANGE_BEFORE = /(?:增加|减少|增长|下降|上升|降低|[增减][支收]?|(?<=元)[多少])了?(?:约|为|达)?\s*$/;
/** Change words right before the figure (PDF copies space the characters out: “同 比 增 加2433505.07”). */
export const isChange = (text: string, f: PrintedFigure) => CHANGE_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start).replace(/\s+/g, ""));

/** Names compared without remarks in parentheses (“因公出国(境)支出” names 因公出国（境）费's item). */
const bareName = (words: string) => words.replace(/[（(][^（）()]*[)）]/g, "");
const WORDS_OF = (figure: string) => [...(FIGURE_WORDS.决算[figure] ?? []), ...(FIGURE_WORDS.预算[figure] ?? [])].map(bareName);

/** A change identity (src/core/narrative/claims/figures.ts) whose whole and every part (or its parts) the paragraph names. */
function changeIdentityNamed(text: string): boolean {
  const bare = bareName(text);
  const named = (figure: string): boolean => WORDS_OF(figure).some((w) => w !== "" && bare.includes(w)) || (CHANGE_IDENTITIES[figure]?.every(named) ?? false);
  return Object.entries(CHANGE_IDENTITIES).some(([whole, parts]) => WORDS_OF(whole).some((w) => bare.includes(w)) && parts.every(named));
}

/** Words that open a list of parts: “其中”, “在项目支出当中”, “下达盟市各类补助资金中，”, “收入包括:”. */
const BREAKDOWN_WORDS = ["其中", "当中", "中，", "中,", "包括"];

/**
 * Whether the changed figure shows: when the relation's parts follow a “其中” (or “…当中”) after its total and the change
 * leaves them below the total, only if that list — every plain amount after the “其中” in its sentence, at the
 * depth of the first part — names every part of a known identity under its whole.
 */
export function visibleChange(text: string, relation: Relation, figure: PrintedFigure, to: string): boolean {
  if (relation.kind !== "sum") return true;
  const [total, ...parts] = relation.figures;
  const first = Math.min(...parts.map((f) => f.start));
  const breakdown = Math.max(...BREAKDOWN_WORDS.map((word) => text.lastIndexOf(word, first)));
  if (first < total.end || breakdown < total.end) return true;
  const value = (f: PrintedFigure) => (f === figure ? new Decimal(to.replace(/,/g, "")).times(f.scale) : f.value);
  const sum = parts.reduce((acc, f) => acc.plus(value(f)), new Decimal(0));
  if (sum.greaterThanOrEqualTo(value(total))) return true;
  const sentences = extractClaims(text);
  const whole = sentences.flatMap((s) => s.mentions).find((m) => m.start === total.start);
  const sentence = sentences.find((s) => s.mentions.some((m) => m.start === first));
  const depth = sentence?.mentions.find((m) => m.start === first)?.depth;
  const listed = sentence?.mentions.filter((m) => m.start > breakdown && m.depth === depth && isPlainAmount(m)) ?? [];
  return !!whole && completeIdentity(whole, listed) !== undefined;
}

/** Every figure that takes part in a relation with this one (the figures a finding about the change may name). */
export function relatedDigits(change: PlantedChange, original: NarrativeParagraph): Set<string> {
  const text = simplifiedText(original.text).text;
  const figures = figuresOf(text);
  const planted = figures.find((f) => f.digits === change.from && change.relation.figures.some((r) => r.start === f.start));
  const related = statedRelations(text, relationsOf(figures)).filter((r) => r.figures.some((f) => f.start === planted?.start));
  return new Set([change.to, ...related.flatMap((r) => r.figures.map((f) => f.digits))].map((d) => d.replace(/,/g, "")));
}

/** “约4.9亿元”, “约为3.5亿元”, “约占70%”: a figure the paragraph gives as approximate. */
const APPROXIMATE = /约(?:为|是|有|计|合|占[^，,；;。\d]*)?\s*$/;

/**
 * Whether a figure of the change's relation is written “约” in the original paragraph: the relation is then not
 * exact, and a warning naming one of its figures is what the checker owes (never an error).
 */
export function isApproximate(change: PlantedChange, original: NarrativeParagraph): boolean {
  const text = simplifiedText(original.text).text;
  return change.relation.figures.some((f) => APPROXIMATE.test(text.slice(Math.max(0, f.start - 12), f.start)));
}

const FULL_WIDTH_MARKS: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };

/**
 * The text as the pages were likely published (full-width ，；：（）), or with full-width digits too
 * (１２３．４５％), the stored copies having ASCII marks.
 */
export function fullWidth(text: string, digits: boolean): string {
  return text.replace(/[,;:()0-9.%]/g, (ch) => {
    if (FULL_WIDTH_MARKS[ch]) return FULL_WIDTH_MARKS[ch];
    return digits ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch;
  });
}
