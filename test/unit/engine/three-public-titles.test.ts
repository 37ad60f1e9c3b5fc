import { analyzeWorkbook } from "../../../src/core/analysis";
import { matchTableKind } from "../../../src/core/recognition/titles";
import { draftToSnapshot, type DraftCell } from "../../support/workbook-draft";
import { brief } from "./finding-helpers";

/**
 * 三公 tables as other provinces title and print them (found on the real tables of test/fixtures/tables): a title
 * naming the 三公经费 is a 三公 table, its kind from its scope words; a sheet without any title line is read by the
 * 三公 lines it lists, and then says only warnings.
 */

describe("a title naming the 三公经费", () => {
  test.each([
    ["2021年区本级“三公”经费预算支出表", "Y09"],
    ["施甸县2016年“三公”经费决算情况统计表", "J07"],
    ["一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表", "J11"],
    ["政府性基金预算“三公”经费支出表", "Y11"],
    ["一般公共预算“三公”经费支出预算表", "Y09"],
    ["财政拨款“三公”经费支出决算表", "J07"],
  ])("“%s” → %s", (title, id) => {
    expect(matchTableKind(title)?.id).toBe(id);
  });

  test("with neither 预算 nor 决算 it is left to the header", () => {
    expect(matchTableKind("2015年桂林市司法局部门“三公”经费情况统计表")).toBeUndefined();
  });
});

const cell = (v: string | number | undefined): DraftCell | undefined =>
  v === undefined ? undefined : typeof v === "number" ? { value: v, numberFormat: "0.00" } : { value: v };

function analyze(rows: (string | number | undefined)[][]) {
  return analyzeWorkbook(draftToSnapshot({ name: "t.xlsx", sheets: [{ name: "Sheet1", rows: rows.map((r) => r.map(cell)), merges: [] }] }));
}

/** 湛江's layout: no title line, 单位 then the header, the 三公 lines under 行政经费. */
function untitled(total: number) {
  return analyze([
    [undefined, undefined, "单位:万元"],
    ["项 目", "合计", "一般公共预算"],
    ["行政经费", 312.23, 312.23],
    ["“三公”经费", total, total],
    ["其中:(一)因公出国(境)支出", 0, 0],
    ["(二)公务用车购置及运行维护支出", 28, 28],
    ["1.公务用车购置", 0, 0],
    ["2.公务用车运行维护费", 28, 28],
    ["(三)公务接待费支出", 1, 1],
  ]);
}

describe("a sheet with no title line that lists the 三公 items", () => {
  test("is read as the 三公 table, told from its lines: one info, no other finding", () => {
    const result = untitled(29);
    expect(result.models.map((m) => m.kind.id)).toEqual(["Y09"]);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([["structure.kind-from-header", "info"]]);
    expect(result.findings[0].message).toContain("此表没有表名");
  });

  test("a wrong “三公”经费 line is a warning there, never an error", () => {
    const found = untitled(30).findings.filter((f) => f.rule !== "structure.kind-from-header");
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["Y09.items", "warning", "B4"],
      ["Y09.items", "warning", "C4"],
    ]);
  });

  test("numbers under a header that lists no 三公 items stay unread, said so", () => {
    const result = analyze([
      ["项目", "金额"],
      ["办公费", 3],
      ["印刷费", 4],
    ]);
    expect(result.models).toEqual([]);
    expect(result.unrecognized.map((u) => u.reason)).toEqual([expect.stringContaining("没有找到可识别的表名")]);
  });
});

test("a column of rates beside the amounts is never summed (施甸's 增、减幅度)", () => {
  const result = analyze([
    ["“三公”经费决算情况统计表"],
    ["项目", "上年决算数", "本年决算数", "增减金额", "增减幅度"],
    ["合计", 30, 27, -3, "-10%"],
    ["1.因公出国(境)费", 10, 9, -1, "-10%"],
    ["2.公务接待费", 10, 9, -1, "-10%"],
    ["3.公务用车购置及运行费", 10, 9, -1, "-10%"],
  ]);
  expect(result.models.map((m) => [m.kind.id, m.columns.map((c) => c.key)])).toEqual([["J07", ["上年数", "决算数", "增减额"]]]);
  expect(result.findings.map(brief)).toEqual([]);
});
