import { Decimal } from "../../../src/core/numbers/decimal";
import { RoundingInterval } from "../../../src/core/numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../../src/core/numbers/verdict";
import { headlineOf } from "../../../src/core/findings/headline";

const cent = new Decimal("0.01");
const iv = (v: string, n = 1) => RoundingInterval.of(new Decimal(v), cent.times(n));

describe("judgeAmounts", () => {
  it("calls a total equal to its parts equal", () => {
    expect(judgeAmounts(new Decimal("461.50"), iv("461.50"), new Decimal("461.50"), iv("461.50", 5))).toBe("equal");
  });
  it("calls 461.49 against five parts adding to 461.50 a rounding tail", () => {
    expect(judgeAmounts(new Decimal("461.49"), iv("461.49"), new Decimal("461.50"), iv("461.50", 5))).toBe("rounding");
  });
  it("calls 465.22 against 402.22 an error", () => {
    expect(judgeAmounts(new Decimal("465.22"), iv("465.22"), new Decimal("402.22"), iv("402.22", 2))).toBe("error");
  });
  it("judges ≥ on intervals", () => {
    expect(judgeAmounts(new Decimal("0.38"), iv("0.38"), new Decimal("0.39"), iv("0.39"), ">=")).toBe("rounding");
    expect(judgeAmounts(new Decimal("0.30"), iv("0.30"), new Decimal("0.39"), iv("0.39"), ">=")).toBe("error");
  });
});

describe("judgeDerived", () => {
  const rate = (part: string, whole: string) => percentInterval(iv(part), iv(whole))!;
  it("accepts 66.50% for 2.00 ÷ 3.01 (the printed amounts allow 66.17%–66.72%)", () => {
    const allowed = rate("2.00", "3.01");
    expect(allowed.low.toFixed(2)).toBe("66.17");
    expect(allowed.high.toFixed(2)).toBe("66.72");
    expect(judgeDerived(new Decimal("66.50"), cent, allowed)).toBe("equal");
  });
  it("calls 99.86% for 9746.50 ÷ 9759.38 (99.87%) a rounding warning", () => {
    expect(judgeDerived(new Decimal("99.86"), cent, rate("9746.50", "9759.38"))).toBe("rounding");
  });
  it("calls 71.73% for 2106.66 ÷ 2940.05 (71.65%) an error", () => {
    expect(judgeDerived(new Decimal("71.73"), cent, rate("2106.66", "2940.05"))).toBe("error");
  });
  it("has no percentage of a zero whole", () => {
    expect(percentInterval(iv("1.00"), RoundingInterval.exact(new Decimal(0)))).toBeUndefined();
  });
});

describe("headlineOf", () => {
  const base = { rule: "J03.row", sheet: "公开03表", cell: "D11", related: [] as string[], message: "长说明。第二句。", table: "支出决算表" };
  it("leads with where, what and the fix", () => {
    const f = { ...base, kind: "sum" as const, severity: "error" as const, subject: "卫生健康支出·基本支出", actual: "465.22", expected: "402.22" };
    expect(headlineOf(f)).toBe("支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）");
  });
  it("never says 应为 for a rounding tail", () => {
    const f = { ...base, kind: "rounding" as const, severity: "warning" as const, actual: "461.49", expected: "461.50" };
    expect(headlineOf(f)).not.toContain("应为");
    expect(headlineOf(f)).toBe("长说明。");
  });
});

describe("headlineOf for the pane's cards", () => {
  const base = { sheet: "公开07表", cell: "G16", related: [] as string[], table: "一般公共预算财政拨款项目支出决算表" };
  it("says 疑为 for a suspected subject code, never a difference between codes", () => {
    const f = {
      ...base,
      rule: "code.placement",
      kind: "input" as const,
      severity: "warning" as const,
      message: "科目编码“20921”排在“309”之下。",
      actual: "20921",
      expected: "30921",
    };
    expect(headlineOf(f)).toBe("一般公共预算财政拨款项目支出决算表 G16 填 20921，疑为 30921");
  });
  it("keeps a checker's own rounding headline, which never says 应为", () => {
    const headline = "合计 461.49 与各项之和 461.50 差 0.01（四舍五入尾差），无需修改，如需一致请调整尾数";
    const f = {
      ...base,
      rule: "Y02.row",
      kind: "rounding" as const,
      severity: "warning" as const,
      message: "长说明。",
      actual: "461.49",
      expected: "461.50",
      headline,
    };
    expect(headlineOf(f)).toBe(headline);
  });
  it("gives no difference when the values are not both amounts (a percentage)", () => {
    const f = {
      ...base,
      sheet: "情况说明",
      cell: "A14",
      table: undefined,
      rule: "N.share",
      kind: "narrative" as const,
      severity: "error" as const,
      message: "占比不符。",
      actual: "71.73%",
      expected: "71.65%",
      subject: "一般公共服务支出占比",
    };
    expect(headlineOf(f)).toBe("情况说明 A14 一般公共服务支出占比 写 71.73%，应为 71.65%");
  });
});
