import { auditReport, checkAndMark, clearAllMarks, recordOutcome } from "../commands/workbook-commands";
import type { AuditReportFile } from "../hosts/audit-report-file";
import { openAsWorkbookFile } from "../hosts/wps/wps-files";
import { showTaskPane } from "../hosts/wps/task-pane";
import type { WpsAddinApplication } from "../hosts/wps/wps-api";
import { WpsWorkbookHost } from "../hosts/wps/wps-host";
import { renderMessage } from "../loader/render";
import { setupMessage } from "./setup-check";

/**
 * The WPS add-in's entry page (index.html, loaded hidden by WPS): the callbacks ribbon.xml names, as members of the
 * global `ribbon`. 一键检查 and 清除标记 run here, with the same code as Excel's function file, and leave their
 * outcome in the workbook for the pane; 打开助手 and 生成说明 show the task pane (the same React pane as in Excel).
 * 审核报告 writes the report to a file of its own (the temporary folder) and opens it as a workbook; a WPS without
 * FileSystem shows the pane on the report view instead (checked, 下载审核报告 at hand).
 */
export const TITLE = "预决算公开助手";

/** Button id (ribbon.xml) → what it does. */
export const ACTIONS: Record<string, () => Promise<void> | void> = {
  btnOpen: () => showTaskPane(application(), pageUrl("taskpane.html"), TITLE, true),
  btnNarrative: () => showTaskPane(application(), pageUrl("taskpane.html?view=narrative"), TITLE, false),
  btnCheck: async () => void (await recordOutcome(new WpsWorkbookHost(), "一键检查", checkAndMark)),
  btnClear: async () => void (await recordOutcome(new WpsWorkbookHost(), "清除标记", clearAllMarks)),
  btnReport: async () => void (await recordOutcome(new WpsWorkbookHost(), "审核报告", auditReport(openInWps, WPS_FALLBACK))),
};

const WPS_FALLBACK = "此版本 WPS 不能由加载项打开文件：已打开任务窗格，请点击“下载审核报告”";

async function openInWps(file: AuditReportFile): Promise<string | undefined> {
  if (openAsWorkbookFile(application(), file.bytes, file.name)) return `已将审核报告“${file.name}”作为新工作簿打开（原工作簿未改动）`;
  showTaskPane(application(), pageUrl("taskpane.html?view=report"), TITLE, false);
  return undefined;
}

/** Image of every button (relative to the add-in folder). */
export const BUTTON_IMAGE = "images/icon-32.png";

export const ribbon = {
  /** First call WPS makes: the ribbon is ready. */
  OnAddinLoad(_ribbonUI: unknown): boolean {
    return true;
  },
  /** A click; returns at once, the command runs on (WPS's calls are synchronous, the host's promises settle soon). */
  OnAction(control: { Id: string }): boolean {
    const action = ACTIONS[control.Id];
    if (!action) return false;
    void Promise.resolve()
      .then(action)
      .catch((error: unknown) => console.error(`预决算公开助手：${control.Id} 失败`, error));
    return true;
  },
  GetImage(_control: { Id: string }): string {
    return BUTTON_IMAGE;
  },
};

function application(): WpsAddinApplication {
  return (globalThis as unknown as { Application: WpsAddinApplication }).Application;
}

/** A page of the add-in by absolute URL: CreateTaskPane wants one, online (http://) or offline (file://). */
function pageUrl(page: string): string {
  return new URL(page, window.location.href).href;
}

(globalThis as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;

// Opened in a browser (no WPS `Application`): show the settings WPS needs, for checking a deployment (setup-check.ts).
if (typeof document !== "undefined" && !("Application" in globalThis)) renderMessage(document, setupMessage(window.location.href), TITLE);
