import packageJson from "../../package.json";
import {
  READY,
  WORKER_FILE,
  WORKER_SOURCE_ID,
  type EngineCall,
  type EngineCalls,
  type EngineReply,
  type EngineRequest,
  type WholeReply,
} from "../hosts/engine/protocol";
import { transferablesOf } from "../hosts/engine/transferables";
import { ReplyParts } from "../hosts/engine/reply-parts";

/** A function that starts one engine worker (tests give their own; one that throws stands for a host without workers). */
export type StartWorker = () => Worker;

/**
 * The engine worker of this page: from the code the offline page carries inline (a Blob, since file:// cannot
 * load a worker file), else from engine-worker.js beside the page (app.html, taskpane.html).
 */
export function startEngineWorker(): Worker {
  const inline = document.getElementById(WORKER_SOURCE_ID);
  if (inline?.textContent) {
    const url = URL.createObjectURL(new Blob([inline.textContent], { type: "text/javascript" }));
    return new Worker(url);
  }
  return new Worker(`${WORKER_FILE}?v=${encodeURIComponent(packageJson.version)}`);
}

/** The engine, wherever it runs: each call's arguments (buffers transferred) in, its result out. */
export interface EngineConnection {
  call<K extends EngineCall>(call: K, args: EngineCalls[K]["args"]): Promise<EngineCalls[K]["result"]>;
  /** Where the engine runs: its worker, or the page's own thread (no worker could start). */
  readonly where: "worker" | "page";
}

/** How long a worker may take to load its script and say it runs before the page checks on its own thread. */
const START_TIMEOUT_MS = 20_000;

interface Waiting {
  request: EngineRequest;
  settle(reply: WholeReply): void;
}

/**
 * The single workbook's engine on a Web Worker (the page stays responsive while it checks and writes), or — where a
 * worker cannot start (an old host, a policy without worker-src, the worker's file missing) — on the page's own
 * thread with the same code (src/hosts/engine/engine-service.ts). Requests wait until the worker says it runs, so a
 * worker that never starts takes nothing with it: they are answered on the page instead.
 */
export class WorkerConnection implements EngineConnection {
  private worker?: Worker;
  private ready = false;
  private fallback?: Promise<(request: EngineRequest) => Promise<WholeReply>>;
  private readonly queued: Waiting[] = [];
  private readonly sent = new Map<number, Waiting>();
  private readonly parts = new ReplyParts();
  private nextId = 1;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(start: StartWorker = startEngineWorker) {
    try {
      this.worker = start();
    } catch {
      this.useThePage();
      return;
    }
    this.worker.onmessage = (event: MessageEvent<EngineReply>) => this.answer(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failed(event.message || "检查线程出错");
    };
    this.timer = setTimeout(() => this.failed("检查线程未能启动"), START_TIMEOUT_MS);
  }

  get where(): "worker" | "page" {
    return this.fallback ? "page" : "worker";
  }

  call<K extends EngineCall>(call: K, args: EngineCalls[K]["args"]): Promise<EngineCalls[K]["result"]> {
    return new Promise<WholeReply>((settle) => {
      const waiting = { request: { id: this.nextId++, call, args } as EngineRequest, settle };
      if (this.fallback) this.runOnPage(waiting);
      else if (this.ready) this.send(waiting);
      else this.queued.push(waiting);
    }).then(valueOf) as Promise<EngineCalls[K]["result"]>;
  }

  private answer(message: EngineReply): void {
    const reply = this.parts.take(message);
    if (!reply) return;
    if (reply.id === READY) {
      clearTimeout(this.timer);
      this.ready = true;
      for (const waiting of this.queued.splice(0)) this.send(waiting);
      return;
    }
    const waiting = this.sent.get(reply.id);
    this.sent.delete(reply.id);
    waiting?.settle(reply);
  }

  private send(waiting: Waiting): void {
    this.sent.set(waiting.request.id, waiting);
    this.worker!.postMessage(waiting.request, transferablesOf(waiting.request.args));
  }

  /**
   * A worker that never ran, or one that died (out of memory): the requests it held fail with the reason; those not
   * yet sent, and every later one, run on the page's own thread.
   */
  private failed(reason: string): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.useThePage();
    for (const waiting of this.sent.values()) waiting.settle({ id: waiting.request.id, failure: { name: "Error", message: `检查时出现内部错误：${reason}` } });
    this.sent.clear();
    for (const waiting of this.queued.splice(0)) this.runOnPage(waiting);
  }

  private useThePage(): void {
    this.fallback ??= import(/* webpackChunkName: "engine" */ "../hosts/engine/engine-service").then(({ EngineService }) => {
      const service = new EngineService();
      return (request: EngineRequest) =>
        service.handle(request.call, request.args).then(
          (value): WholeReply => ({ id: request.id, value }),
          (err: unknown): WholeReply => ({
            id: request.id,
            failure: err instanceof Error ? { name: err.name, message: err.message } : { name: "Error", message: String(err) },
          }),
        );
    });
  }

  private runOnPage(waiting: Waiting): void {
    void this.fallback!.then((run) => run(waiting.request)).then(waiting.settle);
  }
}

/** The reply's value, or its failure thrown as an error of the same name and message. */
function valueOf(reply: WholeReply): unknown {
  if ("value" in reply) return reply.value;
  throw Object.assign(new Error(reply.failure.message), { name: reply.failure.name });
}
