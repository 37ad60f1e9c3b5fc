/**
 * The rule notation's keywords in Chinese, beside the English ones (设置 → 高级): a line written with them reads as
 * its English form. Data, defined once; the names of tables, rows and columns are Chinese in both.
 */
const LINE_STARTS: readonly [RegExp, string][] = [
  [/^规则\s+/, "rule "],
  [/^每行\s+/, "for each row of "],
  [/^每列\s+/, "for each column of "],
  [/^每个类行\s+/, "for each class row of "],
  [/^每个编码行\s+/, "for each code row of "],
  [/^每个上级行\s+/, "for each parent of "],
  [/^(?:在|于)\s+/, "in "],
  [/^(?:核对|检查)\s+/, "check "],
];

const SEVERITY_WORDS: Readonly<Record<string, string>> = { 错误: "error", 警告: "warning", 提示: "info" };

/** Terms of a check: 本身 (self), 下级之和 (children). */
const TERMS: readonly [RegExp, string][] = [
  [/(^|[\s=+-])本身(?=$|[\s=+-])/g, "$1self"],
  [/(^|[\s=+-])下级之和(?=$|[\s=+-])/g, "$1children"],
];

/** A line of the notation with its Chinese keywords in English (“规则 Z01 错误 …” → “rule Z01 error …”). */
export function withEnglishKeywords(line: string): string {
  for (const [start, english] of LINE_STARTS) {
    if (!start.test(line)) continue;
    const translated = line.replace(start, english);
    if (english === "rule ") return translated.replace(/^(rule\s+\S+\s+)(\S+)/, (_, head: string, word: string) => head + (SEVERITY_WORDS[word] ?? word));
    if (english === "check ") return TERMS.reduce((text, [term, word]) => text.replace(term, word), translated);
    return translated;
  }
  return line;
}
