import type { Finding, Severity } from "../../core/findings/finding";
import { SEVERITY_LABEL } from "../../core/findings/labels";

/**
 * How the 检查 tab counts and filters a finding: by severity, except that a rounding tail (尾差) is its own class —
 * not a 警告 to act on, and with a badge and a filter of its own (“尾差 7”). Under 严格 (设置) a tail is an error.
 */
export type FindingClass = Severity | "tail";

export const FINDING_CLASSES: readonly FindingClass[] = ["error", "warning", "tail", "info"];

export const CLASS_LABEL: Record<FindingClass, string> = { ...SEVERITY_LABEL, tail: "尾差" };

export const CLASS_BADGE_COLOR: Record<FindingClass, "danger" | "warning" | "subtle" | "informative"> = {
  error: "danger",
  warning: "warning",
  tail: "subtle",
  info: "informative",
};

export function classOf(f: Finding): FindingClass {
  return f.kind === "rounding" && f.severity !== "error" ? "tail" : f.severity;
}

/** A count per class, all 0. */
export function noFindings(): Record<FindingClass, number> {
  return { error: 0, warning: 0, tail: 0, info: 0 };
}
