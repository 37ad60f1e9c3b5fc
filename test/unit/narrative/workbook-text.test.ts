import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { checkWorkbookText, reportYear } from "../../../src/core/narrative";
import { isProseSheet, readNarrativeText } from "../../../src/core/paragraphs";
import { findLeftovers } from "../../../src/core/text/leftovers";
import { statedYears } from "../../../src/core/text/year";

const sheet = (name: string, rows: (string | number | undefined)[][]): SheetSnapshot => ({
  name,
  cells: rows.map((r) => r.map((v) => (v === undefined ? undefined : { value: v }))),
  rowCount: rows.length,
  columnCount: Math.max(...rows.map((r) => r.length)),
  merges: [],
});
const book = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ name: "t.xlsx", sheets });

const table = sheet("收入支出决算总表", [
  ["第二部分 上海市普陀区XX局 2024 年度部门决算表"],
  ["收入支出决算总表"],
  ["项目", "决算数"],
  ["本年收入合计", 10],
  ["注：无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明："],
]);
const text = sheet("情况说明", [
  ["第三部分 上海市普陀区财政局 2023年度部门决算情况说明"],
  ["上海市普陀区财政局 2024 年度收入支出总计 10.00 万元。与 2023 年度相比，收入支出总计减少 1.00 万元，下降 9.09%。"],
  ["截至 2023年 12 月 31 日，上海市普陀区财政局共有车辆 0 辆。"],
]);

describe("template leftovers", () => {
  it("finds placeholders, alternatives in any order and fused, doubled and contradictory words, instructions", () => {
    const found = (t: string) => findLeftovers(t).map((l) => l.text);
    expect(found("上海市普陀区XX局")).toEqual(["XX"]);
    expect(found("金额××万元，（单位名称）")).toEqual(["××", "（单位名称）"]);
    expect(found("减少0.15万元，下降（增长）27.78%")).toEqual(["下降（增长）"]);
    expect(found("增加（减少）1万元，增长/下降1%")).toEqual(["增加（减少）", "增长/下降"]);
    expect(found("比上年减增加1万元，决算数大小于预算数")).toEqual(["减增加", "大小于"]);
    expect(found("比上年增加增加1万元，与上年增加持平")).toEqual(["增加增加", "增加持平"]);
    expect(found("请填写本单位情况。")).toEqual(["请填写本单位情况。"]);
    // words that merely look alike are left alone
    expect(found("增减变化情况：收入增加、支出减少，MAXXIS 轮胎")).toEqual([]);
  });
});

describe("the report's year", () => {
  it("reads subject years (titles, 截至, sentence openings), never comparisons", () => {
    expect(statedYears("与 2023 年度相比，收入支出总计减少 1.00 万元", true)).toEqual([]);
    expect(statedYears("比2023年度增加", true)).toEqual([]);
    expect(statedYears("2022年及2023年均未安排公务用车购置费。", true)).toEqual([]);
    expect(statedYears("在2024年4月已经完成。", true)).toEqual([]);
    // a title comparing two years is about the first: the one compared with is no subject year
    expect(statedYears("2016年决算数与2015年决算数对比情况", false).map((y) => y.year)).toEqual([2016]);
    expect(statedYears("截至 2023年 12 月 31 日，共有车辆 0 辆。", true).map((y) => [y.use, y.year, y.text])).toEqual([
      ["截至", 2023, "截至 2023年 12 月 31 日"],
    ]);
    expect(statedYears("第三部分 上海市普陀区财政局 2023年度部门决算情况说明", true).map((y) => [y.use, y.year])).toEqual([["title", 2023]]);
  });

  it("takes the year most stated: the 2024 table title and sentence beat a 2023 title and date", () => {
    // votes: 2024 (table title, A2 opening) against 2023 (text title, A3 截至): a tie goes to the later year
    expect(reportYear(book(table, text))).toBe(2024);
  });

  it("reads a year wherever a cell states it, to its last character, and no year in “20” without two digits after it", () => {
    const cells = (...rows: string[]) =>
      book(
        sheet(
          "表",
          rows.map((r) => [r]),
        ),
      );
    expect(reportYear(cells("部门决算表2025年", "部门决算表2025年", "2024年度部门决算"))).toBe(2025);
    expect(reportYear(cells("部门决算表20", "第20号", "2O24年"))).toBeUndefined();
    expect(checkWorkbookText(cells("某某单位2024年度部门决算", "金额单位：XX"), 2023, []).map((f) => [f.rule, f.cell])).toEqual([
      ["N.year", "A1"],
      ["N.leftover", "A2"],
    ]);
  });
});

describe("workbook-wide scan of text cells", () => {
  it("reports leftovers in table sheets and wrong years in titles and dates, at their cells; skips the checked paragraphs", () => {
    const snapshot = book(table, text);
    const findings = checkWorkbookText(snapshot, 2024, []);
    expect(findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.severity, f.actual])).toEqual([
      ["N.leftover", "收入支出决算总表!A1", "error", "XX"],
      ["N.leftover", "收入支出决算总表!A5", "error", "注：无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明："],
      ["N.year", "情况说明!A1", "warning", "2023年度部门决算"],
      ["N.year", "情况说明!A3", "warning", "截至 2023年 12 月 31 日"],
    ]);
    // the paragraphs of the text sheet are checked by checkNarrative; the scan leaves them alone
    expect(checkWorkbookText(snapshot, 2024, readNarrativeText(snapshot)).map((f) => f.sheet)).toEqual(["收入支出决算总表", "收入支出决算总表"]);
  });

  it("leaves last year's column head beside this year's alone, never another year's or a title", () => {
    const twoYears = sheet("三公", [
      ["西双版纳州民族宗教事务局2017年“三公”经费财政拨款预算表"],
      ["项 目", "2016年预算数", "2017年预算数", "2015年预算数"],
      ["合计", 38.5, 37, 40],
      ["2016年“三公”经费预算表"],
    ]);
    expect(checkWorkbookText(book(twoYears), 2017, []).map((f) => [f.cell, f.actual])).toEqual([
      ["D2", "2015年预算"],
      ["A4", "2016年“三公”经费预算"],
    ]);
  });
});

describe("reading text sheets", () => {
  it("knows prose sheets by name, first line or content, and tables as not prose", () => {
    expect(isProseSheet(text)).toBe(true);
    expect(isProseSheet(table)).toBe(false);
    const report = sheet("Sheet9", [
      ["一、部门基本情况"],
      ["本部门主要职责是组织实施全区医疗保障制度，负责医疗保障基金监督管理，推进医药服务价格改革，开展各项工作。"],
      ["本部门预算绩效管理工作开展情况如下：本部门制定了预算绩效管理实施办法，建立了预算绩效管理工作机制。"],
      ["全过程绩效管理实施情况：编报绩效目标的项目4个，涉及预算金额598.42万元，平均得分99.43分，评级为优。"],
    ]);
    expect(isProseSheet(report)).toBe(true);
  });

  it("joins a paragraph cut across cells, never a heading; splits a cell holding several paragraphs", () => {
    const cut = sheet("情况说明", [
      ["十、预算绩效管理情况"],
      ["绩效自评的2024年度项目39个，涉及预算金额4415.48万元，平均得分99.33分（其中，绩效评级为"],
      ["“优”的项目39个；绩效评级为“良”的项目0个。"],
      ["十一、其他重要事项的情况说明\n（一）机关运行经费支出情况"],
    ]);
    expect(readNarrativeText(book(cut))).toEqual([
      { sheet: "情况说明", cell: "A1", text: "十、预算绩效管理情况" },
      {
        sheet: "情况说明",
        cell: "A2",
        text: "绩效自评的2024年度项目39个，涉及预算金额4415.48万元，平均得分99.33分（其中，绩效评级为“优”的项目39个；绩效评级为“良”的项目0个。",
      },
      { sheet: "情况说明", cell: "A4", text: "十一、其他重要事项的情况说明" },
      { sheet: "情况说明", cell: "A4", text: "（一）机关运行经费支出情况" },
    ]);
  });
});
