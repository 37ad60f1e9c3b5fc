/**
 * What the host Excel can do beyond the manifest's minimum (ExcelApi 1.9). Each feature degrades on its own:
 * no merged-area API → snapshot without merges; no notes → threaded comments; neither → fills only.
 *
 * A feature counts only when the host reports its requirement set AND the office.js in use defines the member:
 * isSetSupported answers from the host, but a local office.js (OFFICE_JS=local, a copy of the @microsoft/office-js
 * package) may be older than the host and lack newer members (ExcelApi 1.18's Workbook.notes is absent from
 * @microsoft/office-js 1.1.110, while current Microsoft 365 reports 1.18).
 */
export interface HostCapabilities {
  /** Range.getMergedAreasOrNullObject [ExcelApi 1.13]. */
  mergedAreas: boolean;
  /** Workbook.notes / Worksheet.notes [ExcelApi 1.18]. */
  notes: boolean;
  /** Workbook.comments [ExcelApi 1.10]. */
  comments: boolean;
}

/** The annotation a marked cell receives: a note, else a threaded comment, else none (fill only). */
export type AnnotationMode = "note" | "comment" | "none";

/** Whether an Office.js proxy object has a member (a prototype getter or method of office.js; reading creates no request). */
export function hasMember(proxy: object, member: string): boolean {
  return (proxy as Record<string, unknown>)[member] !== undefined;
}

export function detectCapabilities(workbook: Excel.Workbook): HostCapabilities {
  const supported = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    // Range's member is checked where a range exists (read-snapshot.ts); the requirement set here.
    mergedAreas: supported("1.13"),
    notes: supported("1.18") && hasMember(workbook, "notes"),
    comments: supported("1.10") && hasMember(workbook, "comments"),
  };
}

export function annotationMode(capabilities: HostCapabilities): AnnotationMode {
  if (capabilities.notes) return "note";
  return capabilities.comments ? "comment" : "none";
}
