import type { BatchOutcome } from "./check-one";
import { safeForTerminal } from "./terminal-text";

/** Where progress goes: a terminal gets one line redrawn in place; a pipe or file gets one plain line per workbook. */
export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const BAR = 24;

/**
 * Progress of a batch on stderr: files done / total, errors so far, elapsed time and an estimate of what is left.
 *   [##########--------------] 120/300 错误 37 已用 1:02 预计剩余 1:33
 * Not a terminal: “[120/300] 各单位/财政局.xlsx：错误 2，警告 5” a line each, so a log stays readable.
 */
export class Progress {
  private done = 0;
  private errors = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
  ) {}

  add(outcome: BatchOutcome, cached: boolean): void {
    this.done++;
    if (outcome.status === "checked") this.errors += outcome.summary.errors;
    if (this.sink.isTTY) this.sink.write(`\r${this.bar()}\x1b[K`);
    else this.sink.write(`[${this.done}/${this.total}] ${safeForTerminal(outcome.name)}：${describe(outcome)}${cached ? "（未变，沿用上次结果）" : ""}\n`);
  }

  /** Ends the redrawn line (a terminal) before the closing lines are written. */
  finish(): void {
    if (this.sink.isTTY && this.done > 0) this.sink.write("\n");
  }

  bar(): string {
    const filled = this.total === 0 ? BAR : Math.round((this.done / this.total) * BAR);
    const elapsed = (this.now() - this.started) / 1000;
    const left = this.done === 0 ? undefined : (elapsed / this.done) * (this.total - this.done);
    const estimate = left === undefined ? "" : ` 预计剩余 ${clock(left)}`;
    return `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${this.done}/${this.total} 错误 ${this.errors} 已用 ${clock(elapsed)}${estimate}`;
  }
}

/** “错误 2，警告 5，尾差 3” / “无法读取：…” / “无可检查内容”. */
export function describe(outcome: BatchOutcome): string {
  if (outcome.status !== "checked") return outcome.status === "unreadable" ? `无法读取：${safeForTerminal(outcome.reason)}` : "无可检查内容";
  const s = outcome.summary;
  return `错误 ${s.errors}，警告 ${s.warnings}，尾差 ${s.roundings}`;
}

/** 75 s → “1:15”; 3725 s → “1:02:05”. */
export function clock(seconds: number): string {
  const s = Math.round(seconds);
  const two = (n: number): string => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
