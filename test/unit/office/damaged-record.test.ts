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

test("a note the add-in wrote is recognised by its first line even when the record does not name it", async () => {
  const state = new FakeWorkbookState("决算.xlsx");
  state.setCell("支出决算表", "B2", { value: 1.25, numberFormat: "0.00" });
  state.setCell("支出决算表", "E5", { value: 2.5, numberFormat: "0.00" });
  state.notes.push({ id: "copy", sheet: "支出决算表", row: 4, col: 4, content: "预决算公开助手：\n旧的说明" });
  const host = installOffice(state).host();
  await host.applyMarks([finding]);
  expect(state.notes.map((n) => n.content)).toEqual(["预决算公开助手：\n合计不等"]);
});
