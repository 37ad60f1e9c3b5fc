import { checkPerformance } from "../../../src/core/performance";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { EMEISHAN_PROJECTS } from "../../fixtures/build/emeishan-perf-data";
import type { ProjectData } from "../../fixtures/build/emeishan-perf-data";
import { projectsSheet } from "../../fixtures/build/emeishan-layout";

/**
 * Generated 自评表: the consistent 医疗保障基金监管治理工作经费 project (A–K layout, budget 总额 on row 9,
 * indicators from row 15: 三级 D, 性质 E, 指标值 F, 完成值 H, 权重 I, 得分 J; 合计 on row 24), changed one cell at a time.
 */
const BASE = EMEISHAN_PROJECTS[1];

function workbook(change: (p: ProjectData) => void, projects: ProjectData[] = [BASE]): WorkbookSnapshot {
  const copies = projects.map((p) => JSON.parse(JSON.stringify(p)) as ProjectData);
  change(copies[0]);
  return { name: "generated.xlsx", sheets: [projectsSheet("自评", copies)] };
}

const findings = (change: (p: ProjectData) => void) => checkPerformance(workbook(change)).findings.map((f) => `${f.rule} ${f.cell}`);

describe("generated 自评表", () => {
  test("the consistent project yields no finding", () => {
    expect(findings(() => undefined)).toEqual([]);
  });

  test("score above weight → PERF.score.over at the score cell, and the 合计 no longer adds up", () => {
    expect(
      findings((p) => {
        p.indicators[0][8] = 12;
      }),
    ).toEqual(["PERF.score.over J15", "PERF.total.score J24"]);
  });

  test("changed weight → Σ weights ≠ 100, 合计 weight wrong, and the full score now looks reduced", () => {
    expect(
      findings((p) => {
        p.indicators[2][7] = 15;
      }),
    ).toEqual(["PERF.completion.met-reduced J17", "PERF.weight.sum I24", "PERF.total.weight I24"]);
  });

  test("operator ≤ → < with completion equal to target: missed with full score", () => {
    const out = findings((p) => {
      p.indicators[7][3] = "＜";
    });
    expect(out).toEqual(["PERF.completion.missed-full J22"]);
  });

  test("completion below target with full score → error; with reduced score and reason → nothing", () => {
    expect(
      findings((p) => {
        p.indicators[0][6] = 40;
      }),
    ).toEqual(["PERF.completion.missed-full J15"]);
    expect(
      findings((p) => {
        p.indicators[0][6] = 40;
        p.indicators[0][8] = 8;
        p.indicators[0][9] = "部分机构停业";
        p.total[1] = 98;
      }),
    ).toEqual([]);
  });

  test("completion missed without reason → warning, recomputed score shown", () => {
    const r = checkPerformance(
      workbook((p) => {
        p.indicators[0][6] = 40;
        p.indicators[0][8] = 6;
        p.total[1] = 96;
      }),
    );
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["PERF.completion.missed-reason J15", "PERF.score.formula J15"]);
    expect(r.findings[1]).toMatchObject({ expected: "8.00", actual: "6" });
  });

  test("met but reduced score without reason → warning", () => {
    expect(
      findings((p) => {
        p.indicators[1][8] = 8;
        p.total[1] = 98;
      }),
    ).toEqual(["PERF.completion.met-reduced J16"]);
  });

  test("stated 执行率 4.8% for 0.09 of 0.09 → PERF.budget.rate at F9 with the arithmetic", () => {
    const r = checkPerformance(
      workbook((p) => {
        p.budget[0][4] = 0.048;
      }),
    );
    expect(r.findings[0]).toMatchObject({ rule: "PERF.budget.rate", cell: "F9", expected: "100.00%", actual: "4.80%" });
    expect(r.findings[0].message).toBe("医疗保障基金监管治理工作经费：预算执行率填报 4.80%，按 执行数 0.09 ÷ 全年预算数 0.09 计算应为 100.00%。");
  });

  test("low execution without reason, and its score", () => {
    const out = findings((p) => {
      p.budget[0][3] = 0.05;
      p.budget[1][3] = 0.05;
      p.budget[0][4] = 0.5556;
      p.budget[1][4] = 0.5556;
    });
    expect(out).toEqual(["PERF.budget.score H9", "PERF.budget.low F9"]);
  });

  test("总额 ≠ Σ lines → PERF.budget.sum", () => {
    expect(
      findings((p) => {
        p.budget[1][2] = 0.05;
        p.budget[1][3] = 0.05;
      }),
    ).toEqual(["PERF.budget.sum D9", "PERF.budget.sum E9"]);
  });

  test("定性 row with %, unknown 二级, 二级 under the wrong 一级", () => {
    expect(
      findings((p) => {
        p.indicators[4][3] = "定性";
        p.indicators[4][4] = "优";
        p.indicators[4][6] = "优";
      }),
    ).toEqual(["PERF.qual.unit G19"]);
    expect(
      findings((p) => {
        p.indicators[5][1] = "社会发展指标";
      }),
    ).toEqual(["PERF.level.unknown C20"]);
    expect(
      findings((p) => {
        p.indicators[0][1] = "社会效益指标";
      }),
    ).toEqual(["PERF.level.nesting C15"]);
  });

  test("missing 满意度 indicators → PERF.coverage at the project name", () => {
    const out = findings((p) => {
      p.indicators[7][0] = "效益指标";
      p.indicators[7][1] = "社会效益指标";
      p.indicators[8][1] = "";
    });
    expect(out).toEqual(["PERF.coverage C2"]);
  });

  test("grade inconsistent with 总分", () => {
    const sheet = projectsSheet("自评", [BASE]);
    sheet.cells[23][10] = { value: "良" };
    const r = checkPerformance({ name: "g", sheets: [sheet] });
    expect(r.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(["PERF.total.grade K24"]);
  });

  test("two projects stacked in one sheet are read separately", () => {
    const r = checkPerformance(workbook(() => undefined, [BASE, EMEISHAN_PROJECTS[6]]));
    expect(r.projects.map((p) => p.indicators.length)).toEqual([9, 7]);
    expect(r.findings.map((f) => f.rule)).toEqual(["PERF.level.unknown", "PERF.qual.unit"]);
  });
});
