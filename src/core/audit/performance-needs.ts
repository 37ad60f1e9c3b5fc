import type { PerformanceRuleId } from "../performance/rules";

/** What the workbook (and the options) hold that a 绩效 check may need. */
export interface Available {
  /** A 绩效自评表 was read. */
  selfEvaluation: boolean;
  /** A 绩效目标表 was read. */
  targets: boolean;
  /** The budget year's workbook was given (check --budget, the pane's 预算公开 workbook). */
  budgetWorkbook: boolean;
  finalAccounts: boolean;
  budgetTables: boolean;
  /** A 情况说明 or 自评报告 text was read. */
  text: boolean;
}

type Need = keyof Available | "targetsAnywhere";

const NEED_WORDS: Record<Need, string> = {
  selfEvaluation: "未读到绩效自评表",
  targets: "未读到绩效目标表",
  targetsAnywhere: "未读到绩效目标表，也未提供预算公开工作簿",
  budgetWorkbook: "未提供预算公开工作簿",
  finalAccounts: "未读到决算公开表",
  budgetTables: "未读到预算公开表",
  text: "未读到自评报告或情况说明文字",
};

/** The 绩效 checks that need more than an indicator table; the others run on any 绩效 table. */
const NEEDS: Partial<Record<PerformanceRuleId, readonly Need[]>> = {
  "PERF.completion.missed-full": ["selfEvaluation"],
  "PERF.completion.missed-reason": ["selfEvaluation"],
  "PERF.completion.met-reduced": ["selfEvaluation"],
  "PERF.score.over": ["selfEvaluation"],
  "PERF.score.formula": ["selfEvaluation"],
  "PERF.total.score": ["selfEvaluation"],
  "PERF.total.grade": ["selfEvaluation"],
  "PERF.budget.rate": ["selfEvaluation"],
  "PERF.budget.score": ["selfEvaluation"],
  "PERF.budget.low": ["selfEvaluation"],
  "PERF.execution.zero": ["selfEvaluation"],
  "PERF.execution.low": ["selfEvaluation"],
  "PERF.unit.differs": ["selfEvaluation"],
  "PERF.unit.incompatible": ["selfEvaluation"],
  "PERF.cross.target": ["targets"],
  "PERF.text.rate": ["selfEvaluation", "text"],
  "PERF.report.value": ["selfEvaluation", "text"],
  "PERF.report.derived": ["selfEvaluation", "text"],
  "PERF.accounts.spent": ["selfEvaluation", "finalAccounts"],
  "PERF.accounts.spent-unclear": ["selfEvaluation", "finalAccounts"],
  "PERF.accounts.projects": ["selfEvaluation", "finalAccounts"],
  "PERF.accounts.budget": ["targets", "budgetTables"],
  "PERF.accounts.budget-unclear": ["targets", "budgetTables"],
  "PERF.target.changed": ["selfEvaluation", "targetsAnywhere"],
  "PERF.target.weight": ["selfEvaluation", "targetsAnywhere"],
  "PERF.target.dropped": ["selfEvaluation", "targetsAnywhere"],
};

/** Why a 绩效 check could not run here (“未读到绩效自评表”), or undefined when it ran. */
export function performanceNeeds(id: string, available: Available): string | undefined {
  const lacking = (NEEDS[id as PerformanceRuleId] ?? []).find((need) => !has(need, available));
  return lacking ? NEED_WORDS[lacking] : undefined;
}

function has(need: Need, available: Available): boolean {
  return need === "targetsAnywhere" ? available.targets || available.budgetWorkbook : available[need];
}
