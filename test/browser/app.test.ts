import { existsSync, readFileSync, mkdirSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { serveStatic } from "./static-server";

/**
 * The standalone page end to end in Debian's chromium: open the 沾益 final-accounts fixture, find the 卫生健康支出
 * error, see it in the grid, generate text, download the marked copy — and nothing may leave 127.0.0.1.
 * Run after `npm run build`.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
/** Screenshots of the pane states: into test/output/ (ignored by git); UPDATE_SCREENSHOTS=1 refreshes docs/. */
const SHOTS = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, "docs") : path.join(ROOT, "test", "output");
const FIXTURE = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");
const PRIOR_FIXTURE = path.join(ROOT, "test/fixtures/prior-2022-zhanyi.xlsx");
const WIDTH = 360;

jest.setTimeout(60_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "app.html"))) throw new Error("dist/app.html missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  context.on("request", (r) => requests.push(r.url()));
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/app.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `screenshot-${name}.png`) });

/** No horizontal scrolling at pane width. */
async function expectNoHorizontalScroll(): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe("app.html with the 沾益 2023 决算 workbook", () => {
  it("shows the open-file page", async () => {
    await page.getByRole("button", { name: "打开 .xlsx 文件…" }).waitFor();
    await shot("open");
    await expectNoHorizontalScroll();
  });

  it("lists the 卫生健康支出 基本支出 error at 公开03表!D11 after opening the file", async () => {
    await page.getByTestId("file-input").setInputFiles(FIXTURE);
    const item = page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).first();
    await item.waitFor({ timeout: 20_000 });
    const text = await item.textContent();
    expect(text).toContain("卫生健康支出");
    expect(text).toContain("应为 402.22");
    await expect(page.getByRole("region", { name: "检查结果汇总" }).textContent()).resolves.toMatch(/错误 [1-9]/);
    await page.getByRole("button", { name: "重新检查" }).and(page.locator(":enabled")).waitFor();
    await page.waitForTimeout(300); // let Fluent's colour transition finish before the screenshot
    await shot("check");
    await expectNoHorizontalScroll();
  });

  it("shows the cell in the grid, filled as an error, when the finding is clicked", async () => {
    await page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).first().click();
    const cell = page.getByTestId("sheet-grid").locator('td[data-address="D11"]');
    await cell.waitFor();
    expect(await cell.getAttribute("aria-selected")).toBe("true");
    expect(await cell.getAttribute("data-mark")).toBe("error");
    expect(await cell.textContent()).toBe("465.22");
    await expect(page.getByTestId("sheet-grid").locator('td[data-address="B11"]').textContent()).resolves.toBe("卫生健康支出");
    await page.getByTestId("sheet-grid").scrollIntoViewIfNeeded();
    await shot("grid");
    await expectNoHorizontalScroll();
  });

  it("selects a finding with the keyboard (Enter)", async () => {
    await page.locator('button[data-cell="公开07表!G16"]').first().focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("sheet-grid").locator('td[data-address="G16"][aria-selected="true"]').waitFor();
    await page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).first().click();
  });

  it("filters the list by severity", async () => {
    await page.getByRole("checkbox", { name: "错误" }).uncheck();
    expect(await page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).count()).toBe(0);
    await page.getByRole("checkbox", { name: "错误" }).check();
    expect(await page.locator('button[data-cell="公开03表!D11"]').filter({ hasText: "错误" }).count()).toBeGreaterThan(0);
  });

  it("generates the 情况说明 text in the 说明 tab", async () => {
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByRole("button", { name: "生成说明" }).click();
    const preview = page.getByRole("article", { name: "说明预览" });
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain(KNOWN_SENTENCE);
    await expectNoHorizontalScroll();
  });

  it("fills prior-year figures from last year's workbook and compares with them", async () => {
    await page.getByLabel("上年工作簿").setInputFiles(PRIOR_FIXTURE);
    await page.getByText("已从“prior-2022-zhanyi.xlsx”读取").waitFor();
    const field = page.getByRole("textbox", { name: "上年收支总计" });
    await expect(field.inputValue()).resolves.toBe("483.23");
    await page.getByRole("button", { name: "重新生成" }).click();
    const preview = await page.getByRole("article", { name: "说明预览" }).textContent();
    expect(preview).toContain("与2022年度相比，收、支总计增加53.69万元，增长11.11%。");
    expect(preview).not.toContain("【缺：上年收支总计】");
  });

  it("inserts the text into an in-memory 情况说明 sheet", async () => {
    await page.getByRole("button", { name: "插入到工作表" }).click();
    await page.getByText("已写入“情况说明”A1:A").waitFor();
    await shot("narrative");
  });

  it("shows the settings tab", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("radio", { name: "100 分" }).waitFor();
    await shot("settings");
    await expectNoHorizontalScroll();
    await page.getByRole("tab", { name: "检查" }).click();
  });

  it("downloads a marked copy: D11 filled red, every value unchanged, the text in 情况说明", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标记后的副本" }).click()]);
    expect(download.suggestedFilename()).toBe("final-2023-zhanyi（已标记）.xlsx");
    const bytes = readFileSync((await download.path())!);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    const d11 = copy.getWorksheet("公开03表")!.getCell("D11");
    expect((d11.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    expect(JSON.stringify(d11.note)).toContain("465.22");
    const values = (s: Awaited<ReturnType<typeof readWorkbook>>) => s.sheets.map((sh) => [sh.name, sh.cells.map((r) => r.map((c) => c?.value ?? null))]);
    const original = await readWorkbook(readFileSync(FIXTURE), "original");
    const marked = await readWorkbook(bytes, "marked");
    expect(values(marked).slice(0, original.sheets.length)).toEqual(values(original));
    expect(copy.worksheets.map((w) => w.name)).toEqual([...original.sheets.map((s) => s.name), "情况说明"]);
    expect(copy.getWorksheet("情况说明")!.getCell("A1").value).toBe("一、收入支出决算总体情况说明");
    expect(copy.getWorksheet("情况说明")!.getCell("A2").value).toContain("收、支总计增加53.69万元");
    // made in the page by editing the package: every part but the marked sheets, styles, workbook and lists keeps its bytes
    const before = unzipSync(readFileSync(FIXTURE));
    const after = unzipSync(bytes);
    const touched = /^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/workbook\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
    const kept = Object.keys(before).filter((name) => !touched.test(name));
    expect(kept.length).toBeGreaterThan(3);
    for (const name of kept) expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([name, true]);
  });

  it("reports an unreadable file in a message bar", async () => {
    await page.getByTestId("file-input").setInputFiles({ name: "notes.xlsx", mimeType: "text/plain", buffer: Buffer.from("不是工作簿") });
    const alert = page.getByText("不是 .xlsx 工作簿", { exact: false });
    await alert.waitFor();
    await page.getByRole("button", { name: "检查", exact: true }).and(page.locator(":enabled")).waitFor();
    await page.waitForTimeout(300); // let Fluent's colour transition finish before the screenshot
    await shot("error");
  });

  it("made no request to any address but the local test server", () => {
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter((u) => {
      const url = new URL(u);
      if (url.protocol === "blob:" || url.protocol === "data:") return false;
      return url.hostname !== "127.0.0.1" && url.hostname !== "localhost";
    });
    expect(outside).toEqual([]);
  });
});

/** A sentence the standard 决算 template writes for this workbook. */
const KNOWN_SENTENCE = "2023年度本年支出合计536.92万元，其中：基本支出473.92万元，占88.27%；项目支出63.00万元，占11.73%。";
