import { existsSync, mkdirSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { OFFICE_JS_CDN, useFakeOffice } from "./support/fake-office-script";
import type { FakeOfficeConfig, FakeOfficeRecord } from "./support/fake-office";
import { serveStatic } from "./static-server";

/**
 * The ES5 loader in Debian's chromium, in the built pages, with office-addin-mock standing in for office.js
 * (served for the CDN address): Excel 2016 (ExcelApi 1.1) and 2019 (1.8) get the message, Microsoft 365 (1.18) the
 * pane; the ribbon's functions explain in a dialog; a bundle that fails is reported, never a blank pane.
 * Run after `npm run build`. Screenshots go to test/output/.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const SHOTS = path.join(ROOT, "test", "output");

jest.setTimeout(60_000);

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "loader.js"))) throw new Error("dist/loader.js missing: run `npm run build` first");
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/**
 * A task-pane-sized page with the fake Office; `prepare` may add routes before the page loads. Waits for the load
 * event (which also waits for the scripts the loader adds before it), or only for the response with `commit`.
 */
async function open(
  file: string,
  config: FakeOfficeConfig | null,
  prepare?: (context: BrowserContext) => Promise<unknown>,
  waitUntil: "load" | "commit" = "load",
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: "zh-CN" });
  contexts.push(context);
  if (config) await useFakeOffice(context, config);
  await prepare?.(context);
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/${file}`, { waitUntil });
  return { page, context, requests, errors };
}

const message = (page: Page) => page.getByTestId("loader-message");
const fileNames = (requests: string[]) => requests.map((u) => new URL(u).pathname.split("/").pop());

describe("taskpane.html: the loader decides", () => {
  it.each([
    ["1.1", "Excel 2016"],
    ["1.8", "Excel 2019"],
  ])("ExcelApi %s (%s): explains why and what to do, and loads none of the pane", async (excelApi, name) => {
    const { page, requests } = await open("taskpane.html", { excelApi, host: "Excel" });
    await message(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("当前 Excel 版本过旧，无法运行预决算公开助手");
    const text = await message(page).textContent();
    expect(text).toContain(`此 Excel 只支持到 ExcelApi ${excelApi}`);
    expect(text).toContain("Excel 2021、Microsoft 365 或 Excel 网页版");
    expect(text).toContain(`离线网页“预决算公开助手.html”（地址：${server.url}/预决算公开助手.html`);
    expect(text).toContain("预决算公开助手 0.1.0");
    expect(fileNames(requests)).not.toContain("taskpane.js");
    expect(await page.getByRole("tab").count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, `loader-${name.replace(" ", "-").toLowerCase()}.png`) });
  });

  it("ExcelApi 1.18 (Microsoft 365): loads the pane, which renders its tabs, with no message", async () => {
    const { page, requests, errors } = await open("taskpane.html", { excelApi: "1.18", host: "Excel" });
    await page.getByRole("tab", { name: "检查" }).waitFor();
    expect(await message(page).count()).toBe(0);
    expect(fileNames(requests)).toContain("taskpane.js");
    // The .xlsx reader is not part of the first screen.
    expect(requests.filter((u) => /xlsx-reader|file-host|sheet-grid/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("office.js unreachable (an intranet without internet): says so and names the address", async () => {
    const { page } = await open("taskpane.html", null, (context) => context.route(OFFICE_JS_CDN, (route) => route.abort("internetdisconnected")));
    await message(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("无法加载 Office 脚本（office.js）");
    await expect(message(page).textContent()).resolves.toContain(`技术信息：未能加载 ${OFFICE_JS_CDN}`);
  });

  it("opened in a plain browser tab: asks for Excel and points to the offline page", async () => {
    const { page } = await open("taskpane.html", { excelApi: "1.18", host: null });
    await message(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("请在 Excel 中打开预决算公开助手");
    await expect(message(page).textContent()).resolves.toContain("预决算公开助手.html");
  });

  it("an add-in window without BigInt (Internet Explorer, old Edge): names what is missing", async () => {
    const { page, requests } = await open("taskpane.html", { excelApi: "1.18", host: "Excel" }, (context) =>
      context.addInitScript(() => delete (window as unknown as { BigInt?: unknown }).BigInt),
    );
    await message(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("此 Excel 的加载项窗口无法运行预决算公开助手");
    await expect(message(page).textContent()).resolves.toContain("技术信息：缺少：BigInt");
    expect(fileNames(requests)).not.toContain("taskpane.js");
  });

  it("a pane file that cannot be downloaded: says the pane did not start and names the file", async () => {
    const { page } = await open("taskpane.html", { excelApi: "1.18", host: "Excel" }, (context) =>
      context.route(/\/taskpane\.js$/, (route) => route.fulfill({ status: 404, body: "" })),
    );
    await message(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("预决算公开助手未能启动");
    await expect(message(page).textContent()).resolves.toContain("技术信息：无法下载 taskpane.js");
  });

  it("a pane script this browser cannot parse: says the pane did not start, with the browser's error", async () => {
    const { page } = await open("taskpane.html", { excelApi: "1.18", host: "Excel" }, (context) =>
      context.route(/\/taskpane\.js$/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "const start = ;" })),
    );
    await message(page).waitFor();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("预决算公开助手未能启动");
    await expect(message(page).textContent()).resolves.toMatch(/技术信息：.*SyntaxError/);
  });
});

/** Calls a ribbon function the way Office does (a global by the manifest's name) and counts event.completed(). */
async function callRibbon(page: Page, name: string): Promise<void> {
  await page.evaluate((fn) => {
    const w = window as unknown as Record<string, unknown> & { completed: number };
    w.completed = 0;
    (w[fn] as (event: unknown) => void)({ completed: () => w.completed++ });
  }, name);
}

const completedCount = (page: Page) => page.evaluate(() => (window as unknown as { completed: number }).completed);
const fakeOffice = (page: Page) => page.evaluate(() => (window as unknown as { __fakeOffice: Omit<FakeOfficeRecord, "closeDialogs"> }).__fakeOffice);

describe("commands.html: the ribbon's functions", () => {
  it("ExcelApi 1.8: 一键检查 opens the same message in a dialog and completes when the dialog closes", async () => {
    const { page, requests } = await open("commands.html", { excelApi: "1.8", host: "Excel" });
    await page.waitForFunction(() => (window as unknown as { __fakeOffice: { associated: string[] } }).__fakeOffice.associated.length === 3);
    expect((await fakeOffice(page)).associated).toEqual(["checkWorkbook", "clearMarks", "auditReport"]);
    await callRibbon(page, "checkWorkbook");
    expect((await fakeOffice(page)).dialogs).toEqual([`${server.url}/message.html?reason=excel-too-old&detail=1.8&place=excel`]);
    expect(await completedCount(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { __fakeOffice: FakeOfficeRecord }).__fakeOffice.closeDialogs());
    expect(await completedCount(page)).toBe(1);
    expect(fileNames(requests)).not.toContain("commands.js");
  });

  it("ExcelApi 1.18: a click that comes while the bundle loads waits for it and runs its function (no dialog)", async () => {
    const { page, requests } = await open(
      "commands.html",
      { excelApi: "1.18", host: "Excel" },
      // Hold commands.js back until the click was made.
      (context) =>
        context.route(/\/commands\.js$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          await route.continue();
        }),
      "commit",
    );
    await page.waitForFunction(() => typeof (window as unknown as { clearMarks?: unknown }).clearMarks === "function");
    await callRibbon(page, "clearMarks");
    expect(await completedCount(page)).toBe(0);
    // The real 清除标记 runs (the fake workbook has only settings: it fails, says so in the workbook's state) and
    // completes the event.
    await page.waitForFunction(() => (window as unknown as { completed: number }).completed === 1);
    expect(fileNames(requests)).toContain("commands.js");
    expect((await fakeOffice(page)).dialogs).toEqual([]);
  });
});

describe("message.html (the ribbon's dialog)", () => {
  it("shows the message named in its query", async () => {
    const { page, requests } = await open("message.html?reason=excel-too-old&detail=1.8&place=excel", null);
    await message(page).waitFor();
    await expect(message(page).textContent()).resolves.toContain("此 Excel 只支持到 ExcelApi 1.8");
    expect(requests.every((u) => new URL(u).origin === server.url)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "loader-message-dialog.png") });
  });
});
