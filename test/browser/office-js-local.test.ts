import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { serveStatic } from "./static-server";

/**
 * office.js for intranets: `OFFICE_JS=local npm run build` copies it from the @microsoft/office-js package into
 * dist/office-js/ and no page refers to any outside address; the default build keeps Microsoft's CDN. The local
 * build is made here into a temporary folder (the build cache from `npm run build` makes it quick).
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const CDN_TAG = "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>";
const OFFICE_PAGES = ["taskpane.html", "commands.html"];

jest.setTimeout(120_000);

let local: string;
let browser: Browser;

beforeAll(() => {
  local = mkdtempSync(path.join(os.tmpdir(), "da-office-local-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", local], {
    cwd: ROOT,
    env: { ...process.env, OFFICE_JS: "local" },
    stdio: "pipe",
    timeout: 900_000,
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  rmSync(local, { recursive: true, force: true });
});

/** Every src= / href= value in an HTML file (quoted or not, as the minifier leaves them). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)=("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[1].replace(/^["']|["']$/g, ""));
}

const isOutside = (reference: string) => /^(https?:)?\/\//i.test(reference);

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

describe("office.js source", () => {
  it("default build: taskpane.html and commands.html load office.js from Microsoft's CDN, nothing is copied", () => {
    for (const page of OFFICE_PAGES) expect(readFileSync(path.join(DIST, page), "utf8")).toContain(CDN_TAG);
    expect(existsSync(path.join(DIST, "office-js"))).toBe(false);
  });

  it("OFFICE_JS=local: both pages load office-js/office.js, copied with Excel's host files and the Chinese strings", () => {
    for (const page of OFFICE_PAGES) {
      const html = readFileSync(path.join(local, page), "utf8");
      expect(references(html).filter((r) => r.endsWith("office.js"))).toEqual(["office-js/office.js"]);
      expect(html).not.toContain("appsforoffice");
    }
    for (const file of ["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "zh-cn/office_strings.js", "telemetry/oteljs_agave.js"]) {
      expect([file, existsSync(path.join(local, "office-js", file))]).toEqual([file, true]);
    }
    // Debug builds and other Office applications' files are left out.
    const copied = filesUnder(path.join(local, "office-js"));
    expect(copied.filter((f) => /\.debug\.js$|^(word|outlook|powerpoint|onenote|project|access)/.test(f))).toEqual([]);
    // Copied as published, not minified again.
    const published = path.dirname(require.resolve("@microsoft/office-js/package.json"));
    expect(readFileSync(path.join(local, "office-js/office.js"))).toEqual(readFileSync(path.join(published, "dist/office.js")));
  });

  it("OFFICE_JS=local: no page refers to an outside address, and no script of ours names the CDN", () => {
    const pages = readdirSync(local).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(["app.html", "commands.html", "message.html", "taskpane.html", "预决算公开助手.html"]);
    for (const page of pages) {
      const outside = references(readFileSync(path.join(local, page), "utf8")).filter(isOutside);
      expect([page, outside]).toEqual([page, []]);
    }
    const ours = filesUnder(local).filter((f) => f.endsWith(".js") && !f.startsWith("office-js"));
    expect(ours.length).toBeGreaterThan(5);
    for (const file of ours) expect([file, readFileSync(path.join(local, file), "utf8").includes("appsforoffice")]).toEqual([file, false]);
  });

  it("OFFICE_JS=local in chromium: office.js runs from the server (outside Excel the loader asks for Excel), no request leaves it", async () => {
    const server = await serveStatic(local);
    try {
      browser = await launchChromium();
      for (const page of OFFICE_PAGES) {
        const context = await browser.newContext({ locale: "zh-CN" });
        const requests: string[] = [];
        context.on("request", (r) => requests.push(r.url()));
        const tab = await context.newPage();
        await tab.goto(`${server.url}/${page}`);
        if (page === "taskpane.html") {
          await tab.getByTestId("loader-message").waitFor({ timeout: 15_000 });
          await expect(tab.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("请在 Excel 中打开预决算公开助手");
        } else {
          await tab.waitForFunction(() => typeof (window as unknown as { checkWorkbook?: unknown }).checkWorkbook === "function");
        }
        await tab.waitForTimeout(1000); // let office.js finish whatever it loads after start-up
        expect(requests).toContain(`${server.url}/office-js/office.js`);
        expect([page, requests.filter((u) => new URL(u).origin !== server.url)]).toEqual([page, []]);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });
});
