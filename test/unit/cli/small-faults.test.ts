import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { main as check } from "../../../src/hosts/cli/check";
import { main as narrate } from "../../../src/hosts/cli/narrate";
import { writeZip, type ZipInput } from "../../../src/hosts/xlsx/write/zip-writer";
import { runCli } from "../../support/run-cli";

/**
 * Smaller faults found in testing, each with the answer it must give: a replaced file keeps its permissions, empty
 * option values are usage errors, an .xlsm is never marked to an .xlsx name, a package with a part twice or a binary
 * workbook is named as such, a rule of thousands of terms runs, and a cell that cannot get a note is reported.
 */

const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "final-2023-zhanyi.xlsx");
const fixtureParts = () => unzipSync(readFileSync(FIXTURE));
const zip = (parts: Record<string, Uint8Array>, extra: ZipInput[] = []) =>
  writeZip([...Object.entries(parts).map(([name, bytes]): ZipInput => ({ name, bytes })), ...extra]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "faults-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const at = path.join(dir, name);
  writeFileSync(at, bytes);
  return at;
}

test("--force keeps the permissions of the file it replaces", async () => {
  const out = file("标记.xlsx", "old");
  chmodSync(out, 0o640);
  const run = await runCli(check, [FIXTURE, "--out", out, "--force"]);
  expect(run.code).toBe(1);
  expect(statSync(out).mode & 0o777).toBe(0o640);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
});

test.each([
  [check, [FIXTURE, "--out", ""], "--out"],
  [check, [FIXTURE, "--out="], "--out"],
  [narrate, [FIXTURE, "--docx", ""], "--docx"],
] as const)("an empty value is a usage error (%#)", async (main, args, option) => {
  const run = await runCli(main, [...args]);
  expect(run.code).toBe(2);
  expect(run.err).toContain(`选项 ${option} 的值是空的`);
  expect(run.err).toContain("用法：");
});

test("an .xlsm is marked to an .xlsm name, never to an .xlsx name (and an .xlsx never to .xlsm)", async () => {
  const parts = fixtureParts();
  parts["xl/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
  const xlsm = file("宏.xlsm", zip(parts));
  const refused = await runCli(check, [xlsm, "--out", path.join(dir, "标记.xlsx")]);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/含宏的工作簿.*请把 --out 改为“标记\.xlsm”/);
  const marked = await runCli(check, [xlsm, "--out", path.join(dir, "标记.xlsm")]);
  expect(marked.code).toBe(1);
  expect(unzipSync(readFileSync(path.join(dir, "标记.xlsm")))["xl/vbaProject.bin"]).toEqual(parts["xl/vbaProject.bin"]);
  const reverse = await runCli(check, [FIXTURE, "--out", path.join(dir, "标记2.xlsm")]);
  expect(reverse.code).toBe(2);
  expect(reverse.err).toMatch(/不含宏的工作簿.*标记2\.xlsx/);
});

test("a package holding a part twice is refused on read with a clear message", async () => {
  const parts = fixtureParts();
  const twice = file("重复.xlsx", zip(parts, [{ name: "xl/workbook.xml", bytes: strToU8(strFromU8(parts["xl/workbook.xml"]).replace("公开01表", "别的表")) }]));
  for (const args of [[twice], [twice, "--out", path.join(dir, "标记.xlsx")]]) {
    const run = await runCli(check, args);
    expect(run.code).toBe(2);
    expect(run.err).toContain("“xl/workbook.xml”出现了不止一次");
    expect(run.err).not.toContain("内部错误");
  }
});

test("an .xlsb-shaped package says to save it as .xlsx", async () => {
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
  const xlsb = file(
    "二进制.xlsx",
    zip({ "[Content_Types].xml": strToU8("<Types/>"), "_rels/.rels": strToU8(rels), "xl/workbook.bin": new Uint8Array([0x83, 1, 0, 0x80]) }),
  );
  const run = await runCli(check, [xlsb]);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/\.xlsb.*另存为 \.xlsx/);
});

test("a rule with thousands of terms runs without overflowing the stack", async () => {
  const terms = Array.from({ length: 30_000 }, (_, i) => (i % 2 ? "[基本支出?]" : "[项目支出?]")).join(" + ");
  const rules = file("规则.txt", `rule U.many warning 很多项\n  for each row of 支出决算表\n  check [本年支出合计] <= ${terms}\n`);
  const run = await runCli(check, [FIXTURE, "--rules", rules]);
  expect(run.code).toBe(1);
  expect(run.err).not.toContain("内部错误");
});

test("a marked cell holding a threaded comment: the report says why it has no note", async () => {
  const parts = fixtureParts();
  const workbook = strFromU8(parts["xl/workbook.xml"]);
  const relId = new RegExp(`<sheet [^>]*name="公开03表"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(strFromU8(parts["xl/_rels/workbook.xml.rels"]))!;
  const sheetPart = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  const relsPart = sheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
  const threaded = `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>`;
  parts[relsPart] = strToU8(
    parts[relsPart]
      ? strFromU8(parts[relsPart]).replace("</Relationships>", `${threaded}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${threaded}</Relationships>`,
  );
  parts["xl/threadedComments/threadedComment1.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="D11" dT="2024-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>请核对</text></threadedComment></ThreadedComments>`,
  );
  const input = file("讨论串.xlsx", zip(parts));
  const run = await runCli(check, [input, "--out", path.join(dir, "标记.xlsx")]);
  expect(run.code).toBe(1);
  expect(run.out).toContain("公开03表!D11");
  expect(run.err).toContain("提示：公开03表!D11 未加批注：该单元格有新式批注（讨论串）");
});
