#!/usr/bin/env node
/**
 * npm run narrate -- FILE.xlsx [--prior LAST.xlsx|PRIOR.json] [--template FILE] [--year 2023] [--json]
 * Prints the 情况说明 generated from the workbook's tables. Last year's figures come from --prior (last
 * year's workbook, or JSON “项目: 金额”) and from a sheet named 上年数 in either workbook.
 * Exit code: 0 text written (placeholders listed), 2 input cannot be read (message on stderr).
 */
import { basename, extname } from "path";
import { readWorkbook, WorkbookReadError } from "../xlsx/read-workbook";
import { recognizeTables } from "../../core/recognition/recognize";
import { dominantFamily } from "../../core/tables/family";
import {
  detectYear,
  generateNarrative,
  mergePriorYear,
  priorYearFromTables,
  readPriorYearJson,
  readPriorYearSheet,
  type NarrativeResult,
  type PriorYearFigures,
} from "../../core/narrative";
import { parseArgs, UsageError } from "./args";
import { CliError } from "./cli-error";
import { readInput, readInputText } from "./read-input";
import { runCommand, runScript } from "./run";

const USAGE = "用法：npm run narrate -- 文件.xlsx [--prior 上年工作簿.xlsx|上年数.json] [--template 模板文件] [--year 年度] [--json]";

const ARGS = { options: ["prior", "template", "year"], flags: ["json"], maxPositional: 1 };

/** Runs `narrate` in-process: returns the exit code, writes the text to stdout and messages to stderr. */
export function main(argv: string[]): Promise<number> {
  return runCommand(USAGE, () => narrate(argv));
}

async function narrate(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ARGS);
  const file = args.positional[0];
  if (!file) throw new UsageError("请给出 .xlsx 文件。");
  const snapshot = await readWorkbook(readInput(file), basename(file));
  const tables = recognizeTables(snapshot).tables;
  if (tables.length === 0) throw new WorkbookReadError(`“${basename(file)}”中没有识别到预决算公开表，无法生成情况说明。`);
  const priorFile = args.options.get("prior");
  const prior = mergePriorYear(readPriorYearSheet(snapshot), priorFile ? await readPrior(priorFile) : undefined);
  const templateFile = args.options.get("template");
  const result = generateNarrative(tables, {
    family: dominantFamily(tables),
    prior,
    template: templateFile ? readInputText(templateFile) : undefined,
    year: yearOption(args.options.get("year")) ?? detectYear(snapshot),
  });
  for (const problem of prior?.problems ?? []) process.stderr.write(`提示：${problem}\n`);
  process.stdout.write((args.flags.has("json") ? JSON.stringify({ file: basename(file), prior: prior?.source, ...result }, null, 2) : formatText(result)) + "\n");
  return 0;
}


async function readPrior(file: string): Promise<PriorYearFigures> {
  const bytes = readInput(file);
  if (extname(file).toLowerCase() === ".json") return priorFromJson(bytes.toString("utf8"), basename(file));
  const snapshot = await readWorkbook(bytes, basename(file));
  const tables = recognizeTables(snapshot).tables;
  return mergePriorYear(readPriorYearSheet(snapshot), priorYearFromTables(tables, basename(file)))!;
}

/** Last year's figures from JSON; a malformed file is the user's to fix (a message, exit 2). */
function priorFromJson(text: string, source: string): PriorYearFigures {
  try {
    return readPriorYearJson(text, source);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}

function formatText(result: NarrativeResult): string {
  const body = result.sections.map((s) => `${s.title}\n${s.text}`).join("\n\n");
  if (result.missing.length === 0) return body;
  return `${body}\n\n—— 缺少以下数字（文中以【缺：…】标出，请补充后重新生成）：\n${result.missing.map((m) => `  · ${m}`).join("\n")}`;
}

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^20\d{2}$/.test(value)) throw new UsageError("--year 应为四位年份，如 2023");
  return Number(value);
}


if (require.main === module) runScript(main);
