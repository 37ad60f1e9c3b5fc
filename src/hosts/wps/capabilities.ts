import type { WpsRange, WpsWorkbook } from "./wps-api";

/**
 * What this WPS build offers beyond values and fills, each used when present and degraded on its own (as the Office
 * host does for missing requirement sets): no MergeCells → snapshot without merged areas; no AddComment → marks are
 * fills only; no CustomDocumentProperties → nothing can be kept in the workbook (saving says so in Chinese).
 */
export interface WpsCapabilities {
  mergedAreas: boolean;
  comments: boolean;
  documentProperties: boolean;
}

/** Feature test on the workbook and one cell of its first sheet. */
export function detectCapabilities(workbook: WpsWorkbook): WpsCapabilities {
  const probe: Partial<WpsRange> = workbook.Worksheets.Item(1).Range("A1");
  return {
    mergedAreas: probe.MergeCells !== undefined,
    comments: typeof probe.AddComment === "function",
    documentProperties: workbook.CustomDocumentProperties !== undefined && workbook.CustomDocumentProperties !== null,
  };
}
