import { existsSync, mkdirSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import { buildSync } from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM } from "../../scripts/require-chromium";
import { loadExcelJs } from "../support/load-exceljs";
import { all, parseXml } from "../support/xml";
import { fromExcelJs } from "../unit/wps/from-exceljs";
import type { FakeWpsWorkbook } from "../unit/wps/fake-wps";
import { analyzeWorkbook } from "../../src/core/analysis";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { reportRows } from "../support/audit-report-rows";

/**
 * The built WPS add-in (dist/wps, from `npm run build:wps`) in Debian's chromium, opened from file:// as WPS's offline
 * mode opens it, with the WPS fake standing in for WPS's `Application` over the 沾益 fixture: the entry page's ribbon
 * callbacks mark and clear, the task pane checks and marks. Nothing may be requested from the network.
 */
const ROOT = path.resolve(__dirname, "../..");
const WPS = path.join(ROOT, "dist/wps");
const SHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, "docs") : path.join(ROOT, "test", "output");
const FIXTURE = "final-2023-zhanyi.xlsx";
const RED = 0xcec7ff; // FFC7CE in WPS's BGR

jest.setTimeout(90_000);

let folder: string;
let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];

type PageWps = { __wps: { workbook: FakeWpsWorkbook; session: { panes: unknown[]; opened: string[]; files: Map<string, string> } } };

beforeAll(async () => {
  if (!existsSync(path.join(WPS, "publish.xml"))) throw new Error("dist/wps missing: run `npm run build:wps` first");
  folder = readdirSync(WPS).find((f) => f.startsWith("disclosure-assistant_"))!;
  const bytes = readFileSync(path.join(ROOT, "test/fixtures", FIXTURE));
  const workbook = fromExcelJs(await loadExcelJs(bytes, FIXTURE), FIXTURE);
  const fake = buildSync({
    entryPoints: [path.join(__dirname, "wps-fake-page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
    target: "es2020",
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--allow-file-access-from-files"],
  });
  context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "zh-CN" });
  context.on("request", (r) => requests.push(r.url()));
  await context.addInitScript(`window.__WPS_WORKBOOK__ = ${JSON.stringify(workbook.toJson())};\n${fake.outputFiles[0].text}`);
});

afterAll(async () => {
  await browser?.close();
});

async function open(page: string): Promise<Page> {
  const tab = await context.newPage();
  tab.setDefaultTimeout(20_000);
  const errors: string[] = [];
  tab.on("pageerror", (e) => errors.push(e.message));
  await tab.goto(pathToFileURL(path.join(WPS, folder, page)).href);
  expect(errors).toEqual([]);
  return tab;
}

describe("the built WPS add-in package", () => {
  it("holds every file the ribbon, the pages and the deployment files refer to", () => {
    const dir = path.join(WPS, folder);
    const ribbon = parseXml(readFileSync(path.join(dir, "ribbon.xml"), "utf8"));
    expect(all(ribbon, "button").map((b) => b.attributes.label)).toEqual(["打开助手", "一键检查", "生成说明", "审核报告", "清除标记"]);
    for (const page of ["index.html", "taskpane.html", "images/icon-32.png"]) expect([page, existsSync(path.join(dir, page))]).toEqual([page, true]);
    for (const page of ["index.html", "taskpane.html"]) {
      const scripts = [...readFileSync(path.join(dir, page), "utf8").matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect([page, src, existsSync(path.join(dir, src))]).toEqual([page, src, true]);
      expect(readFileSync(path.join(dir, page), "utf8")).not.toMatch(/https?:\/\//); // nothing from the network
    }
    const offline = all(parseXml(readFileSync(path.join(WPS, "publish.xml"), "utf8")), "jsplugin");
    expect(offline).toEqual([
      expect.objectContaining({
        attributes: expect.objectContaining({ name: "disclosure-assistant", type: "et", url: folder, version: folder.split("_")[1] }),
      }),
    ]);
    const online = all(parseXml(readFileSync(path.join(WPS, "jsplugins.xml"), "utf8")), "jspluginonline");
    expect(online).toEqual([
      expect.objectContaining({
        attributes: expect.objectContaining({ name: "disclosure-assistant", type: "et", url: expect.stringMatching(new RegExp(`^https?://.+/${folder}/$`)) }),
      }),
    ]);
  });

  it("entry page: the ribbon's 一键检查 marks 公开03表!D11 and 清除标记 restores it, offline from file://", async () => {
    const page = await open("index.html");
    await expect(page.evaluate(() => Object.keys((window as unknown as { ribbon: object }).ribbon).sort())).resolves.toEqual([
      "GetImage",
      "OnAction",
      "OnAddinLoad",
    ]);
    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: "btnCheck" }));
    await page.waitForFunction(() =>
      (window as unknown as PageWps).__wps.workbook.properties.some((p) => p.name.startsWith("disclosure-assistant:last-command")),
    );
    const d11 = await page.evaluate(() => (window as unknown as PageWps).__wps.workbook.cell("公开03表", "D11"));
    expect(d11).toMatchObject({ value: 465.22, interior: { Color: RED, Pattern: 1 }, comment: expect.stringContaining("402.22") });

    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: "btnClear" }));
    await page.waitForFunction(() => (window as unknown as PageWps).__wps.workbook.cell("公开03表", "D11")!.interior.Pattern === -4142);
    await expect(page.evaluate(() => (window as unknown as PageWps).__wps.workbook.cell("公开03表", "D11")!.comment)).resolves.toBeUndefined();

    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: "btnOpen" }));
    const panes = await page.evaluate(() => (window as unknown as PageWps).__wps.session.panes);
    expect(panes).toEqual([expect.objectContaining({ url: pathToFileURL(path.join(WPS, folder, "taskpane.html")).href, Visible: true })]);
    await page.close();
  });

  it("entry page: the ribbon's 审核报告 opens the report as a workbook file of its own, the user's cells untouched", async () => {
    const page = await open("index.html");
    const cells = () => page.evaluate(() => JSON.stringify((window as unknown as PageWps).__wps.workbook.sheets.map((s) => [s.name, [...s.cells]])));
    const before = await cells();
    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: "btnReport" }));
    await page.waitForFunction(() => (window as unknown as PageWps).__wps.session.opened.length === 1, undefined, { timeout: 30_000 });
    const { opened, file } = await page.evaluate(() => {
      const session = (window as unknown as PageWps).__wps.session;
      return { opened: session.opened[0], file: session.files.get(session.opened[0])! };
    });
    expect(opened).toMatch(/审核报告-\d{8}-\d{6}\.xlsx$/);
    const rows = await reportRows(Buffer.from(file, "latin1"));
    const findings = analyzeWorkbook(await readWorkbook(readFileSync(path.join(ROOT, "test/fixtures", FIXTURE)), FIXTURE)).findings;
    expect(rows.problems).toHaveLength(findings.length);
    expect(rows.problems.filter((r) => r[3] === "强制")).toHaveLength(findings.filter((f) => f.severity === "error").length);
    expect(rows.summary).toContainEqual(["文件 SHA-256", "工作簿尚未保存，WPS 中无法读取文件，未计算校验值"]);
    expect(await cells()).toBe(before);
    await page.close();
  });

  it("task pane: the React pane checks the workbook in WPS, lists D11 and marks it", async () => {
    const page = await open("taskpane.html");
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const item = page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).first();
    await item.waitFor({ timeout: 30_000 });
    expect(await item.textContent()).toContain("应为 402.22");
    // checked on the engine worker the page carries inline (a Blob: WPS opens offline add-ins from file://)
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/^blob:/)]);
    await page.waitForFunction(() => (window as unknown as PageWps).__wps.workbook.cell("公开03表", "D11")!.interior.Color === 0xcec7ff);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "screenshot-wps-taskpane.png") });
    // 下一个 and Alt+↓ select each finding's cell in the workbook, as a click on its card does
    const order = await page.locator("button[data-cell]").evaluateAll((all) => all.map((c) => c.getAttribute("data-cell")!));
    const selection = () => page.evaluate(() => (window as unknown as PageWps).__wps.workbook.selection);
    const cellOf = (place: string) => ({ sheet: place.split("!")[0], address: place.split("!")[1] });
    await page.getByRole("toolbar", { name: "逐个查看问题" }).getByRole("button", { name: "下一个 ↓" }).click();
    const first = order.findIndex((p) => p.includes("!"));
    for (let i = 0; i < first; i++) await page.keyboard.press("Alt+ArrowDown");
    await page.locator(`button[data-cell="${order[first]}"][aria-pressed="true"]`).waitFor();
    await expect(selection()).resolves.toEqual(cellOf(order[first]));
    const next = order.findIndex((p, i) => i > first && p.includes("!"));
    for (let i = first; i < next; i++) await page.keyboard.press("Alt+ArrowDown");
    await page.locator(`button[data-cell="${order[next]}"][aria-pressed="true"]`).waitFor();
    await expect(selection()).resolves.toEqual(cellOf(order[next]));
    await page.close();
  });

  it("requested nothing but its own files", () => {
    expect(requests.length).toBeGreaterThan(0);
    // its files, and the engine worker it starts from its own inline code (blob:)
    for (const url of requests) expect([url, /^(file:\/\/|blob:)/.test(url)]).toEqual([url, true]);
  });
});
