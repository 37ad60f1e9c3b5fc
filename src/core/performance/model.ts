import type { Decimal } from "../numbers/decimal";
import type { NumberCell, SourceCell } from "../tables/source-cell";
import type { PerformanceKind, TableForm, TableScope } from "../tables/performance-kinds";

export type { NumberCell, SourceCell } from "../tables/source-cell";
export type { PerformanceKind, TableForm, TableScope } from "../tables/performance-kinds";

/**
 * Typed model of the performance tables (绩效表): projects with their budget-execution block (预算执行情况)
 * and indicator rows (绩效指标), every value linked to its cell.
 */

/** 指标性质: comparison operator or 定性 (qualitative). */
export type Operator = "≥" | ">" | "=" | "≤" | "<" | "定性";

/** 指标值 / 完成值 parsed: “≥90%” → operator ≥, number 90, unit %; “定性优” → 定性, grade 优. */
export interface IndicatorValue {
  text: string;
  operator?: Operator;
  number?: Decimal;
  /** Unit printed inside the value (“万元” in “1.74万元”), if any. */
  unit?: string;
  /** Words when the value is not a number (优, 高中低, 有所提高). */
  grade?: string;
}

/** 绩效指标行: one indicator. */
export interface IndicatorRow {
  row: number;
  /** 一级指标 (filled down from merged cells). */
  level1?: SourceCell;
  /** 二级指标 (filled down). */
  level2?: SourceCell;
  /** 三级指标. */
  name: SourceCell;
  /** 指标性质 cell, when the table has the column. */
  nature?: SourceCell;
  /** Effective operator: from 指标性质, else from the 指标值 text; undefined when none can be read. */
  operator?: Operator;
  /** 指标值. */
  target?: SourceCell;
  targetValue?: IndicatorValue;
  /** 度量单位 column (the unit may also sit inside 指标值). */
  unit?: SourceCell;
  /** 完成值 / 实际完成值 (自评表). */
  actual?: SourceCell;
  actualValue?: IndicatorValue;
  /** 权重 / 分值. */
  weight?: NumberCell;
  /** 得分. */
  score?: NumberCell;
  /** 偏差原因分析 / 未完成原因分析. */
  reason?: SourceCell;
}

/** Fields of a 预算执行情况 line. */
export type BudgetField =
  | "initial" // 年初预算
  | "full" // 全年预算 / 调整后预算数 / 资金总额 / 批复金额
  | "executed" // 全年执行 / 预算执行数 / 实际支出
  | "rate" // 预算执行率
  | "fiscal" // 财政拨款
  | "other" // 其他资金
  | "weight" // 权重 / 分值
  | "score" // 得分
  | "reason"; // 原因

export const AMOUNT_FIELDS: readonly BudgetField[] = ["initial", "full", "executed", "fiscal", "other"];

/** 预算执行情况 line (总额, 其中：财政资金, …; or one 重点工作任务 of a 部门整体 table). */
export interface BudgetLine {
  row: number;
  label: string;
  /** The 总额 / 年度资金总额 line that the other lines make up. */
  total: boolean;
  cells: Partial<Record<BudgetField, NumberCell>>;
}

/** 合计 / 总分 row. */
export interface TotalRow {
  row: number;
  label: SourceCell;
  weight?: NumberCell;
  score?: NumberCell;
  /** 评价等级 (优/良/中/差) printed on the row. */
  grade?: SourceCell;
}

/** One recognised performance table (a title and what follows it). */
export interface PerformanceTable {
  sheet: string;
  /** "A1:K40" */
  range: string;
  /** Canonical kind, e.g. "项目支出绩效自评表". */
  kind: PerformanceKind;
  /** Title as printed. */
  title: string;
  form: TableForm;
  scope: TableScope;
  /** Amount unit ("万元" unless the table states another). */
  unit: string;
}

/** One project (or the department as a whole) with its budget block and indicators. */
export interface PerformanceProject {
  table: PerformanceTable;
  /** Name as printed (with its code prefix, if any). */
  name: string;
  nameCell?: SourceCell;
  /** 预算数 of a 目标表 row. */
  budgetAmount?: NumberCell;
  /** 年度目标 text. */
  goal?: SourceCell;
  budget: BudgetLine[];
  indicators: IndicatorRow[];
  total?: TotalRow;
}
