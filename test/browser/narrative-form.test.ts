import { readFileSync } from "fs";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { ROOT } from "./pane-browser";
import { checkDeadlineState, openAppPage, openWorkbook, type AppPage } from "./support/app-page";

/**
 * 说明 as an accountant uses it under a deadline, in the standalone page at 320 and 450 px: figures typed as people
 * type them (in the text, where their gaps stand), a field that cannot be read marked while the others still reach
 * the text, nothing typed lost. Run after `npm run build`.
 */
const FIXTURE = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");

jest.setTimeout(90_000);

let app: AppPage;
let page: Page;

beforeAll(async () => {
  app = await openAppPage();
  page = app.page;
  await openWorkbook(page, FIXTURE);
  await page.getByRole("tab", { name: "说明" }).click();
  await page.getByRole("button", { name: "生成说明" }).click();
  await page.getByRole("article", { name: "说明预览" }).waitFor();
});

afterAll(() => app?.close());

const previewText = async () => {
  const preview = page.getByRole("article", { name: "说明预览" });
  await preview.waitFor(); // the text is written on the engine worker: it may not be there yet
  const expand = preview.getByRole("button", { name: "全部展开" });
  if (await expand.count()) await expand.click();
  return preview.innerText();
};

/** The control of a gap in the text by its field's label (“收、支总计 变动原因”). */
const gap = (label: string) => page.getByRole("article", { name: "说明预览" }).locator(`[data-gap-place][aria-label^="${label}："]`);

/** Opens a gap's field in the text, types, and leaves it with `key` (Enter: on to the next gap). */
async function typeAt(label: string, value: string, key = "Enter") {
  const expand = page.getByRole("article", { name: "说明预览" }).getByRole("button", { name: "全部展开" });
  // the text is written on the engine worker: wait for it (folded or not) before asking whether it is folded
  await gap(label).first().or(expand).first().waitFor();
  if (await expand.count()) await expand.click();
  await gap(label).first().click();
  const field = page.getByRole("article", { name: "说明预览" }).getByRole("textbox", { name: label, exact: true });
  await field.fill(value);
  await field.press(key);
  await field.waitFor({ state: "detached" }); // the text may be rewritten on the engine worker meanwhile
  const next = page.getByRole("article", { name: "说明预览" }).getByRole("textbox"); // the next gap's field, opened by Enter
  if (await next.count()) {
    await next.first().press("Escape");
    await next.first().waitFor({ state: "detached" });
  }
}

/** 全部待填写项, unfolded. */
async function allFields() {
  const header = page.getByRole("button", { name: /^全部待填写项/ });
  if ((await header.getAttribute("aria-expanded")) === "false") await header.click();
  return header.locator("xpath=ancestor::div[contains(@class,'fui-AccordionItem')][1]");
}

describe("typed figures", () => {
  it("reads full-width digits, thousands separators and 万元; marks the one it cannot read and writes the rest", async () => {
    await typeAt("上年收支总计", "４８３．２３");
    await typeAt("上年财政拨款收支总计", "12.3.4", "Tab");
    await typeAt("政府采购支出总额", "1,035.60 万元");
    await page.waitForFunction(() => document.querySelector("article")?.textContent?.includes("政府采购支出总额1035.60万元"));
    const text = await previewText();
    expect(text).toContain("与2022年度相比，收、支总计增加53.69万元，增长11.11%。"); // 536.92 − 483.23
    expect(text).toContain("政府采购支出总额1035.60万元");
    expect(text).toContain("【缺：上年财政拨款收支总计】");
    await gap("上年财政拨款收支总计").click();
    await page.getByText("“12.3.4”不是可识别的数字，请填写如 512.30；此项暂不写入说明").waitFor();
    await page.getByText("1 项数字无法识别（上年财政拨款收支总计），未写入说明，其余照常生成").waitFor();
    await checkDeadlineState(page, "typed-figures", () =>
      page.getByRole("textbox", { name: "上年财政拨款收支总计" }).evaluate((e) => e.scrollIntoView({ block: "center" })),
    );
    await page.keyboard.press("Escape");
  });
});

describe("wording", () => {
  it("writes a typed reason ending with “。” once, and frames the text with 部门概况 and 名词解释", async () => {
    await typeAt("收、支总计 变动原因", "人员增加。");
    const text = await previewText();
    expect(text).toContain("主要变动原因是：人员增加。");
    expect(text).not.toContain("人员增加。。");
    const preview = page.getByRole("article", { name: "说明预览" });
    const chapters = await preview.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(chapters[0]).toMatch(/^部门概况/);
    expect(chapters.at(-1)).toMatch(/^名词解释/);
    expect(text).toContain("（十一）机关运行经费：指为保障行政单位");
    await gap("部门主要职责").waitFor();
  });

  it("leaves 部门概况 and 名词解释 out when 设置 turns them off", async () => {
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("checkbox", { name: "包含“部门概况”和“名词解释”" }).uncheck();
    await page.getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByRole("button", { name: /生成说明|重新生成/ }).click();
    await page.waitForFunction(() => document.querySelector("article h3")?.textContent?.startsWith("一、收入支出决算总体情况说明"));
    const chapters = await page.getByRole("article", { name: "说明预览" }).getByRole("heading", { level: 3 }).allInnerTexts();
    expect(chapters.join()).not.toContain("名词解释");
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByRole("checkbox", { name: "包含“部门概况”和“名词解释”" }).check();
    await page.getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByRole("button", { name: /生成说明|重新生成/ }).click();
  });
});

describe("the right workbooks beside this one", () => {
  const PRIOR = path.join(ROOT, "test/fixtures/prior-2022-zhanyi.xlsx");
  const OTHER_UNIT = path.join(ROOT, "test/fixtures/budget-2023-dazhou.xlsx");

  it("refuses another unit's budget workbook naming both, and uses it only once the accountant confirms", async () => {
    const mismatch = page.getByTestId("workbook-mismatch");
    await page.getByLabel("本年预算公开表").setInputFiles(OTHER_UNIT);
    await expect(mismatch.innerText()).resolves.toContain(
      "“budget-2023-dazhou.xlsx”是达州市医疗保障事务中心2023年度的工作簿，本工作簿是曲靖市沾益区医疗保障局2023年度的",
    );
    await checkDeadlineState(page, "workbook-mismatch", () => mismatch.evaluate((e) => e.scrollIntoView({ block: "center" })));
    await mismatch.getByRole("button", { name: "不用这个文件" }).click();
    await expect(mismatch.count()).resolves.toBe(0);
    await expect(page.getByText(/已读取 \d+ 项年初预算数/).count()).resolves.toBe(0);
    await page.getByLabel("本年预算公开表").setInputFiles(OTHER_UNIT);
    await mismatch.getByRole("button", { name: "确认无误，仍然使用" }).click();
    await page.getByText(/^已读取 \d+ 项年初预算数（来自：budget-2023-dazhou\.xlsx）。$/).waitFor();
  });

  it("reads last year's workbook of the same unit and says where each figure came from", async () => {
    await page.getByLabel("上年工作簿").setInputFiles(PRIOR);
    await page.getByText("已从“prior-2022-zhanyi.xlsx”读取").waitFor();
    await expect(page.getByTestId("workbook-mismatch").count()).resolves.toBe(0);
    const field = (await allFields()).getByRole("textbox", { name: "上年收支总计", exact: true });
    await expect(field.inputValue()).resolves.toBe("483.23");
    const description = () =>
      field.evaluate((e) =>
        (e.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(""),
      );
    await expect(description()).resolves.toBe("来自：prior-2022-zhanyi.xlsx");
    await field.fill("500");
    await expect(description()).resolves.toBe(""); // typed over: no longer the file's figure
  });
});

describe("nothing typed is lost", () => {
  const REASON = "退休人员增加，社保缴费基数调整";

  it("keeps typed words in the downloaded marked copy and asks before the page is closed with them unsaved", async () => {
    const form = await allFields();
    await form.getByRole("textbox", { name: "收、支总计 变动原因", exact: true }).fill(REASON);
    await page.waitForTimeout(1200); // kept a moment after typing stops
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载标记后的副本" }).click()]);
    const parts = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const record = Object.entries(parts).find(([name, bytes]) => /^customXml\/item\d+\.xml$/.test(name) && strFromU8(bytes).includes("marked-copy"));
    expect(record && strFromU8(record[1])).toContain(REASON);
    await form.getByRole("textbox", { name: "收、支总计 变动原因", exact: true }).fill(`${REASON}。`);
    await page.waitForTimeout(1200);
    const asked = new Promise<string>((resolve) => page.once("dialog", (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    await expect(asked).resolves.toBe("beforeunload");
  });

  it("finds the typed words again after the page is reloaded and the same workbook opened", async () => {
    page = await app.context.newPage();
    await page.goto(app.url);
    await openWorkbook(page, FIXTURE);
    await page.getByRole("tab", { name: "说明" }).click();
    await page.getByRole("button", { name: "生成说明" }).click();
    await previewText(); // every chapter unfolded
    await expect(gap("收、支总计 变动原因").innerText()).resolves.toBe(REASON); // in the text, its “。” the text's own
    const form = await allFields();
    await expect(form.getByRole("textbox", { name: "收、支总计 变动原因", exact: true }).inputValue()).resolves.toBe(`${REASON}。`);
    await expect(form.getByRole("textbox", { name: "上年收支总计", exact: true }).inputValue()).resolves.toBe("500");
  });
});
