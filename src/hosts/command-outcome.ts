/**
 * What a ribbon command (function file) leaves in the workbook's state, since Excel shows no banner for add-in
 * commands: the pane reads it and shows it when opened.
 */
export const LAST_COMMAND_KEY = "last-command";

/** The ribbon's commands that leave an outcome. */
export const RIBBON_COMMANDS = ["一键检查", "清除标记", "审核报告"] as const;

export interface CommandOutcome {
  command: (typeof RIBBON_COMMANDS)[number];
  /** Short summary in Chinese, e.g. "发现 3 个错误、2 个警告、0 个提示". */
  summary: string;
  ok: boolean;
  /** ISO time of the command. */
  at: string;
}

/** The stored outcome, or undefined when there is none or it cannot be read. */
export function parseCommandOutcome(stored: string | undefined): CommandOutcome | undefined {
  if (!stored) return undefined;
  try {
    const raw = JSON.parse(stored) as Partial<CommandOutcome>;
    const known = RIBBON_COMMANDS.some((c) => c === raw.command);
    return known && typeof raw.summary === "string" && typeof raw.at === "string"
      ? { command: raw.command!, summary: raw.summary, ok: raw.ok === true, at: raw.at }
      : undefined;
  } catch {
    return undefined;
  }
}
