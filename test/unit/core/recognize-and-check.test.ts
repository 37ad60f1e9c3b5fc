import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { recognizeTables } from "../../../src/core/recognition/recognize";

type Row = (string | number | null)[];

/** A sheet from rows; numbers get the "0.00" format the exports use. */
function sheet(name: string, rows: Row[]): SheetSnapshot {
  const cells = rows.map((row) =>
    row.map((v): CellSnapshot | undefined => (v === null ? undefined : typeof v === "number" ? { value: v, numberFormat: "0.00" } : { value: v })),
  );
  return { name, cells, rowCount: rows.length, columnCount: Math.max(...rows.map((r) => r.length)), merges: [] };
}

const workbook = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ name: "test.xlsx", sheets });

const expenseTable = (unit: string, scale: number, basic210: number): Row[] => [
  ["2023年度支出决算表"],
  ["部门：某局", null, null, null, `单位：${unit}`],
  ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
  [null, "合计", 536.92 * scale, 473.92 * scale, 63 * scale],
  ["208", "社会保障和就业支出", 44.26 * scale, 44.26 * scale, null],
  ["20805", "行政事业单位养老支出", 44.26 * scale, 44.26 * scale, null],
  ["210", "卫生健康支出", 492.66 * scale, basic210 * scale, 63 * scale],
  ["21011", "行政事业单位医疗", 429.66 * scale, 429.66 * scale, null],
  ["21015", "医疗保障管理事务", 63 * scale, null, 63 * scale],
];

const summaryTable: Row[] = [
  ["收入支出决算总表"],
  ["收入", null, "支出"],
  ["项目", "金额", "项目(按功能分类)", "金额"],
  ["一、一般公共预算财政拨款收入", 536.92, "八、社会保障和就业支出", 44.26],
  [null, null, "九、卫生健康支出", 492.66],
  ["本年收入合计", 536.92, "本年支出合计", 536.92],
  ["总计", 536.92, "总计", 536.92],
];

describe("recognition", () => {
  test("several tables stacked in one sheet are each recognised, by title not sheet name", () => {
    const result = recognizeTables(workbook(sheet("Sheet1", [...summaryTable, [], ...expenseTable("万元", 1, 429.66)])));
    expect(result.tables.map((t) => [t.kind.title, t.range.top])).toEqual([
      ["收入支出决算总表", 0],
      ["支出决算表", 8],
    ]);
    const expense = result.tables[1];
    expect(expense.rows.map((r) => r.key)).toEqual(["合计", "208", "20805", "210", "21011", "21015"]);
    expect(expense.rows.find((r) => r.key === "21011")?.parent).toBe("210");
    expect(expense.department).toBe("某局");
  });

  test("codes split into 类 | 款 | 项 columns and code+name in one cell both give the same rows", () => {
    const split = recognizeTables(
      workbook(
        sheet("s", [
          ["支出决算表"],
          ["科目编码", null, null, "科目名称", "本年支出合计", "基本支出", "项目支出"],
          ["类", "款", "项", "科目名称", "本年支出合计", "基本支出", "项目支出"],
          ["208", null, null, "社会保障和就业支出", 10, 10, null],
          ["208", "05", null, "行政事业单位养老支出", 10, 10, null],
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", 10, 10, null],
        ]),
      ),
    );
    const joined = recognizeTables(
      workbook(
        sheet("s", [
          ["支出决算表"],
          ["项目", "本年支出合计", "基本支出", "项目支出"],
          ["208 社会保障和就业支出", 10, 10, null],
          ["20805 行政事业单位养老支出", 10, 10, null],
          ["2080505 机关事业单位基本养老保险缴费支出", 10, 10, null],
        ]),
      ),
    );
    for (const r of [split, joined]) {
      expect(r.tables[0].rows.map((x) => [x.code, x.level, x.parent])).toEqual([
        ["208", 1, undefined],
        ["20805", 2, "208"],
        ["2080505", 3, "20805"],
      ]);
    }
    expect(split.tables[0].rows[2].name).toBe("机关事业单位基本养老保险缴费支出");
  });
});

describe("checks", () => {
  test("one wrong cell breaking three sums is reported once, at that cell, with the corrected value", () => {
    const findings = analyzeWorkbook(workbook(sheet("支出", expenseTable("万元", 1, 492.66)))).findings.filter((f) => f.severity === "error");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: "支出", cell: "D7", expected: "429.66", actual: "492.66", kind: "sum" });
    expect(findings[0].related).toEqual(expect.arrayContaining(["支出!C7", "支出!E7", "支出!D4", "支出!D8", "支出!D9"]));
  });

  test("tables in 元 and 万元 are compared after conversion", () => {
    const ok = analyzeWorkbook(workbook(sheet("总表", summaryTable), sheet("支出", expenseTable("元", 10000, 429.66))));
    expect(ok.findings.filter((f) => f.severity === "error")).toEqual([]);
    const shifted = summaryTable.map((r) => (r[2] === "九、卫生健康支出" ? [null, null, "九、卫生健康支出", 493.66] : r));
    const bad = analyzeWorkbook(workbook(sheet("总表", shifted), sheet("支出", expenseTable("元", 10000, 429.66))));
    const errors = bad.findings.filter((f) => f.severity === "error");
    // 493.66 breaks both the summary's own total and its match with 支出决算表 (in 元): one finding, at that cell.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: "总表", cell: "D5", expected: "492.66", actual: "493.66" });
    expect(errors[0].related).toContain("支出!C7");
    expect(errors[0].message).toContain("4926600.00元");
  });

  test("a 0.01 tail over several parts is a rounding warning, never an error", () => {
    const rows = expenseTable("万元", 1, 429.66).map((r) => (r[1] === "合计" ? [null, "合计", 536.91, 473.92, 63] : r));
    const findings = analyzeWorkbook(workbook(sheet("支出", rows))).findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.kind === "rounding").map((f) => f.cell)).toContain("C4");
  });
});
