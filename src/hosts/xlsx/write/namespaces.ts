/** SpreadsheetML's main namespace (cells, styles, notes) and the one of `r:id` attributes. */
export const MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Strict Open XML's main namespace (not edited: such a workbook is refused with a message). */
export const STRICT_MAIN_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";
