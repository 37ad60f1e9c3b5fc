/**
 * Seeded pseudo-random numbers (mulberry32) for reproducible generated workbooks: the same seed always
 * gives the same workbook, so a failing seed can be replayed. Never Math.random.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** k distinct items in their original order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
  }

  /**
   * Splits a non-negative integer total into `parts` non-negative integers that add up to it exactly;
   * each part is zero with probability `zeroChance` (the first non-zero part takes the rest).
   */
  split(total: number, parts: number, zeroChance = 0): number[] {
    if (parts <= 0) return [];
    const weights: number[] = Array.from({ length: parts }, () => (this.chance(zeroChance) ? 0 : this.next() + 0.05));
    if (!weights.some((w) => w > 0)) weights[this.int(0, parts - 1)] = 1;
    const sum = weights.reduce((a, b) => a + b, 0);
    const out = weights.map((w) => Math.floor((total * w) / sum));
    const rest = total - out.reduce((a, b) => a + b, 0);
    out[weights.findIndex((w) => w > 0)] += rest;
    return out;
  }
}
