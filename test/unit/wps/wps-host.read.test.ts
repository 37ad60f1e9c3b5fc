import { cellAddress } from "../../../src/core/snapshot/address";
import { FakeWpsWorkbook } from "./fake-wps";
import { comparableSnapshot } from "../hosts/contract";
import { fixtureInWps, wpsHost } from "./wps-harness";

describe("WpsWorkbookHost.readSnapshot", () => {
  it.each(["final-2023-zhanyi.xlsx", "budget-2023-dazhou.xlsx"])("gives the xlsx reader's snapshot for %s", async (file) => {
    const { workbook, expected } = await fixtureInWps(file);
    const actual = await wpsHost(workbook).readSnapshot();
    expect(actual).toEqual(comparableSnapshot(expected));
    const sheet = actual.sheets.find((s) => s.name === "公开03表");
    if (sheet) {
      expect(sheet.merges.length).toBeGreaterThan(0);
      expect(sheet.cells[10][3]).toEqual({ value: 465.22, numberFormat: expect.any(String) });
    }
    // One Value2 and one Formula read per sheet: bulk, never per cell.
    expect(workbook.calls.get("Range.Value2")).toBe(workbook.sheets.length);
    expect(workbook.calls.get("Range.Formula")).toBe(workbook.sheets.length);
  });

  it("maps formulas, errors, dates, booleans and an offset used range like the xlsx reader", async () => {
    const workbook = new FakeWpsWorkbook("t.xlsx");
    workbook.setCell("表", "C3", { value: 12.5, numberFormat: "0.00" });
    workbook.setCell("表", "D3", { value: 37.5, formula: "C3*3", numberFormat: "#,##0.00" });
    workbook.setCell("表", "E4", { error: "#REF!", formula: "#REF!+1" });
    workbook.setCell("表", "F5", { value: 45292, numberFormat: "yyyy-mm-dd" });
    workbook.setCell("表", "G5", { value: true });
    workbook.setCell("表", "H5", { value: "#N/A 不是错误值", numberFormat: "@" });
    workbook.sheet("表")!.merges.push({ top: 6, left: 2, bottom: 8, right: 3 });
    workbook.sheet("表")!.hiddenRows.add(3);
    workbook.sheet("表")!.hiddenColumns.add(6);
    const sheet = (await wpsHost(workbook).readSnapshot()).sheets[0];
    expect(sheet.cells[2][2]).toEqual({ value: 12.5, numberFormat: "0.00" });
    expect(sheet.cells[2][3]).toEqual({ value: 37.5, formula: "C3*3", numberFormat: "#,##0.00" });
    expect(sheet.cells[3][4]).toEqual({ value: null, error: "#REF!", formula: "#REF!+1" });
    expect(sheet.cells[4][5]).toEqual({ value: "2024-01-01", numberFormat: "yyyy-mm-dd" });
    expect(sheet.cells[4][6]).toEqual({ value: true });
    expect(sheet.cells[4][7]).toEqual({ value: "#N/A 不是错误值" });
    expect(sheet.cells[0]).toEqual([]);
    expect(sheet.rowCount).toBe(9); // down to the merged area's last row
    expect(sheet.columnCount).toBe(8);
    expect(sheet.merges).toEqual([{ top: 6, left: 2, bottom: 8, right: 3 }]);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenColumns).toEqual([6]);
    expect(sheet.hidden).toBeUndefined();
  });

  it("marks a hidden and a very hidden sheet (Worksheet.Visible 0 and 2) as hidden", async () => {
    const workbook = new FakeWpsWorkbook("t.xlsx");
    for (const name of ["隐藏", "深度隐藏", "显示"]) workbook.setCell(name, "A1", { value: 1 });
    workbook.sheet("隐藏")!.visible = 0;
    workbook.sheet("深度隐藏")!.visible = 2;
    const sheets = (await wpsHost(workbook).readSnapshot()).sheets;
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["隐藏", true],
      ["深度隐藏", true],
      ["显示", false],
    ]);
  });

  it("reads a blank sheet and a one-cell sheet", async () => {
    const workbook = new FakeWpsWorkbook();
    workbook.addSheet("空表");
    workbook.setCell("一格", "B2", { value: 461.49, numberFormat: "0.00" });
    const [blank, one] = (await wpsHost(workbook).readSnapshot()).sheets;
    expect(blank).toEqual({ name: "空表", cells: [], rowCount: 0, columnCount: 0, merges: [], hiddenRows: [], hiddenColumns: [] });
    expect(one.cells[1][1]).toEqual({ value: 461.49, numberFormat: "0.00" });
  });

  it("reads values and formats of 30 rows and of 3,000 rows of the same table with the same calls", async () => {
    const calls: Map<string, number>[] = [];
    for (const rows of [30, 3_000]) {
      const workbook = tableOf(rows);
      const snapshot = await wpsHost(workbook).readSnapshot();
      expect(snapshot.sheets[0].cells[rows + 2][4]).toEqual({ value: rows * 10 + 4.25, numberFormat: "#,##0.00" });
      expect(snapshot.sheets[0].merges).toEqual([
        { top: 0, left: 0, bottom: 0, right: 7 },
        { top: 1, left: 2, bottom: 1, right: 4 },
      ]);
      calls.push(new Map(workbook.calls));
    }
    for (const member of ["Range.Value2", "Range.Formula", "Range.NumberFormat", "EntireRow.Hidden", "EntireColumn.Hidden", "Range.MergeArea"]) {
      expect([member, calls[1].get(member)]).toEqual([member, calls[0].get(member)]);
    }
    expect(calls[0].get("Range.NumberFormat")).toBe(1); // the body C4:H33 shares one format
    // Merged areas are found by halving the rows: a hundred times the rows costs a few probes more, not a hundred times.
    expect(calls[1].get("Range.MergeCells")! - calls[0].get("Range.MergeCells")!).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(100)));
  });

  it("splits a block whose cells differ in format, and reads each part once", async () => {
    const workbook = tableOf(200);
    workbook.cell("支出决算表", "F100")!.numberFormat = "0.00%";
    const snapshot = await wpsHost(workbook).readSnapshot();
    expect(snapshot.sheets[0].cells[99][5]).toEqual({ value: expect.any(Number), numberFormat: "0.00%" });
    expect(snapshot.sheets[0].cells[98][5]?.numberFormat).toBe("#,##0.00");
    expect(workbook.calls.get("Range.NumberFormat")!).toBeLessThan(40);
  });

  it("reads without merged areas where this WPS has no MergeCells", async () => {
    const workbook = new FakeWpsWorkbook();
    workbook.setCell("S", "A1", { value: "标题" });
    workbook.sheet("S")!.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
    const snapshot = await wpsHost(workbook, { mergeCells: false }).readSnapshot();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(snapshot.sheets[0].cells[0][0]).toEqual({ value: "标题" });
  });

  it("says in Chinese that no workbook is open", async () => {
    await expect(wpsHost(null).readSnapshot()).rejects.toThrow("请先在 WPS 表格中打开要检查的工作簿");
  });
});

/** A 支出决算表-like sheet: merged title, two header rows, `rows` rows of amounts in C:H, a text column B. */
function tableOf(rows: number): FakeWpsWorkbook {
  const workbook = new FakeWpsWorkbook("决算.xlsx");
  workbook.setCell("支出决算表", "A1", { value: "支出决算表" });
  workbook.sheet("支出决算表")!.merges.push({ top: 0, left: 0, bottom: 0, right: 7 }, { top: 1, left: 2, bottom: 1, right: 4 });
  workbook.setCell("支出决算表", "C2", { value: "本年支出" });
  for (const [i, title] of ["科目", "名称", "合计", "基本支出", "项目支出", "上缴", "经营", "补助"].entries())
    workbook.setCell("支出决算表", cellAddress(2, i), { value: title });
  for (let r = 3; r < rows + 3; r++) {
    workbook.setCell("支出决算表", cellAddress(r, 0), { value: String(2080000 + r) });
    workbook.setCell("支出决算表", cellAddress(r, 1), { value: `科目${r}` });
    for (let c = 2; c < 8; c++) workbook.setCell("支出决算表", cellAddress(r, c), { value: (r - 2) * 10 + c + 0.25, numberFormat: "#,##0.00" });
  }
  return workbook;
}
