/**
 * The gaps of a generated 情况说明, as data. While a template renders, each gap is written as a mark of its own
 * (characters of Unicode's private use area around its kind and words), so the rendered text carries them whatever
 * the template did with it; the runner then turns each section into lines of runs (plain text or a gap) and prints
 * the marks as the placeholders the reader sees:
 * - `prior`: 【缺：上年收支总计】 — last year's figure 收支总计, typed or read from last year's workbook;
 * - `table`: 【缺：行政运行（2101501）年初预算数】 — a figure the recognised tables do not hold;
 * - `fill`: 【待填写：主要变动原因】 — words only the accountant can write.
 */
export type GapKind = "prior" | "fill" | "table";

export interface NarrativeGap {
  kind: GapKind;
  /**
   * The field that fills it, the same for every place the gap shows: “prior:收支总计”, “table:行政运行（2101501）年初预算数”;
   * `fill` gaps are told apart by their subject (“fill:七:公务接待费·主要变动原因:0”), so that a reason stays with its
   * item when the text is written again; gaps of the same words without a subject by their order (“fill:五:主要原因:1”).
   */
  field: string;
  /** The placeholder's words: “上年收支总计”, “主要变动原因”. */
  label: string;
  /** The prior-year item of a `prior` gap (“收支总计”). */
  item?: string;
  /** What a `fill` gap is about, when the template says (“公务接待费”, “行政运行（2010601）预决算差异”): its field's label. */
  subject?: string;
  sectionId: string;
  sectionTitle: string;
}

/** A run of a paragraph: plain text, or a gap (its text the placeholder shown). */
export interface TextRun {
  text: string;
  gap?: NarrativeGap;
}

const OPEN = "\uE000";
const SEPARATOR = "\uE001";
const CLOSE = "\uE002";
const MARK = /\uE000(missing|fill)\uE001([^\uE000-\uE002]*)(?:\uE001([^\uE000-\uE002]*))?\uE002/g;
const PRIOR = /^上年(.+)$/;
/** 【缺：授予中小企业合同金额占政府采购支出总额的比例】: the share of a figure not given yet. */
const SHARE = /^(.+)占.+的比例$/;

/** The mark of a figure that is not available (shown 【缺：label】). */
export function missingMark(label: string): string {
  return `${OPEN}missing${SEPARATOR}${label}${CLOSE}`;
}

/** The mark of words only the accountant can write (shown 【待填写：label】), about `subject` when given. */
export function fillMark(label: string, subject = ""): string {
  return `${OPEN}fill${SEPARATOR}${label}${subject && SEPARATOR + subject}${CLOSE}`;
}

/** The placeholder a reader sees for a gap. */
export function placeholderText(gap: Pick<NarrativeGap, "kind" | "label">): string {
  return gap.kind === "fill" ? `【待填写：${gap.label}】` : `【缺：${gap.label}】`;
}

/** One section's rendered text as lines of runs, its gaps typed. */
export function sectionRuns(text: string, section: { id: string; title: string }): TextRun[][] {
  const seen = new Map<string, number>();
  return text.split("\n").map((line) => {
    const runs: TextRun[] = [];
    let last = 0;
    for (const m of line.matchAll(MARK)) {
      if (m.index! > last) runs.push({ text: line.slice(last, m.index) });
      const gap = gapOf(m[1] as "missing" | "fill", m[2], m[3], section, seen);
      runs.push({ text: placeholderText(gap), gap });
      last = m.index! + m[0].length;
    }
    if (last < line.length) runs.push({ text: line.slice(last) });
    return runs;
  });
}

function gapOf(
  mark: "missing" | "fill",
  label: string,
  subject: string | undefined,
  section: { id: string; title: string },
  seen: Map<string, number>,
): NarrativeGap {
  const at = { label, sectionId: section.id, sectionTitle: section.title };
  if (mark === "fill") {
    const words = subject ? `${subject}·${label}` : label;
    const n = seen.get(words) ?? 0;
    seen.set(words, n + 1);
    return { kind: "fill", field: `fill:${section.id}:${words}:${n}`, ...at, ...(subject ? { subject } : {}) };
  }
  const part = SHARE.exec(label)?.[1]; // a share is filled by typing its part: the gap leads to the part's field
  const item = PRIOR.exec(part ?? label)?.[1];
  return item ? { kind: "prior", field: `prior:${item}`, item, ...at } : { kind: "table", field: `table:${part ?? label}`, ...at };
}
