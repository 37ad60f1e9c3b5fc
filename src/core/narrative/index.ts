/**
 * 情况说明: writes the explanatory text from the tables (templates) and checks existing text against the
 * tables and its own arithmetic (claims).
 */
export { generateNarrative, builtInTemplate, type NarrativeOptions } from "./generate";
export type { NarrativeResult, NarrativeSection } from "./template/run";
export { TemplateError } from "./template/values";
export { checkNarrative, type NarrativeParagraph } from "./claims/check";
export { readNarrativeText, readTextFile } from "./read-text";
export {
  readPriorYearSheet,
  readPriorYearJson,
  priorYearFromTables,
  mergePriorYear,
  PRIOR_SHEET_NAME,
  type PriorYearFigures,
} from "./prior-year";
export { detectYear } from "./year";
export { priorItemsFromTables } from "./prior-from-tables";
