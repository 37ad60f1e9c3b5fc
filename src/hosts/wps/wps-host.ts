import type { Finding } from "../../core/findings/finding";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { InsertTextResult, WorkbookHost } from "../host";
import { detectCapabilities, type WpsCapabilities } from "./capabilities";
import { DocumentStore } from "./document-store";
import { clearMarksByColour } from "./clear-by-colour";
import { replaceMarks } from "./marks";
import { writeNarrative } from "./narrative-sheet";
import { readWorkbookSnapshot } from "./read-snapshot";
import type { WpsApplication, WpsWorkbook } from "./wps-api";
import { savedFileDigest } from "./wps-files";
import type { FileDigest } from "../../core/audit/digest";

export interface WpsHostOptions {
  /** Defaults to the page's global `Application`, which WPS gives every add-in page. */
  application?: () => WpsApplication;
  /** Defaults to what the workbook offers (detectCapabilities). */
  capabilities?: WpsCapabilities;
}

/**
 * The live workbook in WPS 表格, through its JavaScript object model. Every WPS call of the add-in lives in
 * src/hosts/wps. Calls are synchronous; each method works on the workbook active when it is called. State (settings,
 * prior-year and budget figures, the restore record of the marks) is kept in the workbook's custom document
 * properties (document-store.ts), so it travels with the file.
 */
export class WpsWorkbookHost implements WorkbookHost {
  readonly label = "WPS 表格";
  private readonly application: () => WpsApplication;

  constructor(private readonly options: WpsHostOptions = {}) {
    this.application = options.application ?? (() => (globalThis as unknown as { Application: WpsApplication }).Application);
  }

  async readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    const workbook = this.workbook();
    return readWorkbookSnapshot(workbook, this.capabilities(workbook), onProgress);
  }

  async applyMarks(findings: readonly Finding[]): Promise<void> {
    const workbook = this.workbook();
    const capabilities = this.capabilities(workbook);
    if (!capabilities.documentProperties) throw new Error("此版本 WPS 不支持自定义文档属性，标记无法记录原样，未做标记");
    replaceMarks(this.application(), workbook, new DocumentStore(workbook.CustomDocumentProperties), findings, capabilities.comments);
  }

  clearMarks(): Promise<void> {
    return this.applyMarks([]);
  }

  async clearMarksByColour(): Promise<void> {
    const workbook = this.workbook();
    const capabilities = this.capabilities(workbook);
    clearMarksByColour(this.application(), workbook, new DocumentStore(workbook.CustomDocumentProperties), capabilities.comments);
  }

  async select(sheet: string, cell: string): Promise<void> {
    const worksheet = this.workbook().Worksheets.Item(sheet);
    worksheet.Activate();
    worksheet.Range(cell).Select();
  }

  async insertText(paragraphs: readonly string[], options: { overwrite: boolean }): Promise<InsertTextResult> {
    return writeNarrative(this.workbook(), paragraphs, options.overwrite);
  }

  async loadState(key: string): Promise<string | undefined> {
    return new DocumentStore(this.workbook().CustomDocumentProperties).load(key);
  }

  async saveState(key: string, value: string): Promise<void> {
    new DocumentStore(this.workbook().CustomDocumentProperties).save(key, value);
  }

  async fileDigest(): Promise<FileDigest> {
    return savedFileDigest(this.application(), this.workbook());
  }

  private workbook(): WpsWorkbook {
    const workbook = this.application()?.ActiveWorkbook;
    if (!workbook) throw new Error("请先在 WPS 表格中打开要检查的工作簿");
    return workbook;
  }

  private capabilities(workbook: WpsWorkbook): WpsCapabilities {
    return this.options.capabilities ?? detectCapabilities(workbook);
  }
}
