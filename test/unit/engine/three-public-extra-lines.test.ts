import { analyzeWorkbook } from "../../../src/core/analysis";
import type { CellRange } from "../../../src/core/snapshot/types";
import { draftToSnapshot, type DraftCell } from "../../support/workbook-draft";
import { brief } from "./finding-helpers";

/**
 * “一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表” (陕西's form of the 三公 table): the 三公 table with a
 * 会议费 and a 培训费 line or column beside the 三公 items, outside its 合计. Read as the 三公 table, not as the
 * 支出决算表 its title ends with; the two extra items are known to it and never part of its sums.
 */

const TITLE = "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表";

const cell = (v: string | number | undefined): DraftCell | undefined =>
  v === undefined ? undefined : typeof v === "number" ? { value: v, numberFormat: "0.00" } : { value: v };

function analyze(rows: (string | number | undefined)[][], merges: CellRange[] = []) {
  const draft = { name: "t.xlsx", sheets: [{ name: "表7", rows: rows.map((r) => r.map(cell)), merges }] };
  return analyzeWorkbook(draftToSnapshot(draft));
}

/** 预算数 ‖ 决算数, each: 合计 | 因公出国 | 公务用车 (小计, 购置费, 运行费) | 公务接待费 | 会议费 | 培训费. */
function across(finalTotal: number) {
  const items = ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费", "会议费", "培训费"];
  const car = ["", "", "小计", "公务用车购置费", "公务用车运行费", "", "", ""];
  const budget = [20.5, 3, 12.5, 0, 12.5, 5, 6.2, 8.8];
  const final = [finalTotal, 2.4, 11.3, 0, 11.3, 4.02, 5.1, 7.75];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: 15 },
    { top: 2, left: 0, bottom: 2, right: 7 },
    { top: 2, left: 8, bottom: 2, right: 15 },
    { top: 3, left: 2, bottom: 3, right: 4 },
    { top: 3, left: 10, bottom: 3, right: 12 },
  ];
  return analyze(
    [
      [TITLE],
      [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "单位：万元",
      ],
      ["预算数", ...Array(7).fill(""), "决算数"],
      [...items, ...items],
      [...car, ...car],
      [...budget, ...final],
    ],
    merges,
  );
}

/** 项目 | 预算数 | 决算数, one item a line, 会议费 and 培训费 below the 三公 lines. */
function down(finalTotal: number) {
  return analyze([
    [TITLE],
    [undefined, undefined, "单位：万元"],
    ["项目", "预算数", "决算数"],
    ["“三公”经费合计", 20.5, finalTotal],
    ["1.因公出国（境）费", 3, 2.4],
    ["2.公务用车购置及运行费", 12.5, 11.3],
    ["  其中：公务用车购置费", 0, 0],
    ["        公务用车运行费", 12.5, 11.3],
    ["3.公务接待费", 5, 4.02],
    ["会议费", 6.2, 5.1],
    ["培训费", 8.8, 7.75],
  ]);
}

describe.each([
  ["across", across],
  ["down", down],
])("printed %s", (_, build) => {
  test("read as the 三公 决算 table, its lines known, no finding", () => {
    const result = build(17.72);
    expect(result.models.map((m) => m.kind.id)).toEqual(["J11"]);
    expect(result.models[0].rows.map((r) => r.key)).toEqual(expect.arrayContaining(["合计", "因公出国费", "公务用车费", "公务接待费", "会议费", "培训费"]));
    expect(result.findings.map(brief)).toEqual([]);
  });

  test("a wrong 三公 合计 is an error at it, the 会议费 and 培训费 kept out of the sum", () => {
    const found = build(17.92).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.message.includes("17.92") && f.message.includes("相差 0.20")])).toEqual([["J11.total", true]]);
  });
});
