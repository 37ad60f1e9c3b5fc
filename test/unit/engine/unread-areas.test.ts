import { analyzeWorkbook } from "../../../src/core/analysis";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { readFixture } from "../../support/fixtures";

/** A sheet of the accountant's own: a heading left from a template, and numbers under no known title. */
function sheet(name: string, rows: (string | number | null)[][]): SheetSnapshot {
  return {
    name,
    cells: rows.map((r) => r.map((value) => ({ value }))),
    rowCount: rows.length,
    columnCount: Math.max(...rows.map((r) => r.length)),
    merges: [],
  };
}

describe("an area is either read or listed as not read, never both", () => {
  let zhanyi: WorkbookSnapshot;
  beforeAll(async () => {
    zhanyi = await readFixture("final-2023-zhanyi.xlsx");
  });

  it("lists a ledger without findings as not read", () => {
    const ledger = sheet("台账", [
      ["日期", "摘要", "金额"],
      ["2023-03-01", "办公用品", 1250.5],
    ]);
    const result = analyzeWorkbook({ ...zhanyi, sheets: [...zhanyi.sheets, ledger] });
    expect(result.unrecognized.map((u) => `${u.sheet}!${u.range}`)).toEqual(["台账!A1:C2"]);
  });

  it("lists a 三公 comparison with years as lines (衢江's shape) as not read: its title comparing two years is no wrong year", () => {
    const qujiang = sheet("对比", [
      ["2023年决算数与2022年决算数对比情况", null, null, null, null, null, null],
      ["年度", "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费", null, null],
      [null, null, null, null, "合计", "车辆购置", "车辆运行"],
      ["2022年", 2840, 90, 1400, 1350, 73, 1277],
      ["2023年", 2364, 12, 1356, 996, 37, 959],
      ["2023年比2022年增减%", -16.77, -86.62, -3.14, -26.24, -47.95, -24.98],
    ]);
    const result = analyzeWorkbook({ ...zhanyi, sheets: [...zhanyi.sheets, qujiang] });
    expect(result.findings.filter((f) => f.sheet === "对比")).toEqual([]);
    expect(result.unrecognized.map((u) => `${u.sheet}!${u.range}`)).toEqual(["对比!A1:G6"]);
  });

  it("does not list a sheet whose cells have findings as 未识别…未作检查", () => {
    const leftover = sheet("附表", [
      ["上海市普陀区XX局2023年度附表", null, null],
      ["日期", "摘要", "金额"],
      ["2023-03-01", "办公用品", 1250.5],
    ]);
    const result = analyzeWorkbook({ ...zhanyi, sheets: [...zhanyi.sheets, leftover] });
    const onSheet = result.findings.filter((f) => f.sheet === "附表");
    expect(onSheet.map((f) => f.cell)).toContain("A1");
    expect(result.unrecognized.filter((u) => u.sheet === "附表")).toEqual([]);
  });
});
