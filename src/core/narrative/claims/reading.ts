import { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, type Comparison, type Verdict } from "../../numbers/verdict";
import type { Mention } from "./mentions";

/**
 * How the checks read a stated figure: as printed, or — once it was found wrong against the tables — at the
 * table's value. “收入支出总计 0 万元 … 减少56.95万元，下降1.87%” is one slip (the 0), so its growth rate is
 * judged with the table's 2995.39 and raises nothing more.
 */
export class Reading {
  private readonly corrected = new Map<Mention, { value: Decimal; unit: Decimal; atMost?: true }>();
  /** Figures compared with a table (whatever the verdict): sums of such figures carry the tables' own tails. */
  readonly checked = new Set<Mention>();

  correct(m: Mention, value: Decimal, unit: Decimal): void {
    this.corrected.set(m, { value, unit });
  }

  /**
   * Found too large, by how much the text does not say (a part of a list that may leave parts out, above its total:
   * “应不超过3511万元”): read as anything from 0 up to `most` from then on — a check after that holds somewhere there says
   * nothing more of it (留坝 2024: 税收收入 typed 4511, “占年初预算8465万元的41.5%” holds at 3511), one that holds nowhere
   * there stands on its own (西乡塘 2017: 507.37 at most 493.68, “减少19.96万元,下降3.85%” needs 498.5).
   */
  correctAtMost(m: Mention, most: Decimal): void {
    this.corrected.set(m, { value: most, unit: m.unit, atMost: true });
  }

  /** What `judge` finds with the figure read at `value` (as if printed so, to its own places); the reading is left as it was. */
  readAt<T>(m: Mention, value: Decimal, judge: () => T): T {
    const before = this.corrected.get(m);
    this.corrected.set(m, { value, unit: m.unit });
    try {
      return judge();
    } finally {
      if (before) this.corrected.set(m, before);
      else this.corrected.delete(m);
    }
  }

  /** Whether the figure was found wrong and is read at another value than printed. */
  foundWrong(m: Mention): boolean {
    const c = this.corrected.get(m);
    return !!c && !c.value.equals(m.value);
  }

  /** How a finding words the value the figure is read at: as printed, or its correction (“改正后的”, or “至多” for an upper bound). */
  readAs(m: Mention): "printed" | "corrected" | "atMost" {
    if (!this.foundWrong(m)) return "printed";
    return this.corrected.get(m)!.atMost ? "atMost" : "corrected";
  }

  value(m: Mention): Decimal {
    return this.corrected.get(m)?.value ?? m.value;
  }

  /** The printed number as the interval of true values it may stand for (尾差 model, docs/domain.md §3.3). */
  interval(m: Mention): RoundingInterval {
    const c = this.corrected.get(m);
    if (c?.atMost) return new RoundingInterval(new Decimal(0), RoundingInterval.of(c.value, c.unit).high);
    if (c) return RoundingInterval.of(c.value, c.unit);
    // a lower bound (“1.8亿多元”) stands for anything from its printed value up to twice that
    return m.atLeast ? new RoundingInterval(m.value.minus(m.unit.dividedBy(2)), m.value.times(2).plus(m.unit)) : RoundingInterval.of(m.value, m.unit);
  }

  /**
   * The stated parts' sum less the amounts `subtracted` (“加上A，减B…合计T”), and how the stated total compares with
   * it (each figure within its printed rounding).
   */
  judgeSum(total: Mention, parts: readonly Mention[], op: Comparison = "=", subtracted: readonly Mention[] = []): { sum: Decimal; verdict: Verdict } {
    const added = parts.reduce((acc, m) => acc.plus(this.value(m)), new Decimal(0));
    const sum = subtracted.reduce((acc, m) => acc.minus(this.value(m)), added);
    const interval = sumIntervals(parts.map((m) => this.interval(m))).minus(sumIntervals(subtracted.map((m) => this.interval(m))));
    const verdict = judgeAmounts(this.value(total), this.interval(total), sum, interval, op);
    return { sum, verdict: verdict === "rounding" && this.roundsTo(total, [...parts, ...subtracted], sum) ? "equal" : verdict };
  }

  /**
   * A total printed no finer than any part, coarser than one, and equal to their sum rounded half up to its own unit
   * (“19.8亿元” for 18.96亿元 + 8428万元 = 19.8028亿元; “673.56亿元” for six amounts to 0.01亿元 and 4364万元, 673.5564亿元)
   * is that sum as written: nothing to confirm.
   */
  roundsTo(total: Mention, parts: readonly Mention[], sum: Decimal): boolean {
    const coarser = parts.every((m) => total.unit.greaterThanOrEqualTo(m.unit)) && parts.some((m) => total.unit.greaterThan(m.unit));
    if (this.corrected.has(total) || !coarser) return false;
    return sum.toNearest(total.unit, Decimal.ROUND_HALF_UP).equals(this.value(total));
  }
}
