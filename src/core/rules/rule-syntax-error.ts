/** A rule file could not be read; the message names the line (Chinese, for the user who wrote it). */
export class RuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`规则第 ${line} 行：${message}`);
    this.name = "RuleSyntaxError";
  }
}
