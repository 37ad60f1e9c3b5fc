import type { CellRange, CellSnapshot, SheetSnapshot } from "../../../src/core/snapshot/types";
import { recognizeTables } from "../../../src/core/recognition/recognize";

type Row = (string | number | null)[];

/**
 * A header is read once per distinct header of a sheet (src/core/recognition/header-columns.ts): a table takes the
 * columns of an earlier one only when its header rows read alike — the same texts in the same columns and the
 * same merges. Tables whose headers differ in one text or one merge must each be read as printed.
 */
function sheet(rows: Row[], merges: CellRange[]): SheetSnapshot {
  const cells = rows.map((row) =>
    row.map((v): CellSnapshot | undefined => (v === null ? undefined : typeof v === "number" ? { value: v, numberFormat: "0.00" } : { value: v })),
  );
  return { name: "s", cells, rowCount: rows.length, columnCount: 5, merges };
}

/** A 支出决算表 with a two-row header: 本年支出 over the amount columns, then the sub-headers. */
const table = (department: string, subHeaders: Row): Row[] => [
  ["支出决算表"],
  [`部门：${department}`, null, null, null, "单位：万元"],
  ["科目编码", "科目名称", "本年支出", null, null],
  [null, null, ...subHeaders],
  ["208", "社会保障和就业支出", 30, 20, 10],
  [],
];

const HEADER: Row = ["合计", "基本支出", "项目支出"];

function read(tables: { department: string; subHeaders: Row; spanRight: number }[]) {
  const rows: Row[] = [];
  const merges: CellRange[] = [];
  for (const t of tables) {
    const top = rows.length;
    merges.push({ top: top + 2, left: 2, bottom: top + 2, right: t.spanRight });
    rows.push(...table(t.department, t.subHeaders));
  }
  return recognizeTables({ name: "t.xlsx", sheets: [sheet(rows, merges)] }).tables.map((t) => ({
    department: t.department,
    columns: t.columns.map((c) => `${c.col}:${c.header}`),
  }));
}

describe("a header read once per distinct header of a sheet", () => {
  test("tables with the same header take the same columns; a changed text or merge is read anew", () => {
    expect(
      read([
        { department: "甲", subHeaders: HEADER, spanRight: 4 },
        { department: "乙", subHeaders: HEADER, spanRight: 4 },
        { department: "丙", subHeaders: ["合计", "项目支出", "基本支出"], spanRight: 4 },
        { department: "丁", subHeaders: HEADER, spanRight: 3 },
      ]),
    ).toEqual([
      { department: "甲", columns: ["2:本年支出/合计", "3:本年支出/基本支出", "4:本年支出/项目支出"] },
      { department: "乙", columns: ["2:本年支出/合计", "3:本年支出/基本支出", "4:本年支出/项目支出"] },
      { department: "丙", columns: ["2:本年支出/合计", "3:本年支出/项目支出", "4:本年支出/基本支出"] },
      { department: "丁", columns: ["2:本年支出/合计", "3:本年支出/基本支出", "4:项目支出"] },
    ]);
  });

  test("the cell values of each table are its own, under a shared header", () => {
    const rows = [...table("甲", HEADER), ...table("乙", HEADER)];
    rows[10][3] = 25;
    const merges = [0, 6].map((top) => ({ top: top + 2, left: 2, bottom: top + 2, right: 4 }));
    const [first, second] = recognizeTables({ name: "t.xlsx", sheets: [sheet(rows, merges)] }).tables;
    const basic = (t: typeof first) => t.rows.find((r) => r.key === "208")?.cells.get("基本支出");
    expect([basic(first)?.address, basic(first)?.value.toString()]).toEqual(["D5", "20"]);
    expect([basic(second)?.address, basic(second)?.value.toString()]).toEqual(["D11", "25"]);
  });
});
