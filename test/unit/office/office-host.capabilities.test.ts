import type { Finding } from "../../../src/core/findings/finding";
import { FakeWorkbookState } from "./fake-excel";
import { installOffice } from "./office-harness";

/**
 * A host that reports ExcelApi 1.18 through an office.js that lacks the newer members: the local copy
 * (OFFICE_JS=local, @microsoft/office-js 1.1.110 has no Workbook.notes) under a current Microsoft 365. Each optional
 * API is used only when the member exists as well, so 一键检查 and 清除标记 work with what is there.
 */
const finding: Finding = { rule: "T.sum", kind: "sum", severity: "error", sheet: "支出表", cell: "B3", related: [], message: "合计不等" };

function workbook(lacks: string[]): FakeWorkbookState {
  const state = new FakeWorkbookState("决算.xlsx");
  state.setCell("支出表", "A1", { value: "项目" });
  state.setCell("支出表", "B3", { value: 12.5, numberFormat: "0.00" });
  state.sheet("支出表")!.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
  state.comments.push({ id: "user-comment", sheet: "支出表", row: 0, col: 0, content: "会计：已核对" });
  lacks.forEach((member) => state.officeJsLacks.add(member));
  return state;
}

describe("OfficeWorkbookHost on an office.js older than the host (ExcelApi 1.18 reported)", () => {
  it("without Workbook.notes: marks with threaded comments and clears them exactly", async () => {
    const state = workbook(["Workbook.notes"]);
    const host = installOffice(state, "1.18").host();
    await host.applyMarks([finding]);
    expect(state.notes).toEqual([]);
    expect(state.comments.map((c) => [c.row, c.col, c.content])).toEqual([
      [0, 0, "会计：已核对"],
      [2, 1, "预决算公开助手：\n合计不等"],
    ]);
    expect(state.cell("支出表", "B3")!.fill?.color).not.toBeUndefined();
    await host.clearMarks();
    expect(state.comments.map((c) => c.content)).toEqual(["会计：已核对"]);
  });

  it("without Workbook.notes and Workbook.comments: marks with fills only", async () => {
    const state = workbook(["Workbook.notes", "Workbook.comments"]);
    const before = structuredClone(state.cell("支出表", "B3"));
    const host = installOffice(state, "1.18").host();
    await host.applyMarks([finding]);
    expect(state.notes).toEqual([]);
    expect(state.comments.map((c) => c.content)).toEqual(["会计：已核对"]);
    expect(state.cell("支出表", "B3")).not.toEqual(before);
    await host.clearMarks();
    expect(state.cell("支出表", "B3")).toEqual(before);
  });

  it("without Range.getMergedAreasOrNullObject: reads the sheet without its merged areas", async () => {
    const complete = await installOffice(workbook([]), "1.18").host().readSnapshot();
    expect(complete.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    const snapshot = await installOffice(workbook(["Range.getMergedAreasOrNullObject"]), "1.18")
      .host()
      .readSnapshot();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(snapshot.sheets[0].cells[2][1]).toEqual({ value: 12.5, numberFormat: "0.00" });
  });
});
