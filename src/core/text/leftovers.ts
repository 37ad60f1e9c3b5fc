/**
 * Template leftovers (模板残留): placeholders, unchosen alternatives and instructions that a template carries and
 * a published document must not (docs/domain.md §5, docs/layouts.md “Empty tables”). Data, one entry per kind; read by
 * the 情况说明 checker and by the workbook-wide scan of every text cell.
 */
export interface LeftoverPattern {
  /** What was left, in the accountant's words (“占位符”, “备选词”, “填表说明”). */
  kind: string;
  pattern: RegExp;
  /** What to do about it. */
  advice: string;
}

/** Opposite direction words written together: 增加（减少）, 下降/增长, 大于（小于）… */
const UP = "增加|增长|上升|提高|大于|高于|多于";
const DOWN = "减少|下降|降低|小于|低于|少于";
const ALTERNATIVE = `(?:(?:${UP})\\s*[（(/／、]\\s*(?:${DOWN})|(?:${DOWN})\\s*[（(/／、]\\s*(?:${UP}))\\s*[)）]?`;

export const LEFTOVER_PATTERNS: readonly LeftoverPattern[] = [
  { kind: "占位符", pattern: /(?<![A-Za-z])[XxＸｘ×╳]{2,}(?:\.[XxＸｘ×╳]+)?(?![A-Za-z])/g, advice: "占位符未替换为实际的名称或数字" },
  { kind: "占位符", pattern: /[（(【[]\s*(?:单位|部门|项目|预算单位)名称\s*[）)】\]]/g, advice: "“（单位名称）”类占位符未替换" },
  { kind: "占位符", pattern: /【(?:缺|待填写)：[^】]*】/g, advice: "自动生成的占位符尚未补全" },
  { kind: "备选词", pattern: new RegExp(ALTERNATIVE, "g"), advice: "备选词未按实际情况取舍（如“增加（减少）”只应保留一个）" },
  { kind: "备选词", pattern: /减增加|增减少|大小于|小大于|高低于|低高于/g, advice: "两个备选词粘连在一起，只应保留一个" },
  { kind: "矛盾词", pattern: /(?:增加|减少|增长|下降)持平|持平(?:增加|减少|增长|下降)/g, advice: "方向词与“持平”同时出现，只应保留一个" },
  { kind: "重复词", pattern: /(增加|减少|增长|下降|持平|万元|占比)\s*\1/g, advice: "词语重复" },
  {
    kind: "填表说明",
    pattern: /[^。\n]*(?:仍保留该表格式|并在本表下方作下述说明|请(?:据实)?填写|请在此|此处填写|填写说明)[^。\n]*[。：:]?/g,
    advice: "模板中的填写说明未删除",
  },
];

/** A leftover found in a text: what it is, the words as written, where in the text. */
export interface Leftover {
  kind: string;
  text: string;
  index: number;
  advice: string;
}

/** One cheap test for any of the patterns above: most text cells hold none, and are dismissed by it alone. */
const MAYBE = new RegExp(
  [
    "[XxＸｘ×╳]{2}",
    "名称\\s*[）)】\\]]",
    "【(?:缺|待填写)",
    `(?:${UP}|${DOWN})\\s*[（(/／、]`,
    "减增加|增减少|大小于|小大于|高低于|低高于|持平",
    "(增加|减少|增长|下降|万元|占比)\\s*\\1",
    "仍保留该表格式|作下述说明|请(?:据实)?填写|请在此|此处填写|填写说明",
  ].join("|"),
);

/**
 * Every leftover in a text, in order of position. “第二部分 上海市普陀区XX局 2024 年度部门决算表” → XX (占位符);
 * “减少 0.15 万元，下降（增长）27.78%” → 下降（增长） (备选词).
 */
export function findLeftovers(text: string): Leftover[] {
  if (!MAYBE.test(text)) return [];
  const found: Leftover[] = [];
  for (const { kind, pattern, advice } of LEFTOVER_PATTERNS) {
    for (const m of text.matchAll(pattern)) found.push({ kind, text: m[0].trim(), index: m.index ?? 0, advice });
  }
  return found.sort((a, b) => a.index - b.index);
}
