import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * A share of exactly 100%, every other part of its list 0, states part = total (issue #19 point 4; m10 probe on
 * test/fixtures/texts/cq-changshou-danganguan-2020-final.txt ¶6): when the two amounts differ the slip is in one of them,
 * named where the other is confirmed by a relation of its own; else one warning naming both, never an error on “100%”
 * (src/core/narrative/claims/whole-share.ts).
 */
const findings = (text: string, year = 2020) =>
  checkNarrative(readTextFile(text), [], { year }).map((f) => [f.severity, f.rule, f.expected ?? null, f.actual ?? null]);

describe("长寿档案馆 2020 ¶6: “收入合计386.31万元,较上年决算数减少144.43万元、 下降27.21%…其中:财政拨款收入386.31万元,占100%”", () => {
  const income =
    "2.收入情况。2020年度收入合计386.31万元,较上年决算数减少144.43万元、 下降27.21%,主要原因是政府性基金预算财政拨款减少。其中:财政拨款收入386.31万元,占100%。";

  it("holds on the real wording", () => {
    expect(findings(income)).toEqual([]);
  });

  it("a part printed apart from a total its own change and rate confirm (144.43 ÷ 530.74 = 27.21%) is named, 应为 the total", () => {
    expect(findings(income.replace("财政拨款收入386.31", "财政拨款收入368.31"))).toEqual([["error", "N.share", "386.31", "368.31"]]);
  });

  it("the finding names the change and rate that confirm the total, as written", () => {
    const [found] = checkNarrative(readTextFile(income.replace("财政拨款收入386.31", "财政拨款收入368.31")), [], { year: 2020 });
    expect(found.message).toBe(
      "第1段：“财政拨款收入368.31万元，占100%”说该项即为合计，两数应相等；所述合计386.31万元与同句所写“较上年决算数减少144.43万元、 下降27.21%”相符，财政拨款收入写368.31万元，应为386.31万元。",
    );
  });

  it("no finding names the “100%” when the total is the changed figure", () => {
    const named = findings(income.replace("收入合计386.31", "收入合计368.31")).map(([, , , actual]) => actual);
    expect(named).not.toContain("100%");
    expect(named).toContain("368.31");
  });
});

describe("沙坪坝检察院 2016: “本部门2016年度收入合计6955.73万元,其中:财政拨款收入6955.73万元,占100%。”", () => {
  const income = "本部门2016年度收入合计6955.73万元,其中:财政拨款收入6955.73万元,占100%。";

  it("holds on the real wording", () => {
    expect(findings(income, 2016)).toEqual([]);
  });

  it("neither amount confirmed by another relation: one warning naming both to check, no error", () => {
    const [found, ...more] = checkNarrative(readTextFile(income.replace("财政拨款收入6955.73", "财政拨款收入6595.73")), [], { year: 2016 });
    expect(more).toEqual([]);
    expect([found.severity, found.rule, found.actual ?? null]).toEqual(["warning", "N.share", null]);
    expect(found.message).toContain("财政拨款收入6595.73万元，占100%");
    expect(found.message).toContain("合计6955.73万元");
  });
});

describe("a part confirmed by its own change and rate, its total not", () => {
  const income = "本年收入合计386.31万元，其中：财政拨款收入386.31万元，比上年增加10万元，增长2.66%，占100%。";

  it("names the total, 应为 the part (10 ÷ 376.31 = 2.66%), and the part's change and rate that confirm it", () => {
    expect(findings(income.replace("合计386.31", "合计368.31"))).toEqual([["error", "N.share", "386.31", "368.31"]]);
    const [found] = checkNarrative(readTextFile(income.replace("合计386.31", "合计368.31")), [], { year: 2020 });
    expect(found.headline).toBe(
      "第1段：本年收入合计写368.31万元：“占100%”说此项与财政拨款收入386.31万元相等，财政拨款收入386.31万元与同句所写“比上年增加10万元，增长2.66%”相符：此项应为386.31万元。",
    );
  });
});

describe("a list with another part above 0 states no part = total: its 100% is a rate", () => {
  it("346.31 + 40 = 386.31 and 40 is 10.35%: the share 100% is named, 应为 89.65%", () => {
    const income = "本年收入合计386.31万元，其中：财政拨款收入346.31万元，占100%；其他收入40万元，占10.35%。";
    expect(findings(income)).toEqual([["error", "N.share", "89.65%", "100%"]]);
  });
});
