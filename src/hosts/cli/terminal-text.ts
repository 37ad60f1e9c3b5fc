import { visibleText } from "../../core/findings/visible-text";

/** What the CLI prints on a terminal: every control and bidirectional character from a cell shown, never acted on. */
export function terminalText(text: string): string {
  return visibleText(text);
}

/**
 * JSON for stdout with C1 controls, bidirectional controls and line separators written as \u escapes: the same
 * value for any JSON reader, and nothing that acts on a terminal (JSON.stringify already escapes C0 controls).
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function printOut(text: string): void {
  process.stdout.write(`${terminalText(text)}\n`);
}

export function printErr(text: string): void {
  process.stderr.write(`${terminalText(text)}\n`);
}
