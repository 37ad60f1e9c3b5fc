import type { BatchOutcome } from "../batch/check-workbook";
import type { CheckView, EngineConfig, Figures, NarrateInputs, Narrative, YearEndRecord } from "../../core/session";
import type { PackedSnapshot } from "../../core/snapshot/packed-snapshot";

/**
 * The messages between a page and its engine worker (a Web Worker: the page stays responsive while a workbook is
 * read and checked), for the batch and the single workbook alike. One request, one reply with the same id. Big data
 * crosses as transferred buffers (a workbook's bytes, a packed snapshot), never as a million objects; the check's
 * typed models stay in the worker, which answers with plain view data and keeps the analysis for the 说明 by `ref`.
 */
export interface EngineCalls {
  /** A workbook of a batch: its bytes (transferred) → its outcome row. */
  batch: { args: { name: string; bytes: ArrayBuffer; options: EngineConfig }; result: BatchOutcome };
  /** A workbook's bytes (transferred) → its snapshot packed, which the worker keeps for the next check (`ref`). */
  read: { args: { name: string; bytes: ArrayBuffer }; result: { ref: number; snapshot: PackedSnapshot } };
  /** Checks a snapshot (packed, or one the worker read: its `ref`) → the view; the worker keeps the analysis. */
  analyze: { args: { snapshot: PackedSnapshot | number; config: EngineConfig; others: AnalyzeOthers }; result: CheckView & { ref: number } };
  /** Writes the 说明 of a kept analysis. */
  narrate: { args: { ref: number; config: EngineConfig; inputs: NarrateInputs }; result: Narrative };
  /** Reads last year's workbook against a kept analysis (refused for another unit or year unless `accept`). */
  prior: {
    args: { ref: number; name: string; bytes: ArrayBuffer; config: EngineConfig; accept: boolean };
    result: { figures: Figures; yearEnds: YearEndRecord[]; snapshot: PackedSnapshot };
  };
  /** Reads this year's 预算公开 workbook (against a kept analysis when there is one). */
  budget: { args: { ref?: number; name: string; bytes: ArrayBuffer; accept: boolean }; result: { figures: Figures; snapshot: PackedSnapshot } };
}

/** The other workbooks of a check, packed; last year's 年末 amounts kept with the workbook. */
export interface AnalyzeOthers {
  priorYear?: PackedSnapshot;
  budget?: PackedSnapshot;
  priorYearEnds?: readonly YearEndRecord[];
}

export type EngineCall = keyof EngineCalls;

export type EngineRequest = { [K in EngineCall]: { id: number; call: K; args: EngineCalls[K]["args"] } }[EngineCall];

/** The worker's first message: it runs (its script loaded and allowed), so requests may be sent. */
export const READY = 0;

/**
 * A result, or a slice of one of its long lists sent ahead of it (reply-parts.ts), or a failure — which keeps its
 * error's name (WorkbookMismatchError, WorkbookReadError …): the pane tells them apart by name.
 */
export type EngineReply =
  { id: number; value: unknown } | { id: number; part: { key: string; items: unknown[] } } | { id: number; failure: { name: string; message: string } };

/** A reply put back together: the result or the failure. */
export type WholeReply = Exclude<EngineReply, { part: unknown }>;

/** The id of the element the offline page carries the worker's code in (it cannot load a file from file://). */
export const WORKER_SOURCE_ID = "da-engine-worker";
/** The worker's file beside the served pages (app.html, taskpane.html). */
export const WORKER_FILE = "engine-worker.js";
