import { parentPort, workerData } from "worker_threads";
import { checkOne, type BatchOptions } from "./check-one";
import { useNativeInflater } from "../native-inflater";

/** A job sent to a worker: one workbook's bytes and its name and hash. */
export interface WorkerJob {
  id: number;
  name: string;
  sha256: string;
  bytes: Uint8Array;
}

/**
 * A worker's answer: the outcome, the internal error that stopped this one workbook, or that it was not started
 * (Ctrl+C came while it waited in the worker's queue).
 */
export type WorkerReply = { id: number; outcome: Awaited<ReturnType<typeof checkOne>> } | { id: number; failure: string } | { id: number; notStarted: true };

/** What the pool gives each worker: the check's options, and the flag set (to 1) when no workbook may start any more. */
export interface WorkerSetup {
  options: BatchOptions;
  stop: Int32Array;
}

/**
 * The worker thread's loop: the workbooks sent to it, one after the other (the next may already wait in its queue
 * while it checks one), so a worker holds at most one workbook's check in memory.
 */
function serve({ options, stop }: WorkerSetup): void {
  let queue = Promise.resolve();
  parentPort!.on("message", (job: WorkerJob) => {
    queue = queue.then(() => answer(job, options, stop));
  });
}

async function answer(job: WorkerJob, options: BatchOptions, stop: Int32Array): Promise<void> {
  if (Atomics.load(stop, 0) !== 0) return parentPort!.postMessage({ id: job.id, notStarted: true } satisfies WorkerReply);
  try {
    parentPort!.postMessage({ id: job.id, outcome: await checkOne(job.name, job.sha256, job.bytes, options) } satisfies WorkerReply);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, failure: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
  }
}

useNativeInflater();
serve(workerData as WorkerSetup);
