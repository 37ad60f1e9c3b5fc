import path from "path";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { parseCheckedRules, parseRules, RuleSyntaxError } from "../../../src/core/rules/parse-rules";
import { BUILT_IN_RULES } from "../../../src/core/rules/run-rules";
import { FINAL_ACCOUNTS_RULES } from "../../../src/core/rules/catalogue/final-accounts";
import { BUDGET_RULES } from "../../../src/core/rules/catalogue/budget";
import { analyzeWorkbook } from "../../../src/core/analysis";
import { editDistance, nearest } from "../../../src/core/text/nearest";
import { main } from "../../../src/hosts/cli/check";
import { runCli } from "../../support/run-cli";

const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "final-2023-zhanyi.xlsx");

/** One rule: a head line, a scope line (line 2) and a check line (line 3). */
const rule = (scope: string, check: string) => `rule U1 error 自定义\n  ${scope}\n  check ${check}\n`;
const refusal = (source: string): string => {
  try {
    parseCheckedRules(source);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSyntaxError);
    return (error as Error).message;
  }
  throw new Error("the rule was accepted");
};

describe("rule names are checked against the table kinds", () => {
  test("the whole built-in catalogue passes the check, rule for rule", () => {
    const checked = [...parseCheckedRules(FINAL_ACCOUNTS_RULES), ...parseCheckedRules(BUDGET_RULES)];
    expect(checked.map((r) => r.id)).toEqual(BUILT_IN_RULES.map((r) => r.id));
    expect(checked.length).toBe(106);
  });

  test("a misspelled table names its line and the nearest title", () => {
    expect(refusal(rule("for each row of 支出决算标", "[本年支出合计] = [基本支出] + [项目支出]"))).toBe(
      "规则第 2 行：没有名为“支出决算标”的表，是否应为“支出决算表”？",
    );
    expect(refusal(rule("in 收入支出决算总表", "[本年收入合计, 金额] = 收入决算标[合计, 本年收入合计]"))).toBe(
      "规则第 3 行：没有名为“收入决算标”的表，是否应为“收入决算表”？",
    );
    // Nothing near enough: no suggestion.
    expect(refusal(rule("in 三公", "[合计] = [公务接待费]"))).toBe("规则第 2 行：没有名为“三公”的表");
  });

  test("a misspelled row names its table, its line and the nearest row", () => {
    expect(refusal(rule("in 收入支出决算总表", "[本年收入合记, 金额] = 收入决算表[合计, 本年收入合计]"))).toBe(
      "规则第 3 行：《收入支出决算总表》没有名为“本年收入合记”的行，是否应为“本年收入合计”？（行写作科目编码、合计或表中的标准行名）",
    );
    expect(refusal(rule("for each column of 财政拨款“三公”经费支出决算表", "[公务用车费] = [公务用车购置费] + [公务用车运维费]"))).toBe(
      "规则第 3 行：《财政拨款“三公”经费支出决算表》没有名为“公务用车运维费”的行，是否应为“公务用车运行费”？（行写作科目编码、合计或表中的标准行名）",
    );
  });

  test("a misspelled column names its table, its line and the nearest column", () => {
    expect(refusal(rule("for each row of 支出决算表", "[本年支出合计] = [基本支出] + [项目支初]"))).toBe(
      "规则第 3 行：《支出决算表》没有名为“项目支初”的列，是否应为“项目支出”？",
    );
    expect(refusal(rule("in 部门收支总表", "[本年支出合计, 金额] = sum(部门支出总表 rows under @, 合记)"))).toBe(
      "规则第 3 行：《部门支出总表》没有名为“合记”的列，是否应为“合计”？",
    );
    expect(refusal(rule("in 收入决算表", "[合计, 财政拨款收入] = 财政拨款收入支出决算总表[本年收入合计, 全额]"))).toBe(
      "规则第 3 行：《财政拨款收入支出决算总表》没有名为“全额”的列，是否应为“金额”？",
    );
  });

  test("codes, @, 类 names, column totals, lines split by fund and header paths are known", () => {
    const accepted = [
      rule("in 一般公共预算财政拨款基本支出决算表", "[30217, 金额] <= [302, 金额] + [人员经费合计, 金额]"),
      rule("for each class row of 支出决算表", "[本年支出合计] = 收入支出决算总表[@?, 金额] + 收入支出决算总表[卫生健康支出?, 金额]"),
      rule("in 财政拨款收入支出决算总表", "[年末财政拨款结转和结余/政府性基金预算财政拨款, 合计] >= 0"),
      rule("for each row of 一般公共预算财政拨款支出决算表", "[本年收入] = [本年收入/基本支出] + [本年收入/项目支出]"),
      rule("in 部门收入总表", "[合计, 任一列] >= 0"), // a kind without a column vocabulary keeps its columns open
    ];
    for (const source of accepted) expect(parseCheckedRules(source)).toHaveLength(1);
  });

  test("the notation parser alone does not check names (it is what parseCheckedRules builds on)", () => {
    expect(parseRules(rule("in 表", "[a] = [b]"))).toHaveLength(1);
    expect(() => parseCheckedRules(rule("in 表", "[a] = [b]"))).toThrow("规则第 2 行：没有名为“表”的表");
  });

  test("the engine refuses custom rules with an unknown name instead of checking nothing", () => {
    const snapshot = { name: "空.xlsx", sheets: [] };
    expect(() => analyzeWorkbook(snapshot, { extraRules: rule("for each row of 支出决算标", "[本年支出合计] = [基本支出]") })).toThrow(
      "没有名为“支出决算标”的表",
    );
  });

  test("check --rules FILE with a misspelled name is a usage error naming the file and the line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rule-names-"));
    const file = path.join(dir, "规则.txt");
    try {
      writeFileSync(file, rule("for each row of 支出决算表", "[本年支出合计] = [基本支出] + [项目支初]"));
      const { code, err } = await runCli(main, [FIXTURE, "--rules", file]);
      expect(code).toBe(2);
      expect(err.split("\n")[0]).toBe(`规则文件“${file}”规则第 3 行：《支出决算表》没有名为“项目支初”的列，是否应为“项目支出”？`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("nearest: fewest character edits, within a third of the name", () => {
    expect(editDistance("支出决算标", "支出决算表")).toBe(1);
    expect(editDistance("合计", "本年支出合计")).toBe(4);
    expect(nearest("项目支初", ["基本支出", "项目支出"])).toBe("项目支出");
    expect(nearest("三公", ["财政拨款“三公”经费支出决算表"])).toBeUndefined();
  });
});
