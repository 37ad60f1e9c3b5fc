import { RowOffsets } from "../../../src/ui/list/row-offsets";

describe("RowOffsets (the long list's positions)", () => {
  it("finds the rows in a band of a 60,000-row list", () => {
    const heights = new Float64Array(60_000).fill(92);
    heights[0] = 40; // a table title
    const offsets = new RowOffsets(heights);
    expect(offsets.total).toBe(40 + 59_999 * 92);
    expect(offsets.top(2)).toBe(132);
    // Rows overlapping [1000, 1800): row 11 spans 960–1052 (40 + 10·92 = 960), row 20 starts at 1788 — rows 11 to 20.
    expect(offsets.rowsIn(1000, 1800)).toEqual({ start: 11, end: 21 });
    expect(offsets.rowsIn(-500, 100)).toEqual({ start: 0, end: 2 });
    expect(offsets.rowsIn(offsets.total + 10, offsets.total + 900)).toEqual({ start: 59_999, end: 60_000 });
  });

  it("handles an empty list", () => {
    const offsets = new RowOffsets([]);
    expect(offsets.total).toBe(0);
    expect(offsets.rowsIn(0, 800)).toEqual({ start: 0, end: 0 });
  });
});
