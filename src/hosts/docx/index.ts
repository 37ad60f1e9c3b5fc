import type { NarrativeDocument } from "./narrative-docx";

export type { NarrativeDocument } from "./narrative-docx";

/**
 * Writes the 情况说明 as .docx bytes. The `docx` library is loaded on first use, so the pane and the page
 * download it only when the accountant asks for a Word file (webpack puts it in its own chunk).
 */
export async function narrativeDocxLazy(doc: NarrativeDocument): Promise<Uint8Array> {
  const { narrativeDocx } = await import("./narrative-docx");
  return narrativeDocx(doc);
}
