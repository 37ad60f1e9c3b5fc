import { RoundingInterval, sumIntervals } from "../../../src/core/numbers/rounding-interval";
import { Decimal } from "../../../src/core/numbers/decimal";

const cents = new Decimal("0.01");
const iv = (v: string) => RoundingInterval.of(new Decimal(v), cents);

describe("RoundingInterval (尾差)", () => {
  test("461.49 against five parts adding to 461.50 is within the rounding tail", () => {
    const parts = sumIntervals(["367.04", "41.96", "12.46", "5.34", "34.70"].map(iv));
    expect(iv("461.49").overlaps(parts)).toBe(true);
  });
  test("465.22 against 402.22 is not", () => {
    expect(iv("465.22").overlaps(iv("402.22"))).toBe(false);
  });
  test("a 0.01 gap between a total and one part is not a tail (intervals only touch at ±0.005 each)", () => {
    expect(iv("10.00").overlaps(iv("10.02"))).toBe(false);
    expect(iv("10.00").overlaps(iv("10.01"))).toBe(true);
  });
  test("scaling from 万元 to 元 scales the bounds", () => {
    const scaled = iv("1.00").scale(new Decimal(10000));
    expect([scaled.low.toString(), scaled.high.toString()]).toEqual(["9950", "10050"]);
  });
});
