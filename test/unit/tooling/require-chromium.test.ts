import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import path from "path";

/**
 * A fresh machine without Debian's chromium: `npm test` (and `npm run test:browser`, and jest's browser project)
 * stop within seconds with one Chinese/English line naming what to install, before typechecking and building.
 */
const ROOT = path.resolve(__dirname, "../../..");
const SCRIPT = path.join(ROOT, "scripts/require-chromium.js");

function run(chromium: string) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, DA_CHROMIUM: chromium }, encoding: "utf8", timeout: 10_000 });
  return { ...result, ms: Date.now() - started };
}

describe("scripts/require-chromium.js", () => {
  it("without chromium: exit 1 within seconds, one line saying what to install, in Chinese and English", () => {
    const missing = path.join(ROOT, "no-such-folder", "chromium");
    const { status, stdout, stderr, ms } = run(missing);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toContain("apt-get install -y chromium");
    expect(lines[0]).toMatch(/缺少.*Chromium/);
    expect(lines[0]).toMatch(/browser tests need Chromium/);
    expect(ms).toBeLessThan(5000);
  });

  it("with an executable there: exit 0, silent", () => {
    const { status, stdout, stderr } = run(process.execPath);
    expect([status, stdout, stderr]).toEqual([0, "", ""]);
  });

  it("runs first in `npm test` and `npm run test:browser`, and as the browser project's globalSetup", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.test.split(" && ")[0]).toBe("node scripts/require-chromium.js");
    expect(scripts["test:browser"].split(" && ")[0]).toBe("node scripts/require-chromium.js");
    const config = require(path.join(ROOT, "jest.config.js")) as { projects: { displayName: string; globalSetup?: string }[] };
    const browser = config.projects.find((p) => p.displayName === "browser");
    expect(browser?.globalSetup).toBe("<rootDir>/scripts/require-chromium.js");
  });

  it("as jest's globalSetup: `npx jest --selectProjects browser` stops with the same line, no stack trace", () => {
    const jest = require.resolve("jest/bin/jest");
    const started = Date.now();
    const result = spawnSync(process.execPath, [jest, "--selectProjects", "browser", "test/browser/loader.test.ts"], {
      cwd: ROOT,
      env: { ...process.env, DA_CHROMIUM: "/nonexistent/chromium" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split("\n").filter((line) => /chromium/i.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^缺少浏览器测试所需的 Chromium（\/nonexistent\/chromium）.*apt-get install -y chromium/);
    expect(result.stderr).not.toMatch(/\bat .*node_modules/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
