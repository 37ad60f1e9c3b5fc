import type { BatchOutcome } from "../../hosts/batch/check-workbook";
import type { EngineConfig } from "../../core/session";
import type { EngineReply, WholeReply } from "../../hosts/engine/protocol";
import { ReplyParts } from "../../hosts/engine/reply-parts";
import { startEngineWorker, type StartWorker } from "../../ui/engine-connection";

/** How often a file may be on a worker that dies under it: once more on a fresh worker, then its row says why. */
const ATTEMPTS = 2;

/** What a file's row says when a fresh worker died under it as well (as an unreadable file's row says why). */
export const LOST_TWICE = "检查此文件时检查线程两次意外停止（可能是工作簿太大或本机内存不足），未能检查。可以关闭其他网页或程序后单独打开此文件检查。";

interface Waiting {
  name: string;
  /** The file's bytes, kept until it is answered: a worker that dies takes the copy it was given with it. */
  bytes: ArrayBuffer;
  options: EngineConfig;
  /** Workers that died under this file so far. */
  deaths: number;
  settle(outcome: BatchOutcome): void;
}

/**
 * A few engine workers checking workbooks off the page's thread, one file each at a time. A worker that dies under a
 * file (out of memory, a crash) is terminated and the file is checked once more on a fresh worker; when that one
 * dies too, the file is answered with the reason and the batch goes on. A file the engine itself fails on is
 * answered with its reason at once (checking it again would fail the same way). Workers are started as there is work
 * for them, so a worker that cannot run is not restarted without end.
 */
export class WorkerPool {
  private readonly size: number;
  private readonly idle: Worker[] = [];
  /** Each busy worker's file and the id of the request it was sent with. */
  private readonly busy = new Map<Worker, { waiting: Waiting; id: number }>();
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    size: number,
    private readonly start: StartWorker = startEngineWorker,
  ) {
    this.size = Math.max(1, size);
    for (let i = 0; i < this.size; i++) this.idle.push(this.spawn());
  }

  /** Checks one file; the pool keeps its bytes until it is answered. */
  check(name: string, bytes: ArrayBuffer, options: EngineConfig): Promise<BatchOutcome> {
    return new Promise((settle) => {
      this.queue.push({ name, bytes, options, deaths: 0, settle });
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
    const parts = new ReplyParts(); // a dead worker's half-sent reply goes with it
    worker.onmessage = (event: MessageEvent<EngineReply>) => {
      const reply = parts.take(event.data);
      if (reply) this.answer(worker, reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.died(worker);
    };
    return worker;
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const waiting = this.queue.shift()!;
      const id = this.nextId++;
      this.busy.set(worker, { waiting, id });
      // A copy is handed over while the file may still need another worker; its last attempt takes the bytes.
      const bytes = waiting.deaths + 1 < ATTEMPTS ? waiting.bytes.slice(0) : waiting.bytes;
      worker.postMessage({ id, call: "batch", args: { name: waiting.name, bytes, options: waiting.options } }, [bytes]);
    }
  }

  /** A reply settles the file its worker holds, and only when it answers that file's request (never one twice). */
  private answer(worker: Worker, reply: WholeReply): void {
    const held = this.busy.get(worker);
    if (!held || reply.id !== held.id) return; // READY (id 0; requests count from 1), or a reply to no request this worker holds
    const { waiting } = held;
    this.busy.delete(worker);
    if (!this.closed) this.idle.push(worker);
    waiting.settle(
      "value" in reply ? (reply.value as BatchOutcome) : failed(waiting.name, `检查时出现内部错误：${reply.failure.message}（请把该文件反馈给开发者）`),
    );
    this.pump();
  }

  /** A worker stopped (an uncaught error, out of memory): it is ended; the file it held goes once to a fresh worker. */
  private died(worker: Worker): void {
    worker.terminate();
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const waiting = this.busy.get(worker)?.waiting;
    this.busy.delete(worker);
    if (this.closed) return;
    if (waiting && ++waiting.deaths < ATTEMPTS) {
      this.idle.push(this.spawn()); // taken first: the file goes to the worker started in place of the dead one
      this.queue.unshift(waiting);
    } else if (waiting) waiting.settle(failed(waiting.name, LOST_TWICE));
    this.pump();
  }
}

function failed(name: string, reason: string): BatchOutcome {
  return { name, sha256: "", status: "unreadable", reason };
}
