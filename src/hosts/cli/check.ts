#!/usr/bin/env node
/**
 * npm run check -- FILE.xlsx [--json] [--out MARKED.xlsx] [--rules FILE] [--text 情况说明.txt|.docx] [--weights 90|100]
 *   [--prior LAST.xlsx]
 * Exit code: 0 no errors, 1 errors found, 2 input cannot be read or holds nothing to check (message on stderr).
 */
import { readFileSync, writeFileSync } from "fs";
import { basename, resolve } from "path";
import { readWorkbook, WorkbookReadError } from "../xlsx/read-workbook";
import { writeMarkedCopy } from "../xlsx/marked-copy";
import { analyzeWorkbook } from "../../core/analysis";
import { RuleSyntaxError } from "../../core/rules/parse-rules";
import { formatReport, toJson } from "./report";
import { parseArgs, UsageError } from "./args";
import { readInput, readNarrativeFile } from "./read-input";
import { DocxReadError } from "../docx/read-docx";
import { nothingToCheck } from "../nothing-to-check";

const USAGE = "用法：npm run check -- 文件.xlsx [--json] [--out 标记副本.xlsx] [--rules 规则文件] [--text 情况说明.txt|情况说明.docx] [--weights 90|100] [--prior 上年.xlsx]";

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["out", "rules", "text", "weights", "prior"]);
  const file = args.positional[0];
  if (!file) throw new UsageError(USAGE);
  const bytes = readInput(file);
  const snapshot = await readWorkbook(bytes, basename(file));
  const extraRules = args.options.has("rules") ? readFileSync(args.options.get("rules") ?? "", "utf8") : undefined;
  const narrativeText = args.options.has("text") ? await readNarrativeFile(args.options.get("text") ?? "") : undefined;
  const priorFile = args.options.get("prior");
  const priorYear = priorFile ? await readWorkbook(readInput(priorFile), basename(priorFile)) : undefined;
  const result = analyzeWorkbook(snapshot, { extraRules, narrativeText, priorYear, weightConvention: weightOption(args.options.get("weights")) });
  const nothing = nothingToCheck(snapshot, result);
  if (nothing) {
    process.stderr.write(`${nothing}\n`);
    return 2;
  }
  process.stdout.write((args.flags.has("json") ? toJson(result) : formatReport(result)) + "\n");
  const out = args.options.get("out");
  if (out) {
    if (resolve(out) === resolve(file)) throw new UsageError("--out 不能与输入文件相同：原文件不会被修改。");
    writeFileSync(out, await writeMarkedCopy(bytes, result.findings));
    process.stderr.write(`已写出标记副本：${out}\n`);
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}


function weightOption(value: string | undefined): "auto" | 90 | 100 {
  if (value === undefined) return "auto";
  if (value === "90" || value === "100") return Number(value) as 90 | 100;
  throw new UsageError("--weights 只能是 90 或 100");
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      const known = err instanceof WorkbookReadError || err instanceof UsageError || err instanceof RuleSyntaxError || err instanceof DocxReadError;
      process.stderr.write(`${known ? (err as Error).message : `内部错误：${String(err)}`}\n`);
      process.exit(2);
    },
  );
}
