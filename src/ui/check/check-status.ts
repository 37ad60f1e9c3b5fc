import type { AnalysisView } from "../engine";
import type { FindingClass } from "./finding-class";

/** Where a check run is; a failed run may be worth running again (`retry`: the engine's worker died under it). */
export type CheckStatus =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number }
  | { phase: "analysing" }
  | { phase: "done" }
  | { phase: "failed"; message: string; retry?: boolean };

export function isRunning(status: CheckStatus): boolean {
  return status.phase === "reading" || status.phase === "analysing";
}

/** Progress text and fraction (undefined fraction = indeterminate). */
export function progressOf(status: CheckStatus): { label: string; value?: number } | undefined {
  if (status.phase === "reading") {
    const value = status.total > 0 ? status.done / status.total : undefined;
    return { label: `正在读取工作表（${status.done}/${status.total}）…`, value };
  }
  if (status.phase === "analysing") return { label: "正在核对…" };
  return undefined;
}

/**
 * What the live region says when a run ends: “检查完成：错误 2 项，警告 6 项” (尾差 and 提示 only when there are some).
 * Empty while running, so the same result is announced again after the next run.
 */
export function announcementOf(status: CheckStatus, analysis: AnalysisView | undefined, totals: Record<FindingClass, number> | undefined): string {
  if (status.phase === "failed") return `检查未完成：${status.message}`;
  if (status.phase !== "done" || !analysis || !totals) return "";
  if (analysis.nothingToCheck) return "检查完成：没有找到可以核对的表或说明";
  const n = totals;
  return `检查完成：错误 ${n.error} 项，警告 ${n.warning} 项${n.tail ? `，尾差 ${n.tail} 项` : ""}${n.info ? `，提示 ${n.info} 项` : ""}`;
}
