/**
 * Paragraphs of existing text, read in one place for every source: the prose sheets of a workbook (情况说明, …报告)
 * and the text given with --text (.txt lines, .docx paragraphs). The 情况说明 checks and the 绩效 report checks read
 * the same paragraphs.
 */
export type { NarrativeParagraph } from "./paragraph";
export { readNarrativeText, readTableExplanations, readTextFile, paragraphsOf, isProseSheet } from "./read-paragraphs";
