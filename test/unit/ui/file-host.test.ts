import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/core/findings/finding";
import { NARRATIVE_SHEET } from "../../../src/hosts/host";
import { FileWorkbookHost, NEW_NARRATIVE_SHEET } from "../../../src/hosts/xlsx/file-host";
import { featureWorkbookParts, zipParts } from "../../support/feature-workbook";

const FIXTURE = path.join(__dirname, "../../fixtures/final-2023-zhanyi.xlsx");
const D11: Finding = { rule: "J03.row", kind: "sum", severity: "error", sheet: "公开03表", cell: "D11", related: [], message: "基本支出应为 402.22" };

describe("FileWorkbookHost", () => {
  it("keeps marks, selection and state in memory and tells its listeners", async () => {
    const host = new FileWorkbookHost(readFileSync(FIXTURE), "final-2023-zhanyi.xlsx");
    let updates = 0;
    host.subscribe(() => updates++);
    const snapshot = await host.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toContain("公开03表");
    await host.applyMarks([D11]);
    await host.select("公开03表", "D11");
    expect(host.getView().marks).toEqual([{ sheet: "公开03表", cell: "D11", severity: "error", messages: ["基本支出应为 402.22"] }]);
    expect(host.getView().selection).toEqual({ sheet: "公开03表", cell: "D11" });
    await host.clearMarks();
    expect(host.getView().marks).toEqual([]);
    expect(updates).toBe(4);
    await host.saveState("settings", "{}");
    await expect(host.loadState("settings")).resolves.toBe("{}");
  });

  it("names the opened file by the SHA-256 of its own bytes (the 审核报告's line)", async () => {
    const bytes = readFileSync(FIXTURE);
    const host = new FileWorkbookHost(bytes, "final-2023-zhanyi.xlsx");
    await expect(host.fileDigest()).resolves.toEqual({ label: "文件 SHA-256", value: createHash("sha256").update(bytes).digest("hex") });
  });

  it("keeps what was typed for this very workbook across visits, in the marked copy, and knows what is not saved yet", async () => {
    const storage = new Map<string, string>();
    const store = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const bytes = readFileSync(FIXTURE);
    const first = new FileWorkbookHost(bytes, "final-2023-zhanyi.xlsx", store);
    expect(first.hasUnsavedState()).toBe(false);
    await first.saveState("narrativeFillIns", '{"fill:一:主要变动原因:0":"人员增加"}');
    expect(first.hasUnsavedState()).toBe(true);
    // The page reloaded: the same workbook finds the words again; another workbook of the same name does not.
    const again = new FileWorkbookHost(bytes, "final-2023-zhanyi.xlsx", store);
    await expect(again.loadState("narrativeFillIns")).resolves.toBe('{"fill:一:主要变动原因:0":"人员增加"}');
    const other = new FileWorkbookHost(readFileSync(path.join(__dirname, "../../fixtures/prior-2022-zhanyi.xlsx")), "final-2023-zhanyi.xlsx", store);
    await expect(other.loadState("narrativeFillIns")).resolves.toBeUndefined();
    // The marked copy carries them (also with no mark at all); opened in a browser without them, they are back.
    const copy = await again.markedCopy();
    await first.markedCopy();
    expect(first.hasUnsavedState()).toBe(false);
    const reopened = new FileWorkbookHost(copy, "final-2023-zhanyi（已标记）.xlsx");
    await expect(reopened.loadState("narrativeFillIns")).resolves.toBe('{"fill:一:主要变动原因:0":"人员增加"}');
    expect((await reopened.readSnapshot()).sheets.map((s) => s.name)).toEqual((await again.readSnapshot()).sheets.map((s) => s.name));
  });

  it("refuses a second insert unless asked to overwrite, and puts the text into the marked copy", async () => {
    const host = new FileWorkbookHost(readFileSync(FIXTURE), "final-2023-zhanyi.xlsx");
    await host.readSnapshot();
    await expect(host.insertText(["一、总体情况", "正文"], { overwrite: false })).resolves.toEqual({ written: true, sheet: NARRATIVE_SHEET, range: "A1:A2" });
    await expect(host.insertText(["另一段"], { overwrite: false })).resolves.toEqual({ written: false, reason: "occupied", sheet: NARRATIVE_SHEET });
    await host.insertText(["覆盖后"], { overwrite: true });
    await host.applyMarks([D11]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(Buffer.from(await host.markedCopy()) as unknown as ArrayBuffer);
    expect(copy.getWorksheet(NARRATIVE_SHEET)!.getCell("A1").value).toBe("覆盖后");
    expect((copy.getWorksheet("公开03表")!.getCell("D11").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  it("never writes into a 情况说明 sheet that holds text: the next free name takes it", async () => {
    const parts = featureWorkbookParts({ prefixedSheet: false });
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string)
      .replace('name="数据"', `name="${NARRATIVE_SHEET}"`)
      .replace('name="空白"', `name="${NEW_NARRATIVE_SHEET}"`);
    const host = new FileWorkbookHost(zipParts(parts), "说明.xlsx");
    await host.readSnapshot();
    await expect(host.insertText(["正文"], { overwrite: false })).resolves.toEqual({ written: false, reason: "occupied", sheet: NARRATIVE_SHEET });
    await expect(host.insertText(["正文"], { overwrite: true })).resolves.toEqual({ written: true, sheet: "情况说明（新2）", range: "A1:A1" });
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(Buffer.from(await host.markedCopy()) as unknown as ArrayBuffer);
    expect(copy.worksheets.map((w) => w.name)).toEqual([NARRATIVE_SHEET, NEW_NARRATIVE_SHEET, "情况说明（新2）"]);
    expect(copy.getWorksheet("情况说明（新2）")!.getCell("A1").value).toBe("正文");
    expect(copy.getWorksheet(NARRATIVE_SHEET)!.getCell("B2").value).toBe(100.5);
  });
});
