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

/**
 * The layers of src (README “Layout of the code”) and which other layers each may import. Core is the engine; hosts
 * are the WorkbookHost contract and what every host shares; formats read and write files (.xlsx, .docx); the live
 * hosts run inside Excel, WPS or node; the UI is the pane; pages are the entry points that assemble them (the page
 * app also runs the engine on its Web Workers, so it reaches core directly). "repository": package.json (the version).
 */
const LAYERS = {
  core: ["core"],
  hosts: ["core", "hosts", "formats", "repository"], // package.json: the version the ribbon's 审核报告 names
  formats: ["core", "hosts", "formats"],
  "hosts/office": ["core", "hosts", "hosts/office"],
  "hosts/wps": ["core", "hosts", "hosts/wps"],
  "hosts/cli": ["core", "hosts", "formats", "hosts/cli", "repository"],
  ui: ["core", "hosts", "ui", "repository"], // package.json: the version the 审核报告 names
  "page:taskpane": ["hosts", "hosts/office", "ui", "page:loader", "page:taskpane"],
  "page:app": ["core", "hosts", "formats", "ui", "page:loader", "page:app", "repository"],
  "page:commands": ["core", "hosts", "hosts/office", "page:loader", "page:commands"],
  "page:wps": ["hosts", "hosts/wps", "ui", "page:commands", "page:taskpane", "page:loader", "page:wps"],
  "page:loader": ["page:loader"],
} as const satisfies Record<string, readonly string[]>;
type Layer = keyof typeof LAYERS;

/** The layer of a path relative to the repository ("src/hosts/xlsx/read" → "formats"). */
function layerOf(target: string): Layer | "repository" {
  const [top, folder, sub] = target.split("/");
  if (top !== "src") return "repository";
  if (folder === "core" || folder === "ui") return folder;
  if (folder === "hosts") return sub === "xlsx" || sub === "docx" ? "formats" : sub === "office" || sub === "wps" || sub === "cli" ? `hosts/${sub}` : "hosts";
  return `page:${folder}` as Layer;
}

/** "src/ui/x.ts (ui) imports ../hosts/office/y (hosts/office)" for each relative import the table does not allow. */
function layerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((edge) => {
    if (!edge.target) return [];
    const from = layerOf(edge.from) as Layer;
    const to = layerOf(edge.target);
    const allowed: readonly string[] = LAYERS[from] ?? [];
    return allowed.includes(to) ? [] : [`${edge.from} (${from}) imports ${edge.specifier} (${to})`];
  });
}

/** Steps of the journey that src/core/session assembles; an entry point calling them would be a copy of it. */
const JOURNEY_STEPS = new Set([
  "analyzeWorkbook",
  "recognizeTables",
  "runRules",
  "checkPerformance",
  "checkNarrative",
  "crossYearFindings",
  "generateNarrative",
  "readPriorYearSheet",
  "priorItemsFromTables",
  "budgetItemsFromTables",
  "unitName",
  "reportYear",
  "detectYear",
  "nothingToCheck",
]);

/** Value imports (not type-only) of the names in JOURNEY_STEPS: "src/hosts/cli/x.ts imports recognizeTables". */
function journeyCopies(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) return [];
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) return [];
    return bindings.elements
      .filter((e) => !e.isTypeOnly && JOURNEY_STEPS.has((e.propertyName ?? e.name).text))
      .map((e) => `${relative(file)} imports ${e.name.text}`);
  });
}

/** The module of a core file: its folder under src/core, or the root file's name ("src/core/rules/x" → "rules"). */
function coreModule(target: string): string {
  const [, , first, second] = target.split("/");
  return second === undefined ? first.replace(/\.tsx?$/, "") : first;
}

/**
 * Circles in an import graph whose nodes `nodeOf` names (core's modules, or files): each as "a → b → a". Only
 * relative imports under `within` count; type-only imports count too.
 */
function circles(edges: readonly ImportEdge[], within: string, nodeOf: (target: string) => string): string[] {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.target?.startsWith(within)) continue;
    const [from, to] = [nodeOf(edge.from), nodeOf(edge.target)];
    if (from === to) continue;
    (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
  }
  const found: string[] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]): void => {
    if (path.includes(node)) return void found.push([...path.slice(path.indexOf(node)), node].join(" → "));
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

/** Circles among core's modules (its folders and root files). */
const moduleCircles = (edges: readonly ImportEdge[]): string[] => circles(edges, "src/core/", coreModule);

/** A file without its extension, as a relative import names it ("src/core/rules/x.ts" → "src/core/rules/x"). */
const fileNode = (file: string): string => file.replace(/\.tsx?$/, "").replace(/\/index$/, "");

describe("layers", () => {
  test("every import between layers is one the design allows (core → core; hosts and formats → core; live hosts → core, hosts; UI → core, hosts; pages assemble)", () => {
    expect(layerViolations(importsUnder(SRC))).toEqual([]);
  });

  test("the layer table knows every folder of src", () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => layerOf(`src/${d.name}/x`));
    expect(folders.filter((layer) => !(layer in LAYERS))).toEqual([]);
  });

  test("the layer table forbids what the design forbids", () => {
    const edge = (from: string, target: string): ImportEdge => ({ from, specifier: target, target });
    const forbidden = [
      edge("src/core/rules/x.ts", "src/hosts/host"),
      edge("src/core/rules/x.ts", "src/ui/engine"),
      edge("src/hosts/host.ts", "src/ui/engine"),
      edge("src/hosts/xlsx/x.ts", "src/hosts/office/office-host"),
      edge("src/hosts/office/x.ts", "src/hosts/wps/wps-host"),
      edge("src/hosts/wps/x.ts", "src/hosts/cli/check"),
      edge("src/hosts/cli/x.ts", "src/ui/engine"),
      edge("src/ui/x.ts", "src/hosts/office/office-host"),
      edge("src/ui/x.ts", "src/hosts/xlsx/read-workbook"),
      edge("src/ui/x.ts", "src/taskpane/taskpane"),
      edge("src/commands/x.ts", "src/ui/engine"),
      edge("src/loader/x.ts", "src/core/analysis"),
    ];
    expect(layerViolations(forbidden)).toHaveLength(forbidden.length);
  });

  test("entry points reach the engine through src/core/session, never by assembling its steps", () => {
    const outside = sourceFiles(SRC).filter((file) => !relative(file).startsWith("src/core/"));
    expect(outside.flatMap((file) => journeyCopies(file, readFileSync(file, "utf8")))).toEqual([]);
    expect(
      journeyCopies(
        path.join(SRC, "probe.ts"),
        'import { recognizeTables } from "./core/recognition/recognize";\nimport type { AnalysisResult } from "./core/analysis";',
      ),
    ).toEqual(["src/probe.ts imports recognizeTables"]);
  });

  test("no import circle between the modules of core (its folders and root files)", () => {
    expect(moduleCircles(importsUnder(path.join(SRC, "core")))).toEqual([]);
    const probe = (from: string, to: string): ImportEdge => ({ from: `src/core/${from}/x.ts`, specifier: to, target: `src/core/${to}/y` });
    expect(moduleCircles([probe("rules", "tables"), probe("tables", "session"), probe("session", "rules")])).toEqual(["rules → tables → session → rules"]);
  });

  test("no import circle between the files of src (a folder's index as the folder)", () => {
    expect(circles(importsUnder(SRC), "src/", fileNode)).toEqual([]);
    const probe = (from: string, to: string): ImportEdge => ({ from: `${from}.ts`, specifier: to, target: to });
    expect(circles([probe("src/loader/a", "src/loader/b"), probe("src/loader/b", "src/loader/a")], "src/", fileNode)).toEqual([
      "src/loader/a → src/loader/b → src/loader/a",
    ]);
  });

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
