import { sentenceAt, sentences } from "../../../src/core/text/sentences";

describe("sentences: one definition of a sentence's end for every prose reader", () => {
  test("a sentence ends at 。！？ or a line end, with its closing mark and its start in the text", () => {
    const text = "收入合计120.00万元。比上年增加20.00万元！为什么？\n支出合计100.00万元";
    expect(sentences(text)).toEqual([
      { text: "收入合计120.00万元。", start: 0 },
      { text: "比上年增加20.00万元！", start: 13 },
      { text: "为什么？", start: 26 },
      { text: "支出合计100.00万元", start: 31 },
    ]);
  });

  test("semicolons, colons, decimal points and half-width “?” (a character lost in encoding) end nothing", () => {
    const text = "其中:基本支出80.50万元;项目支出19.50万元,工作?,F按照要求。";
    expect(sentences(text)).toEqual([{ text, start: 0 }]);
  });

  test("blank stretches between sentences are not sentences", () => {
    expect(sentences("  \n一、收入情况。 \n\n")).toEqual([{ text: "一、收入情况。", start: 3 }]);
  });

  test("sentenceAt: the sentence around a position, closing mark included", () => {
    const text = "2023年收入100万元。2024年收入120万元！增长20%。";
    expect(sentenceAt(text, text.indexOf("2024"))).toBe("2024年收入120万元！");
    expect(sentenceAt(text, text.indexOf("增长"))).toBe("增长20%。");
    expect(sentenceAt(text, 0)).toBe("2023年收入100万元。");
  });
});
