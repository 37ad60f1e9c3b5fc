import { parseCommandOutcome } from "../../../src/hosts/command-outcome";

describe("the ribbon command's outcome stored in the workbook", () => {
  test("is read back for the pane", () => {
    const stored = JSON.stringify({
      command: "一键检查",
      summary: "发现 1 个错误、5 个警告、0 个提示，已在单元格上标记",
      ok: true,
      at: "2026-11-25T08:40:00.000Z",
    });
    expect(parseCommandOutcome(stored)).toEqual({
      command: "一键检查",
      summary: "发现 1 个错误、5 个警告、0 个提示，已在单元格上标记",
      ok: true,
      at: "2026-11-25T08:40:00.000Z",
    });
  });
  test("nothing stored, damaged or foreign values give nothing", () => {
    expect(parseCommandOutcome(undefined)).toBeUndefined();
    expect(parseCommandOutcome("{not json")).toBeUndefined();
    expect(parseCommandOutcome(JSON.stringify({ command: "删除", summary: "x", at: "t" }))).toBeUndefined();
  });
});
