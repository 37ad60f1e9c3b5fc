/** 目标表 (targets, with the budget) or 自评表 (self-evaluation, with the final accounts). */
export type TableForm = "目标表" | "自评表";
/** 项目支出 (one project) or 部门整体支出 (the department as a whole). */
export type TableScope = "项目支出" | "部门整体支出";

/** The standard title of a 绩效 table kind: its scope and its form (“项目支出绩效自评表”). */
export type PerformanceKind = `${TableScope}绩效${TableForm}`;

/**
 * The four 绩效 table kinds by their standard titles, with form and scope. Recognition's catalogue
 * (src/core/recognition/table-kinds.ts, P01–P04) names them with these titles and holds the title words that find
 * them; the 绩效 reader takes form and scope from here.
 */
export const PERFORMANCE_KINDS: Readonly<Record<PerformanceKind, { form: TableForm; scope: TableScope }>> = {
  项目支出绩效目标表: { form: "目标表", scope: "项目支出" },
  部门整体支出绩效目标表: { form: "目标表", scope: "部门整体支出" },
  项目支出绩效自评表: { form: "自评表", scope: "项目支出" },
  部门整体支出绩效自评表: { form: "自评表", scope: "部门整体支出" },
};

export function isPerformanceKind(title: string): title is PerformanceKind {
  return Object.prototype.hasOwnProperty.call(PERFORMANCE_KINDS, title);
}
