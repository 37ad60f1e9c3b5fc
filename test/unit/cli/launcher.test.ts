import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";

/**
 * `npm run check` / `npm run narrate` run scripts/cli.js, which runs one bundle of the command line made from the
 * sources on demand (instead of tsx compiling them on every run). The bundle is made here into a folder of the
 * test's own; what it prints and returns is checked against the fixtures' known findings, and its batch runs its
 * workers from the worker.js made beside it.
 */
const ROOT = path.resolve(__dirname, "../../..");
const { commandBundle, isStale } = require(path.join(ROOT, "scripts/cli.js")) as {
  commandBundle(command: string, root?: string, folder?: string): Promise<string>;
  isStale(folder: string): boolean;
};
const FIXTURES = path.join(ROOT, "test/fixtures");

jest.setTimeout(120_000);

const folder = mkdtempSync(path.join(tmpdir(), "cli-bundle-"));
let check: string;

beforeAll(async () => {
  check = await commandBundle("check", ROOT, folder);
});

const run = (bundle: string, args: string[]) => spawnSync(process.execPath, [bundle, ...args], { encoding: "utf8", cwd: ROOT });

describe("the command line's bundle", () => {
  it("checks a workbook as the sources do: the 沾益 error at 公开03表!D11 with its correction, exit code 1", () => {
    const result = run(check, [path.join(FIXTURES, "final-2023-zhanyi.xlsx"), "--json"]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { sheet: string; cell: string; severity: string; expected?: string }[] };
    const d11 = report.findings.filter((f) => f.sheet === "公开03表" && f.cell === "D11" && f.severity === "error");
    expect(d11.map((f) => f.expected)).toEqual(["402.22"]);
  });

  it("says what is wrong with its command line in Chinese, exit code 2", () => {
    const result = run(check, [path.join(FIXTURES, "final-2023-zhanyi.xlsx"), "--weights", "80"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--weights 只能是 90 或 100。");
  });

  it("runs a batch on workers started from the worker.js beside it, one summary row per file", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "cli-bundle-batch-"));
    const summary = path.join(out, "汇总.xlsx");
    const files = ["final-2023-zhanyi.xlsx", "budget-2023-dazhou.xlsx"].map((f) => path.join(FIXTURES, f));
    const result = run(check, [...files, "--summary", summary, "--jobs", "2"]);
    expect(result.status).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summary);
    const names = book.worksheets[0].getColumn(2).values.filter((v) => typeof v === "string" && v.endsWith(".xlsx"));
    expect(names.sort()).toEqual([...files].sort());
  });

  it("writes the 情况说明 (npm run narrate) from the same sources", async () => {
    const narrate = await commandBundle("narrate", ROOT, folder);
    const result = run(narrate, [path.join(FIXTURES, "final-2023-zhanyi.xlsx")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("曲靖市沾益区医疗保障局");
  });
});

describe("when the bundle is made again", () => {
  it("is fresh after it was made, stale once a file it was made from changes (time or size), goes, or changed as it was made", () => {
    expect(isStale(folder)).toBe(false);
    const made = mkdtempSync(path.join(tmpdir(), "cli-made-from-"));
    const source = path.join(made, "source.ts");
    writeFileSync(source, "export {};\n");
    utimesSync(source, new Date(5000), new Date(5000));
    const madeFrom = (stamp: string, file = source) => writeFileSync(path.join(made, "made-from.json"), JSON.stringify({ inputs: { [file]: stamp } }));
    madeFrom("5000/11");
    expect(isStale(made)).toBe(false);
    utimesSync(source, new Date(1000), new Date(1000)); // an older copy put back
    expect(isStale(made)).toBe(true);
    utimesSync(source, new Date(5000), new Date(5000));
    writeFileSync(source, "export const x = 1;\n");
    utimesSync(source, new Date(5000), new Date(5000)); // same time, other size
    expect(isStale(made)).toBe(true);
    madeFrom("?");
    expect(isStale(made)).toBe(true);
    madeFrom("5000/11", path.join(made, "gone.ts"));
    expect(isStale(made)).toBe(true);
    expect(isStale(path.join(made, "never-made"))).toBe(true);
  });

  it("was made from the command line's sources and this script", () => {
    const inputs = Object.keys((JSON.parse(readFileSync(path.join(folder, "made-from.json"), "utf8")) as { inputs: object }).inputs);
    for (const file of ["src/hosts/cli/check.ts", "src/hosts/cli/narrate.ts", "src/hosts/cli/batch/worker.ts", "src/core/session/index.ts", "scripts/cli.js"]) {
      expect(inputs).toContain(path.join(ROOT, file));
    }
  });

  it("npm run check runs it: the package's scripts are the launcher, which passes on the arguments after the command", () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
    expect([scripts.check, scripts.narrate]).toEqual(["node scripts/cli.js check", "node scripts/cli.js narrate"]);
    const result = run(path.join(ROOT, "scripts/cli.js"), ["check", path.join(FIXTURES, "final-2023-zhanyi.xlsx"), "--weights", "80"]);
    expect([result.status, result.stderr.split("\n")[0]]).toEqual([2, "--weights 只能是 90 或 100。"]);
  });
});
