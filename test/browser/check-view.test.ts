import { existsSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./pane-browser";
import { checkDeadlineState, openAppPage, openWorkbook, type AppPage } from "./support/app-page";

/**
 * 检查 as an accountant reads it under a deadline, in the standalone page at 320×700 and 450×800: 尾差 apart from
 * 警告, the public's two figures said as such. Run after `npm run build`.
 */
const BUDGET = path.join(ROOT, "test/fixtures/budget-2023-dazhou.xlsx");
const REAL = path.join(ROOT, "..", "shared", "real");
const GHZY = path.join(REAL, "final-2024-putuo-ghzy.xlsx");
const maybe = existsSync(GHZY) ? it : it.skip;

jest.setTimeout(90_000);

let app: AppPage;
let page: Page;

beforeAll(async () => {
  app = await openAppPage();
  page = app.page;
});

afterAll(() => app?.close());

const totals = () => page.getByRole("region", { name: "检查结果汇总" });
const cardClasses = () => page.locator("button[data-cell]").evaluateAll((cards) => cards.map((c) => c.querySelector(".fui-Badge")?.textContent ?? ""));

describe("尾差 apart", () => {
  it("counts the 达州 budget's rounding tails under 尾差, not 警告, and filters them on their own", async () => {
    await openWorkbook(page, BUDGET);
    const said = (await page.getByTestId("announcer").textContent())!;
    const [, warnings, tails] = /^检查完成：错误 0 项，警告 (\d+) 项，尾差 (\d+) 项$/.exec(said)!.map(Number);
    expect(tails).toBe(10);
    await totals().getByText(`尾差 ${tails}`, { exact: true }).waitFor();
    await totals().getByText(`警告 ${warnings}`, { exact: true }).waitFor();
    const classes = await cardClasses();
    expect(classes.filter((c) => c === "尾差")).toHaveLength(tails);
    expect(classes.filter((c) => c === "警告")).toHaveLength(warnings);
    for (const name of ["错误", "警告", "提示"]) await page.getByRole("group", { name: "筛选" }).getByRole("checkbox", { name }).uncheck();
    await page.waitForFunction((n) => document.querySelectorAll("button[data-cell]").length === n, tails);
    expect(new Set(await cardClasses())).toEqual(new Set(["尾差"]));
    await checkDeadlineState(page, "tails", () => totals().evaluate((e) => e.scrollIntoView({ block: "start" })));
    for (const name of ["错误", "警告", "提示"]) await page.getByRole("group", { name: "筛选" }).getByRole("checkbox", { name }).check();
  });

  maybe("says a cross-table 0.01 of one figure printed twice (普陀 规划资源局 236.64 / 236.63) is two figures for the public", async () => {
    await openWorkbook(page, GHZY);
    const headline = await page.locator('button[data-cell="支出决算表!C13"]').first().getByTestId("finding-headline").textContent();
    expect(headline).toBe("卫生健康支出·本年支出合计 236.64 与《收入支出决算总表》210 卫生健康支出 236.63 差 0.01：两表公开数字不同，建议统一尾数");
  });
});
