import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Rows of a table flattened to text whose names are padded with spaces between their characters (#19): web pages
 * print “区 级”, “范 县”, “合 计” in a table's first column. Such a name has no two characters side by side, the
 * reader's test of words; it is read as one cell where the row has as many cells as a row beside it.
 */
const read = (lines: string[]) => readTextFile(lines.join("\n")).map((p) => [p.index, p.text]);

// ha-puyang-2020-revenue-mar-table ¶7–9 and ¶16–18 (https://caizheng.puyang.gov.cn/pc/fwzx.asp?a=newsview-4516)
const puyang = [
  "县区级 | 59725 | 180202 | | -6.6 | 73.8 | 321617 | 614676 | | 3.0 |",
  "区 级 | 24867 | 70978 | | 1.0 | 85.9 | 28853 | 100375 | | -3.9 |",
  "华龙区 | 14729 | 36567 | | 4.9 | 81.8 | 10038 | 32062 | | -22.0 |",
];
const lastCounties = [
  "南乐县 | 7933 | 17960 | | -6.2 | 56.5 | 67293 | 101285 | | 23.0 |",
  "范 县 | 6088 | 20229 | | -3.7 | 85.1 | 50079 | 109330 | | 51.4 |",
  "台前县 | 4183 | 11224 | | -5.4 | 72.5 | 67713 | 86999 | | 0.4 |",
];

describe("a flattened table's row whose name is spaced", () => {
  it("“区 级 | 24867 | …” between rows of as many cells is a paragraph, numbered by its own line", () => {
    expect(read(puyang)).toEqual([
      [1, puyang[0]],
      [2, puyang[1]],
      [3, puyang[2]],
    ]);
    expect(read(lastCounties).map(([n]) => n)).toEqual([1, 2, 3]);
  });

  it("the last row of a table (“范 县” before nothing) is read by the row before it", () => {
    expect(read(lastCounties.slice(0, 2))).toEqual([
      [1, lastCounties[0]],
      [2, lastCounties[1]],
    ]);
  });

  // ah-jiuhuashan-zongjiao-2019-final-sangong ¶3–5 (http://gztopstudy.com/OpennessContent/download/937614.html)
  const jiuhuashan = ["项 目 | 预 算 数 | 决 算 数 |", "合 计 | 18 | 6.28 |", "因公出国(境)费 | 0 | 0 |"];

  it("“合 计 | 18 | 6.28 |” under a spaced header is read, and so is the header (“项 目 | 预 算 数 | 决 算 数 |”) above a row of as many cells", () => {
    expect(read(jiuhuashan)).toEqual([
      [1, jiuhuashan[0]],
      [2, jiuhuashan[1]],
      [3, jiuhuashan[2]],
    ]);
  });

  it("a spaced header beside no row of as many cells is not read", () => {
    expect(read(["项 目 | 预 算 数 |", "合 计 | 18 | 6.28 |", "因公出国(境)费 | 0 | 0 |"]).map(([n]) => n)).toEqual([2, 3]);
  });

  it("split by spaces (“区 级 24867 70978”) as by “|”", () => {
    const rows = ["县区级 59725 180202", "区 级 24867 70978", "华龙区 14729 36567"];
    expect(read(rows).map(([, text]) => text)).toEqual(rows);
  });

  it("a row a cell short of the rows beside it is not read: its characters may be cells of their own", () => {
    const rows = ["华龙区 城区 14729 36567", "区 级 24867 70978", "开发区 城区 3239 19420"];
    expect(read(rows).map(([, text]) => text)).toEqual([rows[0], rows[2]]);
    expect(read([puyang[0], "区 级 | 24867 | 70978 |", puyang[2]]).map(([n]) => n)).toEqual([1, 3]);
  });

  it("a spaced name with no table row beside it is not read (“合 计 | 46 |” between sentences)", () => {
    const lines = ["2014年公务接待费预算8万元。", "合 计 | 46 |", "2014年公务用车费预算38万元。"];
    expect(read(lines).map(([n]) => n)).toEqual([1, 3]);
  });

  it("the rows read raise nothing of their own, and the table's prose is checked as before", () => {
    const prose = "3月份,全市一般公共预算收入当月完成73795万元,下降12.7%,累计完成234267万元,下降10.9%。市本级及各县区具体情况如下表:";
    const found = checkNarrative(readTextFile([prose, ...puyang, ...lastCounties].join("\n")), [], { year: 2020 });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([]);
  });
});

// ah-tangxi-2022-project-performance ¶1 (a 绩效自评表 pressed into one paragraph), its 90万元 planted as 85万元
describe("an amount after a flattened table's unit-less numbers is named by the words after the last cell", () => {
  const table =
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金年度总体目标 预期目标 实际完成情况本项目共申请预算资金85万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。";

  it("“…本年财政拨款 90 89.974 89.974 上年结转资金 …实际完成情况本项目共申请预算资金85万元”: 30 + 30 + 30 = 90 above it, quoted without the cells", () => {
    const found = checkNarrative([{ line: 1, text: table }], []);
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([["N.listSum", "error", "90.00", "85"]]);
    expect(found[0].headline).toBe("第1行：实际完成情况本项目共申请预算资金写85万元，其中所列各项之和已达90.00万元，超过合计5.00万元：合计或某一项有误。");
    expect(found[0].message).toBe("第1行：“实际完成情况本项目共申请预算资金85万元，其中……”：所列各项 30.00 + 30.00 + 30.00 = 90.00万元，超过所述合计。");
  });

  it("a year written “2023 年” before a name is no table cell: the name keeps its words", () => {
    const found = checkNarrative([{ line: 1, text: "2023 年度本年支出合计100.00万元，其中：基本支出70.00万元，项目支出40.00万元。" }], []);
    // 本年支出合计 is an open identity (经营支出, 上缴上级支出 … may be unnamed): its parts in its own sentence are its list's
    expect(found.map((f) => [f.rule, f.subject])).toEqual([["N.listSum", "本年支出合计"]]);
  });
});
