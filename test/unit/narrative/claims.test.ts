import { fixtureBytes, readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import type { Finding } from "../../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { checkNarrative, generateNarrative, priorYearFromTables } from "../../../src/core/narrative";
import { readNarrativeText, readTextFile, type NarrativeParagraph } from "../../../src/core/paragraphs";

const read = readFixture;
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, expected: f.expected, actual: f.actual });
const check = (text: string, tables: TableModel[] = []) => checkNarrative([{ line: 1, text }], tables).map(brief);

describe("峨眉山 2023 决算 情况说明 (seeds/003, text only: test/fixtures/text-2023-emeishan.txt)", () => {
  let findings: Finding[];
  beforeAll(() => {
    findings = checkNarrative(readTextFile(fixtureBytes("text-2023-emeishan.txt").toString("utf8")), [], { year: 2023 });
  });
  const first = (rule: string) => findings.find((x) => x.rule === rule)!;

  it("finds 执行率 4.8% for 0.63 executed of 0.63 budgeted (0.63 ÷ 0.63 = 100.00%), at its paragraph and line", () => {
    expect(first("N.completion")).toMatchObject({ kind: "narrative", severity: "error", sheet: "", cell: "", expected: "100.00%", actual: "4.8%" });
    expect(first("N.completion").message).toMatch(/^第87段（第130行）：“项目全年预算数为0.63万元，项目执行0.63万元，预算执行率为4.8%”/);
    expect(first("N.completion").headline).toBe("第87段（第130行）：完成预算比例写4.8%，应为100.00%（0.63÷0.63）。");
  });

  it("finds 总支出 2408.42 contradicting the text's own 基本支出 478.86 + 项目支出 3786.54 = 4265.40 (once, not again as a repeated figure)", () => {
    expect(first("N.total")).toMatchObject({ severity: "error", expected: "4265.40", actual: "2408.42" });
    expect(first("N.total").message).toContain("第69段（第94行）：");
    expect(findings.filter((f) => f.rule === "N.repeated")).toEqual([]);
  });

  it("finds the 三公 total falling by 0.23 while its parts change by 0 − 0.0089 + 0 = −0.0089", () => {
    expect(first("N.changeSum")).toMatchObject({ severity: "error", expected: "减少0.0089万元", actual: "减少0.23万元" });
  });

  it("lists every finding in text order; the consistent sentences raise nothing", () => {
    // consistent: 2909.12 ÷ (4265.40 − 2909.12) = 214.49% ✓; 478.86 ÷ 4265.40 = 11.23% ✓; 2017.52 ÷ 4265.40 = 47.30% ✓;
    // 4265.40 ÷ 4277.40 = 99.72% ✓; 9.35 ÷ (69.39 − 9.35) = 15.57% ✓; 1.37 ÷ 1.70 = 80.59% ✓ (twice, nested 其中 list)
    expect(findings.map((f) => [f.rule, f.severity, f.kind, f.message.slice(0, f.message.indexOf("："))])).toEqual([
      // 社会保障和就业 2017.52 vs its 项 45.38 + 22.68 + 2.68 + 1946.77 = 2017.51: a 0.01 tail
      ["N.breakdown", "warning", "rounding", "第18段"],
      // 卫生健康 2212.80 vs its nine 项 4.16 + 8.24 + 1.5 + 170.13 + 183.61 + 2.64 + 0.08 + 189 + 0.92 = 560.28: 1652.52 not listed
      ["N.breakdown", "warning", "narrative", "第18段"],
      ["N.changeSum", "error", "narrative", "第41段（第55行）"],
      // 0.23 ÷ (2.99 + 0.23) = 7.14%, printed “7.1%” where the text uses two decimals: 7.10% is within the amounts' rounding
      // (0.225 ÷ 3.225 to 0.235 ÷ 3.215), so the missing digit may be a dropped 0 — no N.digits
      // 因公出国 and 公务接待 “增加0万元，增长0%”: a zero change stated in figures, right as written — nothing
      // 0.0089 ÷ (2.99 + 0.0089) = 0.297% → “0.3%”: 0.30% at two decimals, a dropped trailing 0 — no N.digits
      ["N.total", "error", "narrative", "第69段（第94行）"],
      ["N.completion", "error", "narrative", "第87段（第130行）"],
    ]);
  });
});

describe("text checked against the tables", () => {
  let zhanyi: TableModel[];
  let generated: NarrativeParagraph[];
  beforeAll(async () => {
    zhanyi = recognizeTables(await read("final-2023-zhanyi.xlsx")).tables;
    const prior = priorYearFromTables(recognizeTables(await read("prior-2022-zhanyi.xlsx")).tables, "prior");
    const result = generateNarrative(zhanyi, { family: "决算", year: 2023, prior });
    generated = result.sections.flatMap((s) => s.text.split("\n")).map((text, i) => ({ sheet: "情况说明", cell: `A${i + 1}`, text }));
  });

  it("generated text passes its own check (only the placeholders still to fill are reported)", () => {
    const findings = checkNarrative(generated, zhanyi);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === "N.leftover" && /^【(缺|待填写)：/.test(f.actual ?? ""))).toBe(true);
  });

  const mutate = (from: string, to: string) => {
    const changed = generated.map((p) => ({ ...p, text: p.text.replace(from, to) }));
    return checkNarrative(changed, zhanyi).filter((f) => f.rule !== "N.leftover");
  };

  it("an amount that differs from the table (基本支出 437.92 vs 公开03表 473.92) is one finding: its share is judged with 473.92", () => {
    // 473.92 ÷ 536.92 = 88.27% as written, and 473.92 + 63.00 = 536.92: nothing else follows from the one slip
    const findings = mutate("基本支出473.92万元，占88.27%", "基本支出437.92万元，占88.27%");
    expect(findings.map(brief)).toEqual([{ rule: "N.amount", severity: "error", expected: "473.92", actual: "437.92" }]);
    expect(findings[0]).toMatchObject({ kind: "narrative", sheet: "情况说明", cell: "A3", table: "情况说明", subject: "基本支出" });
    expect(findings[0].headline).toBe("情况说明 A3：基本支出写437.92万元，应为473.92万元（表中数）。");
    expect(findings[0].steps).toEqual(["文中 基本支出437.92万元", "表中 基本支出 = 473.92万元"]);
  });

  it("类 and 项 amounts are compared with their rows of 公开05表", () => {
    expect(mutate("卫生健康支出（类）465.22万元", "卫生健康支出（类）456.22万元").map(brief)).toEqual([
      { rule: "N.row", severity: "error", expected: "465.22", actual: "456.22" },
    ]);
    expect(mutate("住房公积金（项）：支出决算为27.44万元", "住房公积金（项）：支出决算为27.40万元").map(brief)).toEqual([
      { rule: "N.row", severity: "error", expected: "27.44", actual: "27.40" },
    ]);
  });

  it("完成预算 without the budget in the sentence uses the 三公 table's 全年预算数 (3.00 ÷ 3.00 = 100.00%)", () => {
    expect(mutate("决算为3.00万元，完成预算100.00%", "决算为3.00万元，完成预算90.00%").map(brief)).toEqual([
      { rule: "N.completion", severity: "error", expected: "100.00%", actual: "90.00%" },
    ]);
  });

  it("达州 2023 预算: the published 情况说明 sheet agrees with its tables but for a tail and a name", async () => {
    const snapshot = await read("budget-2023-dazhou.xlsx");
    const paragraphs = readNarrativeText(snapshot);
    expect(paragraphs).toHaveLength(46);
    expect(paragraphs[6]).toMatchObject({ sheet: "情况说明", cell: "A7" });
    expect(checkNarrative(paragraphs, recognizeTables(snapshot).tables, { year: 2023 }).map((f) => [f.rule, f.cell, f.kind, f.expected, f.actual])).toEqual([
      // A10 社会保障和就业支出 408.99 vs its 项 (A17–A19) 316.44 + 50.6 + 41.96 = 409.00: a tail
      ["N.breakdown", "A10", "rounding", "409.00", "408.99"],
      // A15 “2.7%” where every other rate has two decimals is 12.46 ÷ 461.49 = 2.70% with its trailing 0 dropped: nothing
      // “行政单位公务员医疗补助（项）5.34”: 表3-1 has no such 项; its 卫生健康 line of 5.34 is 2101103 公务员医疗补助
      ["N.name", "A21", "narrative", "公务员医疗补助", "行政单位公务员医疗补助"],
    ]);
  });
});

describe("sentence arithmetic", () => {
  it("growth = change ÷ (current − change)", () => {
    // 10.00 ÷ (110.00 − 10.00) = 10.00%, not 9.09% (= 10 ÷ 110)
    expect(check("支出合计110.00万元，比上年增加10.00万元，增长9.09%。")).toEqual([
      { rule: "N.growth", severity: "error", expected: "10.00%", actual: "9.09%" },
    ]);
    // decrease: 10.00 ÷ (90.00 + 10.00) = 10.00%
    expect(check("支出合计90.00万元，比上年减少10.00万元，下降10.00%。")).toEqual([]);
  });

  it("the change stated in the next sentence refers to the previous sentence's amount", () => {
    // 2984.03 ÷ (4265.40 − 2984.03) = 232.88%
    expect(check("2023年一般公共预算财政拨款支出4265.40万元。与2022年相比，增加2984.03万元，增长232.88%。")).toEqual([]);
    expect(check("2023年一般公共预算财政拨款支出4265.40万元。与2022年相比，增加2984.03万元，增长32.88%。")).toEqual([
      { rule: "N.growth", severity: "error", expected: "232.88%", actual: "32.88%" },
    ]);
  });

  it("direction words must agree; a zero change in figures is right as written; last year zero has no percentage", () => {
    expect(check("支出50.00万元，比上年增加5.00万元，下降10.00%。")).toEqual([{ rule: "N.direction", severity: "error", expected: "增长", actual: "下降" }]);
    // 10.00 − 10.00 = 0 last year: no percentage, “上年无此项”
    expect(check("支出10.00万元，比上年增加10.00万元，增长100.00%。")).toEqual([
      { rule: "N.zeroBase", severity: "warning", expected: undefined, actual: undefined },
    ]);
    expect(check("支出10.00万元，比上年增加0.00万元，增长0.00%。")).toEqual([]);
    // also when the sentence says so in words too (sfin2 / sfin3 blind rounds: 红河县 2021, 开平 2022)
    expect(check("支出10.00万元，比上年增加0.00万元，增长0.00%，主要原因是与上年持平。")).toEqual([]);
    expect(check("支出10.00万元，比上年减少0.00万元，未发生增减变动。")).toEqual([]);
  });

  it("shares: a share equals part ÷ the list's total; parts of a complete list add up to the total", () => {
    // b6: the shares close the list and 基本支出's holds against the total, so the one amount that makes both the sum and its
    // own share hold is 项目支出's: 100.00 − 60.00 = 40.00 (./unit-account-wording.test.ts)
    expect(check("本年支出合计100.00万元，其中：基本支出60.00万元，占60.00%；项目支出30.00万元，占40.00%。")).toEqual([
      { rule: "N.listSum", severity: "error", expected: "40.00", actual: "30.00" },
    ]);
    // two shares off: which figure is the slip stays open, the sum and each share are reported
    expect(check("本年支出合计100.00万元，其中：基本支出50.00万元，占60.00%；项目支出30.00万元，占40.00%。")).toEqual([
      { rule: "N.listSum", severity: "error", expected: "80.00", actual: "100.00" },
      { rule: "N.share", severity: "error", expected: "50.00%", actual: "60.00%" },
      { rule: "N.share", severity: "error", expected: "30.00%", actual: "40.00%" },
    ]);
    // the parts and their shares agree against the total: the total is the slip
    expect(check("本年支出合计100.00万元，其中：基本支出60.00万元，占66.67%；项目支出30.00万元，占33.33%。")).toEqual([
      { rule: "N.listSum", severity: "error", expected: "90.00", actual: "100.00" },
    ]);
    expect(check("因公出国费1.00万元，占40%；公务接待费2.00万元，占70%。")).toEqual([
      { rule: "N.shareSum", severity: "error", expected: "100%", actual: "110.00%" },
    ]);
  });

  it("rounding tails are not errors (50.6 ÷ 461.49 = 10.964% → 10.96%)", () => {
    expect(check("2023年支出预算461.49万元，其中：基本支出410.89万元，占89.04%；项目支出50.6万元，占10.96%。")).toEqual([]);
  });

  it("template leftovers are reported", () => {
    expect(check("收入XX万元，比上年增加（减少）XX万元。").map((f) => [f.rule, f.actual])).toEqual([
      ["N.leftover", "XX"],
      ["N.leftover", "增加（减少）"],
      ["N.leftover", "XX"],
    ]);
  });
});

describe("claims read as an accountant reads them", () => {
  it("a share after a parenthesis belongs to the amount before the parenthesis", () => {
    // 300.00 ÷ 400.00 = 75.00% (not 0 ÷ 400); 100.00 ÷ 400.00 = 25.00%
    expect(
      check(
        "本年收入合计400.00万元，其中：财政拨款收入300.00万元（其中：一般公共预算300.00万元，政府性基金预算0万元），占75.00%；其他收入100.00万元，占25.00%。",
      ),
    ).toEqual([]);
    expect(
      check(
        "本年收入合计400.00万元，其中：财政拨款收入300.00万元（其中：一般公共预算300.00万元，政府性基金预算0万元），占70.00%；其他收入100.00万元，占25.00%。",
      ),
    ).toEqual([{ rule: "N.share", severity: "error", expected: "75.00%", actual: "70.00%" }]);
  });

  it("paired forms pair in order: 收、支总计 A、B … 分别增加 X、Y … 分别增长 p%、q%", () => {
    // 10.00 ÷ (110.00 − 10.00) = 10.00%; 20.00 ÷ (100.00 − 20.00) = 25.00%
    expect(check("收、支总计分别为110.00、100.00万元，与上年相比分别增加10.00、20.00万元，分别增长10.00%、25.00%。")).toEqual([]);
    expect(check("收、支总计分别为110.00、100.00万元，与上年相比分别增加10.00、20.00万元，分别增长10.00%、20.00%。")).toEqual([
      { rule: "N.growth", severity: "error", expected: "25.00%", actual: "20.00%" },
    ]);
  });

  it("amounts in 元 with thousands separators are read in 万元", () => {
    // 1,100,000.00元 = 110万元, 100,000.00元 = 10万元: 10 ÷ 100 = 10.00%
    expect(check("支出合计1,100,000.00元，比上年增加100,000.00元，增长10.00%。")).toEqual([]);
    expect(check("支出合计1,100,000.00元，比上年增加100,000.00元，增长11.00%。")).toEqual([
      { rule: "N.growth", severity: "error", expected: "10.00%", actual: "11.00%" },
    ]);
  });

  it("a qualified amount is never the unqualified total (“政府性基金拨款支出预算0万元” is not 支出预算 461.49)", async () => {
    const dazhou = recognizeTables(await read("budget-2023-dazhou.xlsx")).tables;
    const text = "达州市医疗保障事务中心2023年支出预算461.49万元，其中：一般公共预算拨款支出预算461.49万元，政府性基金拨款支出预算0万元。";
    expect(checkNarrative([{ sheet: "情况说明", cell: "A1", text }], dazhou)).toEqual([]);
  });
});

describe("readNarrativeText", () => {
  it("reads the sheets whose name or first cell says 说明, one paragraph per text cell", () => {
    const snapshot: WorkbookSnapshot = {
      name: "t.xlsx",
      sheets: [
        { name: "Sheet1", cells: [[{ value: "支出决算表" }], [{ value: "说明：本表为空表" }]], rowCount: 2, columnCount: 1, merges: [] },
        {
          name: "Sheet3",
          cells: [[{ value: "2023年度部门决算情况说明" }], [undefined, { value: "收、支总计均为536.92万元。" }], [{ value: 536.92 }]],
          rowCount: 3,
          columnCount: 2,
          merges: [],
        },
      ],
    };
    expect(readNarrativeText(snapshot)).toEqual([
      { sheet: "Sheet3", cell: "A1", text: "2023年度部门决算情况说明" },
      { sheet: "Sheet3", cell: "B2", text: "收、支总计均为536.92万元。" },
    ]);
  });
});
