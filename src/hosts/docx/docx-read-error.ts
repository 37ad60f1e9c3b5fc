/** A Word file that cannot be read: the message is for the accountant, in Chinese. */
export class DocxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxReadError";
  }
}
