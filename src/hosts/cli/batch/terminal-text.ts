/**
 * Text from a workbook (a file name, a unit's name) made safe to print on a terminal: control characters (ESC, BEL,
 * …) shown as “\u001b” rather than sent, so a cell can never move the cursor, recolour or retitle the terminal.
 */
export function safeForTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
