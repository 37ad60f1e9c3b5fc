import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { Finding } from "../../core/findings/finding";
import { NARRATIVE_SHEET, type InsertTextResult, type WorkbookHost } from "../host";
import { readWorkbook } from "./read-workbook";
import { collectCellMarks, type CellMark } from "../marks/cell-marks";
import { writeMarkedCopy } from "./marked-copy";
import { readStoredState } from "./stored-state";
import { PackageParts } from "./write/package-parts";
import { REVIEW_STATE_KEY } from "../../core/audit/review";

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

/**
 * A WorkbookHost over an .xlsx file opened in the browser. Everything stays in memory: marks are shown in the grid
 * view and written only into the downloaded copy; nothing is uploaded and nothing goes to localStorage. The
 * accountant's statuses per finding (REVIEW_STATE_KEY) are read from the file when it holds them (a marked copy,
 * or a workbook saved by Excel or WPS with the add-in) and written into the marked copy.
 */
export class FileWorkbookHost implements WorkbookHost {
  readonly label: string;
  private readonly original: Uint8Array;
  private view: FileHostView = { marks: [], findings: [] };
  private readonly listeners = new Set<() => void>();
  private readonly state = new Map<string, string>();

  constructor(bytes: ArrayBuffer | Uint8Array, fileName: string) {
    this.original = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    this.label = fileName;
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
    return this.state.get(key) ?? (key === REVIEW_STATE_KEY ? this.storedInFile(key) : undefined);
  }

  async saveState(key: string, value: string): Promise<void> {
    this.state.set(key, value);
  }

  /** The original workbook with the current marks (and inserted text), as .xlsx bytes; no value is changed. */
  markedCopy(): Promise<Uint8Array> {
    const review = this.state.get(REVIEW_STATE_KEY);
    return writeMarkedCopy(this.original, this.view.findings, {
      narrative: this.view.narrative,
      state: review === undefined ? undefined : { key: REVIEW_STATE_KEY, value: review },
    });
  }

  /** SHA-256 of the opened file's bytes, hex (for the 审核报告). */
  async digest(): Promise<string> {
    const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", this.original as BufferSource));
    return Array.from(hash, (b) => b.toString(16).padStart(2, "0")).join("");
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
