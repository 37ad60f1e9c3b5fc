import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import {
  generateNarrative,
  mergePriorYear,
  priorYearFromTables,
  readPriorYearJson,
  readPriorYearSheet,
  type NarrativeResult,
} from "../../../src/core/narrative";

const read = readFixture;
const section = (result: NarrativeResult, id: string) => result.sections.find((s) => s.id === id)!;

let zhanyi: TableModel[];
let prior2022: TableModel[];
let priorSheet: WorkbookSnapshot;
let dazhou: TableModel[];

beforeAll(async () => {
  zhanyi = recognizeTables(await read("final-2023-zhanyi.xlsx")).tables;
  prior2022 = recognizeTables(await read("prior-2022-zhanyi.xlsx")).tables;
  priorSheet = await read("prior-sheet-zhanyi.xlsx");
  dazhou = recognizeTables(await read("budget-2023-dazhou.xlsx")).tables;
});

describe("沾益 2023 决算 with last year's workbook (prior-2022-zhanyi.xlsx: every amount × 0.9, 三公 set by hand)", () => {
  let result: NarrativeResult;
  beforeAll(() => {
    result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior: priorYearFromTables(prior2022, "prior-2022-zhanyi.xlsx") });
  });

  it("一: 收、支总计 536.92 (公开01表 F36); 2022: 536.92 × 0.9 = 483.228 → 483.23; +53.69; 53.69 ÷ 483.23 = 11.11%", () => {
    expect(section(result, "一").text).toBe(
      "2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计增加53.69万元，增长11.11%。主要变动原因是：【待填写：主要变动原因】。",
    );
  });

  it("二/三: 473.92 ÷ 536.92 = 88.266% → 88.27%; 63.00 ÷ 536.92 = 11.734% → 11.73%", () => {
    expect(section(result, "二").text).toBe("2023年度本年收入合计536.92万元，其中：财政拨款收入536.92万元，占100.00%。");
    expect(section(result, "三").text).toBe("2023年度本年支出合计536.92万元，其中：基本支出473.92万元，占88.27%；项目支出63.00万元，占11.73%。");
  });

  it("五: 类 shares of 536.92 — 44.26 → 8.243% → 8.24%; 465.22 → 86.646% → 86.65%; 27.44 → 5.111% → 5.11%", () => {
    const paragraphs = section(result, "五").text.split("\n");
    expect(paragraphs[1]).toBe(
      "2023年度一般公共预算财政拨款支出536.92万元，占本年支出合计的100.00%。与2022年度相比，一般公共预算财政拨款支出增加53.69万元，增长11.11%。主要变动原因是：【待填写：主要变动原因】。",
    );
    expect(paragraphs[3]).toBe(
      "2023年度一般公共预算财政拨款支出536.92万元，主要用于以下方面：社会保障和就业支出44.26万元，占8.24%；卫生健康支出465.22万元，占86.65%；住房保障支出27.44万元，占5.11%。",
    );
    // one paragraph per 项 of 公开05表 with an amount: 7 rows; 年初预算数 is not in this region's table
    expect(paragraphs.slice(5)).toHaveLength(7);
    expect(paragraphs[5]).toBe(
      "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为44.26万元，【缺：机关事业单位基本养老保险缴费支出（2080505）年初预算数】。",
    );
    expect(paragraphs[10]).toBe(
      "6.卫生健康支出（类）医疗保障管理事务（款）其他医疗保障管理事务支出（项）：支出决算为63.00万元，【缺：其他医疗保障管理事务支出（2101599）年初预算数】。",
    );
  });

  it("六: 人员经费 443.50 / 公用经费 30.42 (公开06表) with the non-zero 款 listed", () => {
    expect(section(result, "六").text).toBe(
      "2023年度一般公共预算财政拨款基本支出473.92万元，其中：\n" +
        "人员经费443.50万元，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、医疗费补助。\n" +
        "公用经费30.42万元，主要包括：办公费、公务用车运行维护费、其他交通费用。",
    );
  });

  it("七: 三公 3.00 of 全年预算 3.00 = 100.00%; 2022 2.50 → +0.50, 0.50 ÷ 2.50 = 20.00%; 出国 0 vs 0 持平; 用车 2.00 vs 2.50 → −0.50, 20.00%; 接待 1.00 vs 0 → 上年无此项", () => {
    const paragraphs = section(result, "七").text.split("\n");
    expect(paragraphs[1]).toBe("2023年度“三公”经费财政拨款支出决算为3.00万元，完成预算100.00%，与2022年度相比增加0.50万元，增长20.00%。");
    // 2.00 ÷ 3.00 = 66.667% → 66.67%; 1.00 ÷ 3.00 = 33.333% → 33.33%
    expect(paragraphs[3]).toBe(
      "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算2.00万元，占66.67%；公务接待费支出决算1.00万元，占33.33%。",
    );
    expect(paragraphs[4]).toBe("1.因公出国（境）费支出0.00万元。全年安排因公出国（境）团组0个，累计0人次。与2022年度相比持平。");
    expect(paragraphs[5]).toContain("截至2023年12月31日，公务用车保有量1辆。与2022年度相比减少0.50万元，下降20.00%。");
    expect(paragraphs[6]).toBe(
      "3.公务接待费支出1.00万元，完成预算100.00%。其中：国内公务接待支出1.00万元，共接待11批次、160人次；国（境）外公务接待支出0.00万元。与2022年度相比增加1.00万元，上年无此项。",
    );
  });

  it("八/九/十一: empty 公开08表 is stated as such; the unpublished 国有资本经营 table stays a visible gap; 机关运行经费 30.42 = 30.42 持平", () => {
    expect(section(result, "八").text).toBe("2023年度本部门无政府性基金预算财政拨款收入和支出，《政府性基金预算财政拨款收入支出决算表》为空表。");
    expect(section(result, "九").text).toBe("【缺：国有资本经营支出】");
    expect(section(result, "十一").text.split("\n")[1]).toBe("2023年度本部门机关运行经费支出30.42万元，与2022年度相比持平。主要原因是：【待填写：主要原因】。");
  });

  it("lists exactly what is missing: the seven 年初预算数 and the 国有资本经营 table", () => {
    expect(result.missing).toHaveLength(8);
    expect(result.missing).toContain("国有资本经营支出");
    expect(result.missing).toContain("住房公积金（2210201）年初预算数");
    expect(section(result, "十").placeholders).toEqual(["【待填写：预算绩效管理工作开展情况、绩效自评结果】"]);
  });
});

describe("prior-year sources", () => {
  it("reads a 上年数 sheet (item | amount): 536.92 vs 600.00 → −63.08, 63.08 ÷ 600 = 10.51%", () => {
    const prior = readPriorYearSheet(priorSheet)!;
    expect(prior.items).toMatchObject({ 收支总计: "600", 三公经费合计: "3.2", 因公出国费: "0" });
    expect(prior.problems).toEqual([]);
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior });
    expect(section(result, "一").text).toContain("收、支总计减少63.08万元，下降10.51%。");
    // 一般公共预算财政拨款支出 last year 0 → 上年无此项
    expect(section(result, "五").text).toContain("一般公共预算财政拨款支出增加536.92万元，上年无此项。");
    // 3.00 − 3.20 = −0.20; 0.20 ÷ 3.20 = 6.25%; 30.42 − 28.50 = 1.92; 1.92 ÷ 28.50 = 6.7368% → 6.74%
    expect(section(result, "七").text).toContain("与2022年度相比减少0.20万元，下降6.25%。");
    expect(section(result, "十一").text).toContain("机关运行经费支出30.42万元，与2022年度相比增加1.92万元，增长6.74%。");
  });

  it("reads JSON and accepts the pane's plain map; the sheet's items win over last year's workbook", () => {
    const json = readPriorYearJson('{"收支总计": 500, "三公经费合计": "3.00", "坏数": "abc"}', "prior.json");
    expect(json.items).toEqual({ 收支总计: "500", 三公经费合计: "3" });
    expect(json.problems).toEqual(["prior.json：“坏数”的金额“abc”无法识别"]);
    const plain = generateNarrative(zhanyi, { family: "决算", year: 2023, prior: { 收支总计: "500" } });
    // 536.92 − 500 = 36.92; 36.92 ÷ 500 = 7.384% → 7.38%
    expect(section(plain, "一").text).toContain("增加36.92万元，增长7.38%");
    const merged = mergePriorYear(readPriorYearSheet(priorSheet), priorYearFromTables(prior2022, "prior-2022-zhanyi.xlsx"))!;
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior: merged });
    expect(section(result, "一").text).toContain("减少63.08万元"); // from the sheet (600.00)
    expect(section(result, "四").text).toContain("持平"); // sheet says 536.92 last year
  });

  it("without last year's figures, every comparison is a visible placeholder, never this year's number", () => {
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023 });
    expect(section(result, "一").text).toBe(
      "2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计【缺：上年收支总计】。主要变动原因是：【待填写：主要变动原因】。",
    );
    expect(result.missing).toEqual(expect.arrayContaining(["上年收支总计", "上年财政拨款收支总计", "上年三公经费合计", "上年机关运行经费"]));
  });

  it("without a year, the year is a placeholder too", () => {
    const result = generateNarrative(zhanyi, { family: "决算" });
    expect(section(result, "一").text.startsWith("【缺：年度】年度收、支总计")).toBe(true);
  });
});

describe("达州 2023 预算", () => {
  it("writes the budget text; numbers match the published text (461.49, 89.04%, 10.96%, 79.53% …)", () => {
    const result = generateNarrative(dazhou, { family: "预算", year: 2023, prior: { 收支总计: "272.01", 机关运行经费: "16.67" } });
    // 461.49 − 272.01 = 189.48; 189.48 ÷ 272.01 = 69.659% → 69.66%
    expect(section(result, "一").text.split("\n")[0]).toBe(
      "达州市医疗保障事务中心2023年收支预算总数461.49万元，比2022年收支预算总数增加189.48万元，增长69.66%。主要原因：【待填写：主要原因】。",
    );
    // 410.89 ÷ 461.49 = 89.035% → 89.04%; 50.60 ÷ 461.49 = 10.964% → 10.96%
    expect(section(result, "一").text).toContain("其中：基本支出410.89万元，占89.04%；项目支出50.60万元，占10.96%。");
    expect(section(result, "二").text.split("\n")[1]).toBe("支出包括：社会保障和就业支出408.99万元、卫生健康支出17.80万元、住房保障支出34.70万元。");
    // 367.04 ÷ 461.49 = 79.534% → 79.53%; 12.46 ÷ 461.49 = 2.6999% → 2.70%
    expect(section(result, "三").text).toContain("社会保险经办机构（项）367.04万元，占79.53%；机关事业单位基本养老保险缴费支出（项）41.96万元，占9.09%；行政单位医疗（项）12.46万元，占2.70%；");
    // 30.13 − 16.67 = 13.46; 13.46 ÷ 16.67 = 80.744% → 80.74% (as published)
    expect(section(result, "八").text).toContain("机关运行经费财政拨款预算为30.13万元，比2022年预算增加13.46万元，增长80.74%。");
    expect(section(result, "六").text).toBe("达州市医疗保障事务中心2023年没有使用政府性基金预算拨款安排的支出。");
  });
});

describe("user templates", () => {
  it("replaces the built-in template", () => {
    const template = "定义 总计 = [收入支出决算总表|支出总计|金额]\n## a 总体\n{单位}{年度}年度支出总计{金额(总计)}万元。";
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, template });
    expect(result.sections).toEqual([{ id: "a", title: "总体", text: "曲靖市沾益区医疗保障局2023年度支出总计536.92万元。", placeholders: [] }]);
  });
});
