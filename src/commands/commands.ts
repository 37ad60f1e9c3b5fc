import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { LAST_COMMAND_KEY, type CommandOutcome } from "../hosts/command-outcome";
import type { WorkbookHost } from "../hosts/host";
import { checkAndMark, clearAllMarks, recordOutcome, type CommandReport } from "./workbook-commands";
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
