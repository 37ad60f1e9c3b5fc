import { parentPort, workerData } from "worker_threads";
import { checkOne, type BatchOptions } from "./check-one";
import { useNativeInflater } from "../native-inflater";

/** A job sent to a worker: one workbook's bytes (transferred, not copied) and its name and hash. */
export interface WorkerJob {
  id: number;
  name: string;
  sha256: string;
  bytes: Uint8Array;
}

/** A worker's answer: the outcome, or the internal error that stopped this one workbook. */
export type WorkerReply = { id: number; outcome: Awaited<ReturnType<typeof checkOne>> } | { id: number; failure: string };

/** The worker thread's loop: one workbook at a time, so a worker holds at most one workbook in memory. */
function serve(options: BatchOptions): void {
  parentPort!.on("message", (job: WorkerJob) => {
    checkOne(job.name, job.sha256, job.bytes, options).then(
      (outcome) => parentPort!.postMessage({ id: job.id, outcome } satisfies WorkerReply),
      (err: unknown) => parentPort!.postMessage({ id: job.id, failure: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
    );
  });
}

useNativeInflater();
serve((workerData as { options: BatchOptions }).options);
