/**
 * A table flattened to text, one row a line, its cells split by “|” (“公务接待费 | 183.19 | - | -”, “合计 | 1.8 | 1.52 |”):
 * a row ends no sentence and is no title.
 */
export const TABLE_ROW = /\S\s*\|\s*\S|\|\s*$/;
