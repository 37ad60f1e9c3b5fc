import type { FileWorkbookHost, TypedStore, WorkbookReader } from "./file-host";

/**
 * A FileWorkbookHost over an opened file (reads it — with `read`, the page's engine worker, when given — marks it in
 * memory, writes the marked copy); typed state kept in `store`. Loaded on first use: a chunk of its own, fetched when
 * the page first opens a file.
 */
export function openFileHost(data: ArrayBuffer | Uint8Array, name: string, store?: TypedStore, read?: WorkbookReader): Promise<FileWorkbookHost> {
  return import(/* webpackChunkName: "file-host" */ "./file-host").then((module) => new module.FileWorkbookHost(data, name, store, read));
}
