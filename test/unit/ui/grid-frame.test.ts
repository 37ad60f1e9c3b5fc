import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import { gridFrame, indicatorContext, planCells, tableContext } from "../../../src/ui/grid/grid-frame";
import { analyzeWorkbook } from "../../../src/core/analysis";
import type { SheetSnapshot } from "../../../src/core/snapshot/types";

describe("the grid around 沾益 公开03表 D11", () => {
  let sheet: SheetSnapshot;
  let frame: ReturnType<typeof gridFrame>;
  beforeAll(async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const table = recognizeTables(snapshot).tables.find((t) => t.sheet === "公开03表")!;
    sheet = snapshot.sheets.find((s) => s.name === "公开03表")!;
    frame = gridFrame(sheet, { row: 10, col: 3 }, tableContext(sheet, table, { row: 10, col: 3 }));
  });

  it("freezes the header rows 4–6 and the code and name columns A–B", () => {
    expect(frame.headerRows.map((r) => r + 1)).toEqual([4, 5, 6]);
    expect(frame.frozenCols).toEqual([0, 1]);
    expect(frame.columns).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(frame.bodyRows.map((r) => r + 1)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  it("draws 项目 (A4:B4) and 基本支出 (D4:D5) merged, and the cells they cover not at all", () => {
    const plan = planCells(sheet, frame);
    expect(plan.get("3:0")).toEqual({ rowSpan: 1, colSpan: 2, source: { row: 3, col: 0 }, showValue: true });
    expect(plan.get("3:1")).toBeNull();
    expect(plan.get("3:3")).toEqual({ rowSpan: 2, colSpan: 1, source: { row: 3, col: 3 }, showValue: true });
    expect(plan.get("4:3")).toBeNull();
    expect(plan.has("10:3")).toBe(false); // D11 is a plain cell
  });
});

describe("gridFrame without a recognised table", () => {
  const sheet: SheetSnapshot = { name: "Sheet1", cells: [], rowCount: 30, columnCount: 5, merges: [{ top: 2, left: 0, bottom: 9, right: 1 }] };

  it("shows six rows either side and every column, nothing frozen", () => {
    const frame = gridFrame(sheet, { row: 20, col: 2 });
    expect(frame).toEqual({ headerRows: [], bodyRows: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26], columns: [0, 1, 2, 3, 4], frozenCols: [] });
  });

  it("cuts a merge where the frame is cut and shows its value once", () => {
    const frame = gridFrame(sheet, { row: 12, col: 2 }); // rows 7–19 shown: the merge A3:B10 shows its rows 7–10
    expect(planCells(sheet, frame).get("6:0")).toEqual({ rowSpan: 4, colSpan: 2, source: { row: 2, col: 0 }, showValue: true });
  });
});

describe("the code and name columns of the cell's own block", () => {
  it("freezes the 支出 side's 项目 (D) for 沾益 公开01表 F9, the 收入 side's 项目 (A) for C9", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const table = recognizeTables(snapshot).tables.find((t) => t.sheet === "公开01表")!;
    const sheet = snapshot.sheets.find((s) => s.name === "公开01表")!;
    // 收入 (项目 A, 行次 B, 金额 C) ‖ 支出 (项目 D, 行次 E, 金额 F)
    expect(tableContext(sheet, table, { row: 8, col: 5 })!.labelCols).toEqual([3, 4]);
    expect(tableContext(sheet, table, { row: 8, col: 2 })!.labelCols).toEqual([0, 1]);
  });

  it("freezes the third block's code and name (G, H) for 沾益 公开07表 G16 (a code cell) and for its amount I16", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const table = recognizeTables(snapshot).tables.find((t) => t.sheet === "公开07表")!;
    const sheet = snapshot.sheets.find((s) => s.name === "公开07表")!;
    expect(tableContext(sheet, table, { row: 15, col: 6 })!.labelCols).toEqual([6, 7]);
    expect(tableContext(sheet, table, { row: 15, col: 8 })!.labelCols).toEqual([6, 7]);
    const frame = gridFrame(sheet, { row: 15, col: 8 }, tableContext(sheet, table, { row: 15, col: 8 }));
    expect(frame.columns[0]).toBe(0); // the blocks to the left stay in the grid, scrolled past
    // a merge across the frozen block's edge is cut there: every piece sticks alike
    for (const [key, piece] of planCells(sheet, frame)) {
      if (!piece) continue;
      const [, col] = key.split(":").map(Number);
      const cols = Array.from({ length: piece.colSpan }, (_, i) => col + i);
      expect(new Set(cols.map((c) => frame.frozenCols.includes(c))).size).toBe(1);
    }
  });
});

describe("a 绩效 indicator's name beside its value", () => {
  it("freezes 三级指标 (C) for 沾益 项目绩效自评 I21, with the column labels above the first indicator as header", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const analysis = analyzeWorkbook(snapshot);
    const context = indicatorContext("项目绩效自评", analysis.projects, { row: 20, col: 8 })!;
    const project = analysis.projects.find((p) => p.table.sheet === "项目绩效自评" && p.indicators.some((i) => i.row === 20))!;
    const indicator = project.indicators.find((i) => i.row === 20)!;
    expect(indicator.name.text).toBe("推行医保支付方式改革和DRG试点");
    expect(context.labelCols).toEqual([2]);
    expect(indicator.name.col).toBe(2);
    const sheet = snapshot.sheets.find((s) => s.name === "项目绩效自评")!;
    const labels = sheet.cells[context.headerRows[0]].map((c) => String(c?.value ?? ""));
    expect(labels.join("|")).toMatch(/三级指标/);
    expect(indicatorContext("项目绩效自评", analysis.projects, { row: 2, col: 8 })).toBeUndefined(); // not an indicator's line
  });
});
