import { outlineOf, type TableOutline } from "../tables/table-outline";
import { projectOutlineOf, type ProjectOutline } from "../performance/project-outline";
import type { CheckResult } from "./check";

/**
 * A check as the pane shows it: findings, tables read, the 审核 list, the nothing-to-check verdict — plain data
 * (strings and numbers, no Decimal), so it crosses from the engine's worker whole. The typed models and 绩效
 * projects stay with the engine; the pane gets their outlines (the grid's frame).
 */
export interface CheckView extends Omit<CheckResult, "models" | "projects"> {
  outlines: TableOutline[];
  /** The 绩效 projects read (an indicator's name beside its value in the grid; the 说明 can be written from them alone). */
  projects: ProjectOutline[];
}

export function checkView(result: CheckResult): CheckView {
  const { models, projects, ...plain } = result;
  return { ...plain, outlines: models.map(outlineOf), projects: projects.map(projectOutlineOf) };
}
