import type { FindingKind, Severity } from "./finding";

/** Chinese words for severities and finding kinds, the same in the pane, the CLI report and the batch summary. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const KIND_LABEL: Record<FindingKind, string> = {
  sum: "合计核对",
  rounding: "尾差",
  cross: "表间核对",
  missing: "缺表或缺项",
  input: "数据格式",
  indicator: "绩效指标",
  narrative: "说明文字",
};

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
