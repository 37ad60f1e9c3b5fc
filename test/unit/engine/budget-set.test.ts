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
