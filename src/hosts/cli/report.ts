import type { AnalysisResult } from "../../core/analysis";
import type { Finding } from "../../core/findings/finding";
import { countBySeverity } from "../../core/findings/finding";
import { KIND_LABEL, SEVERITY_LABEL } from "../../core/findings/labels";
import { terminalJson } from "./terminal-text";
import type { Review, ReviewState } from "../../core/audit/review";
import { groupSummary } from "../../core/audit/report-tables";

const STATUS_LABEL: Record<ReviewState, string> = { open: "", explained: "已说明", ignored: "忽略" };

/** The readable report: tables found, the checks run per table, then findings grouped by table, with counts per severity. */
export function formatReport(result: AnalysisResult, review?: Review): string {
  const textOnly = result.tables.length === 0 && result.unrecognized.length === 0 && result.textParagraphs > 0;
  const lines: string[] = [
    `文件：${result.file}`,
    "",
    textOnly ? `只检查说明文字：${result.textParagraphs} 段（没有报表，只核对文字本身的算术、前后一致和写法）` : `识别到 ${result.tables.length} 张表：`,
  ];
  for (const t of result.tables) lines.push(`  ${t.sheet}  ${t.range}  ${t.kind}（${t.unit}）`);
  for (const u of result.unrecognized) lines.push(`  未识别：${u.sheet} ${u.range} ${u.title ? `“${u.title}”` : ""} ${u.reason}`);
  lines.push("", "核对项：");
  for (const g of result.checks) lines.push(`  ${groupSummary(g)}`);
  const status = new Map(review?.findings.map((r) => [r.finding, r]));
  const counts = countBySeverity(result.findings);
  lines.push("", `检查结果：错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项`);
  for (const [table, findings] of groupByTable(result.findings)) {
    const c = countBySeverity(findings);
    lines.push("", `【${table}】 错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}`);
    for (const f of findings) {
      // a paragraph of a text file names its place in the message (第12段)
      const where = f.cell ? `${f.sheet}!${f.cell}  ` : f.kind === "narrative" || f.kind === "rounding" ? "" : "（整套报表）  ";
      const r = status.get(f);
      const note = r && r.state !== "open" ? `  【${STATUS_LABEL[r.state]}：${r.text}】` : "";
      lines.push(`  [${SEVERITY_LABEL[f.severity]}·${KIND_LABEL[f.kind]}] ${where}${f.message}${note}`);
    }
  }
  for (const s of review?.fixed ?? []) lines.push(`  [已修改] ${s.headline}`);
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

/**
 * The --json shape: file, tables, unrecognized, checks (per table: every check with its outcome and counts),
 * findings (each with its identity `id` and the accountant's `status` — open, explained, ignored — and `statusText`),
 * fixed (findings of the last check that are gone: 已修改).
 */
export function toJson(result: AnalysisResult, review?: Review): string {
  const { file, tables, unrecognized, checks } = result;
  const findings = review ? review.findings.map((r) => ({ ...r.finding, id: r.id, status: r.state, statusText: r.text })) : result.findings;
  return terminalJson({ file, tables, unrecognized, checks, findings, fixed: review?.fixed ?? [] });
}
