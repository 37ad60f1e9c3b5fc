import { existsSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { captureState, DEADLINE_SIZES, horizontalOverflow, launchChromium, ROOT, seriousViolations } from "../pane-browser";
import { serveStatic } from "../static-server";

/** The standalone page (dist/app.html) in chromium, as the browser tests of one scenario share it. */
export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Every address the page asked for. */
  requests: string[];
  /** Address of app.html on the local test server. */
  url: string;
  close(): Promise<void>;
}

export const DIST = path.join(ROOT, "dist");

export async function openAppPage(): Promise<AppPage> {
  if (!existsSync(path.join(DIST, "app.html"))) throw new Error("dist/app.html missing: run `npm run build` first");
  const server = await serveStatic(DIST);
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, acceptDownloads: true, locale: "zh-CN" });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const url = `${server.url}/app.html`;
  await page.goto(url);
  return {
    page,
    context,
    requests,
    url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens a file in the page and waits until its check has been announced. */
export async function openWorkbook(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.evaluate(() => document.querySelector('[data-testid="announcer"]')?.setAttribute("data-previous", ""));
  await page.getByTestId("file-input").setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid="announcer"]:not([data-previous])')?.textContent?.startsWith("检查"), undefined, {
    timeout: 30_000,
  });
}

/** Screenshots at 320×700 and 450×800, no critical or serious axe violation, no horizontal scrolling. */
export async function checkDeadlineState(page: Page, name: string, prepare?: () => Promise<void>): Promise<void> {
  await captureState(page, name, prepare, DEADLINE_SIZES);
  await page.waitForTimeout(300);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}
