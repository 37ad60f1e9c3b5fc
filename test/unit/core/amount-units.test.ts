import { AMOUNT_UNITS, unitScale } from "../../../src/core/numbers/amount-units";
import { unitIn } from "../../../src/core/recognition/header";

/** One list of amount units (元, 千元, 万元, 亿元) for the tables, the 绩效 tables and the text. */
describe("amount units", () => {
  test("each unit's value in 元; an unknown unit counts as 万元", () => {
    expect(Object.entries(AMOUNT_UNITS)).toEqual([
      ["元", 1],
      ["千元", 1000],
      ["万元", 10000],
      ["亿元", 100000000],
    ]);
    expect(unitScale("千元").toString()).toBe("1000");
    expect(unitScale("亿元").toString()).toBe("100000000");
    expect(unitScale("美元").toString()).toBe("10000");
  });

  test("a header's stated unit is read from the same list", () => {
    expect(unitIn("金额单位：千元")).toBe("千元");
    expect(unitIn("单位：元")).toBe("元");
    expect(unitIn("单位:亿元")).toBe("亿元");
    expect(unitIn("编制单位：某局")).toBeUndefined();
  });
});
