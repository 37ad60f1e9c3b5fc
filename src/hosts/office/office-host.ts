import type { Finding } from "../../core/findings/finding";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { InsertTextResult, WorkbookHost } from "../host";
import { annotationMode, detectCapabilities, type HostCapabilities } from "./capabilities";
import { officeExcelRun, PAYLOAD_BUDGET_BYTES, type ExcelRun } from "./excel-run";
import { clearMarksByColour } from "./clear-by-colour";
import { replaceMarks } from "./marks";
import { writeNarrative } from "./narrative-sheet";
import { DEFAULT_READ_CELL_BUDGET, readWorkbookSnapshot } from "./read-snapshot";
import { loadSetting, saveSetting } from "./workbook-state";
import { documentDigest } from "./document-digest";
import type { FileDigest } from "../../core/audit/digest";

export interface OfficeHostOptions {
  /** Defaults to Excel.run. */
  run?: ExcelRun;
  /** Defaults to what Office.context.requirements reports and office.js defines (capabilities.ts). */
  capabilities?: HostCapabilities;
  /** Cells read per request (default sized for a response under 4 MB). */
  readCellBudget?: number;
  /** Estimated bytes per request when marking (default 4 MB). */
  payloadBudgetBytes?: number;
}

/**
 * The live workbook, through Office.js. Every Office.js call of the add-in lives in src/hosts/office. Each method is
 * one Excel.run with a constant number of requests (see the functions it delegates to). Requires ExcelApi 1.9;
 * merged areas (1.13), notes (1.18) and comments (1.10) are used when the host has them.
 */
export class OfficeWorkbookHost implements WorkbookHost {
  readonly label = "Excel";
  private readonly run: ExcelRun;
  private readonly capabilities: (workbook: Excel.Workbook) => HostCapabilities;
  private readonly readCellBudget: number;
  private readonly payloadBudgetBytes: number;

  constructor(options: OfficeHostOptions = {}) {
    this.run = options.run ?? officeExcelRun;
    this.capabilities = (workbook) => options.capabilities ?? detectCapabilities(workbook);
    this.readCellBudget = options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET;
    this.payloadBudgetBytes = options.payloadBudgetBytes ?? PAYLOAD_BUDGET_BYTES;
  }

  readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot> {
    return this.run((context) => readWorkbookSnapshot(context, this.capabilities(context.workbook), this.readCellBudget, onProgress));
  }

  applyMarks(findings: readonly Finding[]): Promise<void> {
    return this.run((context) => replaceMarks(context, annotationMode(this.capabilities(context.workbook)), findings, this.payloadBudgetBytes));
  }

  clearMarks(): Promise<void> {
    return this.applyMarks([]);
  }

  clearMarksByColour(): Promise<void> {
    return this.run((context) => clearMarksByColour(context, annotationMode(this.capabilities(context.workbook)), this.payloadBudgetBytes));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  insertText(paragraphs: readonly string[], options: { overwrite: boolean }): Promise<InsertTextResult> {
    return this.run((context) => writeNarrative(context, paragraphs, options.overwrite));
  }

  loadState(key: string): Promise<string | undefined> {
    return this.run((context) => loadSetting(context, key));
  }

  saveState(key: string, value: string): Promise<void> {
    return this.run((context) => saveSetting(context, key, value));
  }

  fileDigest(): Promise<FileDigest> {
    return documentDigest();
  }
}
