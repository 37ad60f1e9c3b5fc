import type { AnalysisResult } from "../../core/analysis";
import type { Finding, Severity } from "../../core/findings/finding";
import { countBySeverity } from "../../core/findings/finding";
import { terminalJson } from "./terminal-text";

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const KIND_LABEL: Record<Finding["kind"], string> = {
  sum: "求和",
  rounding: "尾差",
  cross: "表间",
  missing: "缺表",
  input: "数据",
  indicator: "绩效",
  narrative: "说明",
};

/** The readable report: tables found, then findings grouped by table, with counts per severity. */
export function formatReport(result: AnalysisResult): string {
  const textOnly = result.tables.length === 0 && result.unrecognized.length === 0 && result.textParagraphs > 0;
  const lines: string[] = [
    `文件：${result.file}`,
    "",
    textOnly ? `只检查说明文字：${result.textParagraphs} 段（没有报表，只核对文字本身的算术、前后一致和写法）` : `识别到 ${result.tables.length} 张表：`,
  ];
  for (const t of result.tables) lines.push(`  ${t.sheet}  ${t.range}  ${t.kind}（${t.unit}）`);
  for (const u of result.unrecognized) lines.push(`  未识别：${u.sheet} ${u.range} ${u.title ? `“${u.title}”` : ""} ${u.reason}`);
  const counts = countBySeverity(result.findings);
  lines.push("", `检查结果：错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项`);
  for (const [table, findings] of groupByTable(result.findings)) {
    const c = countBySeverity(findings);
    lines.push("", `【${table}】 错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}`);
    for (const f of findings) {
      // a paragraph of a text file names its place in the message (第12段)
      const where = f.cell ? `${f.sheet}!${f.cell}  ` : f.kind === "narrative" || f.kind === "rounding" ? "" : "（整套报表）  ";
      lines.push(`  [${SEVERITY_LABEL[f.severity]}·${KIND_LABEL[f.kind]}] ${where}${f.message}`);
    }
  }
  return lines.join("\n");
}

function groupByTable(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.table ?? f.sheet ?? "其他";
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

/** The --json shape: file, tables, findings (plus unrecognized). */
export function toJson(result: AnalysisResult): string {
  const { file, tables, unrecognized, findings } = result;
  return terminalJson({ file, tables, unrecognized, findings });
}
