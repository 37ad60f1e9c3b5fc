import { countBySeverity, SEVERITY_ORDER, type Finding } from "../core/findings/finding";
import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { LAST_COMMAND_KEY, type CommandOutcome } from "../hosts/command-outcome";
import { analyzeWorkbook } from "../core/analysis";
import { analysisOptionsFor, withRoundingMode } from "../ui/settings/analysis-settings";
import { parseSettings, SETTINGS_STATE_KEY } from "../ui/settings/pane-settings";
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
  await runCommand(event, "一键检查", async (host) => {
    const snapshot = await host.readSnapshot();
    const settings = parseSettings(await host.loadState(SETTINGS_STATE_KEY));
    // The accountant's settings from the pane: custom rules, weight convention, 尾差 mode.
    const findings = analyzeWorkbook(snapshot, analysisOptionsFor(settings)).findings.map((f) => withRoundingMode(f, settings));
    await host.applyMarks(findings);
    const first = mostSerious(findings);
    if (first) await host.select(first.sheet, first.cell);
    return summarize(findings);
  });
}

/** 清除标记: restore every cell the last check marked. */
export async function clearMarks(event: Office.AddinCommands.Event): Promise<void> {
  await runCommand(event, "清除标记", async (host) => {
    await host.clearMarks();
    return "已清除全部标记，单元格已恢复原样";
  });
}

async function runCommand(
  event: Office.AddinCommands.Event,
  command: CommandOutcome["command"],
  body: (host: OfficeWorkbookHost) => Promise<string>,
): Promise<void> {
  const host = new OfficeWorkbookHost();
  let outcome: CommandOutcome;
  try {
    outcome = { command, summary: await body(host), ok: true, at: new Date().toISOString() };
  } catch (error) {
    outcome = { command, summary: `${command}失败：${describeError(error)}`, ok: false, at: new Date().toISOString() };
  }
  try {
    await host.saveState(LAST_COMMAND_KEY, JSON.stringify(outcome));
  } finally {
    event.completed();
  }
}

export function summarize(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  if (findings.length === 0) return "未发现问题";
  return `发现 ${counts.error} 个错误、${counts.warning} 个警告、${counts.info} 个提示，已在单元格上标记`;
}

function mostSerious(findings: readonly Finding[]): Finding | undefined {
  const located = findings.filter((f) => f.sheet && f.cell);
  return [...located].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
}

function describeError(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "未知错误";
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
