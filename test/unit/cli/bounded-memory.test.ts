import { spawnSync } from "child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { unzipSync } from "fflate";
import { main } from "../../../src/hosts/cli/check";
import { ZipArchive } from "../../../src/hosts/xlsx/read/zip-archive";
import { crc32, writeZip, type ZipInput } from "../../../src/hosts/xlsx/write/zip-writer";
import { repeatedPart, zeroPart, type DeflatedPart } from "../../support/bombs";
import { runCli } from "../../support/run-cli";

/**
 * Memory is bounded by what an input usefully holds, not by what it could expand to: --out copies the parts it does
 * not change as compressed bytes, a Word file's text parts and text are capped, a text file's size is looked at before
 * it is read. Each run here is a process of its own with a heap limit; its peak resident memory and time are measured.
 */

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "final-2023-zhanyi.xlsx");
const RSS_LIMIT_MB = 700;
const TIME_LIMIT_MS = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bounded-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function measured(args: string[]): { code: number | null; stderr: string; maxRssMb: number; ms: number } {
  const report = path.join(dir, `measure-${Date.now()}.json`);
  const run = spawnSync(process.execPath, ["--max-old-space-size=512", "--import", "tsx", path.join(ROOT, "test/support/measured-cli.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, MEASURE_FILE: report },
    encoding: "utf8",
    timeout: TIME_LIMIT_MS,
  });
  let figures = { maxRssMb: Infinity, ms: Infinity };
  try {
    figures = JSON.parse(readFileSync(report, "utf8")) as typeof figures;
  } catch {
    // no report: the process died (out of memory, killed at the time limit)
  }
  return { code: run.status, stderr: run.stderr, ...figures };
}

function stored(name: string, part: DeflatedPart): ZipInput {
  return { name, stored: { method: 8, crc: part.crc, size: part.size, time: 0, date: 33, data: part.data } };
}

function withParts(base: Record<string, Uint8Array>, extra: ZipInput[]): Uint8Array {
  return writeZip([...Object.entries(base).map(([name, bytes]): ZipInput => ({ name, bytes })), ...extra]);
}

test("--out on a 2 MB workbook holding two 1 GB images: the images are copied compressed, never inflated", () => {
  const image = zeroPart(1024);
  const input = path.join(dir, "图片.xlsx");
  writeFileSync(input, withParts(unzipSync(readFileSync(FIXTURE)), [stored("xl/media/image91.png", image), stored("xl/media/image92.png", image)]));
  const out = path.join(dir, "图片-标记.xlsx");
  const run = measured(["check", input, "--out", out]);
  expect(run.stderr).toContain("已写出标记副本");
  expect(run.code).toBe(1);
  expect(run.maxRssMb).toBeLessThan(RSS_LIMIT_MB);
  const copy = ZipArchive.open(readFileSync(out));
  for (const name of ["xl/media/image91.png", "xl/media/image92.png"]) {
    const entry = copy.entryList().find((e) => e.name === name)!;
    expect({ size: entry.size, crc: entry.crc }).toEqual({ size: image.size, crc: image.crc });
    expect(Buffer.from(copy.storedBytes(entry)).equals(Buffer.from(image.data))).toBe(true);
  }
  console.log(`--out, two 1 GB images: peak ${run.maxRssMb} MB, ${run.ms} ms`);
});

test("--text with a 1 MB .docx whose text is 300 MB: a Chinese message, exit 2, no out-of-memory abort", () => {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const text = new TextEncoder().encode("本年收入增长百分之十。".repeat(200_000));
  const documentPart = repeatedPart(head, text, Math.ceil((300 * 1024 * 1024) / text.length), "</w:t></w:r></w:p></w:body></w:document>");
  const docx = path.join(dir, "情况说明.docx");
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const enc = (s: string) => new TextEncoder().encode(s);
  writeFileSync(docx, withParts({ "[Content_Types].xml": enc(types), "_rels/.rels": enc(rels) }, [stored("word/document.xml", documentPart)]));
  expect(readFileSync(docx).length).toBeLessThan(2 * 1024 * 1024);
  const run = measured(["check", FIXTURE, "--text", docx]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/情况说明.docx.*超过情况说明可读取的上限/);
  expect(run.stderr).not.toContain("内部错误");
  expect(run.maxRssMb).toBeLessThan(RSS_LIMIT_MB);
  console.log(`--text, 300 MB .docx text: peak ${run.maxRssMb} MB, ${run.ms} ms`);
});

test.each([["--text"], ["--rules"]])("%s with a 600 MB text file: its size is looked at before reading, a Chinese message", async (option) => {
  const big = path.join(dir, `大文件${option}.txt`);
  const fd = openSync(big, "w");
  ftruncateSync(fd, 600 * 1024 * 1024); // sparse: takes no disk space
  closeSync(fd);
  const run = await runCli(main, [FIXTURE, option, big]);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/有 600 MB，超过可读取的上限 20 MB/);
  rmSync(big);
});

test("the CRC the copy keeps is the one of the bytes", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
});
