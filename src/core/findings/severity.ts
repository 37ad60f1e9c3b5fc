/** How much a finding weighs: an error must be fixed (强制), a warning or info may be explained (提示). */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
