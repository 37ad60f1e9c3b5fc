/**
 * The journey every entry point takes (CLI, pane, Excel ribbon, WPS ribbon): configure the engine once
 * (EngineConfig), check a workbook (with last year's and the budget's workbooks when given) and get the
 * nothing-to-check verdict with the result, write the 情况说明 with its typed gaps, read prior-year and budget
 * figures from another workbook. Entry points add only their reading, writing and showing.
 */
export { DEFAULT_ENGINE_CONFIG, parseEngineConfig, serializeEngineConfig, type EngineConfig } from "./engine-config";
export { checkWorkbook, type CheckInputs, type CheckResult, type Figures } from "./check";
export { checkView, type CheckView } from "./check-view";
export { WHAT_IS_READ, type NothingToCheck } from "./nothing-to-check";
export { narrate, type Narrative, type NarrateInputs } from "./narrate";
export { WorkbookContentError } from "./content-error";
export { budgetFiguresFromWorkbook, priorFromWorkbook, refuseOtherWorkbook, type PriorYearKept } from "./workbook-figures";
export type { YearEndRecord } from "../rules/cross-year";
export { WorkbookMismatchError } from "../narrative";
export type { NarrativeGap, TextRun, GapKind } from "../narrative/template/gaps";
export type { NarrativeSection } from "../narrative";
