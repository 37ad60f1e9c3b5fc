import type { BatchOutcome } from "../../hosts/batch/check-workbook";
import type { EngineConfig } from "../../core/session";

/**
 * The messages between the page and its engine worker (a Web Worker: the page stays responsive while a workbook is
 * read and checked). One request, one reply with the same id.
 */
export interface CheckRequest {
  id: number;
  /** The file's name as the batch shows it (“各单位/财政局.xlsx”). */
  name: string;
  /** The workbook's bytes, transferred to the worker (the page keeps no copy). */
  bytes: ArrayBuffer;
  options: EngineConfig;
}

export type CheckReply = { id: number; outcome: BatchOutcome } | { id: number; failure: string };

/** The id of the element the offline page carries the worker's code in (it cannot load a file from file://). */
export const WORKER_SOURCE_ID = "da-engine-worker";
/** The worker's file beside the served pages (app.html, taskpane.html). */
export const WORKER_FILE = "engine-worker.js";
