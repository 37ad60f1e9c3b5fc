import type { OfficeLike, ReadyInfo } from "./office-like";
import type { Problem } from "./problem";

/**
 * The add-in's real minimum: Range.getCellProperties / setCellProperties [ExcelApi 1.9]. The manifest asks only
 * for ExcelApi 1.1 so that volume-licensed Excel 2016/2019 still list the add-in and the loader can explain, instead
 * of hiding it.
 */
export const MIN_EXCEL_API = "1.9";

/** Highest minor version probed (ExcelApi 1.20 shipped in 2025; probing stops at the first unsupported one). */
const MAX_MINOR_PROBED = 40;

/** The highest "1.x" of a requirement set the host supports ("1.7" for volume-licensed Excel 2019), or "" when none. */
export function highestSupported(office: OfficeLike, set: string): string {
  const requirements = office.context && office.context.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return "";
  let highest = "";
  for (let minor = 1; minor <= MAX_MINOR_PROBED; minor++) {
    const version = "1." + minor;
    if (!requirements.isSetSupported(set, version)) break;
    highest = version;
  }
  return highest;
}

/**
 * Whether this Office can run the pane. Outside Office (a plain browser tab) onReady reports no host; an Excel
 * without ExcelApi 1.9 (volume-licensed Excel 2016: 1.1, volume-licensed Excel 2019: up to 1.7; retail 2016/2019 receive
 * current sets through updates) gets the highest version it has in the problem.
 */
export function checkExcel(office: OfficeLike, info: ReadyInfo): Problem | null {
  if (!info || !info.host) return { reason: "outside-excel" };
  const requirements = office.context && office.context.requirements;
  if (requirements && typeof requirements.isSetSupported === "function" && requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) return null;
  return { reason: "excel-too-old", detail: highestSupported(office, "ExcelApi") };
}
