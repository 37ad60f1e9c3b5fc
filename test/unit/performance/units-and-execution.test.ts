import { checkPerformance } from "../../../src/core/performance";
import { normaliseUnit, relateUnits } from "../../../src/core/performance/units";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { EMEISHAN_PROJECTS, type ProjectData } from "../../fixtures/build/emeishan-perf-data";
import { projectsSheet } from "../../fixtures/build/emeishan-layout";
import { readFixture } from "../../support/fixtures";

/**
 * The consistent 医疗保障基金监管治理工作经费 自评表 (峨眉山 layout: 总额 on row 9 — 全年预算 D9, 执行数 E9,
 * 执行率 F9; indicators from row 15 with 完成值 in H), changed one cell at a time.
 */
const BASE = EMEISHAN_PROJECTS[1];

function workbook(change: (p: ProjectData) => void): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(BASE)) as ProjectData;
  change(copy);
  return { name: "generated.xlsx", sheets: [projectsSheet("自评", [copy])] };
}

const findings = (change: (p: ProjectData) => void) => checkPerformance(workbook(change)).findings;
const brief = (change: (p: ProjectData) => void) => findings(change).map((f) => `${f.rule} ${f.cell}`);

describe("units relate", () => {
  const relation = (a: string, b: string) => relateUnits(normaliseUnit(a)!, normaliseUnit(b)!);
  test.each([
    ["人数", "人", "same"],
    ["％", "%", "same"],
    ["万元", "元/年", "convertible"],
    ["元/人·次", "元/人.年", "convertible"],
    ["小时", "分钟", "convertible"],
    ["人次", "人", "related"],
    ["家", "个", "related"],
    ["元/人", "元/年", "related"],
    ["元", "%", "incompatible"],
    ["个", "分钟", "incompatible"],
  ])("%s and %s: %s", (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
  });
});

describe("完成值 in the indicator's 度量单位", () => {
  test("完成值 as the plain number or in the same unit → nothing", () => {
    expect(brief(() => undefined)).toEqual([]);
    expect(
      brief((p) => {
        p.indicators[0][6] = "50个";
      }),
    ).toEqual([]);
  });

  test("0.005万个 for 个 → PERF.unit.differs at H15 with the conversion and the comparison", () => {
    const [f] = findings((p) => {
      p.indicators[0][6] = "0.005万个";
    });
    expect(f).toMatchObject({ rule: "PERF.unit.differs", severity: "warning", cell: "H15" });
    expect(f.message).toContain("折合 50个，与指标值 ≥50个 比较，达到指标值");
    expect(f.steps).toEqual(["完成值 0.005万个 = 0.005 × 10000 ÷ 1 = 50个", "指标值 ≥50个：达到指标值"]);
  });

  test("50家 for 个 → PERF.unit.differs (cannot be converted), stating both units", () => {
    const [f] = findings((p) => {
      p.indicators[0][6] = "50家";
    });
    expect(f).toMatchObject({ rule: "PERF.unit.differs", severity: "warning", cell: "H15" });
    expect(f.message).toContain("单位为“家”，度量单位为“个”，两者不能换算");
  });

  test("50% for 个 → PERF.unit.incompatible error at H15", () => {
    expect(
      findings((p) => {
        p.indicators[0][6] = "50%";
      }).map((f) => `${f.rule} ${f.severity} ${f.cell}`),
    ).toEqual(["PERF.unit.incompatible error H15"]);
  });

  test("峨眉山 乡村振兴: 1.74万元 for 元/年 is 17400元/年 ≤ 41850 — a warning, not an error", async () => {
    const r = checkPerformance(await readFixture("perf-2023-emeishan.xlsx"));
    const f = r.findings.find((x) => x.rule === "PERF.unit.differs")!;
    expect(`${f.sheet}!${f.cell}`).toBe("乡村振兴第一书记工作经费!H21");
    expect(f.message).toBe(
      "乡村振兴第一书记工作经费：指标“乡村振兴第一书记经费控制全额”的完成值“1.74万元”单位为“万元”，度量单位为“元/年”，两者不同；折合 17400元/年，与指标值 ≤41850元/年 比较，达到指标值。请按度量单位填写完成值（17400）。",
    );
  });
});

describe("执行数 against the indicators", () => {
  const zero = (p: ProjectData) => {
    for (const line of p.budget.slice(0, 2)) Object.assign(line, { 3: 0, 4: 0, 6: line[6] === "/" ? "/" : 0, 7: "资料未到，未报销" });
    p.total[1] = 90;
  };

  test("执行数 0 of 0.09 with every 产出 indicator 10/10 → PERF.execution.zero error at E9, naming them", () => {
    const f = findings(zero).filter((x) => x.rule === "PERF.execution.zero");
    expect(f.map((x) => `${x.severity} ${x.cell}`)).toEqual(["error E9"]);
    expect(f[0].message).toContain("全年执行数 0.00（全年预算数 0.09）");
    expect(f[0].message).toContain("“完成检查报告数量”完成值 50个（10/10 分）");
    expect(f[0].steps?.[0]).toBe("全年执行数 0.00 ÷ 全年预算数 0.09 = 0.00%");
    expect(f[0].related).toEqual(["自评!J15", "自评!J16", "自评!J17", "自评!J18"]);
  });

  test("执行数 0 when the 产出 indicators carry reduced scores with reasons → no execution finding", () => {
    const out = findings((p) => {
      zero(p);
      for (const row of p.indicators.slice(0, 4)) Object.assign(row, { 6: 0, 8: 0, 9: "资金未执行，未开展" });
      p.total[1] = 50;
    });
    expect(out.filter((x) => x.rule.startsWith("PERF.execution"))).toEqual([]);
  });

  test("no money at all (预算 0, 执行 0) → no execution finding", () => {
    const out = findings((p) => {
      zero(p);
      for (const line of p.budget.slice(0, 2)) Object.assign(line, { 1: 0, 2: 0 });
    });
    expect(out.filter((x) => x.rule.startsWith("PERF.execution"))).toEqual([]);
  });

  const executed = (amount: number, rate: number, score: number) => (p: ProjectData) => {
    for (const line of p.budget.slice(0, 2)) Object.assign(line, { 3: amount, 4: rate, 6: line[6] === "/" ? "/" : score, 7: "部分检查推迟" });
    p.total[1] = 90 + score;
  };

  test("执行率 44.44% (0.04 ÷ 0.09) with every 产出 indicator full → PERF.execution.low warning at F9", () => {
    const f = findings(executed(0.04, 0.4444, 4.44));
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.cell}`)).toEqual(["PERF.execution.low warning F9"]);
    expect(f[0].message).toContain("预算执行率仅 44.44%");
  });

  test("执行率 55.56% (0.05 ÷ 0.09) is not far below → nothing", () => {
    expect(brief(executed(0.05, 0.5556, 5.56))).toEqual([]);
  });
});
