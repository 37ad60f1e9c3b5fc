import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of the blind rounds s19s (stop 33, test/fixtures/texts/: 武陵山乡 2023, 天台完全小学 2024 …) and the kinds of
 * error real writers make (test/support/planted-kinds.ts).
 */
const check = (text: string, year?: number) => checkNarrative(readTextFile(text), [], { year });
const errors = (text: string, year?: number) =>
  check(text, year)
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("一般公共预算财政拨款支出 is 基本支出 + 项目支出: a list of the two is complete", () => {
  const wulingshan = (basic: string, change = "增加39.77") =>
    `2023年一般公共预算财政拨款支出1643.29万元,比上年增加105.77万元。其中:基本支出${basic}万元,比上年${change}万元,主要原因是人员增资;项目支出690.79万元,比上年增加66.00万元,主要用于专职消防队运转。`;

  it("the two parts add up to their total: nothing", () => {
    expect(errors(wulingshan("952.50"), 2023)).toEqual([]);
  });

  it("a part whose digits are swapped leaves the list below its total: an error", () => {
    expect(errors(wulingshan("925.50"), 2023)).toEqual([["N.listSum", "1616.29", "1643.29"]]);
  });

  it("a part's change written with the wrong direction breaks the changes' sum", () => {
    expect(errors(wulingshan("952.50", "减少39.77"), 2023).map(([rule]) => rule)).toEqual(["N.changeSum"]);
  });
});

describe("a unit slip: one amount in 元 among amounts in 万元, which every relation it takes part in reads in 万元", () => {
  const income = (other: string, share = "0.06") =>
    `2020年本年收入合计3765.66万元,其中:一般公共预算财政拨款收入1008.64万元,占26.79%;事业收入2754.68万元,占73.15%;其他收入${other},占${share}%。`;

  it("is one error naming the amount and its unit, not a share “应为0.00%” and a total", () => {
    expect(errors(income("2.34元"), 2020)).toEqual([["N.unit", "2.34万元", "2.34元"]]);
  });

  it("the amount written in 万元: nothing", () => {
    expect(errors(income("2.34万元"), 2020)).toEqual([]);
  });

  it("an amount in 元 whose relations fail in 万元 too is no unit slip: the errors stay as they are", () => {
    expect(errors(income("2.34元", "0.08"), 2020).map(([rule]) => rule)).toEqual(["N.share"]);
  });

  it("goes both ways: one amount in 万元 among amounts in 元 (a stated 0元 shows the paragraph's unit too)", () => {
    const yuan = (reception: string) =>
      `2022年度“三公”经费支出决算中,因公出国(境)费支出0元,占0%;公务用车购置及运行维护费支出23,005.58元,占88.19%;公务接待费支出${reception},占11.81%。`;
    expect(errors(yuan("3,080万元"), 2022)).toEqual([["N.unit", "3,080元", "3,080万元"]]);
    expect(errors(yuan("3,080元"), 2022)).toEqual([]);
  });

  it("an amount in 元 that takes part in no failing relation raises nothing", () => {
    const aside = "2020年本年收入合计3765.66万元,其中:一般公共预算财政拨款收入1008.64万元,事业收入2757.02万元。全年节约水电费3500元。";
    expect(errors(aside, 2020)).toEqual([]);
  });
});

describe("what N.difference calls the two amounts comes from their words", () => {
  const messages = (text: string) => check(text, 2015).map((f) => f.message);

  it("two years' budgets are this year's and last year's, not 实际 and 预算", () => {
    const budgets = "2015年我厅系统“三公经费”部门预算451.62万元比2014年“三公经费”部门预算287.17万元增加184.45万元。";
    expect(messages(budgets)).toEqual([expect.stringContaining("本年451.62万元、上年287.17万元，增减额应为增加164.45万元")]);
  });

  it("an actual against its budget is 实际 and 预算", () => {
    const actual = "“三公”经费决算数为394.85万元,比年初预算451.62万元减少66.77万元。";
    expect(messages(actual)).toEqual([expect.stringContaining("实际394.85万元、预算451.62万元，增减额应为减少56.77万元")]);
  });
});

describe("shares of a list naming every part of its whole (“三公”经费 = 出国 + 公务用车 + 接待) that do not add up to 100%", () => {
  const sangong = (reception: string, car: string) =>
    `2020年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,占0%;公务接待费支出决算16.3万元,占${reception}%;公务用车购置及运行维护费支出决算9.4万元,占${car}%。`;

  it("the parts' sum is the whole: the one share off it is the slip (another share above 0 ties the whole)", () => {
    expect(errors(sangong("36.58", "36.58"), 2020)).toEqual([["N.share", "63.42%", "36.58%"]]);
  });

  it("the shares as written: nothing", () => {
    expect(errors(sangong("63.42", "36.58"), 2020)).toEqual([]);
  });

  it("two shares off leave open whether a share or an amount is wrong: no error naming a share", () => {
    expect(errors(sangong("50.00", "30.00"), 2020)).toEqual([]);
  });

  it("a list that does not name every part (公务用车 by its 运行维护费 only) is not known to be all of its whole", () => {
    const partial = "2020年度“三公”经费支出决算中,公务接待费支出决算16.3万元,占36.58%;公务用车运行维护费支出决算9.4万元,占36.58%。";
    expect(errors(partial, 2020)).toEqual([]);
  });
});

describe("two shares off a complete list whose parts are tied by a relation of their own (#19)", () => {
  // yn-xundian-tangzi-2023-final-sangong ¶2 and ¶5 (http://www.kmxd.gov.cn/c/2024-08-26/6893569.shtml): ¶5's shares copy ¶2's completion rates
  const totals =
    "寻甸县塘子街道办事处2023年度一般公共预算财政拨款“三公”经费支出预算为24.5万元,支出决算为11.96万元,完成预算的48.82%。其中:因公出国(境)费支出决算为0万元,完成预算的0.00%;公务用车购置及运行费支出决算为4.02万元,完成预算的89.33%;公务接待费支出决算为7.94万元,完成预算的39.7%。";
  const shares = (car: string, reception: string) =>
    `2023年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出0万元,占0.00%;公务用车购置及运行维护费支出4.02万元,占${car}%;公务接待费支出7.94万元,占${reception}%。`;
  const shareErrors = (text: string) => errors(text, 2023).filter(([rule]) => rule === "N.share");

  it("the parts add up to the “三公” total stated before: each share off is named with its value", () => {
    expect(shareErrors([totals, shares("89.33", "39.7")].join("\n"))).toEqual([
      ["N.share", "33.61%", "89.33%"],
      ["N.share", "66.39%", "39.7%"],
    ]);
  });

  it("the shares as they should be: nothing", () => {
    expect(errors([totals, shares("33.61", "66.39")].join("\n"), 2023)).toEqual([]);
  });

  it("with no relation tying the parts, an amount may be the slip: no share named, only their sum above 100%", () => {
    expect(errors(shares("89.33", "39.7"), 2023).map(([rule]) => rule)).toEqual(["N.shareSum"]);
  });

  it("a total the parts do not add up to ties none of them: no share named", () => {
    expect(
      shareErrors([totals.replace("支出决算为11.96万元,完成预算的48.82%", "支出决算为12.96万元,完成预算的52.90%"), shares("89.33", "39.7")].join("\n")),
    ).toEqual([]);
  });

  it("a part whose own breakdown breaks (购置 0 + 运行 0 under 4.02) is still tied by the “三公” sum, which names the breakdown's part", () => {
    const breakdown = [
      "2.公务用车购置及运行维护费支出4.02万元。其中:",
      "公务用车购置支出0万元,购置车辆0辆。本单位2023年度无此项支出。",
      "公务用车运行维护支出0万元,开支一般公共预算财政拨款的公务用车保有量为7辆。",
    ];
    const found = errors([totals, shares("89.33", "39.7"), ...breakdown].join("\n"), 2023);
    expect(found).toEqual([
      ["N.share", "33.61%", "89.33%"],
      ["N.share", "66.39%", "39.7%"],
      ["N.total", "4.02", "0"],
    ]);
  });
});

describe("a 决算 list with each part's completion rate, after a budget and its actual, breaks down the actual", () => {
  const xundian = (reception: string) =>
    `2022年度“三公”经费支出年初预算为27,080元,支出决算为26,085.58元,完成年初预算的96.33%。其中:因公出国(境)费支出决算为0元,完成年初预算的0%;公务用车运行维护费支出决算为23,005.58元,完成年初预算的95.86%;公务接待费支出决算为${reception}元,完成年初预算的100%。`;

  it("the parts add up to the actual: nothing", () => {
    expect(errors(xundian("3,080"), 2022)).toEqual([]);
  });

  it("a part changed: the list is above the actual (“完成年初预算的” is each rate's base, not the parts' measure)", () => {
    // the 三公 parts stated above their total (N.total: the parts the catalogue knows, 公务用车购置费 unstated); the actual
    // is confirmed by its completion of the budget stated with it (26,085.58 ÷ 27,080 = 96.33%), each part free: a warning
    // naming the parts to check, no error naming the actual
    expect(errors(xundian("3,797"), 2022)).toEqual([]);
    expect(check(xundian("3,797"), 2022).filter((f) => f.rule === "N.total" && f.severity === "warning")).toHaveLength(1);
  });
});

describe("a “其中” list short of its total by one part printed in the odd unit, exact when read in the list's unit (s19w)", () => {
  // 太龙镇中心卫生院 2025 ¶4 with its 卫生健康 amount's unit changed to 元; 大兴镇 2024 ¶8 with a remark in parentheses after the part
  const tailong = (health: string) =>
    `(二)支出预算:2025年年初预算数1211.02万元,其中:一般公共服务支出预算0 万元,教育支出预算0 万元,社会保障和就业支出预算144.52万元,卫生健康支出预算${health},住房保障支出预算 27.11万元。`;
  const daxing = "(2)支出总计调整为9877万元。其中:一般公共预算支出8141万元,体制及专项上解支出1736元(含收回结转结余资金682万元)。";

  it("is one error naming the amount's unit", () => {
    expect(errors(tailong("1039.39元"), 2025)).toEqual([["N.unit", "1039.39万元", "1039.39元"]]);
    expect(errors(daxing, 2024)).toEqual([["N.unit", "1736万元", "1736元"]]);
  });

  it("as published, or short by more than the slip: nothing (a list may name only its main parts)", () => {
    expect(errors(tailong("1039.39万元"), 2025)).toEqual([]);
    expect(errors(tailong("1009.39元"), 2025)).toEqual([]);
  });
});

describe("a share naming no whole in a list opened by its whole's name with no amount (“…“三公”经费支出决算中,”) is of that whole (f2, 九华山 宗教事务局 2019)", () => {
  // ah-jiuhuashan-zongjiao-2019-final-sangong ¶12 and ¶14: the 三公 决算 6.28 stated in the paragraph before the list
  const jiuhuashan = (reception: string) =>
    [
      "九华山风景区宗教事务局2019年度一般公共预算财政拨款“三公”经费支出预算为18万元,支出决算为6.28万元,完成预算的34.89%。",
      `九华山风景区宗教事务局2019年度一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算0万元,0;公务接待费支出决算6.28万元,占${reception}。`,
    ].join("\n");

  it("the share of the whole stated before (6.28 ÷ 6.28): nothing", () => {
    expect(errors(jiuhuashan("100%"), 2019)).toEqual([]);
  });

  it("as published (占34.88%, the completion rate copied): an error naming the share and its value", () => {
    expect(errors(jiuhuashan("34.88%"), 2019)).toEqual([["N.share", "100.00%", "34.88%"]]);
  });

  it("the list's first amount is a part, never its total (0万元 is no whole of 6.28)", () => {
    expect(errors(jiuhuashan("34.88%").split("\n")[1], 2019)).toEqual([]);
  });
});
