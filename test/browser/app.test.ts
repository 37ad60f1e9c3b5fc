import { existsSync, readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { captureState, horizontalOverflow, launchChromium, ROOT, seriousViolations } from "./pane-browser";
import { serveStatic } from "./static-server";

/**
 * The standalone page end to end in Debian's chromium, as an accountant uses it: open the 沾益 final-accounts
 * fixture, read the fix on the first line of the card, see the cell in the grid, fill and generate the text,
 * download the marked copy; a budget workbook's rounding tails; a workbook with nothing to check. Every state is
 * checked with axe-core and photographed at 360 and 450 px. Nothing may leave 127.0.0.1. Run after `npm run build`.
 */
const DIST = path.join(ROOT, "dist");
const FIXTURE = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");
const PRIOR_FIXTURE = path.join(ROOT, "test/fixtures/prior-2022-zhanyi.xlsx");
const BUDGET_FIXTURE = path.join(ROOT, "test/fixtures/budget-2023-dazhou.xlsx");

jest.setTimeout(90_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "app.html"))) throw new Error("dist/app.html missing: run `npm run build` first");
  server = await serveStatic(DIST);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true, locale: "zh-CN" });
  context.on("request", (r) => requests.push(r.url()));
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}/app.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = (place: string): Locator => page.locator(`button[data-cell="${place}"]`).first();
const announcement = () => page.getByTestId("announcer").textContent();

/** Opens a file in the page and waits until its check has been announced. */
async function open(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.evaluate(() => document.querySelector('[data-testid="announcer"]')?.setAttribute("data-previous", "")); // the last file's pane
  await page.getByTestId("file-input").setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]:not([data-previous])')?.textContent?.startsWith("检查"), undefined, {
    timeout: 30_000,
  });
}

/** Waits until the list shows exactly these cards (“error 公开03表!D11”): it follows a filter a moment after the click. */
const cardsAre = (cards: string[]) =>
  page.waitForFunction(
    (want) =>
      [...document.querySelectorAll("button[data-cell]")].map((c) => `${c.getAttribute("data-severity")} ${c.getAttribute("data-cell")}`).join("|") ===
      want.join("|"),
    cards,
  );

/** Waits until the visible text of the preview does (or no longer does) contain `text`. */
/** The control of a gap in the text by its field's label (“收、支总计 变动原因”). */
const gapIn = (preview: Locator, label: string) => preview.locator(`[data-gap-place][aria-label^="${label}："]`);

/** Clicks a gap until its field is open: a click that lands while the text is rewritten on the engine worker is lost with the old text. */
async function openGap(preview: Locator, label: string): Promise<Locator> {
  const field = preview.getByRole("textbox", { name: label, exact: true });
  for (let tries = 0; tries < 3 && (await field.count()) === 0; tries++) {
    await gapIn(preview, label).click();
    await field.waitFor({ timeout: 5000 }).catch(() => undefined);
  }
  return field;
}

/** 全部待填写项 (every field of the text), unfolded. */
async function allFields(): Promise<Locator> {
  const header = page.getByRole("button", { name: /^全部待填写项/ });
  if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
  return header.locator("xpath=ancestor::div[contains(@class,'fui-AccordionItem')][1]");
}

const previewShows = (text: string, shown: boolean) =>
  page.waitForFunction(([t, s]) => (document.querySelector("article")?.innerText.includes(t as string) ?? false) === s, [text, shown] as const);

/** Screenshots at both widths and no critical or serious axe violation. */
async function checkState(name: string, prepare?: () => Promise<void>): Promise<void> {
  await captureState(page, name, prepare);
  await page.waitForTimeout(300); // panels finish opening before colours are judged
  expect(await seriousViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe("app.html with the 沾益 2023 决算 workbook", () => {
  it("shows the open-file page", async () => {
    await page.getByRole("button", { name: "打开 .xlsx 文件…" }).waitFor();
    await checkState("open");
  });

  it("announces the result, moves focus to it and leads the 沾益 card with the fix", async () => {
    await open(FIXTURE);
    await expect(announcement()).resolves.toBe("检查完成：错误 2 项，警告 6 项");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("检查结果");
    const headline = await card("公开03表!D11").getByTestId("finding-headline").textContent();
    expect(headline).toBe("支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）");
    await expect(card("公开07表!G16").getByTestId("finding-headline").textContent()).resolves.toBe(
      "一般公共预算财政拨款项目支出决算表 G16 填 20921，疑为 30921",
    );
  });

  it("keeps badges neutral at 0 and shows the first error without scrolling at 450×800", async () => {
    const totals = page.getByRole("region", { name: "检查结果汇总" });
    const background = (label: string) => totals.getByText(label, { exact: true }).evaluate((e) => getComputedStyle(e).backgroundColor);
    await expect(background("错误 2")).resolves.not.toBe("rgba(0, 0, 0, 0)");
    await expect(background("提示 0")).resolves.toBe("rgba(0, 0, 0, 0)");
    await page.setViewportSize({ width: 450, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstError = page.locator("button[data-cell]").filter({ hasText: "错误" }).first();
    const box = (await firstError.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    await page.setViewportSize({ width: 360, height: 800 });
    // The README's picture: the result from its heading down, the 沾益 card in view.
    await checkState("check", () => page.getByRole("heading", { name: "检查结果" }).evaluate((e) => e.scrollIntoView({ block: "start" })));
  });

  it("shows the reasoning one equation per line under 查看核对过程", async () => {
    const item = page.locator("li").filter({ has: card("公开03表!D11") });
    await item.getByRole("button", { name: "▸ 查看核对过程" }).click();
    const steps = item.getByRole("list", { name: "核对过程" }).getByRole("listitem");
    await expect(steps.allTextContents()).resolves.toEqual([
      "210 卫生健康支出：本年支出合计 465.22 ≠ 基本支出 465.22 + 项目支出 63.00（相差 63.00）",
      "合计（基本支出）：合计 473.92 ≠ 208 社会保障和就业支出 44.26 + 210 卫生健康支出 465.22 + 221 住房保障支出 27.44（相差 63.00）",
      "210 卫生健康支出（基本支出）：210 卫生健康支出 465.22 ≠ 21011 行政事业单位医疗 23.11 + 21015 医疗保障管理事务 379.11（相差 63.00）",
    ]);
    await checkState("steps", () => card("公开03表!D11").evaluate((e) => e.scrollIntoView({ block: "start" })));
    await item.getByRole("button", { name: "▾ 收起核对过程" }).click();
    await expect(steps.count()).resolves.toBe(0);
  });

  it("opens the grid under the clicked card without moving it: header and code/name columns frozen, merges merged, the cell centred", async () => {
    await card("公开03表!D11").scrollIntoViewIfNeeded();
    const before = (await card("公开03表!D11").boundingBox())!.y;
    await card("公开03表!D11").click();
    const grid = page.getByTestId("sheet-grid");
    const d11 = grid.locator('td[data-address="D11"]');
    await d11.waitFor();
    expect((await card("公开03表!D11").boundingBox())!.y).toBeCloseTo(before, 0);
    await expect(d11.getAttribute("data-selected")).resolves.toBe("true");
    await expect(d11.getAttribute("data-mark")).resolves.toBe("error");
    await expect(d11.textContent()).resolves.toBe("465.22");
    await expect(grid.locator('td[data-address="B11"]').textContent()).resolves.toBe("卫生健康支出");
    // Header rows 4–6 of 公开03表 frozen; 项目 spans A4:B4, 基本支出 spans D4:D5.
    await expect(grid.locator('thead td[data-address="A4"]').getAttribute("colspan")).resolves.toBe("2");
    await expect(grid.locator('thead td[data-address="D4"]').getAttribute("rowspan")).resolves.toBe("2");
    await expect(grid.locator('thead td[data-address="D4"]').textContent()).resolves.toBe("基本支出");
    const geometry = () =>
      grid.getByRole("region", { name: "工作表预览（只读）" }).evaluate((scroller) => {
        const rect = (selector: string) => scroller.querySelector(selector)!.getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        const head = rect("thead");
        const name = rect('td[data-address="B11"]');
        const cell = rect('td[data-address="D11"]');
        return {
          visibleFrom: name.right,
          visibleTo: box.left + scroller.clientWidth,
          headBottom: head.bottom,
          bodyBottom: box.top + scroller.clientHeight,
          cell: { left: cell.left, right: cell.right, top: cell.top, bottom: cell.bottom },
          total: { left: rect('td[data-address="C11"]').left, right: rect('td[data-address="C11"]').right },
          codeLeft: rect('td[data-address="A11"]').left - box.left,
        };
      });
    const g = await geometry();
    // In what the frozen parts leave visible, with the equation's total (C11 本年支出合计) beside it.
    expect(g.cell.left).toBeGreaterThanOrEqual(g.visibleFrom - 1);
    expect(g.cell.right).toBeLessThanOrEqual(g.visibleTo + 1);
    expect(g.total.left).toBeGreaterThanOrEqual(g.visibleFrom - 1);
    expect(g.total.right).toBeLessThanOrEqual(g.visibleTo + 1);
    expect(g.cell.top).toBeGreaterThanOrEqual(g.headBottom - 1);
    expect(g.cell.bottom).toBeLessThanOrEqual(g.bodyBottom + 1);
    await checkState("grid", () => card("公开03表!D11").evaluate((e) => e.scrollIntoView({ block: "start" })));
    // Scrolled to the far right, the code and name columns stay where they were.
    await grid.getByRole("region", { name: "工作表预览（只读）" }).evaluate((s) => (s.scrollLeft = s.scrollWidth));
    expect((await geometry()).codeLeft).toBeCloseTo(g.codeLeft, 0);
  });

  it("keeps a card below in place when the grid above it closes", async () => {
    await card("公开07表!G16").scrollIntoViewIfNeeded();
    const before = (await card("公开07表!G16").boundingBox())!.y;
    await card("公开07表!G16").click();
    await page.getByTestId("sheet-grid").locator('td[data-address="G16"][data-selected]').waitFor();
    expect((await card("公开07表!G16").boundingBox())!.y).toBeCloseTo(before, 0);
    expect(await page.getByTestId("sheet-grid").count()).toBe(1);
  });

  it("selects a finding with the keyboard (Enter)", async () => {
    await card("公开03表!D11").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("sheet-grid").locator('td[data-address="D11"][data-selected]').waitFor();
  });

  it("filters the list by severity and by a table chosen in the summary", async () => {
    const all = await page
      .locator("button[data-cell]")
      .evaluateAll((cards) => cards.map((c) => `${c.getAttribute("data-severity")} ${c.getAttribute("data-cell")}`));
    expect(all).toHaveLength(8);
    await page.getByRole("checkbox", { name: "错误" }).uncheck();
    await cardsAre(all.filter((c) => !c.startsWith("error")));
    await page.getByRole("checkbox", { name: "错误" }).check();
    await cardsAre(all);
    await page.getByRole("button", { name: /^▸ 按表查看问题数/ }).click();
    await page.getByRole("button", { name: "支出决算表 · 公开03表" }).click();
    await cardsAre(["error 公开03表!D11"]);
    await page.getByRole("button", { name: "显示全部表的问题" }).click();
    await cardsAre(all);
  });

  it("opens each gap's field in the text, where the gap stands", async () => {
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByRole("button", { name: "生成说明" }).click();
    const preview = page.getByRole("article", { name: "说明预览" });
    await preview.waitFor();
    await preview.getByRole("button", { name: /^部门概况/ }).click(); // the first chapter (部门概况, 设置) folded
    await preview.getByRole("button", { name: /^一、收入支出决算总体情况说明/ }).click();
    const prior = await openGap(preview, "上年收支总计");
    await expect(prior.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await (await openGap(preview, "收、支总计 变动原因")).fill("人员增加");
    const editor = preview.getByRole("group", { name: "填写：收、支总计 变动原因" });
    await editor.getByRole("button", { name: "完成" }).click();
    await expect(preview.innerText()).resolves.toContain("主要变动原因是：人员增加。");
    await expect(preview.innerText()).resolves.not.toContain(KNOWN_SENTENCE); // only the first chapter is open
    await preview.getByRole("button", { name: "全部展开" }).click();
    await previewShows(KNOWN_SENTENCE, true);
    await preview.getByRole("button", { name: /^三、支出决算情况说明/ }).click();
    await previewShows(KNOWN_SENTENCE, false); // the chapter collapsed
    await checkState("narrative", () => page.evaluate(() => window.scrollTo(0, 0)));
  });

  it("fills prior-year figures from last year's workbook and compares with them", async () => {
    await page.getByLabel("上年工作簿").setInputFiles(PRIOR_FIXTURE);
    await page.getByText("已从“prior-2022-zhanyi.xlsx”读取").waitFor();
    await page.getByText("再次检查时将核对本年年初结转和结余与上年年末数").waitFor(); // the workbook also feeds the next check
    await expect((await allFields()).getByRole("textbox", { name: "上年收支总计", exact: true }).inputValue()).resolves.toBe("483.23");
    await page.getByRole("button", { name: "重新生成" }).click();
    await page.getByRole("article", { name: "说明预览" }).getByRole("button", { name: "全部展开" }).click();
    const preview = await page.getByRole("article", { name: "说明预览" }).innerText();
    expect(preview).toContain("与2022年度相比，收、支总计增加53.69万元，增长11.11%。");
    expect(preview).not.toContain("【缺：上年收支总计】");
  });

  it("takes the 政府采购 figures in the list of all fields and computes their shares; downloads the text as Word", async () => {
    const form = await allFields();
    await form.getByRole("textbox", { name: "政府采购支出总额" }).fill("80");
    await form.getByRole("textbox", { name: "授予中小企业合同金额" }).fill("20");
    await page.getByRole("button", { name: "重新生成" }).click();
    const preview = page.getByRole("article", { name: "说明预览" });
    await preview.getByText("授予中小企业合同金额20.00万元").first().waitFor(); // both figures are in: the text is rewritten on the engine worker after each field
    const expand = preview.getByRole("button", { name: "全部展开" });
    if (await expand.count()) await expand.click();
    const text = await preview.innerText();
    expect(text).toContain("政府采购支出总额80.00万元");
    expect(text).toContain("授予中小企业合同金额20.00万元，占政府采购支出总额的25.00%");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载 Word" }).click()]);
    expect(download.suggestedFilename()).toBe("曲靖市沾益区医疗保障局2023年度部门决算情况说明.docx");
    const bytes = readFileSync((await download.path())!);
    const document = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]);
    expect(document).toContain("政府采购支出总额80.00万元");
  });

  it("inserts the text, typed words in place, into an in-memory 情况说明 sheet", async () => {
    await (await allFields()).getByRole("textbox", { name: "收、支总计 变动原因", exact: true }).fill("人员增加");
    await page.getByRole("button", { name: "插入到工作表" }).click();
    await page.getByText("已写入“情况说明”A1:A").waitFor();
  });

  it("shows the settings in Chinese, the rule notation under 高级 with an example", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("radio", { name: "100 分" }).waitFor();
    await page.getByRole("button", { name: /^高级/ }).click();
    await expect(page.getByLabel("规则示例").textContent()).resolves.toContain("for each row of 支出决算表");
    await checkState("settings");
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
    const text = copy.getWorksheet("情况说明")!.getColumn(1).values.map(String);
    expect(text[1]).toBe("部门概况");
    const first = text.indexOf("一、收入支出决算总体情况说明");
    expect(first).toBeGreaterThan(1);
    expect(text[first + 1]).toContain("收、支总计增加53.69万元");
    expect(text[first + 1]).toContain("主要变动原因是：人员增加。");
    // made in the page by editing the package: every part but the marked sheets, styles, workbook and lists keeps its bytes
    const before = unzipSync(readFileSync(FIXTURE));
    const after = unzipSync(bytes);
    const touched = /^(\[Content_Types\]\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/workbook\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
    const kept = Object.keys(before).filter((name) => !touched.test(name));
    expect(kept.length).toBeGreaterThan(3);
    for (const name of kept) expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([name, true]);
  });

  it("reports an unreadable file in a message bar", async () => {
    await open({ name: "notes.xlsx", mimeType: "text/plain", buffer: Buffer.from("不是工作簿") });
    await page.getByRole("tabpanel").getByText("不是 .xlsx 工作簿", { exact: false }).waitFor();
    await expect(announcement()).resolves.toMatch(/^检查未完成：/);
    await checkState("error");
  });
});

describe("app.html with other workbooks", () => {
  it("says why nothing was checked for a workbook without any disclosure table — never 未发现问题", async () => {
    await open({ name: "台账.xlsx", mimeType: "application/octet-stream", buffer: await ledgerWorkbook() });
    await expect(announcement()).resolves.toBe("检查完成：没有找到可以核对的表或说明");
    const message = page.getByTestId("nothing-checkable");
    await expect(message.textContent()).resolves.toMatch(/台账!A1:C3：.*没有找到.*表名/); // where, and why recognition passed it over
    await expect(message.textContent()).resolves.toContain("本工具可以核对：部门决算公开表");
    await expect(page.getByText("未发现问题").count()).resolves.toBe(0);
    await checkState("no-table");
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByText("没有可以生成说明的表").waitFor();
    await expect(page.getByRole("button", { name: "生成说明" }).count()).resolves.toBe(0);
    await page.getByRole("tab", { name: "检查" }).click();
  });

  it("names an area it could not read beside the tables it read (sheet, range, why)", async () => {
    await open({ name: "沾益加台账.xlsx", mimeType: "application/octet-stream", buffer: await withLedger(readFileSync(FIXTURE)) });
    await page.getByText(/^已识别 \d+ 张表.*未识别 1 处/).waitFor();
    const unread = page.getByRole("list", { name: "未识别的区域" });
    await expect(unread.textContent()).resolves.toMatch(/^未识别：台账 A1:C3——.*表名/);
  });

  it("lists the 达州 budget's rounding tails as warnings that never say 应为", async () => {
    await open(BUDGET_FIXTURE);
    await expect(announcement()).resolves.toMatch(/^检查完成：错误 0 项，警告 \d+ 项，尾差 \d+ 项$/);
    const rounding = page.locator("li").filter({ has: page.locator("button[data-cell]", { hasText: "尾差" }) });
    expect(await rounding.count()).toBeGreaterThanOrEqual(5);
    for (const item of await rounding.all()) {
      const toggle = item.getByRole("button", { name: "▸ 查看核对过程" });
      if (await toggle.count()) await toggle.click();
      const text = await item.textContent();
      expect(text).toContain("四舍五入尾差");
      expect(text).not.toContain("应为");
    }
    await expect(card("表1-2!F9").getByTestId("finding-headline").textContent()).resolves.toContain("差 0.01（四舍五入尾差），无需修改");
    await checkState("rounding", () => card("表1-2!F9").evaluate((e) => e.scrollIntoView({ block: "start" })));
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

/** A ledger an accountant might open by mistake: names and amounts, no disclosure title, no 说明. */
async function ledgerWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("台账");
  sheet.addRow(["日期", "摘要", "金额"]);
  sheet.addRow(["2023-03-01", "办公用品", 1250.5]);
  sheet.addRow(["2023-03-09", "差旅费", 3200]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A disclosure workbook with the ledger's rows added on a sheet of their own. */
async function withLedger(bytes: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = book.addWorksheet("台账");
  sheet.addRow(["日期", "摘要", "金额"]);
  sheet.addRow(["2023-03-01", "办公用品", 1250.5]);
  sheet.addRow(["2023-03-09", "差旅费", 3200]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A sentence the standard 决算 template writes for this workbook. */
const KNOWN_SENTENCE = "2023年度本年支出合计536.92万元，其中：基本支出473.92万元，占88.27%；项目支出63.00万元，占11.73%。";
