import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import { CLAIM_RULES, checkNarrative } from "../../../src/core/narrative";
import type { NarrativeParagraph } from "../../../src/core/paragraphs";

/**
 * Every rule of the 情况说明 catalogue with a text that breaks it and the same text put right. Examples that
 * need tables use the 沾益 2023 fixture: 收支总计 536.92; 公开05表 2210201 住房公积金 27.44; 公开06表 人员经费
 * 443.50 with 30107 绩效工资 blank; 公开10表 因公出国 budget 0, 公务用车 budget 2.00 / actual 2.00.
 */
const GENERAL = "五、一般公共预算财政拨款支出决算情况说明";

interface Example {
  fail: string[];
  pass: string[];
  tables?: boolean;
  year?: number;
}

const EXAMPLES: Record<keyof typeof CLAIM_RULES, Example> = {
  // 收支总计 is 536.92 in 公开01表
  amount: { fail: ["2023年度收、支总计均为530.92万元。"], pass: ["2023年度收、支总计均为536.92万元。"], tables: true },
  // 2210201 住房公积金 27.44 in 公开05表
  row: {
    fail: [GENERAL, "住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为27.40万元。"],
    pass: [GENERAL, "住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为27.44万元。"],
    tables: true,
  },
  // no 项 named 住房公积金补贴; the 住房保障支出 line of 27.44 is 2210201 住房公积金
  name: {
    fail: [GENERAL, "住房保障支出（类）住房改革支出（款）住房公积金补贴（项）：支出决算为27.44万元。"],
    pass: [GENERAL, "住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为27.44万元。"],
    tables: true,
  },
  // 人员经费 443.50 = 公开06表 (same scope); 30107 绩效工资 is blank there, 30103 奖金 is 48.71
  itemZero: {
    fail: ["六、一般公共预算财政拨款基本支出决算情况说明", "人员经费443.50万元，主要包括：基本工资、绩效工资。"],
    pass: ["六、一般公共预算财政拨款基本支出决算情况说明", "人员经费443.50万元，主要包括：基本工资、奖金。"],
    tables: true,
  },
  // 10.00 ÷ (110.00 − 10.00) = 10.00%
  growth: { fail: ["支出合计110.00万元，比上年增加10.00万元，增长9.09%。"], pass: ["支出合计110.00万元，比上年增加10.00万元，增长10.00%。"] },
  // 1969 − 2190 = −221, not −212; 221 ÷ 2190 = 10.09%
  difference: {
    fail: ["“三公”经费预算总额为1969万元，较2024年的2190万元减少212万元，下降10.1%。"],
    pass: ["“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。"],
  },
  // 10.00 − 10.00 = 0 last year
  zeroBase: { fail: ["支出10.00万元，比上年增加10.00万元，增长100.00%。"], pass: ["支出10.00万元，比上年增加10.00万元，上年无此项。"] },
  // 40.00 ÷ 100.00 = 40.00%
  share: {
    fail: ["本年支出合计100.00万元，其中：基本支出60.00万元，占60.00%；项目支出40.00万元，占30.00%。"],
    pass: ["本年支出合计100.00万元，其中：基本支出60.00万元，占60.00%；项目支出40.00万元，占40.00%。"],
  },
  // 40% + 70% = 110%; 1.00 ÷ 3.00 = 33.33%, 2.00 ÷ 3.00 = 66.67%
  shareSum: { fail: ["因公出国费1.00万元，占40%；公务接待费2.00万元，占70%。"], pass: ["因公出国费1.00万元，占33.33%；公务接待费2.00万元，占66.67%。"] },
  // shares say the list is complete, yet 60.00 + 30.00 = 90.00 ≠ 100.00
  listSum: {
    fail: ["本年支出合计100.00万元，其中：基本支出60.00万元，占60.00%；项目支出30.00万元，占40.00%。"],
    pass: ["本年支出合计100.00万元，其中：基本支出60.00万元，占60.00%；项目支出40.00万元，占40.00%。"],
  },
  // 0.63 ÷ 0.63 = 100.00%
  completion: {
    fail: ["项目全年预算数为0.63万元，项目执行0.63万元，预算执行率为4.8%。"],
    pass: ["项目全年预算数为0.63万元，项目执行0.63万元，预算执行率为100%。"],
  },
  // 公开10表: 因公出国 budget 0; 公务用车 2.00 ÷ 2.00 = 100.00%
  zeroBudget: {
    fail: ["因公出国（境）费支出决算为0.00万元，完成预算的0.00%。"],
    pass: ["公务用车购置及运行维护费支出决算为2.00万元，完成预算的100.00%。"],
    tables: true,
  },
  // 307.82 ÷ 321.02 = 95.89% is of the 全年 budget; the 年初 budget is 0
  budgetWords: {
    fail: ["年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。"],
    pass: ["年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成全年预算的95.89%。"],
  },
  // 5.00 ÷ (50.00 − 5.00) = 11.11%, and a rise
  direction: { fail: ["支出50.00万元，比上年增加5.00万元，下降11.11%。"], pass: ["支出50.00万元，比上年增加5.00万元，增长11.11%。"] },
  // 1511.89 < 1560.05
  compare: {
    fail: ["年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因是人员减少。"],
    pass: ["年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因是人员减少。"],
  },
  repeated: {
    fail: ["2023年度收、支总计均为536.92万元。", "本部门收支总计563.92万元。"],
    pass: ["2023年度收、支总计均为536.92万元。", "本部门收支总计536.92万元。"],
  },
  // 478.86 + 3786.54 = 4265.40
  total: {
    fail: ["本年支出合计2408.42万元。", "基本支出478.86万元。", "项目支出3786.54万元。"],
    pass: ["本年支出合计4265.40万元。", "基本支出478.86万元。", "项目支出3786.54万元。"],
  },
  // the 类 30.08 against its one 项 35.08
  breakdown: {
    fail: [GENERAL, "住房保障支出（类）30.08万元。", "住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为35.08万元。"],
    pass: [GENERAL, "住房保障支出（类）35.08万元。", "住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算为35.08万元。"],
  },
  // 0 − 0.0089 + 0 ≠ −0.23
  changeSum: {
    fail: [
      "“三公”经费财政拨款支出决算为2.99万元，比2022年减少0.23万元。",
      "因公出国（境）费支出决算比2022年增加0万元。",
      "公务用车购置及运行维护费支出决算比2022年度减少0.0089万元。",
      "公务接待费支出决算比2022年度增加0.01万元。",
    ],
    pass: [
      "“三公”经费财政拨款支出决算为2.99万元，比2022年减少0.22万元。",
      "因公出国（境）费支出决算比2022年减少0.01万元。",
      "公务用车购置及运行维护费支出决算比2022年度减少0.22万元。",
      "公务接待费支出决算比2022年度增加0.01万元。",
    ],
  },
  // 489 − 426.79 = 62.21, not 72.2
  // a table flattened into the text: 0 + 6.28 + 0 = 6.28, not 7.28
  tableSum: {
    fail: ["项目 | 预算数 | 决算数", "合计 | 18 | 7.28", "因公出国(境)费 | 0 | 0", "公务接待费 | 12 | 6.28", "公务用车购置及运行费 | 6 | 0"],
    pass: ["项目 | 预算数 | 决算数", "合计 | 18 | 6.28", "因公出国(境)费 | 0 | 0", "公务接待费 | 12 | 6.28", "公务用车购置及运行费 | 6 | 0"],
  },
  saving: {
    fail: ["全省共实施政府采购预算489亿元，实际支付426.79亿元，节约预算资金72.2亿元。"],
    pass: ["全省共实施政府采购预算489亿元，实际支付426.79亿元，节约预算资金62.2亿元。"],
  },
  percentSign: { fail: ["支出增加1193.20万元，增长 13.95。"], pass: ["支出增加1193.20万元，增长13.95%。"] },
  digits: {
    fail: ["甲增长11.23%，乙增长47.30%，丙增长40.82%。丁支出105.00万元，比上年减少7.50万元，下降6.7%。"],
    pass: [
      "甲增长11.23%，乙增长47.30%，丙增长40.82%。丁支出105.00万元，比上年减少7.50万元，下降6.67%。",
      "甲增长11.23%，乙增长47.30%，丙增长40.82%，丁下降7.1%。",
    ],
  },
  // 2.34 read in 元 breaks the list (and its share); read in 万元 like every other amount, both hold
  // 长寿湖镇 2026: the two wholes equal, so the two sides' changes are equal too
  balancedChange: {
    fail: ["(一)收入预算:2026年年初预算数593.34万元。收入较去年增加385.83万元。", "(二)支出预算:2026年年初预算数593.34万元。支出较去年增加358.83万元。"],
    pass: ["(一)收入预算:2026年年初预算数593.34万元。收入较去年增加385.83万元。", "(二)支出预算:2026年年初预算数593.34万元。支出较去年增加385.83万元。"],
    year: 2026,
  },
  unit: {
    fail: ["本年收入合计3765.66万元,其中:财政拨款收入3763.32万元,占99.94%;其他收入2.34元,占0.06%。"],
    pass: ["本年收入合计3765.66万元,其中:财政拨款收入3763.32万元,占99.94%;其他收入2.34万元,占0.06%。"],
  },
  leftover: { fail: ["上海市普陀区XX局2024年度收入10.00万元。"], pass: ["上海市普陀区财政局2024年度收入10.00万元。"], year: 2024 },
  year: { fail: ["截至2023年12月31日，共有车辆0辆。"], pass: ["截至2024年12月31日，共有车辆0辆。"], year: 2024 },
};

let zhanyi: TableModel[];
beforeAll(async () => {
  zhanyi = recognizeTables(await readFixture("final-2023-zhanyi.xlsx")).tables;
});

const run = (texts: string[], example: Example) => {
  const paragraphs: NarrativeParagraph[] = texts.map((text, i) => ({ sheet: "情况说明", cell: `A${i + 1}`, text }));
  return checkNarrative(paragraphs, example.tables ? zhanyi : [], { year: example.year ?? 2023 });
};

describe("情况说明 rule catalogue", () => {
  it("every rule has an example (and nothing else does)", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(CLAIM_RULES).sort());
  });

  it.each(Object.entries(EXAMPLES))("%s: the broken text is found at its cell, the right one passes", (key, example) => {
    const id = CLAIM_RULES[key as keyof typeof CLAIM_RULES].id;
    const failing = run(example.fail, example);
    expect(failing.map((f) => f.rule)).toContain(id);
    const found = failing.find((f) => f.rule === id)!;
    expect(found.cell).toMatch(/^A\d+$/);
    expect(found.subject).toBeTruthy();
    expect(found.headline).toMatch(/^情况说明 A\d+：/);
    expect(found.steps!.length).toBeGreaterThan(0);
    expect(run(example.pass, example)).toEqual([]);
  });
});

/** “超额完成预算” / “未完成预算” are direction words too (N.compare): 决算 above / below 预算. */
describe("超/未完成 against the stated amounts", () => {
  const compare = (text: string) => run([text], { fail: [], pass: [] }).filter((f) => f.rule === CLAIM_RULES.compare.id);

  it("“未完成年初预算” with 1511.89 < 1560.05 passes; “超额完成” there is an error naming 小于", () => {
    expect(compare("年初预算为1560.05万元，支出决算为1511.89万元，未完成年初预算，主要原因是人员减少。")).toEqual([]);
    const found = compare("年初预算为1560.05万元，支出决算为1511.89万元，超额完成年初预算，主要原因是人员增加。");
    expect(found.map((f) => [f.cell, f.severity, f.actual, f.expected])).toEqual([["A1", "error", "超额完成", "决算数小于预算数"]]);
  });

  it("“未完成预算” with 44.26 > 41.96 is an error; a one-cent tail is never one", () => {
    expect(compare("年初预算为41.96万元，支出决算为44.26万元，未完成预算。").map((f) => f.expected)).toEqual(["决算数大于预算数"]);
    expect(compare("年初预算为41.96万元，支出决算为41.97万元，超额完成预算。")).toEqual([]);
  });

  const sangong = (total: string, reception: string, word: string) =>
    `2022年度“三公”经费支出预算为145,500.00元,支出决算为${total}元,完成年初预算的268%。其中:公务用车购置及运行费支出决算为273,702.10元;公务接待费支出决算为${reception}元。2022年度“三公”经费支出决算数${word}预算数的主要原因是业务工作增加。`;

  it("compares the budget with the 决算 stated beside it, never with the last part of the “其中” list before the phrase", () => {
    // the total 390,118.10 is above the budget 145,500.00; the part 116,416.00 is below it
    expect(compare(sangong("390,118.10", "116,416.00", "大于"))).toEqual([]);
    const found = compare(sangong("390,118.10", "116,416.00", "小于"));
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([["error", "决算数小于预算数", "决算数大于预算数"]]);
    expect(found[0].headline).toContain("390,118.10");
  });

  it("“决算为B，完成全年预算A的p%”: the budget's partner stands before it in its sentence", () => {
    expect(compare("支出决算为62.07万元，完成全年预算84.82万元的73.2%。决算数小于预算数的主要原因是节约开支。")).toEqual([]);
    expect(compare("支出决算为62.07万元，完成全年预算84.82万元的73.2%。决算数大于预算数的主要原因是增加开支。").map((f) => f.expected)).toEqual([
      "决算数小于预算数",
    ]);
  });
});

/** 政府采购支出总额 = 货物 + 工程 + 服务 (N.total), stated in one sentence as the template writes it. */
describe("政府采购 其中 against its total", () => {
  const total = (goods: string) =>
    run([`2023年度政府采购支出总额100.00万元，其中：政府采购货物支出${goods}万元、政府采购工程支出20.00万元、政府采购服务支出30.00万元。`], {
      fail: [],
      pass: [],
    }).filter((f) => f.rule === CLAIM_RULES.total.id);

  it("50.00 + 20.00 + 30.00 = 100.00 passes; 40.00 + 20.00 + 30.00 = 90.00 is an error at the total", () => {
    expect(total("50.00")).toEqual([]);
    expect(total("40.00").map((f) => [f.cell, f.severity, f.actual, f.expected])).toEqual([["A1", "error", "100.00", "90.00"]]);
  });

  it("reads the 上海 wording too: 政府采购金额（以合同签订为准）为 X, 货物/工程/服务采购金额", () => {
    const text = (service: string) =>
      `2024 年度政府采购金额（以合同签订为准）为 251.25 万元，其中：货物采购金额 4.79 万元、工程采购金额 0 万元、服务采购金额 ${service} 万元。`;
    const found = (service: string) => run([text(service)], { fail: [], pass: [] }).filter((f) => f.rule === CLAIM_RULES.total.id);
    expect(found("246.46")).toEqual([]);
    expect(found("240.47").map((f) => [f.severity, f.actual, f.expected])).toEqual([["error", "251.25", "245.26"]]);
  });
});

/**
 * Which figure is wrong: each stated figure is first compared with its own table cell. 公开10表 公务用车 budget 2.00,
 * actual 2.00: a stated 决算 2.20 with 完成预算 100.00% is a wrong amount (the rate fits the table's 2.00), never a
 * wrong rate; a stated 决算 2.00 with 110.00% is a wrong rate.
 */
describe("the figure that differs from its table is the one named", () => {
  const found = (text: string) =>
    run([text], { fail: [], pass: [], tables: true })
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.expected, f.actual]);

  it("a wrong amount whose rate fits the table: the amount", () => {
    expect(found("公务用车购置及运行维护费支出决算为2.20万元，完成预算的100.00%。")).toEqual([["N.amount", "2.00", "2.20"]]);
    expect(found("公务用车购置及运行维护费预算为2.00万元，支出决算为2.20万元，完成预算的100.00%。")).toEqual([["N.amount", "2.00", "2.20"]]);
  });

  it("a right amount with a wrong rate: the rate", () => {
    expect(found("公务用车购置及运行维护费支出决算为2.00万元，完成预算的110.00%。")).toEqual([["N.completion", "100.00%", "110.00%"]]);
  });
});
