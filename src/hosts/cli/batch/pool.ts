import { Worker } from "worker_threads";
import { workerScript } from "./worker-script";
import type { BatchOptions } from "./check-one";
import type { WorkerJob, WorkerReply } from "./worker";

/** A worker's heap may not grow beyond this: a workbook that needs more fails alone, the batch goes on. */
const WORKER_HEAP_MB = 4096;
/**
 * Room for new objects (V8's young generation, larger than its default). A check makes many short-lived objects
 * and keeps its tables: with more room, fewer of them are copied before they die (one worker checking ten ~20k-cell
 * workbooks: 7 % fewer instructions in all, counted with valgrind).
 */
const WORKER_YOUNG_MB = 48;

interface Slot {
  worker: Worker;
  job?: { job: WorkerJob; settle: (reply: WorkerReply) => void };
}

/**
 * A fixed number of worker threads, each checking one workbook at a time. `run` resolves with the worker's reply;
 * a worker that dies (out of memory, a crash) answers its job with a failure and is replaced, so one bad file
 * never stops the others.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private closed = false;
  private readonly script = workerScript();

  constructor(
    size: number,
    private readonly options: BatchOptions,
  ) {
    for (let i = 0; i < size; i++) this.addSlot();
  }

  /**
   * Checks one workbook on the next free worker. The bytes are handed over (transferred), not copied. A workbook that
   * waited for a worker is not started once `signal` is aborted (Ctrl+C): `undefined`.
   */
  async run(job: WorkerJob, signal?: AbortSignal): Promise<WorkerReply | undefined> {
    const slot = this.idle.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    if (signal?.aborted) {
      this.release(slot);
      return undefined;
    }
    return new Promise<WorkerReply>((resolve) => {
      slot.job = { job, settle: resolve };
      slot.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
    this.script.release();
  }

  private addSlot(): void {
    const worker = new Worker(this.script.path, {
      workerData: { options: this.options },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    const slot: Slot = { worker };
    worker.on("message", (reply: WorkerReply) => this.finish(slot, reply));
    worker.on("error", (err) => this.fail(slot, err.message));
    worker.on("exit", (code) => this.fail(slot, `检查线程意外退出（代码 ${code}）`));
    this.slots.push(slot);
    this.release(slot);
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const pending = slot.job;
    slot.job = undefined;
    this.release(slot);
    pending?.settle(reply);
  }

  /** A dead worker: its job fails with the reason, a new worker takes its place. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return; // closed, or already replaced
    this.slots.splice(index, 1);
    const idleAt = this.idle.indexOf(slot);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const pending = slot.job;
    slot.job = undefined;
    void slot.worker.terminate();
    this.addSlot();
    pending?.settle({ id: pending.job.id, failure: reason });
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
}
