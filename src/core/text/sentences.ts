/**
 * Sentences (句): the one definition of where a sentence ends, shared by every reader of prose. A sentence ends at
 * 。！？ or at a line end. Semicolons and colons end clauses, not sentences; a “.” is a decimal point far more often
 * than a full stop, and a half-width “?” as often stands for a character lost in encoding (“工作?,F按照…”).
 */
const STOPS = "。！？";
const SENTENCE = new RegExp(`[^${STOPS}\\n]+[${STOPS}]*`, "g");

/** One sentence: its text with its closing marks, and where it starts in the text; the unit claims are checked in. */
export interface Sentence {
  text: string;
  start: number;
}

/** The text's sentences in order; blank stretches between them are not sentences. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

/** The sentence around a position of the text (the whole text when it has no sentence there). */
export function sentenceAt(text: string, index: number): string {
  return sentences(text).find((s) => s.start <= index && index < s.start + s.text.length)?.text ?? text;
}
