import type { IndicatorRow, PerformanceProject } from "./model";

/**
 * Where a 绩效 project's indicators lie — what the pane's grid needs to show an indicator's name beside its value —
 * without its amounts: plain data that crosses from the engine's worker. A PerformanceProject is one too.
 */
export interface ProjectOutline {
  table: Pick<PerformanceProject["table"], "sheet">;
  indicators: readonly { row: number; name: Pick<IndicatorRow["name"], "col"> }[];
}

export function projectOutlineOf(project: PerformanceProject): ProjectOutline {
  return { table: { sheet: project.table.sheet }, indicators: project.indicators.map((i) => ({ row: i.row, name: { col: i.name.col } })) };
}
