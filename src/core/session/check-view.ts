import { outlineOf, type TableOutline } from "../tables/table-outline";
import type { CheckResult } from "./check";

/**
 * A check as the pane shows it: findings, tables read, the 审核 list, the nothing-to-check verdict — plain data
 * (strings and numbers, no Decimal), so it crosses from the engine's worker whole. The typed models stay with the
 * engine; the pane gets their outlines (the grid's frame) and how many 绩效 projects were read.
 */
export interface CheckView extends Omit<CheckResult, "models" | "projects"> {
  outlines: TableOutline[];
  /** 绩效 projects read from the workbook (the 说明 can be written from them alone). */
  projectCount: number;
}

export function checkView(result: CheckResult): CheckView {
  const { models, projects, ...plain } = result;
  return { ...plain, outlines: models.map(outlineOf), projectCount: projects.length };
}
