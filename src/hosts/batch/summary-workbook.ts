import { headlineOf } from "../../core/findings/headline";
import { KIND_LABEL, SEVERITY_LABEL } from "../../core/findings/labels";
import { ruleFailures } from "../../core/batch/unit-summary";
import { writeNewWorkbook, type NewCell, type RowStyle } from "../xlsx/write/new-workbook";
import type { BatchOutcome } from "./check-workbook";

const STATUS: Record<BatchOutcome["status"], string> = { checked: "已检查", unreadable: "无法读取", nothing: "无可检查内容" };

/**
 * The bureau's summary workbook: 汇总 (one row per file, errors first in red; the name of each file's 审核报告 when
 * the batch wrote them), 全部问题 (every finding, filterable
 * by unit, table, cell, kind) and 按规则统计 (how many units fail each rule). Landscape A4, header on every page.
 */
export function summaryWorkbook(outcomes: readonly BatchOutcome[], title: string): Uint8Array {
  const reports = outcomes.some((o) => o.status === "checked" && o.report);
  return writeNewWorkbook({
    sheets: [
      {
        name: "汇总",
        title,
        columns: [
          { header: "序号", width: 6 },
          { header: "文件", width: 34 },
          { header: "单位", width: 28 },
          { header: "年度", width: 7 },
          { header: "类型", width: 7 },
          { header: "读到的表", width: 9 },
          { header: "缺少的表", width: 24 },
          { header: "错误", width: 7 },
          { header: "警告", width: 7 },
          { header: "尾差", width: 7 },
          { header: "说明问题", width: 9 },
          { header: "首个错误及改法 / 未检查的原因", width: 60 },
          { header: "状态", width: 12 },
          { header: "SHA-256", width: 18 },
          ...(reports ? [{ header: "审核报告", width: 36 }] : []),
        ],
        rows: outcomes.map((o, i) => (reports ? [...unitRow(o, i), reportOf(o)] : unitRow(o, i))),
        rowStyles: outcomes.map(unitStyle),
      },
      {
        name: "全部问题",
        columns: [
          { header: "文件", width: 30 },
          { header: "单位", width: 24 },
          { header: "表", width: 26 },
          { header: "单元格", width: 14 },
          { header: "严重程度", width: 9 },
          { header: "类别", width: 7 },
          { header: "规则", width: 14 },
          { header: "问题及改法", width: 60 },
          { header: "详细说明", width: 70 },
        ],
        ...findingRows(outcomes),
      },
      {
        name: "按规则统计",
        columns: [
          { header: "规则", width: 16 },
          { header: "严重程度", width: 9 },
          { header: "出现问题的单位数", width: 12 },
          { header: "问题数", width: 9 },
          { header: "示例", width: 90 },
        ],
        rows: ruleFailures(checked(outcomes).map((o) => o.findings)).map((r) => [r.rule, SEVERITY_LABEL[r.severity], r.units, r.findings, r.example]),
      },
    ],
  });
}

function unitRow(outcome: BatchOutcome, index: number): NewCell[] {
  const common = [index + 1, outcome.name];
  if (outcome.status !== "checked") return [...common, "", "", "", "", "", "", "", "", "", outcome.reason, STATUS[outcome.status], outcome.sha256];
  const s = outcome.summary;
  return [
    ...common,
    s.unit,
    s.year ?? "",
    s.kind,
    s.tablesRead.length,
    s.tablesMissing.join("、"),
    s.errors,
    s.warnings,
    s.roundings,
    s.textProblems,
    s.firstFix,
    STATUS.checked,
    outcome.sha256,
  ];
}

/** The file name of the workbook's 审核报告 (--report-dir), in the folder beside the summary's rows. */
function reportOf(outcome: BatchOutcome): string {
  return outcome.status === "checked" ? (outcome.report ?? "") : "";
}

function unitStyle(outcome: BatchOutcome): RowStyle {
  if (outcome.status !== "checked") return "warning";
  return outcome.summary.errors > 0 ? "error" : "plain";
}

function findingRows(outcomes: readonly BatchOutcome[]): { rows: NewCell[][]; rowStyles: RowStyle[] } {
  const rows: NewCell[][] = [];
  const rowStyles: RowStyle[] = [];
  for (const o of checked(outcomes)) {
    for (const f of o.findings) {
      rows.push([
        o.name,
        o.summary.unit,
        f.table ?? f.sheet,
        f.cell ? `${f.sheet}!${f.cell}` : "",
        SEVERITY_LABEL[f.severity],
        KIND_LABEL[f.kind],
        f.rule,
        headlineOf(f),
        f.message,
      ]);
      rowStyles.push(f.severity === "error" ? "error" : "plain");
    }
  }
  return { rows, rowStyles };
}

function checked(outcomes: readonly BatchOutcome[]): Extract<BatchOutcome, { status: "checked" }>[] {
  return outcomes.filter((o): o is Extract<BatchOutcome, { status: "checked" }> => o.status === "checked");
}
