import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Tables flattened into a text (#19 item 3: arithmetic inside the text when no real table is present): a 合计 (总计)
 * row against the rows it totals, column by column, and a 小计 against the rows since the previous one — only where
 * the shape leaves no doubt which rows a total adds (N.tableSum).
 */
const check = (lines: string[]) =>
  checkNarrative(readTextFile(lines.join("\n")), [], { year: 2019 })
    .filter((f) => f.rule === "N.tableSum")
    .map((f) => [f.severity, f.kind, (f.headline ?? "").split("：")[0], f.quote && f.quote.paragraph.slice(f.quote.start, f.quote.end), f.expected]);

// ah-jiuhuashan-zongjiao-2019-final-sangong ¶3–7 (http://gztopstudy.com/OpennessContent/download/937614.html), the
// 公务用车 lines below it (a “其中” level) left out
const jiuhuashan = [
  "项 目 | 预 算 数 | 决 算 数 |",
  "合 计 | 18 | 6.28 |",
  "因公出国(境)费 | 0 | 0 |",
  "公务接待费 | 12 | 6.28 |",
  "公务用车购置及运行费 | 6 | 0 |",
];

describe("a 合计 row of a table flattened into the text", () => {
  it("of a long table (200 lines) is judged: the runs of lines it weighs are summed from running sums", () => {
    const names = "甲乙丙丁戊己庚辛壬癸";
    const lines = Array.from(
      { length: 200 },
      (_, i) => `科目${names[Math.floor(i / 100)]}${names[Math.floor(i / 10) % 10]}${names[i % 10]}费 | ${(i % 97) + 1}.25 | 1.50 |`,
    );
    // Σ of the 预算 column: 200 × 0.25 + Σ((i mod 97) + 1) = 50 + 9,527 = 9,577.00; the 决算 column 300.00
    expect(check(["项目 | 预算数 | 决算数 |", ...lines, "合计 | 9,587.00 | 300.00 |"])).toEqual([["error", "narrative", "第202段", "9,587.00", "9577.00"]]);
  });

  it("that adds up raises nothing", () => {
    expect(check(["一、2019年度一般公共预算财政拨款“三公”经费支出决算表", "单位:万元", ...jiuhuashan])).toEqual([]);
  });

  it("one slip in it is an error at its cell, with the sum as its value; a column that adds up is not named", () => {
    const slipped = jiuhuashan.map((row) => row.replace("合 计 | 18 | 6.28", "合 计 | 18 | 7.28"));
    expect(check(slipped)).toEqual([["error", "narrative", "第2段", "7.28", "6.28"]]);
  });

  it("at the bottom, its rows above it; 元 with thousands separators and decimals as written", () => {
    const rows = [
      "项目 | 上年决算数 | 本年决算数",
      "因公出国(境)费 | 130,600.00 | 102,000.00",
      "公务接待费 | 1,679,690.00 | 1,590,940.00",
      "公务用车购置及运行费 | 1,218,720.00 | 1,105,720.00",
      "合计 | 3,029,010.00 | 2,897,660.00",
    ];
    expect(check(rows)).toEqual([["error", "narrative", "第5段", "2,897,660.00", "2798660.00"]]);
  });

  it("within what the printed figures allow is a rounding warning, never an error", () => {
    const rows = ["项目 | 决算数", "合计 | 6.3", "公务接待费 | 3.15", "公务用车运行费 | 3.13"];
    expect(check(rows)).toEqual([["warning", "rounding", "第2段", "6.3", "6.28"]]);
  });

  it("a bare 0 among figures with decimals is exactly none; among whole numbers it is rounded as they are", () => {
    expect(check(["项目 | 决算数", "合计 | 6.78", "因公出国(境)费 | 0", "公务接待费 | 6.28"])).toEqual([["error", "narrative", "第2段", "6.78", "6.28"]]);
    expect(check(["项目 | 预算数", "合计 | 13", "因公出国(境)费 | 0", "公务接待费 | 12"]).map(([severity]) => severity)).toEqual([]);
  });
});

describe("a 小计 row closes the rows since the previous 小计", () => {
  const meetings = [
    "会议类别|住宿费|伙食费|增幅%",
    "一类会议|400|150|3.2",
    "二类会议|360|150|1.1",
    "小计|770|300|4.3",
    "三类会议|300|130|1.0",
    "四类会议|270|130|2.0",
    "小计|570|260|3.0",
    "合计|1340|560|7.3",
  ];

  it("each 小计 against its own rows; a rate column (增幅%) and the 合计 over the 小计 rows are not judged", () => {
    expect(check(meetings)).toEqual([["error", "narrative", "第4段", "770", "760"]]);
  });

  it("a 小计 printed above its rows (the first row a 小计) leaves every 小计 unjudged", () => {
    const above = ["项目|住宿费|伙食费", "小计|770|300", "一类会议|400|150", "二类会议|360|150", "小计|570|260", "三类会议|300|130", "四类会议|270|130"];
    expect(check(above)).toEqual([]);
    expect(check([...above, "小计|1330|560"])).toEqual([]);
  });
});

describe("shapes that leave doubt raise nothing", () => {
  it("a “其中” row, a “(1)” row under “3.” and an indented row mix levels", () => {
    // gx-guilin-sifa-2015-budget-sangong-table ¶3–9: 公务用车费 0 where its parts hold 32.65 — a slip the levels hide
    const guilin = [
      "项 目 | 本年预算数 | 其中:公共预算财政拨款 |",
      "合 计 | 34.35 | 34.35 |",
      "1.因公出国(境)费用 | 0 | 0 |",
      "2.公务接待费 | 1.70 | 1.70 |",
      "3.公务用车费 | 0 | 0 |",
      "其中:(1)公务用车运行维护费 | 32.65 | 32.65 |",
      "(2)公务用车购置 | 0 | 0 |",
    ];
    expect(check(guilin)).toEqual([]);
    expect(check([...guilin.slice(0, 5), "(1)公务用车运行维护费 | 32.65 | 32.65 |"])).toEqual([]);
    expect(check(["项目 | 决算数", "合计 | 41.90", "公务接待费 | 26.4", "公务用车费 | 15.50", "  公务用车运行维护费 | 15.50"])).toEqual([]);
  });

  it("a row that is the sum of the rows right after it (parts listed unmarked) or a run of rows adding up to the total alone", () => {
    const unmarked = [
      "项目 | 预算数 | 决算数",
      "合计 | 77.00 | 68.30",
      "因公出国(境)费 | 0.00 | 0.00",
      "公务接待费 | 35.00 | 26.40",
      "公务用车购置及运行费 | 42.00 | 41.90",
      "公务用车运行维护费 | 30.00 | 30.90",
      "公务用车购置费 | 12.00 | 11.00",
    ];
    expect(check(unmarked)).toEqual([]);
    const outside = ["项目 | 预算数", "合计 | 46.00", "因公出国(境)费 | 0.00", "公务接待费 | 8.00", "公务用车运行维护费 | 38.00", "机关运行经费 | 312.23"];
    expect(check(outside)).toEqual([]);
  });

  it("a column with words or dashes, rows of different widths, no header, a 合计 in the middle", () => {
    expect(check(["项目 | 预算数", "合计 | 46", "因公出国(境)费 | -", "公务接待费 | 8", "公务用车费 | 30"])).toEqual([]);
    expect(check(["项目 | 预算数 |", "合计 | 46 |", "因公出国(境)费 | 0", "公务接待费 | 8 |", "公务用车费 | 30 |"])).toEqual([]);
    expect(check(["合计 | 46", "因公出国(境)费 | 0", "公务接待费 | 8", "公务用车费 | 30"])).toEqual([]);
    expect(check(["项目 | 预算数", "因公出国(境)费 | 0", "合计 | 46", "公务接待费 | 8", "公务用车费 | 30"])).toEqual([]);
  });

  it("a column headed by a rate, a share or an average is never added", () => {
    const rows = ["单位名称 | 当月 | 增幅", "合计 | 100 | 9.0", "市本级 | 40 | 3.0", "县区级 | 60 | 4.0"];
    expect(check(rows)).toEqual([]);
    expect(check(["项目 | 行次 | 金额", "合计 | 1 | 46", "公务接待费 | 2 | 8", "公务用车费 | 3 | 38"])).toEqual([]);
  });
});
