import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { serveStatic } from "./static-server";

/**
 * office.js for intranets: `OFFICE_JS=local npm run build` copies it from the @microsoft/office-js package into
 * dist/office-js/ and no page refers to any outside address; the default build keeps Microsoft's CDN. The local
 * build is made here into a temporary folder (the build cache from `npm run build` makes it quick), with a
 * stand-in for MicrosoftAjax.js (which IT staff download once; OFFICE_JS_MSAJAX names it). In chromium, office.js
 * is driven through every Excel host its package names (host info in the address, as Office passes it) and every
 * request is recorded: each is answered by the local server, none leaves it.
 */
const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const CDN_TAG = "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>";
const OFFICE_PAGES = ["taskpane.html", "commands.html"];

jest.setTimeout(120_000);

let local: string;
let browser: Browser;
const MS_AJAX_STAND_IN = "/* MicrosoftAjax.js stand-in */ window.__microsoftAjaxStandIn = true;\n";

const build = (output: string, env: Record<string, string>) =>
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", output], {
    cwd: ROOT,
    env: { ...process.env, OFFICE_JS: "local", ...env },
    stdio: "pipe",
    timeout: 900_000,
  });

beforeAll(() => {
  local = mkdtempSync(path.join(os.tmpdir(), "da-office-local-"));
  const standIn = path.join(local, "..", `${path.basename(local)}-MicrosoftAjax.js`);
  writeFileSync(standIn, MS_AJAX_STAND_IN);
  build(local, { OFFICE_JS_MSAJAX: standIn });
  rmSync(standIn);
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
    // Copied as published, not minified again; only the outside addresses are pointed at the copy.
    const published = path.dirname(require.resolve("@microsoft/office-js/package.json"));
    expect(readFileSync(path.join(local, "office-js/zh-cn/office_strings.js"))).toEqual(readFileSync(path.join(published, "dist/zh-cn/office_strings.js")));
    const office = readFileSync(path.join(local, "office-js/office.js"), "utf8");
    expect(office.length).toBeGreaterThan(readFileSync(path.join(published, "dist/office.js"), "utf8").length - 100);
    expect(office).toContain('getOfficeJsBasePath()+"MicrosoftAjax.js"');
    expect(readFileSync(path.join(local, "office-js/MicrosoftAjax.js"), "utf8")).toBe(MS_AJAX_STAND_IN);
  });

  it("OFFICE_JS=local: no copied script names an outside address office.js would load (MicrosoftAjax, the old hosts' logging frame)", () => {
    const scripts = filesUnder(path.join(local, "office-js")).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(30);
    for (const file of scripts) {
      const text = readFileSync(path.join(local, "office-js", file), "utf8");
      expect([file, /ajax\.aspnetcdn\.com|telemetryservice\.firstpartyapps/.test(text)]).toEqual([file, false]);
    }
  });

  it("OFFICE_JS=local without MicrosoftAjax.js: the build stops and says where to get it", () => {
    const output = mkdtempSync(path.join(os.tmpdir(), "da-office-local-no-ajax-"));
    try {
      expect(() => build(output, { OFFICE_JS_MSAJAX: "" })).toThrow(/OFFICE_JS_MSAJAX=该文件的路径[\s\S]*OFFICE_JS_MSAJAX=its path/);
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
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

  /** Every Excel host script the package holds (excel-win32-16.00.js …) as the host info Office passes for it. */
  function excelHosts(): string[] {
    return filesUnder(path.join(local, "office-js"))
      .map((f) => /^excel-([a-z0-9]+)-(\d+\.\d+)\.js$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `Excel$${m[1]}$${m[2]}$zh-CN$$$$0`)
      .sort();
  }

  it("OFFICE_JS=local: office.js driven through every Excel host it names requests only files the server has", async () => {
    const hosts = excelHosts();
    expect(hosts).toEqual(expect.arrayContaining(["Excel$win32$16.00$zh-CN$$$$0", "Excel$win32$16.01$zh-CN$$$$0", "Excel$web$16.00$zh-CN$$$$0"]));
    const server = await serveStatic(local);
    browser ??= await launchChromium();
    const seen: Record<string, string[]> = {};
    try {
      // "" is a window without host info: office.js takes it for Office 2013 (o15apptofilemappingtable.js).
      for (const host of [...hosts, ""]) {
        const context = await browser.newContext({ locale: "zh-CN" });
        const requests: string[] = [];
        const failed: string[] = [];
        context.on("request", (r) => requests.push(r.url()));
        context.on("response", (r) => (r.status() === 200 ? undefined : failed.push(`${r.status()} ${r.url()}`)));
        context.on("requestfailed", (r) => failed.push(`failed ${r.url()}`));
        const tab = await context.newPage();
        await tab.goto(`${server.url}/taskpane.html${host ? `?_host_Info=${host}` : ""}`);
        await tab.waitForTimeout(4000); // the old hosts' logging frame starts after 3 s
        const own = requests.filter((u) => new URL(u).origin === server.url).map((u) => new URL(u).pathname);
        seen[host || "(none)"] = own.filter((p) => p.startsWith("/office-js/"));
        expect([host, requests.filter((u) => new URL(u).origin !== server.url && !u.startsWith("about:"))]).toEqual([host, []]);
        expect([host, failed]).toEqual([host, []]);
        await context.close();
      }
    } finally {
      await server.close();
    }
    for (const host of hosts) {
      const [, platform, version] = host.split("$");
      expect(seen[host]).toEqual(
        expect.arrayContaining(["/office-js/office.js", `/office-js/excel-${platform}-${version}.js`, "/office-js/zh-cn/office_strings.js"]),
      );
    }
    // Volume-licensed Excel 2016's host script asks for MicrosoftAjax.js: served from the copy.
    expect(seen["Excel$win32$16.00$zh-CN$$$$0"]).toContain("/office-js/MicrosoftAjax.js");
    expect(seen["(none)"]).toContain("/office-js/o15apptofilemappingtable.js");
  });
});
