/** The file could not be read as an .xlsx workbook; `message` is in Chinese for the user. */
export class WorkbookReadError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

/**
 * What is wrong with the package, in Chinese, without the file name (readWorkbook adds “无法读取“X”：”).
 * Thrown by the pieces of the reader; only readWorkbook turns it into a WorkbookReadError.
 */
export class PackageProblem extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "PackageProblem";
  }
}
