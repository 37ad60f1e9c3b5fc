import { mkdtempSync, readdirSync, writeFileSync, readFileSync, mkdirSync, statSync, unlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { zipSync } from "fflate";
import { main } from "../../../src/hosts/cli/check";
import { runBatch, type BatchRequest } from "../../../src/hosts/cli/batch/run-batch";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";
import { summarizeUnit } from "../../../src/core/batch/unit-summary";
import { generateWorkbook, setAmount, slotsOf, toXlsx } from "../../support/generate-workbook";
import { fixtureBytes } from "../../support/fixtures";
import { runCli } from "../../support/run-cli";

/** A folder of units' workbooks: generated sets (some with one planted slip), a real fixture, and two bad files. */
async function unitsFolder(): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "batch-"));
  const units = join(dir, "各单位");
  mkdirSync(join(units, "二级"), { recursive: true });
  const files: string[] = [];
  for (let seed = 1; seed <= 5; seed++) {
    const wb = generateWorkbook({ seed, name: `单位${seed}.xlsx` });
    if (seed % 2 === 1) {
      const slot = slotsOf(wb, "J03", { column: "基本支出" })[0];
      setAmount(wb, slot, 123456789); // 1234567.89 万元: far from any sum it is part of
    }
    const file = join(units, seed === 5 ? "二级" : "", `单位${seed}.xlsx`);
    writeFileSync(file, await toXlsx(wb));
    files.push(file);
  }
  writeFileSync(join(units, "沾益.xlsx"), fixtureBytes("final-2023-zhanyi.xlsx"));
  writeFileSync(join(units, "损坏.xlsx"), "这不是工作簿");
  writeFileSync(join(units, "~$沾益.xlsx"), "Excel 的锁文件");
  writeFileSync(join(units, "说明.txt"), "不是工作簿，不在批量之内");
  return { dir, files };
}

function request(dir: string, jobs: number, extra: Partial<BatchRequest> = {}): BatchRequest {
  return {
    paths: [join(dir, "各单位")],
    summary: join(dir, `汇总-${jobs}.xlsx`),
    jobs,
    fresh: false,
    options: { ...DEFAULT_ENGINE_CONFIG, force: false },
    optionsKey: "test",
    ...extra,
  };
}

const quiet = { write: () => true };

describe("batch check (财政局 批量审核)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = (await unitsFolder()).dir;
  });

  test("two workers give exactly the outcomes of checking each file alone, in the folder's order", async () => {
    const pooled = await runBatch(request(dir, 2), { stderr: quiet, signal: new AbortController().signal });
    const single = await runBatch(request(dir, 1), { stderr: quiet, signal: new AbortController().signal });
    const names = pooled.outcomes.map((o) => o.name);
    // Each folder's entries in Chinese collation order (pinyin), sub-folders where they fall; lock and .txt files left out.
    expect(names).toEqual([
      "各单位/单位1.xlsx",
      "各单位/单位2.xlsx",
      "各单位/单位3.xlsx",
      "各单位/单位4.xlsx",
      "各单位/二级/单位5.xlsx",
      "各单位/损坏.xlsx",
      "各单位/沾益.xlsx",
    ]);
    expect(pooled.outcomes).toEqual(single.outcomes);
    for (const o of pooled.outcomes) {
      if (o.status !== "checked") continue;
      const bytes = readFileSync(join(dir, o.name));
      const snapshot = await readWorkbook(bytes, o.name.split("/").pop()!);
      const alone = checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG);
      expect(o.findings).toEqual(alone.findings);
      expect(o.summary).toEqual(summarizeUnit(alone, alone.unit));
    }
    const zhanyi = pooled.outcomes.find((o) => o.name.endsWith("沾益.xlsx"))!;
    expect(zhanyi.status === "checked" && zhanyi.summary).toMatchObject({
      unit: "曲靖市沾益区医疗保障局",
      year: 2023,
      kind: "决算",
      errors: 2,
      tablesMissing: ["国有资本经营预算财政拨款收入支出决算表"],
      firstFix: "缺少《国有资本经营预算财政拨款收入支出决算表》（曲靖市沾益区医疗保障局）",
    });
    const planted = pooled.outcomes.find((o) => o.name.endsWith("单位1.xlsx"))!;
    expect(planted.status === "checked" && planted.summary.errors).toBeGreaterThan(0);
    const clean = pooled.outcomes.find((o) => o.name.endsWith("单位2.xlsx"))!;
    expect(clean.status === "checked" && clean.summary.errors).toBe(0);
    const broken = pooled.outcomes.find((o) => o.name.endsWith("损坏.xlsx"))!;
    expect(broken).toMatchObject({ status: "unreadable" });
    expect(broken.status === "unreadable" && broken.reason).toContain("不是 .xlsx 工作簿");
  });

  test("the summary workbook's rows and counts equal the outcomes; 按规则统计 counts units per rule", async () => {
    const result = await runBatch(request(dir, 2, { summary: join(dir, "汇总-counts.xlsx") }), { stderr: quiet, signal: new AbortController().signal });
    const summary = await readWorkbook(readFileSync(join(dir, "汇总-counts.xlsx")), "汇总.xlsx");
    const [units, all, rules] = summary.sheets;
    expect(summary.sheets.map((s) => s.name)).toEqual(["汇总", "全部问题", "按规则统计"]);
    const header = units.cells[1].map((c) => c?.value);
    const col = (name: string) => header.indexOf(name);
    result.outcomes.forEach((o, i) => {
      const row = units.cells[2 + i];
      expect(row[col("文件")]?.value).toBe(o.name);
      if (o.status === "checked") {
        expect(row[col("错误")]?.value).toBe(o.summary.errors);
        expect(row[col("警告")]?.value).toBe(o.summary.warnings);
        expect(row[col("尾差")]?.value).toBe(o.summary.roundings);
        expect(row[col("状态")]?.value).toBe("已检查");
      } else expect(row[col("状态")]?.value).toBe("无法读取");
    });
    const findings = result.outcomes.flatMap((o) => (o.status === "checked" ? o.findings : []));
    expect(all.cells.length - 1).toBe(findings.length);
    const ruleHeader = rules.cells[0].map((c) => c?.value);
    for (const line of rules.cells.slice(1)) {
      const rule = line[ruleHeader.indexOf("规则")]?.value;
      const units = result.outcomes.filter((o) => o.status === "checked" && o.findings.some((f) => f.rule === rule)).length;
      expect(line[ruleHeader.indexOf("出现问题的单位数")]?.value).toBe(units);
    }
  });

  test("a re-run takes unchanged files from the cache; a changed file or --fresh is checked again", async () => {
    const lines: string[] = [];
    const sink = { write: (t: string) => lines.push(t) };
    const base = request(dir, 2, { summary: join(dir, "汇总-cache.xlsx") });
    await runBatch(base, { stderr: sink, signal: new AbortController().signal });
    expect(lines.filter((l) => l.includes("沿用上次结果"))).toHaveLength(0);
    lines.length = 0;
    writeFileSync(join(dir, "各单位", "单位2.xlsx"), await toXlsx(generateWorkbook({ seed: 22, name: "单位2.xlsx" })));
    const again = await runBatch({ ...base, options: { ...base.options, force: true } }, { stderr: sink, signal: new AbortController().signal });
    const reused = lines.filter((l) => l.includes("沿用上次结果"));
    expect(reused).toHaveLength(again.outcomes.length - 1);
    expect(lines.find((l) => l.includes("单位2.xlsx"))).not.toContain("沿用上次结果");
    lines.length = 0;
    await runBatch({ ...base, fresh: true, options: { ...base.options, force: true } }, { stderr: sink, signal: new AbortController().signal });
    expect(lines.filter((l) => l.includes("沿用上次结果"))).toHaveLength(0);
    lines.length = 0;
    await runBatch({ ...base, optionsKey: "other rules", options: { ...base.options, force: true } }, { stderr: sink, signal: new AbortController().signal });
    expect(lines.filter((l) => l.includes("沿用上次结果"))).toHaveLength(0);
  }, 120_000);

  test("Ctrl+C: no new file is started, the summary covers the finished ones, no half-written file or report is left", async () => {
    const stop = new AbortController();
    const out = mkdtempSync(join(tmpdir(), "batch-out-"));
    let seen = 0;
    const sink = {
      write: (t: string) => {
        if (t.startsWith("[") && ++seen === 2) stop.abort();
        return true;
      },
    };
    const result = await runBatch(
      request(dir, 1, { summary: join(out, "汇总.xlsx"), options: { ...DEFAULT_ENGINE_CONFIG, force: false, outDir: out, reportDir: out } }),
      {
        stderr: sink,
        signal: stop.signal,
      },
    );
    expect(result.interrupted).toBe(true);
    // the two reported, and the next only when the worker had already taken it from its queue; the one waiting behind
    // it was not started
    const names = result.outcomes.map((o) => o.name);
    expect(["各单位/单位1.xlsx,各单位/单位2.xlsx", "各单位/单位1.xlsx,各单位/单位2.xlsx,各单位/单位3.xlsx"]).toContain(names.join());
    const written = readdirSync(out).sort();
    expect(written.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(written).toContain("汇总.xlsx");
    // the finished workbooks have their marked copy and their report, each whole; nothing of the others
    const finished = result.outcomes.filter((o) => o.status === "checked");
    expect(written.filter((f) => f.includes("（审核报告）"))).toEqual(finished.map((o) => o.report).sort());
    expect(written.filter((f) => f.includes("（已标记）"))).toHaveLength(finished.length);
    for (const o of finished) expect((await readWorkbook(readFileSync(join(out, o.report!)), o.report!)).sheets).toHaveLength(3);
    const summary = await readWorkbook(readFileSync(join(out, "汇总.xlsx")), "汇总.xlsx");
    expect(String(summary.sheets[0].cells[0][0]?.value)).toContain("已中断");
    expect(summary.sheets[0].cells.length).toBe(2 + names.length);
  });

  test("the command: a folder and a .zip, exit code 1 with errors, marked copies in --out-dir, closing counts", async () => {
    const zip = join(dir, "上报.zip");
    // A stored (uncompressed) entry first: its bytes are a view of the archive, which must survive its transfer.
    writeFileSync(
      zip,
      zipSync({
        "坏.xlsx": [new TextEncoder().encode("不是工作簿"), { level: 0 }],
        "沾益.xlsx": new Uint8Array(fixtureBytes("final-2023-zhanyi.xlsx")),
        "__MACOSX/._沾益.xlsx": new Uint8Array([1]),
      }),
    );
    const out = mkdtempSync(join(tmpdir(), "batch-marked-"));
    const { code, err } = await runCli(main, [join(dir, "各单位"), zip, "--summary", join(out, "汇总.xlsx"), "--out-dir", out, "--jobs", "2"]);
    expect(code).toBe(1);
    expect(err).toContain("共 9 个文件：已检查 7 个（有错误 5 个），无法读取 2 个，无可检查内容 0 个。");
    expect(readdirSync(out).sort()).toEqual(
      [
        "汇总.xlsx",
        "汇总.xlsx.cache.json",
        "上报.zip_沾益（已标记）.xlsx",
        ...["单位1", "单位2", "单位3", "单位4", "沾益", "二级_单位5"].map((n) => `各单位_${n}（已标记）.xlsx`),
      ].sort(),
    );
  });

  test("--report-dir: one 审核报告 per checked workbook, its problems those of the file, named in the summary; never overwritten without --force; cache respected", async () => {
    const out = mkdtempSync(join(tmpdir(), "batch-reports-"));
    const reports = join(out, "审核报告");
    mkdirSync(reports);
    const base = request(dir, 2, { summary: join(out, "汇总.xlsx"), options: { ...DEFAULT_ENGINE_CONFIG, force: false, reportDir: reports } });
    const first = await runBatch(base, { stderr: quiet, signal: new AbortController().signal });
    const checked = first.outcomes.filter((o) => o.status === "checked");
    expect(readdirSync(reports).sort()).toEqual(checked.map((o) => `${o.name.replace(/\//g, "_").replace(/\.xlsx$/, "")}（审核报告）.xlsx`).sort());
    for (const o of checked) {
      expect(o.report).toBe(o.name.replace(/\//g, "_").replace(/\.xlsx$/, "（审核报告）.xlsx"));
      const report = await readWorkbook(readFileSync(join(reports, o.report!)), o.report!);
      expect(report.sheets.map((sheet) => sheet.name)).toEqual(["审核结论", "核对项", "问题"]);
      const facts = report.sheets[0].cells.map((row) => row.map((c) => String(c?.value ?? "")));
      expect(facts).toContainEqual(["文件", o.name]);
      expect(facts).toContainEqual(["文件 SHA-256", o.sha256]);
      expect(report.sheets[2].cells.length - 2).toBe(o.findings.length);
    }
    const summary = await readWorkbook(readFileSync(join(out, "汇总.xlsx")), "汇总.xlsx");
    const header = summary.sheets[0].cells[1].map((c) => c?.value);
    first.outcomes.forEach((o, i) => {
      const named = summary.sheets[0].cells[2 + i][header.indexOf("审核报告")]?.value;
      expect(named ?? "").toBe(o.status === "checked" ? o.report : "");
    });

    // A re-run takes every file from the cache: the reports are there, none is written again.
    const stamps = readdirSync(reports).map((f) => statSync(join(reports, f)).mtimeMs);
    const lines: string[] = [];
    const again = await runBatch(
      { ...base, options: { ...base.options, force: true } },
      { stderr: { write: (t: string) => lines.push(t) }, signal: new AbortController().signal },
    );
    expect(lines.filter((l) => l.includes("沿用上次结果"))).toHaveLength(again.outcomes.filter((o) => o.sha256).length);
    expect(again.outcomes).toEqual(first.outcomes);
    expect(readdirSync(reports).map((f) => statSync(join(reports, f)).mtimeMs)).toEqual(stamps);

    // A report removed is written again; one present is not replaced without --force (the row says why).
    const [gone, kept] = checked;
    unlinkSync(join(reports, gone.report!));
    writeFileSync(join(reports, kept.report!), "旧的报告");
    const third = await runBatch(
      { ...base, fresh: true, options: { ...base.options, force: true }, summary: join(out, "汇总-3.xlsx") },
      { stderr: quiet, signal: new AbortController().signal },
    );
    expect(third.outcomes.filter((o) => o.status === "checked")).toHaveLength(checked.length);
    expect(readFileSync(join(reports, kept.report!), "utf8")).not.toBe("旧的报告");
    writeFileSync(join(reports, kept.report!), "旧的报告");
    const refused = await runBatch({ ...base, fresh: true, summary: join(out, "汇总-4.xlsx") }, { stderr: quiet, signal: new AbortController().signal });
    const row = refused.outcomes.find((o) => o.name === kept.name)!;
    expect(row).toMatchObject({ status: "unreadable" });
    expect(row.status === "unreadable" && row.reason).toContain("已检查，但审核报告未能写出");
    expect(readFileSync(join(reports, kept.report!), "utf8")).toBe("旧的报告");
    expect(readdirSync(reports).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  test("usage: a folder without --summary, single-file options in a batch, and a batch of nothing readable", async () => {
    expect((await runCli(main, [join(dir, "各单位")])).err).toContain("请用 --summary 给出汇总表");
    expect((await runCli(main, [join(dir, "各单位"), "--summary", join(dir, "x.xlsx"), "--out", join(dir, "y.xlsx")])).err).toContain("批量检查不支持 --out");
    expect((await runCli(main, [join(dir, "a.xlsx"), "--jobs", "2"])).err).toContain("--jobs 只用于批量检查");
    expect((await runCli(main, [join(dir, "各单位"), "--summary", join(dir, "x.xlsx"), "--report", join(dir, "r.xlsx")])).err).toContain(
      "审核报告请用 --report-dir",
    );
    expect((await runCli(main, [join(dir, "a.xlsx"), "--report-dir", dir])).err).toContain("--report-dir 只用于批量检查");
    expect((await runCli(main, [join(dir, "各单位"), "--summary", join(dir, "x.xlsx"), "--report-dir", join(dir, "无此文件夹")])).err).toContain(
      "--report-dir “",
    );
    const bad = mkdtempSync(join(tmpdir(), "batch-bad-"));
    writeFileSync(join(bad, "坏.xlsx"), "x");
    const run = await runCli(main, [bad, "--summary", join(bad, "汇总.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("已检查 0 个");
  });
});
