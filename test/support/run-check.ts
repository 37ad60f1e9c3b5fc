import { main } from "../../src/hosts/cli/check";
import { WorkbookReadError } from "../../src/hosts/xlsx/read-workbook";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run check -- ARGS` in-process, stdout and stderr captured. A WorkbookReadError thrown out of main() is what
 * the CLI's entry prints as its message with exit 2; any other exception would be “内部错误” — a crash — and is
 * rethrown so the test fails.
 */
export async function runCheck(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } catch (thrown) {
    if (!(thrown instanceof WorkbookReadError)) throw thrown;
    return { code: 2, stdout, stderr: `${stderr}${thrown.message}\n` };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
