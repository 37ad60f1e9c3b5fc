import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { NO_ENGINE } from "../../src/ui/engine-connection";

/**
 * The offline page (dist/预决算公开助手.html) as a user opens it from a USB stick: file://, no server, no network.
 * Every request the page makes is recorded and any that is not the page itself is refused; the page must still
 * check the 沾益 workbook, write the text and download the marked copy. Run after `npm run build`.
 */
const ROOT = path.resolve(__dirname, "../..");
const PAGE_FILE = path.join(ROOT, "dist", "预决算公开助手.html");
const PAGE_URL = pathToFileURL(PAGE_FILE).href;
const FIXTURE = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");
const SHOTS = path.join(ROOT, "test", "output");
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

jest.setTimeout(60_000);

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const refused: string[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE_FILE)) throw new Error("dist/预决算公开助手.html missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 800, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  context.on("request", (r) => requests.push(r.url()));
  // Anything but the page itself is refused (and remembered): the page has to work without it.
  await context.route(
    (url) => url.href !== PAGE_URL,
    (route) => {
      refused.push(route.request().url());
      return route.abort("blockedbyclient");
    },
  );
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(PAGE_URL);
});

afterAll(async () => {
  await browser?.close();
});

describe("预决算公开助手.html opened from disk", () => {
  it("is one self-contained file: no external script, style, icon or chunk", () => {
    const html = readFileSync(PAGE_FILE, "utf8");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*\shref=(?!"?data:)/i);
    expect(html).toMatch(/<link rel="?icon"? href="?data:image\/png;base64,/);
    expect(html).toContain("connect-src 'none'");
  });

  it("shows its version and says that nothing is uploaded", async () => {
    const about = page.getByTestId("about");
    await about.waitFor();
    await expect(about.textContent()).resolves.toBe(`版本 ${version} · 文件只在本机浏览器中处理，不会上传到任何地方`);
    await page.screenshot({ path: path.join(SHOTS, "offline-open.png") });
  });

  it("checks the 沾益 workbook: the 卫生健康支出 基本支出 error at 公开03表!D11, shown in the grid", async () => {
    await page.getByTestId("file-input").setInputFiles(FIXTURE);
    const item = page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).first();
    await item.waitFor({ timeout: 30_000 });
    await expect(item.textContent()).resolves.toContain("应为 402.22");
    await item.click();
    const cell = page.getByTestId("sheet-grid").locator('td[data-address="D11"]');
    await cell.waitFor();
    expect(await cell.getAttribute("data-mark")).toBe("error");
    expect(await cell.textContent()).toBe("465.22");
  });

  it("goes to the next and previous finding with Alt+↓ / Alt+↑ and 上一个 (the grid with them)", async () => {
    const order = await page.locator("button[data-cell]").evaluateAll((all) => all.map((c) => c.getAttribute("data-cell")!));
    const at = order.indexOf("公开03表!D11");
    await page.keyboard.press("Alt+ArrowDown");
    const next = order[at + 1];
    await page.locator(`button[data-cell="${next}"][aria-pressed="true"]`).waitFor();
    await page
      .getByTestId("sheet-grid")
      .locator(`td[data-address="${next.split("!")[1]}"][data-selected]`)
      .waitFor();
    await page.getByRole("toolbar", { name: "逐个查看问题" }).getByRole("button", { name: "↑ 上一个" }).click();
    await page.getByTestId("sheet-grid").locator('td[data-address="D11"][data-selected]').waitFor();
    await expect(page.getByTestId("finding-position").textContent()).resolves.toBe(`${at + 1} / ${order.length}`);
  });

  it("generates the 情况说明 text", async () => {
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByRole("button", { name: "生成说明" }).click();
    const preview = page.getByRole("article", { name: "说明预览" });
    await preview.waitFor();
    await preview.getByRole("button", { name: "全部展开" }).click();
    await expect(preview.textContent()).resolves.toContain("2023年度本年支出合计536.92万元，其中：基本支出473.92万元，占88.27%；项目支出63.00万元，占11.73%。");
    await page.screenshot({ path: path.join(SHOTS, "offline-narrative.png") });
  });

  it("downloads the marked copy: D11 filled red with its note, the value unchanged", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标记后的副本" }).click()]);
    expect(download.suggestedFilename()).toBe("final-2023-zhanyi（已标记）.xlsx");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const d11 = copy.getWorksheet("公开03表")!.getCell("D11");
    expect(d11.value).toBe(465.22);
    expect((d11.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(JSON.stringify(d11.note)).toContain("402.22");
  });

  it("made no request but for the page itself (and in-memory blob:/data: URLs)", () => {
    expect(refused).toEqual([]);
    const outside = requests.filter((u) => u !== PAGE_URL && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(outside).toEqual([]);
    expect(requests).toContain(PAGE_URL);
  });
});

describe("预决算公开助手.html in a browser too old for it", () => {
  it("says so and asks for a modern browser (360: 极速模式) instead of showing a blank page", async () => {
    const old = await browser.newContext({ locale: "zh-CN" });
    await old.addInitScript(() => delete (window as unknown as { BigInt?: unknown }).BigInt);
    const oldPage = await old.newPage();
    await oldPage.goto(PAGE_URL);
    const message = oldPage.getByTestId("loader-message");
    await message.waitFor();
    await expect(oldPage.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("此浏览器无法运行预决算公开助手");
    await expect(message.textContent()).resolves.toContain("极速模式，不要用兼容模式");
    await old.close();
  });
});

describe("预决算公开助手.html where no worker can start", () => {
  // The page's engine is its worker (the file carries it once); where none can run, a check says so instead of waiting.
  it("says in Chinese that the check cannot run here and which browser to use", async () => {
    const noWorkers = await browser.newContext({ locale: "zh-CN" });
    await noWorkers.addInitScript(() => delete (window as unknown as { Worker?: unknown }).Worker);
    const noWorkerPage = await noWorkers.newPage();
    await noWorkerPage.goto(PAGE_URL);
    await noWorkerPage.getByTestId("file-input").setInputFiles(FIXTURE);
    const announcer = noWorkerPage.getByTestId("announcer");
    await noWorkerPage.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith("检查未完成"));
    await expect(announcer.textContent()).resolves.toBe(`检查未完成：${NO_ENGINE}`);
    await noWorkers.close();
  });
});
