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
  /** How often the engine's memory was lost (a worker died): a fresh worker holds none of the earlier refs. */
  readonly generation: number;
}

/** The name of the failure of a call whose worker died under it (out of memory, a crash): the pane offers 重试. */
export const ENGINE_LOST = "EngineWorkerLostError";

/** Whether `err` is the failure of a call whose engine worker died under it. */
export function isEngineLost(err: unknown): boolean {
  return err instanceof Error && err.name === ENGINE_LOST;
}

/** How long a worker may take to load its script and say it runs before the page checks on its own thread. */
const START_TIMEOUT_MS = 20_000;

interface Waiting {
  request: EngineRequest;
  settle(reply: WholeReply): void;
}

/**
 * The single workbook's engine on a Web Worker (the page stays responsive while it checks and writes). Where no
 * worker can run (no Worker at all, or the first worker never says it runs: an old host, a policy without
 * worker-src, the worker's file missing), the same code runs on the page's own thread
 * (src/hosts/engine/engine-service.ts); requests wait until the worker runs, so one that never starts takes nothing
 * with it. A worker that ran and then died (out of memory) never sends the work to the page, which would freeze it:
 * the calls it held fail as lost (ENGINE_LOST) and the next call starts a fresh worker.
 */
export class WorkerConnection implements EngineConnection {
  private worker?: Worker;
  private ready = false;
  /** A worker of this connection said it runs: workers work here, and a later death is a death, not a host without workers. */
  private ran = false;
  private deaths = 0;
  private fallback?: Promise<(request: EngineRequest) => Promise<WholeReply>>;
  private readonly queued: Waiting[] = [];
  private readonly sent = new Map<number, Waiting>();
  private parts = new ReplyParts();
  private nextId = 1;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly start: StartWorker = startEngineWorker) {
    this.startWorker();
  }

  get where(): "worker" | "page" {
    return this.fallback ? "page" : "worker";
  }

  get generation(): number {
    return this.deaths;
  }

  call<K extends EngineCall>(call: K, args: EngineCalls[K]["args"]): Promise<EngineCalls[K]["result"]> {
    return new Promise<WholeReply>((settle) => {
      const waiting = { request: { id: this.nextId++, call, args } as EngineRequest, settle };
      if (!this.fallback && !this.worker) this.startWorker();
      if (this.fallback) this.runOnPage(waiting);
      else if (this.ready) this.send(waiting);
      else this.queued.push(waiting);
    }).then(valueOf) as Promise<EngineCalls[K]["result"]>;
  }

  private startWorker(): void {
    let worker: Worker;
    try {
      worker = this.start();
    } catch {
      this.useThePage();
      return;
    }
    this.worker = worker;
    this.ready = false;
    worker.onmessage = (event: MessageEvent<EngineReply>) => {
      if (worker === this.worker) this.answer(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker === this.worker) this.failed();
    };
    this.timer = setTimeout(() => this.failed(), START_TIMEOUT_MS);
  }

  private answer(message: EngineReply): void {
    const reply = this.parts.take(message);
    if (!reply) return;
    if (reply.id === READY) {
      clearTimeout(this.timer);
      this.ready = true;
      this.ran = true;
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
   * The worker stopped: the first one never ran (its waiting requests and every later one run on the page), or one
   * that ran died, or a fresh one never ran — the requests it held fail as lost; the next call starts a fresh worker.
   */
  private failed(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
    this.deaths++;
    this.parts = new ReplyParts();
    if (!this.ran) this.useThePage();
    const held = [...this.sent.values(), ...(this.fallback ? [] : this.queued.splice(0))];
    this.sent.clear();
    for (const waiting of held) waiting.settle({ id: waiting.request.id, failure: { name: ENGINE_LOST, message: LOST } });
    for (const waiting of this.queued.splice(0)) this.runOnPage(waiting);
  }

  /**
   * The engine on the page's own thread, loaded on first use. A page may not carry it (the offline page's engine is
   * its worker): every request then fails saying so, never waits.
   */
  private useThePage(): void {
    this.fallback ??= import(/* webpackChunkName: "engine" */ "../hosts/engine/engine-service").then(
      ({ EngineService }) => {
        const service = new EngineService();
        return (request: EngineRequest) =>
          service.handle(request.call, request.args).then(
            (value): WholeReply => ({ id: request.id, value }),
            (err: unknown): WholeReply => ({
              id: request.id,
              failure: err instanceof Error ? { name: err.name, message: err.message } : { name: "Error", message: String(err) },
            }),
          );
      },
      () => (request: EngineRequest) => Promise.resolve<WholeReply>({ id: request.id, failure: { name: "Error", message: NO_ENGINE } }),
    );
  }

  private runOnPage(waiting: Waiting): void {
    void this.fallback!.then((run) => run(waiting.request)).then(waiting.settle);
  }
}

/** What a call says where no worker starts and the page carries no engine of its own. */
export const NO_ENGINE = "检查线程未能启动（浏览器不支持或禁止了后台线程），无法检查。请用新版 Edge、Chrome 或 360 浏览器的极速模式打开本页面。";

/** What a call lost with its worker says (the pane offers 重试; the next call starts a fresh worker). */
const LOST = "检查线程意外停止（可能是本机内存不足），请再试一次。";

/** The reply's value, or its failure thrown as an error of the same name and message. */
function valueOf(reply: WholeReply): unknown {
  if ("value" in reply) return reply.value;
  throw Object.assign(new Error(reply.failure.message), { name: reply.failure.name });
}
