import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main as check } from "../../../src/hosts/cli/check";
import { main as narrate } from "../../../src/hosts/cli/narrate";
import { ZipArchive } from "../../../src/hosts/xlsx/read/zip-archive";
import { runCli } from "../../support/run-cli";
import { outcomeCases, type OutcomeCase } from "./outcome-cases";

/**
 * The outcome fuzz suite: 300+ generated inputs, each with the one outcome it must give (outcome-cases.ts), run
 * through the CLI in-process. A case fails on any other exit code or count, on “内部错误” or a stack trace, on a
 * control or bidirectional character reaching the terminal, on a refusal without a Chinese message, when it takes
 * longer than TIME_LIMIT_MS, or when it raises the process's peak memory by more than MEMORY_LIMIT_MB.
 */

const TIME_LIMIT_MS = 5_000;
const MEMORY_LIMIT_MB = 300;
const CHINESE = /[\u4e00-\u9fff]/;
const STACK = /\n\s+at |TypeError|RangeError|undefined is not|Cannot read prop|内部错误/;
// eslint-disable-next-line no-control-regex -- what must never reach a terminal
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const cases = outcomeCases();
let root: string;
beforeAll(() => (root = mkdtempSync(path.join(tmpdir(), "outcomes-"))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const peakMb = () => process.resourceUsage().maxRSS / 1024;

test("at least 300 cases, names unique", () => {
  expect(cases.length).toBeGreaterThanOrEqual(300);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});

describe.each(cases.map((c, i): [string, OutcomeCase, number] => [c.name, c, i]))("%s", (_, input, i) => {
  test("gives its one expected outcome, within the time and memory limits", async () => {
    const dir = path.join(root, String(i));
    mkdirSync(dir);
    for (const [name, bytes] of Object.entries(input.files)) writeFileSync(path.join(dir, name), bytes);
    const args = input.args.map((a, k) => (a.startsWith("{dir}/") ? path.join(dir, a.slice(6)) : k === 0 || input.files[a] ? path.join(dir, a) : a));
    const before = peakMb();
    const started = Date.now();
    const run = await runCli(input.command === "check" ? check : narrate, args);
    const ms = Date.now() - started;

    expect(ms).toBeLessThan(TIME_LIMIT_MS);
    expect(peakMb() - before).toBeLessThan(MEMORY_LIMIT_MB);
    expect(run.err).not.toMatch(STACK);
    expect(run.out).not.toMatch(STACK);
    expect(run.out + run.err).not.toMatch(ACTING);
    const expected = input.expect;
    if (expected.kind === "refuse") {
      expect(run.code).toBe(2);
      expect(run.err).toMatch(CHINESE);
      expect(run.err).toMatch(expected.message);
      return;
    }
    if (expected.kind === "noSilentPass") {
      const counts = reportCounts(run.out);
      expect(run.code === 2 ? run.err : counts && counts.errors + counts.warnings + counts.infos > 0 ? "found" : "silent pass").toMatch(
        run.code === 2 ? CHINESE : /^found$/,
      );
      return;
    }
    expect({ code: run.code, stderr: run.err }).toMatchObject({ code: expected.code });
    if (expected.stderr) expect(run.err).toMatch(expected.stderr);
    if (input.command === "check") {
      const counts = input.args.includes("--json") ? jsonCounts(run.out) : reportCounts(run.out);
      expect(counts && { errors: counts.errors, warnings: counts.warnings, infos: counts.infos }).toEqual({
        errors: expected.errors,
        warnings: expected.warnings,
        infos: expected.infos,
      });
      if (expected.involves) expect(counts!.errorCells.every((cells) => cells.includes(expected.involves!))).toBe(true);
    }
    if (input.output) {
      const written = path.join(dir, input.output.file);
      expect(existsSync(written)).toBe(true);
      const zip = ZipArchive.open(readFileSync(written));
      if (input.output.noted) {
        const notes = zip
          .entryList()
          .filter((e) => /^xl\/comments\d+\.xml$/.test(e.name) && e.size < 1024 * 1024)
          .map((e) => new TextDecoder().decode(zip.read(e.name)));
        const errorCells = jsonCounts(run.out).errorCells.map(([qualified]) => qualified.slice(qualified.lastIndexOf("!") + 1));
        expect(errorCells.length).toBeGreaterThan(0);
        for (const cell of errorCells) expect(notes.some((xml) => xml.includes(`ref="${cell}"`) && xml.includes("预决算公开助手："))).toBe(true);
      }
    }
  });
});

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  /** Per error: its cell and the cells involved, qualified ("Sheet1!D11"). */
  errorCells: string[][];
}

/** Counts from the text report (“检查结果：错误 1 项，警告 0 项，提示 0 项”). */
function reportCounts(out: string): Counts | undefined {
  const m = /检查结果：错误 (\d+) 项，警告 (\d+) 项，提示 (\d+) 项/.exec(out);
  return m ? { errors: Number(m[1]), warnings: Number(m[2]), infos: Number(m[3]), errorCells: [] } : undefined;
}

function jsonCounts(out: string): Counts {
  const findings = (JSON.parse(out) as { findings: { severity: string; sheet: string; cell: string; related: string[] }[] }).findings;
  const of = (s: string) => findings.filter((f) => f.severity === s);
  return {
    errors: of("error").length,
    warnings: of("warning").length,
    infos: of("info").length,
    errorCells: of("error").map((f) => [`${f.sheet}!${f.cell}`, ...f.related]),
  };
}
