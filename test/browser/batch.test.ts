import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { LOST_TWICE } from "../../src/app/worker/worker-pool";
import { countCells, generateWorkbook } from "../support/generate-workbook";
import { draftToPackage } from "../support/draft-package";
import { launchChromium, ROOT, seriousViolations } from "./pane-browser";
import { serveStatic } from "./static-server";

/**
 * The page's batch check (a bureau's folder of units' workbooks) in Debian's chromium, served and from file://:
 * every file read and checked on the engine worker, one row each, a row opening that file's findings, the summary
 * workbook downloaded; the page's own thread stays free while a large workbook is checked. Run after `npm run build`.
 */
const DIST = path.join(ROOT, "dist");
const fixture = (name: string) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(path.join(ROOT, "test/fixtures", name)) });

jest.setTimeout(120_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "app.html"))) throw new Error("dist/app.html missing: run `npm run build` first");
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(url: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  return { page, requests };
}

const FILES = [
  fixture("final-2023-zhanyi.xlsx"),
  fixture("budget-2023-dazhou.xlsx"),
  { name: "坏文件.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("不是工作簿") },
];

async function checkBatch(page: Page): Promise<void> {
  await page.getByTestId("batch-files-input").setInputFiles(FILES);
  await page.getByTestId("batch-progress").filter({ hasText: "检查完成：3/3 个文件" }).waitFor({ timeout: 60_000 });
}

describe.each([
  ["app.html (served)", () => `${server.url}/app.html`],
  ["the offline page (file://)", () => `file://${path.join(DIST, "预决算公开助手.html")}`],
])("batch check in %s", (_label, url) => {
  it("one row per file with its counts and first fix, a row opens that file's findings, nothing leaves the machine", async () => {
    const { page, requests } = await newPage(url());
    await checkBatch(page);
    expect(await page.getByTestId("batch-progress").textContent()).toBe("检查完成：3/3 个文件，错误 2 项");
    const rows = page.getByRole("table", { name: "各文件检查结果" }).getByRole("row");
    expect(await rows.count()).toBe(4);
    const zhanyi = rows.filter({ hasText: "final-2023-zhanyi.xlsx" });
    expect(await zhanyi.textContent()).toContain("曲靖市沾益区医疗保障局2023");
    expect(await zhanyi.getByRole("cell").nth(1).textContent()).toBe("2");
    expect(await rows.filter({ hasText: "坏文件.xlsx" }).textContent()).toContain("这不是 .xlsx 工作簿");
    await zhanyi.getByRole("button").click();
    const list = page.getByRole("list", { name: "final-2023-zhanyi.xlsx 的问题" });
    expect(await list.textContent()).toContain("公开03表!D11 支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）");
    expect(await seriousViolations(page)).toEqual([]);
    expect(requests.filter((r) => !r.startsWith("file://") && !r.startsWith(server.url) && !r.startsWith("blob:") && !r.startsWith("data:"))).toEqual([]);
    await page.context().close();
  });
});

it("下载汇总: the same summary workbook as the command line's --summary", async () => {
  const { page } = await newPage(`${server.url}/app.html`);
  await checkBatch(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载汇总（.xlsx）" }).click()]);
  expect(download.suggestedFilename()).toBe("批量审核汇总.xlsx");
  const summary = await readWorkbook(readFileSync((await download.path())!), "汇总.xlsx");
  expect(summary.sheets.map((s) => s.name)).toEqual(["汇总", "全部问题", "按规则统计"]);
  const rows = summary.sheets[0].cells.slice(2).map((r) => [r[1]?.value, r[2]?.value, r[7]?.value, r[12]?.value]);
  // The files in Chinese collation order, as the page lists them.
  expect(rows).toEqual([
    ["坏文件.xlsx", undefined, undefined, "无法读取"],
    ["budget-2023-dazhou.xlsx", expect.any(String), 0, "已检查"],
    ["final-2023-zhanyi.xlsx", "曲靖市沾益区医疗保障局", 2, "已检查"],
  ]);
  await page.context().close();
});

it("the page stays responsive: no task on its thread over 200 ms while a large workbook is checked", async () => {
  // A county's workbook of ~1M filled cells, handed over as a file on disk (as a user picks it: no copy through the
  // page's own script, which a buffer given to setInputFiles would be).
  const wb = generateWorkbook({ seed: 7, units: 900, randomize: false, layout: { arrangement: "sheet-per-table" } });
  expect(countCells(wb.draft)).toBeGreaterThan(1_000_000);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "batch-big-")), "县级汇总.xlsx");
  writeFileSync(file, draftToPackage(wb.draft));
  const { page } = await newPage(`${server.url}/app.html`);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: "longtask", buffered: false });
  });
  await page.getByTestId("batch-files-input").setInputFiles([file]);
  await page.getByTestId("batch-progress").filter({ hasText: "检查完成：1/1 个文件" }).waitFor({ timeout: 90_000 });
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(longTasks.filter((d) => d > 200)).toEqual([]);
  await page.context().close();
});

/**
 * The page's engine workers as one that runs out of memory dies: a copy of dist/ whose engine-worker.js loads the
 * real one and, given a request marked `die`, throws uncaught (the worker's error event, as when an allocation
 * fails). The page marks 崩溃两次.xlsx each time and 崩溃一次.xlsx the first time only, and notes which worker (in
 * order of first use) was given which file; the page runs with 3 cores, so 2 workers.
 */
const DYING_SITE = path.join(ROOT, "test", "output", "batch-death-site");
const DYING_WORKER = `importScripts("engine-worker-real.js");
const engine = self.onmessage;
self.onmessage = (event) => {
  if (!event.data.die) return engine(event);
  setTimeout(() => { throw new RangeError("Array buffer allocation failed"); });
};`;

function markDeaths(): void {
  const given: [number, string][] = [];
  const order = new WeakMap<Worker, number>();
  let workers = 0;
  let diedOnce = false;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: { call?: string; args?: { name: string } }, transfer?: Transferable[]) {
    if (message?.call === "batch" && message.args) {
      if (!order.has(this)) order.set(this, workers++);
      const name = message.args.name;
      given.push([order.get(this)!, name]);
      const dies = name === "崩溃两次.xlsx" || (name === "崩溃一次.xlsx" && !diedOnce);
      diedOnce ||= name === "崩溃一次.xlsx";
      if (dies) message = { ...message, die: true } as typeof message;
    }
    return post.call(this, message, { transfer: transfer ?? [] });
  } as typeof post;
  Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => 3 });
  (window as unknown as { given: typeof given }).given = given;
}

describe("a worker that dies under a file (out of memory)", () => {
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    rmSync(DYING_SITE, { recursive: true, force: true });
    cpSync(DIST, DYING_SITE, { recursive: true });
    renameSync(path.join(DYING_SITE, "engine-worker.js"), path.join(DYING_SITE, "engine-worker-real.js"));
    writeFileSync(path.join(DYING_SITE, "engine-worker.js"), DYING_WORKER);
    site = await serveStatic(DYING_SITE);
  });
  afterAll(() => site?.close());

  it("the file is checked on a fresh worker; a second death gives its row the reason in Chinese, the batch goes on", async () => {
    const { page } = await newPage("about:blank");
    await page.addInitScript(markDeaths);
    await page.goto(`${site.url}/app.html`);
    const [zhanyi, dazhou, bad] = FILES;
    const files = [zhanyi, { ...dazhou, name: "崩溃一次.xlsx" }, { ...zhanyi, name: "崩溃两次.xlsx" }, bad];
    await page.getByTestId("batch-files-input").setInputFiles(files);
    await page.getByTestId("batch-progress").filter({ hasText: "检查完成：4/4 个文件" }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("batch-progress").textContent()).toBe("检查完成：4/4 个文件，错误 2 项");
    const rows = page.getByRole("table", { name: "各文件检查结果" }).getByRole("row");
    const once = rows.filter({ hasText: "崩溃一次.xlsx" });
    expect(await once.getByRole("button").textContent()).toMatch(/^崩溃一次\.xlsx（.+2023）$/); // checked: its unit and year
    expect(await once.getByRole("cell").nth(1).textContent()).toBe("0");
    expect(await rows.filter({ hasText: "崩溃两次.xlsx" }).getByRole("cell").nth(1).textContent()).toBe(LOST_TWICE);
    expect(await rows.filter({ hasText: "坏文件.xlsx" }).textContent()).toContain("这不是 .xlsx 工作簿");
    const given = await page.evaluate(() => (window as unknown as { given: [number, string][] }).given);
    const workersOf = (name: string) => given.filter(([, n]) => n === name).map(([w]) => w);
    // Each dying file went to two different workers; the second of 崩溃一次 was the one started in its dead worker's place.
    expect(new Set(workersOf("崩溃一次.xlsx")).size).toBe(2);
    expect(new Set(workersOf("崩溃两次.xlsx")).size).toBe(2);
    expect(Math.max(...given.map(([w]) => w))).toBeLessThanOrEqual(4); // 2 workers, one in place of each of 3 deaths
    await page.context().close();
  });
});
