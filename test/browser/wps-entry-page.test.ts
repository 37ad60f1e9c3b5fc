import { existsSync, readdirSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/chromium";

/**
 * The built WPS add-in's entry page opened in a browser, outside WPS (no `Application`), as the smoke-test checklist
 * (docs/wps-smoke-test.md, part A) asks IT staff to do on the desk: it shows the settings WPS needs instead of a blank
 * page, and says where its folder lies. Run after `npm run build:wps`.
 */
const WPS = path.resolve(__dirname, "../../dist/wps");

jest.setTimeout(60_000);

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(WPS, "publish.xml"))) throw new Error("dist/wps missing: run `npm run build:wps` first");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it("index.html outside WPS: lists the oem.ini line and says the folder is not yet in jsaddons", async () => {
  const folder = readdirSync(WPS).find((f) => f.startsWith("disclosure-assistant_"))!;
  const page = await browser.newPage({ locale: "zh-CN" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path.join(WPS, folder, "index.html")).href);
  const message = page.getByTestId("loader-message");
  await message.waitFor({ timeout: 10_000 });
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("这是 WPS 表格加载项“预决算公开助手”的入口页");
  const steps = await message.locator("li").allTextContents();
  expect(steps).toHaveLength(3);
  expect(steps[0]).toContain("/opt/kingsoft/wps-office/office6/cfgs/oem.ini");
  expect(steps[0]).toContain("JsApiPlugin=true");
  expect(steps[1]).toMatch(/^离线模式：本文件夹还不在 WPS 的 jsaddons 文件夹中/);
  expect(errors).toEqual([]);
  await page.close();
});
