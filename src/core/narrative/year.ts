import type { WorkbookSnapshot } from "../snapshot/types";

const YEAR = /(20\d{2})\s*年/;
const TOP_ROWS = 4;

/** The year a workbook is about: the first “2023年” in the top rows of its sheets, else a year in its name. */
export function detectYear(snapshot: WorkbookSnapshot): number | undefined {
  for (const sheet of snapshot.sheets) {
    for (const line of sheet.cells.slice(0, TOP_ROWS)) {
      for (const cell of line) {
        const m = cell && typeof cell.value === "string" ? YEAR.exec(cell.value) : null;
        if (m) return Number(m[1]);
      }
    }
  }
  const named = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(snapshot.name);
  return named ? Number(named[1]) : undefined;
}
