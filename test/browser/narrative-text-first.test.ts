import path from "path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./pane-browser";
import { checkDeadlineState, openAppPage, openWorkbook, type AppPage } from "./support/app-page";
import { describeReal, REAL_FOLDER } from "../support/real-documents";

/**
 * 说明, the text first (issue 22 point 4), in the standalone page at 320 and 450 px: each gap of the text opens its
 * field right where it stands, labelled with its item; Enter goes on to the next open gap, Esc puts back what was
 * there; 下一处待填写 walks the open gaps; what is typed survives a reload. Run after `npm run build`.
 */
const FIXTURE = path.join(ROOT, "test/fixtures/final-2023-zhanyi.xlsx");

jest.setTimeout(120_000);

let app: AppPage;
let page: Page;

async function generate(file: string): Promise<Locator> {
  await openWorkbook(page, file);
  await page.getByRole("tab", { name: "说明" }).click();
  await page.getByRole("button", { name: /^(生成说明|重新生成)$/ }).click();
  const preview = page.getByRole("article", { name: "说明预览" });
  await preview.waitFor();
  const expand = preview.getByRole("button", { name: "全部展开", exact: true });
  if (await expand.count()) await expand.click();
  return preview;
}

/** The gaps' controls of one chapter (by the start of its title): their accessible names. */
async function gapNames(preview: Locator, chapter: RegExp): Promise<string[]> {
  const panel = preview.getByRole("heading", { name: chapter }).locator("xpath=ancestor::div[contains(@class,'fui-AccordionItem')][1]");
  return panel.locator("[data-gap-place]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
}

/** The control of a gap by its field's label. */
const gap = (within: Locator, label: string) => within.locator(`[data-gap-place][aria-label^="${label}："]`);

const focused = () =>
  page.evaluate(() => ({
    label: document.activeElement?.closest("[data-gap-editor]")?.getAttribute("data-gap-editor") ?? "",
    tag: document.activeElement?.tagName ?? "",
  }));

beforeAll(async () => {
  app = await openAppPage();
  page = app.page;
});

afterAll(() => app?.close());

describe("the text first (final-2023-zhanyi)", () => {
  let preview: Locator;
  const REASON = "退休人员增加，社保缴费基数调整。";

  beforeAll(async () => {
    preview = await generate(FIXTURE);
  });

  it("shows no form of all fields above the text: the fields are folded under 全部待填写项", async () => {
    await expect(page.getByRole("region", { name: "补充数字和文字" }).count()).resolves.toBe(0);
    const list = page.getByRole("button", { name: /^全部待填写项（\d+）$/ });
    await expect(list.getAttribute("aria-expanded")).resolves.toBe("false");
    expect((await list.boundingBox())!.y).toBeGreaterThan((await preview.boundingBox())!.y);
  });

  it("opens a gap's field in the text, right where the gap stands, and writes what is typed there once", async () => {
    const chip = gap(preview, "收、支总计 变动原因");
    const paragraph = chip.locator("xpath=..");
    await chip.click();
    const editor = preview.getByRole("group", { name: "填写：收、支总计 变动原因", exact: true });
    const box = (await editor.boundingBox())!;
    const inside = (await editor.locator("xpath=..").boundingBox())!;
    await expect(editor.locator("xpath=..").evaluate((e) => e.textContent)).resolves.toContain("主要变动原因是：");
    expect(box.y).toBeGreaterThanOrEqual(inside.y);
    expect(box.y + box.height).toBeLessThanOrEqual(inside.y + inside.height + 1);
    expect(box.x).toBeGreaterThanOrEqual(inside.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(inside.x + inside.width + 1);
    const field = editor.getByRole("textbox", { name: "收、支总计 变动原因", exact: true });
    await expect(field.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await checkDeadlineState(page, "text-first-editor", () => editor.evaluate((e) => e.scrollIntoView({ block: "center" })));
    await field.fill(REASON);
    await field.press("Enter");
    await expect(paragraph.count()).resolves.toBe(1);
    const text = await preview.innerText();
    expect(text).toContain("主要变动原因是：退休人员增加，社保缴费基数调整。");
    expect(text).not.toContain("调整。。");
    expect(text.split(REASON.slice(0, -1)).length).toBe(2); // once
    const next = await focused();
    expect(next.label).not.toBe("");
    expect(next.label).not.toContain("收、支总计·");
  });

  it("puts back what was there on Esc", async () => {
    await page.keyboard.press("Escape"); // the next gap's field, opened by Enter
    const before = await preview.innerText();
    await gap(preview, "收、支总计 变动原因").click();
    const field = preview.getByRole("textbox", { name: "收、支总计 变动原因", exact: true });
    await field.fill("不要的字");
    await field.press("Escape");
    await expect(page.locator("[data-gap-editor]").count()).resolves.toBe(0);
    await expect(preview.innerText()).resolves.toBe(before);
    await expect(page.evaluate(() => document.activeElement?.hasAttribute("data-gap-place"))).resolves.toBe(true);
  });

  it("names the item in every label: the 三公 reasons are told apart", async () => {
    const names = (await gapNames(preview, /^七、财政拨款“三公”经费支出决算情况说明/)).filter((n) => n.includes("原因"));
    expect(names.map((n) => n.replace(/：.*$/, ""))).toEqual(["“三公”经费 变动原因", "公务用车购置及运行维护费 变动原因", "公务接待费 变动原因"]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("takes a figure where its gap stands: a bad one says why, a good one writes the text again", async () => {
    await gap(preview, "上年收支总计").first().click();
    const field = preview.getByRole("textbox", { name: "上年收支总计", exact: true });
    await field.fill("12.3.4");
    await field.press("Enter");
    await page.getByText("“12.3.4”不是可识别的数字，请填写如 512.30；此项暂不写入说明").waitFor();
    await field.fill("４８３．２３");
    await field.press("Enter");
    await page.waitForFunction(() => document.querySelector("article")?.textContent?.includes("收、支总计增加53.69万元，增长11.11%"));
    await expect(gap(preview, "收、支总计 变动原因").innerText()).resolves.toBe("退休人员增加，社保缴费基数调整");
  });

  it("says where a figure the tables lack comes from, with the workbook to read it from", async () => {
    await gap(preview, "行政运行（2101501）年初预算数").click();
    const editor = preview.getByRole("group", { name: "填写：行政运行（2101501）年初预算数", exact: true });
    await expect(editor.innerText()).resolves.toContain("请读取本年预算公开表");
    await editor.getByRole("button", { name: "读取预算公开表…", exact: true }).waitFor();
    await expect(editor.getByRole("button", { name: "下一处", exact: true }).evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await checkDeadlineState(page, "text-first-missing", () => editor.evaluate((e) => e.scrollIntoView({ block: "center" })));
    await page.keyboard.press("Escape");
    await expect(editor.count()).resolves.toBe(0);
  });

  it("goes to the next open gap with 下一处待填写, its field focused", async () => {
    const next = page.getByRole("button", { name: /^下一处待填写（\d+）$/ });
    const count = Number((await next.innerText()).match(/\d+/)![0]);
    await next.click();
    const first = await focused();
    expect(["TEXTAREA", "INPUT", "BUTTON"]).toContain(first.tag);
    expect(first.label).not.toBe("");
    await page.keyboard.press("Escape");
    await next.click();
    const second = await focused();
    expect(second.label).not.toBe(first.label); // on from the gap left with Esc
    await page.keyboard.type(second.tag === "INPUT" ? "100" : "人员经费增加");
    await page.keyboard.press("Enter");
    const after = await focused();
    expect(after.label).not.toBe(second.label);
    await page.keyboard.press("Escape");
    if (second.tag === "TEXTAREA") await expect(next.innerText()).resolves.toBe(`下一处待填写（${count - 1}）`);
    await checkDeadlineState(page, "text-first-filled", () => page.evaluate(() => window.scrollTo(0, 0)));
  });

  it("lists every field, named as in the text, under 全部待填写项 for those who prefer a form", async () => {
    const header = page.getByRole("button", { name: /^全部待填写项（\d+）$/ });
    await header.click();
    const list = header.locator("xpath=ancestor::div[contains(@class,'fui-AccordionItem')][1]");
    await expect(list.getByRole("textbox", { name: "收、支总计 变动原因", exact: true }).inputValue()).resolves.toBe(REASON);
    await expect(list.getByRole("textbox", { name: "上年收支总计", exact: true }).inputValue()).resolves.toBe("４８３．２３"); // typed earlier, to correct
    await list.getByRole("textbox", { name: "公务接待费 变动原因", exact: true }).waitFor();
    await checkDeadlineState(page, "text-first-list", () => header.evaluate((e) => e.scrollIntoView({ block: "start" })));
    await header.click();
  });

  it("finds the typed words and figures again after a reload", async () => {
    await page.waitForTimeout(1200); // kept a moment after typing stops
    page = await app.context.newPage();
    await page.goto(app.url);
    preview = await generate(FIXTURE);
    await expect(gap(preview, "收、支总计 变动原因").innerText()).resolves.toBe("退休人员增加，社保缴费基数调整");
    await expect(preview.innerText()).resolves.toContain("收、支总计增加53.69万元，增长11.11%");
  });
});

describeReal("the text first on a real workbook (final-2024-putuo-ghzy)", () => {
  it("labels every gap of the 三公 chapter with its item, no two alike", async () => {
    const preview = await generate(path.join(REAL_FOLDER, "final-2024-putuo-ghzy.xlsx"));
    const names = await gapNames(preview, /^七、/);
    const reasons = names.filter((n) => n.includes("原因")).map((n) => n.replace(/：.*$/, ""));
    expect(reasons).toEqual(["“三公”经费预决算差异 原因", "“三公”经费 变动原因", "公务接待费 变动原因"]);
    await gap(preview, "公务接待费 变动原因").click();
    await preview.getByRole("textbox", { name: "公务接待费 变动原因", exact: true }).waitFor();
    await checkDeadlineState(page, "text-first-real", () =>
      preview.getByRole("group", { name: "填写：公务接待费 变动原因", exact: true }).evaluate((e) => e.scrollIntoView({ block: "center" })),
    );
  });
});
