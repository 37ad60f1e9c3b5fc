import { analyzeWorkbook } from "../../../src/core/analysis";
import { cellAddress } from "../../../src/core/snapshot/address";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import { brief } from "./finding-helpers";

/** Counts in the 三公 table (团组数, 人次, 辆) are never amounts; a count that is not whole is an input slip. */
describe("counts in the 三公 table", () => {
  function withCount(value: number) {
    const wb = generateWorkbook({ seed: 7, randomize: false, layout: { t7Style: "full", t7Layout: "vertical", lineNumbers: false } });
    const sheet = wb.draft.sheets.find((s) => s.name === "公开07表")!;
    const r = sheet.rows.findIndex((line) => line[0]?.value === "5. 国内公务接待人次（人）");
    const c = sheet.rows[r].length - 1;
    sheet.rows[r][c] = { value };
    return { result: analyzeWorkbook(toSnapshot(wb)), cell: cellAddress(r, c) };
  }

  test("a whole count beside the money lines: no finding, and the line is marked as counts", () => {
    const { result } = withCount(26);
    expect(result.findings.map(brief)).toEqual([]);
    const line = result.models.find((t) => t.kind.id === "J07")!.rows.find((row) => row.name.includes("国内公务接待人次"))!;
    expect(line.count).toBe(true);
  });

  test("26.5 人次 → an input warning at that cell", () => {
    const { result, cell } = withCount(26.5);
    expect(result.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.actual])).toEqual([["input.count", "warning", "公开07表", cell, "26.5"]]);
  });
});
