import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { readWorkbook, WorkbookReadError } from "../../../src/hosts/xlsx/read-workbook";
import { PackageProblem } from "../../../src/hosts/xlsx/read/read-error";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { fuzzCases, type FuzzCase } from "./fuzz-inputs";
import { runCheck } from "../../support/run-check";

/**
 * The robustness suite: 200+ generated malformed or odd inputs. For every one, the reader gives a snapshot or a
 * WorkbookReadError in Chinese (no stack trace, no “Error:”), the CLI run in-process exits 0, 1 or 2 with Chinese
 * on stderr when it refuses, and neither the bytes nor the file on disk change.
 */

const CHINESE = /[\u4e00-\u9fff]/;
const STACK = /\n\s+at |Error:|TypeError|RangeError|undefined is not|Cannot read prop/;

const cases = fuzzCases();
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "fuzz-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

test(`at least 200 generated inputs, names unique`, () => {
  expect(cases.length).toBeGreaterThanOrEqual(200);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
});

describe.each(cases.map((c, i): [string, FuzzCase, number] => [c.name, c, i]))("%s", (_, input, i) => {
  test("reads or refuses in Chinese; the CLI exits 0, 1 or 2; nothing is changed", async () => {
    const hash = sha256(input.bytes);
    const outcome: WorkbookSnapshot | unknown = await readWorkbook(input.bytes, `输入${i}.xlsx`).catch((err: unknown) => err);
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(WorkbookReadError);
      expect(outcome.message).toMatch(CHINESE);
      expect(outcome.message).not.toMatch(STACK);
      expect(outcome.message.startsWith(`无法读取“输入${i}.xlsx”：`)).toBe(true);
      // Said by the reader on purpose, not an unexpected exception caught and called “damaged”.
      expect((outcome as WorkbookReadError).cause).toBeInstanceOf(PackageProblem);
    } else {
      expect(Array.isArray((outcome as WorkbookSnapshot).sheets)).toBe(true);
    }
    if (input.expect !== "either") expect(outcome instanceof Error ? "error" : "read").toBe(input.expect);
    expect(sha256(input.bytes)).toBe(hash);

    const file = path.join(folder, `输入${i}.xlsx`);
    writeFileSync(file, input.bytes);
    const run = await runCheck([file]);
    expect([0, 1, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    if (run.code === 2) expect(run.stderr).toMatch(CHINESE);
    if (outcome instanceof Error) expect(run.code).toBe(2);
    expect(sha256(readFileSync(file))).toBe(hash);
  });
});
