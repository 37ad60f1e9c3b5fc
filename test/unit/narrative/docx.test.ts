import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { narrativeDocx } from "../../../src/hosts/docx/narrative-docx";
import { narrativeDocxLazy } from "../../../src/hosts/docx";
import { readDocxParagraphs } from "../../../src/hosts/docx/read-docx";
import { DocxReadError } from "../../../src/hosts/docx/docx-read-error";
import { main as check } from "../../../src/hosts/cli/check";
import { main as narrate } from "../../../src/hosts/cli/narrate";
import { runCli } from "../../support/run-cli";
import { missingMark, sectionRuns } from "../../../src/core/narrative/template/gaps";

/** A chapter as the text writer hands it over: lines of runs, gaps typed (marked text → runs). */
const chapter = (title: string, marked: string) => ({ title, lines: sectionRuns(marked, { id: title, title }) });

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const fixture = (name: string) => path.join(FIXTURES, name);
const tmp = mkdtempSync(path.join(tmpdir(), "narrative-docx-"));

async function quietly<T>(run: () => Promise<T>): Promise<{ value: T; out: string }> {
  let out = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    return { value: await run(), out };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe("the 情况说明 as a Word document", () => {
  const doc = {
    title: "曲靖市沾益区医疗保障局2023年度部门决算情况说明",
    sections: [
      chapter("一、收入支出决算总体情况说明", `收、支总计均为536.92万元。与2022年度相比，收、支总计${missingMark("上年收支总计")}。`),
      chapter("十、其他重要事项的情况说明", "（一）机关运行经费支出情况\n机关运行经费支出30.42万元。"),
    ],
  };

  it("writes headings and paragraphs that Word reads back in order (read with mammoth)", async () => {
    const bytes = await narrativeDocxLazy(doc);
    expect((await readDocxParagraphs(bytes, "x.docx")).map((p) => [p.index, p.text])).toEqual([
      [1, "曲靖市沾益区医疗保障局2023年度部门决算情况说明"],
      [2, "一、收入支出决算总体情况说明"],
      [3, "收、支总计均为536.92万元。与2022年度相比，收、支总计【缺：上年收支总计】。"],
      [4, "十、其他重要事项的情况说明"],
      [5, "（一）机关运行经费支出情况"],
      [6, "机关运行经费支出30.42万元。"],
    ]);
  });

  it("highlights every gap still to fill", async () => {
    const xml = await (await JSZip.loadAsync(await narrativeDocx(doc))).file("word/document.xml")!.async("string");
    const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted).toEqual(["【缺：上年收支总计】"]);
  });

  it("sets the headings in black 黑体 (chapters) and 宋体 (title), not Word's blue", async () => {
    const zip = await JSZip.loadAsync(await narrativeDocx(doc));
    const styles = await zip.file("word/styles.xml")!.async("string");
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>((?:(?!</w:style>).)*)</w:style>`).exec(styles)?.[1] ?? "";
    expect(style("Heading2")).toContain('<w:color w:val="000000"/>');
    expect(style("Heading2")).toMatch(/w:eastAsia="黑体"/);
    expect(style("Title")).toContain('<w:color w:val="000000"/>');
    expect(style("Title")).toMatch(/w:eastAsia="宋体"/);
    const xml = await zip.file("word/document.xml")!.async("string");
    const heading = /<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*<\/w:p>/.exec(xml)![0];
    expect(heading).toContain('<w:color w:val="000000"/>');
    expect(heading).toMatch(/w:eastAsia="黑体"/);
  });

  it("refuses a file that is not a Word document, in Chinese", async () => {
    await expect(readDocxParagraphs(new Uint8Array([1, 2, 3]), "坏.docx")).rejects.toThrow(DocxReadError);
    await expect(readDocxParagraphs(new Uint8Array([1, 2, 3]), "坏.docx")).rejects.toThrow("无法读取“坏.docx”：这不是有效的 Word 文档（.docx）。");
  });
});

describe("CLI", () => {
  it("check --text 情况说明.docx: findings point at paragraph numbers", async () => {
    const file = path.join(tmp, "情况说明.docx");
    writeFileSync(
      file,
      await narrativeDocx({
        title: "2023年度部门决算情况说明",
        sections: [chapter("一、收入支出决算总体情况说明", "2023年度收、支总计均为530.92万元。")],
      }),
    );
    const { value: code, out } = await quietly(() => check([fixture("final-2023-zhanyi.xlsx"), "--text", file, "--json"]));
    const findings = (JSON.parse(out) as { findings: { rule: string; message: string; expected?: string }[] }).findings.filter((f) => f.rule === "N.amount");
    expect(code).toBe(1);
    // 公开01表 收、支总计 536.92; the third paragraph (title, heading, text) says 530.92
    expect(findings).toEqual([
      expect.objectContaining({ expected: "536.92", message: "第3段：“2023年度收、支总计均为530.92万元”：表中收支总计为536.92万元，文中写530.92万元。" }),
    ]);
  });

  it("narrate --budget --docx: 年初预算 by 项 from the 预算公开 workbook, and a Word file beside the printed text", async () => {
    const out = path.join(tmp, "说明.docx");
    const { out: text } = await quietly(() => narrate([fixture("final-2023-zhanyi.xlsx"), "--budget", fixture("budget-2023-dazhou.xlsx"), "--docx", out]));
    // 达州 表3 2080505 = 41.96; 沾益 2080505 actual 44.26: 44.26 ÷ 41.96 = 105.481% → 105.48%, 大于
    expect(text).toContain(
      "1、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为41.96万元，支出决算为44.26万元，完成年初预算的105.48%。决算数大于预算数的主要原因是：【待填写：主要原因】。",
    );
    const paragraphs = await readDocxParagraphs(readFileSync(out), "说明.docx");
    expect(paragraphs[0].text).toBe("曲靖市沾益区医疗保障局2023年度部门决算情况说明");
    expect(paragraphs.map((p) => p.text)).toContain("一、收入支出决算总体情况说明");
  });

  it("narrate refuses to write the Word file over its input or an existing file, and a --style it does not know (exit 2)", async () => {
    const input = fixture("final-2023-zhanyi.xlsx");
    expect(await runCli(narrate, [input, "--docx", input])).toMatchObject({
      code: 2,
      out: "",
      err: expect.stringContaining(`--docx “${input}”就是输入文件“${input}”`),
    });
    const existing = path.join(tmp, "已有.docx");
    writeFileSync(existing, "mine");
    expect(await runCli(narrate, [input, "--docx", existing])).toMatchObject({ code: 2, err: `文件“${existing}”已存在，未覆盖。要覆盖请加 --force。\n` });
    expect(readFileSync(existing, "utf8")).toBe("mine");
    expect(await runCli(narrate, [input, "--style", "round"])).toMatchObject({ code: 2, err: expect.stringContaining("--style 只能是 fixed") });
  });
});
