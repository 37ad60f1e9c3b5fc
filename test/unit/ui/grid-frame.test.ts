import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import { gridFrame, planCells } from "../../../src/ui/grid/grid-frame";
import type { SheetSnapshot } from "../../../src/core/snapshot/types";

describe("the grid around 沾益 公开03表 D11", () => {
  let sheet: SheetSnapshot;
  let frame: ReturnType<typeof gridFrame>;
  beforeAll(async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const table = recognizeTables(snapshot).tables.find((t) => t.sheet === "公开03表")!;
    sheet = snapshot.sheets.find((s) => s.name === "公开03表")!;
    frame = gridFrame(sheet, { row: 10, col: 3 }, table);
  });

  it("freezes the header rows 4–6 and the code and name columns A–B", () => {
    expect(frame.headerRows.map((r) => r + 1)).toEqual([4, 5, 6]);
    expect(frame.frozenCols).toEqual([0, 1]);
    expect(frame.otherCols).toEqual([2, 3, 4, 5, 6, 7]);
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
    expect(frame).toEqual({ headerRows: [], bodyRows: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26], frozenCols: [], otherCols: [0, 1, 2, 3, 4] });
  });

  it("cuts a merge where the frame is cut and shows its value once", () => {
    const frame = gridFrame(sheet, { row: 12, col: 2 }); // rows 7–19 shown: the merge A3:B10 shows its rows 7–10
    expect(planCells(sheet, frame).get("6:0")).toEqual({ rowSpan: 4, colSpan: 2, source: { row: 2, col: 0 }, showValue: true });
  });
});
