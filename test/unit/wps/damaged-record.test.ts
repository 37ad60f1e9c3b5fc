import type { Finding } from "../../../src/core/findings/finding";
import { bgrOf } from "../../../src/hosts/wps/cell-fills";
import { DamagedMarkRecord } from "../../../src/hosts/marks/damaged-record";
import { FakeWpsWorkbook } from "./fake-wps";
import { wpsHost } from "./wps-harness";

/**
 * WPS keeps the restore record in custom document properties. A damaged one stops marking and clearing with a
 * Chinese message and is never overwritten; clearing by the marks' own colour is offered instead.
 */

const RED = bgrOf("FFC7CE");
const finding: Finding = { rule: "T.sum", kind: "sum", severity: "error", sheet: "支出决算表", cell: "B2", related: [], message: "合计不等" };
const DAMAGED = { name: "disclosure-assistant:marks.3.0-1", value: '{"v":1,"cells":[["支出决算表","B2",[1,16777215,0,0' };

function markedWithDamagedRecord(): FakeWpsWorkbook {
  const wb = new FakeWpsWorkbook("决算.xlsx");
  for (const cell of ["A1", "B2", "C3", "D4"]) wb.setCell("支出决算表", cell, { value: 1.25, numberFormat: "0.00" });
  wb.cell("支出决算表", "B2")!.interior = { Color: RED, Pattern: 1, PatternColor: RED, TintAndShade: 0, PatternTintAndShade: 0 };
  wb.cell("支出决算表", "B2")!.comment = "预决算公开助手：\n合计不等";
  wb.cell("支出决算表", "C3")!.interior = { Color: 0x00ffff, Pattern: 17, PatternColor: 0xff0000, TintAndShade: 0.4, PatternTintAndShade: -0.2 };
  wb.cell("支出决算表", "D4")!.comment = "会计：本行已核对";
  wb.properties.push({ ...DAMAGED });
  return wb;
}

test("marking and clearing refuse in Chinese and leave the damaged record and every cell as they are", async () => {
  const wb = markedWithDamagedRecord();
  const host = wpsHost(wb);
  for (const attempt of [() => host.applyMarks([finding]), () => host.clearMarks()]) {
    const error = await attempt().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DamagedMarkRecord);
    expect((error as Error).message).toMatch(/还原记录.*已损坏.*按助手的底色清除标记/);
  }
  expect(wb.properties).toEqual([DAMAGED]);
  expect(wb.cell("支出决算表", "B2")!.interior).toMatchObject({ Color: RED, Pattern: 1 });
  expect(wb.cell("支出决算表", "B2")!.comment).toBe("预决算公开助手：\n合计不等");
});

test("clearing by colour removes the mark fills and the add-in's comments, keeps other fills and comments, drops the record", async () => {
  const wb = markedWithDamagedRecord();
  const c3 = structuredClone(wb.cell("支出决算表", "C3")!.interior);
  await wpsHost(wb).clearMarksByColour();
  expect(wb.cell("支出决算表", "B2")!.interior.Pattern).toBe(-4142);
  expect(wb.cell("支出决算表", "B2")!.comment).toBeUndefined();
  expect(wb.cell("支出决算表", "C3")!.interior).toEqual(c3);
  expect(wb.cell("支出决算表", "D4")!.comment).toBe("会计：本行已核对");
  expect(wb.properties).toEqual([]);
});

test("a cell marked in a marked copy (the add-in's comment and a mark fill, no record) is cleared to no fill", async () => {
  const wb = new FakeWpsWorkbook("决算.xlsx");
  wb.setCell("支出决算表", "B2", { value: 1.25, numberFormat: "0.00" });
  wb.cell("支出决算表", "B2")!.interior = { Color: RED, Pattern: 1, PatternColor: RED, TintAndShade: 0, PatternTintAndShade: 0 };
  wb.cell("支出决算表", "B2")!.comment = "预决算公开助手：\n旧的说明";
  const host = wpsHost(wb);
  await host.applyMarks([finding]);
  expect(wb.cell("支出决算表", "B2")!.comment).toBe("预决算公开助手：\n合计不等");
  await host.clearMarks();
  expect(wb.cell("支出决算表", "B2")!.interior.Pattern).toBe(-4142);
  expect(wb.cell("支出决算表", "B2")!.comment).toBeUndefined();
});
