/**
 * A small in-memory fake of the WPS 表格 object model, for the members the WPS host uses (src/hosts/wps/wps-api.ts),
 * behaving as the WPS JSAPI documentation (and Excel's classic model, which it mirrors) describes:
 * - collections are 1-based; Item(name) throws for a missing name; parameterised members are methods;
 * - Value2 / Formula give a scalar for one cell and rows × columns for more; empty cells read undefined; an error
 *   value reads as its COM code (VT_ERROR) in Value2 and as "#REF!" in Text;
 * - NumberFormat, Text, MergeCells, Hidden and Interior properties read null when the cells of the range differ;
 * - UsedRange covers cells with a value, a format or a comment (A1 on an empty sheet);
 * - Select fails on a sheet that is not active; AddComment fails where a comment exists; a custom document
 *   property holds at most 255 characters.
 * Every member access from the add-in crosses a counting proxy, as each one is a call into WPS.
 */
import { cellAddress, parseCellAddress } from "../../../src/core/snapshot/address";
import type { CellRange } from "../../../src/core/snapshot/types";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
export const XL_NONE = -4142;
export const WHITE = 0xffffff;

export interface FakeInterior {
  Color: number;
  Pattern: number;
  PatternColor: number;
  TintAndShade: number;
  PatternTintAndShade: number;
}

export interface FakeCell {
  value?: string | number | boolean;
  /** Without "=". */
  formula?: string;
  /** "#REF!" */
  error?: string;
  numberFormat: string;
  interior: FakeInterior;
  font: { name: string; color: number; bold: boolean };
  comment?: string;
  wrapText: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<number, FakeCell>;
  merges: CellRange[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  columnWidths: Map<number, number>;
  /** Worksheet.Visible: −1 visible (default), 0 hidden, 2 very hidden. */
  visible?: number;
}

/** Which optional members this build of WPS has (all by default). */
export interface FakeFeatures {
  comments: boolean;
  mergeCells: boolean;
  documentProperties: boolean;
  /** Application.FileSystem and Application.Workbooks.Open. */
  fileSystem: boolean;
  /** Application.Env (GetTempPath). */
  env: boolean;
  /** FileSystem's binary-string calls refuse a path with a folder in it, as one developer reported of a 2025 build. */
  binaryStringsInOwnFolderOnly: boolean;
}

/** The workbook's content: it survives hosts and sessions, as a saved file survives reopening. */
export class FakeWpsWorkbook {
  sheets: FakeSheet[] = [];
  properties: { name: string; value: string }[] = [];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  screenUpdating = true;
  /** Custom document properties Add accepts before it fails (a full or locked workbook); undefined: no limit. */
  propertyAddsLeft?: number;
  /** Folder of the saved file (Workbook.Path); undefined before the workbook is first saved. */
  path?: string;
  /** Workbook.Saved: false once edited after the last save. */
  saved = true;
  /** Calls made into WPS, by member ("Range.Value2"). */
  readonly calls = new Map<string, number>();

  constructor(readonly name = "工作簿.xlsx") {}

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, at = this.sheets.length): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), merges: [], hiddenRows: new Set(), hiddenColumns: new Set(), columnWidths: new Map() };
    this.sheets.splice(at, 0, sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  /** Sets a cell's content (formula without "="), creating the sheet if needed. */
  setCell(sheet: string, address: string, content: Partial<Pick<FakeCell, "value" | "formula" | "error" | "numberFormat" | "comment">>): FakeCell {
    const { row, col } = parseCellAddress(address);
    const cell = cellAt(this.sheet(sheet) ?? this.addSheet(sheet), row, col, true);
    Object.assign(cell, content);
    return cell;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseCellAddress(address);
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  /** Plain data, to rebuild the workbook elsewhere (a browser page) with fromJson. */
  toJson(): string {
    return JSON.stringify({
      name: this.name,
      properties: this.properties,
      sheets: this.sheets.map((s) => ({
        ...s,
        cells: [...s.cells],
        hiddenRows: [...s.hiddenRows],
        hiddenColumns: [...s.hiddenColumns],
        columnWidths: [...s.columnWidths],
      })),
    });
  }

  static fromJson(json: string): FakeWpsWorkbook {
    const data = JSON.parse(json) as {
      name: string;
      properties: FakeWpsWorkbook["properties"];
      sheets: (Omit<FakeSheet, "cells" | "hiddenRows" | "hiddenColumns" | "columnWidths"> &
        Record<"cells" | "hiddenRows" | "hiddenColumns" | "columnWidths", never[]>)[];
    };
    const workbook = new FakeWpsWorkbook(data.name);
    workbook.properties = data.properties;
    for (const s of data.sheets) {
      const sheet = workbook.addSheet(s.name);
      Object.assign(sheet, {
        merges: s.merges,
        cells: new Map(s.cells),
        hiddenRows: new Set(s.hiddenRows),
        hiddenColumns: new Set(s.hiddenColumns),
        columnWidths: new Map(s.columnWidths),
      });
    }
    return workbook;
  }

  get totalCalls(): number {
    return [...this.calls.values()].reduce((a, b) => a + b, 0);
  }

  resetCalls(): void {
    this.calls.clear();
  }

  count(member: string): void {
    this.calls.set(member, (this.calls.get(member) ?? 0) + 1);
  }
}

export function defaultInterior(): FakeInterior {
  return { Color: WHITE, Pattern: XL_NONE, PatternColor: 0, TintAndShade: 0, PatternTintAndShade: 0 };
}

function emptyCell(): FakeCell {
  return { numberFormat: "General", interior: defaultInterior(), font: { name: "宋体", color: 0, bold: false }, wrapText: false };
}

function key(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

function cellAt(sheet: FakeSheet, row: number, col: number, create: boolean): FakeCell {
  const k = key(row, col);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = emptyCell();
    if (create) sheet.cells.set(k, cell);
  }
  return cell;
}

const DEFAULT_CELL = JSON.stringify(emptyCell());

function isUsed(cell: FakeCell): boolean {
  return cell.value !== undefined || cell.formula !== undefined || cell.error !== undefined || JSON.stringify({ ...cell, value: undefined }) !== DEFAULT_CELL;
}

/** COM error codes (VT_ERROR) of Excel's error values, as Value2 hands them over. */
const ERROR_CODES: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

/** What WPS keeps for the add-in's pages during a session: task panes and PluginStorage. */
export class FakeAddinSession {
  panes: { ID: number; url: string; title?: string; Visible: boolean }[] = [];
  storage = new Map<string, string>();
  /** The computer's files, as FileSystem sees them: path → binary string (one character per byte). */
  files = new Map<string, string>();
  /** Paths opened with Workbooks.Open, in order. */
  opened: string[] = [];
  tmpdir = "C:\\Users\\kuaiji\\AppData\\Local\\Temp\\";
  /** What Env.GetTempPath gives: WPS's own temporary folder. */
  tempPath = "C:\\Users\\kuaiji\\AppData\\Local\\Temp\\wps";
}

/** The application object the add-in sees (every member access counted), over a workbook. */
export function fakeApplication(workbook: FakeWpsWorkbook | null, features: Partial<FakeFeatures> = {}, session = new FakeAddinSession()): unknown {
  const all: FakeFeatures = {
    comments: true,
    mergeCells: true,
    documentProperties: true,
    fileSystem: true,
    env: true,
    binaryStringsInOwnFolderOnly: false,
    ...features,
  };
  const bridge = new Bridge(workbook);
  return bridge.wrap(new FakeApplication(workbook, all, session), "Application");
}

/** Counting proxies: each get/set/call from the add-in counts once; objects handed back are proxied too. */
class Bridge {
  private readonly targets = new WeakMap<object, object>();
  constructor(private readonly workbook: FakeWpsWorkbook | null) {}

  wrap<T extends object>(target: T, type: string): T {
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        this.workbook?.count(`${type}.${prop}`);
        const value = Reflect.get(t, prop, t);
        if (typeof value === "function")
          return (...args: unknown[]) =>
            this.out(
              value.apply(
                t,
                args.map((a) => this.unwrap(a)),
              ),
            );
        return this.out(value);
      },
      set: (t, prop, value) => {
        this.workbook?.count(`${type}.${String(prop)}`);
        return Reflect.set(t, prop, this.unwrap(value), t);
      },
    });
    this.targets.set(proxy, target);
    return proxy;
  }

  private out(value: unknown): unknown {
    return value instanceof FakeObject ? this.wrap(value, value.type) : value;
  }

  private unwrap(value: unknown): unknown {
    return value && typeof value === "object" ? (this.targets.get(value) ?? value) : value;
  }
}

abstract class FakeObject {
  abstract readonly type: string;
}

class FakeApplication extends FakeObject {
  readonly type = "Application";
  constructor(
    private readonly workbook: FakeWpsWorkbook | null,
    private readonly features: FakeFeatures,
    private readonly session: FakeAddinSession,
  ) {
    super();
  }
  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    if (!/^(https?|file):\/\//.test(url)) throw new Error("CreateTaskPane 需要完整的网址");
    const pane = { ID: this.session.panes.length + 1, url, title, Visible: false };
    this.session.panes.push(pane);
    return new FakeTaskPane(pane);
  }
  GetTaskPane(id: number): FakeTaskPane | null {
    const pane = this.session.panes.find((p) => p.ID === id);
    return pane ? new FakeTaskPane(pane) : null;
  }
  get PluginStorage(): FakePluginStorage {
    return new FakePluginStorage(this.session.storage);
  }
  get FileSystem(): FakeFileSystem | undefined {
    return this.features.fileSystem ? new FakeFileSystem(this.session, this.features.binaryStringsInOwnFolderOnly) : undefined;
  }
  get Env(): FakeEnv | undefined {
    return this.features.env ? new FakeEnv(this.session) : undefined;
  }
  get Workbooks(): FakeWorkbooks | undefined {
    return this.features.fileSystem ? new FakeWorkbooks(this.session) : undefined;
  }
  get ActiveWorkbook(): FakeWorkbookObject | null {
    return this.workbook ? new FakeWorkbookObject(this.workbook, this.features) : null;
  }
  get ScreenUpdating(): boolean {
    return this.workbook?.screenUpdating ?? true;
  }
  set ScreenUpdating(on: boolean) {
    if (this.workbook) this.workbook.screenUpdating = on;
  }
}

class FakeTaskPane extends FakeObject {
  readonly type = "TaskPane";
  constructor(private readonly pane: FakeAddinSession["panes"][number]) {
    super();
  }
  get ID(): number {
    return this.pane.ID;
  }
  get Visible(): boolean {
    return this.pane.Visible;
  }
  set Visible(on: boolean) {
    this.pane.Visible = on;
  }
  Navigate(url: string): void {
    this.pane.url = url;
  }
}

/** Env: the folders WPS names. */
class FakeEnv extends FakeObject {
  readonly type = "Env";
  constructor(private readonly session: FakeAddinSession) {
    super();
  }
  GetTempPath(): string {
    return this.session.tempPath;
  }
}

/** FileSystem: files as binary strings; reading a missing file throws. */
class FakeFileSystem extends FakeObject {
  readonly type = "FileSystem";
  constructor(
    private readonly session: FakeAddinSession,
    private readonly ownFolderOnly: boolean,
  ) {
    super();
  }
  private refuse(path: string): void {
    if (this.ownFolderOnly && /[\\/]/.test(path)) throw new Error('path cannot contains "/" or "\\"');
  }
  readAsBinaryString(path: string): string {
    this.refuse(path);
    const data = this.session.files.get(path);
    if (data === undefined) throw new Error(`文件不存在：${path}`);
    return data;
  }
  writeAsBinaryString(path: string, data: string): boolean {
    this.refuse(path);
    this.session.files.set(path, data);
    return true;
  }
  tmpdir(): string {
    return this.session.tmpdir;
  }
}

/** Workbooks.Open opens a file that exists (the fake records the path). */
class FakeWorkbooks extends FakeObject {
  readonly type = "Workbooks";
  constructor(private readonly session: FakeAddinSession) {
    super();
  }
  Open(path: string): void {
    if (!this.session.files.has(path)) throw new Error(`无法打开：${path}`);
    this.session.opened.push(path);
  }
}

/** PluginStorage keeps strings, as WPS's does. */
class FakePluginStorage extends FakeObject {
  readonly type = "PluginStorage";
  constructor(private readonly storage: Map<string, string>) {
    super();
  }
  getItem(key: string): string | null {
    return this.storage.get(key) ?? null;
  }
  setItem(key: string, value: string | number | boolean): void {
    this.storage.set(key, String(value));
  }
}

class FakeWorkbookObject extends FakeObject {
  readonly type = "Workbook";
  constructor(
    private readonly wb: FakeWpsWorkbook,
    private readonly features: FakeFeatures,
  ) {
    super();
  }
  get Name(): string {
    return this.wb.name;
  }
  get Path(): string {
    return this.wb.path ?? "";
  }
  get FullName(): string {
    return this.wb.path ? `${this.wb.path}\\${this.wb.name}` : this.wb.name;
  }
  get Saved(): boolean {
    return this.wb.saved;
  }
  get Worksheets(): FakeWorksheets {
    return new FakeWorksheets(this.wb, this.features);
  }
  get CustomDocumentProperties(): FakeProperties | undefined {
    return this.features.documentProperties ? new FakeProperties(this.wb) : undefined;
  }
}

class FakeWorksheets extends FakeObject {
  readonly type = "Worksheets";
  constructor(
    private readonly wb: FakeWpsWorkbook,
    private readonly features: FakeFeatures,
  ) {
    super();
  }
  get Count(): number {
    return this.wb.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const sheet = typeof index === "number" ? this.wb.sheets[index - 1] : this.wb.sheet(index);
    if (!sheet) throw new Error(`下标越界: ${index}`);
    return new FakeWorksheet(this.wb, sheet, this.features);
  }
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    if (before === null || after === null) throw new Error("类型不匹配：可选参数请省略或传 undefined");
    let n = this.wb.sheets.length + 1;
    while (this.wb.sheet(`Sheet${n}`)) n++;
    const at = after
      ? this.wb.sheets.indexOf(after.state) + 1
      : before
        ? this.wb.sheets.indexOf(before.state)
        : this.wb.sheets.findIndex((s) => s.name === this.wb.activeSheet);
    const sheet = this.wb.addSheet(`Sheet${n}`, Math.max(0, at));
    this.wb.activeSheet = sheet.name;
    return new FakeWorksheet(this.wb, sheet, this.features);
  }
}

class FakeWorksheet extends FakeObject {
  readonly type = "Worksheet";
  constructor(
    private readonly wb: FakeWpsWorkbook,
    readonly state: FakeSheet,
    private readonly features: FakeFeatures,
  ) {
    super();
  }
  get Name(): string {
    return this.state.name;
  }
  set Name(name: string) {
    if (this.wb.sheet(name)) throw new Error(`工作表名称“${name}”已存在`);
    if (this.wb.activeSheet === this.state.name) this.wb.activeSheet = name;
    this.state.name = name;
  }
  get Visible(): number {
    return this.state.visible ?? -1;
  }
  get UsedRange(): FakeRange {
    let box: CellRange | undefined;
    const grow = (row: number, col: number) => {
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    };
    for (const [k, cell] of this.state.cells) if (isUsed(cell)) grow(Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS);
    for (const m of this.state.merges) {
      grow(m.top, m.left);
      grow(m.bottom, m.right);
    }
    return this.range(box ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  Range(address: string): FakeRange {
    return this.range(parseAddress(address));
  }
  Activate(): void {
    this.wb.activeSheet = this.state.name;
  }
  private range(box: CellRange): FakeRange {
    return new FakeRange(this.wb, this.state, box, this.features);
  }
}

/** "A1", "A1:B5", "A:A" (whole columns). */
function parseAddress(address: string): CellRange {
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (columns) return { top: 0, left: parseCellAddress(`${columns[1]}1`).col, bottom: MAX_ROWS - 1, right: parseCellAddress(`${columns[2]}1`).col };
  const [a, b] = address.split(":");
  const start = parseCellAddress(a);
  const end = b ? parseCellAddress(b) : start;
  return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
}

class FakeCount extends FakeObject {
  readonly type = "Lines";
  constructor(readonly Count: number) {
    super();
  }
}

class FakeHidden extends FakeObject {
  readonly type: string;
  constructor(
    private readonly hidden: Set<number>,
    private readonly from: number,
    private readonly to: number,
    type: string,
  ) {
    super();
    this.type = type;
  }
  get Hidden(): boolean | null {
    const flags = new Set<boolean>();
    for (let i = this.from; i <= this.to; i++) flags.add(this.hidden.has(i));
    return flags.size === 1 ? [...flags][0] : null;
  }
}

class FakeRange extends FakeObject {
  readonly type = "Range";
  constructor(
    private readonly wb: FakeWpsWorkbook,
    private readonly sheet: FakeSheet,
    readonly box: CellRange,
    private readonly features: FakeFeatures,
  ) {
    super();
    if (!features.comments) Object.assign(this, { AddComment: undefined });
    if (!features.mergeCells) Object.defineProperty(this, "MergeCells", { value: undefined });
  }

  get Row(): number {
    return this.box.top + 1;
  }
  get Column(): number {
    return this.box.left + 1;
  }
  get Rows(): FakeCount {
    return new FakeCount(this.box.bottom - this.box.top + 1);
  }
  get Columns(): FakeCount {
    return new FakeCount(this.box.right - this.box.left + 1);
  }

  get Value2(): unknown {
    return this.shaped((cell) => (cell.error !== undefined ? ERROR_CODES[cell.error] : cell.value));
  }
  set Value2(input: unknown) {
    this.write(input, (cell, v) => {
      delete cell.formula;
      delete cell.error;
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") {
        cell.formula = v.slice(1);
        cell.value = 0;
      } else cell.value = v === "" || v === null ? undefined : (v as FakeCell["value"]);
    });
  }
  get Formula(): unknown {
    return this.shaped((cell) =>
      cell.formula !== undefined
        ? `=${cell.formula}`
        : (cell.error ?? (cell.value === undefined ? "" : typeof cell.value === "boolean" ? String(cell.value).toUpperCase() : String(cell.value))),
    );
  }
  get NumberFormat(): string | null {
    return this.uniform((cell) => cell.numberFormat);
  }
  set NumberFormat(format: string | null) {
    this.write(format, (cell) => (cell.numberFormat = format ?? "General"));
  }
  get Text(): unknown {
    return this.uniform((cell) => cell.error ?? (cell.value === undefined ? "" : String(cell.value)));
  }
  get MergeCells(): boolean | null {
    return this.uniform((_, row, col) => this.sheet.merges.some((m) => inside(m, row, col)));
  }
  get MergeArea(): FakeRange {
    this.single("MergeArea");
    const area = this.sheet.merges.find((m) => inside(m, this.box.top, this.box.left));
    return new FakeRange(this.wb, this.sheet, area ?? this.box, this.features);
  }
  get EntireRow(): FakeHidden {
    return new FakeHidden(this.sheet.hiddenRows, this.box.top, this.box.bottom, "EntireRow");
  }
  get EntireColumn(): FakeHidden {
    return new FakeHidden(this.sheet.hiddenColumns, this.box.left, this.box.right, "EntireColumn");
  }
  get Interior(): FakeRangeInterior {
    return new FakeRangeInterior(this);
  }
  get Comment(): FakeComment | null {
    this.single("Comment");
    const cell = this.sheet.cells.get(key(this.box.top, this.box.left));
    return cell?.comment !== undefined ? new FakeComment(cell) : null;
  }
  AddComment(text: string): FakeComment {
    this.single("AddComment");
    const cell = cellAt(this.sheet, this.box.top, this.box.left, true);
    if (cell.comment !== undefined) throw new Error("AddComment 失败：单元格已有批注");
    cell.comment = text;
    return new FakeComment(cell);
  }
  ClearComments(): void {
    this.existing((cell) => delete cell.comment);
  }
  ClearContents(): void {
    this.existing((cell) => {
      delete cell.value;
      delete cell.formula;
      delete cell.error;
    });
  }
  Select(): void {
    if (this.wb.activeSheet !== this.sheet.name) throw new Error("Range 类的 Select 方法无效：工作表未激活");
    this.wb.selection = { sheet: this.sheet.name, address: cellAddress(this.box.top, this.box.left) };
  }
  set WrapText(on: boolean) {
    this.write(on, (cell) => (cell.wrapText = on));
  }
  set ColumnWidth(width: number) {
    for (let c = this.box.left; c <= this.box.right; c++) this.sheet.columnWidths.set(c, width);
  }

  /** Scalar for one cell, rows × columns otherwise. */
  private shaped(read: (cell: FakeCell) => unknown): unknown {
    const grid = this.grid(read);
    return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
  }

  /** The value shared by every cell, or null when they differ. */
  uniform<T>(read: (cell: FakeCell, row: number, col: number) => T): T | null {
    let first: T | undefined;
    let seen = false;
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        const v = read(this.sheet.cells.get(key(r, c)) ?? emptyCell(), r, c);
        if (!seen) [first, seen] = [v, true];
        else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  private grid<T>(read: (cell: FakeCell) => T): T[][] {
    const { top, left, bottom, right } = this.box;
    if ((bottom - top + 1) * (right - left + 1) > 5_000_000) throw new Error("Fake: range read above 5 million cells");
    return Array.from({ length: bottom - top + 1 }, (_, i) =>
      Array.from({ length: right - left + 1 }, (_, j) => read(this.sheet.cells.get(key(top + i, left + j)) ?? emptyCell())),
    );
  }

  /** Writes a scalar to every cell, or an array of rows cell by cell. */
  write(input: unknown, set: (cell: FakeCell, value: unknown) => void): void {
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        const v = Array.isArray(input) ? (input as unknown[][])[r - this.box.top][c - this.box.left] : input;
        set(cellAt(this.sheet, r, c, true), v);
      }
    }
  }

  private existing(f: (cell: FakeCell) => void): void {
    for (const [k, cell] of this.sheet.cells) if (inside(this.box, Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS)) f(cell);
  }

  private single(member: string): void {
    if (this.box.top !== this.box.bottom || this.box.left !== this.box.right) throw new Error(`Fake: ${member} of a multi-cell range`);
  }
}

function inside(area: CellRange, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Range.Interior: reads the shared value (null when cells differ), writes every cell. */
class FakeRangeInterior extends FakeObject {
  readonly type = "Interior";
  constructor(range: FakeRange) {
    super();
    for (const prop of ["Color", "Pattern", "PatternColor", "TintAndShade", "PatternTintAndShade"] as const) {
      Object.defineProperty(this, prop, {
        get: () => range.uniform((cell) => cell.interior[prop]),
        set: (v: number) => range.write(v, (cell) => setInterior(cell, prop, v)),
      });
    }
  }
}

/** As in Excel: a colour on a cell without fill makes it solid; pattern "none" removes the whole fill. */
function setInterior(cell: FakeCell, prop: keyof FakeInterior, value: number): void {
  if (prop === "Pattern" && value === XL_NONE) {
    cell.interior = defaultInterior();
    return;
  }
  if (prop === "Color" && cell.interior.Pattern === XL_NONE) cell.interior.Pattern = 1;
  cell.interior[prop] = value;
}

class FakeComment extends FakeObject {
  readonly type = "Comment";
  constructor(private readonly cell: FakeCell) {
    super();
  }
  Text(): string {
    return this.cell.comment ?? "";
  }
  Delete(): void {
    delete this.cell.comment;
  }
}

class FakeProperties extends FakeObject {
  readonly type = "DocumentProperties";
  constructor(private readonly wb: FakeWpsWorkbook) {
    super();
  }
  get Count(): number {
    return this.wb.properties.length;
  }
  Item(index: number | string): FakeProperty {
    const property = typeof index === "number" ? this.wb.properties[index - 1] : this.wb.properties.find((p) => p.name === index);
    if (!property) throw new Error(`文档属性不存在: ${index}`);
    return new FakeProperty(this.wb, property);
  }
  Add(name: string, _link: boolean, type: number, value: string): FakeProperty {
    if (type !== 4) throw new Error("Fake: only string properties");
    if (this.wb.properties.some((p) => p.name === name)) throw new Error(`文档属性已存在: ${name}`);
    if (value.length > 255) throw new Error("文档属性的值不能超过 255 个字符");
    if (this.wb.propertyAddsLeft !== undefined && this.wb.propertyAddsLeft-- <= 0) throw new Error("无法添加文档属性");
    const property = { name, value };
    this.wb.properties.push(property);
    return new FakeProperty(this.wb, property);
  }
}

class FakeProperty extends FakeObject {
  readonly type = "DocumentProperty";
  constructor(
    private readonly wb: FakeWpsWorkbook,
    private readonly property: { name: string; value: string },
  ) {
    super();
  }
  get Name(): string {
    return this.property.name;
  }
  get Value(): string {
    return this.property.value;
  }
  Delete(): void {
    this.wb.properties.splice(this.wb.properties.indexOf(this.property), 1);
  }
}
