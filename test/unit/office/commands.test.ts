import { readFileSync } from "fs";
import path from "path";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { checkWorkbook, clearMarks, COMMAND_FUNCTIONS, LAST_COMMAND_KEY, registerCommands } from "../../../src/commands/commands";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { loadExcelJs } from "../../support/load-exceljs";
import { fromExcelJs } from "./from-exceljs";
import { FakeWorkbookState } from "./fake-excel";
import { OfficeWorkbookHost } from "../../../src/hosts/office/office-host";
import { STATE_KEYS } from "../../../src/hosts/workbook-state";
import { carryOverYears } from "../../support/carry-over-years";
import { installOffice } from "./office-harness";

const FILE = "final-2023-zhanyi.xlsx";

async function fixture() {
  const bytes = readFileSync(path.join(__dirname, "../../fixtures", FILE));
  return { state: fromExcelJs(await loadExcelJs(bytes, FILE), FILE), snapshot: await readWorkbook(bytes, FILE) };
}

function event() {
  return { completed: jest.fn(), source: { id: "button" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

describe("ribbon commands", () => {
  it("registers 一键检查, 清除标记 and 审核报告 under the manifest's function names", async () => {
    const { state } = await fixture();
    const harness = installOffice(state);
    registerCommands();
    expect([...harness.associated.keys()]).toEqual([COMMAND_FUNCTIONS.check, COMMAND_FUNCTIONS.clear, COMMAND_FUNCTIONS.report]);
  });

  it("一键检查 marks every located finding without changing a value; 清除标记 restores the workbook", async () => {
    const { state, snapshot } = await fixture();
    const values = JSON.stringify(state.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numberFormat])));
    const fillsBefore = JSON.stringify(state.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.fill])));
    const expected = analyzeWorkbook(snapshot).findings.filter((f) => f.sheet && f.cell);
    const located = new Set(expected.map((f) => `${f.sheet}!${f.cell}`));
    installOffice(state);

    const check = event();
    await checkWorkbook(check);
    expect(check.completed).toHaveBeenCalledTimes(1);
    const outcome = JSON.parse(state.settings.get(`disclosure-assistant:${LAST_COMMAND_KEY}`) as string);
    expect(outcome).toMatchObject({ command: "一键检查", ok: true });
    const marked = state.sheets.flatMap((s) => [...s.cells.values()].filter((c) => ["#FFC7CE", "#FFEB9C", "#DDEBF7"].includes(c.fill.color)));
    expect(marked.length).toBe(located.size);
    // The seed's known error: 卫生健康支出 基本支出 465.22 should be 402.22 (公开03表!D11).
    expect(state.cell("公开03表", "D11")!.fill.color).toBe("#FFC7CE");
    expect(state.notes.find((n) => n.sheet === "公开03表" && n.row === 10 && n.col === 3)?.content).toContain("402.22");
    expect(state.selection?.sheet).toBeDefined();
    expect(JSON.stringify(state.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numberFormat])))).toBe(values);

    const clear = event();
    await clearMarks(clear);
    expect(clear.completed).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(state.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.fill])))).toBe(fillsBefore);
    expect(state.notes).toEqual([]);
  });

  it("一键检查 applies the settings saved from the pane (the accountant's own rules)", async () => {
    const { state } = await fixture();
    // A rule of the accountant's own: 公务用车费 must not exceed 公务接待费 (公开10表: 2.00 at E9 against 1.00).
    const customRules = "rule MY.car error 公务用车费不超过公务接待费\n  in 财政拨款“三公”经费支出决算表\n  check [公务用车费, 决算数] <= [公务接待费, 决算数]";
    state.settings.set("disclosure-assistant:settings", JSON.stringify({ customRules }));
    installOffice(state);
    await checkWorkbook(event());
    expect(state.cell("公开10表", "E9")!.fill.color).toBe("#FFC7CE");
    expect(state.notes.find((n) => n.sheet === "公开10表" && n.row === 8 && n.col === 4)?.content).toContain("公务用车费不超过公务接待费");
  });

  it("一键检查 on a workbook with nothing to check says so, never “未发现问题”, and marks nothing", async () => {
    const state = new FakeWorkbookState("台账.xlsx");
    state.setCell("台账", "A1", { value: "摘要" });
    state.setCell("台账", "B1", { value: "金额" });
    state.setCell("台账", "A2", { value: "办公用品" });
    state.setCell("台账", "B2", { value: 1250.5 });
    installOffice(state);
    const e = event();
    await checkWorkbook(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const outcome = JSON.parse(state.settings.get(`disclosure-assistant:${LAST_COMMAND_KEY}`) as string);
    expect(outcome).toMatchObject({ command: "一键检查", ok: false });
    expect(outcome.summary).toBe(
      "工作簿中没有可识别的公开表或说明：共 1 个工作表（台账：4 个单元格有内容），有 1 处表格未能识别（台账!A1:B2），未找到预决算公开表、绩效表或情况说明文字。" +
        "请确认打开的是部门预算或决算公开表（表名如“收入支出决算总表”“部门收支总表”），或在工作表“情况说明”中填写说明文字。",
    );
    expect(state.cell("台账", "B2")!.fill.color).not.toBe("#FFC7CE");
    expect(state.notes).toEqual([]);
  });

  it("一键检查 checks this year's 年初 against last year's 年末 kept with the workbook (no file needed)", async () => {
    const years = await carryOverYears();
    const state = fromExcelJs(await loadExcelJs(years.bytes, "2023.xlsx"), "2023.xlsx");
    installOffice(state);
    await checkWorkbook(event());
    expect(state.cell(years.sheet, years.cell)!.fill.color).not.toBe("#FFEB9C");
    await clearMarks(event());

    await new OfficeWorkbookHost().saveState(STATE_KEYS.priorYearEnds, JSON.stringify(years.yearEnds));
    await checkWorkbook(event());
    expect(state.cell(years.sheet, years.cell)!.fill.color).toBe("#FFEB9C");
    const [row, col] = [Number(years.cell.slice(1)) - 1, years.cell.charCodeAt(0) - 65];
    expect(state.notes.find((n) => n.sheet === years.sheet && n.row === row && n.col === col)?.content).toContain(years.says);
  });

  it("reports a failure in the workbook's state and still completes the event", async () => {
    const { state } = await fixture();
    const harness = installOffice(state);
    (globalThis as { Excel: { run: unknown } }).Excel.run = async (batch: (c: unknown) => Promise<unknown>) => {
      if (harness.syncs++ === 0) throw new Error("工作簿正在编辑");
      return batch({
        workbook: { settings: { add: (k: string, v: unknown) => state.settings.set(k, v) } },
        sync: async () => undefined,
      });
    };
    const e = event();
    await checkWorkbook(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(JSON.parse(state.settings.get(`disclosure-assistant:${LAST_COMMAND_KEY}`) as string)).toMatchObject({
      ok: false,
      summary: "一键检查失败：工作簿正在编辑",
    });
  });
});
