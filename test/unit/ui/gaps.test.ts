import { fillMark, missingMark, sectionRuns } from "../../../src/core/narrative/template/gaps";
import type { NarrativeSection } from "../../../src/ui/engine";
import { filledSections, gapsOf, narrativeParagraphs, openGapCount, sectionLines } from "../../../src/ui/narrative/gaps";

/** A section as the template runner hands it over: lines of runs, its gaps typed. */
function section(id: string, title: string, marked: string): NarrativeSection {
  const lines = sectionRuns(marked, { id, title });
  const gaps = lines.flatMap((line) => line.flatMap((run) => (run.gap ? [run.gap] : [])));
  const text = lines.map((line) => line.map((run) => run.text).join("")).join("\n");
  return { id, title, text, lines, gaps, placeholders: gaps.map((g) => (g.kind === "fill" ? `【待填写：${g.label}】` : `【缺：${g.label}】`)) };
}

const 一 = section(
  "一",
  "一、收入支出决算总体情况说明",
  `2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计${missingMark("上年收支总计")}。主要变动原因是：${fillMark("主要变动原因")}。`,
);
const 五 = section(
  "五",
  "五、一般公共预算财政拨款支出决算情况说明",
  `1.行政运行（项）：支出决算为379.11万元，${missingMark("行政运行（2101501）年初预算数")}。原因：${fillMark("主要原因")}。\n2.住房公积金：${fillMark("主要原因")}。与上年相比${missingMark("上年收支总计")}。`,
);

describe("gaps of the generated 情况说明", () => {
  it("shows each gap as its placeholder", () => {
    expect(一.text).toBe("2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计【缺：上年收支总计】。主要变动原因是：【待填写：主要变动原因】。");
  });

  it("tells a prior-year figure, a figure the tables lack and words to write apart", () => {
    expect(gapsOf([一, 五]).map((g) => [g.field, g.kind, g.label, g.item])).toEqual([
      ["prior:收支总计", "prior", "上年收支总计", "收支总计"],
      ["fill:一:主要变动原因:0", "fill", "主要变动原因", undefined],
      ["table:行政运行（2101501）年初预算数", "table", "行政运行（2101501）年初预算数", undefined],
      ["fill:五:主要原因:0", "fill", "主要原因", undefined],
      ["fill:五:主要原因:1", "fill", "主要原因", undefined],
    ]);
  });

  it("puts typed words in their own gap only, and counts what is still open", () => {
    const fillIns = { "fill:五:主要原因:1": "公积金基数调整" };
    const lines = sectionLines(五, fillIns);
    expect(lines[1].map((p) => p.text).join("")).toBe("2.住房公积金：公积金基数调整。与上年相比【缺：上年收支总计】。");
    expect(lines[0].map((p) => p.text).join("")).toContain("原因：【待填写：主要原因】。");
    expect(lines[1][1]).toMatchObject({ text: "公积金基数调整", filled: true, gap: { field: "fill:五:主要原因:1" } });
    expect(openGapCount(五, fillIns)).toBe(3);
    expect(openGapCount(五, {})).toBe(4);
  });

  it("leads a share's gap to the field of its part", () => {
    const 十 = section(
      "十",
      "十、其他重要事项的情况说明",
      `授予中小企业合同金额${missingMark("授予中小企业合同金额")}万元，占政府采购支出总额的${missingMark("授予中小企业合同金额占政府采购支出总额的比例")}。`,
    );
    const parts = sectionLines(十, {})[0].filter((p) => p.gap);
    expect(parts.map((p) => [p.gap!.field, p.gap!.label])).toEqual([
      ["table:授予中小企业合同金额", "授予中小企业合同金额"],
      ["table:授予中小企业合同金额", "授予中小企业合同金额占政府采购支出总额的比例"],
    ]);
  });

  it("never doubles the punctuation when the typed words end with it", () => {
    const fillIns = { "fill:一:主要变动原因:0": "人员增加。", "fill:五:主要原因:1": " 公积金基数调整； " };
    expect(narrativeParagraphs([一, 五], new Set(["一", "五"]), fillIns)).toEqual([
      一.title,
      "2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计【缺：上年收支总计】。主要变动原因是：人员增加。",
      五.title,
      "1.行政运行（项）：支出决算为379.11万元，【缺：行政运行（2101501）年初预算数】。原因：【待填写：主要原因】。",
      "2.住房公积金：公积金基数调整。与上年相比【缺：上年收支总计】。",
    ]);
    expect(sectionLines(一, { "fill:一:主要变动原因:0": "。" })[0].at(-2)).toMatchObject({ text: "【待填写：主要变动原因】" }); // only a mark: still open
  });

  it("writes the chosen sections as title + one paragraph per line, typed words in place", () => {
    expect(narrativeParagraphs([一, 五], new Set(["一"]), { "fill:一:主要变动原因:0": "人员增加" })).toEqual([
      "一、收入支出决算总体情况说明",
      "2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计【缺：上年收支总计】。主要变动原因是：人员增加。",
    ]);
  });

  it("hands the Word writer runs: typed words are plain text, open gaps stay gaps (highlighted)", () => {
    const [written] = filledSections([五], new Set(["五"]), { "fill:五:主要原因:0": "人员增加" });
    expect(written.lines.map((line) => line.map((run) => (run.gap ? `[${run.text}]` : run.text)).join(""))).toEqual([
      "1.行政运行（项）：支出决算为379.11万元，[【缺：行政运行（2101501）年初预算数】]。原因：人员增加。",
      "2.住房公积金：[【待填写：主要原因】]。与上年相比[【缺：上年收支总计】]。",
    ]);
    expect(written.text).toBe(written.lines.map((line) => line.map((run) => run.text).join("")).join("\n"));
  });

  it("keeps a gap whose typed words are only blanks", () => {
    expect(narrativeParagraphs([一], new Set(["一"]), { "fill:一:主要变动原因:0": "  " })[1]).toContain("【待填写：主要变动原因】");
  });
});
