import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Wording of a county's 财政决算 (test/fixtures/texts/README.md, h5 round 2: 甘谷 2023): an amount below zero in a
 * 支出总计's list (“补充预算周转金-21万元”), the gap against the budget (“完成预算46508万元的100.8%,超收392万元”) beside a
 * change on last year, and two chains of “加” in one sentence, the first one's total the amount the second adds to.
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2023 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("“…安排预算稳定调节基金731万元,补充预算周转金-21万元,…支出总计473796万元”: a minus sign makes an amount below zero", () => {
  const gangu =
    "一般公共预算支出456269万元,上解上级支出3370万元,债务还本支出12667万元,安排预算稳定调节基金731万元,补充预算周转金-21万元,区域间转移性支出购买耕地占补平衡指标780万元,支出总计473796万元。";

  it("holds on the real wording (456269 + 3370 + 12667 + 731 − 21 + 780 = 473796)", () => {
    expect(errors(gangu)).toEqual([]);
  });

  it("a total the terms do not add up to is an error, the amount below zero taken away", () => {
    expect(errors(gangu.replace("支出总计473796万元", "支出总计475796万元"))).toEqual([["N.total", "473796.00", "475796"]]);
  });

  it("the dash of a range after a unit is no minus sign (“30亿元-50亿元”)", () => {
    expect(errors("大部分县区收入都在30亿元-50亿元之间,全市收入80亿元,其中:市本级30亿元,县区50亿元。")).toEqual([]);
  });
});

describe("“完成预算B的p%,超收D”: 超收 is the collected amount less the budget, and no amount a change is of", () => {
  const revenue = "其中:一般公共预算收入46900万元,完成预算46508万元的100.8%,超收392万元,同比增长6.8%,增收3003万元";
  const fund = "政府性基金收入34519万元,完成预算20000万元的172.6%,超收14519万元,同比减收11469万元,下降24.9%。";

  it("holds on the real wording", () => {
    expect(errors(`${revenue};${fund}`)).toEqual([]);
  });

  it("a 超收 other than the amount less the budget is an error", () => {
    expect(errors(fund.replace("超收14519万元", "超收15519万元"))).toEqual([["N.difference", "14519.00", "15519"]]);
  });

  it("the change after a 超收 is of the amount collected: a wrong rate is an error (11469 ÷ 45988 = 24.94%)", () => {
    expect(errors(fund.replace("下降24.9%", "下降18.9%"))).toEqual([["N.growth", "24.94%", "18.9%"]]);
  });

  it("the same with the rate before its change (3003 ÷ 43897 = 6.84%)", () => {
    expect(errors(revenue.replace("同比增长6.8%", "同比增长8.8%"))).toEqual([["N.growth", "6.84%", "8.8%"]]);
  });
});

describe("“A,加B,C,总收入T,加D,加E,再加F,收入总计U”: each total closes its chain and opens the next", () => {
  const gangu =
    "根据现行财政管理体制汇算,2023年全县公共财政预算收入46900万元,加上级补助收入403127万元(其中:专项补助收入23843万元、返还性收入4599万元、一般性转移支付收入374685万元),地方政府一般债券转贷收入18195万元,全县一般预算总收入468222万元,加上年结余11080万元,加调入资金335万元,再加动用预算稳定调节基金1705万元,收入总计481342万元。";

  it("holds on the real wording (46900 + 403127 + 18195 = 468222; 468222 + 11080 + 335 + 1705 = 481342)", () => {
    expect(errors(gangu)).toEqual([]);
  });

  it("a wrong amount in the second chain is an error of its total", () => {
    expect(errors(gangu.replace("上年结余11080万元", "上年结余12134万元"))).toEqual([["N.total", "482396.00", "481342"]]);
  });

  it("a wrong amount in the first chain is an error of the first total", () => {
    expect(errors(gangu.replace("转贷收入18195万元", "转贷收入19195万元"))).toEqual([["N.total", "469222.00", "468222"]]);
  });
});

describe("“上级补助收入A(其中:专项补助收入B、返还性收入C、一般性转移支付收入D)”: the three kinds are all of it", () => {
  const gangu = "上级补助收入403127万元(其中:专项补助收入23843万元、返还性收入4599万元、一般性转移支付收入374685万元)。";

  it("holds on the real wording (23843 + 4599 + 374685 = 403127)", () => {
    expect(errors(gangu)).toEqual([]);
  });

  it("a list of the three kinds short of its total is an error, whatever each kind is called (专项补助收入, 一般性转移支付补助)", () => {
    expect(errors(gangu.replace("374685", "293262"))).toEqual([["N.listSum", "321704.00", "403127"]]);
    expect(errors("上级补助收入300,259万元(其中:返还性收入1,755万元、一般性转移支付补助157,252万元、专项转移支付补助131,252万元)。")).toEqual([
      ["N.listSum", "290,259.00", "300259"],
    ]);
  });

  it("two kinds only may leave the third out: no error (“含一般性转移支付补助4951万元,专项转移性补助975万元”)", () => {
    expect(errors("上级补助收入6926万元,含一般性转移支付补助4951万元,专项转移支付补助975万元。")).toEqual([]);
  });
});

describe("“为县人民代表大会批准全县全年预算B的p%”: the budget with who approved it (h5 round 5, a county's 2023 1-9月)", () => {
  const revenue = "2023年1-9月一般公共预算收入37,730万元,为县人民代表大会批准全县全年预算46,908万元的80.43%,比上年同期35,285万元增收2,445万元,增长6.9%。";

  it("holds on the real wording", () => {
    expect(errors(revenue)).toEqual([]);
  });

  it("the budget is no amount the change is of: a change other than 37730 − 35285 is an error", () => {
    expect(errors(revenue.replace("增收2,445万元", "增收2,019万元"))).toEqual([["N.difference", "2,445.00", "2019"]]);
  });

  it("the completion is of that budget: 37730 ÷ 50908 is not 80.43%", () => {
    expect(errors(revenue.replace("全年预算46,908万元", "全年预算50,908万元"))).toEqual([["N.completion", "74.11%", "80.43%"]]);
  });
});
