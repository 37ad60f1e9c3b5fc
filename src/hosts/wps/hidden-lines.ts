import { rangeAddress } from "../../core/snapshot/address";
import type { CellRange } from "../../core/snapshot/types";
import { readUniform } from "./uniform-reads";
import type { WpsWorksheet } from "./wps-api";

/**
 * Hidden rows and columns of the used range. EntireRow.Hidden of many rows is true or false when they agree, null
 * when they differ; a sheet without hidden rows costs one read (see readUniform).
 */
export function readHiddenRows(sheet: WpsWorksheet, box: CellRange): number[] {
  return hiddenLines({ ...box, right: box.left }, (b) => sheet.Range(rangeAddress(b)).EntireRow.Hidden, "row");
}

export function readHiddenColumns(sheet: WpsWorksheet, box: CellRange): number[] {
  return hiddenLines({ ...box, bottom: box.top }, (b) => sheet.Range(rangeAddress(b)).EntireColumn.Hidden, "col");
}

function hiddenLines(strip: CellRange, read: (b: CellRange) => boolean | null, along: "row" | "col"): number[] {
  const hidden: number[] = [];
  readUniform(strip, read, (b, isHidden) => {
    if (!isHidden) return;
    const [from, to] = along === "row" ? [b.top, b.bottom] : [b.left, b.right];
    for (let i = from; i <= to; i++) hidden.push(i);
  });
  return hidden.sort((a, b) => a - b);
}
