import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import { generateNarrative, type NarrativeResult } from "../../../src/core/narrative";

const section = (result: NarrativeResult, id: string) => result.sections.find((s) => s.id === id)!;

let zhanyi: TableModel[];
beforeAll(async () => {
  zhanyi = recognizeTables(await readFixture("final-2023-zhanyi.xlsx")).tables;
});

describe("wording of the generated text", () => {
  const withPrior = () => generateNarrative(zhanyi, { family: "决算", year: 2023, prior: { 因公出国费: "1.20", 公务用车费: "3", 公务接待费: "0.5" } });

  it("asks no reason nor use for a 三公 item of 0.00, and asks both for one with spending", () => {
    const lines = section(withPrior(), "七").text.split("\n");
    // 公开06表: 因公出国（境）费 0.00 (last year 1.20), 公务用车购置费 0.00, 运行维护 2.00, 接待 1.00
    expect(lines[4]).toBe("1、因公出国（境）费支出0.00万元，未安排预算。全年安排因公出国（境）团组0个，累计0人次。与2022年度相比减少1.20万元，下降100.00%。");
    expect(lines[5]).toContain("公务用车运行维护费2.00万元，主要用于【待填写：公务用车运行维护费的主要用途】。");
    expect(lines[5]).toContain("与2022年度相比减少1.00万元，下降33.33%。主要变动原因是：【待填写：主要变动原因】。");
  });

  it("names the share, not the amount, in a share's gap", () => {
    const text = section(generateNarrative(zhanyi, { family: "决算", year: 2023 }), "十").text;
    expect(text).toContain("授予中小企业合同金额【缺：授予中小企业合同金额】万元，占政府采购支出总额的【缺：授予中小企业合同金额占政府采购支出总额的比例】");
  });

  it("opens with 部门概况 (主要职责, 机构设置 to write) and closes with the standard 名词解释 when asked", () => {
    const framed = generateNarrative(zhanyi, { family: "决算", year: 2023, framing: true });
    expect(framed.sections.map((s) => s.id)).toEqual(["概况", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "名词解释"]);
    expect(framed.sections[0].placeholders).toEqual(["【待填写：部门主要职责】", "【待填写：机构设置（内设机构、下属单位）】"]);
    const glossary = framed.sections[11].text.split("\n");
    expect(glossary[0]).toBe("（一）财政拨款收入：指单位从同级财政部门取得的财政预算资金。");
    expect(glossary.map((line) => /^（[一二三四五六七八九十]+）([^：]+)：/.exec(line)?.[1])).toEqual([
      "财政拨款收入",
      "事业收入",
      "经营收入",
      "其他收入",
      "年初结转和结余",
      "年末结转和结余",
      "基本支出",
      "项目支出",
      "经营支出",
      "“三公”经费",
      "机关运行经费",
    ]);
    expect(generateNarrative(zhanyi, { family: "决算", year: 2023 }).sections.map((s) => s.id)).not.toContain("名词解释");
  });
});
