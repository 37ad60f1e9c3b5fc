import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbook, type AnalysisResult } from "../../../src/core/analysis";
import { checkPerformance } from "../../../src/core/performance";
import { recognizeTables } from "../../../src/core/recognition/recognize";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { projectsSheet } from "../../fixtures/build/emeishan-layout";
import { EMEISHAN_PROJECTS } from "../../fixtures/build/emeishan-perf-data";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import { generatePerformance, withPerformance } from "../../support/performance-tables";
import { Prng } from "../../support/prng";
import { REAL_FOLDER, realFiles } from "../../support/real-documents";

/**
 * The 绩效 tables read by the one table reader give what the 绩效 reader of its own gave: every table, project and
 * finding of the fixtures, of generated 决算 sets with 绩效 tables and of the real documents, exact to the address
 * and the message. The record (fixtures/one-reader.json) was written by the code before the move
 * (`RECORD=1 npx jest test/unit/performance/one-reader.test.ts`); the real documents are kept as a hash of their
 * reading (their text is not copied into the repository).
 */
const RECORD_FILE = path.join(__dirname, "fixtures", "one-reader.json");
const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const FIXTURE_FILES = ["perf-2023-emeishan.xlsx", "final-2023-zhanyi.xlsx", "budget-2023-dazhou.xlsx", "prior-2022-zhanyi.xlsx", "prior-sheet-zhanyi.xlsx"];
const SEEDS = [1, 2, 3];

/** What the 绩效 reading gives, in a form a test compares: tables, projects (name, cells, indicators) and findings. */
function reading(result: AnalysisResult) {
  return {
    tables: result.tables.map((t) => `${t.sheet}!${t.range} ${t.kind} ${t.unit}`),
    unrecognized: result.unrecognized.map((u) => `${u.sheet}!${u.range} ${u.title} ${u.reason}`),
    projects: result.projects.map((p) =>
      [
        `${p.table.sheet}!${p.table.range} ${p.table.kind} ${p.table.title}`,
        `${p.name} @${p.nameCell?.address ?? ""}`,
        `indicators ${p.indicators.map((i) => i.name.address).join(" ")}`,
        `budget ${p.budget.length} total ${p.total?.score?.address ?? ""}`,
      ].join(" | "),
    ),
    findings: result.findings.map((f) =>
      [f.rule, f.severity, `${f.sheet}!${f.cell}`, f.message, f.expected ?? "", f.actual ?? "", f.related.join(",")].join(" | "),
    ),
  };
}

const read = async (folder: string, file: string) => readWorkbook(readFileSync(path.join(folder, file)), file);

async function sources(): Promise<{ name: string; snapshot: WorkbookSnapshot; budget?: WorkbookSnapshot; real?: true }[]> {
  const fixtures = await Promise.all(FIXTURE_FILES.map(async (file) => ({ name: file, snapshot: await read(FIXTURES, file) })));
  const withBudget = { name: "perf-2023-emeishan.xlsx + budget-2023-dazhou.xlsx", snapshot: fixtures[0].snapshot, budget: fixtures[2].snapshot };
  const generated = SEEDS.map((seed) => {
    const wb = generateWorkbook({ seed });
    return { name: `generated seed ${seed}`, snapshot: withPerformance(toSnapshot(wb), generatePerformance(new Prng(seed), wb.units[0])) };
  });
  const real = await Promise.all(realFiles().map(async (file) => ({ name: file, snapshot: await read(REAL_FOLDER, file), real: true as const })));
  return [...fixtures, withBudget, ...generated, ...real];
}

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("one table reader: the 绩效 reading before the move = after", () => {
  test("every fixture, generated set and real document reads as recorded", async () => {
    const now: Record<string, unknown> = {};
    for (const { name, snapshot, budget, real } of await sources()) {
      const r = reading(analyzeWorkbook(snapshot, { budgetWorkbook: budget }));
      now[name] = real ? { findings: r.findings.length, projects: r.projects.length, sha256: hash(r) } : r;
    }
    if (process.env.RECORD) writeFileSync(RECORD_FILE, `${JSON.stringify(now, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(RECORD_FILE, "utf8")) as Record<string, unknown>;
    for (const [name, value] of Object.entries(now)) expect({ name, value }).toEqual({ name, value: recorded[name] });
    expect(Object.keys(now).length).toBeGreaterThanOrEqual(FIXTURE_FILES.length + 1 + SEEDS.length);
    expect(existsSync(RECORD_FILE)).toBe(true);
  });
});

describe("one title vocabulary: the 绩效 tables are found by recognition's titles", () => {
  /** Stacked 峨眉山 自评表 (titles at A1, A29, A58), their titles written the ways regions write them. */
  function retitled(titles: string[]): WorkbookSnapshot {
    const sheet = projectsSheet("自评", EMEISHAN_PROJECTS.slice(0, titles.length));
    const rows = sheet.cells.flatMap((line, r) => (line[0]?.value === "部门预算项目支出绩效自评表（2023年度）" ? [r] : []));
    rows.forEach((r, i) => (sheet.cells[r][0] = { value: titles[i] }));
    return { name: "x.xlsx", sheets: [sheet] };
  }

  test("each regional title starts its table and names its kind, for recognition and the 绩效 reader alike", () => {
    const snapshot = retitled(["2023年绩效自评情况表", "部门整体绩效自评表", "项目支出绩效自评表"]);
    const r = checkPerformance(snapshot);
    expect(r.tables.map((t) => `${t.range.split(":")[0]} ${t.kind}`)).toEqual([
      "A1 项目支出绩效自评表",
      "A29 部门整体支出绩效自评表",
      "A58 项目支出绩效自评表",
    ]);
    expect(r.projects.map((p) => p.table.title)).toEqual(["2023年绩效自评情况表", "部门整体绩效自评表", "项目支出绩效自评表"]);
    expect(recognizeTables(snapshot)).toMatchObject({ performanceSheets: ["自评"], unrecognized: [] });
  });
});
