import { parseCheckedRules, parseRules, RuleSyntaxError } from "../../../src/core/rules/parse-rules";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { readFixture } from "../../support/fixtures";
import { BUILT_IN_RULES } from "../../../src/core/rules/run-rules";

describe("rule notation", () => {
  test("parses a row rule with optional columns", () => {
    const [rule] = parseRules(`
rule T.row error 支出决算表：每行 合计 = 基本 + 项目
  for each row of 支出决算表
  check [本年支出合计] = [基本支出] + [项目支出?] - [经营支出]
`);
    expect(rule.id).toBe("T.row");
    expect(rule.scope).toEqual({ kind: "row", table: "支出决算表" });
    expect(rule.left).toMatchObject({ type: "ref", single: "本年支出合计", optional: false });
    expect(rule.right).toMatchObject({
      type: "sum",
      terms: [
        { sign: 1, expr: { single: "基本支出" } },
        { sign: 1, expr: { single: "项目支出", optional: true } },
        { sign: -1, expr: { single: "经营支出" } },
      ],
    });
  });

  test("cross-table references, @ rows and comparisons", () => {
    const [a, b] = parseRules(`
rule A warning x
  for each class row of 支出决算表
  check [本年支出合计] = 收入支出决算总表[@?, 金额]
rule B error y
  in 三公
  check [公务接待费, 决算数] ≥ 一般公共预算财政拨款基本支出决算表[30217, 金额]
`);
    expect(a.right).toMatchObject({ table: "收入支出决算总表", row: "@", column: "金额", optional: true });
    expect(b.comparison).toBe(">=");
    expect(b.right).toMatchObject({ table: "一般公共预算财政拨款基本支出决算表", row: "30217", column: "金额" });
  });

  test("syntax errors name the line in Chinese", () => {
    expect(() => parseRules("rule X fatal 名称\n  in 表\n  check [a] = [b]")).toThrow(RuleSyntaxError);
    expect(() => parseRules("rule X error 名称\n  in 表\n  check [a] = [b")).toThrow(/第 3 行/);
    expect(() => parseRules("check [a] = [b]")).toThrow(/第 1 行/);
    expect(() => parseRules("rule X error 名称\n  in 表\n  check [a] <= 2")).toThrow(/不支持常数“2”/);
  });

  test("a rule id is given once, with one check; a reserved (built-in) id is refused", () => {
    const rule = (id: string) => `rule ${id} error 名称\n  in 表\n  check [a] = [b]\n`;
    expect(() => parseRules(rule("X") + rule("X"))).toThrow("规则第 4 行：规则编号“X”重复（第 1 行已用过）");
    expect(() => parseRules(`${rule("X")}  check [c] = [d]\n`)).toThrow("规则第 4 行：规则“X”已有 check（第 3 行）");
    expect(() => parseRules(rule("J03.row"), new Set(["J03.row"]))).toThrow("规则第 1 行：规则编号“J03.row”与内置规则重复");
    expect(parseRules(rule("X") + rule("Y")).map((r) => r.id)).toEqual(["X", "Y"]);
  });

  test("the built-in catalogue parses, with unique ids", () => {
    expect(BUILT_IN_RULES.length).toBeGreaterThan(50);
    expect(new Set(BUILT_IN_RULES.map((r) => r.id)).size).toBe(BUILT_IN_RULES.length);
  });

  test("a rule with thousands of terms is read and evaluated without overflowing the stack", () => {
    const terms = Array.from({ length: 30_000 }, (_, i) => (i % 2 ? "[基本支出?]" : "[项目支出?]")).join(" + ");
    const [rule] = parseRules(`rule T.many error 很多项\n  for each row of 支出决算表\n  check [本年支出合计] = ${terms}`);
    expect(rule.right).toMatchObject({ type: "sum" });
    expect(rule.right.type === "sum" && rule.right.terms.length).toBe(30_000);
  });
});

describe("the notation's keywords in Chinese", () => {
  it("reads a rule written with 规则 / 错误 / 每行 / 核对 as its English form", () => {
    const chinese = parseCheckedRules(
      ["规则 Z01 错误 支出决算表：每行本年支出合计 = 基本支出 + 项目支出", "  每行 支出决算表", "  核对 [本年支出合计] = [基本支出] + [项目支出]"].join("\n"),
    );
    const english = parseCheckedRules(
      [
        "rule Z01 error 支出决算表：每行本年支出合计 = 基本支出 + 项目支出",
        "  for each row of 支出决算表",
        "  check [本年支出合计] = [基本支出] + [项目支出]",
      ].join("\n"),
    );
    expect(chinese).toEqual(english);
    expect(parseCheckedRules("规则 Z02 警告 上下级\n每个上级行 支出决算表\n检查 本身 = 下级之和")).toEqual(
      parseCheckedRules("rule Z02 warning 上下级\nfor each parent of 支出决算表\ncheck self = children"),
    );
    expect(parseCheckedRules("规则 Z03 提示 总表\n在 收入支出决算总表\n核对 [本年收入合计, 金额] = 收入决算表[合计, 本年收入合计]")[0]).toMatchObject({
      severity: "info",
      scope: { kind: "table", table: "收入支出决算总表" },
    });
  });

  it("checks the workbook as the English rule does (沾益: rows where 本年支出合计 is more than 基本支出)", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const run = (rules: string) =>
      analyzeWorkbook(snapshot, { extraRules: rules })
        .findings.filter((f) => f.rule === "Z09")
        .map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
    const chinese = run("规则 Z09 警告 只有基本支出\n每行 支出决算表\n核对 [本年支出合计] = [基本支出]");
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese).toEqual(run("rule Z09 warning 只有基本支出\nfor each row of 支出决算表\ncheck [本年支出合计] = [基本支出]"));
  });
});
