import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { draftToPackage } from "../../support/draft-package";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";

/** Generated workbooks written as packages and read back equal the generator's own snapshot: writer and reader agree. */

const cellsOf = (wb: WorkbookSnapshot) =>
  wb.sheets.map((s) => ({
    name: s.name,
    rowCount: s.rowCount,
    columnCount: s.columnCount,
    merges: s.merges,
    cells: s.cells.map((line) => JSON.stringify(Array.from(line, (c) => c ?? null))),
  }));

describe("draft → package → reader", () => {
  test.each([
    [1, {}],
    [2, { codeStyle: "split", lineNumbers: true }],
    [3, { arrangement: "sheet-per-table", zeroStyle: "blank", amountFormat: "#,##0.00" }],
    [4, { arrangement: "one-sheet" }],
  ] as const)("seed %i, layout %j", async (seed, layout) => {
    const wb = generateWorkbook({ seed, units: 2, layout: layout as never });
    const snapshot = await readWorkbook(draftToPackage(wb.draft), wb.draft.name);
    expect(cellsOf(snapshot)).toEqual(cellsOf(toSnapshot(wb)));
    expect(snapshot.sheets.some((s) => s.cells.some((line) => line.some((c) => typeof c?.value === "number" && c.numberFormat)))).toBe(true);
  });
});
