/**
 * 情况说明: writes the explanatory text from the tables (templates) and checks existing text against the
 * tables and its own arithmetic (claims).
 */
export { generateNarrative, performanceNarrative, builtInTemplate, narrativeTitle, type NarrativeOptions } from "./generate";
export type { NarrativeResult, NarrativeSection } from "./template/run";
export { TemplateError } from "./template/values";
export { checkNarrative, type NarrativeCheckOptions } from "./claims/check";
export { CLAIM_RULES, type ClaimRule } from "./claims/catalogue";
export { checkWorkbookText, reportYear, reportYear as detectYear, unitName } from "./workbook-text";
export { budgetItemsFromTables } from "./budget-items";
export type { NumberStyle } from "./phrases";
export { readPriorYearSheet, readPriorYearJson, priorYearFromTables, mergePriorYear, PRIOR_SHEET_NAME, type PriorYearFigures } from "./prior-year";
export { priorItemsFromTables } from "./prior-from-tables";
export { identityOf, workbookMismatch, WorkbookMismatchError, type WorkbookIdentity } from "./workbook-match";
