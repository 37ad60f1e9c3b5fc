import { setFlagsFromString } from "v8";
import { Worker } from "worker_threads";
import { workerScript } from "./worker-script";
import type { BatchOptions } from "./check-one";
import type { WorkerJob, WorkerReply, WorkerSetup } from "./worker";

/** A worker's heap may not grow beyond this: a workbook that needs more fails alone, the batch goes on. */
const WORKER_HEAP_MB = 4096;
/**
 * Room for new objects (V8's young generation, larger than its default). A check makes many short-lived objects
 * and keeps its tables: with more room, fewer of them are copied before they die (one worker checking ten ~20k-cell
 * workbooks: 7 % fewer instructions in all, counted with valgrind).
 */
const WORKER_YOUNG_MB = 48;

/**
 * V8 flags for the workers' heaps. A V8 flag is the process's: the young generation's size is read by each isolate
 * made after it is set (the workers', not this thread's); pretenuring is decided by every isolate, this thread's too
 * (its reading, hashing and summary are not affected measurably).
 *
 * Each worker's young generation starts at its full size (a semi-space is a third of it) instead of growing to it
 * from V8's 2 MB start: a new worker's first workbooks then cost fewer young collections, each of which copies what
 * is still warming up (20 workbooks: 22 → 10 young collections with one worker, 31 → 12 with two; instructions
 * counted with valgrind, all threads but this one: one worker 11.14 → 10.31 G, two 15.07 → 14.64 G).
 *
 * No allocation-site pretenuring: V8 watches where objects that survive a young collection were allocated and then
 * allocates everything from those places directly in the old generation. A workbook's tables live through a young
 * collection or two, so V8 soon does that for them — and a dead old object's references are roots for every young
 * collection until the next full one, so each finished workbook's old objects keep young ones alive, which are
 * copied and promoted in turn. Without it (one worker, the bench's 200 workbooks): bytes promoted by young
 * collections 200 → 29 MB, full collections 10 → 1, V8's helper threads 2.2–2.8 → 1.6 s of CPU.
 */
function setWorkerHeapFlags(): void {
  setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_MB / 3}`);
  setFlagsFromString("--no-allocation-site-pretenuring");
}

/**
 * Workbooks a worker holds: the one it checks and the next, already in its queue, so a worker that finishes starts
 * the next at once instead of waiting for this thread to hear of it and send one (under load that wait was longer
 * than reading and hashing the file).
 */
const DEPTH = 2;

/** A worker's answer to a workbook it started: the outcome, or the internal error that stopped it. */
export type PoolReply = Exclude<WorkerReply, { notStarted: true }>;

interface Pending {
  job: WorkerJob;
  settle: (reply: WorkerReply) => void;
}

interface Slot {
  worker: Worker;
  /** The jobs sent to this worker and not yet answered, in the order it takes them. */
  jobs: Pending[];
  /** Why the worker stopped, when it said so ('error') before its thread ended. */
  failure?: string;
}

/**
 * A fixed number of worker threads, each checking one workbook at a time with the next waiting in its queue. `run`
 * resolves with the worker's reply; a worker that dies (out of memory, a crash) answers the job it was checking with
 * a failure and is replaced, the job waiting behind it goes to the new worker, so one bad file never stops the others.
 *
 * A worker is replaced on its 'exit' only: Node delivers every message a worker posted before its 'exit' (the ports
 * are drained first, in the same synchronous run as the 'exit' when the thread ended before they were read), but an
 * uncaught exception's 'error' may come before a reply posted ahead of it (measured, Node 20: 132 of 400). A place is
 * given to a waiting job in the same synchronous run that frees it: a job that took it a microtask later would miss
 * the 'exit' drained in that run and be sent to the dead worker, never answered. A reply is matched to its job by
 * id: none settles a job twice or frees a place that is not there.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** One entry per free place in a worker's queue. */
  private readonly free: Slot[] = [];
  /** Jobs waiting for a free place, in the order they came. */
  private readonly waiting: Pending[] = [];
  private closed = false;
  private readonly script = workerScript();
  /** Set to 1 on Ctrl+C: a worker starts no workbook after it (those in its queue are answered “not started”). */
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    size: number,
    private readonly options: BatchOptions,
    signal?: AbortSignal,
  ) {
    signal?.addEventListener("abort", () => Atomics.store(this.stop, 0, 1), { once: true });
    setWorkerHeapFlags();
    for (let i = 0; i < size; i++) this.addSlot();
  }

  /** Workbooks the workers can hold at once: the most worth reading ahead of them. */
  get places(): number {
    return this.slots.length * DEPTH;
  }

  /**
   * Checks one workbook on the least busy worker with room in its queue. The bytes are copied (≈ 0.1 MB): a job
   * waiting behind a worker that dies is sent again to its replacement. A workbook not started because Ctrl+C came
   * first: `undefined`.
   */
  async run(job: WorkerJob): Promise<PoolReply | undefined> {
    const reply = await new Promise<WorkerReply>((settle) => {
      this.waiting.push({ job, settle });
      this.dispatch();
    });
    return "notStarted" in reply ? undefined : reply;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
    this.script.release();
  }

  /** The waiting jobs, each sent to a free place at once; after Ctrl+C they are answered “not started” instead. */
  private dispatch(): void {
    if (Atomics.load(this.stop, 0) !== 0) {
      for (const pending of this.waiting.splice(0)) pending.settle({ id: pending.job.id, notStarted: true });
      return;
    }
    while (this.waiting.length > 0 && this.free.length > 0) {
      const slot = this.takeFree()!;
      const pending = this.waiting.shift()!;
      slot.jobs.push(pending);
      slot.worker.postMessage(pending.job);
    }
  }

  /** A free place in the queue of the worker with the fewest jobs. */
  private takeFree(): Slot | undefined {
    if (this.free.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.free.length; i++) if (this.free[i].jobs.length < this.free[best].jobs.length) best = i;
    return this.free.splice(best, 1)[0];
  }

  /** A new worker, given the jobs `carried` over from the one it replaces; its other places are free. */
  private addSlot(carried: Pending[] = []): void {
    const setup: WorkerSetup = { options: this.options, stop: this.stop };
    const worker = new Worker(this.script.path, {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    const slot: Slot = { worker, jobs: carried };
    worker.on("message", (reply: WorkerReply) => this.finish(slot, reply));
    worker.on("error", (err) => this.stopping(slot, err.message));
    worker.on("exit", (code) => this.fail(slot, slot.failure ?? `检查线程意外退出（代码 ${code}）`));
    for (const pending of carried) worker.postMessage(pending.job);
    this.slots.push(slot);
    for (let place = carried.length; place < DEPTH; place++) this.free.push(slot);
  }

  /** A reply to a job this worker still holds: the job is answered and its place is free. Any other reply is ignored. */
  private finish(slot: Slot, reply: WorkerReply): void {
    if (!this.slots.includes(slot)) return; // replaced: its jobs were failed or carried over
    const index = slot.jobs.findIndex((pending) => pending.job.id === reply.id);
    if (index < 0) return;
    const [pending] = slot.jobs.splice(index, 1);
    if (slot.failure === undefined) this.free.push(slot);
    pending.settle(reply);
    this.dispatch();
  }

  /**
   * The worker's thread is ending ('error': an uncaught exception, out of memory): it is given no more jobs, the
   * replies it posted before still answer theirs, and its 'exit' replaces it.
   */
  private stopping(slot: Slot, reason: string): void {
    slot.failure ??= reason;
    this.withdraw(slot);
    void slot.worker.terminate();
  }

  /** The worker's free places, taken back. */
  private withdraw(slot: Slot): void {
    for (let i = this.free.length - 1; i >= 0; i--) if (this.free[i] === slot) this.free.splice(i, 1);
  }

  /** A dead worker: the job it was checking fails with the reason, a new worker takes its place and the jobs behind it. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return; // closed, or already replaced
    this.slots.splice(index, 1);
    this.withdraw(slot);
    const [checking, ...behind] = slot.jobs;
    slot.jobs = [];
    this.addSlot(behind);
    checking?.settle({ id: checking.job.id, failure: reason });
    this.dispatch();
  }
}
