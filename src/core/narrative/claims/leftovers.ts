import type { ClaimIssue } from "./arithmetic";

/** Template leftovers that must never be published (domain.md §5), with what the accountant should do. */
const LEFTOVERS: { pattern: RegExp; advice: string }[] = [
  { pattern: /[XxＸｘ×*＊]{2,}(\.[XxＸｘ×*＊]+)?/g, advice: "占位符未替换为实际数字或文字" },
  { pattern: /(增加|增长|上升)\s*[（(/／、]\s*(减少|下降|降低)\s*[)）]?/g, advice: "“增加（减少）”类备选词未按实际方向取舍" },
  { pattern: /(大于|高于)\s*[（(/／、]\s*(小于|低于)\s*[)）]?/g, advice: "“大于（小于）”类备选词未按实际情况取舍" },
  { pattern: /【(缺|待填写)：[^】]*】/g, advice: "自动生成的占位符尚未补全" },
];

export function findLeftovers(sentence: string): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  for (const { pattern, advice } of LEFTOVERS) {
    for (const m of sentence.matchAll(pattern)) {
      issues.push({ rule: "N.leftover", severity: "error", quote: m[0], message: `文中“${m[0]}”：${advice}。`, actual: m[0] });
    }
  }
  return issues;
}
