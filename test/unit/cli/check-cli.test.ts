import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { main } from "../../../src/hosts/cli/check";
import { writeMessage } from "../../../src/hosts/cli/output-file";
import { generateWorkbook, setAmount, toXlsx, type AmountSlot } from "../../support/generate-workbook";
import { runCli } from "../../support/run-cli";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "final-2023-zhanyi.xlsx");
const USAGE = "用法：npm run check -- 文件.xlsx";

const run = (args: string[]) => runCli(main, args);

const hasMkfifo = process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0;
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("npm run check: output safety", () => {
  let dir: string;
  let input: string;
  let inputHash: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "check-out-"));
    input = path.join(dir, "决算.xlsx");
    writeFileSync(input, readFileSync(FIXTURE));
    inputHash = sha(input);
  });
  afterEach(() => {
    expect(sha(input)).toBe(inputHash); // the input is never written, whatever happened
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]); // no temporary file left behind
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the marked copy to a new file and reports errors with exit code 1", async () => {
    const out = path.join(dir, "标记.xlsx");
    const { code, err } = await run([input, "--out", out]);
    expect(code).toBe(1);
    expect(err).toBe(`已写出标记副本：${out}\n`);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("refuses --out through a symbolic link to the input, even with --force", async () => {
    const link = path.join(dir, "link.xlsx");
    symlinkSync(input, link);
    const { code, out, err } = await run([input, "--out", link, "--force"]);
    expect(code).toBe(2);
    expect(out).toBe(""); // refused before any work
    expect(err).toBe(`--out “${link}”就是输入文件“${input}”（同一个文件，经由符号链接）：原文件不会被修改，请换一个文件名。\n`);
  });

  it("refuses --out through a hard link to the input, even with --force", async () => {
    const hard = path.join(dir, "hard.xlsx");
    linkSync(input, hard);
    const { code, err } = await run([input, "--out", hard, "--force"]);
    expect(code).toBe(2);
    expect(err).toContain(`--out “${hard}”就是输入文件“${input}”（同一个文件，经由硬链接）`);
  });

  it("refuses --out naming the input another way (./, ..)", async () => {
    const other = path.join(dir, ".", "sub", "..", "决算.xlsx");
    mkdirSync(path.join(dir, "sub"));
    const { code, err } = await run([input, "--out", other]);
    expect(code).toBe(2);
    expect(err).toContain("就是输入文件");
  });

  it("refuses --out that is the --rules or --text file", async () => {
    const text = path.join(dir, "说明.txt");
    writeFileSync(text, "2023年度收、支总计536.92万元。");
    const { code, err } = await run([input, "--text", text, "--out", text, "--force"]);
    expect(code).toBe(2);
    expect(err).toContain(`就是输入文件“${text}”`);
    expect(readFileSync(text, "utf8")).toBe("2023年度收、支总计536.92万元。");
  });

  it("refuses an existing output without --force, replaces it with --force", async () => {
    const out = path.join(dir, "已有.xlsx");
    writeFileSync(out, "mine");
    const refused = await run([input, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`文件“${out}”已存在，未覆盖。要覆盖请加 --force。\n`);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const forced = await run([input, "--out", out, "--force"]);
    expect(forced.code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("says so for a missing folder, a folder as output, and a file where the folder should be", async () => {
    const missing = await run([input, "--out", path.join(dir, "没有", "m.xlsx")]);
    expect([missing.code, missing.err]).toEqual([2, `无法写出“${path.join(dir, "没有", "m.xlsx")}”：文件夹“${path.join(dir, "没有")}”不存在。\n`]);
    const folder = await run([input, "--out", dir]);
    expect([folder.code, folder.err]).toEqual([2, `“${dir}”是文件夹：请给出文件名，例如 ${path.join(dir, "标记副本.xlsx")}。\n`]);
    const notFolder = await run([input, "--out", path.join(input, "m.xlsx")]);
    expect([notFolder.code, notFolder.err]).toEqual([2, `无法写出“${path.join(input, "m.xlsx")}”：“${input}”不是文件夹。\n`]);
  });

  // root writes anywhere chmod forbids: then a folder the kernel refuses to everyone (sysfs) stands in
  const asRoot = process.getuid?.() === 0;
  (asRoot && !existsSync("/sys/kernel") ? it.skip : it)("says so when the folder cannot be written", async () => {
    const locked = path.join(dir, "只读");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const target = asRoot ? "/sys/标记.xlsx" : path.join(locked, "m.xlsx");
    const { code, err } = await run([input, "--out", target]);
    chmodSync(locked, 0o755);
    expect(code).toBe(2);
    expect(err).toBe(`没有写入权限：无法在文件夹“${path.dirname(target)}”中写出“${target}”。\n`);
  });

  it("refuses a folder or a device as input", async () => {
    // A folder is a batch (the units' workbooks in it), which needs the summary's name.
    expect(await run([dir])).toMatchObject({ code: 2, err: expect.stringMatching(/^检查文件夹、压缩包或多个文件时，请用 --summary 给出汇总表的文件名/) });
    expect(await run(["/dev/null"])).toMatchObject({ code: 2, err: "“/dev/null”是设备，不是普通文件，不读取。\n" });
  });

  (hasMkfifo ? it : it.skip)("refuses a pipe (FIFO) as input or output, without waiting on it", async () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await run([fifo])).toMatchObject({ code: 2, err: `“${fifo}”是管道（FIFO），不是普通文件，不读取。\n` });
    expect(await run([input, "--out", fifo, "--force"])).toMatchObject({ code: 2, err: `“${fifo}”是管道（FIFO），不是普通文件，不写入。\n` });
  });
});

describe("npm run check: command line", () => {
  it("refuses unknown options, repeated options, extra files and a flag with a value, with the usage", async () => {
    for (const [args, message] of [
      [[FIXTURE, "--jsn"], "未知选项 --jsn"],
      [[FIXTURE, "-o", "x.xlsx"], "未知选项 -o"],
      [[FIXTURE, "--out", "a.xlsx", "--out", "b.xlsx"], "选项 --out 只能给一次"],
      [[FIXTURE, FIXTURE], "检查文件夹、压缩包或多个文件时，请用 --summary 给出汇总表的文件名，例如 --summary 汇总.xlsx。"],
      [[FIXTURE, "--json=yes"], "选项 --json 不带值"],
      [[FIXTURE, "--out"], "选项 --out 需要一个值"],
      [[FIXTURE, "--force"], "--force 只能与 --out 一起使用。"],
      [[FIXTURE, "--weights", "80"], "--weights 只能是 90 或 100。"],
      [[], "请给出要检查的 .xlsx 文件。"],
    ] as [string[], string][]) {
      const { code, out, err } = await run(args);
      expect({ args, code, out, err: err.split("\n")[0], usage: err.split("\n")[1].startsWith(USAGE) }).toEqual({
        args,
        code: 2,
        out: "",
        err: message,
        usage: true,
      });
    }
  });

  it("refuses a rule id given twice, a second check under one rule and a built-in id", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-rules-"));
    const file = path.join(dir, "规则.txt");
    const rule = (id: string) => `rule ${id} error 自定义\n  for each row of 支出决算表\n  check [本年支出合计] = [基本支出] + [项目支出]\n`;
    try {
      for (const [text, message] of [
        [rule("U1") + rule("U1"), "规则编号“U1”重复（第 1 行已用过）"],
        [rule("U1") + "  check [基本支出] >= 0\n", "规则“U1”已有 check（第 3 行）"],
        [rule("J03.row"), "规则编号“J03.row”与内置规则重复"],
      ]) {
        writeFileSync(file, text);
        const { code, err } = await run([FIXTURE, "--rules", file]);
        expect(code).toBe(2);
        expect(err).toContain(`规则文件“${file}”规则第 `);
        expect(err).toContain(message);
        expect(err).toContain(USAGE);
      }
      writeFileSync(file, rule("U1") + rule("U2"));
      expect((await run([FIXTURE, "--rules", file])).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run check: a report piped to another program", () => {
  it("`check --json | cat` of a report over 1 MB is complete JSON, and the exit code is still 1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "check-pipe-"));
    try {
      // forty units' 决算 sets, a few amounts changed in every table (a few, so each stays a plain error): 1,100 findings
      const wb = generateWorkbook({ seed: 7, units: 40, layout: { arrangement: "sheet-per-table" } });
      const byTable = new Map<string, AmountSlot[]>();
      for (const slot of wb.amounts.filter((a) => a.checked))
        byTable.set(`${slot.unit}|${slot.table}`, [...(byTable.get(`${slot.unit}|${slot.table}`) ?? []), slot]);
      for (const slots of byTable.values()) for (let i = 0; i < 4 && i * 7 < slots.length; i++) setAmount(wb, slots[i * 7], slots[i * 7].cents + 1234);
      const file = path.join(dir, "big.xlsx");
      writeFileSync(file, await toXlsx(wb));
      const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
      const cli = path.join(ROOT, "src", "hosts", "cli", "check.ts");
      const piped = spawnSync("bash", ["-c", `set -o pipefail; "${tsx}" "${cli}" "${file}" --json | cat`], { maxBuffer: 64 * 1024 * 1024 });
      const text = piped.stdout.toString("utf8");
      expect(piped.stdout.length).toBeGreaterThan(1024 * 1024);
      const report = JSON.parse(text) as { findings: { severity: string; sheet: string; cell: string }[] };
      expect(report.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(700);
      expect(piped.stderr.toString()).toBe("");
      expect(piped.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("messages for failed writes", () => {
  it.each([
    ["ENOSPC", "磁盘空间不足，未能写出“out.xlsx”（未留下不完整的文件）。"],
    ["EDQUOT", "磁盘空间不足，未能写出“out.xlsx”（未留下不完整的文件）。"],
    ["EROFS", `“${process.cwd()}”在只读的磁盘上，无法写出“out.xlsx”。`],
    ["EPERM", `没有写入权限：无法在文件夹“${process.cwd()}”中写出“out.xlsx”。`],
    ["EIO", "无法写出“out.xlsx”（EIO）。"],
  ])("%s", (code, message) => {
    expect(writeMessage("out.xlsx", code)).toBe(message);
  });
});

/**
 * A full disk and a read-only file system for real: a 32 KiB tmpfs, which only root may mount (skipped elsewhere).
 * The marked copy of the fixture (about 45 KB) does not fit.
 */
const mountPoint = mkdtempSync(path.join(tmpdir(), "check-tmpfs-"));
const mounted =
  process.platform === "linux" && process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=32k", "tmpfs", mountPoint]).status === 0;
afterAll(() => {
  if (mounted) execFileSync("umount", [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

(mounted ? describe : describe.skip)("a full disk and a read-only disk", () => {
  it("no space: a clear message, exit 2, nothing left behind", async () => {
    const out = path.join(mountPoint, "m.xlsx");
    const { code, err } = await run([FIXTURE, "--out", out]);
    expect([code, err]).toEqual([2, `磁盘空间不足，未能写出“${out}”（未留下不完整的文件）。\n`]);
    expect(readdirSync(mountPoint)).toEqual([]);
  });

  it("read-only file system: a clear message, exit 2", async () => {
    execFileSync("mount", ["-o", "remount,ro", mountPoint]);
    const out = path.join(mountPoint, "m.xlsx");
    const { code, err } = await run([FIXTURE, "--out", out]);
    expect([code, err]).toEqual([2, `“${mountPoint}”在只读的磁盘上，无法写出“${out}”。\n`]);
  });
});
