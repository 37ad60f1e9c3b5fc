import { existsSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { captureState, DEADLINE_SIZES, ROOT, seriousViolations } from "./pane-browser";
import { openAppPage, openWorkbook, type AppPage } from "./support/app-page";

/**
 * The grid keeps its context and follows the keyboard, in the standalone page at 320×700 and 450×800: the code and
 * name columns of the cell's own block, the equation's columns in view, a 绩效 indicator's name beside its value,
 * a text finding's words marked in its paragraph; 上一个/下一个 and Alt+↑/Alt+↓. Run after `npm run build`.
 */
const FINAL = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");
const BUDGET = path.join(ROOT, "test/fixtures/budget-2023-dazhou.xlsx");
const REAL = path.join(ROOT, "..", "shared", "real");
const GHZY = path.join(REAL, "final-2024-putuo-ghzy.xlsx");
const CZJ = path.join(REAL, "final-2024-putuo-czj-test.xlsx");
const maybe = existsSync(GHZY) && existsSync(CZJ) ? it : it.skip;

jest.setTimeout(120_000);

let app: AppPage;
let page: Page;

beforeAll(async () => {
  app = await openAppPage();
  page = app.page;
});

afterAll(() => app?.close());

const card = (place: string) => page.locator(`button[data-cell="${place}"]`).first();
const grid = () => page.getByTestId("sheet-grid");
const scroller = () => grid().getByRole("region", { name: "工作表预览（只读）" });

/** Opens a card's grid and waits for its cell. */
async function open(place: string): Promise<void> {
  await card(place).scrollIntoViewIfNeeded();
  await card(place).click();
  await grid()
    .locator(`td[data-address="${place.split("!")[1]}"][data-selected]`)
    .waitFor();
}

interface Geometry {
  /** Right edge of the frozen columns (row numbers included), and of what the grid shows. */
  frozenRight: number;
  visibleRight: number;
  /** Each asked cell's left and right edge on screen. */
  cells: Record<string, { left: number; right: number }>;
  /** Addresses of the frozen cells on the selected cell's row. */
  frozen: string[];
}

function geometry(addresses: string[]): Promise<Geometry> {
  return scroller().evaluate((s, wanted) => {
    const box = s.getBoundingClientRect();
    const row = s.querySelector("td[data-selected]")!.parentElement!;
    const frozenCells = [...row.querySelectorAll<HTMLElement>("th, td[data-frozen]")];
    const cells: Record<string, { left: number; right: number }> = {};
    for (const a of wanted) {
      const r = s.querySelector(`td[data-address="${a}"]`)!.getBoundingClientRect();
      cells[a] = { left: r.left, right: r.right };
    }
    return {
      frozenRight: Math.max(...frozenCells.map((e) => e.getBoundingClientRect().right)),
      visibleRight: box.left + s.clientLeft + s.clientWidth,
      cells,
      frozen: frozenCells.flatMap((e) => e.getAttribute("data-address") ?? []),
    };
  }, addresses);
}

/** The cell is drawn in the part of the grid the frozen columns leave visible. */
function expectInView(g: Geometry, address: string): void {
  expect(g.cells[address].left).toBeGreaterThanOrEqual(g.frozenRight - 1);
  expect(g.cells[address].right).toBeLessThanOrEqual(g.visibleRight + 1);
}

async function atEachSize(check: (size: { width: number; height: number }) => Promise<void>): Promise<void> {
  for (const size of DEADLINE_SIZES) {
    await page.setViewportSize(size);
    await check(size);
  }
}

const frozenCellWidth = (address: string) =>
  grid()
    .locator(`td[data-frozen][data-address="${address}"]`)
    .evaluate((e) => e.getBoundingClientRect().width);
const frozenText = (address: string) => grid().locator(`td[data-frozen][data-address="${address}"]`).textContent();

describe("the grid keeps context", () => {
  it("freezes the code and name of the finding's own block (沾益 公开07表 G16: the third of four blocks), the first blocks scrolled past", async () => {
    await openWorkbook(page, FINAL);
    await atEachSize(async () => {
      await open("公开07表!G16");
      const g = await geometry(["G16", "H16"]);
      expect(g.frozen).toEqual(["G16", "H16"]);
      await expect(frozenText("G16")).resolves.toBe("20921");
      // the frozen block stands at the left edge (after the row numbers), not where the sheet has it
      const rowNumberRight = await scroller().evaluate(
        (s) => s.querySelector("td[data-selected]")!.parentElement!.querySelector("th")!.getBoundingClientRect().right,
      );
      expect(g.cells.G16.left).toBeCloseTo(rowNumberRight, 0);
    });
    await captureState(page, "grid-block", () => card("公开07表!G16").evaluate((e) => e.scrollIntoView({ block: "start" })), DEADLINE_SIZES);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the columns the equation uses beside the cell (达州 表3 F9 = its parts, against G9), never behind the frozen ones", async () => {
    await openWorkbook(page, BUDGET);
    await atEachSize(async () => {
      await open("表3!F9");
      const g = await geometry(["F9", "G9"]);
      expect(g.frozen).toEqual(["B9", "C9", "D9", "E9"]); // 类 款 项, 单位代码 … 单位名称
      expectInView(g, "F9");
      expectInView(g, "G9");
      // the names are cut (a narrow grid at both sizes): G's header (当年财政拨款安排, over three header rows) is drawn in
      // lines, every word shown
      const header = await grid()
        .locator('thead td[data-address="G4"]')
        .evaluate((e) => {
          const words = e.querySelector("span") ?? e;
          return { text: e.textContent, cut: words.scrollHeight > words.clientHeight + 1 || words.scrollWidth > words.clientWidth + 1, lines: words !== e };
        });
      expect(header).toEqual({ text: "当年财政拨款安排", cut: false, lines: true });
      // the names stay readable: at least two characters and “…” of 单位名称 (E) beside the codes
      expect((await frozenCellWidth("E9")) / 12).toBeGreaterThanOrEqual(4 - 0.1);
    });
    await captureState(page, "grid-equation", () => card("表3!F9").evaluate((e) => e.scrollIntoView({ block: "start" })), DEADLINE_SIZES);
  });

  it("shows a 绩效 indicator's name (三级指标, C) beside its value (沾益 项目绩效自评 I21)", async () => {
    await openWorkbook(page, FINAL);
    await atEachSize(async () => {
      await open("项目绩效自评!I21");
      const g = await geometry(["I21"]);
      expect(g.frozen).toEqual(["C21"]);
      await expect(frozenText("C21")).resolves.toBe("推行医保支付方式改革和DRG试点");
      expectInView(g, "I21");
      await expect(grid().locator('thead td[data-address="C13"]').textContent()).resolves.toBe("三级指标");
    });
    await captureState(page, "grid-indicator", () => card("项目绩效自评!I21").evaluate((e) => e.scrollIntoView({ block: "start" })), DEADLINE_SIZES);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("marks a text finding's words in its paragraph (达州 情况说明 A21: the 项 name the table lacks)", async () => {
    await openWorkbook(page, BUDGET);
    await card("情况说明!A21").click();
    const excerpt = page.getByTestId("text-excerpt");
    await expect(excerpt.locator("mark").allTextContents()).resolves.toEqual(["行政单位公务员医疗补助（项）"]);
    await expect(excerpt.innerText()).resolves.toContain("行政单位公务员医疗补助（项）");
    await captureState(page, "text-excerpt", () => card("情况说明!A21").evaluate((e) => e.scrollIntoView({ block: "start" })), DEADLINE_SIZES);
    expect(await seriousViolations(page)).toEqual([]);
  });

  maybe("on the real 普陀 workbooks: the 公用经费 block's code and name, the 支出 side's 项目, the share marked in 情况说明", async () => {
    await openWorkbook(page, GHZY);
    await atEachSize(async (size) => {
      // 一般公共预算财政拨款基本支出决算表: 人员经费 (A–C) ‖ 公用经费 (D 编码, E 名称, F 决算数)
      await open("一般公共预算财政拨款基本支出决算表!F4");
      expect((await geometry(["F4"])).frozen).toEqual(["D4", "E4"]);
      await expect(frozenText("E4")).resolves.toBe("商品和服务支出");
      // 财政拨款收入支出决算总表: 收入 (A 项目, B 金额) ‖ 支出 (C 项目, D 合计, E 一般公共预算 …); D29 = Σ D5:D28 against E29
      await open("财政拨款收入支出决算总表!D29");
      const g = await geometry(["D29", "E29"]);
      expect(g.frozen).toEqual(["C29"]);
      expectInView(g, "D29");
      // E's header (一般公共预算财政拨款) is wider than what 320 px leave beside 项目 and 合计
      if (size.width >= 450) expectInView(g, "E29");
    });
    await openWorkbook(page, CZJ);
    await card("情况说明!A14").click();
    await expect(page.getByTestId("text-excerpt").locator("mark").allTextContents()).resolves.toEqual(["71.73%"]);
  });
});

describe("next and previous finding", () => {
  const cards = () => page.locator("button[data-cell]");
  const position = () => page.getByTestId("finding-position").textContent();
  const selectedCell = () => page.locator('button[data-cell][aria-pressed="true"]').getAttribute("data-cell");
  const bar = () => page.getByRole("toolbar", { name: "逐个查看问题" });

  /** The grid (or the paragraph) shows the selected card's cell. */
  async function gridFollows(place: string): Promise<void> {
    const [, cell] = place.split("!");
    if (!cell) return;
    const shown = page.locator(`[data-testid="sheet-grid"] td[data-address="${cell}"][data-selected], [data-testid="text-excerpt"]`);
    await shown.first().waitFor();
  }

  it("moves through the findings in the list's order with 下一个/上一个, the grid with them, the card in view", async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openWorkbook(page, FINAL);
    const order = await cards().evaluateAll((all) => all.map((c) => c.getAttribute("data-cell")!));
    expect(order).toHaveLength(8);
    await expect(position()).resolves.toBe(`– / ${order.length}`);
    for (let i = 0; i < order.length; i++) {
      await bar().getByRole("button", { name: "下一个 ↓" }).click();
      await expect(position()).resolves.toBe(`${i + 1} / ${order.length}`);
      await expect(selectedCell()).resolves.toBe(order[i]);
      await gridFollows(order[i]);
      const box = (await page.locator('button[data-cell][aria-pressed="true"]').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(700);
    }
    await expect(bar().getByRole("button", { name: "下一个 ↓" }).getAttribute("aria-disabled")).resolves.toBe("true");
    await bar().getByRole("button", { name: "↑ 上一个" }).click();
    await expect(selectedCell()).resolves.toBe(order[order.length - 2]);
    // the bar stays in view while the list scrolls
    const barBox = (await bar().boundingBox())!;
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(701);
    await captureState(page, "finding-steps", undefined, DEADLINE_SIZES);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("moves with Alt+↓ / Alt+↑, and a card that had the focus hands it to the next card", async () => {
    const order = await cards().evaluateAll((all) => all.map((c) => c.getAttribute("data-cell")!));
    await card(order[1]).click();
    await card(order[1]).focus();
    await page.keyboard.press("Alt+ArrowDown");
    await expect(selectedCell()).resolves.toBe(order[2]);
    await gridFollows(order[2]);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).resolves.toBe(order[2]);
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("Alt+ArrowUp");
    await expect(selectedCell()).resolves.toBe(order[0]);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).resolves.toBe(order[0]);
    await expect(position()).resolves.toBe(`1 / ${order.length}`);
  });

  it("leaves the keys to a text field (the 已说明 text of a warning): the selection stays", async () => {
    const warning = await page.locator('button[data-cell][data-severity="warning"]').first().getAttribute("data-cell");
    await card(warning!).click();
    await page.getByRole("radio", { name: "已说明" }).check();
    const field = page.getByRole("textbox", { name: "说明（写入审核报告）" });
    await field.focus();
    await page.keyboard.press("Alt+ArrowDown");
    await expect(selectedCell()).resolves.toBe(warning);
    await expect(field.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.getByRole("radio", { name: "未处理" }).check();
  });

  it("follows the filters: with 错误 only, 下一个 goes from error to error", async () => {
    await page.getByRole("group", { name: "筛选" }).getByRole("checkbox", { name: "警告" }).uncheck();
    await page.waitForFunction(() => document.querySelectorAll("button[data-cell]").length < 8); // the list is drawn again after the filter
    const order = await cards().evaluateAll((all) => all.map((c) => c.getAttribute("data-cell")!));
    expect(order.length).toBeLessThan(8);
    await expect(position()).resolves.toMatch(new RegExp(` / ${order.length}$`));
    await page.getByRole("group", { name: "筛选" }).getByRole("checkbox", { name: "警告" }).check();
  });
});
