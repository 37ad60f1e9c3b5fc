/**
 * Where each row of a long list sits: heights measured once a row was on screen, an estimate for the rest,
 * and the running sum, so the rows in view are found by binary search (60,000 cards: 17 comparisons).
 */
export class RowOffsets {
  /** offsets[i] = top of row i; offsets[count] = the list's whole height. */
  private readonly offsets: Float64Array;

  constructor(heights: ArrayLike<number>) {
    this.offsets = new Float64Array(heights.length + 1);
    for (let i = 0; i < heights.length; i++) this.offsets[i + 1] = this.offsets[i] + heights[i];
  }

  get count(): number {
    return this.offsets.length - 1;
  }

  get total(): number {
    return this.offsets[this.count];
  }

  top(index: number): number {
    return this.offsets[Math.max(0, Math.min(index, this.count))];
  }

  /** Rows [start, end) that overlap the band [from, to) in list coordinates: rows 40–52 of 60,000 when scrolled there. */
  rowsIn(from: number, to: number): { start: number; end: number } {
    const start = this.rowAt(from);
    let end = start;
    while (end < this.count && this.offsets[end] < to) end++;
    return { start, end: Math.max(end, Math.min(start + 1, this.count)) };
  }

  /** The row that contains position y (the first row for y ≤ 0, the last for y past the end). */
  private rowAt(y: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}
