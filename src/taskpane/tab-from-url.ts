import type { TabId } from "../ui/Pane";

/**
 * taskpane.html?view=narrative (the ribbon's 生成说明, in Excel and in WPS) opens on the 说明 tab; ?view=report (WPS's
 * 审核报告 where it cannot open a file) on 检查, checked at once so that 下载审核报告 is at hand.
 */
export function tabFromUrl(search: string): TabId {
  return new URLSearchParams(search).get("view") === "narrative" ? "narrative" : "check";
}

/** ?view=report: check as soon as the pane opens. */
export function checkOnOpen(search: string): boolean {
  return new URLSearchParams(search).get("view") === "report";
}
