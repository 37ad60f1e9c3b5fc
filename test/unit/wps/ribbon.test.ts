import { readFileSync } from "fs";
import path from "path";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { LAST_COMMAND_KEY } from "../../../src/hosts/command-outcome";
import { bgrOf } from "../../../src/hosts/wps/cell-fills";
import { DocumentStore } from "../../../src/hosts/wps/document-store";
import type { WpsWorkbook } from "../../../src/hosts/wps/wps-api";
import { ACTIONS, BUTTON_IMAGE, ribbon } from "../../../src/wps/ribbon";
import { FakeAddinSession, fakeApplication, type FakeWpsWorkbook } from "./fake-wps";
import { all, parseXml } from "../../support/xml";
import { fixtureInWps } from "./wps-harness";
import { fromExcelJs } from "./from-exceljs";
import ExcelJS from "exceljs";
import { STATE_KEYS } from "../../../src/hosts/workbook-state";
import { loadExcelJs } from "../../support/load-exceljs";
import { carryOverYears } from "../../support/carry-over-years";
import { wpsHost } from "./wps-harness";

const ROOT = path.join(__dirname, "../../..");
const ADDIN_PAGE = "file:///home/kuaiji/.local/share/Kingsoft/wps/jsaddons/disclosure-assistant_0.1.0/index.html";

const CALLBACK_ATTRIBUTES = ["onLoad", "onAction", "getImage", "getEnabled", "getVisible", "getLabel", "getScreentip"];

describe("WPS ribbon.xml and its entry page", () => {
  const xml = readFileSync(path.join(ROOT, "src/wps/ribbon.xml"), "utf8");
  const ui = parseXml(xml);

  it("is well-formed CustomUI with the tab 预决算助手 and its five buttons", () => {
    expect(ui.name).toBe("customUI");
    expect(xml).toContain('xmlns="http://schemas.microsoft.com/office/2006/01/customui"');
    expect(all(ui, "tab").map((t) => t.attributes.label)).toEqual(["预决算助手"]);
    expect(all(ui, "button").map((b) => [b.attributes.id, b.attributes.label])).toEqual([
      ["btnOpen", "打开助手"],
      ["btnCheck", "一键检查"],
      ["btnNarrative", "生成说明"],
      ["btnReport", "审核报告"],
      ["btnClear", "清除标记"],
    ]);
  });

  it("names only callbacks the entry page defines on window.ribbon, and every button has an action", () => {
    const callbacks = all(ui, "customUI")
      .concat(all(ui, "button"))
      .flatMap((e) => CALLBACK_ATTRIBUTES.flatMap((a) => (e.attributes[a] ? [e.attributes[a]] : [])));
    expect(new Set(callbacks)).toEqual(new Set(["ribbon.OnAddinLoad", "ribbon.OnAction", "ribbon.GetImage"]));
    const global = (globalThis as unknown as { ribbon: Record<string, unknown> }).ribbon;
    for (const callback of callbacks) {
      const member = callback.replace(/^ribbon\./, "");
      expect([callback, typeof global[member]]).toEqual([callback, "function"]);
    }
    for (const button of all(ui, "button")) expect([button.attributes.id, typeof ACTIONS[button.attributes.id]]).toEqual([button.attributes.id, "function"]);
    expect(ribbon.OnAddinLoad({})).toBe(true);
    expect(ribbon.GetImage({ Id: "btnCheck" })).toBe(BUTTON_IMAGE);
    expect(ribbon.OnAction({ Id: "btnUnknown" })).toBe(false);
  });

  describe("the buttons on the 沾益 fixture", () => {
    let workbook: FakeWpsWorkbook;
    let session: FakeAddinSession;
    beforeEach(async () => {
      workbook = (await fixtureInWps("final-2023-zhanyi.xlsx")).workbook;
      session = new FakeAddinSession();
      Object.assign(globalThis, { Application: fakeApplication(workbook, {}, session), window: { location: { href: ADDIN_PAGE } } });
    });
    afterEach(() => {
      delete (globalThis as Record<string, unknown>).Application;
      delete (globalThis as Record<string, unknown>).window;
    });
    const lastCommand = () => {
      const stored = new DocumentStore((fakeApplication(workbook) as { ActiveWorkbook: WpsWorkbook }).ActiveWorkbook.CustomDocumentProperties).load(
        LAST_COMMAND_KEY,
      );
      return stored && JSON.parse(stored);
    };

    it("一键检查 marks every located finding and selects the most serious; 清除标记 restores every cell", async () => {
      const fillsBefore = JSON.stringify(workbook.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.interior, c.comment])));
      const { expected } = await fixtureInWps("final-2023-zhanyi.xlsx");
      const errors = analyzeWorkbook(expected).findings.filter((f) => f.severity === "error").length;
      await ACTIONS.btnCheck();
      expect(lastCommand()).toMatchObject({ command: "一键检查", ok: true, summary: expect.stringContaining(`发现 ${errors} 个错误`) });
      expect(workbook.cell("公开03表", "D11")!.interior.Color).toBe(bgrOf("FFC7CE"));
      expect(workbook.cell("公开03表", "D11")!.comment).toContain("402.22");
      expect(workbook.selection).toBeDefined();
      expect(workbook.activeSheet).toBe(workbook.selection!.sheet);

      await ACTIONS.btnClear();
      expect(lastCommand()).toMatchObject({ command: "清除标记", ok: true });
      expect(JSON.stringify(workbook.sheets.map((s) => [...s.cells].map(([k, c]) => [k, c.interior, c.comment])))).toBe(fillsBefore);
    });

    it("打开助手 opens the task pane by absolute address and toggles it; 生成说明 shows it on 说明", async () => {
      await ACTIONS.btnOpen();
      expect(session.panes).toEqual([{ ID: 1, url: ADDIN_PAGE.replace("index.html", "taskpane.html"), title: "预决算公开助手", Visible: true }]);
      await ACTIONS.btnOpen();
      expect(session.panes[0].Visible).toBe(false);
      await ACTIONS.btnNarrative();
      expect(session.panes).toEqual([expect.objectContaining({ ID: 1, url: ADDIN_PAGE.replace("index.html", "taskpane.html?view=narrative"), Visible: true })]);
    });

    it("一键检查 on a workbook with nothing to check says so, never “未发现问题”, and marks nothing", async () => {
      const ledger = new ExcelJS.Workbook();
      ledger.addWorksheet("备忘").addRows([["请于六月底前报送"], ["联系人：王会计"]]);
      workbook = fromExcelJs(ledger, "备忘.xlsx");
      Object.assign(globalThis, { Application: fakeApplication(workbook, {}, session) });
      await ACTIONS.btnCheck();
      expect(lastCommand()).toMatchObject({
        command: "一键检查",
        ok: false,
        summary: expect.stringMatching(
          /^工作簿中没有可识别的公开表或说明：共 1 个工作表（备忘：2 个单元格有内容），未找到预决算公开表、绩效表或情况说明文字。/,
        ),
      });
      expect(workbook.cell("备忘", "A1")!.comment).toBeUndefined();
      expect(workbook.selection).toBeUndefined();
    });

    it("一键检查 checks this year's 年初 against last year's 年末 kept with the workbook (no file needed)", async () => {
      const years = await carryOverYears();
      workbook = fromExcelJs(await loadExcelJs(years.bytes, "2023.xlsx"), "2023.xlsx");
      Object.assign(globalThis, { Application: fakeApplication(workbook, {}, session) });
      await ACTIONS.btnCheck();
      expect(workbook.cell(years.sheet, years.cell)!.comment).toBeUndefined();
      await ACTIONS.btnClear();

      await wpsHost(workbook).saveState(STATE_KEYS.priorYearEnds, JSON.stringify(years.yearEnds));
      await ACTIONS.btnCheck();
      expect(workbook.cell(years.sheet, years.cell)!.interior.Color).toBe(bgrOf("FFEB9C"));
      expect(workbook.cell(years.sheet, years.cell)!.comment).toContain(years.says);
    });

    it("leaves a failure in Chinese where the pane will show it", async () => {
      Object.assign(globalThis, { Application: fakeApplication(null, {}, session) });
      await expect(ACTIONS.btnCheck()).rejects.toThrow("请先在 WPS 表格中打开要检查的工作簿");
    });
  });
});
