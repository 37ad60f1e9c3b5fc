import { countBySeverity, SEVERITY_ORDER, type Finding } from "../core/findings/finding";
import { checkWorkbook } from "../core/session";
import { LAST_COMMAND_KEY, type CommandOutcome } from "../hosts/command-outcome";
import type { WorkbookHost } from "../hosts/host";
import { loadStoredInputs } from "../hosts/workbook-state";
import type { AuditReportFile } from "../hosts/audit-report-file";

/**
 * The ribbon's commands over any live host (Excel's function file, WPS's entry page). Each returns the summary the
 * pane shows; `recordOutcome` leaves it in the workbook's state under LAST_COMMAND_KEY, since neither Excel nor WPS
 * shows a banner for a ribbon command.
 */

/** What a command says when it is done: its summary, and whether it did its work. */
export type CommandReport = Pick<CommandOutcome, "summary" | "ok">;

/**
 * 一键检查: read → check with what the pane stored in the workbook (settings, last year's figures) → mark every
 * finding's cell → select the most serious one. A workbook with nothing to check is said so, never “未发现问题”.
 */
export async function checkAndMark(host: WorkbookHost): Promise<CommandReport> {
  const snapshot = await host.readSnapshot();
  const stored = await loadStoredInputs(host);
  const result = checkWorkbook(snapshot, stored.config, { priorYearEnds: stored.priorYearEnds });
  await host.applyMarks(result.findings);
  const first = mostSerious(result.findings);
  if (first) await host.select(first.sheet, first.cell);
  return result.nothingToCheck ? { summary: result.nothingToCheck.summary, ok: false } : { summary: summarize(result.findings), ok: true };
}

/** 清除标记: restore every cell the last check marked. */
export async function clearAllMarks(host: WorkbookHost): Promise<CommandReport> {
  await host.clearMarks();
  return { summary: "已清除全部标记，单元格已恢复原样", ok: true };
}

/**
 * Puts the report in the user's hands without touching their workbook (Excel: a new workbook; WPS: a file of its own
 * opened as a workbook); returns what was done, in Chinese, or undefined when this host cannot.
 */
export type ReportDelivery = (file: AuditReportFile) => Promise<string | undefined>;

/**
 * 审核报告: check → the report (.xlsx, the CLI's builder) → `deliver`. Where the host cannot open it, the outcome says
 * how to download it from the pane (`fallback`). Nothing to check: the same sentence as 一键检查. The report's
 * builder and .xlsx writer are a chunk loaded on first use: 一键检查 and 清除标记 do not wait for them.
 */
export function auditReport(deliver: ReportDelivery, fallback: string): (host: WorkbookHost) => Promise<CommandReport> {
  return async (host) => {
    const { auditReportFile } = await import(/* webpackChunkName: "ribbon-report" */ "../hosts/audit-report-file");
    const file = await auditReportFile(host);
    if ("nothingToCheck" in file) return { summary: file.nothingToCheck, ok: false };
    const done = await deliver(file);
    return done ? { summary: `${done}：${file.report.verdict}`, ok: true } : { summary: `${fallback}（${file.report.verdict}）`, ok: false };
  };
}

/** Runs a command and stores its outcome (a failure included, in Chinese) in the workbook's state. */
export async function recordOutcome(
  host: WorkbookHost,
  command: CommandOutcome["command"],
  body: (host: WorkbookHost) => Promise<CommandReport>,
): Promise<CommandOutcome> {
  let outcome: CommandOutcome;
  try {
    outcome = { command, ...(await body(host)), at: new Date().toISOString() };
  } catch (error) {
    outcome = { command, summary: `${command}失败：${describeError(error)}`, ok: false, at: new Date().toISOString() };
  }
  await host.saveState(LAST_COMMAND_KEY, JSON.stringify(outcome));
  return outcome;
}

/** "发现 1 个错误、3 个警告、0 个提示，已在单元格上标记" */
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
