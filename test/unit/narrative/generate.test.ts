import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import {
  generateNarrative,
  budgetItemsFromTables,
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

describe("沾益 2023 决算 golden text (prior-2022-zhanyi.xlsx: every amount × 0.9, 三公 set by hand)", () => {
  let result: NarrativeResult;
  beforeAll(() => {
    result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior: priorYearFromTables(prior2022, "prior-2022-zhanyi.xlsx") });
  });
  const U = "曲靖市沾益区医疗保障局"; // the 部门 line of the tables (公开06表!A3 “部门：曲靖市沾益区医疗保障局”)

  it("is the standard 2023+ structure: 一 … 十, 预算绩效管理 under 十 其他重要事项", () => {
    expect(result.sections.map((x) => x.id)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]);
    expect(
      section(result, "十")
        .text.split("\n")
        .filter((p) => /^（[一二三四]）/.test(p)),
    ).toEqual(["（一）机关运行经费支出情况", "（二）政府采购支出情况", "（三）国有资产占有使用情况", "（四）预算绩效管理情况"]);
  });

  it("一 to 四: totals, shares and changes, each change with its reason gap", () => {
    // 收、支总计 536.92 (公开01表); 2022: 536.92 × 0.9 = 483.228 → 483.23; 536.92 − 483.23 = 53.69; 53.69 ÷ 483.23 = 11.11%
    expect(section(result, "一").text).toBe(
      `${U}2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计增加53.69万元，增长11.11%。主要变动原因是：【待填写：主要变动原因】。`,
    );
    expect(section(result, "二").text).toBe(`${U}2023年度本年收入合计536.92万元，其中：财政拨款收入536.92万元，占100.00%。`);
    // 473.92 ÷ 536.92 = 88.266% → 88.27%; 63.00 ÷ 536.92 = 11.734% → 11.73%
    expect(section(result, "三").text).toBe(`${U}2023年度本年支出合计536.92万元，其中：基本支出473.92万元，占88.27%；项目支出63.00万元，占11.73%。`);
    expect(section(result, "四").text).toBe(
      `${U}2023年度财政拨款收、支总计均为536.92万元。与2022年度相比，财政拨款收、支总计增加53.69万元，增长11.11%。主要变动原因是：【待填写：主要变动原因】。`,
    );
  });

  it("五: 类 shares of 536.92 and one paragraph per 项, 年初预算数 a visible gap without the budget workbook", () => {
    expect(section(result, "五").text.split("\n")).toEqual([
      "（一）一般公共预算财政拨款支出决算总体情况",
      `${U}2023年度一般公共预算财政拨款支出536.92万元，占本年支出合计的100.00%。与2022年度相比，一般公共预算财政拨款支出增加53.69万元，增长11.11%。主要变动原因是：【待填写：主要变动原因】。`,
      "（二）一般公共预算财政拨款支出决算结构情况",
      // 44.26 ÷ 536.92 = 8.243% → 8.24%; 465.22 ÷ 536.92 = 86.646% → 86.65%; 27.44 ÷ 536.92 = 5.111% → 5.11%
      `${U}2023年度一般公共预算财政拨款支出536.92万元，主要用于以下方面：社会保障和就业支出（类）44.26万元，占8.24%；卫生健康支出（类）465.22万元，占86.65%；住房保障支出（类）27.44万元，占5.11%。`,
      "（三）一般公共预算财政拨款支出决算具体情况",
      `${U}2023年度一般公共预算财政拨款支出决算为536.92万元，年初预算为【缺：一般公共预算年初预算】万元。其中：`,
      "1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为44.26万元，年初预算为【缺：机关事业单位基本养老保险缴费支出（2080505）年初预算数】万元。",
      "2、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为17.13万元，年初预算为【缺：行政单位医疗（2101101）年初预算数】万元。",
      "3、卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）：支出决算为5.43万元，年初预算为【缺：公务员医疗补助（2101103）年初预算数】万元。",
      "4、卫生健康支出（类）行政事业单位医疗（款）其他行政事业单位医疗支出（项）：支出决算为0.55万元，年初预算为【缺：其他行政事业单位医疗支出（2101199）年初预算数】万元。",
      "5、卫生健康支出（类）医疗保障管理事务（款）行政运行（项）：支出决算为379.11万元，年初预算为【缺：行政运行（2101501）年初预算数】万元。",
      "6、卫生健康支出（类）医疗保障管理事务（款）其他医疗保障管理事务支出（项）：支出决算为63.00万元，年初预算为【缺：其他医疗保障管理事务支出（2101599）年初预算数】万元。",
      "7、住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为27.44万元，年初预算为【缺：住房公积金（2210201）年初预算数】万元。",
    ]);
  });

  it("六: 人员经费 443.50 / 公用经费 30.42 (公开06表) with the 款 that have an amount", () => {
    expect(section(result, "六").text).toBe(
      `${U}2023年度一般公共预算财政拨款基本支出473.92万元，其中：\n` +
        "人员经费443.50万元，主要包括：基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、医疗费补助。\n" +
        "公用经费30.42万元，主要包括：办公费、公务用车运行维护费、其他交通费用。",
    );
  });

  it("七: 三公 with each item's own budget (公开10表 全年预算数), changes and their reasons", () => {
    expect(section(result, "七").text.split("\n")).toEqual([
      "（一）“三公”经费财政拨款支出决算总体情况说明",
      // 3.00 ÷ 3.00 = 100.00%; 2022 2.50 → +0.50, 0.50 ÷ 2.50 = 20.00%
      `${U}2023年度“三公”经费财政拨款支出预算为3.00万元，支出决算为3.00万元，完成预算100.00%。与2022年度相比，“三公”经费财政拨款支出决算增加0.50万元，增长20.00%。主要变动原因是：【待填写：主要变动原因】。`,
      "（二）“三公”经费财政拨款支出决算具体情况说明",
      // 0 ÷ 3.00 = 0.00%; 2.00 ÷ 3.00 = 66.667% → 66.67%; 1.00 ÷ 3.00 = 33.333% → 33.33%
      `${U}2023年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算2.00万元，占66.67%；公务接待费支出决算1.00万元，占33.33%。具体情况如下：`,
      // 因公出国 budget 0: no percentage of a zero budget
      "1、因公出国（境）费支出0.00万元，未安排预算。全年安排因公出国（境）团组0个，累计0人次。与2022年度相比持平。",
      // 2.00 ÷ 2.00 = 100.00%; 2022 2.50 → −0.50, 0.50 ÷ 2.50 = 20.00%
      "2、公务用车购置及运行维护费支出2.00万元，完成预算100.00%。其中：公务用车购置费0.00万元，全年购置公务用车0辆；公务用车运行维护费2.00万元，主要用于【待填写：公务用车运行维护费的主要用途】。截至2023年12月31日，公务用车保有量1辆。与2022年度相比减少0.50万元，下降20.00%。主要变动原因是：【待填写：主要变动原因】。",
      // 1.00 ÷ 1.00 = 100.00%; 2022 0 → 上年无此项, and a gap for why
      "3、公务接待费支出1.00万元，完成预算100.00%。其中：国内公务接待支出1.00万元，共接待11批次、160人次；国（境）外公务接待支出0.00万元。与2022年度相比增加1.00万元（上年无此项）。主要变动原因是：【待填写：上年无此项的原因】。",
    ]);
  });

  it("八/九: the empty 公开08表 and the 国有资本经营 fund that 公开04表 shows as 0 are written as the standard sentence", () => {
    expect(section(result, "八").text).toBe(
      `${U}2023年度无政府性基金预算财政拨款收入和支出，政府性基金预算财政拨款支出为0.00万元，《政府性基金预算财政拨款收入支出决算表》为空表。`,
    );
    expect(section(result, "九").text).toBe(
      `${U}2023年度无国有资本经营预算财政拨款收入和支出，国有资本经营预算财政拨款支出为0.00万元，《国有资本经营预算财政拨款收入支出决算表》为空表。`,
    );
  });

  it("十: 机关运行经费 30.42 = 30.42 持平 (no reason asked); 政府采购 and the 100万元 equipment count stay gaps until typed", () => {
    expect(section(result, "十").text.split("\n")).toEqual([
      "（一）机关运行经费支出情况",
      `${U}2023年度机关运行经费支出30.42万元，与2022年度相比持平。`,
      "（二）政府采购支出情况",
      `${U}2023年度政府采购支出总额【缺：政府采购支出总额】万元，其中：政府采购货物支出【缺：政府采购货物支出】万元、政府采购工程支出【缺：政府采购工程支出】万元、政府采购服务支出【缺：政府采购服务支出】万元。授予中小企业合同金额【缺：授予中小企业合同金额】万元，占政府采购支出总额的【缺：授予中小企业合同金额占政府采购支出总额的比例】，其中：授予小微企业合同金额【缺：授予小微企业合同金额】万元，占政府采购支出总额的【缺：授予小微企业合同金额占政府采购支出总额的比例】。`,
      "（三）国有资产占有使用情况",
      `截至2023年12月31日，${U}共有车辆1辆；单价100万元以上设备（不含车辆）【缺：大型设备数】台（套）。`,
      "（四）预算绩效管理情况",
      "【待填写：预算绩效管理工作开展情况、绩效自评结果】",
    ]);
  });

  it("lists exactly what is missing: the 年初预算数 (no budget workbook) and the figures only the accountant knows", () => {
    expect(result.missing).toEqual([
      "一般公共预算年初预算",
      "机关事业单位基本养老保险缴费支出（2080505）年初预算数",
      "行政单位医疗（2101101）年初预算数",
      "公务员医疗补助（2101103）年初预算数",
      "其他行政事业单位医疗支出（2101199）年初预算数",
      "行政运行（2101501）年初预算数",
      "其他医疗保障管理事务支出（2101599）年初预算数",
      "住房公积金（2210201）年初预算数",
      "政府采购支出总额",
      "政府采购货物支出",
      "政府采购工程支出",
      "政府采购服务支出",
      "授予中小企业合同金额",
      "授予中小企业合同金额占政府采购支出总额的比例",
      "授予小微企业合同金额",
      "授予小微企业合同金额占政府采购支出总额的比例",
      "大型设备数",
    ]);
  });
});

describe("this year's budget workbook and typed figures", () => {
  it("fills 年初预算 by 项 from the 预算公开 workbook's items and computes 完成年初预算 and the direction words", () => {
    const budget = {
      "一般公共预算支出预算表|合计|合计": "540.00",
      "一般公共预算支出预算表|2080505|合计": "45.00",
      "一般公共预算支出预算表|2210201|合计": "27.44",
    };
    const text = section(generateNarrative(zhanyi, { family: "决算", year: 2023, budget }), "五").text.split("\n");
    // 536.92 ÷ 540.00 = 99.4296% → 99.43%
    expect(text[5]).toBe("曲靖市沾益区医疗保障局2023年度一般公共预算财政拨款支出年初预算为540.00万元，支出决算为536.92万元，完成年初预算的99.43%。其中：");
    // 44.26 ÷ 45.00 = 98.356% → 98.36%; 44.26 < 45.00
    expect(text[6]).toBe(
      "1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为45.00万元，支出决算为44.26万元，完成年初预算的98.36%。决算数小于预算数的主要原因是：【待填写：主要原因】。",
    );
    expect(text[12]).toBe(
      "7、住房保障支出（类）住房改革支出（款）住房公积金（项）：年初预算为27.44万元，支出决算为27.44万元，完成年初预算的100.00%。决算数与预算数持平。",
    );
  });

  it("reads the items from a 预算公开 workbook's tables (达州 2023: 表3 by 项, 表3-3 三公)", () => {
    expect(budgetItemsFromTables(dazhou)).toMatchObject({
      "一般公共预算支出预算表|合计|合计": "461.49",
      "一般公共预算支出预算表|2080109|合计": "367.04",
      "一般公共预算支出预算表|2210201|合计": "34.70",
      "一般公共预算“三公”经费支出预算表|合计|合计": "0.50",
      "一般公共预算“三公”经费支出预算表|合计|公务接待费": "0.50",
    });
  });

  it("政府采购 shares are computed from the typed amounts (1.37 ÷ 1.70 = 80.588% → 80.59%); plain style prints 0万元", () => {
    const inputs = {
      政府采购支出总额: "1.70",
      政府采购货物支出: "0",
      政府采购工程支出: "0",
      政府采购服务支出: "1.70",
      授予中小企业合同金额: "1.37",
      授予小微企业合同金额: "1.37",
      单价100万元以上设备数: "0",
    };
    const text = section(generateNarrative(zhanyi, { family: "决算", year: 2023, inputs, style: "plain" }), "十").text.split("\n");
    expect(text[3]).toBe(
      "曲靖市沾益区医疗保障局2023年度政府采购支出总额1.70万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出1.70万元。授予中小企业合同金额1.37万元，占政府采购支出总额的80.59%，其中：授予小微企业合同金额1.37万元，占政府采购支出总额的80.59%。",
    );
    expect(text[5]).toBe("截至2023年12月31日，曲靖市沾益区医疗保障局共有车辆1辆；单价100万元以上设备（不含车辆）0台（套）。");
  });
});

describe("prior-year sources", () => {
  it("reads a 上年数 sheet (item | amount): 536.92 vs 600.00 → −63.08, 63.08 ÷ 600 = 10.51%", () => {
    const prior = readPriorYearSheet(priorSheet)!;
    expect(prior.items).toMatchObject({ 收支总计: "600", 三公经费合计: "3.2", 因公出国费: "0" });
    expect(prior.problems).toEqual([]);
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior });
    expect(section(result, "一").text).toContain("收、支总计减少63.08万元，下降10.51%。");
    // 一般公共预算财政拨款支出 last year 0 → 上年无此项, and the reason is asked for
    expect(section(result, "五").text).toContain("一般公共预算财政拨款支出增加536.92万元（上年无此项）。主要变动原因是：【待填写：上年无此项的原因】。");
    // 3.00 − 3.20 = −0.20; 0.20 ÷ 3.20 = 6.25%; 30.42 − 28.50 = 1.92; 1.92 ÷ 28.50 = 6.7368% → 6.74%
    expect(section(result, "七").text).toContain("与2022年度相比，“三公”经费财政拨款支出决算减少0.20万元，下降6.25%。");
    expect(section(result, "十").text).toContain("机关运行经费支出30.42万元，与2022年度相比增加1.92万元，增长6.74%。");
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
      "曲靖市沾益区医疗保障局2023年度收、支总计均为536.92万元。与2022年度相比，收、支总计【缺：上年收支总计】。主要变动原因是：【待填写：主要变动原因】。",
    );
    expect(result.missing).toEqual(expect.arrayContaining(["上年收支总计", "上年财政拨款收支总计", "上年三公经费合计", "上年机关运行经费"]));
  });

  it("without a year, the year is a placeholder too", () => {
    const result = generateNarrative(zhanyi, { family: "决算" });
    expect(section(result, "一").text.startsWith("曲靖市沾益区医疗保障局【缺：年度】年度收、支总计")).toBe(true);
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
    expect(section(result, "三").text).toContain(
      "社会保险经办机构（项）367.04万元，占79.53%；机关事业单位基本养老保险缴费支出（项）41.96万元，占9.09%；行政单位医疗（项）12.46万元，占2.70%；",
    );
    // 30.13 − 16.67 = 13.46; 13.46 ÷ 16.67 = 80.744% → 80.74% (as published)
    expect(section(result, "八").text).toContain("机关运行经费财政拨款预算为30.13万元，比2022年预算增加13.46万元，增长80.74%。");
    expect(section(result, "六").text).toBe("达州市医疗保障事务中心2023年没有使用政府性基金预算拨款安排的支出。");
  });
});

describe("user templates", () => {
  it("replaces the built-in template", () => {
    const template = "定义 总计 = [收入支出决算总表|支出总计|金额]\n## a 总体\n{单位}{年度}年度支出总计{金额(总计)}万元。";
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, template });
    expect(result.sections).toMatchObject([{ id: "a", title: "总体", text: "曲靖市沾益区医疗保障局2023年度支出总计536.92万元。", placeholders: [], gaps: [] }]);
    expect(result.sections).toHaveLength(1);
  });
});

describe("预算绩效管理 from the recognised 绩效 tables", () => {
  it("峨眉山 2023 自评表: 10 projects, Σ 全年预算数 and the average score", async () => {
    const { analyzeWorkbook } = await import("../../../src/core/analysis");
    const projects = analyzeWorkbook(await read("perf-2023-emeishan.xlsx")).projects;
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, projects, unit: "峨眉山市医疗保障局" });
    // 1946.77 + 0.09 + 2.64 + 1809.37 + 18.04 + 0.63 + 6.97 + 1.74 + 12.00 + 0.30 = 3798.55;
    // scores (99.5 + 100 × 7 + 90 × 2) ÷ 10 = 979.5 ÷ 10 = 97.95; all ≥ 90: 优
    expect(section(result, "十").text.split("\n").pop()).toBe(
      "峨眉山市医疗保障局2023年度预算绩效管理工作开展情况如下：绩效自评的项目10个，涉及预算金额3798.55万元，平均得分97.95分（其中，绩效评级为“优”的项目10个；绩效评级为“良”的项目0个；绩效评级为“中”的项目0个；绩效评级为“差”的项目0个）。",
    );
  });

  it("达州 2023 目标表: 11 projects with targets (表6), Σ 预算数 50.60 = the 项目支出 of 表1-2", async () => {
    const { analyzeWorkbook } = await import("../../../src/core/analysis");
    const projects = analyzeWorkbook(await read("budget-2023-dazhou.xlsx")).projects;
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, projects, unit: "达州市医疗保障事务中心" });
    expect(section(result, "十").text.split("\n").pop()).toBe(
      "达州市医疗保障事务中心2023年度预算绩效管理工作开展情况如下：编报绩效目标的项目11个，涉及预算金额50.60万元。",
    );
  });
});
