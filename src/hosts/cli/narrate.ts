#!/usr/bin/env node
/**
 * npm run narrate -- FILE.xlsx [--prior LAST.xlsx|PRIOR.json] [--budget BUDGET.xlsx] [--inputs 本年数.json]
 *                    [--template FILE] [--year 2024] [--style fixed|plain] [--docx OUT.docx [--force]] [--json]
 * Prints the 情况说明 generated from the workbook's tables. Last year's figures come from --prior (last
 * year's workbook, or JSON “项目: 金额”) and from a sheet named 上年数 in either workbook; 年初预算数 by 项 and the
 * 三公 budgets from this year's 预算公开 workbook (--budget); figures only the accountant knows (政府采购支出总额,
 * 车辆数 …) from --inputs. --docx also writes the text as a Word document (gaps highlighted), with the same care as
 * check --out: never over an input, never over an existing file without --force, through a temporary file.
 * Exit code: 0 text written (placeholders listed), 2 input cannot be read or the command line is wrong (stderr).
 */
import { basename, extname } from "path";
import { readWorkbook } from "../xlsx/read-workbook";
import { readPriorYearJson, type NumberStyle, type PriorYearFigures } from "../../core/narrative";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG, narrate as writeNarrative, type NarrateInputs, type Narrative } from "../../core/session";
import { gapLabel } from "../../core/narrative/template/gap-labels";
import { narrativeDocxLazy } from "../docx";
import { parseArgs, UsageError } from "./args";
import { CliError } from "./cli-error";
import { checkOutput, writeOutput } from "./output-file";
import { readInput, readInputText } from "./read-input";
import { printErr, printOut, terminalJson } from "./terminal-text";
import { runCommand, runScript } from "./run";

const USAGE =
  "用法：npm run narrate -- 文件.xlsx [--prior 上年工作簿.xlsx|上年数.json] [--budget 本年预算公开.xlsx] [--inputs 本年数.json] [--template 模板文件] [--year 年度] [--style fixed|plain] [--docx 输出.docx [--force]] [--json]";
const ARGS = { options: ["prior", "budget", "inputs", "template", "year", "style", "docx"], flags: ["json", "force"], maxPositional: 1 };

/** Runs `narrate` in-process: returns the exit code, writes the text to stdout and messages to stderr. */
export function main(argv: string[]): Promise<number> {
  return runCommand(USAGE, () => narrate(argv));
}

async function narrate(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ARGS);
  const file = args.positional[0];
  if (!file) throw new UsageError("请给出 .xlsx 文件。");
  const docx = args.options.get("docx");
  const force = args.flags.has("force");
  if (force && !docx) throw new UsageError("--force 只能与 --docx 一起使用。");
  const inputs = [file, ...["prior", "budget", "inputs", "template"].map((o) => args.options.get(o))].filter((f): f is string => f !== undefined);
  if (docx) checkOutput(docx, inputs, force, "--docx");
  const snapshot = await readWorkbook(readInput(file), basename(file));
  const templateFile = args.options.get("template");
  const config = {
    ...DEFAULT_ENGINE_CONFIG,
    customTemplate: templateFile ? readInputText(templateFile) : "",
    numberStyle: styleOption(args.options.get("style")),
    framingChapters: false, // the CLI prints the numbers' chapters; 部门概况 and 名词解释 are the pane's (设置)
  };
  const check = checkWorkbook(snapshot, config);
  const priorFile = args.options.get("prior");
  const prior = priorFile ? await readPrior(priorFile) : {};
  const budgetFile = args.options.get("budget");
  const result = writeNarrative(check, config, {
    ...prior,
    budgetYear: budgetFile ? await readWorkbook(readInput(budgetFile), basename(budgetFile)) : undefined,
    inputs: args.options.has("inputs") ? readInputsJson(args.options.get("inputs")!) : undefined,
    year: yearOption(args.options.get("year")),
  });
  for (const problem of check.priorSheetProblems) printErr(`提示：${problem}`);
  printOut(args.flags.has("json") ? toJson(basename(file), priorFile && basename(priorFile), result) : formatText(result));
  if (docx) {
    writeOutput(docx, await narrativeDocxLazy({ title: result.title, sections: result.sections }), inputs, force, "--docx");
    printErr(`已写出 Word 文档：${docx}`);
  }
  return 0;
}

/** --prior: last year's workbook (read whole), or its figures as JSON “项目: 金额” (lines it cannot read are said). */
async function readPrior(file: string): Promise<Pick<NarrateInputs, "prior" | "priorYear">> {
  const bytes = readInput(file);
  if (extname(file).toLowerCase() !== ".json") return { priorYear: await readWorkbook(bytes, basename(file)) };
  const figures = figuresFromJson(bytes.toString("utf8"), basename(file));
  for (const problem of figures.problems) printErr(`提示：${problem}`);
  return { prior: figures.items };
}

/** Figures typed by the accountant, JSON “项目: 金额” (政府采购支出总额, 车辆数 …). */
function readInputsJson(file: string): Record<string, string> {
  const figures = figuresFromJson(readInputText(file), basename(file));
  for (const problem of figures.problems) printErr(`提示：${problem}`);
  return figures.items;
}

/** Figures from a JSON file (“项目: 金额”); a malformed file is the user's to fix (a message, exit 2). */
function figuresFromJson(text: string, source: string): PriorYearFigures {
  try {
    return readPriorYearJson(text, source);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
}

/** The text as JSON: its title, the chapters with their placeholders and typed gaps, what is missing, the form's fields. */
function toJson(file: string, prior: string | undefined, result: Narrative): string {
  const sections = result.sections.map(({ id, title, text, placeholders, gaps }) => ({ id, title, text, placeholders, gaps }));
  return terminalJson({ file, prior, title: result.title, sections, missing: result.missing, inputs: result.inputs });
}

/**
 * The text, then what is left to supply, each gap once by the name the pane's fields give it (gap-labels.ts):
 * the figures (【缺：…】) and the words (【待填写：…】).
 */
function formatText(result: Narrative): string {
  const body = result.sections.map((s) => `${s.title}\n${s.text}`).join("\n\n");
  const figures = result.gaps.filter((g) => g.kind !== "fill").map(gapLabel);
  const words = result.gaps.filter((g) => g.kind === "fill").map(gapLabel);
  return [
    body,
    ...listed("缺少以下数字（文中以【缺：…】标出，请补充后重新生成）", figures),
    ...listed("待填写以下文字（文中以【待填写：…】标出）", words),
  ].join("\n\n");
}

function listed(heading: string, labels: readonly string[]): string[] {
  return labels.length === 0 ? [] : [`—— ${heading}：\n${labels.map((label) => `  · ${label}`).join("\n")}`];
}

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^20\d{2}$/.test(value)) throw new UsageError("--year 应为四位年份，如 2023");
  return Number(value);
}

function styleOption(value: string | undefined): NumberStyle {
  if (value === undefined || value === "fixed" || value === "plain") return value ?? "fixed";
  throw new UsageError("--style 只能是 fixed（0.00万元/100.00%）或 plain（0万元/100%）");
}

if (require.main === module) runScript(main);
