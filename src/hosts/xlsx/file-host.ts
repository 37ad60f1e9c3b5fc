import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { Finding } from "../../core/findings/finding";
import { NARRATIVE_SHEET, type InsertTextResult, type WorkbookHost } from "../host";
import { readWorkbook } from "./read-workbook";
import { collectCellMarks, type CellMark } from "../marks/cell-marks";
import { stateInMarkedCopy, writeMarkedCopy } from "./marked-copy";
import { readStoredState } from "./stored-state";
import { PackageParts } from "./write/package-parts";
import { REVIEW_STATE_KEY } from "../../core/audit/review";
import { fileDigestOf, type FileDigest } from "../../core/audit/digest";

/** Where text goes when the workbook already has a filled 情况说明 and the user chose to overwrite: never its cells (a second time: 情况说明（新2）). */
export const NEW_NARRATIVE_SHEET = "情况说明（新）";

/** What the standalone page shows besides the pane: the sheet grid, marks, selection, inserted text. */
export interface FileHostView {
  snapshot?: WorkbookSnapshot;
  marks: CellMark[];
  findings: readonly Finding[];
  selection?: { sheet: string; cell: string };
  narrative?: { sheet: string; paragraphs: readonly string[] };
}

/** Where the page keeps what the accountant typed between visits (the browser's localStorage). */
export type TypedStore = Pick<Storage, "getItem" | "setItem">;

/**
 * A WorkbookHost over an .xlsx file opened in the browser. The workbook stays in memory: marks are shown in the grid
 * view and written only into the downloaded copy; nothing is uploaded. What the accountant types (host state) is
 * kept in `store` under a key of this very workbook (its name, size and a checksum of its bytes), so it is back
 * after a reload, and goes into the marked copy, from which it is restored when that copy is opened. The
 * accountant's statuses per finding (REVIEW_STATE_KEY) are also read from a workbook saved by Excel or WPS with
 * the add-in.
 */
export class FileWorkbookHost implements WorkbookHost {
  readonly label: string;
  private readonly original: Uint8Array;
  private view: FileHostView = { marks: [], findings: [] };
  private readonly listeners = new Set<() => void>();
  private readonly state: Map<string, string>;
  private readonly storeKey: string;
  /** State typed since the last marked copy was made. */
  private unsaved = false;

  constructor(
    bytes: ArrayBuffer | Uint8Array,
    fileName: string,
    private readonly store?: TypedStore,
  ) {
    this.original = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    this.label = fileName;
    this.storeKey = `disclosure-assistant:${fileName}:${this.original.length}:${checksum(this.original)}:`;
    this.state = new Map(Object.entries(stateInMarkedCopy(this.original)));
  }

  /** For useSyncExternalStore: the view object changes identity on every update. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): FileHostView => this.view;

  async readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    onProgress?.(0, 1);
    const snapshot = await readWorkbook(this.original, this.label);
    onProgress?.(1, 1);
    this.update({ snapshot });
    return snapshot;
  }

  async applyMarks(findings: readonly Finding[]): Promise<void> {
    this.update({ findings, marks: collectCellMarks(findings) });
  }

  async clearMarks(): Promise<void> {
    this.update({ findings: [], marks: [] });
  }

  /** A file in the page keeps no restore record: the same as clearMarks. */
  clearMarksByColour(): Promise<void> {
    return this.clearMarks();
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.update({ selection: { sheet, cell } });
  }

  async insertText(paragraphs: readonly string[], options: { overwrite: boolean }): Promise<InsertTextResult> {
    const occupied = this.originalHasText(NARRATIVE_SHEET) || this.view.narrative !== undefined;
    if (occupied && !options.overwrite) return { written: false, reason: "occupied", sheet: NARRATIVE_SHEET };
    const sheet = this.narrativeTarget();
    this.update({ narrative: { sheet, paragraphs: [...paragraphs] } });
    return { written: true, sheet, range: `A1:A${Math.max(paragraphs.length, 1)}` };
  }

  async loadState(key: string): Promise<string | undefined> {
    const stored = this.storedValue(key);
    if (stored !== undefined) this.state.set(key, stored); // kept for the marked copy
    return this.state.get(key) ?? (key === REVIEW_STATE_KEY ? this.storedInFile(key) : undefined);
  }

  async saveState(key: string, value: string): Promise<void> {
    if ((await this.loadState(key)) === value) return;
    this.state.set(key, value);
    this.unsaved = true;
    try {
      this.store?.setItem(this.storeKey + key, value);
    } catch {
      // storage full or refused (private window): the value stays for this visit and goes into the marked copy
    }
  }

  /** Words or figures typed since the last marked copy was made (the page warns before it is closed). */
  hasUnsavedState(): boolean {
    return this.unsaved;
  }

  /** The original workbook with the current marks (and inserted text, and what was typed), as .xlsx bytes; no value is changed. */
  async markedCopy(): Promise<Uint8Array> {
    const state = Object.fromEntries(this.state);
    const bytes = await writeMarkedCopy(this.original, this.view.findings, { narrative: this.view.narrative, state });
    this.unsaved = false;
    return bytes;
  }

  private storedValue(key: string): string | undefined {
    try {
      return this.store?.getItem(this.storeKey + key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** SHA-256 of the opened file's bytes (for the 审核报告). */
  async fileDigest(): Promise<FileDigest> {
    return fileDigestOf(this.original);
  }

  private storedInFile(key: string): string | undefined {
    try {
      return readStoredState(PackageParts.fromZip(this.original), key);
    } catch {
      return undefined;
    }
  }

  /** 情况说明, or when the workbook's own 情况说明 holds text, the first of 情况说明（新）, 情况说明（新2）… that holds none. */
  private narrativeTarget(): string {
    if (!this.originalHasText(NARRATIVE_SHEET)) return NARRATIVE_SHEET;
    for (let n = 1; ; n++) {
      const name = n === 1 ? NEW_NARRATIVE_SHEET : NEW_NARRATIVE_SHEET.replace("）", `${n}）`);
      if (!this.originalHasText(name)) return name;
    }
  }

  private originalHasText(name: string): boolean {
    const sheet = this.view.snapshot?.sheets.find((s) => s.name === name);
    return sheet !== undefined && sheet.cells.some((row) => row.some((c) => c !== undefined && c.value !== null && c.value !== ""));
  }

  private update(patch: Partial<FileHostView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** FNV-1a over the bytes: tells two workbooks of the same name and size apart (not a security measure). */
function checksum(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return (hash >>> 0).toString(16);
}
