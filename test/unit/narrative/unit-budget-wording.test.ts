import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText } from "../../support/text-corpus";

/**
 * Wording of the m12 blind rounds on 事业单位 budgets and 决算 (test/fixtures/texts/README.md, “m12 blind rounds”): a
 * sentence stating one amount under two names — “一般公共预算财政拨款收入727.11万元,一般公共预算财政拨款支出727.11万元,比2024年
 * 减少67.02万元。其中:基本支出…;项目支出…” — heads the “其中” list after it as surely as a sentence stating one amount; a
 * sentence whose parts between “；” each break down their own total with “包括” is read part by part.
 */
const check = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const findings = (text: string, year: number, severity: string) =>
  check(text, year)
    .filter((f) => f.severity === severity)
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("one amount under two names before “其中” heads the list (云阳 大阳小学 2025)", () => {
  const dayang = corpusText("cq-yunyang-dayang-xiaoxue-2025-budget");

  it("the published text raises no error: 695.37 + 31.74 = 727.11", () => {
    expect(findings(dayang.text, dayang.year, "error")).toEqual([]);
  });

  it("a part that breaks the sum is found on the list: 727.11 printed as both 收入 and 支出 is confirmed, so a warning naming both parts (balanced-budget.ts)", () => {
    const changed = dayang.text.replace("其中:基本支出695.37万元", "其中:基本支出659.37万元");
    expect(findings(changed, dayang.year, "error")).toEqual([]);
    expect(findings(changed, dayang.year, "warning")).toContainEqual(["N.listSum", null, "727.11"]);
  });

  it("a difference within rounding is a rounding warning (万州 公路 2024: 5991.26 + 2913.71 = 8904.97 for 8904.98)", () => {
    const wanzhou = corpusText("cq-wanzhou-gonglu-2024-budget");
    expect(findings(wanzhou.text, wanzhou.year, "error")).toEqual([]);
    expect(findings(wanzhou.text, wanzhou.year, "warning").map(([rule]) => rule)).toEqual(expect.arrayContaining(["N.listSum", "N.changeSum"]));
  });

  it("two different amounts before “其中” leave the list's whole open: nothing is summed", () => {
    const text = "2025年一般公共预算财政拨款收入800.00万元,一般公共预算财政拨款支出727.11万元。其中:基本支出659.37万元,项目支出31.74万元。";
    expect(findings(text, 2025, "error")).toEqual([]);
  });

  it("the same amounts printed to other places are two amounts (727.1 and 727.11)", () => {
    const text = "2025年一般公共预算财政拨款收入727.1万元,一般公共预算财政拨款支出727.11万元。其中:基本支出659.37万元,项目支出31.74万元。";
    expect(findings(text, 2025, "error")).toEqual([]);
  });
});

describe("two totals each broken down with “包括” in their own part between “；” (三亚 林场 2025)", () => {
  const sanya = corpusText("hi-sanya-linchang-2025-budget");

  it("the published text raises no error: 11.35 + 4.02 + 56.58 + 5.87 + 0 = 77.82", () => {
    expect(findings(sanya.text, sanya.year, "error")).toEqual([]);
  });

  it("a part that breaks the 支出总计's sum is an error on that list", () => {
    const changed = sanya.text.replace("农林水支出56.58万元", "农林水支出65.58万元");
    expect(findings(changed, sanya.year, "error")).toEqual([["N.listSum", "86.82", "77.82"]]);
  });

  it("a “包括” that lists words only says what an item covers: the “其中” list is read whole (青岛 教育局 2013)", () => {
    const qingdao = corpusText("sd-qingdao-jiaoyu-2013-budget-sangong");
    expect(findings(qingdao.text, qingdao.year, "error")).toEqual([]);
    const changed = qingdao.text.replace("因公出国(境)费预算135万元", "因公出国(境)费预算102万元");
    expect(findings(changed, qingdao.year, "error")).toEqual([["N.listSum", "458.00", "491"]]);
  });

  it("one “包括” inside a “其中” list still breaks down its part, the list read whole", () => {
    const text =
      "2024年“三公”经费支出6.00万元,其中:公务用车购置及运行维护费5.00万元,包括购置费2.00万元、运行维护费3.00万元;公务接待费2.00万元;因公出国(境)费0.00万元。";
    expect(findings(text, 2024, "error")).toEqual([["N.listSum", "7.00", "6.00"]]);
  });
});

describe("“主要是” right after an amount lists its parts, as “包括” does (荣昌 统计局 2026)", () => {
  const rongchang = corpusText("cq-rongchang-tongji-2026-budget");

  it("the published list adds up: 602.73 + 0 + 0 + 0 + 0 + 27.95 = 630.68 (the only error is the doubled “万元万元”)", () => {
    expect(findings(rongchang.text, rongchang.year, "error").map(([rule]) => rule)).toEqual(["N.leftover"]);
  });

  it("parts above their total are an error", () => {
    const changed = rongchang.text.replace("其他收入27.95万元", "其他收入72.95万元");
    expect(findings(changed, rongchang.year, "error")).toContainEqual(["N.listSum", "675.68", "630.68"]);
  });

  it("parts below their total name no complete identity: nothing", () => {
    expect(findings("2026年收入合计630.68万元,主要是一般公共预算拨款602.73万元。", 2026, "error")).toEqual([]);
  });

  it("“主要是” after a change lists the change's reasons, no parts of an amount", () => {
    expect(findings("2026年收入合计630.68万元。收入较去年增加53.26万元,主要是基本支出增加30.82万元,项目支出增加32.44万元。", 2026, "error")).toEqual([]);
  });
});
