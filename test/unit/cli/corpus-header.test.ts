import { withoutCorpusHeader } from "../../../src/hosts/cli/narrative-file";
import { readTextFile } from "../../../src/core/paragraphs";

/**
 * `check --text` on a file of the text corpus (test/fixtures/texts/README.md): its leading `# 来源: …` block is no
 * paragraph, so 第N段 counts as the corpus's .json does, while 第M行 stays the file's own line.
 */
const paragraphs = (text: string) => readTextFile(withoutCorpusHeader(text)).map((p) => [p.index, p.line, p.text]);

describe("the corpus header of a text file", () => {
  const corpus = ["# 来源: http://example.gov.cn/a.htm", "# 地区: 福建省", "# 年度: 2017", "", "第一段。", "第二段。"].join("\n");

  it("is skipped: paragraphs numbered from 1 after it, each with its line in the file", () => {
    expect(paragraphs(corpus)).toEqual([
      [1, 5, "第一段。"],
      [2, 6, "第二段。"],
    ]);
    expect(paragraphs(corpus.replace(/\n/g, "\r\n"))).toEqual(paragraphs(corpus));
  });

  it("is only the opening block of “# 名: 值” lines closed by an empty line: a user's “#” lines are read as written", () => {
    // a “#” line further down, a heading that is no “名: 值”, a block not closed by an empty line
    const later = "第一段。\n# 说明: 这是正文\n第三段。";
    expect(paragraphs(later).map(([n, , text]) => [n, text])).toEqual([
      [1, "第一段。"],
      [2, "# 说明: 这是正文"],
      [3, "第三段。"],
    ]);
    expect(paragraphs("#1 收入情况\n收入100万元。").map(([, , text]) => text)).toEqual(["#1 收入情况", "收入100万元。"]);
    expect(paragraphs("# 年度: 2017\n收入100万元。").map(([, , text]) => text)).toEqual(["# 年度: 2017", "收入100万元。"]);
  });
});
