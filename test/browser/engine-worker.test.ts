import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { buildPaneHarness } from "./harness/build-harness";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { countCells, generateWorkbook, toSnapshot } from "../support/generate-workbook";
import { draftToPackage } from "../support/draft-package";
import { readFixture } from "../support/fixtures";
import { launchChromium, mainThreadTasks, ROOT } from "./pane-browser";
import { serveStatic } from "./static-server";

/**
 * The single workbook's check and text on the engine's Web Worker, in the page (app.html) and in the pane (the task
 * pane harness over the real engine): the page's thread does no task of 200 ms or more while a workbook of a million
 * cells is read, checked and its text written — measured by the browser's long-task entries and, on this shared
 * machine, by the CPU time of the main thread in a trace (a long task on a busy machine is a clock reading) — and the
 * findings and the text are those of the page's own thread, where no worker can start. Run after `npm run build`.
 */
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test", "output", "engine-harness");
const LONGEST_TASK_MS = 200;

jest.setTimeout(300_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let harness: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let bigFile: string;

/** A county's workbook of ~1M filled cells (900 units' sets on one sheet per table). */
const big = () => generateWorkbook({ seed: 7, units: 900, randomize: false, layout: { arrangement: "sheet-per-table" } });

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "engine-worker.js"))) throw new Error("dist/engine-worker.js missing: run `npm run build` first");
  await buildPaneHarness(OUT);
  copyFileSync(path.join(DIST, "engine-worker.js"), path.join(OUT, "engine-worker.js"));
  const wb = big();
  expect(countCells(wb.draft)).toBeGreaterThan(1_000_000);
  writeFileSync(path.join(OUT, "big.json"), JSON.stringify(toSnapshot(wb)));
  writeFileSync(path.join(OUT, "zhanyi.json"), JSON.stringify(await readFixture("final-2023-zhanyi.xlsx")));
  bigFile = path.join(mkdtempSync(path.join(tmpdir(), "page-big-")), "县级汇总.xlsx");
  writeFileSync(bigFile, draftToPackage(wb.draft));
  server = await serveStatic(DIST);
  harness = await serveStatic(OUT);
});

// A browser of its own for each test: a small workbook's page never shares a browser with a 1M-cell one before it (a
// headless renderer that stops drawing frames after one leaves Playwright's click waiting for a stable element).
beforeEach(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  await browser?.close();
});

afterAll(async () => {
  await server?.close();
  await harness?.close();
});

/** A page of its own; waits of `timeout` ms at most (a 1M-cell check takes seconds, a small one less than one). */
async function newPage(url: string, { withoutWorkers = false, timeout = 60_000 } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 450, height: 900 }, locale: "zh-CN" });
  if (withoutWorkers) await context.addInitScript(() => delete (window as unknown as { Worker?: unknown }).Worker);
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on("crash", () => console.error(`${url}: the page's renderer crashed`));
  page.on("pageerror", (err) => console.error(`${url}: ${err.message}`));
  await page.goto(url);
  return { context, page };
}

const announced = (page: Page) => page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith("检查完成"));
const cards = (page: Page) =>
  page.locator("button[data-cell]").evaluateAll((all) => all.map((c) => `${c.getAttribute("data-severity")} ${c.getAttribute("data-cell")}`));

/** 说明 → 生成说明, until the text is shown; its text. */
async function generateText(page: Page): Promise<string> {
  await page.getByRole("tab", { name: "说明" }).click();
  await page.getByRole("button", { name: "生成说明" }).click();
  await page.locator("article").first().waitFor();
  return page.locator("article").first().innerText();
}

/**
 * Runs `work` while the browser records long tasks and a trace of the page's thread; fails on a task of 200 ms or
 * more that the page's thread itself spent working (its CPU time), and says what it saw.
 */
async function staysResponsive(page: Page, what: string, work: () => Promise<void>): Promise<void> {
  await browser.startTracing(page, { categories: ["toplevel"] });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: "longtask" });
  });
  await work();
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const traced = mainThreadTasks(await browser.stopTracing()).filter((t) => t.wall >= LONGEST_TASK_MS);
  console.log(
    `${what}: long tasks (ms) ${longTasks.join(", ") || "none"}; tasks of ${LONGEST_TASK_MS} ms or more, clock/main-thread CPU: ` +
      `${traced.map((t) => `${t.wall}/${t.cpu}`).join(", ") || "none"}`,
  );
  expect(traced.filter((t) => t.cpu >= LONGEST_TASK_MS)).toEqual([]);
}

describe("the page (app.html): its workbook read, checked and written about on the engine worker", () => {
  it("stays responsive while a 1M-cell workbook is read and checked and its text generated", async () => {
    const { context, page } = await newPage(`${server.url}/app.html`, { timeout: 240_000 });
    await staysResponsive(page, "app.html, 1M cells", async () => {
      await page.getByTestId("file-input").setInputFiles(bigFile);
      await announced(page);
      await generateText(page);
    });
    await context.close();
  });

  it("gives the findings and the text the page's own thread gives where no worker can start", async () => {
    const fixture = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");
    const results = [];
    for (const withoutWorkers of [false, true]) {
      const { context, page } = await newPage(`${server.url}/app.html`, { withoutWorkers });
      await page.getByTestId("file-input").setInputFiles(fixture);
      await announced(page);
      const announcement = await page.getByTestId("announcer").textContent();
      results.push({ announcement, cards: await cards(page), text: await generateText(page) });
      await context.close();
    }
    expect(results[0].announcement).toBe("检查完成：错误 2 项，警告 6 项");
    expect(results[0].cards).toContain("error 公开03表!D11");
    expect(results[0].text).toContain("收入支出决算总体情况说明");
    expect(results[1]).toEqual(results[0]);
  });
});

describe("the pane (the task pane harness over the real engine): the snapshot the host read, checked on the worker", () => {
  it("stays responsive while a 1M-cell workbook is checked and its text generated", async () => {
    const { context, page } = await newPage(`${harness.url}/index.html?workbook=big.json&engine=worker`, { timeout: 240_000 });
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await staysResponsive(page, "pane harness, 1M cells", async () => {
      await page.getByRole("button", { name: "检查", exact: true }).click();
      await announced(page);
      await generateText(page);
    });
    await context.close();
  });

  it("gives the findings and the text of the page's own thread", async () => {
    const results = [];
    for (const engine of ["worker", "page"]) {
      const { context, page } = await newPage(`${harness.url}/index.html?workbook=zhanyi.json&engine=${engine}`);
      await page.waitForFunction(() => document.body.dataset.ready === "true");
      await page.getByRole("button", { name: "检查", exact: true }).click();
      await announced(page);
      const announcement = await page.getByTestId("announcer").textContent();
      results.push({ announcement, cards: await cards(page), text: await generateText(page) });
      await context.close();
    }
    expect(results[0].announcement).toBe("检查完成：错误 2 项，警告 6 项");
    expect(results[0].cards).toContain("error 公开03表!D11");
    expect(results[1]).toEqual(results[0]);
  });
});
