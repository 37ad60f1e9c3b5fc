import { WorkbookReadError } from "../xlsx/read-workbook";
import { MarkedCopyError } from "../xlsx/marked-copy";
import { RuleSyntaxError } from "../../core/rules/parse-rules";
import { TemplateError } from "../../core/narrative";
import { WorkbookContentError } from "../../core/session";
import { DocxReadError } from "../docx/docx-read-error";
import { UsageError } from "./args";
import { CliError, errorCode } from "./cli-error";
import { printErr } from "./terminal-text";
import { useNativeInflater } from "./native-inflater";

/** Errors whose message is written for the user (Chinese, no stack): printed as they are. */
const USER_ERRORS = [CliError, WorkbookReadError, MarkedCopyError, RuleSyntaxError, TemplateError, DocxReadError, WorkbookContentError];

/**
 * Runs a command in-process: its exit code (0 / 1 from the command; 2 when it cannot be done), messages on stderr.
 * Never throws and never exits the process, so tests and the fuzz suite call `main()` directly.
 */
export async function runCommand(usage: string, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (err) {
    printErr(messageOf(err, usage));
    return 2;
  }
}

/**
 * Entry point of a CLI script: runs `main` and lets Node exit by itself once stdout and stderr are written out
 * (process.exit would cut a piped report at the pipe's 64 KiB buffer). A reader that stops early (`| head`) is no
 * failure: the rest of the output is dropped quietly and the exit code is still the command's. Zip parts are
 * inflated by node's zlib (native-inflater.ts).
 */
export function runScript(main: (argv: string[]) => Promise<number>): void {
  useNativeInflater();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err) => {
      if (errorCode(err) !== "EPIPE" && errorCode(err) !== "ERR_STREAM_DESTROYED") process.exitCode = 2;
    });
  }
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = process.exitCode === 2 ? 2 : code;
  });
}

function messageOf(err: unknown, usage: string): string {
  if (err instanceof UsageError) return `${err.message}\n${usage}`;
  if (USER_ERRORS.some((type) => err instanceof type)) return (err as Error).message;
  return `内部错误：${err instanceof Error ? err.message : String(err)}（请把这条信息连同文件反馈给开发者）`;
}
