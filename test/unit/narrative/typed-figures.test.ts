import { readFixture } from "../../support/fixtures";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { TableModel } from "../../../src/core/tables/table-model";
import { generateNarrative } from "../../../src/core/narrative";
import { readTypedAmount } from "../../../src/core/numbers/typed-amount";

describe("figures as accountants type them into the 说明 form", () => {
  it.each([
    ["４８３．２３", "483.23"],
    ["１，２３４．５０", "1234.50"],
    ["1,234.50", "1234.50"],
    [" 483.23 ", "483.23"],
    ["483.23万元", "483.23"],
    ["483.23 万", "483.23"],
    ["4 83.23", "483.23"],
    ["－12.5", "-12.5"],
    ["+7", "7"],
    ["0483.20", "483.20"],
  ])("%s reads as %s", (typed, text) => {
    expect(readTypedAmount(typed)).toEqual({ kind: "amount", text });
  });

  it("counts read away their unit word, amounts do not take one", () => {
    expect(readTypedAmount("３辆", true)).toEqual({ kind: "amount", text: "3" });
    expect(readTypedAmount("12人次", true)).toEqual({ kind: "amount", text: "12" });
    expect(readTypedAmount("3辆")).toMatchObject({ kind: "invalid" });
  });

  it.each([
    ["4832300元", "“4832300元”的单位不对：请换算为万元填写，如 512.30"],
    ["12.3.4", "“12.3.4”不是可识别的数字，请填写如 512.30"],
    ["483,23", "“483,23”不是可识别的数字，请填写如 512.30"],
    ["约500", "“约500”不是可识别的数字，请填写如 512.30"],
  ])("%s is refused in Chinese", (typed, message) => {
    expect(readTypedAmount(typed)).toEqual({ kind: "invalid", message });
  });

  it("blank is blank", () => {
    expect(readTypedAmount(" 　")).toEqual({ kind: "blank" });
  });
});

describe("one unreadable field never stops the text", () => {
  let zhanyi: TableModel[];
  beforeAll(async () => {
    zhanyi = recognizeTables(await readFixture("final-2023-zhanyi.xlsx")).tables;
  });

  it("full-width 上年数 and typed inputs reach the text; the bad one stays a gap", () => {
    const result = generateNarrative(zhanyi, {
      family: "决算",
      year: 2023,
      prior: { 收支总计: "４８３．２３", 财政拨款收支总计: "12.3.4" },
      inputs: { 政府采购支出总额: "1,035.60万元", 车辆数: "２辆" },
    });
    const text = result.sections.map((s) => s.text).join("\n");
    // 536.92 − 483.23 = 53.69; 53.69 ÷ 483.23 = 11.11%
    expect(text).toContain("与2022年度相比，收、支总计增加53.69万元，增长11.11%");
    expect(text).toContain("【缺：上年财政拨款收支总计】");
    expect(text).toContain("1035.60万元");
    expect(text).toMatch(/2辆/);
  });
});
