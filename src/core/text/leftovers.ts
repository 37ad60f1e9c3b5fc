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
/** “增(减)0元” in a sentence; “增(减)额” / “增（减）%” heading a table column is a name, not a leftover. */
const ONE_CHARACTER = "增\\s*[（(]\\s*减\\s*[)）](?=\\s*[-−]?[\\d０-９])|减\\s*[（(]\\s*增\\s*[)）](?=\\s*[-−]?[\\d０-９])";
const ALTERNATIVE = `(?:(?:${UP})\\s*[（(/／、]\\s*(?:${DOWN})|(?:${DOWN})\\s*[（(/／、]\\s*(?:${UP}))\\s*[)）]?|${ONE_CHARACTER}`;
/**
 * The two directions side by side before the figure, the template's brackets dropped: “同比增长下降57%”, “减少增加0.5万元”.
 * Only before a figure: “由增长转为下降” names two states, not alternatives.
 */
const SIDE_BY_SIDE = `(?:(?:${UP})(?:${DOWN})|(?:${DOWN})(?:${UP}))(?=\\s*[-−]?[\\d０-９])`;
/** An alternative offered in brackets after the words it would replace: “决算数小于预算数(或与预算数持平)的主要原因”. */
const OR_ALTERNATIVE = `[（(]\\s*或\\s*[^（）()，,。]{0,8}?(?:${UP}|${DOWN}|持平)[^（）()，,。]{0,8}[)）]`;

/**
 * Words addressed to the writer, not statements about the unit: “请根据本单位情况填写”, “如无此项请删除”,
 * “（此处说明增减原因）”, “仍保留该表格式”. Read by their form — a request (请 + what to do with the text: 填写,
 * 删除, 说明, 根据 …; not 申请, 提请), “此处 + 填写/说明”, “如无此项 … 删除/不填” — not as a list of sentences.
 */
const INSTRUCTION = [
  "仍保留该表格式|并在本表下方作下述说明|填写说明|填表说明|填报说明",
  "(?<![申提邀聘恳敬报呈宴吁])请(?:各单位|贵单位|本单位)?(?:据实|如实|认真|务必|简要|详细|逐项|分别)?(?:填写|填列|填报|删除|删去|说明|列明|注明|补充|选择|核实|描述|阐述|分析|根据|按照|结合|对照|参照|在此)",
  "此处(?:填写|填列|说明|列示|列明|描述|简要)",
  "如(?:无|没有|不涉及)(?:此项|该项|此类|相关|此部分|该部分|此情况)[^，。；\n]{0,12}?(?:删除|删去|不填|不予填写|填写?“?无)",
].join("|");

export const LEFTOVER_PATTERNS: readonly LeftoverPattern[] = [
  { kind: "占位符", pattern: /(?<![A-Za-z])[XxＸｘ×╳]{2,}(?:\.[XxＸｘ×╳]+)?(?![A-Za-z])/g, advice: "占位符未替换为实际的名称或数字" },
  { kind: "占位符", pattern: /[（(【[]\s*(?:单位|部门|项目|预算单位)名称\s*[）)】\]]/g, advice: "“（单位名称）”类占位符未替换" },
  // a name left as a row of asterisks (“按功能分类科目,********支出2万元”); two or three mask a person's name (“张**”)
  { kind: "占位符", pattern: /[*＊]{4,}/g, advice: "星号占位符未替换为实际的名称" },
  { kind: "占位符", pattern: /【(?:缺|待填写)：[^】]*】/g, advice: "自动生成的占位符尚未补全" },
  { kind: "备选词", pattern: new RegExp(ALTERNATIVE, "g"), advice: "备选词未按实际情况取舍（如“增加（减少）”只应保留一个）" },
  { kind: "备选词", pattern: /减增加|增减少|大小于|小大于|高低于|低高于/g, advice: "两个备选词粘连在一起，只应保留一个" },
  { kind: "备选词", pattern: new RegExp(SIDE_BY_SIDE, "g"), advice: "两个方向相反的备选词并列，只应保留一个" },
  { kind: "备选词", pattern: new RegExp(OR_ALTERNATIVE, "g"), advice: "括号中的“或…”是模板给出的另一种写法，应按实际情况取舍" },
  { kind: "矛盾词", pattern: /(?:增加|减少|增长|下降)持平|持平(?:增加|减少|增长|下降)/g, advice: "方向词与“持平”同时出现，只应保留一个" },
  { kind: "重复词", pattern: /(增加|减少|增长|下降|持平|万元|占比)\s*\1/g, advice: "词语重复" },
  {
    kind: "填表说明",
    // guidance in brackets is the bracket; otherwise the sentence that carries it
    pattern: new RegExp(`[（(【[][^（）()【】[\\]]*?(?:${INSTRUCTION})[^（）()【】[\\]]*[）)】\\]]|[^。\\n（(【[]*(?:${INSTRUCTION})[^。\\n]*[。：:]?`, "g"),
    advice: "模板中写给填表人的说明未删除",
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
    "[*＊]{4}",
    "名称\\s*[）)】\\]]",
    "【(?:缺|待填写)",
    `(?:${UP}|${DOWN})\\s*[（(/／、]`,
    ONE_CHARACTER,
    SIDE_BY_SIDE,
    "[（(]\\s*或",
    "减增加|增减少|大小于|小大于|高低于|低高于|持平",
    "(增加|减少|增长|下降|万元|占比)\\s*\\1",
    INSTRUCTION,
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
    for (const m of text.matchAll(pattern)) found.push({ kind, text: m[0].trim(), index: (m.index ?? 0) + m[0].length - m[0].trimStart().length, advice });
  }
  return found.sort((a, b) => a.index - b.index);
}
