/** A file named on the command line cannot be read or written; `message` is the Chinese sentence for stderr (exit 2). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** The system's error code ("ENOENT", "ENOSPC", …) of a failed file operation. */
export function errorCode(err: unknown): string {
  return typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string" ? (err as { code: string }).code : "";
}
