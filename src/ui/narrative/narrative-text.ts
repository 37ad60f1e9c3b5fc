import { PLACEHOLDER_PATTERN, type NarrativeSection } from "../engine";

/** The paragraphs written for the chosen sections: each section's title, then its text line by line. */
export function narrativeParagraphs(sections: readonly NarrativeSection[], chosen: ReadonlySet<string>): string[] {
  const paragraphs: string[] = [];
  for (const s of sections) {
    if (!chosen.has(s.id)) continue;
    paragraphs.push(s.title);
    for (const line of s.text.split(/\n+/)) if (line.trim()) paragraphs.push(line);
  }
  return paragraphs;
}

/** Splits text into plain runs and 【缺：…】 placeholders, so the preview can make placeholders stand out. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (m.index! > last) parts.push({ text: text.slice(last, m.index), placeholder: false });
    parts.push({ text: m[0], placeholder: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
}

export function countPlaceholders(text: string): number {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].length;
}
