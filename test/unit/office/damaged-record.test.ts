import type { Finding } from "../../../src/core/findings/finding";
import { DamagedMarkRecord } from "../../../src/hosts/marks/damaged-record";
import { MARKS_NAMESPACE } from "../../../src/hosts/office/mark-record";
import { FakeWorkbookState } from "./fake-excel";
import { installOffice } from "./office-harness";

/**
 * A damaged restore record (the custom XML part holding the cells' fills before marking) stops marking and clearing
 * with a Chinese message and is never overwritten; clearing by the marks' own colour is offered instead.
 */

const finding: Finding = { rule: "T.sum", kind: "sum", severity: "error", sheet: "支出决算表", cell: "B2", related: [], message: "合计不等" };
const RED = { color: "#FFC7CE", pattern: "Solid" };

function markedWithDamagedRecord(): { state: FakeWorkbookState; damaged: string } {
  const state = new FakeWorkbookState("决算.xlsx");
  for (const cell of ["A1", "B2", "C3", "D4"]) state.setCell("支出决算表", cell, { value: 1.25, numberFormat: "0.00" });
  state.cell("支出决算表", "B2")!.fill = { ...state.cell("支出决算表", "B2")!.fill, ...RED };
  state.cell("支出决算表", "C3")!.fill = { color: "#FFFF00", pattern: "Gray50", patternColor: "#0000FF", tintAndShade: 0.4, patternTintAndShade: -0.2 };
  state.notes.push({ id: "ours", sheet: "支出决算表", row: 1, col: 1, content: "预决算公开助手：\n合计不等" });
  state.notes.push({ id: "user", sheet: "支出决算表", row: 3, col: 3, content: "会计：本行已核对" });
  const damaged = `<marks xmlns="${MARKS_NAMESPACE}">{"v":1,"sheets":["支出决算表"],"fills":[{"pattern":"None"}],"cells":[[0,"B2",0</marks>`;
  state.parts.push({ id: state.newId(), xml: damaged });
  return { state, damaged };
}

test("marking and clearing refuse in Chinese and leave the damaged record and every cell as they are", async () => {
  const { state, damaged } = markedWithDamagedRecord();
  const host = installOffice(state).host();
  const c3 = structuredClone(state.cell("支出决算表", "C3")!.fill);
  for (const attempt of [() => host.applyMarks([finding]), () => host.clearMarks()]) {
    const error = await attempt().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DamagedMarkRecord);
    expect((error as Error).message).toMatch(/还原记录.*已损坏.*按助手的底色清除标记/);
  }
  expect(state.parts.map((p) => p.xml)).toEqual([damaged]);
  expect(state.cell("支出决算表", "B2")!.fill).toMatchObject(RED);
  expect(state.cell("支出决算表", "C3")!.fill).toEqual(c3);
  expect(state.notes.map((n) => n.id)).toEqual(["ours", "user"]);
});

test("clearing by colour removes the mark fills and the add-in's notes, keeps other fills and notes, drops the record", async () => {
  const { state } = markedWithDamagedRecord();
  const host = installOffice(state).host();
  const c3 = structuredClone(state.cell("支出决算表", "C3")!.fill);
  await host.clearMarksByColour();
  expect(state.cell("支出决算表", "B2")!.fill.pattern).toBe("None");
  expect(state.cell("支出决算表", "C3")!.fill).toEqual(c3);
  expect(state.notes.map((n) => n.id)).toEqual(["user"]);
  expect(state.parts).toEqual([]);
  // Marking works again afterwards and records B2's fill as it is now (no fill).
  await host.applyMarks([finding]);
  await host.clearMarks();
  expect(state.cell("支出决算表", "B2")!.fill.pattern).toBe("None");
});

test("marks made elsewhere (a marked copy opened in Excel) are known by the add-in's note: replaced, and cleared with their fill", async () => {
  const state = new FakeWorkbookState("决算.xlsx");
  for (const cell of ["B2", "E5", "F6"]) state.setCell("支出决算表", cell, { value: 1.25, numberFormat: "0.00" });
  // B2 and E5 were marked in the copy; F6 has a red fill and a note of the user's own.
  for (const cell of ["B2", "E5", "F6"]) state.cell("支出决算表", cell)!.fill = { ...state.cell("支出决算表", cell)!.fill, ...RED };
  state.notes.push({ id: "b2", sheet: "支出决算表", row: 1, col: 1, content: "预决算公开助手：\n旧的说明" });
  state.notes.push({ id: "e5", sheet: "支出决算表", row: 4, col: 4, content: "预决算公开助手：\n已改正的问题" });
  state.notes.push({ id: "f6", sheet: "支出决算表", row: 5, col: 5, content: "会计：红色是我标的" });
  const host = installOffice(state).host();
  await host.applyMarks([finding]);
  expect(state.notes.map((n) => n.content).sort()).toEqual(["会计：红色是我标的", "预决算公开助手：\n合计不等"]);
  expect(state.cell("支出决算表", "E5")!.fill.pattern).toBe("None");
  expect(state.cell("支出决算表", "F6")!.fill).toMatchObject(RED);
  await host.clearMarks();
  expect(state.cell("支出决算表", "B2")!.fill.pattern).toBe("None");
  expect(state.notes.map((n) => n.content)).toEqual(["会计：红色是我标的"]);
});
