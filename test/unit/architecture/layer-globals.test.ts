import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import * as ts from "typescript";

/**
 * Each layer's tsconfig.json gives the layer only the globals its room may use: a probe file compiled with a layer's
 * options names `document` (the DOM), `process` (node) and `Excel` (office-js); the names the compiler cannot find
 * are the worlds the layer is kept out of. Loosening a layer's `lib` or `types` fails here.
 */
const ROOT = path.join(__dirname, "..", "..", "..");
const PROBE = "export const worlds = [typeof document, typeof process, typeof Excel];\n";

let dir: string;
let probe: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "layer-globals-"));
  probe = path.join(dir, "probe.ts");
  writeFileSync(probe, PROBE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Declaration files (lib.*.d.ts, @types) parsed once for all layers. */
const parsedFiles = new Map<string, ts.SourceFile | undefined>();

function compilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    if (file === probe) return read(file, language, ...rest);
    if (!parsedFiles.has(file)) parsedFiles.set(file, read(file, language, ...rest));
    return parsedFiles.get(file);
  };
  return host;
}

/** The globals of the probe that the layer's options leave undefined. */
function missingGlobals(layer: string): string[] {
  const config = path.join(ROOT, layer, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(config, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`${config} could not be read`);
  const options = { ...parsed.options, noEmit: true };
  const program = ts.createProgram([probe], options, compilerHost(options));
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => /Cannot find name '(\w+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, "\n"))?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();
}

describe("each layer sees only its own globals", () => {
  test.each([
    ["src/core", ["Excel", "document", "process"]],
    ["src/ui", ["Excel", "process"]],
    ["src/app", ["Excel", "process"]],
    ["src/hosts", ["Excel", "process"]],
    ["src/hosts/wps", ["Excel", "process"]],
    ["src/hosts/office", ["process"]],
    ["src/hosts/cli", ["Excel", "document"]],
  ])("%s cannot name %j", (layer, missing) => {
    expect(missingGlobals(layer)).toEqual(missing);
  });
});
