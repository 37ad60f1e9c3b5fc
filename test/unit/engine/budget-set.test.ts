import { analyzeWorkbook } from "../../../src/core/analysis";
import { readFixture } from "../../support/fixtures";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";

/** The 预算 set: missing tables of the national template are warnings (regions vary), never errors. */
describe("budget set completeness", () => {
  let dazhou: WorkbookSnapshot;
  beforeAll(async () => {
    dazhou = await readFixture("budget-2023-dazhou.xlsx");
  });

  test("the 达州 set holds every table of the national template: nothing reported missing", () => {
    expect(analyzeWorkbook(dazhou).findings.filter((f) => f.rule === "set.missing-table")).toEqual([]);
  });

  test("without its 表3-3 (三公) and 表5 (国有资本经营) sheets, both are named as warnings", () => {
    const partial = { ...dazhou, sheets: dazhou.sheets.filter((s) => s.name !== "表3-3" && s.name !== "表5") };
    const missing = analyzeWorkbook(partial).findings.filter((f) => f.rule === "set.missing-table");
    expect(missing.map((f) => [f.severity, f.table])).toEqual([
      ["warning", "一般公共预算“三公”经费支出预算表"],
      ["warning", "国有资本经营预算支出预算表"],
    ]);
  });
});

/** The 政府性基金 三公 table printed across (one line per unit) against the 政府性基金预算支出预算表 of the same set. */
describe("政府性基金 三公 budget against the fund's spending", () => {
  let dazhou: WorkbookSnapshot;
  beforeAll(async () => {
    dazhou = await readFixture("budget-2023-dazhou.xlsx");
  });

  test("both printed empty (此页无数据): no finding of the cross-check", () => {
    expect(analyzeWorkbook(dazhou).findings.filter((f) => f.rule.startsWith("XY.Y11-Y10"))).toEqual([]);
  });

  test("a 公务接待费 of 0.50 from the fund while the fund spends nothing: an error at the 三公 合计 (表4-1 C7)", () => {
    const sheets = dazhou.sheets.map((s) => {
      if (s.name !== "表4-1") return s;
      const cells = s.cells.map((row) => [...row]);
      cells[6][2] = { value: 0.5, numberFormat: "0.00" };
      cells[6][7] = { value: 0.5, numberFormat: "0.00" };
      return { ...s, cells };
    });
    const found = analyzeWorkbook({ ...dazhou, sheets }).findings.filter((f) => f.rule.startsWith("XY.Y11-Y10"));
    expect(found.map((f) => [f.rule, f.severity, `${f.sheet}!${f.cell}`])).toEqual([["XY.Y11-Y10", "error", "表4-1!C7"]]);
  });
});
