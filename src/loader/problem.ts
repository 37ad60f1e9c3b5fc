/** Why a page cannot start, with what the user needs to know (a version, missing features, an error text). */
export interface Problem {
  reason: Reason;
  /**
   * excel-too-old: highest ExcelApi ("1.7", "" = none); browser-too-old: missing features; office-not-ready: how long
   * the pane waited; bundle-failed: the error.
   */
  detail?: string;
}

export type Reason = "no-office-js" | "outside-excel" | "office-not-ready" | "excel-too-old" | "browser-too-old" | "bundle-failed";
