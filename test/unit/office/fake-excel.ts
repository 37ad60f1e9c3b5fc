/**
 * A small in-memory fake of the part of the Excel object model the Office host uses. Its ranges are backed by a
 * grid, and it keeps Office.js's batch semantics: loaded properties and ClientResults are readable only after
 * context.sync(), and each sync checks the request and response against Excel on the web's 5 MB limit.
 * Writes are applied in call order, which is what the real batch does when it runs.
 */
import { cellAddress, parseCellAddress, quoteSheetName } from "../../../src/core/snapshot/address";
import type { CellRange } from "../../../src/core/snapshot/types";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  error?: string;
  numberFormat: string;
  fill: Fill;
  font: { color: string; bold: boolean; italic: boolean };
  borders: Record<string, { style: string; color: string }>;
}

export interface FakeSheetState {
  name: string;
  cells: Map<number, FakeCell>;
  merges: CellRange[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

export interface FakeAnnotation {
  id: string;
  sheet: string;
  row: number;
  col: number;
  content: string;
}

/** The workbook itself: survives sessions (Excel.run calls), as a saved file survives reopening. */
export class FakeWorkbookState {
  sheets: FakeSheetState[] = [];
  notes: FakeAnnotation[] = [];
  comments: FakeAnnotation[] = [];
  parts: { id: string; xml: string }[] = [];
  settings = new Map<string, unknown>();
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /**
   * Members the office.js in use does not define, as "Class.member" ("Workbook.notes", "Range.getMergedAreasOrNullObject"):
   * a local office.js older than the host, which still reports the member's requirement set.
   */
  officeJsLacks = new Set<string>();
  private nextId = 1;

  constructor(readonly name = "工作簿.xlsx") {}

  newId(): string {
    return `{${String(this.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`;
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): FakeSheetState {
    const sheet: FakeSheetState = { name, cells: new Map(), merges: [], hiddenRows: new Set(), hiddenColumns: new Set() };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Sets a cell's content; `formula` without "=". */
  setCell(sheet: string, address: string, content: Partial<Pick<FakeCell, "value" | "formula" | "error" | "numberFormat">>): void {
    const { row, col } = parseCellAddress(address);
    const target = this.sheet(sheet) ?? this.addSheet(sheet);
    Object.assign(cellAt(target, row, col, true), content);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseCellAddress(address);
    const s = this.sheet(sheet);
    return s?.cells.get(key(row, col));
  }
}

export function defaultFill(): Fill {
  return { color: "#FFFFFF", pattern: "None", patternColor: "#000000", tintAndShade: 0, patternTintAndShade: 0 };
}

function emptyCell(): FakeCell {
  return {
    value: "",
    numberFormat: "General",
    fill: defaultFill(),
    font: { color: "#000000", bold: false, italic: false },
    borders: {},
  };
}

function key(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

function cellAt(sheet: FakeSheetState, row: number, col: number, create: boolean): FakeCell {
  const k = key(row, col);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = emptyCell();
    if (create) sheet.cells.set(k, cell);
  }
  return cell;
}

function hasValue(cell: FakeCell): boolean {
  return cell.value !== "" || cell.formula !== undefined || cell.error !== undefined;
}

function sameFill(a: Fill, b: Fill): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function hasFormat(cell: FakeCell): boolean {
  return cell.numberFormat !== "General" || !sameFill(cell.fill, defaultFill()) || cell.font.bold || cell.font.italic;
}

/** UTF-8 size of the JSON; nested proxies are left out (their own loads are counted when they are made). */
function bytes(value: unknown): number {
  const json = JSON.stringify(value ?? null, (_, v: unknown) => (v && typeof v === "object" && "session" in v ? null : v));
  return Buffer.byteLength(json, "utf8");
}

/** One Excel.run: counts syncs and the bytes each request/response would carry. */
export class FakeSession {
  syncs = 0;
  /** Syncs refused because a payload was above the limit (nothing of that batch ran). */
  refused = 0;
  maxRequestBytes = 0;
  maxResponseBytes = 0;
  private requestBytes = 0;
  private responseBytes = 0;
  private pending: (() => void)[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly state: FakeWorkbookState) {
    this.workbook = new FakeWorkbook(this);
  }

  /** An action and its arguments go into the request. */
  action(args: unknown = null): void {
    this.requestBytes += 100 + bytes(args);
  }

  /** Loaded data comes back in the response and becomes readable after the sync. */
  deliver(data: unknown, onSync: () => void): void {
    this.action();
    this.responseBytes += bytes(data);
    this.pending.push(onSync);
  }

  sync(): void {
    this.syncs++;
    const tooBig = this.requestBytes > PAYLOAD_LIMIT_BYTES || this.responseBytes > PAYLOAD_LIMIT_BYTES;
    if (!tooBig) {
      this.maxRequestBytes = Math.max(this.maxRequestBytes, this.requestBytes);
      this.maxResponseBytes = Math.max(this.maxResponseBytes, this.responseBytes);
    }
    const pending = this.pending;
    this.pending = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    if (tooBig) {
      this.refused++;
      throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
    }
    for (const done of pending) done();
  }
}

/** Leaves out the members the state says office.js lacks (read as undefined, as on an older office.js). */
function withoutLacking(proxy: object, className: string, state: FakeWorkbookState): void {
  for (const lacking of state.officeJsLacks) {
    const [owner, member] = lacking.split(".");
    if (owner === className) Object.defineProperty(proxy, member, { value: undefined });
  }
}

/** Base of every proxy: properties read before load + sync throw, as in Office.js. */
abstract class FakeProxy {
  private loaded: Record<string, unknown> = {};
  constructor(protected readonly session: FakeSession) {}

  load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    const data = this.capture(names);
    this.session.deliver(data, () => Object.assign(this.loaded, data));
    return this;
  }

  protected abstract capture(names: string[]): Record<string, unknown>;

  protected get<T>(name: string): T {
    if (!(name in this.loaded)) throw new Error(`PropertyNotLoaded: ${name}`);
    return this.loaded[name] as T;
  }
}

export class FakeResult<T> {
  private ready = false;
  constructor(
    session: FakeSession,
    private readonly data: T,
  ) {
    session.deliver(data, () => (this.ready = true));
  }
  get value(): T {
    if (!this.ready) throw new Error("PropertyNotLoaded: value (sync first)");
    return this.data;
  }
}

/** Groups "items/a,items/b" into the item properties; "areas/items/x" into { areas: [x] }. */
function itemNames(names: string[], prefix: string): string[] {
  return names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
}

class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheets;
  readonly notes: FakeAnnotations;
  readonly comments: FakeAnnotations;
  readonly customXmlParts: FakeXmlParts;
  readonly settings: FakeSettings;

  constructor(session: FakeSession) {
    super(session);
    this.worksheets = new FakeWorksheets(session);
    this.notes = new FakeAnnotations(session, "notes");
    this.comments = new FakeAnnotations(session, "comments");
    this.customXmlParts = new FakeXmlParts(session);
    this.settings = new FakeSettings(session);
    withoutLacking(this, "Workbook", session.state);
  }
  get name(): string {
    return this.get("name");
  }
  protected capture(): Record<string, unknown> {
    return { name: this.session.state.name };
  }
}

class FakeWorksheets extends FakeProxy {
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItem(name: string): FakeWorksheet {
    this.session.action(name);
    const sheet = this.session.state.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return new FakeWorksheet(this.session, sheet);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.session.action(name);
    return new FakeWorksheet(this.session, this.session.state.sheet(name));
  }
  add(name: string): FakeWorksheet {
    this.session.action(name);
    return new FakeWorksheet(this.session, this.session.state.addSheet(name));
  }
  protected capture(names: string[]): Record<string, unknown> {
    const props = itemNames(names, "items/");
    const items = this.session.state.sheets.map((s) => new FakeWorksheet(this.session, s).load(props));
    return { items };
  }
}

class FakeWorksheet extends FakeProxy {
  readonly notes: FakeSheetNotes;
  constructor(
    session: FakeSession,
    private readonly sheet: FakeSheetState | undefined,
  ) {
    super(session);
    this.notes = new FakeSheetNotes(session, sheet?.name ?? "");
  }
  get name(): string {
    return this.get("name");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  protected capture(): Record<string, unknown> {
    return this.sheet ? { name: this.sheet.name, isNullObject: false } : { isNullObject: true };
  }
  private state(): FakeSheetState {
    if (!this.sheet) throw new Error("InvalidObjectPath: null object");
    return this.sheet;
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.session.action(valuesOnly);
    return usedRange(this.session, this.state(), { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }, valuesOnly);
  }
  getRange(address?: string): FakeRange {
    this.session.action(address ?? "");
    const r = address ? parseAddress(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
    return new FakeRange(this.session, this.state(), r);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.session.action([row, col, rows, cols]);
    return new FakeRange(this.session, this.state(), { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }
  activate(): void {
    this.session.action();
    this.session.state.activeSheet = this.state().name;
  }
}

/** "A1", "A1:B5", "A:A". */
function parseAddress(address: string): CellRange {
  const column = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (column) {
    const left = parseCellAddress(`${column[1]}1`).col;
    const right = parseCellAddress(`${column[2]}1`).col;
    return { top: 0, left, bottom: MAX_ROWS - 1, right };
  }
  const [a, b] = address.split(":");
  const start = parseCellAddress(a);
  const end = b ? parseCellAddress(b) : start;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

function usedRange(session: FakeSession, sheet: FakeSheetState, within: CellRange, valuesOnly: boolean): FakeRange {
  let box: CellRange | undefined;
  for (const [k, cell] of sheet.cells) {
    if (!(valuesOnly ? hasValue(cell) : hasValue(cell) || hasFormat(cell))) continue;
    const row = Math.floor(k / MAX_COLUMNS);
    const col = k % MAX_COLUMNS;
    if (row < within.top || row > within.bottom || col < within.left || col > within.right) continue;
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return new FakeRange(session, sheet, box);
}

type CellProperties = { format: { fill: Partial<Fill> } };

export class FakeRange extends FakeProxy {
  readonly format: { fill: { clear: () => void }; wrapText: boolean; columnWidth: number };

  constructor(
    session: FakeSession,
    private readonly sheet: FakeSheetState,
    private readonly box: CellRange | undefined,
  ) {
    super(session);
    const range = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the format object's accessors have their own `this`
    this.format = {
      fill: { clear: () => range.forEach((cell) => (cell.fill = defaultFill()), true) },
      set wrapText(_: boolean) {
        range.session.action(true);
      },
      set columnWidth(_: number) {
        range.session.action(1);
      },
    } as FakeRange["format"];
    withoutLacking(this, "Range", session.state);
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(rows: unknown[][]) {
    this.session.action(rows);
    this.grid((cell, i, j) => {
      const v = rows[i][j] as string | number | boolean;
      delete cell.formula;
      delete cell.error;
      if (typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@") cell.formula = v.slice(1);
      cell.value = typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@" ? 0 : v;
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(rows: string[][]) {
    this.session.action(rows);
    this.grid((cell, i, j) => (cell.numberFormat = rows[i][j]));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  protected capture(names: string[]): Record<string, unknown> {
    const b = this.box;
    if (!b) return { isNullObject: true };
    const data: Record<string, unknown> = { isNullObject: false };
    const read = (f: (cell: FakeCell) => unknown) => this.read(f);
    for (const name of names) {
      if (name === "address")
        data.address = `${quoteSheetName(this.sheet.name)}!${cellAddress(b.top, b.left)}${b.top === b.bottom && b.left === b.right ? "" : `:${cellAddress(b.bottom, b.right)}`}`;
      else if (name === "rowIndex") data.rowIndex = b.top;
      else if (name === "columnIndex") data.columnIndex = b.left;
      else if (name === "rowCount") data.rowCount = b.bottom - b.top + 1;
      else if (name === "columnCount") data.columnCount = b.right - b.left + 1;
      else if (name === "values") data.values = read((c) => c.error ?? c.value);
      else if (name === "numberFormat") data.numberFormat = read((c) => c.numberFormat);
      else if (name === "formulas") data.formulas = read((c) => (c.formula !== undefined ? `=${c.formula}` : (c.error ?? c.value)));
      else if (name === "valueTypes") data.valueTypes = read(valueType);
      else throw new Error(`Fake range cannot load ${name}`);
    }
    return data;
  }

  getCellProperties(options: { format: { fill: Record<string, boolean> } }): FakeResult<CellProperties[][]> {
    this.session.action(options);
    const wanted = Object.keys(options.format.fill) as (keyof Fill)[];
    const props = this.read((cell) => ({ format: { fill: Object.fromEntries(wanted.map((k) => [k, cell.fill[k]])) } }));
    return new FakeResult(this.session, props as CellProperties[][]);
  }

  setCellProperties(rows: { format?: { fill?: Partial<Fill> } }[][]): void {
    this.session.action(rows);
    this.grid((cell, i, j) => {
      const fill = rows[i][j].format?.fill;
      if (!fill) return;
      const pattern = fill.pattern ?? (fill.color !== undefined && cell.fill.pattern === "None" ? "Solid" : cell.fill.pattern);
      cell.fill = { ...cell.fill, ...fill, pattern };
    });
  }

  getRowProperties(_: { rowHidden: true }): FakeResult<{ rowIndex: number; rowHidden: boolean }[]> {
    const b = this.box!;
    const rows = Array.from({ length: b.bottom - b.top + 1 }, (_, i) => ({ rowIndex: b.top + i, rowHidden: this.sheet.hiddenRows.has(b.top + i) }));
    return new FakeResult(this.session, rows);
  }

  getColumnProperties(_: { columnHidden: true }): FakeResult<{ columnIndex: number; columnHidden: boolean }[]> {
    const b = this.box!;
    const cols = Array.from({ length: b.right - b.left + 1 }, (_, j) => ({ columnIndex: b.left + j, columnHidden: this.sheet.hiddenColumns.has(b.left + j) }));
    return new FakeResult(this.session, cols);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.session.action();
    const b = this.box!;
    const inside = this.sheet.merges.filter((m) => m.top >= b.top && m.bottom <= b.bottom && m.left >= b.left && m.right <= b.right);
    return new FakeRangeAreas(this.session, this.sheet, inside);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.session.action(valuesOnly);
    return usedRange(this.session, this.sheet, this.box!, valuesOnly);
  }

  getRange(address: string): FakeRange {
    this.session.action(address);
    const r = parseAddress(address);
    const b = this.box!;
    return new FakeRange(this.session, this.sheet, { top: b.top + r.top, left: b.left + r.left, bottom: b.top + r.bottom, right: b.left + r.right });
  }

  clear(applyTo: "Contents"): void {
    this.session.action(applyTo);
    this.forEach((cell) => {
      cell.value = "";
      delete cell.formula;
      delete cell.error;
    }, false);
  }

  select(): void {
    this.session.action();
    const b = this.box!;
    this.session.state.activeSheet = this.sheet.name;
    this.session.state.selection = { sheet: this.sheet.name, address: cellAddress(b.top, b.left) };
  }

  /** 2-D read; refuses ranges larger than the sheet's content would justify (a test reading whole columns is a bug). */
  private read<T>(f: (cell: FakeCell) => T): T[][] {
    const b = this.box!;
    if ((b.bottom - b.top + 1) * (b.right - b.left + 1) > 5_000_000) throw new Error("Fake: range read above 5 million cells");
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const line: T[] = [];
      for (let c = b.left; c <= b.right; c++) line.push(f(this.sheet.cells.get(key(r, c)) ?? emptyCell()));
      out.push(line);
    }
    return out;
  }

  private grid(f: (cell: FakeCell, i: number, j: number) => void): void {
    const b = this.box!;
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) f(cellAt(this.sheet, r, c, true), r - b.top, c - b.left);
  }

  /** Existing cells only (whole-column ranges stay cheap); `create` also materialises missing cells of small ranges. */
  private forEach(f: (cell: FakeCell) => void, create: boolean): void {
    this.session.action();
    const b = this.box!;
    if (create && (b.bottom - b.top + 1) * (b.right - b.left + 1) <= 10_000) return this.grid((cell) => f(cell));
    for (const [k, cell] of this.sheet.cells) {
      const r = Math.floor(k / MAX_COLUMNS);
      const c = k % MAX_COLUMNS;
      if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) f(cell);
    }
  }
}

function valueType(cell: FakeCell): string {
  if (cell.error !== undefined) return "Error";
  if (cell.value === "") return cell.formula !== undefined ? "String" : "Empty";
  if (typeof cell.value === "number") return Number.isInteger(cell.value) ? "Integer" : "Double";
  return typeof cell.value === "boolean" ? "Boolean" : "String";
}

class FakeRangeAreas extends FakeProxy {
  constructor(
    session: FakeSession,
    private readonly sheet: FakeSheetState,
    private readonly merges: CellRange[],
  ) {
    super(session);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get areas(): { items: FakeRange[] } {
    return this.get("areas");
  }
  protected capture(names: string[]): Record<string, unknown> {
    if (this.merges.length === 0) return { isNullObject: true };
    const props = itemNames(names, "areas/items/");
    return { isNullObject: false, areas: { items: this.merges.map((m) => new FakeRange(this.session, this.sheet, m).load(props)) } };
  }
}

/** workbook.notes / workbook.comments: items with content, location, delete. */
class FakeAnnotations extends FakeProxy {
  constructor(
    session: FakeSession,
    private readonly kind: "notes" | "comments",
  ) {
    super(session);
  }
  get items(): FakeAnnotationProxy[] {
    return this.get("items");
  }
  /** Comments: full address "Sheet!A1". */
  add(qualified: string, content: string): void {
    this.session.action(content);
    const bang = qualified.lastIndexOf("!");
    let sheet = qualified.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    addAnnotation(this.session.state, this.kind, sheet, qualified.slice(bang + 1), content);
  }
  protected capture(names: string[]): Record<string, unknown> {
    const props = itemNames(names, "items/");
    return { items: this.session.state[this.kind].map((a) => new FakeAnnotationProxy(this.session, this.kind, a).load(props)) };
  }
}

function addAnnotation(state: FakeWorkbookState, kind: "notes" | "comments", sheet: string, address: string, content: string): void {
  const { row, col } = parseCellAddress(address);
  if (state[kind].some((a) => a.sheet === sheet && a.row === row && a.col === col)) throw new Error(`InvalidArgument: ${kind} exists at ${address}`);
  state[kind].push({ id: state.newId(), sheet, row, col, content });
}

class FakeSheetNotes {
  constructor(
    private readonly session: FakeSession,
    private readonly sheet: string,
  ) {}
  add(cell: string, content: string): void {
    this.session.action(content);
    addAnnotation(this.session.state, "notes", this.sheet, cell, content);
  }
}

class FakeAnnotationProxy extends FakeProxy {
  constructor(
    session: FakeSession,
    private readonly kind: "notes" | "comments",
    private readonly annotation: FakeAnnotation,
  ) {
    super(session);
  }
  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.session.action(text);
    this.annotation.content = text;
  }
  delete(): void {
    this.session.action();
    const list = this.session.state[this.kind];
    list.splice(list.indexOf(this.annotation), 1);
  }
  getLocation(): FakeRange {
    this.session.action();
    const a = this.annotation;
    return new FakeRange(this.session, this.session.state.sheet(a.sheet)!, { top: a.row, left: a.col, bottom: a.row, right: a.col });
  }
  protected capture(names: string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => [n, n === "content" ? this.annotation.content : this.annotation.id]));
  }
}

class FakeXmlParts {
  constructor(private readonly session: FakeSession) {}
  add(xml: string): void {
    this.session.action(xml);
    this.session.state.parts.push({ id: this.session.state.newId(), xml });
  }
  getByNamespace(ns: string): FakeScopedParts {
    this.session.action(ns);
    return new FakeScopedParts(this.session, ns);
  }
}

class FakeScopedParts extends FakeProxy {
  constructor(
    session: FakeSession,
    private readonly ns: string,
  ) {
    super(session);
  }
  get items(): FakeXmlPart[] {
    return this.get("items");
  }
  protected capture(): Record<string, unknown> {
    const mine = this.session.state.parts.filter((p) => p.xml.includes(`xmlns="${this.ns}"`));
    return { items: mine.map((p) => new FakeXmlPart(this.session, p)) };
  }
}

class FakeXmlPart {
  constructor(
    private readonly session: FakeSession,
    private readonly part: { id: string; xml: string },
  ) {}
  getXml(): FakeResult<string> {
    return new FakeResult(this.session, this.part.xml);
  }
  delete(): void {
    this.session.action();
    const parts = this.session.state.parts;
    parts.splice(parts.indexOf(this.part), 1);
  }
}

class FakeSettings {
  constructor(private readonly session: FakeSession) {}
  add(k: string, value: unknown): void {
    this.session.action(value);
    this.session.state.settings.set(k, value);
  }
  getItemOrNullObject(k: string): FakeSetting {
    return new FakeSetting(this.session, this.session.state.settings, k);
  }
}

class FakeSetting extends FakeProxy {
  constructor(
    session: FakeSession,
    private readonly settings: Map<string, unknown>,
    private readonly k: string,
  ) {
    super(session);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get value(): unknown {
    return this.get("value");
  }
  protected capture(): Record<string, unknown> {
    return this.settings.has(this.k) ? { isNullObject: false, value: this.settings.get(this.k) } : { isNullObject: true };
  }
}
