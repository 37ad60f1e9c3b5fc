import type { CellRange } from "../../core/snapshot/types";
import type { WpsRange } from "./wps-api";

/** A WPS range's position, 0-based and inclusive like the snapshot's (Row/Column are 1-based): four reads. */
export function rangeBox(range: WpsRange): CellRange {
  const top = range.Row - 1;
  const left = range.Column - 1;
  return { top, left, bottom: top + range.Rows.Count - 1, right: left + range.Columns.Count - 1 };
}
