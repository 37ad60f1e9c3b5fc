import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { LAST_COMMAND_KEY, type CommandOutcome } from "../hosts/command-outcome";
import type { WorkbookHost } from "../hosts/host";
import { auditReport, checkAndMark, clearAllMarks, recordOutcome, type CommandReport } from "./workbook-commands";
import { openAsNewWorkbook } from "../hosts/office/report-workbook";
import { announceStarted, COMMAND_FUNCTIONS, type CommandFunction } from "../loader/contract";

/**
 * Function file of the ribbon (ExecuteFunction buttons). It shares code with the pane, not state: each command
 * builds its own host, reads the workbook and leaves its outcome in the workbook's state under LAST_COMMAND_KEY
 * (Excel has no notification banner for add-in commands), so the pane can show it when opened. The ES5 loader
 * (src/loader) defines the functions first and hands each call to these once the bundle runs, or explains in a
 * dialog why this Excel cannot run them.
 */
export { COMMAND_FUNCTIONS, LAST_COMMAND_KEY };

/** 一键检查: read → analyse → mark every finding's cell, then select the most serious one. */
export async function checkWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  await runCommand(event, "一键检查", checkAndMark);
}

/** 清除标记: restore every cell the last check marked. */
export async function clearMarks(event: Office.AddinCommands.Event): Promise<void> {
  await runCommand(event, "清除标记", clearAllMarks);
}

/**
 * 审核报告: check → the report → opened as a new workbook (ExcelApi 1.8), the user's workbook untouched. An Excel
 * without createWorkbook: the outcome (shown when the pane opens) says how to download it from the pane.
 */
export async function makeAuditReport(event: Office.AddinCommands.Event): Promise<void> {
  await runCommand(event, "审核报告", auditReport(openInExcel, EXCEL_FALLBACK));
}

const EXCEL_FALLBACK = "此版本 Excel 不能由加载项新建工作簿：请点击“打开助手”，检查后点击“下载审核报告”";

async function openInExcel(file: { bytes: Uint8Array }): Promise<string | undefined> {
  return (await openAsNewWorkbook(file.bytes)) ? "已在新工作簿中打开审核报告（原工作簿未改动）" : undefined;
}

async function runCommand(
  event: Office.AddinCommands.Event,
  command: CommandOutcome["command"],
  body: (host: WorkbookHost) => Promise<CommandReport>,
): Promise<void> {
  try {
    await recordOutcome(new OfficeWorkbookHost(), command, body);
  } finally {
    event.completed();
  }
}

/** The ribbon functions under the names the manifest's <FunctionName> elements use. */
const FUNCTIONS: Record<string, (event: Office.AddinCommands.Event) => Promise<void>> = {
  [COMMAND_FUNCTIONS.check]: checkWorkbook,
  [COMMAND_FUNCTIONS.clear]: clearMarks,
  [COMMAND_FUNCTIONS.report]: makeAuditReport,
};

/** Registers the functions with Office under the manifest's names. */
export function registerCommands(): void {
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    Office.actions.associate(name, fn);
    // Hosts older than Office.actions look the function up on the global object.
    (globalThis as Record<string, unknown>)[name] = fn;
  }
}

// Calls that came while the bundle loaded are waiting in the loader: they run now.
announceStarted(FUNCTIONS as Record<string, CommandFunction>);
if (typeof Office !== "undefined") Office.onReady(() => registerCommands());
