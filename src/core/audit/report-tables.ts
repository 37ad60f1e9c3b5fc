import type { Severity } from "../findings/severity";
import { headlineOf } from "../findings/headline";
import type { CheckLine, CheckGroup } from "./checklist";
import type { AuditReport } from "./report";
import type { ReviewedFinding, SeenFinding } from "./review";

/** How a row is drawn: plain, bold (a heading or total), red (强制 not passed), amber (提示 not passed). */
export type RowTone = "plain" | "bold" | "error" | "warning";
export type ReportCell = string | number | null;

/** One printable table of the 审核报告, the same for the workbook (one sheet each) and the Word document. */
export interface ReportTable {
  /** Sheet name / section heading. */
  name: string;
  /** Title line above the header. */
  title: string;
  columns: { header: string; width: number }[];
  rows: ReportCell[][];
  tones: RowTone[];
}

const OUTCOME: Record<CheckLine["outcome"], string> = { passed: "通过", rounding: "通过（有尾差）", failed: "未通过", "not-run": "未核对" };
const STATUS: Record<ReviewedFinding["state"], string> = { open: "未处理", explained: "已说明", ignored: "忽略" };

export function severityWord(severity: Severity): string {
  return severity === "error" ? "强制" : "提示";
}

/** “支出决算表：核对 46 项，通过 45 项，未通过 1 项”; “…通过 45 项（其中 2 项有尾差）…” in interval 尾差 mode. */
export function groupSummary(g: CheckGroup): string {
  const tails = g.rounding > 0 ? `（其中 ${g.rounding} 项有尾差）` : "";
  return `${g.subject}：核对 ${g.checked} 项，通过 ${g.passed} 项${tails}，未通过 ${g.failed} 项`;
}

/** The report's tables: 审核结论 (facts, verdict, counts per table, tables read), 核对项 (one row per check), 问题. */
export function reportTables(report: AuditReport): ReportTable[] {
  const heading = `${report.facts.unit ?? ""}${report.facts.year ? `${report.facts.year}年度` : ""}审核报告`;
  return [summaryTable(report, heading), checksTable(report, heading), findingsTable(report, heading)];
}

function summaryTable(report: AuditReport, heading: string): ReportTable {
  const f = report.facts;
  const rows: ReportCell[][] = [
    ["结论", report.verdict],
    ["单位", f.unit ?? "（工作簿未写明）"],
    ["年度", f.year ? `${f.year}年度` : "（工作簿未写明）"],
    ["文件", f.file],
    [f.digest.label, f.digest.value],
    ["检查时间", f.checkedAt],
    ["工具", `预决算公开助手 ${f.version}`],
    [
      "问题",
      `强制性错误 ${report.counts.errors} 项；提示 ${report.counts.prompts} 项（已说明 ${report.counts.explained} 项，忽略 ${report.counts.ignored} 项，未处理 ${report.counts.openPrompts} 项）；上次检查以来已修改 ${report.counts.fixed} 项`,
    ],
    ...report.groups.map((g) => ["核对", groupSummary(g)]),
    ...report.tablesRead.map((t) => ["已读取的表", `${t.subject}（${t.where}，单位：${t.unit}）`]),
    ...report.tablesNotRead.map((t) => ["未读取", `${t.title ? `“${t.title}” ` : ""}${t.where}：${t.reason}`]),
  ];
  const tones = rows.map((_, i): RowTone => (i === 0 ? (report.ready ? "bold" : report.counts.errors > 0 ? "error" : "warning") : "plain"));
  return {
    name: "审核结论",
    title: heading,
    columns: [
      { header: "项目", width: 14 },
      { header: "内容", width: 110 },
    ],
    rows,
    tones,
  };
}

function checksTable(report: AuditReport, heading: string): ReportTable {
  const rows: ReportCell[][] = [];
  const tones: RowTone[] = [];
  for (const g of report.groups) {
    for (const line of g.lines) {
      rows.push([
        g.subject,
        g.where ?? "",
        line.family,
        line.id,
        line.description,
        severityWord(line.severity),
        line.places ?? null,
        OUTCOME[line.outcome],
        line.outcome === "failed" ? line.failed || null : null,
        noteOf(line),
      ]);
      tones.push(line.outcome !== "failed" ? "plain" : line.errors > 0 ? "error" : "warning");
    }
  }
  return {
    name: "核对项",
    title: `${heading} · 核对项（每项一行）`,
    columns: [
      { header: "表", width: 26 },
      { header: "位置", width: 16 },
      { header: "类别", width: 7 },
      { header: "编号", width: 16 },
      { header: "核对内容", width: 52 },
      { header: "性质", width: 8 },
      { header: "核对处数", width: 9 },
      { header: "结果", width: 8 },
      { header: "未通过处数", width: 10 },
      { header: "备注", width: 30 },
    ],
    rows,
    tones,
  };
}

function noteOf(line: CheckLine): string {
  if (line.note) return line.note;
  if (line.outcome === "rounding") return `尾差 ${line.rounding} 处（在四舍五入范围内，列为提示）`;
  if (line.outcome !== "failed") return "";
  const parts = [line.errors > 0 ? `强制性错误 ${line.errors} 项` : "", line.warnings > 0 ? `提示 ${line.warnings} 项` : ""].filter(Boolean);
  if (parts.length > 0 && line.rounding > 0) parts.push(`其中尾差 ${line.rounding} 处`);
  return parts.length > 0 ? parts.join("，") : "已并入同表其他问题（见“问题”）";
}

function findingsTable(report: AuditReport, heading: string): ReportTable {
  const rows: ReportCell[][] = [];
  const tones: RowTone[] = [];
  const add = (r: ReviewedFinding) => {
    const f = r.finding;
    rows.push([
      rows.length + 1,
      f.table ?? f.sheet,
      f.cell ? `${f.sheet}!${f.cell}` : "（整套报表）",
      severityWord(f.severity),
      headlineOf(f),
      STATUS[r.state],
      r.text ?? "",
    ]);
    tones.push(r.state !== "open" ? "plain" : f.severity === "error" ? "error" : "warning");
  };
  report.open.forEach(add);
  report.answered.forEach(add);
  report.fixed.forEach((s: SeenFinding) => {
    rows.push([rows.length + 1, s.table ?? "", "", severityWord(s.severity), s.headline, "已修改", "本次检查已不再出现"]);
    tones.push("plain");
  });
  return {
    name: "问题",
    title: `${heading} · 问题及处理`,
    columns: [
      { header: "序号", width: 6 },
      { header: "表", width: 24 },
      { header: "单元格", width: 16 },
      { header: "性质", width: 8 },
      { header: "问题及修改", width: 70 },
      { header: "状态", width: 8 },
      { header: "说明或理由", width: 40 },
    ],
    rows,
    tones,
  };
}
