import type { Finding } from "../../findings/finding";
import { compact } from "../../text/normalize";
import type { IndicatorRow, PerformanceProject, SourceCell } from "../model";
import { indicatorLabel, performanceFinding, projectLabel } from "../report";
import { INDICATOR_LEVELS, LEVEL2_NAME_CONFLICTS, REQUIRED_LEVEL1, SATISFACTION_VARIANT } from "../vocabulary";

/** “服务对象满意度指标等” → “服务对象满意度指标”; “数量” → “数量指标”. */
export function levelName(cell: SourceCell | undefined): string {
  if (!cell) return "";
  const t = compact(cell.text).replace(/等$/, "");
  return t && !t.endsWith("指标") ? `${t}指标` : t;
}

function level1Known(name: string): boolean {
  return name in INDICATOR_LEVELS;
}

function parentsOf(level2: string): string[] {
  const parents = Object.entries(INDICATOR_LEVELS)
    .filter(([, children]) => children.includes(level2))
    .map(([p]) => p);
  if (SATISFACTION_VARIANT.test(level2)) parents.push("满意度指标");
  return parents;
}

/** Checks 一级/二级 names and nesting; each merged cell is reported once (`seen`). */
function checkRowLevels(project: PerformanceProject, row: IndicatorRow, seen: Set<string>): Finding[] {
  const out: Finding[] = [];
  const l1 = levelName(row.level1);
  const l2 = levelName(row.level2);
  if (row.level1 && l1 && !level1Known(l1) && once(seen, row.level1)) {
    out.push(
      performanceFinding(
        "PERF.level.unknown",
        project,
        row.level1,
        `${projectLabel(project)}：一级指标“${row.level1.text}”不是规定名称（应为产出指标、效益指标、满意度指标或成本指标）。`,
        { related: [row.name] },
      ),
    );
  }
  if (!row.level2 || !l2 || !once(seen, row.level2)) return out;
  const parents = parentsOf(l2);
  if (parents.length === 0) {
    const allowed = level1Known(l1) ? `；“${l1}”下应为：${INDICATOR_LEVELS[l1].join("、")}` : "";
    out.push(
      performanceFinding("PERF.level.unknown", project, row.level2, `${projectLabel(project)}：二级指标“${row.level2.text}”不是规定名称${allowed}。`, {
        related: [row.level1, row.name],
      }),
    );
  } else if (level1Known(l1) && !parents.includes(l1)) {
    out.push(
      performanceFinding(
        "PERF.level.nesting",
        project,
        row.level2,
        `${projectLabel(project)}：二级指标“${row.level2.text}”应属于“${parents.join("或")}”，却填在一级指标“${row.level1?.text}”之下。`,
        { related: [row.level1] },
      ),
    );
  }
  return out;
}

function once(seen: Set<string>, cell: SourceCell): boolean {
  const key = `${cell.sheet}!${cell.address}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** 三级 names that contradict their 二级 (a 质量 rate under 数量指标 …). */
function checkNameFitsLevel(project: PerformanceProject, row: IndicatorRow): Finding[] {
  const l2 = levelName(row.level2);
  const name = compact(row.name.text);
  const conflict = LEVEL2_NAME_CONFLICTS.find((c) => c.level2 === l2 && name.includes(c.word) && !name.includes(c.unless));
  if (!conflict || !row.level2) return [];
  return [
    performanceFinding(
      "PERF.level.name",
      project,
      row.name,
      `${indicatorLabel(project, row.name)}说的是“${conflict.word}”，却填在二级指标“${row.level2.text}”之下，请核对指标归类（是否与其他二级指标下的指标填反）。`,
      { related: [row.level2] },
    ),
  ];
}

function checkGoalCopy(project: PerformanceProject, row: IndicatorRow): Finding[] {
  if (!project.goal?.text || compact(project.goal.text) !== compact(row.name.text)) return [];
  return [
    performanceFinding(
      "PERF.name.goal",
      project,
      row.name,
      `${projectLabel(project)}：三级指标名称与年度目标（${project.goal.address}）文字完全相同，应填写具体指标名称。`,
      { related: [project.goal] },
    ),
  ];
}

function checkCoverage(project: PerformanceProject): Finding[] {
  const present = new Set(project.indicators.map((r) => levelName(r.level1)));
  const missing = REQUIRED_LEVEL1.filter((l) => !present.has(l));
  const anchor = project.nameCell ?? project.indicators[0]?.name;
  if (missing.length === 0 || !anchor) return [];
  return [
    performanceFinding("PERF.coverage", project, anchor, `${projectLabel(project)}：未设置${missing.join("、")}（每个项目应至少包含产出、效益、满意度指标）。`),
  ];
}

export function checkLevels(project: PerformanceProject, seen: Set<string>): Finding[] {
  const perRow = project.indicators.flatMap((row) => [
    ...checkRowLevels(project, row, seen),
    ...checkNameFitsLevel(project, row),
    ...checkGoalCopy(project, row),
  ]);
  return [...perRow, ...checkCoverage(project)];
}
