import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { corpusText, paragraphOf } from "../../support/text-corpus";

/**
 * A budget's balance (src/core/narrative/claims/balanced-budget.ts): the whole of one side, written as its own, confirms the
 * whole of the other where the two are equal as printed — the real sentences of 巫山 医共体 2026
 * (test/fixtures/texts/cq-wushan-yigongti-2026-budget.txt ¶11, ¶12), 万州 太龙 卫生院 2025 (cq-wanzhou-tailong-wsy-2025-budget.txt
 * ¶3, ¶4) and 龙岗 残联 2016 (gd-longgang-canlian-2016-budget.txt ¶6, ¶8); and a budget's 财政拨款 收入 and 支出 printed
 * equal (巫山 ¶14, 垫江 规划信息 2026 ¶8, 云阳 大阳小学 2025 ¶10); the two sides' changes of a balanced budget (长寿湖镇 2026 ¶8, ¶9).
 */
const found = (text: string, year: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year: number) =>
  found(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, paragraphOf(f), f.actual ?? null]);
const warnings = (text: string, year: number) => found(text, year).filter((f) => f.severity === "warning" && f.rule === "N.listSum");

const WUSHAN_INCOME =
  "(一)收入预算:2026年年初预算数335.74万元,其中:一般公共预算拨款335.74万元,政府性基金预算拨款0万元,国有资本经营预算收入0万元,事业收入0万元,事业单位经营收入0万元,其他收入0万元。收入较去年增加242.52万元,主要是一般公共预算财政拨款增加242.52万元。";
const WUSHAN_SPENDING =
  "(二)支出预算:2026年年初预算数335.74万元,其中:社会保障和就业支出60.24万元,卫生健康支出260.22万元,住房保障支出15.29万元。支出较去年增加242.52万元,主要是基本支出增加242.52万元,项目支出增加0万元。";
const wushan = (income: string, spending: string) => [income, spending].join("\n");

describe("the two sides of a balanced budget confirm each other's whole", () => {
  it("巫山 as published: no error", () => {
    expect(errors(wushan(WUSHAN_INCOME, WUSHAN_SPENDING), 2026)).toEqual([]);
  });

  it("一般公共预算拨款 335.74 → 353.74: 收入预算 335.74 is 支出预算's too, so the one part above it is named, at ¶1", () => {
    const text = wushan(WUSHAN_INCOME.replace("一般公共预算拨款335.74", "一般公共预算拨款353.74"), WUSHAN_SPENDING);
    expect(errors(text, 2026)).toEqual([["N.listSum", 1, "353.74"]]);
    const [error] = found(text, 2026).filter((f) => f.severity === "error");
    expect(error.message).toContain("年初预算数335.74万元与第2段所写“支出预算:2026年年初预算数335.74万元”相等");
    expect(error.message).toContain("一般公共预算拨款应不超过335.74万元，文中写353.74万元");
  });

  // 住房保障 15.29 corrected would be 335.74 − 60.24 − 290.22 < 0: the two others are left
  it("卫生健康支出 260.22 → 290.22: the 支出 total is confirmed, two parts may be the slip — a warning naming them, no error", () => {
    const text = wushan(WUSHAN_INCOME, WUSHAN_SPENDING.replace("卫生健康支出260.22", "卫生健康支出290.22"));
    expect(errors(text, 2026)).toEqual([]);
    const [warning] = warnings(text, 2026);
    expect(paragraphOf(warning)).toBe(2);
    expect(warning.headline).toContain("与第1段所写“收入预算:2026年年初预算数335.74万元”相等");
    expect(warning.headline).toContain("请核对社会保障和就业支出、卫生健康支出。");
  });

  it("the two wholes differ (支出预算 336.74): nothing confirms the 收入 total, the list names it as before", () => {
    const text = wushan(
      WUSHAN_INCOME.replace("一般公共预算拨款335.74", "一般公共预算拨款353.74"),
      WUSHAN_SPENDING.replace("年初预算数335.74", "年初预算数336.74"),
    );
    expect(errors(text, 2026)).toEqual([["N.listSum", 1, "335.74"]]);
  });

  it("another year's 支出预算 (“2025年年初预算数”) is no other side of this year's", () => {
    const text = wushan(
      WUSHAN_INCOME.replace("一般公共预算拨款335.74", "一般公共预算拨款353.74"),
      WUSHAN_SPENDING.replace("2026年年初预算数", "2025年年初预算数"),
    );
    expect(errors(text, 2026)).toEqual([["N.listSum", 1, "335.74"]]);
  });

  it("万州 太龙 卫生院 2025: the 收入 list 0.10 over 1211.02, which 支出预算 states too — a warning naming the three parts that may be the slip", () => {
    const text = [
      "(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,政府性基金预算拨款 0万元,国有资本经营预算收入 0万元,事业收入986.92万元,事业单位经营收入0 万元,其他收入0.10万元。",
      "(二)支出预算:2025年年初预算数1211.02万元,其中:一般公共服务支出预算0 万元,教育支出预算0 万元,社会保障和就业支出预算144.52万元,卫生健康支出预算1039.39万元,住房保障支出预算 27.11万元。",
    ].join("\n");
    expect(errors(text, 2025)).toEqual([]);
    const [warning] = warnings(text, 2025);
    expect(paragraphOf(warning)).toBe(1);
    expect(warning.headline).toContain("请核对一般公共预算拨款、事业收入、其他收入");
  });
});

describe("a 决算's 收入总计 and 支出总计 (璧山 大兴镇 2024: cq-bishan-daxing-2024-final-report.txt ¶4, ¶5)", () => {
  const BISHAN = [
    "(1)收入总计8303万元。其中:本级收入1240万元(包含:工商税收收入1139万元,契税收入30万元,非税收入71万元),上级补助收入4709万元,动用预算稳定调节基金2354万元。",
    "(2)支出总计8303万元。其中:一般公共预算支出7399万元,体制及专项上解支出904万元。",
  ].join("\n");

  it("as published: no error", () => {
    expect(errors(BISHAN, 2024)).toEqual([]);
  });

  it("上解支出 904 → 1057: 支出总计 8303 is ¶1's 收入总计 too — either part may be the slip, a warning naming both at ¶2", () => {
    const text = BISHAN.replace("上解支出904", "上解支出1057");
    expect(errors(text, 2024)).toEqual([]);
    const [warning] = warnings(text, 2024);
    expect(paragraphOf(warning)).toBe(2);
    expect(warning.headline).toContain("与第1段所写“收入总计8303万元”相等");
    expect(warning.headline).toContain("请核对一般公共预算支出、体制及专项上解支出。");
  });

  it("收入总计 printed otherwise (8403): nothing confirms 支出总计, its list names it as before", () => {
    const text = BISHAN.replace("上解支出904", "上解支出1057").replace("收入总计8303", "收入总计8403");
    expect(errors(text, 2024)).toEqual([["N.listSum", 2, "8303"]]);
  });
});

describe("收支总预算 is the whole of both sides", () => {
  const LONGGANG = [
    "龙岗区残疾人联合会2016年收支总预算8,795.61万元(详见表一),其中:本年收入8,795.61万元,占收入预算100%;本年支出8,795.61万元。",
    "龙岗区残疾人联合会2016年度收入预算8,795.61万元(详见表二),其中:财政拨款收入(财政补助收入)8,795.61万元。",
  ].join("\n");

  it("财政拨款收入 8,795.61 → 8,975.61: 收入预算 is the 收支总预算 of ¶1, so the part is named at ¶2", () => {
    const text = LONGGANG.replace("财政补助收入)8,795.61", "财政补助收入)8,975.61");
    expect(errors(text, 2016)).toEqual([["N.listSum", 2, "8975.61"]]);
  });

  it("本年收入 and 本年支出 (结转 make them differ) confirm nothing: a list under 本年收入 broken names its total", () => {
    const text = [
      "本单位2016年本年收入100.00万元,其中:财政拨款收入110.00万元。",
      "本单位2016年本年支出100.00万元,其中:基本支出60.00万元,项目支出40.00万元。",
    ].join("\n");
    expect(errors(text, 2016)).toEqual([["N.listSum", 1, "100.00"]]);
  });

  it("two units' budgets (a report on several): one's 支出预算 is no other side of another's 收入预算", () => {
    const text = [
      "区教育局2016年度收入预算100.00万元,其中:财政拨款收入110.00万元。",
      "区卫生健康委员会2016年度支出预算100.00万元,其中:基本支出60.00万元,项目支出40.00万元。",
    ].join("\n");
    expect(errors(text, 2016)).toEqual([["N.listSum", 1, "100.00"]]);
    expect(errors(text.replace("区卫生健康委员会", "区教育局"), 2016)).toEqual([["N.listSum", 1, "110.00"]]);
  });

  it("a fund's 收入预算 (“政府性基金收入预算”) is no side of the unit's budget", () => {
    const text = [
      "本单位2016年政府性基金收入预算100.00万元,其中:土地出让收入110.00万元。",
      "本单位2016年支出预算100.00万元,其中:基本支出60.00万元,项目支出40.00万元。",
    ].join("\n");
    expect(errors(text, 2016)).toEqual([["N.listSum", 1, "100.00"]]);
  });
});

describe("财政拨款 收入 and 支出 printed equal confirm each other (they differ by the 结转 in general: printed unequal, nothing)", () => {
  const paragraphOfDoc = (id: string, n: number) => corpusText(id).paragraph(n);
  const WUSHAN_14 = paragraphOfDoc("cq-wushan-yigongti-2026-budget", 14);
  const DIANJIANG_8 = paragraphOfDoc("cq-dianjiang-guihua-xinxi-2026-budget", 8);
  const DAYANG_10 = paragraphOfDoc("cq-yunyang-dayang-xiaoxue-2025-budget", 10);

  it("巫山 ¶14, 垫江 ¶8 and 云阳 ¶10 as published: no error", () => {
    expect(errors(WUSHAN_14, 2026)).toEqual([]);
    expect(errors(DIANJIANG_8, 2026)).toEqual([]);
    expect(errors(DAYANG_10, 2025)).toEqual([]);
  });

  it("巫山 基本支出 335.4 → 353.4: the 支出 335.74 is the 收入 of the same sentence, so the part above it is named", () => {
    const text = WUSHAN_14.replace("其中:基本支出335.4万元", "其中:基本支出353.4万元");
    expect(errors(text, 2026)).toEqual([["N.listSum", 1, "353.4"]]);
    const [error] = found(text, 2026).filter((f) => f.severity === "error");
    expect(error.message).toContain("一般公共预算财政拨款支出335.74万元与同句所写“2026年一般公共预算财政拨款收入335.74万元”相等");
    expect(error.message).toContain("基本支出应不超过335.74万元，文中写353.4万元");
  });

  it("垫江 基本支出 93.66 → 96.36: the part above the confirmed 95.46 is named", () => {
    const text = DIANJIANG_8.replace("其中:基本支出93.66万元", "其中:基本支出96.36万元");
    expect(errors(text, 2026)).toEqual([["N.listSum", 1, "96.36"]]);
  });

  it("云阳 基本支出 695.37 → 659.37: the 727.11 confirmed, 基本 or 项目 may be the slip — a warning naming both, no error", () => {
    const text = DAYANG_10.replace("其中:基本支出695.37万元", "其中:基本支出659.37万元");
    expect(errors(text, 2025)).toEqual([]);
    const [warning] = warnings(text, 2025);
    expect(paragraphOf(warning)).toBe(1);
    expect(warning.headline).toContain("各部分之和为691.11万元（基本支出659.37 + 项目支出31.74）");
    expect(warning.headline).toContain("与同句所写“2025年一般公共预算财政拨款收入727.11万元”相等");
    expect(warning.headline).toContain("请核对基本支出、项目支出。");
  });

  it("收入 printed otherwise (353.74 against 支出 335.74): nothing confirms the 支出 — and two amounts before “其中” leave the list's whole open, nothing is summed", () => {
    const text = WUSHAN_14.replace("财政拨款收入335.74", "财政拨款收入353.74").replace("其中:基本支出335.4万元", "其中:基本支出353.4万元");
    expect(errors(text, 2026)).toEqual([]);
  });

  it("another fund's 财政拨款收入 (政府性基金预算) is no other side of the 一般公共预算's 支出", () => {
    const text = WUSHAN_14.replace("一般公共预算财政拨款收入335.74", "政府性基金预算财政拨款收入335.74").replace(
      "其中:基本支出335.4万元",
      "其中:基本支出353.4万元",
    );
    expect(errors(text, 2026)).toEqual([["N.listSum", 1, "335.74"]]);
  });

  it("another year's 财政拨款收入 is no side of this year's 支出", () => {
    const spending = WUSHAN_14.replace("2026年一般公共预算财政拨款收入335.74万元,一般公共预算财政拨款支出", "2026年一般公共预算财政拨款支出").replace(
      "其中:基本支出335.4万元",
      "其中:基本支出353.4万元",
    );
    expect(errors(["2025年一般公共预算财政拨款收入335.74万元。", spending].join("\n"), 2026)).toEqual([["N.listSum", 2, "335.74"]]);
    expect(errors(["2026年一般公共预算财政拨款收入335.74万元。", spending].join("\n"), 2026)).toEqual([["N.listSum", 2, "353.4"]]);
  });
});

describe("a balanced budget's two sides change alike (balanced-changes.ts; 长寿湖镇 2026: cq-changshouhu-cunzhen-2026-budget.txt ¶8, ¶9)", () => {
  const doc = corpusText("cq-changshouhu-cunzhen-2026-budget");
  const CUNZHEN = [doc.paragraph(8), doc.paragraph(9)].join("\n");
  const balancedChanges = (text: string) => found(text, 2026).filter((f) => f.rule === "N.balancedChange");

  it("as published (收入、支出 each 较去年增加385.83万元): nothing", () => {
    expect(found(CUNZHEN, 2026)).toEqual([]);
  });

  it("支出 385.83 → 358.83: either change may be the slip — a warning naming both, at ¶2, no error", () => {
    const text = CUNZHEN.replace("支出较去年增加385.83万元", "支出较去年增加358.83万元");
    expect(errors(text, 2026)).toEqual([]);
    const [warning] = balancedChanges(text);
    expect([warning.severity, paragraphOf(warning), warning.actual]).toEqual(["warning", 2, "358.83"]);
    expect(warning.headline).toContain("第1段“收入预算:2026年年初预算数593.34万元”与本段“支出预算:2026年年初预算数593.34万元”相等");
    expect(warning.headline).toContain("文中却写“收入较去年增加385.83万元”、“支出较去年增加358.83万元”，不知哪一处有误");
  });

  it("a change of the other direction is as different (支出较去年减少385.83万元)", () => {
    expect(balancedChanges(CUNZHEN.replace("支出较去年增加385.83万元", "支出较去年减少385.83万元"))).toHaveLength(1);
  });

  it("two wholes that differ say nothing of the changes (支出预算 593.43)", () => {
    const text = CUNZHEN.replace("(二)支出预算:2026年年初预算数593.34万元", "(二)支出预算:2026年年初预算数593.43万元").replace(
      "支出较去年增加385.83万元",
      "支出较去年增加358.83万元",
    );
    expect(balancedChanges(text)).toEqual([]);
  });

  it("a change named by more than the side's word (“一般公共预算财政拨款支出较去年增加”) is no change of the whole", () => {
    const text = CUNZHEN.replace("支出较去年增加385.83万元", "一般公共预算财政拨款支出较去年增加358.83万元");
    expect(balancedChanges(text)).toEqual([]);
  });
});
