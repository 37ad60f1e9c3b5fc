/**
 * What the host Excel can do beyond the manifest's minimum (ExcelApi 1.9). Each feature degrades on its own:
 * no merged-area API → snapshot without merges; no notes → threaded comments; neither → fills only.
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

export function detectCapabilities(): HostCapabilities {
  const supported = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { mergedAreas: supported("1.13"), notes: supported("1.18"), comments: supported("1.10") };
}

export function annotationMode(capabilities: HostCapabilities): AnnotationMode {
  if (capabilities.notes) return "note";
  return capabilities.comments ? "comment" : "none";
}
