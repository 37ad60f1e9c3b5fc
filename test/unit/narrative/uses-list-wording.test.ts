import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * Uses of an amount with no list opener (庆阳 2021 彩票公益金, gs-qingyang-2021-lottery ¶6–¶7): “A万元,…安排用于…B万元;下达…C万元,
 * 主要用于…;结余D万元” — the uses add up to A exactly (a breakdown), or are closed by what is left (结余 / 结转): then they are
 * every use of A and must add up to it. Uses that neither add up nor close the list say nothing (no opener, no certainty).
 */
const errors = (text: string) =>
  checkNarrative(readTextFile(text), [], { year: 2021 })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.expected ?? null, f.actual ?? null]);

describe("uses closed by what is left: every use of the amount (庆阳 2021 福利彩票公益金)", () => {
  const welfare =
    "1.福利彩票公益金498万元,按照“扶老、助残、救孤、济困、赈灾”的宗旨,安排用于为养老、孤残人员、特殊困难人群等服务的社会福利事业286万元;下达西峰区144万元,主要用于西峰区社会福利事业项目;结余68万元,转下年度继续使用。";

  it("holds on the real wording (286 + 144 + 68 = 498)", () => {
    expect(errors(welfare)).toEqual([]);
  });

  it("a use changed, below or above: the three no longer add up to 498 — nothing tells which figure, so the total is named", () => {
    expect(errors(welfare.replace("下达西峰区144万元", "下达西峰区114万元"))).toEqual([["N.listSum", "468.00", "498"]]);
    expect(errors(welfare.replace("下达西峰区144万元", "下达西峰区174万元"))).toEqual([["N.listSum", "528.00", "498"]]);
  });

  it("498 stated again under the same name (¶3's list): the total is no slip — a warning names the uses to check", () => {
    const text = `2021年,省财政厅下达市级地方留成彩票公益金1237万元。其中,福利彩票公益金498万元,体育彩票公益金739万元。\n${welfare.replace("下达西峰区144万元", "下达西峰区114万元")}`;
    const findings = checkNarrative(readTextFile(text), [], { year: 2021 });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = findings.filter((f) => f.severity === "warning" && f.rule === "N.listSum");
    expect(warnings.map((f) => [f.actual, f.headline])).toEqual([["498", expect.stringContaining("福利彩票公益金498万元与第1段所写相同")]]);
  });

  it("last year's balance is a source, not what is left: “上年结转” closes nothing", () => {
    expect(errors("福利彩票公益金498万元,安排用于社会福利事业286万元;下达西峰区114万元;上年结转68万元。")).toEqual([]);
  });
});

describe("uses with nothing left said: read only where they add up (庆阳 2021 体育彩票公益金)", () => {
  const sports =
    "2.体育彩票公益金739万元,主要用于公共体育场馆维修、群众体育运动、青少年和竞技体育发展项目、农村体育事业发展等532万元;下达西峰区207万元,主要用于组织开展全民健身活动等体育事业项目。";

  it("holds on the real wording (532 + 207 = 739)", () => {
    expect(errors(sports)).toEqual([]);
  });

  it("uses that do not add up raise nothing, below or above: nothing says they are all of it, nor parts of it", () => {
    expect(errors(sports.replace("等532万元", "等523万元"))).toEqual([]);
    expect(errors(sports.replace("等532万元", "等632万元"))).toEqual([]);
  });
});
