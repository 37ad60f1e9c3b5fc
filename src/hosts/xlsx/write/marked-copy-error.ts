/** The marked copy could not be made; `message` is in Chinese for the user. The original is never touched. */
export class MarkedCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MarkedCopyError";
  }
}
