import { exactAsPrinted, rescale, scaledFromNumberText, type ScaledAmount } from "../../../src/core/numbers/scaled-amount";
import { CellLayout, RowCells } from "../../../src/core/recognition/row-cells";

describe("scaled amounts (exact printed values)", () => {
  test("read from a number's shortest text", () => {
    expect(scaledFromNumberText(String(465.22))).toEqual({ units: 46522, scale: 2 });
    expect(scaledFromNumberText(String(-0.05))).toEqual({ units: -5, scale: 2 });
    expect(scaledFromNumberText(String(63))).toEqual({ units: 63, scale: 0 });
    expect(scaledFromNumberText(String(123456789012.34))).toEqual({ units: 12345678901234, scale: 2 });
    expect(scaledFromNumberText(String(1e-7))).toBeUndefined();
  });
  test("0.1 + 0.2 as stored by Excel (0.30000000000000004) has more digits than a safe integer: no exact form, Decimal decides", () => {
    expect(scaledFromNumberText(String(0.1 + 0.2))).toBeUndefined();
  });
  test("rescale aligns units without loss, and says when they no longer fit", () => {
    expect(rescale(46522, 2, 4)).toBe(4652200);
    expect(rescale(7, 0, 0)).toBe(7);
    expect(Number.isSafeInteger(rescale(46522, 2, 20))).toBe(false);
    expect(Number.isSafeInteger(rescale(9007199254740, 0, 4))).toBe(false);
  });
});

/** exactAsPrinted's answer as a value: the exact form written into a fresh object, or undefined. */
function printed(v: number, format: string | undefined): ScaledAmount | undefined {
  const out = { units: 0, scale: 0 };
  return exactAsPrinted(v, format, out) ? out : undefined;
}

describe("exact form of a stored number as printed", () => {
  test("at the scale its format shows (a number with fewer decimals too); the fewest decimals that give this very double in General", () => {
    expect(printed(465.22, "0.00")).toEqual({ units: 46522, scale: 2 });
    expect(printed(0.1, "0.00")).toEqual({ units: 10, scale: 2 });
    expect(printed(-0.05, "#,##0.00")).toEqual({ units: -5, scale: 2 });
    expect(printed(3, "0")).toEqual({ units: 3, scale: 0 });
    expect(printed(3, "#,##0.0000")).toEqual({ units: 30000, scale: 4 });
    expect(printed(1.234567, "0.000000")).toEqual({ units: 1234567, scale: 6 });
    expect(printed(12345.6789, undefined)).toEqual({ units: 123456789, scale: 4 });
    expect(printed(0.123456, undefined)).toEqual({ units: 123456, scale: 6 });
    expect(printed(0.1, undefined)).toEqual({ units: 1, scale: 1 });
  });
  test("exact under a format exactly when the number's own decimals (its shortest text) are no more than the format shows and its count at that scale is a safe integer", () => {
    const format = (decimals: number) => (decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`);
    for (const k of [0, 1, 7, 10, 99, 105, 46522, -46522, 123456789, 999999999999]) {
      for (let s = 0; s <= 4; s++) {
        const v = k / 10 ** s;
        const own = scaledFromNumberText(String(v));
        for (let d = 0; d <= 6; d++) {
          const read = printed(v, format(d));
          const fits = own !== undefined && own.scale <= d && Number.isSafeInteger(own.units * 10 ** (d - own.scale));
          expect([v, d, read !== undefined]).toEqual([v, d, fits]);
          if (read && own) expect(read.units).toBe(own.units * 10 ** (read.scale - own.scale));
        }
      }
    }
  });
  test("no exact form: rounded by its format, a percentage, or beyond the safe integers", () => {
    expect(printed(3.5, "0")).toBeUndefined();
    expect(printed(465.225, "0.00")).toBeUndefined();
    expect(printed(1.005, "0.00")).toBeUndefined(); // stored 1.00499999999999989…: three decimals, shown with two
    expect(printed(0.1 + 0.2, "0.000000")).toBeUndefined();
    expect(printed(0.25, "0.00%")).toBeUndefined();
    expect(printed(0.1 + 0.2, undefined)).toBeUndefined();
    expect(printed(1e21, undefined)).toBeUndefined();
  });
});

describe("RowCells: a row's amounts read from the sheet row", () => {
  const layout = new CellLayout([
    { key: "本年支出合计", col: 2 },
    { key: "基本支出", col: 3 },
    { key: "项目支出", col: 4 },
  ]);
  const line = [{ value: "210" }, { value: "卫生健康支出" }, { value: 465.22, numberFormat: "0.00" }, undefined, { value: "—" }];
  const cells = new RowCells(layout, "公开03表", 10, line);

  test("get by column key, with the cell's position, value and exact form", () => {
    const total = cells.get("本年支出合计");
    expect([total?.address, total?.blank, total?.value.toString()]).toEqual(["C11", false, "465.22"]);
    const exact = { units: 0, scale: 0 };
    expect([cells.readExact("本年支出合计", exact), exact]).toEqual(["exact", { units: 46522, scale: 2 }]);
    expect([cells.readExact("基本支出", exact), cells.readExact("项目支出", exact), cells.readExact("经营支出", exact)]).toEqual(["blank", "blank", "blank"]);
    expect([cells.isBlank("基本支出"), cells.isBlank("项目支出"), cells.isBlank("本年支出合计")]).toEqual([true, true, false]);
    expect(cells.get("基本支出")).toMatchObject({ address: "D11", blank: true });
    const dash = cells.get("项目支出");
    expect(dash?.blank && dash.parsed).toEqual({ kind: "blank", dash: true });
    expect(cells.get("经营支出")).toBeUndefined();
  });

  test("read once for the exact check: a number its format rounds, a percentage or a number typed as text is “other”, words are blank", () => {
    const out = { units: 0, scale: 0 };
    const kinds = new CellLayout(["四舍五入", "百分比", "文本数字", "文字"].map((key, col) => ({ key, col })));
    const row = new RowCells(kinds, "公开03表", 3, [
      { value: 465.225, numberFormat: "0.00" },
      { value: 0.25, numberFormat: "0.00%" },
      { value: "1,234.50" },
      { value: "无" },
    ]);
    expect(["四舍五入", "百分比", "文本数字", "文字"].map((k) => [row.readExact(k, out), row.isBlank(k)])).toEqual([
      ["other", false],
      ["other", false],
      ["other", false],
      ["blank", true],
    ]);
  });

  test("behaves as a map of every column of the group", () => {
    expect(cells.size).toBe(3);
    expect(cells.has("基本支出")).toBe(true);
    expect([...cells.keys()]).toEqual(["本年支出合计", "基本支出", "项目支出"]);
    expect([...cells].map(([k, c]) => `${k}@${c.address}`)).toEqual(["本年支出合计@C11", "基本支出@D11", "项目支出@E11"]);
  });

  test("a meaning printed twice in one group keeps the later column, as a Map would", () => {
    const twice = new CellLayout([
      { key: "金额", col: 1 },
      { key: "金额", col: 5 },
    ]);
    expect(twice.keys).toEqual(["金额"]);
    expect(twice.cols).toEqual([5]);
  });
});
