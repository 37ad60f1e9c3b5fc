import { readFileSync } from "fs";
import path from "path";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { loadExcelJs } from "../../support/load-exceljs";
import { FakeWorkbookState } from "./fake-excel";
import { fromExcelJs } from "./from-exceljs";
import { installOffice } from "./office-harness";

const FIXTURES = path.join(__dirname, "../../fixtures");

describe("OfficeWorkbookHost.readSnapshot", () => {
  it.each(["final-2023-zhanyi.xlsx", "budget-2023-dazhou.xlsx"])("gives the xlsx reader's snapshot for %s", async (file) => {
    const bytes = readFileSync(path.join(FIXTURES, file));
    const expected = await readWorkbook(bytes, file);
    const state = fromExcelJs(await loadExcelJs(bytes, file), file);
    const harness = installOffice(state);
    const actual = await harness.host().readSnapshot();
    expect(actual).toEqual(expected);
    // Spot checks against real cells, in case both sides were wrong in the same way.
    const sheet = actual.sheets.find((s) => s.name === "公开03表");
    if (sheet) expect(sheet.merges.length).toBeGreaterThan(0);
    expect(harness.syncs).toBe(3); // sheet list, used + merged areas, all cells in one batch
  });

  it("maps formulas, errors, dates and an offset used range like the xlsx reader", async () => {
    const state = new FakeWorkbookState("t.xlsx");
    state.setCell("表", "C3", { value: 12.5, numberFormat: "0.00" });
    state.setCell("表", "D3", { value: 37.5, formula: "C3*3", numberFormat: "#,##0.00" });
    state.setCell("表", "E4", { value: "#REF!", error: "#REF!", formula: "#REF!+1" });
    state.setCell("表", "F5", { value: 45292, numberFormat: "yyyy-mm-dd" });
    state.setCell("表", "G5", { value: true });
    state.sheet("表")!.merges.push({ top: 6, left: 2, bottom: 8, right: 3 });
    state.sheet("表")!.hiddenRows.add(3);
    const snapshot = await installOffice(state).host().readSnapshot();
    const sheet = snapshot.sheets[0];
    expect(sheet.cells[2][2]).toEqual({ value: 12.5, numberFormat: "0.00" });
    expect(sheet.cells[2][3]).toEqual({ value: 37.5, formula: "C3*3", numberFormat: "#,##0.00" });
    expect(sheet.cells[3][4]).toEqual({ value: null, error: "#REF!", formula: "#REF!+1" });
    expect(sheet.cells[4][5]).toEqual({ value: "2024-01-01", numberFormat: "yyyy-mm-dd" });
    expect(sheet.cells[4][6]).toEqual({ value: true });
    expect(sheet.cells[0]).toEqual([]);
    expect(sheet.rowCount).toBe(9); // down to the merged area's last row
    expect(sheet.columnCount).toBe(7);
    expect(sheet.merges).toEqual([{ top: 6, left: 2, bottom: 8, right: 3 }]);
    expect(sheet.hiddenRows).toEqual([3]);
  });

  it("marks a hidden and a very hidden sheet as hidden", async () => {
    const state = new FakeWorkbookState("t.xlsx");
    for (const name of ["隐藏", "深度隐藏", "显示"]) state.setCell(name, "A1", { value: 1 });
    state.sheet("隐藏")!.visibility = "Hidden";
    state.sheet("深度隐藏")!.visibility = "VeryHidden";
    const sheets = (await installOffice(state).host().readSnapshot()).sheets;
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["隐藏", true],
      ["深度隐藏", true],
      ["显示", false],
    ]);
  });

  it("uses the same number of syncs for one small sheet and many large sheets within one budget", async () => {
    const small = new FakeWorkbookState();
    small.setCell("S", "A1", { value: 1 });
    const large = new FakeWorkbookState();
    for (let s = 0; s < 12; s++) for (let r = 1; r <= 400; r++) large.setCell(`S${s}`, `J${r}`, { value: r + s });
    const budget = 60_000; // 12 sheets × 400 rows × 10 columns = 48,000 cells
    const h1 = installOffice(small);
    await h1.host({ readCellBudget: budget }).readSnapshot();
    const h2 = installOffice(large);
    const snapshot = await h2.host({ readCellBudget: budget }).readSnapshot();
    expect(snapshot.sheets[11].cells[399][9]).toEqual({ value: 411 });
    expect(h1.syncs).toBe(3);
    expect(h2.syncs).toBe(3);
  });

  it("splits a read larger than the budget into more syncs, each response under 5 MB", async () => {
    const state = new FakeWorkbookState();
    const text = "一般公共预算财政拨款基本支出".repeat(4);
    for (let r = 1; r <= 2_000; r++)
      for (const c of ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"]) state.setCell("大表", `${c}${r}`, { value: text });
    const harness = installOffice(state);
    const progress: number[] = [];
    const snapshot = await harness.host().readSnapshot((done) => progress.push(done));
    expect(snapshot.sheets[0].cells[1999][11]).toEqual({ value: text });
    expect(harness.syncs).toBeGreaterThan(3);
    expect(progress[progress.length - 1]).toBe(24_000);
    const [session] = harness.sessions;
    expect(session.refused).toBe(1); // the first batch, sized by estimate, is refused and read again in halves
    expect(session.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(session.maxResponseBytes).toBeGreaterThan(2 * 1024 * 1024); // batches stay large, not one row each
  });

  it("reads without merged areas on hosts older than ExcelApi 1.13", async () => {
    const state = new FakeWorkbookState();
    state.setCell("S", "A1", { value: "标题" });
    state.sheet("S")!.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
    const snapshot = await installOffice(state, "1.12").host().readSnapshot();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(snapshot.sheets[0].cells[0][0]).toEqual({ value: "标题" });
  });
});
