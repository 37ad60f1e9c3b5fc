import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import type { Finding } from "../../../src/core/findings/finding";
import { Decimal } from "../../../src/core/numbers/decimal";
import { checkNarrative, generateNarrative, priorYearFromTables } from "../../../src/core/narrative";
import { readTextFile, type NarrativeParagraph } from "../../../src/core/paragraphs";

/** A paragraph's 万元 amounts rewritten in 元 with thousands separators (“473.92万元” → “4,739,200.00元”). */
const inYuan = (text: string) =>
  text.replace(
    /(\d+(?:\.\d+)?)万元/g,
    (_, wan: string) =>
      `${new Decimal(wan)
        .times(10000)
        .toFixed(2)
        .replace(/\B(?=(\d{3})+\.)/g, ",")}元`,
  );

const words = (f: Finding) => ({ rule: f.rule, headline: f.headline, steps: f.steps, message: f.message });

describe("a finding states its amounts in the unit and style of the paragraph it is about (#19)", () => {
  let zhanyi: TableModel[];
  let generated: NarrativeParagraph[];
  beforeAll(async () => {
    zhanyi = recognizeTables(await readFixture("final-2023-zhanyi.xlsx")).tables;
    const prior = priorYearFromTables(recognizeTables(await readFixture("prior-2022-zhanyi.xlsx")).tables, "prior");
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior });
    generated = result.sections.flatMap((s) => s.text.split("\n")).map((text, i) => ({ sheet: "情况说明", cell: `A${i + 1}`, text }));
  });
  /** The generated text with one paragraph (by cell) changed, checked with or without its tables. */
  const mutate = (cell: string, change: (text: string) => string, tables: TableModel[] = zhanyi) =>
    checkNarrative(
      generated.map((p) => (p.cell === cell ? { ...p, text: change(p.text) } : p)),
      tables,
    ).filter((f) => f.rule !== "N.leftover");

  it("N.amount: the table's 基本支出 473.92万元 is stated as 4,739,200.00元 in a paragraph in 元, as 473.92万元 in one in 万元", () => {
    expect(mutate("A3", (t) => t.replace("基本支出473.92万元", "基本支出437.92万元")).map(words)).toEqual([
      {
        rule: "N.amount",
        headline: "情况说明 A3：基本支出写437.92万元，应为473.92万元（表中数）。",
        steps: ["文中 基本支出437.92万元", "表中 基本支出 = 473.92万元"],
        message: "“基本支出437.92万元”：表中基本支出为473.92万元，文中写437.92万元。",
      },
    ]);
    const yuan = mutate("A3", (t) => inYuan(t.replace("基本支出473.92万元", "基本支出437.92万元")));
    expect(yuan.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([["N.amount", "A3", "4,739,200.00", "4379200.00元"]]);
    expect(yuan[0].headline).toBe("情况说明 A3：基本支出写4,379,200.00元，应为4,739,200.00元（表中数）。");
    expect(yuan[0].steps).toEqual(["文中 基本支出4,379,200.00元", "表中 基本支出 = 4,739,200.00元"]);
  });

  it("N.row: 卫生健康支出（类） 465.22万元 of 公开05表 is stated as 4,652,200.00元 in a paragraph in 元", () => {
    const wan = mutate("A8", (t) => t.replace("卫生健康支出（类）465.22万元", "卫生健康支出（类）456.22万元"));
    expect(wan.map((f) => [f.rule, f.cell, f.expected])).toEqual([["N.row", "A8", "465.22"]]);
    expect(wan[0].headline).toBe(
      "情况说明 A8：卫生健康支出写456.22万元，应为465.22万元（《一般公共预算财政拨款支出决算表》210 卫生健康支出（本年支出合计））。",
    );
    const yuan = mutate("A8", (t) => inYuan(t.replace("卫生健康支出（类）465.22万元", "卫生健康支出（类）456.22万元")));
    expect(yuan.map((f) => [f.rule, f.cell, f.expected])).toEqual([["N.row", "A8", "4,652,200.00"]]);
    expect(yuan[0].headline).toBe(
      "情况说明 A8：卫生健康支出写4,562,200.00元，应为4,652,200.00元（《一般公共预算财政拨款支出决算表》210 卫生健康支出（本年支出合计））。",
    );
    expect(yuan[0].steps?.[1]).toBe("《一般公共预算财政拨款支出决算表》210 卫生健康支出（本年支出合计） = 4,652,200.00元");
  });

  it("N.completion against the tables: 决算数 ÷ 预算数 in the paragraph's unit", () => {
    const wan = mutate("A26", (t) => t.replace("完成预算100.00%", "完成预算90.00%"));
    expect(wan.map((f) => [f.rule, f.cell, f.expected])).toEqual([["N.completion", "A26", "100.00%"]]);
    expect(wan[0].steps?.slice(0, 2)).toEqual(["表中公务用车费决算数 2.00万元", "表中公务用车费预算数 2.00万元"]);
    const yuan = mutate("A26", (t) => inYuan(t.replace("完成预算100.00%", "完成预算90.00%")));
    expect(yuan.map((f) => [f.rule, f.cell, f.expected])).toEqual([["N.completion", "A26", "100.00%"]]);
    expect(yuan[0].steps?.slice(0, 3)).toEqual(["表中公务用车费决算数 20,000.00元", "表中公务用车费预算数 20,000.00元", "20,000.00÷20,000.00 = 100.00%"]);
  });

  it("N.breakdown: a 类 against its 项 listed after it, the sum in the 类's unit", () => {
    // 卫生健康 465.22 against 17.13 + 5.43 + 0.55 + 369.11 + 63.00 = 455.22: 10.00 not listed (text only, no tables)
    const short = (t: string) => t.replace("支出决算为379.11万元", "支出决算为369.11万元");
    const wan = mutate("A15", short, []).filter((f) => f.rule === "N.breakdown");
    expect(wan.map((f) => [f.cell, f.severity, f.expected])).toEqual([["A8", "warning", "455.22"]]);
    expect(wan[0].headline).toBe("情况说明 A8：卫生健康支出（类）写465.22万元，后文逐项列出的5项之和只有455.22万元（少10.00万元）：是否漏列了项，或金额有误？");
    const yuanText = generated.map((p) => ({ ...p, text: inYuan(p.cell === "A15" ? short(p.text) : p.text) }));
    const yuan = checkNarrative(yuanText, []).filter((f) => f.rule === "N.breakdown");
    expect(yuan.map((f) => [f.cell, f.severity, f.expected])).toEqual([["A8", "warning", "4,552,200.00"]]);
    expect(yuan[0].headline).toBe(
      "情况说明 A8：卫生健康支出（类）写4,652,200.00元，后文逐项列出的5项之和只有4,552,200.00元（少100,000.00元）：是否漏列了项，或金额有误？",
    );
    expect(yuan[0].steps?.[0]).toBe("171,300.00 + 54,300.00 + 5,500.00 + 3,691,100.00 + 630,000.00 = 4,552,200.00元");
  });
});

describe("a share's total is printed in the part's unit (#19)", () => {
  const check = (text: string) => checkNarrative([{ line: 1, text }], []);
  const shareSteps = (text: string) => check(text).find((f) => f.rule === "N.share")?.steps;

  it("the list's stated total: in 元 with separators, in 万元, in 亿元", () => {
    // 300,000.00 ÷ 1,000,000.00 = 30.00%, not 20.00%
    expect(shareSteps("支出合计1,000,000.00元，其中：基本支出700,000.00元，占70.00%；项目支出300,000.00元，占20.00%。")).toEqual([
      "项目支出 300,000.00元",
      "所述合计：1,000,000.00元",
      "300,000.00÷1,000,000.00 = 30.00%",
      "文中写 20.00%",
    ]);
    expect(shareSteps("支出合计100.00万元，其中：基本支出70.00万元，占70.00%；项目支出30.00万元，占20.00%。")).toEqual([
      "项目支出 30.00万元",
      "所述合计：100.00万元",
      "30.00÷100.00 = 30.00%",
      "文中写 20.00%",
    ]);
    expect(shareSteps("支出合计10.00亿元，其中：基本支出7.00亿元，占70.00%；项目支出3.00亿元，占20.00%。")?.[1]).toBe("所述合计：10.00亿元");
  });

  it("a total named in words and stated elsewhere in the text: in the part's unit", () => {
    // 200,000.00 ÷ 1,000,000.00 = 20.00%, not 25.00%
    const steps = shareSteps("本年支出合计1,000,000.00元。一般公共预算财政拨款支出200,000.00元，占本年支出合计的25.00%。");
    expect(steps?.slice(0, 3)).toEqual([
      "一般公共预算财政拨款支出 200,000.00元",
      "本年支出合计（文中“本年支出合计1,000,000.00元”）：1,000,000.00元",
      "200,000.00÷1,000,000.00 = 20.00%",
    ]);
  });

  it("the parts and shares agreeing against a wrong stated total: the total they give in the total's unit", () => {
    // 700,000 + 300,000 = 1,000,000 with 70% and 30%: the stated 1,100,000 is the slip
    const [slip] = check("支出合计1,100,000.00元，其中：基本支出700,000.00元，占70.00%；项目支出300,000.00元，占30.00%。");
    expect(slip.headline).toBe("第1行：所述合计1,100,000.00元，其中各项之和为1,000,000.00元，各项占比也与之相符：合计应为1,000,000.00元。");
    const [wan] = check("支出合计110.00万元，其中：基本支出70.00万元，占70.00%；项目支出30.00万元，占30.00%。");
    expect(wan.headline).toBe("第1行：所述合计110.00万元，其中各项之和为100.00万元，各项占比也与之相符：合计应为100.00万元。");
  });

  it("a list total off its parts by a rounding tail: the sum in the total's unit", () => {
    const tail = (text: string) => check(text).find((f) => f.rule === "N.listSum")?.headline;
    // 700,000.40 + 300,000.00 = 1,000,000.40 against 1,000,000 (±0.5): a tail
    expect(tail("支出合计1,000,000元，其中：基本支出700,000.40元，占70.0%；项目支出300,000.00元，占30.0%。")).toBe(
      "第1行：所述合计1,000,000元与其中各项之和1,000,000.40元相差在四舍五入尾差范围内，请确认。",
    );
    // 70.00 + 30.01 = 100.01 against 100.0 (±0.05): a tail
    expect(tail("支出合计100.0万元，其中：基本支出70.00万元，占70.0%；项目支出30.01万元，占30.0%。")).toBe(
      "第1行：所述合计100.0万元与其中各项之和100.01万元相差在四舍五入尾差范围内，请确认。",
    );
  });
});

describe("amounts in 万亿元 are stated in 万亿元 (test/fixtures/texts/zy-state-assets-2018-bqb.txt)", () => {
  const text = "截至2018年末,全国行政事业性国有资产总额33.5万亿元。其中,行政单位资产10.1万亿元,事业单位资产23.4万亿元。";
  const check = (t: string) => checkNarrative(readTextFile(t), [], { year: 2018 });

  it("the real sentence holds", () => {
    expect(check(text)).toEqual([]);
  });

  it("事业单位资产 typed 25.4: the sum and the total in 万亿元, not in 万元 (“355000000.00”)", () => {
    const found = check(text.replace("23.4万亿元", "25.4万亿元"));
    expect(found.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([["N.listSum", "error", "35.50", "33.5万亿元"]]);
    expect(found[0].steps).toEqual(["10.10 + 25.40 = 35.50万亿元", "文中合计 33.5万亿元", "“其中”各项是合计的一部分，之和不能超过合计"]);
    expect(found[0].headline).toBe("第1段：全国行政事业性国有资产总额写33.5万亿元，其中所列各项之和已达35.50万亿元，超过合计2.00万亿元：合计或某一项有误。");
  });
});
