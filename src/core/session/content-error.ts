/** A workbook given does not hold what the step needs (no 公开表 to write from, no budget tables); message in Chinese. */
export class WorkbookContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookContentError";
  }
}
