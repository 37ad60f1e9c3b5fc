import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { FileWorkbookHost, TypedStore } from "./file-host";

/**
 * The .xlsx reader and the file host (reader + marked-copy writer), loaded on first use: chunks of their own,
 * fetched when a page first opens a file — the pane's prior-year workbook, app.html's workbook.
 */
export function readWorkbookOnDemand(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookSnapshot> {
  return import(/* webpackChunkName: "xlsx-reader" */ "./read-workbook").then((reader) => reader.readWorkbook(data, name));
}

/** A FileWorkbookHost over an opened file (reads it, marks it in memory, writes the marked copy); typed state kept in `store`. */
export function openFileHost(data: ArrayBuffer | Uint8Array, name: string, store?: TypedStore): Promise<FileWorkbookHost> {
  return import(/* webpackChunkName: "file-host" */ "./file-host").then((module) => new module.FileWorkbookHost(data, name, store));
}
