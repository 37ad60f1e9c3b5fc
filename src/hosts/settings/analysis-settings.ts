import type { AnalysisOptions } from "../../core/analysis";
import type { Finding } from "../../core/findings/finding";
import type { PaneSettings } from "./pane-settings";

/** The engine options the accountant's settings stand for (pane and ribbon alike). */
export function analysisOptionsFor(settings: PaneSettings): AnalysisOptions {
  return { extraRules: settings.customRules.trim() || undefined, weightConvention: settings.weightTotal };
}

/** 严格 mode: a rounding tail is listed as an error instead of a warning. */
export function withRoundingMode(finding: Finding, settings: PaneSettings): Finding {
  return settings.rounding === "strict" && finding.kind === "rounding" ? { ...finding, severity: "error" } : finding;
}
