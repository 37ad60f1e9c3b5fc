/** Where a check run is. */
export type CheckStatus =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number }
  | { phase: "analysing" }
  | { phase: "done" }
  | { phase: "failed"; message: string };

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
