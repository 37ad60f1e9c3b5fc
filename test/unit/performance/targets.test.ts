import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { checkPerformance } from "../../../src/core/performance";
import { main } from "../../../src/hosts/cli/check";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { EMEISHAN_PROJECTS, type ProjectData } from "../../fixtures/build/emeishan-perf-data";
import { projectsSheet } from "../../fixtures/build/emeishan-layout";
import { snapshotToXlsx, targetSheet } from "../../support/performance-tables";

/**
 * 绩效目标表 (budget year) against 自评表 (final year) for 医疗保障基金监管治理工作经费 and 信息化建设工作经费: the
 * 自评表 as published in 峨眉山 (sheet 自评: 指标值 F15…, 权重 I15…), the 目标表 generated from the same data in the 达州
 * layout (sheet 目标: project from row 4, 指标值 I, 权重 K), then changed one cell at a time.
 */
const PROJECTS = [EMEISHAN_PROJECTS[1], EMEISHAN_PROJECTS[2]];
const copy = (projects: ProjectData[]) => JSON.parse(JSON.stringify(projects)) as ProjectData[];

function workbook(change: (targets: ProjectData[]) => void): WorkbookSnapshot {
  const targets = copy(PROJECTS);
  change(targets);
  return { name: "决算.xlsx", sheets: [projectsSheet("自评", copy(PROJECTS)), targetSheet("目标", targets)] };
}

const targetFindings = (change: (targets: ProjectData[]) => void) =>
  checkPerformance(workbook(change)).findings.filter((f) => f.rule.startsWith("PERF.target"));

describe("绩效目标表 against 自评表", () => {
  test("the same targets and weights → no PERF.target finding", () => {
    expect(targetFindings(() => undefined)).toEqual([]);
  });

  test("目标表 抽检覆盖率 ≥95% where the 自评表 says ≥90% → PERF.target.changed at 自评!F17 naming 目标!I6", () => {
    const f = targetFindings((t) => {
      t[0].indicators[2][4] = 95;
    });
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(["PERF.target.changed warning F17"]);
    expect(f[0].related).toEqual(["目标!I6"]);
    expect(f[0].message).toBe(
      "医疗保障基金监管治理工作经费：指标“抽检覆盖率”在自评表中的指标值为“≥90%”（F17），绩效目标表为“≥95%”（目标!I6），目标被改动；自评应按批复的目标评价，调整须有依据。",
    );
  });

  test("a 定性 grade changed (优 → 良) and an operator changed (≤ → <) are changes too; ≥100% and =100% are not", () => {
    const f = targetFindings((t) => {
      t[1].indicators[6][3] = "定性";
      t[1].indicators[6][4] = "良";
      t[1].indicators[6][5] = "";
      t[1].indicators[3][3] = "＜";
    });
    expect(f.map((x) => `${x.rule} ${x.cell}`).sort()).toEqual(["PERF.target.changed F47", "PERF.target.changed F50"]);
    expect(
      targetFindings((t) => {
        t[0].indicators[6][3] = "＝";
      }),
    ).toEqual([]);
  });

  test("weights moved between two indicators (Σ still 90) → PERF.target.weight at both 自评 weight cells", () => {
    const f = targetFindings((t) => {
      t[0].indicators[0][7] = 15;
      t[0].indicators[1][7] = 5;
    });
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["PERF.target.weight I15", "PERF.target.weight I16"]);
    expect(f[0].message).toContain("权重为 10（I15），绩效目标表为 15（目标!K4）");
  });

  test("an indicator of the 目标表 missing from the 自评表 → PERF.target.dropped at the project name", () => {
    const f = targetFindings((t) => {
      t[0].indicators.push(["", "", "检查问题整改数量", "≥", 10, "个", 10, 0, 0]);
    });
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["PERF.target.dropped C2"]);
    expect(f[0].message).toContain("“检查问题整改数量”（目标!G13）");
  });

  test("the 目标表 in the budget workbook (--budget) → the message names that file", () => {
    const targets = copy(PROJECTS);
    targets[0].indicators[2][4] = 95;
    const budget: WorkbookSnapshot = { name: "2023年预算.xlsx", sheets: [targetSheet("表6", targets)] };
    const f = checkPerformance({ name: "决算.xlsx", sheets: [projectsSheet("自评", copy(PROJECTS))] }, { budgetWorkbook: budget }).findings.filter((x) =>
      x.rule.startsWith("PERF.target"),
    );
    expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["PERF.target.changed F17"]);
    expect(f[0].related).toEqual([]);
    expect(f[0].message).toContain("绩效目标表为“≥95%”（《2023年预算.xlsx》表6!I6）");
  });

  test("npm run check -- 决算.xlsx --budget 预算.xlsx reads both files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "perf-targets-"));
    const targets = copy(PROJECTS);
    targets[0].indicators[2][4] = 95;
    const finalFile = path.join(dir, "决算.xlsx");
    const budgetFile = path.join(dir, "预算.xlsx");
    writeFileSync(finalFile, await snapshotToXlsx({ name: "决算.xlsx", sheets: [projectsSheet("自评", copy(PROJECTS))] }));
    writeFileSync(budgetFile, await snapshotToXlsx({ name: "预算.xlsx", sheets: [targetSheet("表6", targets)] }));
    let out = "";
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      // exit 1: 信息化建设工作经费 keeps its published error (完成值 10% against <10% with full marks)
      expect(await main([finalFile, "--json", "--budget", budgetFile])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const json = JSON.parse(out) as { findings: { rule: string; cell: string; message: string }[] };
    const changed = json.findings.filter((f) => f.rule === "PERF.target.changed");
    expect(changed.map((f) => f.cell)).toEqual(["F17"]);
    expect(changed[0].message).toContain("《预算.xlsx》表6!I6");
  });
});
