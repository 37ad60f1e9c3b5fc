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
}

/**
 * A fixed number of worker threads, each checking one workbook at a time with the next waiting in its queue. `run`
 * resolves with the worker's reply; a worker that dies (out of memory, a crash) answers the job it was checking with
 * a failure and is replaced, the job waiting behind it goes to the new worker, so one bad file never stops the others.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** One entry per free place in a worker's queue. */
  private readonly free: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
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
    for (let place = 0; place < DEPTH; place++) for (const slot of this.slots) this.release(slot);
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
    const slot = this.takeFree() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    if (Atomics.load(this.stop, 0) !== 0) {
      this.release(slot);
      return undefined;
    }
    const reply = await new Promise<WorkerReply>((resolve) => {
      slot.jobs.push({ job, settle: resolve });
      slot.worker.postMessage(job);
    });
    return "notStarted" in reply ? undefined : reply;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
    this.script.release();
  }

  /** A free place in the queue of the worker with the fewest jobs. */
  private takeFree(): Slot | undefined {
    if (this.free.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.free.length; i++) if (this.free[i].jobs.length < this.free[best].jobs.length) best = i;
    return this.free.splice(best, 1)[0];
  }

  /** A new worker, given the jobs `carried` over from the one it replaces. */
  private addSlot(carried: Pending[] = []): Slot {
    const setup: WorkerSetup = { options: this.options, stop: this.stop };
    const worker = new Worker(this.script.path, {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    const slot: Slot = { worker, jobs: carried };
    worker.on("message", (reply: WorkerReply) => this.finish(slot, reply));
    worker.on("error", (err) => this.fail(slot, err.message));
    worker.on("exit", (code) => this.fail(slot, `检查线程意外退出（代码 ${code}）`));
    for (const pending of carried) worker.postMessage(pending.job);
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const pending = slot.jobs.shift();
    this.release(slot);
    pending?.settle(reply);
  }

  /** A dead worker: the job it was checking fails with the reason, a new worker takes its place and the jobs behind it. */
  private fail(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (this.closed || index < 0) return; // closed, or already replaced
    this.slots.splice(index, 1);
    const [checking, ...behind] = slot.jobs;
    slot.jobs = [];
    void slot.worker.terminate();
    const replacement = this.addSlot(behind);
    for (let i = this.free.length - 1; i >= 0; i--) if (this.free[i] === slot) this.free[i] = replacement;
    if (checking) this.release(replacement);
    checking?.settle({ id: checking.job.id, failure: reason });
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }
}
