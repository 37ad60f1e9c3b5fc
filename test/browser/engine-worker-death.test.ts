import { copyFileSync, existsSync, writeFileSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { buildPaneHarness } from "./harness/build-harness";
import { readFixture } from "../support/fixtures";
import { captureState, DEADLINE_SIZES, launchChromium, ROOT, seriousViolations } from "./pane-browser";
import { serveStatic } from "./static-server";

/**
 * The pane's engine worker dies during a check (as one out of memory does): the check runs again on a fresh
 * worker — never on the page's thread, which a large workbook would freeze — and when that one dies too, the pane
 * says so in Chinese and offers 重试. The dying worker is the real engine-worker.js whose check ends in an uncaught
 * error. Run after `npm run build`.
 */
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test", "output", "engine-death-harness");
const DYING_WORKER = `importScripts("engine-worker.js");
const engine = self.onmessage;
self.onmessage = (event) => {
  if (event.data.call !== "analyze") return engine(event);
  setTimeout(() => { throw new RangeError("Array buffer allocation failed"); });
};`;

jest.setTimeout(120_000);

let harness: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "engine-worker.js"))) throw new Error("dist/engine-worker.js missing: run `npm run build` first");
  await buildPaneHarness(OUT);
  copyFileSync(path.join(DIST, "engine-worker.js"), path.join(OUT, "engine-worker.js"));
  writeFileSync(path.join(OUT, "dying-worker.js"), DYING_WORKER);
  writeFileSync(path.join(OUT, "zhanyi.json"), JSON.stringify(await readFixture("final-2023-zhanyi.xlsx")));
  harness = await serveStatic(OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await harness?.close();
});

async function paneWith(deaths: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 450, height: 900 }, locale: "zh-CN" });
  await page.goto(`${harness.url}/index.html?workbook=zhanyi.json&engine=worker&deaths=${deaths}`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  return page;
}

const announcement = (page: Page) =>
  page
    .waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith("检查"))
    .then(() => page.getByTestId("announcer").textContent());
const engineState = (page: Page) => page.evaluate(() => (window as unknown as { engineState: () => unknown }).engineState());

describe("the engine's worker dies during a check", () => {
  it("once: the check is done on a fresh worker, the page's thread never runs it", async () => {
    const page = await paneWith(1);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    expect(await announcement(page)).toBe("检查完成：错误 2 项，警告 6 项");
    expect(await page.locator('button[data-cell="公开03表!D11"]').count()).toBe(1);
    expect(await engineState(page)).toEqual({ where: "worker", started: 2 });
    await page.close();
  });

  it("twice: the pane says what happened in Chinese and offers 重试, which checks on another fresh worker", async () => {
    const page = await paneWith(2);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    expect(await announcement(page)).toBe(
      "检查未完成：检查线程意外停止，重新启动后再次停止（可能是工作簿太大或本机内存不足）。可以关闭其他网页或程序后点击“重试”。",
    );
    expect(await engineState(page)).toEqual({ where: "worker", started: 2 });
    await captureState(page, "engine-lost", undefined, DEADLINE_SIZES);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "重试" }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith("检查完成"));
    expect(await page.getByTestId("announcer").textContent()).toBe("检查完成：错误 2 项，警告 6 项");
    expect(await engineState(page)).toEqual({ where: "worker", started: 3 });
    await page.close();
  });
});
