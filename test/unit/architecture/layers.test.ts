import { builtinModules } from "module";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";

/**
 * The rooms of src and what each may import. The compiler enforces the globals (each layer's tsconfig.json gives
 * only its types); these tests enforce the imports, which a tsconfig cannot: core reaches nothing outside src/core
 * but decimal.js, the UI no live host and no node module, and every source file belongs to a layer's tsconfig.
 */
const ROOT = path.join(__dirname, "..", "..", "..");
const SRC = path.join(ROOT, "src");

interface ImportEdge {
  /** The importing file, relative to the repository ("src/core/rules/run-rules.ts"). */
  from: string;
  /** The specifier as written ("./table-set", "decimal.js"). */
  specifier: string;
  /** Where a relative specifier points, relative to the repository ("src/core/rules/table-set"); undefined for a package. */
  target?: string;
}

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts"))
    .map((file) => path.join(folder, file));

const relative = (file: string): string => path.relative(ROOT, file).split(path.sep).join("/");

/** Every import, export-from, dynamic import() and require() of a file's text. */
function importsOf(file: string, text: string): ImportEdge[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName: specifier }) => ({
    from: relative(file),
    specifier,
    target: specifier.startsWith(".") ? relative(path.resolve(path.dirname(file), specifier)) : undefined,
  }));
}

const importsUnder = (folder: string): ImportEdge[] => sourceFiles(folder).flatMap((file) => importsOf(file, readFileSync(file, "utf8")));

/** The package a bare specifier names ("@fluentui/react-components/x" → "@fluentui/react-components", "node:fs" → "fs"). */
function packageOf(specifier: string): string {
  const parts = specifier.replace(/^node:/, "").split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** Core may import core and decimal.js, nothing else. "src/core/rules/x.ts imports fs" for each other import. */
function coreViolations(edges: readonly ImportEdge[]): string[] {
  return edges
    .filter((edge) => (edge.target ? !edge.target.startsWith("src/core/") : packageOf(edge.specifier) !== "decimal.js"))
    .map((edge) => `${edge.from} imports ${edge.specifier}`);
}

const LIVE_HOSTS = ["src/hosts/office/", "src/hosts/wps/", "src/hosts/cli/"];
const NODE_MODULES = new Set(builtinModules);

/** The UI may not import a live host (Office.js, WPS, the CLI) nor a node module: it gets those from its page. */
function uiViolations(edges: readonly ImportEdge[]): string[] {
  return edges
    .filter((edge) => (edge.target ? LIVE_HOSTS.some((host) => `${edge.target}/`.startsWith(host)) : NODE_MODULES.has(packageOf(edge.specifier))))
    .map((edge) => `${edge.from} imports ${edge.specifier}`);
}

/** The source files a tsconfig.json's include/exclude select (absolute paths). */
function filesOfProject(configFile: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  return parsed ? parsed.fileNames.map((file) => path.resolve(file)) : [];
}

describe("layers", () => {
  test("core imports only core and decimal.js", () => {
    expect(coreViolations(importsUnder(path.join(SRC, "core")))).toEqual([]);
  });

  test("the UI imports no live host and no node module", () => {
    expect(uiViolations(importsUnder(path.join(SRC, "ui")))).toEqual([]);
  });

  test("the ribbon commands share the settings with the pane, never the pane's own modules", () => {
    const intoUi = importsUnder(path.join(SRC, "commands")).filter((edge) => edge.target?.startsWith("src/ui/"));
    expect(intoUi.map((edge) => `${edge.from} imports ${edge.specifier}`)).toEqual([]);
  });

  test("the import walk sees static, type-only, re-exported and dynamic imports", () => {
    const file = path.join(SRC, "core", "rules", "probe.ts");
    const text = [
      'import { readFileSync } from "fs";',
      'import type { OfficeWorkbookHost } from "../../hosts/office/office-host";',
      'import Decimal from "decimal.js";',
      'export { parseRules } from "./parse-rules";',
      'const later = () => import("../../ui/engine");',
    ].join("\n");
    const edges = importsOf(file, text);
    expect(coreViolations(edges)).toEqual([
      "src/core/rules/probe.ts imports fs",
      "src/core/rules/probe.ts imports ../../hosts/office/office-host",
      "src/core/rules/probe.ts imports ../../ui/engine",
    ]);
    expect(uiViolations(edges)).toEqual(["src/core/rules/probe.ts imports fs", "src/core/rules/probe.ts imports ../../hosts/office/office-host"]);
  });

  test("every source file is checked by a layer's tsconfig.json", () => {
    const configs = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "tsconfig.json");
    expect(configs.length).toBeGreaterThanOrEqual(8);
    const covered = new Set(configs.flatMap((config) => filesOfProject(path.join(SRC, config))));
    const outside = sourceFiles(SRC).filter((file) => !covered.has(path.resolve(file)));
    expect(outside.map(relative)).toEqual([]);
  });
});
