import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";
import { makeAuditReport, LAST_COMMAND_KEY } from "../../../src/commands/commands";
import { checkWorkbook as runCheck, DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { loadExcelJs } from "../../support/load-exceljs";
import { expectedCounts, reportRows } from "../../support/audit-report-rows";
import { fromExcelJs } from "./from-exceljs";
import { FakeWorkbookState } from "./fake-excel";
import { installOffice, type FakeDocument } from "./office-harness";

const FILE = "final-2023-zhanyi.xlsx";
const bytes = new Uint8Array(readFileSync(path.join(__dirname, "../../fixtures", FILE)));

function event() {
  return { completed: jest.fn(), source: { id: "button" } } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

async function opened(document: FakeDocument = { file: bytes, url: "https://contoso.sharepoint.com/沾益/final-2023-zhanyi.xlsx", sliceSize: 4096 }) {
  const state = fromExcelJs(await loadExcelJs(Buffer.from(bytes), FILE), FILE);
  return { state, harness: installOffice(state, "1.18", document) };
}

/** Everything of the user's workbook a command could change: values, formulas, formats, fills, notes. */
function workbookLook(state: FakeWorkbookState): string {
  return JSON.stringify([state.sheets.map((s) => [s.name, [...s.cells].map(([k, c]) => [k, c.value, c.formula, c.numberFormat, c.fill])]), state.notes]);
}

function outcomeOf(state: FakeWorkbookState) {
  return JSON.parse(state.settings.get(`disclosure-assistant:${LAST_COMMAND_KEY}`) as string);
}

describe("the ribbon's 审核报告 in Excel", () => {
  it("opens the report as a new workbook whose counts equal the findings, and leaves the user's workbook as it was", async () => {
    const { state, harness } = await opened();
    const before = workbookLook(state);
    const e = event();
    await makeAuditReport(e);
    expect(e.completed).toHaveBeenCalledTimes(1);

    const findings = runCheck(await readWorkbook(bytes, FILE), DEFAULT_ENGINE_CONFIG).findings;
    const counts = expectedCounts(findings);
    expect(counts.errors).toBe(2);
    expect(harness.created).toHaveLength(1);
    const rows = await reportRows(Buffer.from(harness.created[0], "base64"));
    expect(rows.problems).toHaveLength(findings.length);
    expect(rows.problems.filter((r) => r[3] === "强制")).toHaveLength(counts.errors);
    expect(rows.problems.filter((r) => r[3] === "提示")).toHaveLength(counts.prompts);
    expect(rows.problems).toContainEqual(expect.arrayContaining(["公开03表!D11", "强制", "未处理"]));
    const verdict = `${counts.head}（${counts.prompts} 项尚未说明） — 强制性错误须修改后再报送`;
    expect(rows.summary).toContainEqual(["结论", verdict]);
    expect(rows.summary).toContainEqual(["文件", FILE]);
    expect(rows.summary).toContainEqual(["当前内容的 SHA-256", createHash("sha256").update(bytes).digest("hex")]);
    expect(rows.summary).toContainEqual(["核对", "支出决算表：核对 6 项，通过 4 项，未通过 2 项"]);

    expect(workbookLook(state)).toBe(before);
    expect(outcomeOf(state)).toMatchObject({ command: "审核报告", ok: true, summary: `已在新工作簿中打开审核报告（原工作簿未改动）：${verdict}` });
  });

  it("says an unsaved workbook's digest is of its current content, and gives a reason where Excel hands out no bytes", async () => {
    const unsaved = await opened({ file: bytes, url: "" });
    await makeAuditReport(event());
    const rows = (await reportRows(Buffer.from(unsaved.harness.created[0], "base64"))).summary;
    expect(rows).toContainEqual(["当前内容的 SHA-256（工作簿尚未保存）", createHash("sha256").update(bytes).digest("hex")]);

    const none = await opened({});
    await makeAuditReport(event());
    expect((await reportRows(Buffer.from(none.harness.created[0], "base64"))).summary).toContainEqual([
      "文件 SHA-256",
      "Excel 未提供文件内容（可能有另一个读取正在进行），未计算校验值",
    ]);
  });

  it("without Excel.createWorkbook says how to download the report from the pane, and changes nothing", async () => {
    const { state, harness } = await opened();
    delete (globalThis as { Excel: { createWorkbook?: unknown } }).Excel.createWorkbook;
    const before = workbookLook(state);
    await makeAuditReport(event());
    expect(harness.created).toHaveLength(0);
    const outcome = outcomeOf(state);
    expect(outcome).toMatchObject({ command: "审核报告", ok: false });
    expect(outcome.summary).toMatch(/^此版本 Excel 不能由加载项新建工作簿：请点击“打开助手”，检查后点击“下载审核报告”（强制性错误 2 项，提示 6 项/);
    expect(workbookLook(state)).toBe(before);
  });

  it("on a workbook with nothing to check gives 一键检查's sentence and opens nothing", async () => {
    const state = new FakeWorkbookState("台账.xlsx");
    state.setCell("台账", "A1", { value: "摘要" });
    state.setCell("台账", "B1", { value: 1250.5 });
    const harness = installOffice(state);
    await makeAuditReport(event());
    expect(harness.created).toHaveLength(0);
    const outcome = outcomeOf(state);
    expect(outcome).toMatchObject({ command: "审核报告", ok: false });
    expect(outcome.summary).toMatch(/^工作簿中没有可识别的公开表或说明/);
  });

  it("keeps the accountant's statuses: the report lists an explained 提示 with its words", async () => {
    const { state, harness } = await opened();
    await makeAuditReport(event());
    const book = JSON.parse(state.settings.get("disclosure-assistant:review") as string);
    const prompt = book.last.find((s: { severity: string }) => s.severity !== "error");
    book.notes.push({ id: prompt.id, state: "explained", text: "该单位本年无政府性基金收入" });
    state.settings.set("disclosure-assistant:review", JSON.stringify(book));
    await makeAuditReport(event());
    const rows = await reportRows(Buffer.from(harness.created[1], "base64"));
    expect(rows.problems.filter((r) => r[5] === "已说明")).toEqual([expect.arrayContaining(["已说明", "该单位本年无政府性基金收入"])]);
    expect(rows.summary.find((r) => r[0] === "结论")![1]).toContain("（5 项尚未说明）");
  });

  it("fails in Chinese when the workbook cannot be read, and still completes the event", async () => {
    const { state } = await opened();
    (globalThis as { Excel: { run: unknown } }).Excel.run = async (batch: (c: unknown) => Promise<unknown>) => {
      if (!state.settings.has("disclosure-assistant:failed-once")) {
        state.settings.set("disclosure-assistant:failed-once", "1");
        throw new Error("工作簿正在编辑");
      }
      return batch({ workbook: { settings: { add: (k: string, v: unknown) => state.settings.set(k, v) } }, sync: async () => undefined });
    };
    const e = event();
    await makeAuditReport(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(outcomeOf(state)).toMatchObject({ command: "审核报告", ok: false, summary: "审核报告失败：工作簿正在编辑" });
  });
});
