import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { nothingToCheck } from "../../../src/core/session/nothing-to-check";
import { runCheck } from "../../support/run-check";
import { inline, num, packageParts, row, zipParts, type Parts } from "../../support/xlsx-package";
import { generatedParts } from "./fuzz-inputs";

/** A workbook with nothing the tool can check is never “错误 0 项”: exit 2 and what was found. */

let folder: string;
beforeAll(() => (folder = mkdtempSync(path.join(tmpdir(), "silent-"))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function check(parts: Parts, name = "输入.xlsx") {
  const file = path.join(folder, name);
  writeFileSync(file, zipParts(parts));
  return runCheck([file]);
}

const HEAD = "工作簿中没有可识别的公开表或说明：";

describe("check exits 2 and says what it found", () => {
  test("a workbook without sheets", async () => {
    const run = await check(packageParts({ sheets: [] }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${HEAD}没有可读取的工作表（图表工作表、对话框工作表不含数据）`);
    expect(run.stdout).toBe("");
  });

  test("only a chart sheet", async () => {
    const run = await check(packageParts({ sheets: [{ name: "图表1", kind: "chartsheet" }] }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${HEAD}没有可读取的工作表`);
  });

  test("an empty sheet and a sheet of numbers without a title", async () => {
    const run = await check(
      packageParts({ sheets: [{ name: "Sheet1" }, { name: "数据", rows: row(1, num("A1", 1), num("B1", 2)) + row(2, num("A2", 3), num("B2", 4)) }] }),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${HEAD}共 2 个工作表（Sheet1：空；数据：4 个单元格有内容），有 1 处表格未能识别（数据!A1:B2），未找到预决算公开表、绩效表或情况说明文字。`,
    );
    expect(run.stdout).not.toContain("错误 0 项");
  });

  test("a workbook holding only 情况说明 text is checked as text", async () => {
    const run = await check(
      packageParts({
        sheets: [{ name: "情况说明", rows: row(1, inline("A1", "一、收入支出决算总体情况")) + row(2, inline("A2", "2024年度收入、支出总计2995.39万元。")) }],
      }),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("识别到 0 张表");
  });

  test("a 决算 set is checked as before", async () => {
    const run = await check(generatedParts(9));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("识别到 9 张表");
    expect(run.stdout).toContain("检查结果：错误 0 项");
  });
});

describe("nothingToCheck", () => {
  const snapshot = { name: "x.xlsx", sheets: [] };
  test("something to check: a table, or text paragraphs", () => {
    expect(
      nothingToCheck(snapshot, { tables: [{ sheet: "S", range: "A1:B2", kind: "支出决算表", unit: "万元" }], textParagraphs: 0, unrecognized: [] }),
    ).toBeUndefined();
    expect(nothingToCheck(snapshot, { tables: [], textParagraphs: 3, unrecognized: [] })).toBeUndefined();
  });

  test("more than eight sheets are listed up to eight, with the count", () => {
    const sheets = Array.from({ length: 12 }, (_, i) => ({ name: `表${i + 1}`, cells: [], rowCount: 0, columnCount: 0, merges: [] }));
    const text = nothingToCheck({ name: "x.xlsx", sheets }, { tables: [], textParagraphs: 0, unrecognized: [] })!.summary;
    expect(text).toContain("共 12 个工作表（表1：空；");
    expect(text).toContain("表8：空 等 12 项）");
    expect(text).not.toContain("表9");
  });

  const sheet = (name: string, values: (string | number)[][]) => ({
    name,
    cells: values.map((line) => line.map((value) => ({ value }))),
    rowCount: values.length,
    columnCount: 3,
    merges: [],
  });
  const reason = (unrecognized: { sheet: string; range: string; title: string; reason: string }[], ...sheets: ReturnType<typeof sheet>[]) =>
    nothingToCheck({ name: "x.xlsx", sheets }, { tables: [], textParagraphs: 0, unrecognized })!.reason;

  test("the likely reason: an empty workbook, an area it could not read, words only, numbers without a title", () => {
    expect(reason([], sheet("Sheet1", []), sheet("Sheet2", []))).toBe("工作簿的 2 张工作表都是空的。");
    expect(reason([])).toBe("工作簿中没有工作表。");
    const unknown = { sheet: "Sheet1", range: "A1:F20", title: "资产情况表", reason: "表头不是已知的格式。" };
    expect(reason([unknown], sheet("Sheet1", [["资产情况表"]]))).toBe("找到“资产情况表”（Sheet1!A1:F20），但没能读成公开表：表头不是已知的格式。");
    expect(reason([], sheet("备忘", [["请于六月底前报送"]]))).toMatch(/^备忘中只有文字，没有数字表格/);
    expect(
      reason(
        [],
        sheet("台账", [
          ["摘要", "金额"],
          ["办公用品", 1250.5],
        ]),
      ),
    ).toMatch(/^台账中有数字，但没有找到公开表的标题/);
  });
});
