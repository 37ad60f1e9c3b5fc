/**
 * Start-up benchmark (the second half of `npm run bench`; needs a production `npm run build` first — it refuses a
 * development build in dist/, whose sizes are not what ships):
 *   1. every script the build writes: raw and gzipped size, and which page loads it at start or on first use;
 *      the initial script of each page (the loader + its bundle's files), against the pane's goal of 250 KB gzipped;
 *   2. time from navigation to the first render in Debian's chromium — the task pane (office.js replaced by the
 *      office-addin-mock fake of the browser tests, ExcelApi 1.18), app.html, and the offline page from file:// —
 *      on 127.0.0.1, and on a link throttled to 10 Mbit/s with 20 ms latency (an intranet server that does not
 *      compress). Median and best of 5 fresh browser contexts (empty cache).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import { gzipSync } from "zlib";
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/browser/support/chromium";
import { useFakeOffice } from "../test/browser/support/fake-office-script";
import { serveStatic } from "../test/browser/static-server";

const DIST = path.resolve(__dirname, "..", "dist");
const OFFLINE_PAGE = "预决算公开助手.html";
const PANE_GOAL_GZIP = 250 * 1024;
const RUNS = 5;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;

/** The scripts a page's loader starts with (its data-scripts), after loader.js itself. */
function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), "utf8");
  const list = /data-scripts="?([^">]*)"?/.exec(html)?.[1] ?? "";
  return ["loader.js", ...list.split(" ").filter(Boolean)];
}

function scriptFiles(): string[] {
  const top = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const chunks = readdirSync(path.join(DIST, "chunks"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `chunks/${f}`);
  return [...top, ...chunks];
}

function printSizes(): void {
  const pages = ["taskpane.html", "commands.html", "app.html"];
  const initial = new Map(pages.map((p) => [p, initialScripts(p)]));
  console.log("\nScripts in dist/ (gzip level 9; office.js not included)");
  console.log(`${"file".padEnd(34)}${"raw".padStart(12)}${"gzip".padStart(12)}  loaded by`);
  for (const file of scriptFiles()) {
    const users = pages.filter((p) => initial.get(p)!.includes(file)).map((p) => p.replace(".html", ""));
    const when = users.length ? `start: ${users.join(", ")}` : file === "loader.js" ? "" : "on first use";
    console.log(`${file.padEnd(34)}${kib(statSync(path.join(DIST, file)).size).padStart(12)}${kib(gzip(file)).padStart(12)}  ${when}`);
  }
  const offline = statSync(path.join(DIST, OFFLINE_PAGE)).size;
  console.log(
    `${OFFLINE_PAGE.padEnd(30)}${kib(offline).padStart(16)}${kib(gzipSync(readFileSync(path.join(DIST, OFFLINE_PAGE)), { level: 9 }).length).padStart(12)}  one file, everything inlined`,
  );
  console.log("\nInitial script per page (loader.js + the files it loads before the first render)");
  for (const page of pages) {
    const files = initial.get(page)!;
    const raw = files.reduce((sum, f) => sum + statSync(path.join(DIST, f)).size, 0);
    const gz = files.reduce((sum, f) => sum + gzip(f), 0);
    const goal = page === "taskpane.html" ? `  goal ≤ ${kib(PANE_GOAL_GZIP)} gzipped: ${gz <= PANE_GOAL_GZIP ? "met" : "MISSED"}` : "";
    console.log(`${page.padEnd(16)}${String(files.length).padStart(3)} files ${kib(raw).padStart(12)} raw ${kib(gz).padStart(12)} gzip${goal}`);
  }
}

interface Target {
  label: string;
  url: string;
  /** What the first render shows. */
  selector: string;
  fakeOffice: boolean;
}

/**
 * Records performance.now() when `selector` first appears, by a MutationObserver set before any script runs. Given
 * as text: tsx would wrap a function with a helper the page does not have.
 */
function watchFirstRender(selector: string): string {
  return `(() => {
    const check = () => {
      if (window.__firstRender === undefined && document.querySelector(${JSON.stringify(selector)})) window.__firstRender = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`;
}

async function firstRender(browser: Browser, target: Target, throttled: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "zh-CN" });
  try {
    if (target.fakeOffice) await useFakeOffice(context, { excelApi: "1.18", host: "Excel" });
    await context.addInitScript({ content: watchFirstRender(target.selector) });
    const page = await context.newPage();
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 });
    }
    await page.goto(target.url);
    await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender !== undefined, undefined, { timeout: 60_000 });
    return await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
  } finally {
    await context.close();
  }
}

async function printStartup(): Promise<void> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  try {
    const targets: Target[] = [
      { label: "taskpane.html (ExcelApi 1.18)", url: `${server.url}/taskpane.html`, selector: '[role="tab"]', fakeOffice: true },
      { label: "app.html", url: `${server.url}/app.html`, selector: '[data-testid="file-input"]', fakeOffice: false },
      { label: `${OFFLINE_PAGE} (file://)`, url: pathToFileURL(path.join(DIST, OFFLINE_PAGE)).href, selector: '[data-testid="file-input"]', fakeOffice: false },
    ];
    console.log(`\nNavigation → first render in chromium (ms; median / best of ${RUNS}, empty cache each time)`);
    console.log(`${"page".padEnd(36)}${"127.0.0.1".padStart(18)}${"10 Mbit/s, 20 ms".padStart(20)}`);
    for (const target of targets) {
      const cells: string[] = [];
      for (const throttled of [false, true]) {
        if (throttled && target.url.startsWith("file:")) {
          cells.push("(no network)");
          continue;
        }
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(await firstRender(browser, target, throttled));
        times.sort((a, b) => a - b);
        cells.push(`${Math.round(times[Math.floor(RUNS / 2)])} / ${Math.round(times[0])}`);
      }
      console.log(`${target.label.padEnd(36)}${cells[0].padStart(18)}${cells[1].padStart(20)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Scripts of a development build (npm run build:dev, npm start) in dist/: webpack's runtime keeps its own names
 * there (`__webpack_require__`), which a production build minifies away. Their sizes are not what ships.
 */
function developmentScripts(): string[] {
  return scriptFiles().filter((file) => readFileSync(path.join(DIST, file), "utf8").includes("__webpack_require__"));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, "loader.js")) || !existsSync(path.join(DIST, OFFLINE_PAGE))) {
    console.error("dist/ has no built pages: run `npm run build` before the start-up benchmark.");
    process.exitCode = 1;
    return;
  }
  const development = developmentScripts();
  if (development.length > 0) {
    console.error(
      `\ndist/ holds a development build (${development.length} scripts not minified, e.g. ${development[0]}): its sizes and start-up ` +
        "are not what ships. Run `npm run build` (production) before the start-up benchmark.",
    );
    process.exitCode = 1;
    return;
  }
  printSizes();
  await printStartup();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
