import type { FindingKind, Severity } from "../core/findings/finding";

/** Chinese words the pane shows for severities and finding kinds. */
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
