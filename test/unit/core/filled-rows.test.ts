import type { CellSnapshot, SheetSnapshot } from "../../../src/core/snapshot/types";
import { SheetGrid } from "../../../src/core/recognition/sheet-grid";

/**
 * The rows a table reader visits (SheetGrid.rowFrom, rowsBetween): rows holding a cell, and the top row of every
 * merged area even when it holds none; never the empty rows in between, however far the sheet reaches.
 */
function sparseSheet(): SheetSnapshot {
  const cells: (CellSnapshot | undefined)[][] = [];
  cells[0] = [{ value: "支出决算表" }];
  cells[2] = [undefined, undefined]; // a row of empty slots holds nothing
  cells[3] = [undefined, { value: 1 }];
  cells[7] = [{ value: "合计" }, { value: 2 }];
  cells[1048575] = [{ value: "x" }];
  return { name: "s", cells, rowCount: 1048576, columnCount: 2, merges: [{ top: 5, left: 0, bottom: 6, right: 1 }] };
}

function visit(grid: SheetGrid, from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = grid.rowFrom(from); r <= to; r = grid.rowFrom(r + 1)) rows.push(r);
  return rows;
}

describe("the filled rows of a sheet", () => {
  test("cells and merge tops, in order, the far row included; rowFrom visits what rowsBetween lists", () => {
    const grid = new SheetGrid(sparseSheet());
    expect(grid.rowsBetween(0, grid.rowCount - 1)).toEqual([0, 3, 5, 7, 1048575]);
    expect(visit(grid, 0, grid.rowCount - 1)).toEqual([0, 3, 5, 7, 1048575]);
    expect(visit(grid, 4, 7)).toEqual([5, 7]);
    expect(visit(grid, 8, 1000)).toEqual([]);
    expect(grid.rowFrom(1048576)).toBe(Infinity);
  });

  test("visits nested inside another visit (a title's block inside the sheet's scan) each see every row", () => {
    const grid = new SheetGrid(sparseSheet());
    const seen: string[] = [];
    for (let r = grid.rowFrom(0); r <= 7; r = grid.rowFrom(r + 1)) seen.push(`${r}:${visit(grid, r + 1, 7).join(",")}`);
    expect(seen).toEqual(["0:3,5,7", "3:5,7", "5:7", "7:"]);
  });
});

describe("the columns of a row", () => {
  test("its cells and the left column of every merge crossing it, ascending, each once", () => {
    const cells: (CellSnapshot | undefined)[][] = [];
    cells[0] = [undefined, { value: "项目" }, undefined, { value: "金额" }, undefined, undefined, { value: 3 }];
    cells[1] = [undefined, undefined, { value: 1 }];
    const merges = [
      { top: 0, left: 4, bottom: 1, right: 5 }, // between two cells
      { top: 0, left: 0, bottom: 0, right: 0 }, // before every cell
      { top: 0, left: 3, bottom: 1, right: 3 }, // on a cell: counted once
      { top: 1, left: 7, bottom: 1, right: 8 }, // after every cell
    ];
    const grid = new SheetGrid({ name: "s", cells, rowCount: 2, columnCount: 9, merges });
    expect(grid.columns(0)).toEqual([0, 1, 3, 4, 6]);
    expect(grid.columns(1)).toEqual([2, 3, 4, 7]);
    expect(grid.columns(2)).toEqual([]);
  });
});
