import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { paragraphOf } from "../../support/text-corpus";

/**
 * A broken sum whose total a relation of its own confirms names no total (src/core/narrative/claims/culprit.ts): the same
 * evidence weighed for every sum that names a figure — a “其中” list, a view (“从彩票类型看”), an addition chain (“加上…,收入
 * 合计…”). Evidence of a total: the same figure under its item's words elsewhere (restatement.ts namedAgain), another
 * breakdown of it that adds up (parenthesized-standing.ts), the other side of a balanced budget (balanced-budget.ts).
 * Real wordings: 新疆 2023 彩票公益金 (test/fixtures/texts/xj-region-2023-lottery.txt), 闽侯 2020 决算
 * (fj-minhou-2020-final.txt), 长宁 2024 决算 (sh-changning-2024-final-report.txt).
 */
const found = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year: number) =>
  found(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f), f.actual ?? null, f.expected ?? null]);
const warnings = (text: string, year: number) => found(text, year).filter((f) => f.severity === "warning");

describe("a “其中” list whose total is stated again under its item's words (新疆 2023)", () => {
  // ¶2's 155682.4 is ¶1's “体育彩票机构筹集体育彩票公益金155682.4万元”: the words before “筹集…” only say whose it is
  const text = [
    "2023年,全区共筹集彩票公益金371445.8万元。从彩票机构看,福利彩票机构筹集福利彩票公益金215763.4万元;体育彩票机构筹集体育彩票公益金155682.4万元。",
    "——筹集体育彩票公益金155682.4万元,其中,上缴中央77226.3万元;自治区本级留成39020.6万元;地州市留成39435.5万元。",
  ].join("\n");

  it("as published: nothing", () => {
    expect(found(text, 2023).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a part changed (地州市留成 39435.5 → 39453.5): the total is right, three parts free — a warning naming them, no error", () => {
    const changed = text.replace("39435.5", "39453.5");
    expect(errors(changed, 2023)).toEqual([]);
    const [warning] = warnings(changed, 2023);
    expect(paragraphOf(warning)).toBe(2);
    expect(warning.headline).toContain("请核对上缴中央、自治区本级留成、地州市留成");
    expect(warning.message).toContain("与第1段所写相同");
  });

  it("two parts confirmed elsewhere (上缴中央, 自治区本级留成 stated again): the one left is named, at most the total less the others", () => {
    const changed = [text.replace("39435.5", "39453.5"), "体育彩票公益金上缴中央77226.3万元。体育彩票公益金自治区本级留成39020.6万元。"].join("\n");
    // a “其中” list may leave parts out: the part is too large, by how much the text does not say (culprit.ts atMost)
    expect(errors(changed, 2023)).toEqual([["N.listSum", 2, "39453.5", null]]);
    expect(found(changed, 2023).find((f) => f.severity === "error")!.message).toContain("地州市留成应不超过39435.5万元");
  });

  it("the total changed (155682.4 → 154682.4 in ¶2): ¶1 says otherwise, so the total is still the one named", () => {
    const changed = text.replace("——筹集体育彩票公益金155682.4", "——筹集体育彩票公益金154682.4");
    expect(errors(changed, 2023).map(([rule, at, actual]) => [rule, at, actual])).toEqual([["N.listSum", 2, "154682.4"]]);
  });

  it("another item's name ending otherwise (“体育彩票公益金支出”) ties nothing: the total is named as before", () => {
    const other = text.replace("体育彩票机构筹集体育彩票公益金155682.4", "体育彩票机构体育彩票公益金支出155682.4").replace("39435.5", "39453.5");
    expect(errors(other, 2023).map(([rule, at, actual]) => [rule, at, actual])).toEqual([["N.listSum", 2, "155682.4"]]);
  });
});

describe("a view whose total another view of it adds up to (新疆 2023 ¶4)", () => {
  const text =
    "2023年,全区共筹集彩票公益金371445.8万元。从彩票机构看,福利彩票机构筹集福利彩票公益金215763.4万元;体育彩票机构筹集体育彩票公益金155682.4万元。从彩票类型看,乐透数字型彩票筹集彩票公益金144143.2万元;竞猜型彩票筹集彩票公益金65651.9万元;即开型彩票筹集彩票公益金121860.2万元;基诺型彩票筹集彩票公益金39790.5万元。";

  it("a kind changed (竞猜型 65651.9 → 75651.9): 215763.4 + 155682.4 = 371445.8 confirms the total — a warning naming the four kinds", () => {
    const changed = text.replace("65651.9", "75651.9");
    expect(errors(changed, 2023)).toEqual([]);
    const [warning] = warnings(changed, 2023);
    expect(warning.message).toContain("另一合计相符");
    expect(warning.message).toContain("371445.8万元 = 福利彩票机构筹集福利彩票公益金215763.4万元 + 体育彩票机构筹集体育彩票公益金155682.4万元");
  });

  it("the total changed (371445.8 → 381445.8): both views break, the total is named", () => {
    const changed = text.replace("371445.8", "381445.8");
    expect(errors(changed, 2023).map(([rule, at, actual]) => [rule, at, actual])).toContainEqual(["N.listSum", 1, "381445.8"]);
  });
});

describe("an addition chain whose total its parenthesized breakdown confirms (闽侯 2020 ¶7)", () => {
  const text =
    "全县一般公共预算收入完成78.14亿元,加上年结转收入3.36亿元、上级补助收入20.75亿元、调入资金0.13亿元、地方政府一般债务转贷收入5.72亿元、调入预算稳定调节基金1.59亿元,收入合计109.69亿元(县本级87.87亿元,高新区 21.82亿元)。";

  it("as published: nothing", () => {
    expect(found(text, 2020).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a part changed (上级补助收入 20.75 → 23.75): 87.87 + 21.82 = 109.69 — a warning naming the parts, no error on the total", () => {
    const changed = text.replace("20.75", "23.75");
    expect(errors(changed, 2020)).toEqual([]);
    const [warning] = warnings(changed, 2020);
    expect(warning.rule).toBe("N.total");
    expect(warning.message).toContain("109.69亿元 = 县本级87.87亿元 + 高新区21.82亿元");
  });

  it("the total changed (109.69 → 112.69): its breakdown breaks too, the total is named", () => {
    const changed = text.replace("109.69", "112.69");
    expect(errors(changed, 2020).map(([rule, at, actual]) => [rule, at, actual])).toContainEqual(["N.total", 1, "112.69亿元"]);
  });
});

describe("an addition chain whose total the other side of the budget confirms (长宁 2024)", () => {
  const text = [
    "2024年区一般公共预算收入180.97亿元,为预算的102.27%。加上上级补助收入35.61亿元、地方政府一般债务转贷收入5.80亿元、上年结转收入1.81亿元、调入资金16.65亿元、动用预算稳定调节基金26亿元,收入总计266.84亿元。",
    "2024年,区一般公共预算支出213.64亿元,加上上解支出11.30亿元、地方政府一般债务还本支出4.30亿元、结转下年支出3.77亿元、补充预算稳定调节基金33.83亿元,支出总计266.84亿元。",
  ].join("\n");

  it("as published: nothing", () => {
    expect(found(text, 2024).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("the first amount changed (180.97 → 220.95): every other part would go below 0 — it is named, 应为180.97", () => {
    expect(errors(text.replace("180.97", "220.95"), 2024)).toEqual([["N.total", 1, "220.95亿元", "180.97"]]);
  });

  it("a part changed within the others' reach (调入资金 16.65 → 61.65): several parts may be the slip — a warning, no error", () => {
    const changed = text.replace("16.65", "61.65");
    expect(errors(changed, 2024)).toEqual([]);
    expect(warnings(changed, 2024).map((f) => [f.rule, paragraphOf(f)])).toEqual([["N.total", 1]]);
  });

  it("the other side differing (支出总计 276.84): nothing confirms 266.84, so it is named", () => {
    const changed = text.replace("支出总计266.84", "支出总计276.84").replace("16.65", "61.65");
    expect(errors(changed, 2024).map(([rule, at, actual]) => [rule, at, actual])).toContainEqual(["N.total", 1, "266.84亿元"]);
  });
});
