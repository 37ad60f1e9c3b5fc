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

describe("a table whose title is not a standard one", () => {
  function retitled(seed: number) {
    const wb = generateWorkbook({ seed, randomize: false, layout: { arrangement: "sheet-per-table" } });
    const sheet = wb.draft.sheets.find((s) => s.name === "公开03表")!;
    const titleRow = sheet.rows.findIndex((line) => line[0]?.value === "支出决算表");
    sheet.rows[titleRow][0] = { value: "本部门各项支出情况汇总表" };
    return wb;
  }

  test("is told from its header (支出决算表: six column meanings) and said so", () => {
    const result = analyzeWorkbook(toSnapshot(retitled(4)));
    const model = result.models.find((t) => t.sheet === "公开03表")!;
    expect(model.kind.title).toBe("支出决算表");
    expect(model.identifiedBy).toBe("header");
    const info = result.findings.filter((f) => f.rule === "structure.kind-from-header");
    expect(info.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["info", "公开03表", "A1"]]);
    expect(result.findings.filter((f) => f.rule === "set.missing-table")).toEqual([]);
  });

  test("its broken sums are warnings, not errors", () => {
    const wb = retitled(4);
    const sheet = wb.draft.sheets.find((s) => s.name === "公开03表")!;
    const slot = wb.amounts.find((a) => a.sheet === "公开03表" && a.column === "基本支出" && a.cents > 0)!;
    sheet.rows[slot.r][slot.c] = { value: slot.cents / 100 + 50, numberFormat: "0.00" };
    const result = analyzeWorkbook(toSnapshot(wb));
    const atSlot = result.findings.filter((f) => f.sheet === "公开03表" || f.related.some((q) => q.startsWith("公开03表!")));
    expect(atSlot.some((f) => f.severity === "warning" && f.message.includes("按表头识别"))).toBe(true);
    expect(atSlot.filter((f) => f.severity === "error").map(brief)).toEqual([]);
  });
});
