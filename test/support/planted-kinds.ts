import { Decimal } from "../../src/core/numbers/decimal";
import { RoundingInterval } from "../../src/core/numbers/rounding-interval";
import { judgeDerived, percentInterval } from "../../src/core/numbers/verdict";
import type { NarrativeParagraph } from "../../src/core/paragraphs";
import {
  brokenRelation,
  changed,
  figuresOf,
  hash,
  isChange,
  relationsOf,
  statedRelations,
  withSeparators,
  type PrintedFigure,
  type Relation,
} from "./planted-changes";
import { Prng } from "./prng";

/**
 * Planted errors of the kinds real writers make (the corpus's hand verdicts, test/fixtures/texts/README.md), over
 * clean real paragraphs, beside the single random figure change of planted-changes.ts and sharing its relation
 * finder: a kind is planted only on a relation the paragraph's words state (statedRelations) and only where it
 * breaks that relation beyond rounding (brokenRelation).
 *
 * The kinds, with how many of the corpus's 56 real errors are of each (KIND_WEIGHTS):
 *   - stale-total: a part edited, its total (or the sum of shares, or a difference) not — 甘南 合计31.23 for 30.49;
 *   - wrong-base: a growth rate divided by this year's amount instead of last year's — 福建 38.7% for 27.76%;
 *   - other-figure: a figure with no pattern (another item's rate, another whole's share) — 涪陵 43.78%;
 *   - digits: two adjacent digits transposed or one dropped — 彩票 11.7% for 17.7%, 英德 12.5 for 12.35;
 *   - complement: a share written as its rest (100 − p) — 寿县 “完成预算43%” for 57%, shares swapped;
 *   - ratio: the rate written as the ratio (0.0217 as “0.02%”) — 临沧, 独集;
 *   - direction: 增加 for a fall or 减少 for a rise — 昌宁 “减少3.51万元” for a rise;
 *   - unit: 元 for 万元 on one amount — 甘南 “1.58元” beside “1.58万元” (a minor verdict, not among the 56);
 *   - leftover: a template's alternative left in (“增加(减少)”) — 普洱, 西双版纳, 保山, 新城.
 */
export type ErrorKind = "stale-total" | "wrong-base" | "other-figure" | "digits" | "complement" | "ratio" | "direction" | "unit" | "leftover";

export const KIND_WEIGHTS: Record<ErrorKind, number> = {
  "stale-total": 12,
  "wrong-base": 10,
  "other-figure": 4,
  digits: 5,
  complement: 5,
  ratio: 3,
  direction: 2,
  unit: 0,
  leftover: 15,
};

export interface PlantedError {
  kind: ErrorKind;
  /** “gx-wuzhou-2024-budget-a ¶3 wrong-base 16.87→14.43”: the case's stable name. */
  name: string;
  paragraph: number;
  from: string;
  to: string;
  /** The figures (without separators) of the stated relations it breaks, a finding may name any; empty for a leftover. */
  related: Set<string>;
  paragraphs: NarrativeParagraph[];
}

interface Plant {
  figure: PrintedFigure;
  relation: Relation;
  to: string;
  /** Replaces the printed digits (default) or other words of the text (“增加” → “减少”). */
  start?: number;
  end?: number;
  from?: string;
}

type Planter = (text: string, relations: Relation[], prng: Prng) => Plant | undefined;

const plain = (digits: string) => digits.replace(/,/g, "");
const decimalsOf = (digits: string) => (plain(digits).includes(".") ? plain(digits).length - plain(digits).indexOf(".") - 1 : 0);
const printed = (figure: PrintedFigure, value: Decimal, decimals = decimalsOf(figure.digits)) => {
  const text = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  return figure.digits.includes(",") ? withSeparators(text) : text;
};

/** A figure of one relation moved to `to`, kept where it breaks a stated relation visibly. */
function figurePlant(text: string, relations: Relation[], relation: Relation, figure: PrintedFigure, to: string | undefined): Plant | undefined {
  if (to === undefined || plain(to) === plain(figure.digits) || new Decimal(plain(to)).isZero()) return undefined;
  const broken = brokenRelation(text, relations, relation, figure, to);
  return broken && { figure, relation: broken, to };
}

const ofKind = (relations: Relation[], kind: Relation["kind"]) => relations.filter((r) => r.kind === kind);

const staleTotal: Planter = (text, relations, prng) => {
  const sums = ofKind(relations, "sum");
  if (sums.length === 0) return undefined;
  const relation = prng.pick(sums);
  const part = prng.pick(relation.figures.slice(1));
  return figurePlant(text, relations, relation, part, changed(part, prng));
};

const otherFigure: Planter = (text, relations, prng) => {
  const rates = relations.filter((r) => r.kind !== "sum");
  if (rates.length === 0) return undefined;
  const relation = prng.pick(rates);
  return figurePlant(text, relations, relation, relation.figures[0], changed(relation.figures[0], prng));
};

/** A growth's rate divided by the amount it is stated with (this year's) instead of that amount ∓ the change. */
const wrongBase: Planter = (text, relations, prng) => {
  const growths = ofKind(relations, "growth");
  if (growths.length === 0) return undefined;
  const relation = prng.pick(growths);
  const [rate, change, amount] = relation.figures;
  return figurePlant(text, relations, relation, rate, printed(rate, change.value.dividedBy(amount.value).times(100)));
};

/** Two adjacent different digits swapped, or one digit dropped. */
const digits: Planter = (text, relations, prng) => {
  if (relations.length === 0) return undefined;
  const relation = prng.pick(relations);
  const figure = prng.pick(relation.figures);
  const chars = [...plain(figure.digits)];
  const places = chars.flatMap((ch, i) => (/\d/.test(ch) && /\d/.test(chars[i + 1] ?? "") && ch !== chars[i + 1] ? [i] : []));
  if (prng.chance(0.5) && places.length > 0) {
    const i = prng.pick(places);
    [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  } else {
    const droppable = chars.flatMap((ch, i) => (/\d/.test(ch) && !(i === 0 && chars[1] === ".") ? [i] : []));
    if (droppable.length < 2) return undefined;
    chars.splice(prng.pick(droppable), 1);
  }
  const to = chars.join("").replace(/^0(?=\d)/, "");
  if (!/^\d*\.?\d+$/.test(to)) return undefined;
  return figurePlant(text, relations, relation, figure, figure.digits.includes(",") ? withSeparators(to) : to);
};

const complement: Planter = (text, relations, prng) => {
  const shares = ofKind(relations, "share");
  if (shares.length === 0) return undefined;
  const relation = prng.pick(shares);
  const [share] = relation.figures;
  return figurePlant(text, relations, relation, share, printed(share, new Decimal(100).minus(share.value)));
};

/** The ratio written as the percentage: 2.17% printed “0.02%” (two decimals at least). */
const ratio: Planter = (text, relations, prng) => {
  const rates = relations.filter((r) => r.kind !== "sum");
  if (rates.length === 0) return undefined;
  const relation = prng.pick(rates);
  const [rate] = relation.figures;
  return figurePlant(text, relations, relation, rate, printed(rate, rate.value.dividedBy(100), Math.max(2, decimalsOf(rate.digits))));
};

const OPPOSITE: Record<string, string> = { 增加: "减少", 减少: "增加", 增长: "下降", 下降: "增长", 上升: "下降", 降低: "提高", 多: "少", 少: "多" };
const DIRECTION_WORD = /(增加|减少|增长|下降|上升|降低|多|少)了?(?:约|为|达)?\s*$/;

/** The change word before a growth's change flipped, where the flipped base no longer gives the printed rate. */
const direction: Planter = (text, relations, prng) => {
  const growths = ofKind(relations, "growth").filter((r) => isChange(text, r.figures[1]));
  if (growths.length === 0) return undefined;
  const relation = prng.pick(growths);
  const [rate, change, amount] = relation.figures;
  const before = text.slice(Math.max(0, change.start - 8), change.start);
  const word = DIRECTION_WORD.exec(before);
  if (!word) return undefined;
  const start = change.start - before.length + word.index;
  const interval = (f: PrintedFigure) => RoundingInterval.of(f.value, f.unit);
  const allows = (sign: 1 | -1) => {
    const base = sign > 0 ? interval(amount).plus(interval(change)) : interval(amount).minus(interval(change));
    const allowed = percentInterval(interval(change), base);
    return !!allowed && judgeDerived(rate.value, rate.unit, allowed) !== "error";
  };
  // the text's direction: a rise divides by amount − change; flipped, the rate must no longer fit
  const rise = /增加|增长|上升|多/.test(word[1]);
  if (!allows(rise ? -1 : 1) || allows(rise ? 1 : -1)) return undefined;
  return { figure: change, relation, to: OPPOSITE[word[1]], start, end: start + word[1].length, from: word[1] };
};

/** 万元 written 元 (亿元 written 万元) after one amount of a sum. */
const unit: Planter = (text, relations, prng) => {
  const sums = ofKind(relations, "sum");
  if (sums.length === 0) return undefined;
  const relation = prng.pick(sums);
  const figure = prng.pick(relation.figures);
  const after = /^\s*(亿元|万元)/.exec(text.slice(figure.end));
  if (!after) return undefined;
  const start = figure.end + after[0].length - after[1].length;
  const to = after[1] === "亿元" ? "万元" : "元";
  return { figure, relation, to, start, end: start + after[1].length, from: after[1] };
};

/** A change word written with its template alternative (“增加” → “增加(减少)”). */
const leftover: Planter = (text, relations, prng) => {
  const changes = relations.flatMap((r) => r.figures).filter((f) => isChange(text, f));
  if (changes.length === 0) return undefined;
  const change = prng.pick(changes);
  const before = text.slice(Math.max(0, change.start - 8), change.start);
  const word = /(增加|减少|增长|下降)了?(?:约|为|达)?\s*$/.exec(before);
  if (!word) return undefined;
  const start = change.start - before.length + word.index;
  return { figure: change, relation: relations[0], to: `${word[1]}(${OPPOSITE[word[1]]})`, start, end: start + word[1].length, from: word[1] };
};

const PLANTERS: Record<ErrorKind, Planter> = {
  "stale-total": staleTotal,
  "wrong-base": wrongBase,
  "other-figure": otherFigure,
  digits,
  complement,
  ratio,
  direction,
  unit,
  leftover,
};

export const ERROR_KINDS = Object.keys(PLANTERS) as ErrorKind[];

/** The figures of every stated relation the planted figure takes part in, and the figure as planted (a finding may name any). */
function relatedTo(relations: Relation[], plant: Plant): Set<string> {
  const figures = [plant.relation, ...relations].filter((r) => r.figures.includes(plant.figure)).flatMap((r) => r.figures);
  return new Set([plant.to, ...figures.map((f) => f.digits)].map(plain));
}

/** At most one planted error of each kind per clean paragraph that states a relation, deterministic for a seed. */
export function plantErrors(id: string, paragraphs: NarrativeParagraph[], clean: (n: number) => boolean, seed: number): PlantedError[] {
  const out: PlantedError[] = [];
  for (const p of paragraphs) {
    const n = p.index!;
    if (!clean(n)) continue;
    const relations = statedRelations(p.text, relationsOf(figuresOf(p.text)));
    if (relations.length === 0) continue;
    for (const kind of ERROR_KINDS) {
      const plant = PLANTERS[kind](p.text, relations, new Prng(seed ^ hash(`${id}#${n}#${kind}`)));
      if (!plant) continue;
      const start = plant.start ?? plant.figure.start;
      const end = plant.end ?? plant.figure.end;
      const from = plant.from ?? plant.figure.digits;
      const text = p.text.slice(0, start) + plant.to + p.text.slice(end);
      out.push({
        kind,
        name: `${id} ¶${n} ${kind} ${from}→${plant.to}`,
        paragraph: n,
        from,
        to: plant.to,
        related: kind === "leftover" ? new Set() : relatedTo(relations, plant),
        paragraphs: paragraphs.map((q) => (q === p ? { ...q, text } : q)),
      });
    }
  }
  return out;
}
