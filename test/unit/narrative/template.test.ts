import { Decimal } from "../../../src/core/numbers/decimal";
import { parseExpression } from "../../../src/core/narrative/template/expression";
import { parseTemplate } from "../../../src/core/narrative/template/template";
import { runTemplate } from "../../../src/core/narrative/template/run";
import { priorItemsOf } from "../../../src/core/narrative/template/prior-items";
import { TemplateError, refText, str, type RowView, type TableRef, type ValueSource } from "../../../src/core/narrative/template/values";

/** A ValueSource over a plain map "表|行|列" → amount, with named figures and rows. */
function source(values: Record<string, string>, rows: Record<string, RowView[]> = {}, named: Record<string, string> = {}): ValueSource {
  return {
    value: (ref: TableRef) => (values[refText(ref)] !== undefined ? new Decimal(values[refText(ref)]) : undefined),
    rows: (table) => rows[table],
    named: (name) => (named[name] !== undefined ? new Decimal(named[name]) : undefined),
  };
}

function run(template: string, current: ValueSource, prior?: ValueSource) {
  return runTemplate(parseTemplate(template), { source: current, prior, builtins: new Map([["年度", str("2023")]]), style: "fixed" });
}

describe("expression parser", () => {
  it("parses refs, calls, arithmetic precedence and Chinese operators", () => {
    const e = parseExpression("占比([T|合计|基本支出], [T|合计|本年支出合计]) ");
    expect(e).toMatchObject({ k: "call", fn: "占比", args: [{ k: "ref", parts: ["T", "合计", "基本支出"] }, { k: "ref" }] });
    expect(parseExpression("1 + 2 × 3")).toMatchObject({ k: "bin", op: "+", right: { k: "bin", op: "*" } });
    expect(parseExpression("项.级次 = 3 且 有(项[合计])")).toMatchObject({ k: "bin", op: "且" });
    expect(parseExpression("金额(x，4)")).toMatchObject({ k: "call", args: [{ k: "name" }, { k: "num" }] });
  });

  it("rejects malformed expressions with a Chinese message", () => {
    expect(() => parseExpression("[T|合计]")).toThrow(TemplateError);
    expect(() => parseExpression("金额(1")).toThrow("缺少“,”或“)”");
    expect(() => parseExpression("1 +")).toThrow("表达式不完整");
    expect(() => parseExpression('"abc')).toThrow("引号");
  });
});

describe("template rendering", () => {
  const current = source({ "T1|总计|金额": "4265.40", "T3|合计|基本支出": "478.86", "T3|合计|项目支出": "3786.54", "T3|合计|本年支出合计": "4265.40" });
  const prior = source({}, {}, { 收支总计: "1356.28" });
  const tpl = [
    "# 注释",
    "定义 收支总计 = [T1|总计|金额]",
    "定义 基本支出 = [T3|合计|基本支出]",
    "## total 一、总体情况",
    '{年度}年度收、支总计均为{金额(收支总计)}万元。与上年相比{变化(收支总计)}。{待填("主要原因")}',
    "## spend 三、支出",
    "基本支出{金额(基本支出)}万元，{占比(基本支出, [T3|合计|本年支出合计])}；项目支出{金额([T3|合计|项目支出])}万元，{占比([T3|合计|项目支出], [T3|合计|本年支出合计])}。",
  ].join("\n");

  it("fills numbers, year-on-year change and free-text placeholders", () => {
    const result = run(tpl, current, prior);
    // 4265.40 − 1356.28 = 2909.12; 2909.12 ÷ 1356.28 = 2.144925… → 214.49%
    expect(result.sections[0]).toMatchObject({
      id: "total",
      title: "一、总体情况",
      text: "2023年度收、支总计均为4265.40万元。与上年相比增加2909.12万元，增长214.49%。【待填写：主要原因】",
      placeholders: ["【待填写：主要原因】"],
    });
    // 478.86 ÷ 4265.40 = 0.112266… → 11.23%; 3786.54 ÷ 4265.40 = 0.887733… → 88.77%
    expect(result.sections[1].text).toBe("基本支出478.86万元，占11.23%；项目支出3786.54万元，占88.77%。");
    expect(result.missing).toEqual([]);
  });

  it("hands every gap over as data: kind, field, words, prior-year item and chapter", () => {
    const result = run(tpl, current, source({}));
    expect(result.sections[0].gaps).toEqual([
      { kind: "prior", field: "prior:收支总计", label: "上年收支总计", item: "收支总计", sectionId: "total", sectionTitle: "一、总体情况" },
      { kind: "fill", field: "fill:total:主要原因:0", label: "主要原因", sectionId: "total", sectionTitle: "一、总体情况" },
    ]);
    expect(result.sections[0].lines[0].map((run) => run.gap?.kind ?? run.text)).toEqual([
      "2023年度收、支总计均为4265.40万元。与上年相比",
      "prior",
      "。",
      "fill",
    ]);
    expect(result.sections[1].gaps).toEqual([]);
  });

  it("finds the prior-year items a template asks for in its syntax tree: every branch, through definitions", () => {
    const template = parseTemplate(
      [
        "定义 收支总计 = [T1|总计|金额]",
        "定义 基金 = [T8|合计|本年支出]",
        "定义 增幅 = 变化(基金)",
        "定义 人员 = [T3|合计|人员经费]",
        "定义 公用 = [T3|合计|公用经费]",
        "## a 一",
        "{如果 1 = 0}{上年(收支总计)}{否则}{增幅}{结束}{变化(人员, 上年(公用))}{金额(收支总计)}",
      ].join("\n"),
    );
    // 基金 through 增幅's 变化(基金); 人员 has its 上年值 given, so only 公用 is read last year
    expect(priorItemsOf(template)).toEqual(["收支总计", "基金", "公用"]);
  });

  it("shows a visible placeholder instead of a guessed prior-year figure", () => {
    const result = run(tpl, current, source({}));
    expect(result.sections[0].text).toBe("2023年度收、支总计均为4265.40万元。与上年相比【缺：上年收支总计】。【待填写：主要原因】");
    expect(result.sections[0].placeholders).toEqual(["【缺：上年收支总计】", "【待填写：主要原因】"]);
    expect(result.missing).toEqual(["上年收支总计"]);
  });

  it("labels a missing table value by table, row and column", () => {
    const result = run("## a A\n基本支出{金额([T9|合计|基本支出])}万元。", current);
    expect(result.sections[0].text).toBe("基本支出【缺：T9|合计|基本支出】万元。");
    expect(result.missing).toEqual(["T9|合计|基本支出"]);
  });

  it("evaluates conditions, and leaves a placeholder when the condition's number is missing", () => {
    const t = "定义 基金 = [T8|合计|本年支出]\n## f 八\n{如果 有(基金)}基金支出{金额(基金)}万元。{否则}本年度无政府性基金预算财政拨款支出。{结束}";
    expect(run(t, source({ "T8|合计|本年支出": "0" })).sections[0].text).toBe("本年度无政府性基金预算财政拨款支出。");
    expect(run(t, source({ "T8|合计|本年支出": "12.5" })).sections[0].text).toBe("基金支出12.50万元。");
    expect(run(t, source({})).sections[0].text).toBe("【缺：基金】");
  });

  it("loops over rows, one paragraph each, with row fields and columns", () => {
    const rows: RowView[] = [
      { table: "T5", key: "208", code: "208", name: "社会保障和就业支出", level: 1, total: false },
      {
        table: "T5",
        key: "2080505",
        code: "2080505",
        name: "机关事业单位基本养老保险缴费支出",
        level: 3,
        className: "社会保障和就业支出",
        sectionName: "行政事业单位养老支出",
        total: false,
      },
      {
        table: "T5",
        key: "2101101",
        code: "2101101",
        name: "行政单位医疗",
        level: 3,
        className: "卫生健康支出",
        sectionName: "行政事业单位医疗",
        total: false,
      },
    ];
    const values = { "T5|2080505|合计": "44.26", "T5|2080505|预算": "44.26", "T5|2101101|合计": "17.13", "T5|2101101|预算": "18.00" };
    const t = [
      "## items 具体情况",
      "{每行 项 于 [T5] 当 项.级次 = 3}",
      "{项.序号}.{项.类名}（类）{项.款名}（款）{项.名称}（项）：支出决算为{金额(项[合计])}万元，{完成(项[合计], 项[预算])}。",
      "{结束}",
    ].join("\n");
    // 17.13 ÷ 18.00 = 0.951666… → 95.17%
    expect(run(t, source(values, { T5: rows })).sections[0].text).toBe(
      "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为44.26万元，完成预算100.00%。\n" +
        "2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：支出决算为17.13万元，完成预算95.17%。",
    );
  });

  it("takes the first available reference with 首个 and reports template errors in Chinese", () => {
    const t = "定义 总计 = 首个([A|总计|金额], [B|总计|金额])\n## a A\n{金额(总计)}";
    expect(run(t, source({ "B|总计|金额": "1" })).sections[0].text).toBe("1.00");
    expect(() => run("## a A\n{金额(未定义)}", source({}))).toThrow("未定义的名称“未定义”");
    expect(() => run("## a A\n{如果 1}x", source({}))).toThrow("缺少{结束}");
    expect(() => run("## a A\n{未知函数(1)}", source({}))).toThrow("未知的函数");
  });

  it("keeps literal braces written as {{ and }}", () => {
    expect(run("## a A\n{{注}} {金额(1.005)}", source({})).sections[0].text).toBe("{注} 1.01");
  });
});
