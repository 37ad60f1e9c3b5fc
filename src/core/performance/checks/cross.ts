import type { Finding } from "../../findings/finding";
import { compact } from "../../text/normalize";
import { targetDescription as describe, targetSignature as signature } from "../compare";
import type { IndicatorRow, PerformanceProject } from "../model";
import { performanceFinding, projectLabel } from "../report";

/** The same indicator in the 部门整体 目标表 and a 项目 目标表 must carry the same target. */
export function checkCrossTargets(projects: PerformanceProject[]): Finding[] {
  const targets = projects.filter((p) => p.table.form === "目标表");
  const byName = new Map<string, { project: PerformanceProject; row: IndicatorRow }[]>();
  for (const project of targets.filter((p) => p.table.scope === "项目支出")) {
    for (const row of project.indicators) {
      const key = compact(row.name.text);
      byName.set(key, [...(byName.get(key) ?? []), { project, row }]);
    }
  }
  return targets
    .filter((p) => p.table.scope === "部门整体支出")
    .flatMap((dept) => dept.indicators.flatMap((row) => compareOne(dept, row, byName.get(compact(row.name.text)) ?? [])));
}

function compareOne(dept: PerformanceProject, row: IndicatorRow, matches: { project: PerformanceProject; row: IndicatorRow }[]): Finding[] {
  const mine = signature(row);
  const others = matches.filter((m) => signature(m.row) !== undefined || m.row.operator !== "定性");
  if (!mine || others.length === 0 || others.some((m) => signature(m.row) === mine)) return [];
  const listed = others
    .map((m) => `${projectLabel(m.project)}（${m.row.target?.sheet}!${m.row.target?.address ?? m.row.name.address}）为“${describe(m.row)}”`)
    .join("；");
  return [
    performanceFinding(
      "PERF.cross.target",
      dept,
      row.target ?? row.name,
      `部门整体指标“${row.name.text}”为“${row.target?.text ?? ""}”，而项目绩效目标表中${listed}，二者不一致。`,
      { related: others.map((m) => m.row.target ?? m.row.name) },
    ),
  ];
}
