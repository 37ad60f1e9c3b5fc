import { PLACEHOLDER_PATTERN, type NarrativeSection } from "../engine";

/**
 * The gaps of a generated 情况说明 and what fills them:
 * - `prior`: 【缺：上年收支总计】 — last year's figure 收支总计, typed or read from last year's workbook; the text is
 *   generated again with it (the engine computes 增加…增长…%);
 * - `fill`: 【待填写：主要变动原因】 — words only the accountant can write; what is typed replaces the gap as it is;
 * - `table`: 【缺：行政运行（2101501）年初预算数】 — a figure the recognised tables do not hold; listed, filled by hand
 *   after inserting.
 */
export type GapKind = "prior" | "fill" | "table";

export interface Gap {
  /** Identity of the field that fills it: “prior:收支总计”, “fill:一:主要变动原因:0”, “table:行政运行（2101501）年初预算数”. */
  id: string;
  kind: GapKind;
  /** The placeholder's words: “上年收支总计”, “主要变动原因”. */
  label: string;
  /** Prior-year item name for `prior` gaps (“收支总计”). */
  item?: string;
  sectionId: string;
  sectionTitle: string;
}

/** Words typed for `fill` gaps, by gap id. */
export type FillIns = Record<string, string>;

/** A run of a paragraph: plain text, or a gap (with the words typed for it, when there are some). */
export interface TextPart {
  text: string;
  gap?: Gap;
  filled?: boolean;
}

const MISSING = /^【缺：(.+)】$/;
const TO_WRITE = /^【待填写：(.+)】$/;
const PRIOR = /^上年(.+)$/;
/** 【缺：授予中小企业合同金额占政府采购支出总额的比例】: the share of a figure not given yet. */
const SHARE = /^(.+)占.+的比例$/;

/**
 * The runs of one section's text, line by line. `fill` gaps of the same words in one section are told apart by
 * their order (the first “主要原因” is “fill:五:主要原因:0”, the second “…:1”), so typed words stay with their gap.
 */
export function sectionLines(section: NarrativeSection, fillIns: FillIns): TextPart[][] {
  const seen = new Map<string, number>();
  return section.text
    .split(/\n+/)
    .filter((line) => line.trim())
    .map((line) => {
      const parts: TextPart[] = [];
      let last = 0;
      for (const m of line.matchAll(PLACEHOLDER_PATTERN)) {
        if (m.index! > last) parts.push({ text: line.slice(last, m.index) });
        const gap = gapOf(m[0], section, seen);
        last = m.index! + m[0].length;
        const typed = gap.kind === "fill" ? fitted(fillIns[gap.id], line.slice(last)) : undefined;
        parts.push(typed ? { text: typed, gap, filled: true } : { text: m[0], gap });
      }
      if (last < line.length) parts.push({ text: line.slice(last) });
      return parts;
    });
}

/** Punctuation the template writes after a gap; typed words ending with it would double it (“人员增加。。”). */
const CLOSING = /[。；，、.;,]+$/;

/** Typed words as they fit before the text that follows the gap: trimmed, without a closing mark the text repeats. */
function fitted(typed: string | undefined, after: string): string | undefined {
  const words = typed?.trim();
  if (!words) return undefined;
  return /^[。；，、]/.test(after) ? words.replace(CLOSING, "") || undefined : words;
}

function gapOf(placeholder: string, section: NarrativeSection, seen: Map<string, number>): Gap {
  const at = { sectionId: section.id, sectionTitle: section.title };
  const toWrite = TO_WRITE.exec(placeholder);
  if (toWrite) {
    const label = toWrite[1];
    const n = seen.get(label) ?? 0;
    seen.set(label, n + 1);
    return { id: `fill:${section.id}:${label}:${n}`, kind: "fill", label, ...at };
  }
  const label = MISSING.exec(placeholder)?.[1] ?? placeholder.slice(1, -1);
  const part = SHARE.exec(label)?.[1]; // a share is filled by typing its part: the gap leads to the part's field
  const item = PRIOR.exec(part ?? label)?.[1];
  return item ? { id: `prior:${item}`, kind: "prior", label, item, ...at } : { id: `table:${part ?? label}`, kind: "table", label, ...at };
}

/** Every gap of the chosen sections, once per field (a prior-year item used in two sections is one field). */
export function gapsOf(sections: readonly NarrativeSection[], fillIns: FillIns): Gap[] {
  const byId = new Map<string, Gap>();
  for (const s of sections) for (const line of sectionLines(s, fillIns)) for (const p of line) if (p.gap && !byId.has(p.gap.id)) byId.set(p.gap.id, p.gap);
  return [...byId.values()];
}

/** Gaps still showing a placeholder (typed words fill a `fill` gap). */
export function openGapCount(section: NarrativeSection, fillIns: FillIns): number {
  return sectionLines(section, fillIns).reduce((n, line) => n + line.filter((p) => p.gap && !p.filled).length, 0);
}

/** The chosen sections with the typed words in place (each line of a section's text one paragraph). */
export function filledSections(sections: readonly NarrativeSection[], chosen: ReadonlySet<string>, fillIns: FillIns): NarrativeSection[] {
  return sections
    .filter((s) => chosen.has(s.id))
    .map((s) => ({
      id: s.id,
      title: s.title,
      text: sectionLines(s, fillIns)
        .map((line) => line.map((p) => p.text).join(""))
        .join("\n"),
    }));
}

/** The paragraphs written for the chosen sections, typed words in place: each section's title, then its lines. */
export function narrativeParagraphs(sections: readonly NarrativeSection[], chosen: ReadonlySet<string>, fillIns: FillIns): string[] {
  return filledSections(sections, chosen, fillIns).flatMap((s) => [s.title, ...s.text.split("\n")]);
}
