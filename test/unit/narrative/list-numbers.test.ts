import { withListNumbers } from "../../../src/hosts/docx/list-numbers";

/** Word's list numbers written as the text Word shows (src/hosts/docx/list-numbers.ts). */
const level = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (levels: string) =>
  `<w:numbering><w:abstractNum w:abstractNumId="3">${levels}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
const item = (ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
/** The text of each paragraph after the numbers are written. */
const texts = (xml: string) =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));

describe("Word's list numbers as text", () => {
  test("一、 … 十二、 and 二十一、; （一） restarting under each section; 1. under it", () => {
    const list = numbering(level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）") + level(2, "decimal", "%3."));
    const doc = [
      item(0, "甲"),
      item(1, "乙"),
      item(2, "丙"),
      item(2, "丁"),
      item(1, "戊"),
      item(0, "己"),
      item(1, "庚"),
      ...Array.from({ length: 19 }, () => item(0, "x")),
    ].join("");
    const out = texts(withListNumbers(doc, list, undefined));
    expect(out.slice(0, 7)).toEqual(["一、甲", "（一）乙", "1.丙", "2.丁", "（二）戊", "二、己", "（一）庚"]);
    expect(out[16]).toBe("十二、x");
    expect(out[25]).toBe("二十一、x");
  });

  test("a style's list numbers its paragraphs; bullets, other lists and unnumbered paragraphs are left as they are", () => {
    const list = numbering(level(0, "ideographTraditional", "%1.", 2) + level(1, "bullet", "•"));
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="2"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>';
    const styled = '<w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>';
    const doc = [
      styled,
      item(1, "要点"),
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr><w:r><w:t>别的</w:t></w:r></w:p>',
      "<w:p><w:r><w:t>正文</w:t></w:r></w:p>",
    ].join("");
    expect(texts(withListNumbers(doc, list, styles))).toEqual(["乙.标题", "要点", "别的", "正文"]);
    expect(withListNumbers(doc, undefined, styles)).toBe(doc);
  });

  test("①, full-width and roman numbers; a number with & or < is written as XML text", () => {
    const list = numbering(level(0, "decimalEnclosedCircle", "%1") + level(1, "decimalFullWidth", "%2&lt;") + level(2, "upperRoman", "%3)"));
    const doc = [item(0, "a"), item(0, "b"), item(1, "c"), item(2, "d"), item(2, "e"), item(2, "f"), item(2, "g")].join("");
    expect(texts(withListNumbers(doc, list, undefined))).toEqual(["①a", "②b", "１&lt;c", "I)d", "II)e", "III)f", "IV)g"]);
  });
});
