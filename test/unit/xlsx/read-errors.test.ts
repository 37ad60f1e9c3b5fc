import { zipSync } from "fflate";
import { readWorkbook, WorkbookReadError } from "../../../src/hosts/xlsx/read-workbook";
import { compoundFile } from "../../support/compound-file";
import { inline, num, packageParts, row, shared, zipParts, type Parts } from "../../support/xlsx-package";

/** Files that cannot be read say what they are, or what is damaged, in Chinese — always a WorkbookReadError. */

async function message(bytes: Uint8Array, name = "决算.xlsx"): Promise<string> {
  const error = await readWorkbook(bytes, name).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(WorkbookReadError);
  const text = (error as WorkbookReadError).message;
  expect(text.startsWith(`无法读取“${name}”：`)).toBe(true);
  return text;
}

const valid = (): Parts =>
  packageParts({
    sharedStrings: ["收入支出决算总表"],
    sheets: [
      { name: "公开01表", rows: row(1, shared("A1", 0)) + row(2, num("B2", 1)) },
      { name: "公开02表", rows: row(1, num("A1", 2)) },
    ],
  });

describe("other formats say what they are", () => {
  test("a password-protected workbook (encrypted package in a compound file)", async () => {
    expect(await message(compoundFile(["EncryptionInfo", "EncryptedPackage"]))).toBe(
      "无法读取“决算.xlsx”：文件设有打开密码，请先在 Excel 中取消密码后再检查。",
    );
  });

  test("an old binary .xls", async () => {
    expect(await message(compoundFile(["Workbook", "\u0005SummaryInformation"]), "决算.xls")).toContain(
      "这是旧版 .xls 格式（Excel 97-2003），请在 Excel 或 WPS 中打开并另存为 .xlsx",
    );
  });

  test("a Word .doc, and a compound file whose directory cannot be followed", async () => {
    expect(await message(compoundFile(["WordDocument"]))).toContain("Word 文档");
    const broken = compoundFile(["Workbook"]);
    broken[30] = 3; // impossible sector size
    expect(await message(broken)).toContain("旧版 Office 二进制文件（可能是 .xls）且已损坏");
  });

  test.each([
    ["an empty file", new Uint8Array(0), "文件是空的"],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"), "PDF 文件"],
    ["a web page saved as .xls", new TextEncoder().encode("<html><body><table><tr><td>合计</td></tr></table></body></html>"), "网页（HTML）格式"],
    [
      "an XML Spreadsheet 2003",
      new TextEncoder().encode('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
      "XML 表格 2003",
    ],
    ["a CSV", new TextEncoder().encode("项目,金额\n合计,461.49\n"), "这不是 .xlsx 工作簿"],
  ])("%s", async (_, bytes, expected) => {
    expect(await message(bytes)).toContain(expected);
  });

  test.each([
    ["an empty zip", {}, "压缩包是空的"],
    ["a zip of photos", { "照片.jpg": new Uint8Array([0xff, 0xd8, 0xff]) }, "其中没有 Excel 工作簿"],
    ["an .ods", { mimetype: new TextEncoder().encode("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": new Uint8Array(1) }, ".ods 表格"],
    ["an .xlsb", { "xl/workbook.bin": new Uint8Array(4) }, ".xlsb 二进制工作簿"],
    ["a .docx", { "word/document.xml": new TextEncoder().encode("<w:document/>") }, "Word 文档（.docx）"],
    ["xl/ parts without a workbook part", { "xl/worksheets/sheet1.xml": new TextEncoder().encode("<worksheet/>") }, "找不到工作簿部件（xl/workbook.xml）"],
  ])("%s", async (_, files, expected) => {
    expect(await message(zipSync(files as Record<string, Uint8Array>))).toContain(expected);
  });
});

describe("damaged packages say what is damaged", () => {
  test("truncated anywhere: the zip directory is missing", async () => {
    const bytes = zipParts(valid());
    for (const keep of [10, Math.floor(bytes.length / 2), bytes.length - 23, bytes.length - 1]) {
      expect(await message(bytes.slice(0, keep))).toContain("文件不完整");
    }
  });

  test("a worksheet part missing", async () => {
    const parts = valid();
    delete parts["xl/worksheets/sheet2.xml"];
    expect(await message(zipParts(parts))).toBe("无法读取“决算.xlsx”：缺少工作表“公开02表”的数据（xl/worksheets/sheet2.xml），文件已损坏。");
  });

  test("shared strings referenced but the part is missing, or the index beyond its end", async () => {
    const parts = valid();
    delete parts["xl/sharedStrings.xml"];
    expect(await message(zipParts(parts))).toContain("工作表“公开01表”引用了共享字符串表，但文件中没有 xl/sharedStrings.xml");
    const beyond = valid();
    beyond["xl/worksheets/sheet1.xml"] = String(beyond["xl/worksheets/sheet1.xml"]).replace("<v>0</v>", "<v>5</v>");
    expect(await message(zipParts(beyond))).toContain("引用的第 5 个共享字符串不存在（共 1 个）");
  });

  test("the workbook's relationships missing, or a sheet without its relationship", async () => {
    const noRels = valid();
    delete noRels["xl/_rels/workbook.xml.rels"];
    expect(await message(zipParts(noRels))).toContain("缺少工作表目录（xl/_rels/ 中的关系部件）");
    const noRel = valid();
    noRel["xl/workbook.xml"] = String(noRel["xl/workbook.xml"]).replace('r:id="rId2"', 'r:id="rId9"');
    expect(await message(zipParts(noRel))).toContain("工作表“公开02表”在工作表目录中没有对应的部件（关系 rId9）");
  });

  test("XML cut short or not XML", async () => {
    const cut = valid();
    const xml = String(cut["xl/worksheets/sheet1.xml"]);
    cut["xl/worksheets/sheet1.xml"] = xml.slice(0, xml.indexOf("</sheetData>"));
    expect(await message(zipParts(cut))).toContain("“xl/worksheets/sheet1.xml”不是完整的 XML");
    const ended = valid();
    ended["xl/worksheets/sheet2.xml"] = String(ended["xl/worksheets/sheet2.xml"]).replace("</worksheet>", "");
    expect(await message(zipParts(ended))).toContain("工作表“公开02表”的数据不完整（xl/worksheets/sheet2.xml 在中途结束）");
    const garbage = valid();
    garbage["xl/workbook.xml"] = "这不是 XML";
    expect(await message(zipParts(garbage))).toContain("“xl/workbook.xml”不是工作簿部件");
  });

  test("two sheets with the same name (Excel compares names without case)", async () => {
    const parts = packageParts({ sheets: [{ name: "Sheet1" }, { name: "SHEET1" }] });
    expect(await message(zipParts(parts))).toContain("工作簿中有两个同名的工作表“SHEET1”");
  });

  test("a cell beyond Excel's grid", async () => {
    for (const ref of ["XFE1", "A1048577", "AAAA1"]) {
      const parts = packageParts({ sheets: [{ name: "S", rows: `<row r="1">${num(ref, 1)}</row>` }] });
      expect(await message(zipParts(parts))).toContain(`单元格位置“${ref}”超出 Excel 的范围`);
    }
  });

  test("a part whose header claims more than any real sheet (zip bomb), or more than DEFLATE can expand", async () => {
    const bytes = zipParts(valid());
    const huge = withDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 3 * 1024 * 1024 * 1024);
    expect(await message(huge)).toContain("“xl/worksheets/sheet1.xml”解压后达 3072 MB，超过可读取的上限 400 MB");
    const lying = withDeclaredSize(bytes, "xl/worksheets/sheet1.xml", 300 * 1024 * 1024);
    expect(await message(lying)).toContain("声明的大小与压缩数据不符");
  });

  test("compressed data damaged, an unknown compression method, an encrypted entry", async () => {
    const bytes = zipParts(valid());
    const { local, central } = entryOffsets(bytes, "xl/worksheets/sheet1.xml");
    const data = local + 30 + nameLength(bytes, local) + extraLength(bytes, local);
    const damaged = bytes.slice();
    damaged.fill(0xff, data, data + 8);
    expect(await message(damaged)).toMatch(/“xl\/worksheets\/sheet1\.xml”的数据(已损坏，无法解压|不完整)/);
    const method = bytes.slice();
    method[central + 10] = 12; // bzip2
    expect(await message(method)).toContain("使用了不支持的压缩方式（12）");
    const encrypted = bytes.slice();
    encrypted[central + 8] |= 1;
    expect(await message(encrypted)).toContain("压缩包中的“xl/worksheets/sheet1.xml”设有密码");
  });

  test("the caller's bytes are never changed", async () => {
    const bytes = zipParts(valid());
    const copy = bytes.slice();
    await readWorkbook(bytes, "a.xlsx");
    await readWorkbook(bytes.slice(0, 100), "b.xlsx").catch(() => undefined);
    expect(Buffer.compare(Buffer.from(bytes), Buffer.from(copy))).toBe(0);
  });

  test("inline strings only: no shared string part needed", async () => {
    const parts = packageParts({ sheets: [{ name: "S", rows: row(1, inline("A1", "说明")) }] });
    expect((await readWorkbook(zipParts(parts), "s.xlsx")).sheets[0].cells[0][0]).toEqual({ value: "说明" });
  });
});

/** Offsets of an entry's local header and central directory record. */
function entryOffsets(bytes: Uint8Array, name: string): { local: number; central: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = view.getUint32(eocd + 16, true);
  for (;;) {
    const length = view.getUint16(at + 28, true);
    const entry = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + length));
    if (entry === name) return { local: view.getUint32(at + 42, true), central: at };
    at += 46 + length + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

function nameLength(bytes: Uint8Array, local: number): number {
  return bytes[local + 26] | (bytes[local + 27] << 8);
}

function extraLength(bytes: Uint8Array, local: number): number {
  return bytes[local + 28] | (bytes[local + 29] << 8);
}

/** The same zip with the central directory claiming another uncompressed size for one entry. */
function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(entryOffsets(out, name).central + 24, Math.min(size, 0xfffffffe), true);
  return out;
}
