import { rescale, scaledFromNumberText } from "../../../src/core/numbers/scaled-amount";
import { CellLayout, RowCells } from "../../../src/core/recognition/row-cells";

describe("scaled amounts (exact printed values)", () => {
  test("read from a number's shortest text", () => {
    expect(scaledFromNumberText(String(465.22))).toEqual({ units: 46522n, scale: 2 });
    expect(scaledFromNumberText(String(-0.05))).toEqual({ units: -5n, scale: 2 });
    expect(scaledFromNumberText(String(63))).toEqual({ units: 63n, scale: 0 });
    expect(scaledFromNumberText(String(1e-7))).toBeUndefined();
  });
  test("0.1 + 0.2 as stored by Excel is not 0.3: the exact form keeps every digit", () => {
    expect(scaledFromNumberText(String(0.1 + 0.2))).toEqual({ units: 30000000000000004n, scale: 17 });
  });
  test("rescale aligns units without loss", () => {
    expect(rescale(46522n, 2, 4)).toBe(4652200n);
    expect(rescale(7n, 0, 0)).toBe(7n);
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
    expect(cells.exactOf("本年支出合计")).toEqual({ units: 46522n, scale: 2 });
    expect([cells.isBlank("基本支出"), cells.isBlank("项目支出"), cells.isBlank("本年支出合计")]).toEqual([true, true, false]);
    expect(cells.get("基本支出")).toMatchObject({ address: "D11", blank: true });
    const dash = cells.get("项目支出");
    expect(dash?.blank && dash.parsed).toEqual({ kind: "blank", dash: true });
    expect(cells.get("经营支出")).toBeUndefined();
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
