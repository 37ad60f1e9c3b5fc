/**
 * Text from cells shown to a person (a finding's message in the page, the terminal report) with the characters that
 * would act instead of show made visible: control characters (ESC starts a terminal escape sequence, BEL rings, CR
 * overwrites the line; tab and newline are kept) and the bidirectional controls that reorder the text around them
 * (U+202E would turn “应为 402.22” round). Each becomes “[U+202E]”, so nothing is hidden and nothing reorders.
 *
 *   visibleText("合计\u202E22.204 为应") → "合计[U+202E]22.204 为应"
 */

// eslint-disable-next-line no-control-regex -- the control characters are what this finds
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visibleText(text: string): string {
  ACTING.lastIndex = 0;
  if (!ACTING.test(text)) return text;
  return text.replace(ACTING, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
