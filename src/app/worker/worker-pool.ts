import type { BatchOutcome } from "../../hosts/batch/check-workbook";
import type { EngineConfig } from "../../core/session";
import { READY, type EngineReply, type EngineRequest, type WholeReply } from "../../hosts/engine/protocol";
import { ReplyParts } from "../../hosts/engine/reply-parts";
import { startEngineWorker, type StartWorker } from "../../ui/engine-connection";

type BatchRequest = Extract<EngineRequest, { call: "batch" }>;

interface Waiting {
  request: BatchRequest;
  settle(outcome: BatchOutcome): void;
}

/**
 * A few engine workers checking workbooks off the page's thread, one file each at a time. A file whose worker fails
 * (out of memory, a crash) is answered with the reason and the worker replaced; the batch goes on.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Waiting>();
  private readonly queue: Waiting[] = [];
  private readonly parts = new ReplyParts();
  private nextId = 1;
  private closed = false;

  constructor(
    size: number,
    private readonly start: StartWorker = startEngineWorker,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.idle.push(this.spawn());
  }

  /** Checks one file; its bytes are handed to the worker. */
  check(name: string, bytes: ArrayBuffer, options: EngineConfig): Promise<BatchOutcome> {
    return new Promise((settle) => {
      this.queue.push({ request: { id: this.nextId++, call: "batch", args: { name, bytes, options } }, settle });
      this.pump();
    });
  }

  close(): void {
    this.closed = true;
    for (const w of [...this.idle, ...this.busy.keys()]) w.terminate();
    this.idle.length = 0;
    this.busy.clear();
  }

  private spawn(): Worker {
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = this.parts.take(event.data);
      if (reply) this.answer(worker, reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(worker, event.message || "检查线程出错");
    };
    return worker;
  }

  private pump(): void {
    while (!this.closed && this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const waiting = this.queue.shift()!;
      this.busy.set(worker, waiting);
      worker.postMessage(waiting.request, [waiting.request.args.bytes]);
    }
  }

  private answer(worker: Worker, reply: WholeReply): void {
    if (reply.id === READY) return; // the worker runs; it is busy or idle as it was
    const waiting = this.busy.get(worker);
    this.busy.delete(worker);
    if (!this.closed) this.idle.push(worker);
    if (waiting) waiting.settle("value" in reply ? (reply.value as BatchOutcome) : failed(waiting.request.args.name, reply.failure.message));
    this.pump();
  }

  private fail(worker: Worker, reason: string): void {
    const waiting = this.busy.get(worker);
    this.busy.delete(worker);
    worker.terminate();
    if (this.closed) return;
    this.idle.push(this.spawn());
    if (waiting) waiting.settle(failed(waiting.request.args.name, reason));
    this.pump();
  }
}

function failed(name: string, reason: string): BatchOutcome {
  return { name, sha256: "", status: "unreadable", reason: `检查时出现内部错误：${reason}（请把该文件反馈给开发者）` };
}
