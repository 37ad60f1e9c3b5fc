import { analyzeWorkbook } from "../../../src/core/analysis";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import { brief } from "./finding-helpers";

/**
 * A table read the wrong way round fails most of its own checks at once. That is doubt about its structure, not a
 * dozen slips of the accountant: one warning says which table and what to check, and no error is raised on it.
 */
describe("structure doubt", () => {
  function misreadSpendingTable(seed: number) {
    const wb = generateWorkbook({ seed, randomize: false, layout: { arrangement: "sheet-per-table", lineNumbers: false } });
    const sheet = wb.draft.sheets.find((s) => s.name === "公开03表")!;
    // Swap the labels of 本年支出合计 and 基本支出: every row's 合计 is now read as 基本支出 and the other way round.
    const header = sheet.rows.findIndex((line) => line.some((c) => c?.value === "本年支出合计"));
    const total = sheet.rows[header].findIndex((c) => c?.value === "本年支出合计");
    const basic = sheet.rows[header].findIndex((c) => c?.value === "基本支出");
    sheet.rows[header][total] = { value: "基本支出" };
    sheet.rows[header][basic] = { value: "本年支出合计" };
    return analyzeWorkbook(toSnapshot(wb));
  }

  test.each([2, 5, 11])("seed %i: a table with its columns mislabelled gives one structure warning, no error at it", (seed) => {
    const result = misreadSpendingTable(seed);
    const inTable = result.findings.filter((f) => f.sheet === "公开03表");
    expect(inTable.filter((f) => f.severity === "error").map(brief)).toEqual([]);
    const doubt = inTable.filter((f) => f.rule === "structure.doubt");
    expect(doubt).toHaveLength(1);
    expect(doubt[0]).toMatchObject({ severity: "warning", cell: "A1", table: "支出决算表" });
    expect(doubt[0].message).toMatch(/支出决算表.*处核对不符/);
    expect(doubt[0].steps!.length).toBeGreaterThanOrEqual(5);
  });

  test("cross-table errors that lean on the doubtful table are only warnings", () => {
    const result = misreadSpendingTable(2);
    const leaning = result.findings.filter((f) => f.related.some((q) => q.startsWith("公开03表!")) && f.sheet !== "公开03表");
    expect(leaning.every((f) => f.severity !== "error")).toBe(true);
  });
});
