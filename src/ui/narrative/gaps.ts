import type { NarrativeGap, NarrativeSection, WrittenSection } from "../engine";

/**
 * The gaps of a generated 情况说明 (typed by the engine, src/core/narrative/template/gaps.ts) and what fills them:
 * - `prior`: last year's figure, typed or read from last year's workbook; the text is generated again with it;
 * - `fill`: words only the accountant can write; what is typed replaces the gap as it is;
 * - `table`: a figure the recognised tables do not hold; listed, filled by hand after inserting.
 */
export type Gap = NarrativeGap;

/** Words typed for `fill` gaps, by the gap's field. */
export type FillIns = Record<string, string>;

/** A run of a paragraph: plain text, or a gap (with the words typed for it, when there are some). */
export interface TextPart {
  text: string;
  gap?: Gap;
  filled?: boolean;
}

/** The runs of one section's text, line by line, typed words in place of their `fill` gaps. */
export function sectionLines(section: NarrativeSection, fillIns: FillIns): TextPart[][] {
  return section.lines.map((line) =>
    line.map((run, i) => {
      const typed = run.gap?.kind === "fill" ? fitted(fillIns[run.gap.field], line[i + 1]?.text ?? "") : undefined;
      return typed ? { text: typed, gap: run.gap, filled: true } : run;
    }),
  );
}

/** Punctuation the template writes after a gap; typed words ending with it would double it (“人员增加。。”). */
const CLOSING = /[。；，、.;,]+$/;

/** Typed words as they fit before the text that follows the gap: trimmed, without a closing mark the text repeats. */
function fitted(typed: string | undefined, after: string): string | undefined {
  const words = typed?.trim();
  if (!words) return undefined;
  return /^[。；，、]/.test(after) ? words.replace(CLOSING, "") || undefined : words;
}

/** Every gap of the chosen sections, once per field (a prior-year item used in two sections is one field). */
export function gapsOf(sections: readonly NarrativeSection[]): Gap[] {
  const byField = new Map<string, Gap>();
  for (const s of sections) for (const gap of s.gaps) if (!byField.has(gap.field)) byField.set(gap.field, gap);
  return [...byField.values()];
}

/** Whether a gap still shows its placeholder (typed words fill a `fill` gap; a figure, once the text is written again). */
export function isOpen(gap: Gap, fillIns: FillIns): boolean {
  return gap.kind !== "fill" || !fillIns[gap.field]?.trim();
}

/** Gaps still showing a placeholder. */
export function openGapCount(section: NarrativeSection, fillIns: FillIns): number {
  return section.gaps.filter((gap) => isOpen(gap, fillIns)).length;
}

/** The chosen sections with the typed words in place (each line of a section's text one paragraph). */
export function filledSections(sections: readonly NarrativeSection[], chosen: ReadonlySet<string>, fillIns: FillIns): WrittenSection[] {
  return sections
    .filter((s) => chosen.has(s.id))
    .map((s) => {
      const lines = sectionLines(s, fillIns).map((line) => line.map((p) => (p.filled ? { text: p.text } : p)));
      return { id: s.id, title: s.title, text: lines.map((line) => line.map((p) => p.text).join("")).join("\n"), lines };
    });
}

/** The paragraphs written for the chosen sections, typed words in place: each section's title, then its lines. */
export function narrativeParagraphs(sections: readonly NarrativeSection[], chosen: ReadonlySet<string>, fillIns: FillIns): string[] {
  return filledSections(sections, chosen, fillIns).flatMap((s) => [s.title, ...s.text.split("\n")]);
}

/**
 * Words typed before fields knew their item: they were kept as “fill:七:主要变动原因:1” (the section's second gap of
 * those words). Each moves to the gap that has that place in the same text, when that gap's own field is empty.
 */
export function adoptEarlierFillIns(sections: readonly NarrativeSection[], fillIns: FillIns): FillIns {
  const next: FillIns = { ...fillIns };
  let moved = false;
  for (const s of sections) {
    const seen = new Map<string, number>();
    for (const gap of s.gaps) {
      if (gap.kind !== "fill") continue;
      const n = seen.get(gap.label) ?? 0;
      seen.set(gap.label, n + 1);
      const key = `fill:${s.id}:${gap.label}:${n}`;
      if (!gap.subject || next[key] === undefined || next[gap.field] !== undefined) continue;
      next[gap.field] = next[key];
      delete next[key];
      moved = true;
    }
  }
  return moved ? next : fillIns;
}
