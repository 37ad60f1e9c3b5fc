import { analyzeWorkbook } from "../../../src/core/analysis";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import { brief } from "./finding-helpers";

/**
 * Cost follows the filled cells, not the grid's extent: a stray value at XFD1048576 or a merge over the whole sheet
 * changes nothing, and a broken table of 48,000 lines gives one summary instead of 16,000 cards (and no stack
 * overflow). Speed itself is measured by `npm run bench`; these tests prove the results stay right at scale.
 */
describe("scale by content", () => {
  const clean = () => toSnapshot(generateWorkbook({ seed: 3, randomize: false }));

  test("a stray value at XFD1048576 beside the tables: same tables, same findings, not a column of any table", () => {
    const before = analyzeWorkbook(clean());
    const snapshot = clean();
    const sheet = snapshot.sheets[0];
    sheet.cells[1048575] = [];
    sheet.cells[1048575][16383] = { value: 1 };
    sheet.rowCount = 1048576;
    sheet.columnCount = 16384;
    const after = analyzeWorkbook(snapshot);
    expect(after.tables).toEqual(before.tables);
    expect(after.findings.map(brief)).toEqual(before.findings.map(brief));
    expect(Math.max(...after.models.map((t) => t.range.right))).toBeLessThan(20);
  });

  test("a merge over the whole sheet is read without visiting its cells", () => {
    const snapshot = clean();
    const sheet = snapshot.sheets[snapshot.sheets.length - 1];
    sheet.merges.push({ top: 2000, left: 0, bottom: 1048575, right: 16383 });
    sheet.rowCount = 1048576;
    sheet.columnCount = 16384;
    expect(analyzeWorkbook(snapshot).tables.length).toBe(analyzeWorkbook(clean()).tables.length);
  });

  test("48,000 lines of 支出决算表, every third one not adding up: one summary finding with the count and first cells", () => {
    const lines = 48_000;
    const cells: SheetSnapshot["cells"] = [
      [{ value: "支出决算表" }],
      [{ value: "功能分类科目编码" }, { value: "科目名称" }, { value: "本年支出合计" }, { value: "基本支出" }, { value: "项目支出" }],
    ];
    const amount = (value: number) => ({ value, numberFormat: "0.00" });
    for (let i = 0; i < lines; i++) {
      cells.push([{ value: String(2010101 + i) }, { value: `项目${i}` }, amount(i % 3 === 0 ? 10 : 3), amount(1), amount(2)]);
    }
    const snapshot: WorkbookSnapshot = { name: "big.xlsx", sheets: [{ name: "S", cells, rowCount: cells.length, columnCount: 5, merges: [] }] };
    const findings = analyzeWorkbook(snapshot).findings.filter((f) => f.rule === "J03.row");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", sheet: "S", cell: "C3" });
    expect(findings[0].message).toContain("共 16000 处不符");
    expect(findings[0].related.slice(0, 2)).toEqual(["S!C6", "S!C9"]);
    expect(findings[0].steps).toHaveLength(10);
    expect(findings[0].steps![0]).toBe("2010101 项目0：本年支出合计 10.00 ≠ 基本支出 1.00 + 项目支出 2.00（相差 7.00）");
  });
});
