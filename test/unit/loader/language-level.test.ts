import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import { parse, type ecmaVersion } from "acorn";
import { missingFeatures, PAGE_FEATURES, requiredChromium } from "../../../src/loader/features";
import level from "../../../src/loader/language-level.json";

/**
 * The loader and the build agree: every script a page runs (the bundles, their chunks, the offline page's inline
 * scripts) parses at the level src/loader/language-level.json declares, and the engines the loader's feature
 * checks let through are exactly those that can parse that level — so a 360 / QQ / 搜狗 极速模式 kernel of
 * Chromium 80–93 runs the pages instead of showing “未能启动”. Run after `npm run build`.
 */
const DIST = path.join(__dirname, "../../../dist");

/** The first Chromium that parses each level's syntax (MDN): ES2019 optional catch binding 66; ES2020 ?. and ?? 80;
 * ES2021 ||= 85; ES2022 class static blocks 94. */
const CHROMIUM_PARSING: Record<number, number> = { 2017: 58, 2018: 64, 2019: 66, 2020: 80, 2021: 85, 2022: 94 };

/** Every script file the pages load (not office.js, which Microsoft serves or the local copy keeps as published, nor WPS's add-in). */
function pageScripts(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js") && !/^(office-js|wps|bench)[\\/]/.test(file))
    .sort();
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).filter((code) => code.trim());
}

const parsesAt = (code: string, version: number) => {
  try {
    parse(code, { ecmaVersion: version as ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
};

describe("the pages' language level (src/loader/language-level.json)", () => {
  const built = existsSync(path.join(DIST, "app.html"));

  it("is a level acorn knows, with a known first Chromium", () => {
    expect(CHROMIUM_PARSING[level.ecmaVersion]).toBeGreaterThan(0);
  });

  it("every script file of the built pages parses at it (run `npm run build` first)", () => {
    expect(built).toBe(true);
    const files = pageScripts();
    expect(files).toEqual(expect.arrayContaining(["loader.js", "taskpane.js", "commands.js", "app.js"]));
    expect(files.filter((f) => f.startsWith("chunks")).length).toBeGreaterThan(3);
    const failing = files.filter((file) => !parsesAt(readFileSync(path.join(DIST, file), "utf8"), level.ecmaVersion));
    expect(failing).toEqual([]);
  });

  it("every inline script of every page parses at it, the offline page's bundle included", () => {
    const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
    expect(pages).toContain("预决算公开助手.html");
    const offline = inlineScripts(readFileSync(path.join(DIST, "预决算公开助手.html"), "utf8"));
    expect(offline.join("").length).toBeGreaterThan(500_000);
    for (const page of pages) {
      const failing = inlineScripts(readFileSync(path.join(DIST, page), "utf8")).filter((code) => !parsesAt(code, level.ecmaVersion));
      expect([page, failing.length]).toEqual([page, 0]);
    }
  });

  it("the parse check is real: a class static block (ES2022, Fluent UI's tabster) does not parse at it", () => {
    expect(parsesAt("class A { static { A.x = 1; } }", level.ecmaVersion)).toBe(false);
    expect(parsesAt("class A { static { A.x = 1; } }", 2022)).toBe(true);
  });
});

describe("the loader's feature checks agree with the level", () => {
  /** A window of Chromium `version`: the features it has present, the others absent. */
  const chromium = (version: number) => PAGE_FEATURES.filter((f) => f.chromium > version).map((f) => f.name);
  const accepts = (version: number) => chromium(version).length === 0;

  it("accepts exactly Chromium requiredChromium() and later", () => {
    const required = requiredChromium();
    expect(required).toBe(Math.max(...PAGE_FEATURES.map((f) => f.chromium)));
    for (let version = 30; version <= 130; version++) expect([version, accepts(version)]).toEqual([version, version >= required]);
  });

  it("every engine it accepts parses the level: no Chromium passes the checks and then fails to parse", () => {
    expect(requiredChromium()).toBeGreaterThanOrEqual(CHROMIUM_PARSING[level.ecmaVersion]);
  });

  it("Chromium 80–93 (360 / QQ / 搜狗 极速模式 kernels, WPS on Linux 87) are accepted", () => {
    for (let version = 80; version <= 93; version++) expect([version, accepts(version)]).toEqual([version, true]);
  });

  it("the checks read what they say: a window without Promise.allSettled (Chromium 75) is refused by name", () => {
    const win = Object.assign(Object.create(globalThis), {
      CSS: { supports: (property: string) => property.startsWith("--") },
      Promise: Object.assign(function () {}, { allSettled: undefined }),
    }) as Window;
    expect(missingFeatures(win)).toEqual(["Promise.allSettled"]);
    expect(chromium(75)).toEqual(["Promise.allSettled"]);
  });
});
