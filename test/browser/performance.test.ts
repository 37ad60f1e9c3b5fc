import { existsSync } from "fs";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM } from "../../scripts/require-chromium";
import { serveStatic } from "./static-server";

/**
 * The 绩效 cross checks in the standalone page (the pane's own components), in Debian's chromium: the 峨眉山
 * 自评表 workbook (执行数 0 with full marks, a 完成值 in 万元 for 元/年) and the 达州 budget set (a class total
 * 0.01 off the 项 rows of 部门支出总表). Run after `npm run build`.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const fixture = (name: string) => path.join(ROOT, "test/fixtures", name);

jest.setTimeout(60_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "app.html"))) throw new Error("dist/app.html missing: run `npm run build` first");
  server = await serveStatic(DIST);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  page = await (await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "zh-CN" })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/app.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The finding button at a cell, with a given severity word. */
const item = (cell: string, severity: string) => page.locator(`button[data-cell="${cell}"]`).filter({ hasText: severity }).first();

describe("app.html: 绩效 against money and units", () => {
  it("峨眉山: 执行数 0 with full marks is an error at E9, 1.74万元 for 元/年 a warning at H21", async () => {
    await page.getByTestId("file-input").setInputFiles(fixture("perf-2023-emeishan.xlsx"));
    const zero = item("标准化服务大厅建设经费!E9", "错误");
    await zero.waitFor({ timeout: 20_000 });
    expect(await zero.textContent()).toContain("全年执行数为 0，却有 4 项产出、成本指标报告完成并得满分");
    expect(await item("乡村振兴第一书记工作经费!H21", "警告").textContent()).toContain("折合 17400元/年，与指标值 ≤41850元/年 比较，达到指标值");
  });

  it("达州: 社会保障和就业支出 408.99 against 367.04 + 41.96 is a rounding tail (尾差) at 表1!D13", async () => {
    await page.getByRole("button", { name: "重新检查" }).and(page.locator(":enabled")).waitFor();
    await page.getByTestId("file-input").setInputFiles(fixture("budget-2023-dazhou.xlsx"));
    const tail = item("表1!D13", "尾差");
    await tail.waitFor({ timeout: 20_000 });
    const text = await tail.textContent();
    expect(text).toContain("社会保障和就业支出 408.99 与各项之和 409.00 差 0.01（四舍五入尾差）");
  });
});
