import { checkNarrative } from "../../../src/core/narrative";
import { readTextFile } from "../../../src/core/paragraphs";
import { checkText, paragraphAt, paragraphOf, readCorpusDocument } from "../../support/text-corpus";

/**
 * A “其中” list that runs to the end of its sentence and goes on in the next one, a sentence of nothing but items of the same
 * kind (src/core/narrative/claims/continued-list.ts): read as one list — open (its sum bounded by the total), complete when
 * the parts' shares of the total make 100% — and never past a sentence that sets its amount beside the list (“此外”), one of
 * another kind (上年结转 beside 本年收入), or once the list adds up.
 */
const errorsIn = (id: string, n: number, from?: string, to?: string) => {
  const doc = readCorpusDocument(id);
  if (from !== undefined) expect(paragraphAt(doc, n).text.split(from)).toHaveLength(2);
  const paragraphs = doc.paragraphs.map((p) => (p.index === n && from !== undefined ? { ...p, text: p.text.replace(from, to!) } : p));
  return checkText(paragraphs, doc.year)
    .filter((f) => f.severity === "error" && paragraphOf(f) === n)
    .map((f) => [f.rule, f.actual ?? null, f.expected ?? null]);
};
const errors = (text: string, year: number) =>
  checkNarrative(readTextFile(text), [], { year })
    .filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.actual ?? null, f.expected ?? null]);

describe("“…收入预算总额为120.34万元,…,其中:财政拨款收入91.16万元,占收入预算总额的75.75%。上年结余29.18万元。” (民革赣州 2021 ¶6)", () => {
  const doc = "jx-ganzhou-minge-2021-budget";

  it("as published: nothing", () => {
    expect(errorsIn(doc, 6)).toEqual([]);
  });

  it("上年结余 39.18 (the list above its total; 91.16 tied by its share): the error names 39.18, at most 29.18", () => {
    expect(errorsIn(doc, 6, "上年结余29.18", "上年结余39.18")).toEqual([["N.listSum", "39.18", null]]);
    const [finding] = checkText(
      readCorpusDocument(doc).paragraphs.map((p) => (p.index === 6 ? { ...p, text: p.text.replace("29.18", "39.18") } : p)),
      2021,
    ).filter((f) => f.severity === "error");
    expect(finding.message).toContain("上年结余应不超过29.18万元，文中写39.18万元");
  });

  it("财政拨款收入 97.16: the total typed wrong (128.26) would explain the share and the sum alike — the share and the total are named, not 97.16", () => {
    expect(errorsIn(doc, 6, "财政拨款收入91.16", "财政拨款收入97.16")).toEqual([
      ["N.listSum", "120.34", "126.34"],
      ["N.share", "75.75%", "80.74%"],
    ]);
  });
});

describe("“公务接待费59.64万元。其中:外事接待费支出17万元,主要用于…工作。国内公务接待支出42.64万元,主要用于…” (四川省教育厅 2011 ¶7)", () => {
  const doc = "sc-edu-2011-final-sangong";

  it("as published: nothing (17 + 42.64 = 59.64)", () => {
    expect(errorsIn(doc, 7)).toEqual([]);
  });

  it("国内 46.24: 外事接待费 may be inside 国内接待费 (held-items.ts), and 46.24 alone lies below 59.64 — nothing (planted.test.ts MISSED_TODAY)", () => {
    expect(errorsIn(doc, 7, "国内公务接待支出42.64", "国内公务接待支出46.24")).toEqual([]);
  });

  it("国内 32.64 leaves the open list below its total: nothing", () => {
    expect(errorsIn(doc, 7, "国内公务接待支出42.64", "国内公务接待支出32.64")).toEqual([]);
  });
});

describe("“本年支出3629.2万元中,财政拨款支出2131.80万元,占本年支出的58.74%。纳入专户管理的非税收入拨款支出1497.40万元,占本年支出的41.26%。” (澧县六中 2018 ¶7)", () => {
  const doc = "hn-lixian-liuzhong-2018-final";

  it("as published: nothing", () => {
    expect(errorsIn(doc, 7)).toEqual([]);
  });

  it("the shares make 100%: the list is complete, and 2113.80 — below the total, its share off, the other share tying the total — is named at 2131.80", () => {
    expect(errorsIn(doc, 7, "财政拨款支出2131.80", "财政拨款支出2113.80")).toEqual([["N.listSum", "2113.80", "2131.80"]]);
  });

  it("the second part 1479.40, in the sentence after the list's: named at 1497.40", () => {
    expect(errorsIn(doc, 7, "支出1497.40", "支出1479.40")).toEqual([["N.listSum", "1479.40", "1497.40"]]);
  });

  it("without the shares the list stays open: a part below its total says nothing", () => {
    const plain = "2018年本年支出3629.2万元中,财政拨款支出2113.80万元。纳入专户管理的非税收入拨款支出1497.40万元。";
    expect(errors(plain, 2018)).toEqual([]);
  });
});

describe("a list is not read past its sentence into another kind of amount", () => {
  it("“此外,年初结转和结余146.59万元” beside a 收入合计 (丰都 法院 2018 ¶7): nothing", () => {
    expect(errorsIn("cq-fengdu-fayuan-2018-final", 7)).toEqual([]);
    expect(errors("2019年度收入合计3,930.20万元。其中:财政拨款收入3,911.98万元。此外,年初结转和结余146.59万元。", 2019)).toEqual([]);
  });

  it("上年结转 after a list of 本年收入: no part of it", () => {
    expect(errors("2019年本年收入120.34万元,其中:财政拨款收入91.16万元。上年结转39.18万元。", 2019)).toEqual([]);
  });

  it("the same after a 收入预算总额: a part of everything received", () => {
    expect(errors("2019年收入预算总额120.34万元,其中:财政拨款收入91.16万元。上年结转39.18万元。", 2019)).toEqual([["N.listSum", "120.34", "130.34"]]);
  });

  it("a list that adds up already goes no further (徐汇 2020 ¶3: “…上级专项补助支出6.21亿元。一般债务还本支出11.07亿元。”)", () => {
    expect(errorsIn("sh-xuhui-2020-budget-execution", 3)).toEqual([]);
  });

  it("under the whole of a known identity only its parts go on: “公务接待费” is no part of 公务用车购置及运行费", () => {
    const car = "2019年公务用车购置及运行费35万元,其中:公务用车运行费10万元,主要用于燃油。";
    expect(errors(`${car}公务接待费40万元。`, 2019)).toEqual([]);
    expect(errors(`${car}公务用车购置费45万元。`, 2019)).toEqual([["N.total", "35", "55.00"]]);
  });

  it("a sentence breaking down a listed part (“基本支出中…”) is its own list", () => {
    expect(errors("2019年支出总额100万元,其中:基本支出60万元。基本支出中人员经费50万元。", 2019)).toEqual([]);
  });

  it("a sentence of changes or reasons ends the list", () => {
    expect(errors("2019年收入预算总额120.34万元,其中:财政拨款收入91.16万元。事业收入39.18万元,比上年增加1万元。", 2019)).toEqual([]);
    expect(errors("2019年收入预算总额120.34万元,其中:财政拨款收入91.16万元。事业收入39.18万元,主要原因是…。", 2019)).toEqual([]);
  });

  it("the next item of the text's outline (“3.体制结算收入…”) starts no part", () => {
    expect(errors("2.全年实现非税收入100万元,具体为:土地出让收入60万元。3.体制结算收入50万元。", 2019)).toEqual([]);
  });
});
