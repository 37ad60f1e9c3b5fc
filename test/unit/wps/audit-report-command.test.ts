import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";
import { LAST_COMMAND_KEY } from "../../../src/hosts/command-outcome";
import { DocumentStore } from "../../../src/hosts/wps/document-store";
import type { WpsApplication, WpsWorkbook } from "../../../src/hosts/wps/wps-api";
import { savedFileDigest } from "../../../src/hosts/wps/wps-files";
import { noDigest } from "../../../src/core/audit/digest";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";
import { ACTIONS } from "../../../src/wps/ribbon";
import { expectedCounts, reportRows } from "../../support/audit-report-rows";
import { FakeAddinSession, fakeApplication, type FakeFeatures, type FakeWpsWorkbook } from "./fake-wps";
import { fixtureInWps } from "./wps-harness";

const FILE = "final-2023-zhanyi.xlsx";
const bytes = readFileSync(path.join(__dirname, "../../fixtures", FILE));
const ADDIN_PAGE = "file:///C:/Users/kuaiji/AppData/Roaming/kingsoft/wps/jsaddons/disclosure-assistant_0.1.0/index.html";
const SAVED_IN = "D:\\预决算\\2023";

/** Everything of the user's workbook a command could change: values, formulas, formats, fills, comments, sheets. */
function workbookLook(workbook: FakeWpsWorkbook): string {
  return JSON.stringify(workbook.sheets.map((s) => [s.name, [...s.cells], s.merges]));
}

describe("the ribbon's 审核报告 in WPS", () => {
  let workbook: FakeWpsWorkbook;
  let session: FakeAddinSession;
  const install = (features: Partial<FakeFeatures> = {}) =>
    Object.assign(globalThis, { Application: fakeApplication(workbook, features, session), window: { location: { href: ADDIN_PAGE } } });
  const lastCommand = () =>
    JSON.parse(
      new DocumentStore((fakeApplication(workbook) as { ActiveWorkbook: WpsWorkbook }).ActiveWorkbook.CustomDocumentProperties).load(LAST_COMMAND_KEY)!,
    );

  beforeEach(async () => {
    workbook = (await fixtureInWps(FILE)).workbook;
    workbook.path = SAVED_IN;
    session = new FakeAddinSession();
    session.files.set(`${SAVED_IN}\\${FILE}`, bytes.toString("latin1"));
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Application;
    delete (globalThis as Record<string, unknown>).window;
  });

  it("writes the report to a file of its own, opens it as a workbook, counts equal the findings, the workbook unchanged", async () => {
    install();
    const before = workbookLook(workbook);
    await ACTIONS.btnReport();
    expect(session.opened).toHaveLength(1);
    const opened = session.opened[0];
    // in the folder Env.GetTempPath names, as Kingsoft's OA assistant demo writes its files
    expect(opened).toMatch(/^C:\\Users\\kuaiji\\AppData\\Local\\Temp\\wps\\final-2023-zhanyi审核报告-\d{8}-\d{6}\.xlsx$/);
    const rows = await reportRows(Buffer.from(session.files.get(opened)!, "latin1"));

    const { findings } = checkWorkbook((await fixtureInWps(FILE)).expected, DEFAULT_ENGINE_CONFIG);
    const counts = expectedCounts(findings);
    expect(rows.problems).toHaveLength(findings.length);
    expect(rows.problems.filter((r) => r[3] === "强制")).toHaveLength(counts.errors);
    expect(rows.problems.filter((r) => r[3] === "提示")).toHaveLength(counts.prompts);
    const verdict = `${counts.head}（${counts.prompts} 项尚未说明） — 强制性错误须修改后再报送`;
    expect(rows.summary).toContainEqual(["结论", verdict]);
    expect(rows.summary).toContainEqual(["已保存文件的 SHA-256", createHash("sha256").update(bytes).digest("hex")]);
    expect(workbookLook(workbook)).toBe(before);
    expect(lastCommand()).toMatchObject({ command: "审核报告", ok: true, summary: expect.stringContaining(`（原工作簿未改动）：${verdict}`) });
  });

  it("names what the digest covers: unsaved edits left out, or no file at all (never an empty field)", async () => {
    workbook.saved = false;
    install();
    await ACTIONS.btnReport();
    let rows = await reportRows(Buffer.from(session.files.get(session.opened[0])!, "latin1"));
    expect(rows.summary).toContainEqual(["已保存文件的 SHA-256（不含尚未保存的修改）", createHash("sha256").update(bytes).digest("hex")]);

    workbook.path = undefined;
    await ACTIONS.btnReport();
    rows = await reportRows(Buffer.from(session.files.get(session.opened[1])!, "latin1"));
    expect(rows.summary).toContainEqual(["文件 SHA-256", "工作簿尚未保存，WPS 中无法读取文件，未计算校验值"]);
  });

  it("without FileSystem shows the pane on the report view and says where to download the report", async () => {
    install({ fileSystem: false });
    const before = workbookLook(workbook);
    await ACTIONS.btnReport();
    expect(session.opened).toEqual([]);
    expect(session.panes).toEqual([expect.objectContaining({ url: ADDIN_PAGE.replace("index.html", "taskpane.html?view=report"), Visible: true })]);
    expect(lastCommand()).toMatchObject({
      command: "审核报告",
      ok: false,
      summary: expect.stringMatching(/^此版本 WPS 不能由加载项打开文件：已打开任务窗格，请点击“下载审核报告”（强制性错误 2 项/),
    });
    expect(workbookLook(workbook)).toBe(before);
  });

  it("without Env, in the folder FileSystem.tmpdir names", async () => {
    install({ env: false });
    await ACTIONS.btnReport();
    expect(session.opened).toEqual([expect.stringMatching(/^C:\\Users\\kuaiji\\AppData\\Local\\Temp\\final-2023-zhanyi审核报告-/)]);
  });

  it("a WPS whose FileSystem refuses a full path: the pane on the report view, as without FileSystem; the digest says it is missing", async () => {
    install({ binaryStringsInOwnFolderOnly: true });
    const before = workbookLook(workbook);
    await ACTIONS.btnReport();
    expect(session.opened).toEqual([]);
    expect(session.panes).toEqual([expect.objectContaining({ url: ADDIN_PAGE.replace("index.html", "taskpane.html?view=report"), Visible: true })]);
    expect(lastCommand()).toMatchObject({ command: "审核报告", ok: false, summary: expect.stringMatching(/^此版本 WPS 不能由加载项打开文件/) });
    expect(workbookLook(workbook)).toBe(before);
    const refusing = fakeApplication(workbook, { binaryStringsInOwnFolderOnly: true }, session) as WpsApplication & { ActiveWorkbook: WpsWorkbook };
    expect(savedFileDigest(refusing, refusing.ActiveWorkbook)).toEqual(noDigest("WPS 中无法读取文件，未计算校验值"));
  });
});
