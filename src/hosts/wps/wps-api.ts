/**
 * The part of the WPS 表格 (ET) JavaScript object model this add-in uses, typed by hand from the WPS加载项 documentation
 * (open.wps.cn / airsheet.wps.cn JSAPI pages) and the member names of the `wps-jsapi` typings. The model mirrors
 * Excel's classic (VBA) one and is synchronous: every member access crosses from the add-in's Chromium page into WPS,
 * so reads go in bulk (one Value2 per used range) and the test fake counts every access.
 *
 * Parameterised properties are methods in WPS's JavaScript (`Comment.Text()`, `Worksheets.Item(1)`,
 * `Worksheet.Range("A1:B2")`). Collections are 1-based. A multi-cell Value2 / Formula is a 2-D array of rows; a
 * property that differs between the cells of a range (NumberFormat, MergeCells, Hidden, Interior.Color) reads as null.
 * `wps-jsapi` is not a dependency: its generated declarations type Value2 as number and every method as void.
 */

/** The application: `window.Application` in an add-in page (also `wps.EtApplication()`). */
export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  /** Suspends repainting while the add-in writes many cells. */
  ScreenUpdating: boolean;
  /** Files on the user's computer (WPS加载项 FileSystem; absent in some builds — every use checks). */
  readonly FileSystem?: WpsFileSystem;
  /** The open workbooks; Open(path) opens a file as a workbook of its own. */
  readonly Workbooks?: { Open(path: string): unknown };
  /** The folders WPS names (docs/wps-smoke-test.md: where each name is confirmed). */
  readonly Env?: { GetTempPath?(): string };
}

/**
 * The part of WPS's FileSystem the add-in uses (docs/wps-smoke-test.md: where each name is confirmed). A “binary
 * string” holds one byte per character (0–255), as FileSystem reads and writes files that are not text. A build
 * was reported to refuse a path with a folder in it here (“path cannot contains "/" or "\"”): every call may throw.
 */
export interface WpsFileSystem {
  readAsBinaryString?(path: string): string;
  writeAsBinaryString?(path: string, data: string): boolean | void;
  /** The system's folder for temporary files. */
  tmpdir?(): string;
}

/** What an add-in page's `Application` offers beyond the spreadsheet: task panes and storage shared by its pages. */
export interface WpsAddinApplication extends WpsApplication {
  /** A task pane showing `url` (absolute); hidden until Visible is set. */
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane | null;
  /** Key/value storage shared by the add-in's pages for the WPS session (not saved with any file). */
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: string | number | boolean): void };
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  Navigate(url: string): void;
}

export interface WpsWorkbook {
  readonly Name: string;
  /** Folder and name of the saved file ("" before the workbook is first saved). */
  readonly FullName?: string;
  readonly Path?: string;
  /** false when the workbook has changes not yet saved. */
  readonly Saved?: boolean;
  readonly Worksheets: WpsWorksheets;
  /** Custom document properties (文件 → 属性 → 自定义): saved in .xlsx, .xls and .et alike. */
  readonly CustomDocumentProperties?: WpsDocumentProperties;
}

export interface WpsWorksheets {
  readonly Count: number;
  /** 1-based index or name; a missing name throws. */
  Item(index: number | string): WpsWorksheet;
  /** New sheet after `After` (Before left out: undefined, as for any optional argument), named by WPS ("Sheet4"). */
  Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet;
}

export interface WpsWorksheet {
  Name: string;
  /** Every cell holding a value or a format; "A1" alone on an empty sheet. */
  readonly UsedRange: WpsRange;
  Range(address: string): WpsRange;
  Activate(): void;
  /** xlSheetVisible −1, xlSheetHidden 0, xlSheetVeryHidden 2 (undefined when the build does not say). */
  readonly Visible?: number | boolean;
}

export interface WpsRange {
  /** 1-based first row / column. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** Scalar for one cell, rows × columns array for more; dates as serial numbers; empty cells undefined/null/"". */
  Value2: unknown;
  /** Like Value2, with "=…" for formula cells and the constant for the others. */
  readonly Formula: unknown;
  /** The format code when every cell has the same one, else null. Writable. */
  NumberFormat: string | null;
  /** Displayed text of a single cell ("#REF!" for an error). */
  readonly Text: unknown;
  /** true: every cell is part of a merged area; false: none is; null: some are. */
  readonly MergeCells: boolean | null;
  /** The merged area a single cell belongs to (the cell itself when not merged). */
  readonly MergeArea: WpsRange;
  readonly EntireRow: { readonly Hidden: boolean | null };
  readonly EntireColumn: { readonly Hidden: boolean | null };
  readonly Interior: WpsInterior;
  /** The cell's comment (批注; a "note" in Excel's terms), or null. */
  readonly Comment: WpsComment | null;
  AddComment(text: string): WpsComment;
  ClearComments(): void;
  ClearContents(): void;
  Select(): void;
  WrapText: boolean;
  /** In characters of the default font. */
  ColumnWidth: number;
}

/** A cell's fill. Colours are BGR integers (0xBBGGRR); Pattern xlPatternNone means no fill. */
export interface WpsInterior {
  Color: number | null;
  Pattern: number | null;
  PatternColor: number | null;
  TintAndShade: number | null;
  PatternTintAndShade: number | null;
}

export interface WpsComment {
  /** The text (called with an argument it would set it; the add-in never does). */
  Text(): string;
  Delete(): void;
}

export interface WpsDocumentProperties {
  readonly Count: number;
  /** 1-based index or name; a missing name throws. */
  Item(index: number | string): WpsDocumentProperty;
  Add(Name: string, LinkToContent: boolean, Type: number, Value: string): WpsDocumentProperty;
}

export interface WpsDocumentProperty {
  readonly Name: string;
  readonly Value: unknown;
  Delete(): void;
}

/** XlPattern.xlPatternNone (also xlNone): no fill. */
export const XL_PATTERN_NONE = -4142;
/** XlPattern.xlPatternSolid. */
export const XL_PATTERN_SOLID = 1;
/** MsoDocProperties.msoPropertyTypeString. */
export const MSO_PROPERTY_TYPE_STRING = 4;
