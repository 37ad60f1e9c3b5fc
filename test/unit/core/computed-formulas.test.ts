import { withComputedFormulas } from "../../../src/core/snapshot/computed-formulas";
import type { CellSnapshot, SheetSnapshot } from "../../../src/core/snapshot/types";

const f = (formula: string): CellSnapshot => ({ value: null, formula });
const sheet = (name: string, cells: (CellSnapshot | undefined)[][]): SheetSnapshot => ({
  name,
  cells,
  rowCount: cells.length,
  columnCount: Math.max(...cells.map((l) => l.length)),
  merges: [],
});

function computed(cells: (CellSnapshot | undefined)[][], other?: SheetSnapshot) {
  const result = withComputedFormulas({ name: "x.xlsx", sheets: [sheet("表", cells), ...(other ? [other] : [])] });
  return { values: result.snapshot.sheets[0].cells.map((l) => l.map((c) => c?.value)), sheets: result.sheets };
}

describe("formulas saved without their result", () => {
  test("SUM of ranges and cells, + and −, brackets, exactly (0.1 + 0.2 = 0.3)", () => {
    const { values, sheets } = computed([[{ value: 0.1 }, { value: 0.2 }, f("SUM(A1:B1)"), f("A1+B1-(C1-0.3)"), f("sum(A1, B1, 1)"), undefined, f("-A1+F1")]]);
    expect(values[0]).toEqual([0.1, 0.2, 0.3, 0.3, 1.3, undefined, -0.1]);
    expect(sheets).toEqual([{ sheet: "表", computed: 4, uncomputed: 0 }]);
  });

  test("a formula over another formula without result, and over another sheet (quoted name with a space)", () => {
    const other = sheet("公开03表 (2)", [[{ value: 5 }]]);
    const { values } = computed([[f("B1*2"), f("C1+1"), f("'公开03表 (2)'!A1+D1"), { value: 2 }]], other);
    expect(values[0]).toEqual([null, 8, 7, 2]);
  });

  test("never a guess: functions, text, errors and cycles leave the cell without a value, the first one named", () => {
    const { values, sheets } = computed([
      [{ value: "合计" }, f("A1+1"), f("ROUND(D1,2)"), { value: null, error: "#REF!" }, f("D1+1"), f("F1+1"), f("SUM(A1,7)")],
    ]);
    expect(values[0]).toEqual(["合计", null, null, null, null, null, 7]);
    expect(sheets).toEqual([{ sheet: "表", computed: 1, uncomputed: 4, first: { row: 0, col: 1 } }]);
  });

  test("a workbook without such formulas is given back as it is", () => {
    const snapshot = { name: "x.xlsx", sheets: [sheet("表", [[{ value: 1, formula: "1" }]])] };
    expect(withComputedFormulas(snapshot).snapshot).toBe(snapshot);
  });
});
