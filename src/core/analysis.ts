import type { WorkbookSnapshot } from "./snapshot/types";
import type { Finding } from "./findings/finding";
import { SEVERITY_ORDER } from "./findings/finding";
import type { TableModel } from "./tables/table-model";
import { unreadAreas } from "./recognition/unread-areas";
import { recognizeTables, type RecognitionResult, type UnrecognizedTable } from "./recognition/recognize";
import { runRules, BUILT_IN_RULES, type RuleTally } from "./rules/run-rules";
import { buildChecklist, type CheckGroup } from "./audit/checklist";
import { parseCheckedRules } from "./rules/parse-rules";
import { missingTableFindings } from "./rules/missing-tables";
import { copyFindings } from "./rules/table-copies";
import { hiddenFindings } from "./recognition/hidden-findings";
import { crossYearFindings, yearEndRecords, type YearEndRecord } from "./rules/cross-year";
import { changeRateFindings } from "./rules/change-rates";
import { rangeAddress } from "./snapshot/address";
import { withComputedFormulas } from "./snapshot/computed-formulas";
import { formulaFindings } from "./recognition/formula-findings";
import { checkPerformance } from "./performance";
import { checkNarrative, checkWorkbookText, reportYear } from "./narrative";
import { readNarrativeText, readTableExplanations, readTextFile, type NarrativeParagraph } from "./paragraphs";
import type { PerformanceProject } from "./performance";

export interface AnalysisOptions {
  /** Extra rules in the catalogue notation (CLI --rules, pane settings). */
  extraRules?: string;
  /** 绩效 weight convention: Σ weights per project. */
  weightConvention?: "auto" | 90 | 100;
  /**
   * 情况说明 from a file (CLI --text): plain text, or the paragraphs of a .docx; otherwise the text is read
   * from the workbook's prose sheets (情况说明, 说明, …报告).
   */
  narrativeText?: string | readonly NarrativeParagraph[];
  /** Last year's workbook (CLI --prior): this year's 年初结转和结余 is checked against its 年末. */
  priorYear?: WorkbookSnapshot;
  /** Without last year's workbook: its 年末 amounts as kept with this workbook (yearEndRecords), checked the same way. */
  priorYearEnds?: readonly YearEndRecord[];
  /** The budget year's workbook with the 绩效目标表 of the projects this workbook evaluates (CLI --budget). */
  budgetWorkbook?: WorkbookSnapshot;
  /** 尾差: "interval" (default) lists tails within printed rounding as warnings; "strict" as errors. */
  rounding?: "interval" | "strict";
}

export interface TableSummary {
  sheet: string;
  range: string;
  /** Standard title of the table kind, e.g. "支出决算表". */
  kind: string;
  unit: string;
}

export interface AnalysisResult {
  file: string;
  tables: TableSummary[];
  unrecognized: UnrecognizedTable[];
  findings: Finding[];
  /** Typed models of the recognised tables (for the narrative and the UI). */
  models: TableModel[];
  /** Paragraphs of 情况说明 / report text that were read and checked (0: no text found). */
  textParagraphs: number;
  /** The report's year, as its titles and text state it. */
  year?: number;
  /** 绩效 projects read from the workbook (for the 预算绩效管理 section of the text). */
  projects: PerformanceProject[];
  /** The 审核 list: every check run per table (and for the 绩效 tables, the text, the set), passed or failed. */
  checks: CheckGroup[];
}

/** The one entry point of the engine: snapshot in, recognised tables and findings out. */
export function analyzeWorkbook(input: WorkbookSnapshot, options: AnalysisOptions = {}): AnalysisResult {
  const formulas = withComputedFormulas(input);
  const snapshot = formulas.snapshot;
  const recognition = recognizeTables(snapshot);
  const rules = options.extraRules ? [...BUILT_IN_RULES, ...parseCheckedRules(options.extraRules)] : BUILT_IN_RULES;
  const paragraphs = textParagraphs(snapshot, options.narrativeText, recognition.tables);
  const performance = checkPerformance(snapshot, {
    weightConvention: options.weightConvention ?? "auto",
    skipSheets: amountOnlySheets(recognition),
    tables: recognition.tables,
    reportText: paragraphs,
    budgetWorkbook: options.budgetWorkbook,
  });
  const year = reportYear(snapshot, options.narrativeText === undefined ? [] : paragraphs);
  const tally: RuleTally = { places: new Map(), failures: new Map() };
  const strict = options.rounding === "strict";
  const found = [
    ...formulaFindings(formulas.sheets),
    ...recognition.findings,
    ...missingTableFindings(recognition.tables),
    ...copyFindings(recognition.tables),
    ...hiddenFindings(snapshot, recognition.tables),
    ...runRules(recognition.tables, rules, tally),
    ...changeRateFindings(recognition.tables, tally.places),
    ...performance.findings,
    ...checkNarrative(paragraphs, recognition.tables, { year }),
    ...checkWorkbookText(snapshot, year, options.narrativeText === undefined ? paragraphs : []),
    ...crossYearFindings(
      recognition.tables,
      options.priorYear ? yearEndRecords(recognizeTables(withComputedFormulas(options.priorYear).snapshot).tables) : (options.priorYearEnds ?? []),
    ),
  ];
  const findings = strict ? found.map(strictRounding) : found;
  return {
    file: snapshot.name,
    tables: [...recognition.tables.map(tableSummary), ...performance.tables],
    unrecognized: unreadAreas(recognition.unrecognized, [...performance.tables.map((t) => t.sheet), ...paragraphs.flatMap((p) => p.sheet ?? [])], findings),
    findings: sortFindings(findings, snapshot),
    models: recognition.tables,
    textParagraphs: paragraphs.length,
    year,
    projects: performance.projects,
    checks: buildChecklist({
      tables: recognition.tables,
      performanceKinds: performance.tables.map((t) => t.kind),
      textParagraphs: paragraphs.length,
      findings,
      tableRules: rules,
      tally,
      prior: options.priorYear !== undefined,
      budget: options.budgetWorkbook !== undefined,
      strictRounding: strict,
    }),
  };
}

/** A read table as the result lists it (a module-level function: a closure made per check recompiles per check). */
function tableSummary(t: TableModel): TableSummary {
  return { sheet: t.sheet, range: rangeAddress(t.range), kind: t.kind.title, unit: t.unit };
}

/** 严格 mode: a rounding tail is listed as an error instead of a warning. */
function strictRounding(finding: Finding): Finding {
  return finding.kind === "rounding" ? { ...finding, severity: "error" } : finding;
}

/** The workbook's 情况说明 with the explanation lines its tables print, or the text given with it. */
function textParagraphs(snapshot: WorkbookSnapshot, fromFile: AnalysisOptions["narrativeText"], tables: readonly TableModel[]): NarrativeParagraph[] {
  if (fromFile === undefined) return [...readNarrativeText(snapshot), ...readTableExplanations(snapshot, tables)];
  return typeof fromFile === "string" ? readTextFile(fromFile) : [...fromFile];
}

/** Sheets holding recognised 决算/预算 tables and no 绩效 title: the 绩效 reader need not scan them. */
function amountOnlySheets(recognition: RecognitionResult): Set<string> {
  const sheets = new Set<string>();
  for (const t of recognition.tables) sheets.add(t.sheet);
  for (const name of recognition.performanceSheets) sheets.delete(name);
  return sheets;
}

/** Errors first, then by sheet order and cell position. */
function sortFindings(findings: Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const sheetOrder = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (sheetOrder.get(a.sheet) ?? -1) - (sheetOrder.get(b.sheet) ?? -1) ||
      cellOrder(a.cell) - cellOrder(b.cell),
  );
}

function cellOrder(cell: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 1000 + col;
}
