import { existsSync, readdirSync } from "fs";
import path from "path";

/**
 * The real 上海市普陀区 2024 决算 workbooks: read in place from the folder beside the repository on the development
 * machine (never copied into the repository), absent elsewhere.
 */
export const REAL_FOLDER = path.join(__dirname, "..", "..", "..", "shared", "real");

/** The folder's .xlsx files; none when it is absent. */
export function realFiles(): string[] {
  return existsSync(REAL_FOLDER) ? readdirSync(REAL_FOLDER).filter((f) => f.endsWith(".xlsx")) : [];
}

/**
 * `describe` over the real documents. Without them the tests are not silently gone: the output shows one skipped
 * test saying why, and a console line names the folder that was looked for.
 */
export function describeReal(name: string, body: () => void): void {
  if (realFiles().length > 0) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    test.skip(`skipped: the real documents are absent (${REAL_FOLDER})`, () => undefined);
  });
  console.warn(`“${name}” skipped: the real documents are absent (${REAL_FOLDER}).`);
}
