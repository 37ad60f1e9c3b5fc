import { Decimal } from "../../numbers/decimal";
import type { RoundingInterval } from "../../numbers/rounding-interval";
import type { Mention } from "./mentions";
import type { ClaimRuleKey } from "./catalogue";
import type { Reading } from "./reading";

/**
 * How a figure stands in the relations it sits in besides the sum being judged (./standing.ts): one of them holds
 * (within rounding, every figure tied with certainty), one breaks, one breaks as printed and holds at the value the sum
 * judged gives it (`at`: it accuses the figure), or it sits in none.
 */
export type Standing = "confirmed" | "contradicted" | "accused" | "free";

/**
 * The relation that confirms a figure, as a finding names it for an accountant to check: another sum that adds up with it
 * (its figures), words written about it that fit it (its change, its completion of a budget, a share), or the same
 * figure written again, or the whole of the other side of a balanced budget, or the other side of its 财政拨款 printed equal
 * (./balanced-budget.ts); or, for a part a
 * relation of its own accuses, the one that holds at its corrected value — its own parts with their sum, or words that
 * fit that value. `elsewhere`: where the words or the figures are written, when not in the figure's own sentence.
 */
export interface Confirmation {
  kind: "sum" | "fits" | "again" | "balance" | "printedEqual";
  /**
   * The sum with its figures (““三公”经费1360.13 = …”; a part's own: “一般公共预算24,399.59万元、…合计24,940.34万元”), or the
   * words as written (“同比减少17.05万元,同比下降3.28%”).
   */
  words: string;
  elsewhere?: string;
}

/**
 * A relation that may tell an amount's value (a change with its rate only, a share, a sum it is the total of): whether it
 * holds at the figures' present reading, and the relation as a finding names it.
 */
export interface Telling {
  holds: () => boolean;
  by: () => Confirmation;
}

/**
 * A relation through a rate that gives the amount a value of its own (its change with its rate only, a share it sits in, its
 * completion of a stated budget):
 * the figures it runs through besides the amount, the value it gives the amount (the rate's figures as printed), and
 * whether it breaks beyond rounding at the present reading (./amount-slip.ts).
 */
export interface RateRelation extends Telling {
  rule: ClaimRuleKey;
  through: readonly Mention[];
  gives: () => Decimal | undefined;
  breaks: () => boolean;
}

/**
 * How a stated amount stands in the relations it sits in besides one sum being judged (the identity whose whole is
 * `judged`, a figure of ./figures.ts FIGURE_IDENTITIES, if the sum is one): culpritOf weighs them; ./standing.ts reads them from the text.
 */
export interface Relations {
  /**
   * As the total of the sum judged: confirmed by another sum it is a part of (三公 = 出国 + 公务用车 + 接待 for the
   * 公务用车 line), or by its own change measured against a base stated with it (竹山 2020: “本级收入49508万元,比报告数
   * 49500万元增加8万元”: a slip in the total would break total − base = change too) or its completion of a budget
   * stated with it (睢宁 2020: “28239万元,为调整预算数38651万元的73.06%”); that sum or its own change and rate may
   * contradict it. A relation through a rate — its own change with its rate only, a share of it or of a whole it is — holds
   * anywhere within the rate's rounding: it confirms the total only where it holds as printed and breaks at `at` (石鼓 2019:
   * 36125 “较上年增收2719万元,增长8.14%”, its parts giving 36485: 8.05%). A list whose total sits in no other relation is
   * judged as the list rules always did. `at`: the value the sum judged gives it (its
   * parts' sum) — another sum that breaks at the printed value and at `at` alike says nothing of which it is (三公 11.52
   * against 0 + 公务用车 35 + 11.52 breaks with 公务用车 at 40 too: the 三公 total is the slip there, not the 35). The same
   * figure stated again elsewhere with the same value confirms it: a slip is made once — so does the same amount under its
   * item's words (./restatement.ts namedAgain: “——筹集体育彩票公益金155682.4万元” and “体育彩票机构筹集体育彩票公益金155682.4万元”),
   * another breakdown of it that adds up (a view, a “其中” list, parentheses: ./parenthesized-standing.ts; 新疆 2023:
   * 215763.4 + 155682.4 = 371445.8 beside the four kinds), and the whole of the other side of a balanced budget, equal as
   * printed (./balanced-budget.ts).
   */
  ofTotal(m: Mention, judged?: string, at?: Decimal): Standing;
  /** The first relation that confirms the total, when ofTotal finds it confirmed (a finding names that one). */
  confirmationOf(m: Mention, judged?: string, at?: Decimal): Confirmation | undefined;
  /**
   * The relation of its own that accuses a part, when ofPart finds it accused at `at` (a finding names that one: its own
   * parts, or its change and rate).
   */
  accusationOf(m: Mention, judged: string | undefined, at: Decimal): Confirmation | undefined;
  /**
   * As a part: any relation of its own — its own sum, a sum it is part of, its change and rate, its completion of a
   * budget stated with it, its 0 said again in words; `at`, the value the sum judged gives it (the total less the other
   * parts), lets a share it sits in speak for it (Relations.ofTotal).
   */
  ofPart(m: Mention, judged?: string, at?: Decimal): Standing;
  /**
   * The least an amount can be: an increase over last year tied to it with certainty (“公务用车购置费25万元,比上年增加25万元”:
   * last year's amount is never below 0, so this year's is at least 25), as the interval its printed figure allows.
   */
  least(m: Mention): RoundingInterval | undefined;
  /**
   * Whether a figure another claim relies on (a share's part) is tied with certainty, as the relation that ties it: confirmed
   * as a part, or the total of a sum of its own that breaks, confirmed by another sum as that total — so the broken sum
   * names one of its parts, never it (culpritOf): 塘子街道's 公务用车 4.02 against 购置 0 + 运行 0, with 三公 11.96 = 0 + 4.02 + 7.94.
   */
  settled(m: Mention): Confirmation | undefined;
  /** A relation of any kind that holds through the amount as read (a sum, its change against a stated base, the figure said again…). */
  anyConfirmation(m: Mention): Confirmation | undefined;
  /** The amount's relations through a rate (its changes with their rates only, its shares, its completions): ./amount-slip.ts. */
  rateRelations(m: Mention): RateRelation[];
}

/** The figure of a broken sum to name: the total, the one part that can be the slip (with its value), or none for sure. */
export type Culprit<T> =
  | { at: "total" }
  | { at: "part"; part: T; value: Decimal; by?: Confirmation; belowIncrease?: true; atMost?: true; accused?: Confirmation }
  | { at: "unknown"; suspects: T[]; by: Confirmation };

export interface BrokenSum<T> {
  total: T;
  parts: readonly T[];
  value(figure: T): Decimal;
  /** A figure's standing (Relations.ofTotal for the total, ofPart for a part); `at`: the value the sum gives it. */
  standing(figure: T, at?: Decimal): Standing;
  /** The relation that confirms the total, if one does; `at`: the parts' sum (Relations.confirmationOf). */
  confirmedBy(at: Decimal): Confirmation | undefined;
  /** The relation of a part's own that accuses it, if one does; `at`: the value the sum gives it (Relations.accusationOf). */
  accusedBy(part: T, at: Decimal): Confirmation | undefined;
  /**
   * The list may leave parts out (a “其中” list not known complete, judged only by a sum above its total): a part's
   * value is then not the total less the others, so no part is named with one — the parts to check. A list of every
   * part of a known identity is not partial.
   */
  partial?: boolean;
  /** The figures' rounding and the parts' least values (Relations.least): a correction below it is ruled out. */
  bounds?: Bounds<T>;
}

export interface Bounds<T> {
  interval(figure: T): RoundingInterval;
  least(part: T): RoundingInterval | undefined;
}

/**
 * Which figure of a sum that breaks beyond rounding is wrong, weighed against the other relations each figure sits
 * in — the one decision of every sum rule that names a figure (./totals.ts, ./enumerated-list.ts, ./subset-sum.ts, and the
 * chains and lists closed by their total of ./addition.ts).
 * 长乐 2017: “(二)公务用车购置及运行费1116.14万元。其中:” “1、购置费34.71万元” “2、运行费1116.14万元” breaks (34.71 +
 * 1116.14 = 1150.85), but 三公 1360.13 ≈ 22.00 + 1116.14 + 221.98 confirms the subtotal and 购置's own change and rate
 * (79.4, 69.6%) confirm 购置: the 运行 is the slip, 应为 1116.14 − 34.71 = 1081.43.
 * - A total another relation confirms is never named. The part that can be the slip — no relation of its own
 *   confirms it and its correction, total − the other parts, is not negative nor below its own increase over last
 *   year (Relations.least) — is named with that value; so is the one such part printed below its own increase (wrong as
 *   printed: 购置 20 “比上年增加25” beside 运行 10 under a confirmed 35 — 运行 corrected would leave 购置 impossible still)
 *   when it is the only one (every other part confirmed or ruled out, so the value is certain); of several, the one a
 *   relation of its own accuses (its item stated again elsewhere at total − the other parts: a slip is made once, and that
 *   one explains both breaks) is named with that value too; else no part is certain: the parts to check, a warning.
 *   A list that may leave parts out, above its total, names its one part that can be the slip with its most, not a
 *   value (西乡塘 人大 2017: 收入总预算 501.98, its change 17.05 and
 *   rate 3.28% holding, above it 一般公共财政预算拨款 507.37 + 上年结余收入 8.3 — 8.3 confirmed by its own change and rate —
 *   so 507.37 is at most 501.98 − 8.3 = 493.68).
 * - A total nothing confirms nor accuses, with one part that can be the slip accused by a relation of its own (a sum it
 *   is the total of, its own change and rate, its restatement in parentheses or its item stated again elsewhere: broken as
 *   printed, holding at total − the other parts; Relations.ofPart), names that part with that value (三门 公安 2020:
 *   财政拨款收入 24,970.34 under 本年收入合计 25,031.67, its own 24,399.59 + 540.75 + 0 = 24,940.34 = 25,031.67 − 91.33) — in a list that may leave parts out too, where
 *   the value that relation holds at makes the list add up exactly (上海 2023: 下拨各区 8.60 with its own 3.56 + 4.5 = 8.06 =
 *   36.43 − 17.96 − 10.41).
 * - Otherwise the total, as each rule names it when nothing confirms it (a list with no other relation; a total its
 *   other relations contradict too).
 */
export function culpritOf<T>({ total, parts, value, standing, confirmedBy, accusedBy, partial, bounds }: BrokenSum<T>): Culprit<T> {
  const sum = parts.reduce((acc, p) => acc.plus(value(p)), new Decimal(0));
  const correction = (p: T) => value(total).minus(sum.minus(value(p)));
  // the highest the printed figures allow the part (corrected, or as printed), against the least it can be
  const below = (p: T, corrected: boolean) => {
    const floor = bounds?.least(p);
    if (!bounds || !floor) return false;
    const others = parts.filter((q) => q !== p).reduce((acc, q) => acc.plus(bounds.interval(q).low), new Decimal(0));
    const high = corrected ? bounds.interval(total).high.minus(others) : bounds.interval(p).high;
    return high.lessThan(floor.low);
  };
  const ofTotal = standing(total, sum);
  const by = ofTotal === "confirmed" ? confirmedBy(sum) : undefined;
  if (!by) {
    const accused =
      ofTotal === "accused"
        ? []
        : parts.flatMap((p) => {
            const by = !correction(p).isNegative() && !below(p, true) ? accusedBy(p, correction(p)) : undefined;
            return by ? [{ part: p, by }] : [];
          });
    return accused.length === 1 ? { at: "part", part: accused[0].part, value: correction(accused[0].part), accused: accused[0].by } : { at: "total" };
  }
  // a list that may leave parts out gives a part no value, only its most (the total less the others) — yet a relation of the
  // part that holds as printed and breaks at that most breaks at every value below it too (each is monotone in the figure:
  // a share, a rate, a sum): it confirms the part as printed (民革赣州 2021: 财政拨款收入 91.16 “占收入预算总额的75.75%”, which
  // 120.34 − 上年结余 39.18 = 81.16 breaks)
  const confirmed = (p: T) => standing(p, partial ? undefined : correction(p)) === "confirmed" || (!!partial && standing(p, correction(p)) === "confirmed");
  const open = parts.filter((p) => !confirmed(p) && !correction(p).isNegative() && !below(p, true));
  if (open.length === 1) return { at: "part", part: open[0], value: correction(open[0]), by, ...(partial ? { atMost: true as const } : {}) };
  // of several, the one a relation of its own accuses — broken as printed, holding at its correction (its item stated again
  // at that value): a slip is made once, so it explains both breaks
  const accused = open.flatMap((p) => {
    const of = accusedBy(p, correction(p));
    return of ? [{ part: p, of }] : [];
  });
  if (accused.length === 1) return { at: "part", part: accused[0].part, value: correction(accused[0].part), by, accused: accused[0].of };
  // one part printed below its own increase is wrong as printed: the one slip, when its correction is not
  const impossible = open.filter((p) => below(p, false));
  if (impossible.length === 1 && !partial) return { at: "part", part: impossible[0], value: correction(impossible[0]), by, belowIncrease: true };
  return { at: "unknown", suspects: open.length > 0 ? open : [...parts], by };
}

/**
 * culpritOf over a broken list of the text's amounts, each weighed by the text's other relations as the identity the list
 * is (`judged`, a figure of ./figures.ts FIGURE_IDENTITIES, if it is one) reads them, within the figures' rounding: the
 * one call of the list rules (./totals.ts, ./enumerated-list.ts, ./subset-sum.ts, ./addition.ts's named sums). `partial`:
 * the list may leave parts out.
 */
export function listCulprit(
  total: Mention,
  parts: readonly Mention[],
  judged: string | undefined,
  partial: boolean,
  reading: Reading,
  relations: Relations,
): Culprit<Mention> {
  return culpritOf({
    total,
    parts,
    value: (m) => reading.value(m),
    standing: (m, at) => (m === total ? relations.ofTotal(m, judged, at) : relations.ofPart(m, judged, at)),
    confirmedBy: (at) => relations.confirmationOf(total, judged, at),
    accusedBy: (m, at) => relations.accusationOf(m, judged, at),
    partial,
    bounds: { interval: (m) => reading.interval(m), least: (m) => relations.least(m) },
  });
}
