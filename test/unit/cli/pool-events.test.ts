import { EventEmitter } from "events";
import { WorkerPool } from "../../../src/hosts/cli/batch/pool";
import type { WorkerJob, WorkerReply } from "../../../src/hosts/cli/batch/worker";
import { DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";

/**
 * The pool against a fake worker whose events the test emits itself, in the orders Node delivers them (measured
 * with real threads, Node 20): a reply posted just before the thread ends can reach the pool in the same synchronous
 * run as the 'exit' (Node drains the ports before emitting it: 46 of 400 posts-then-exits), and an uncaught
 * exception's 'error' can come before a reply posted ahead of it (132 of 400 posts-then-throws).
 */
class FakeWorker extends EventEmitter {
  static made: FakeWorker[] = [];
  readonly posted: number[] = [];
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(job: WorkerJob): void {
    this.posted.push(job.id);
  }
  terminate(): Promise<number> {
    return Promise.resolve(1);
  }
}

jest.mock("worker_threads", () => ({ Worker: jest.fn((...args: unknown[]) => new FakeWorker(...(args as []))) }));
jest.mock("../../../src/hosts/cli/batch/worker-script", () => ({ workerScript: () => ({ path: "fake.js", release: () => undefined }) }));

const options = { ...DEFAULT_ENGINE_CONFIG, force: false };
const job = (id: number): WorkerJob => ({ id, name: `单位${id}.xlsx`, sha256: "", bytes: new Uint8Array(1) });
const checked = (id: number) => ({ id, outcome: { name: `单位${id}.xlsx`, sha256: "", status: "nothing", reason: "" } }) as unknown as WorkerReply;
const said = (reply: WorkerReply | undefined): string =>
  !reply ? "not started" : "failure" in reply ? `failed: ${reply.failure}` : "outcome" in reply ? reply.outcome.name : "?";
/** Lets the pool's awaiting callers run (their continuations are microtasks). */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  FakeWorker.made = [];
});

describe("the batch's worker pool, in the orders Node delivers a dying worker's events", () => {
  test("a reply delivered in the same run as the 'exit': its job is answered, the job waiting for a place goes to the replacement", async () => {
    const pool = new WorkerPool(1, options);
    try {
      const replies = [0, 1, 2, 3].map((id) => pool.run(job(id)));
      const [dying] = FakeWorker.made;
      expect(dying.posted).toEqual([0, 1]);
      dying.emit("message", checked(0));
      dying.emit("exit", 7);
      await settled();
      // job 2 took the place job 0 left before the pool knew the worker had ended: it is carried over with job 1's
      const replacement = FakeWorker.made[1];
      expect(dying.posted).toEqual([0, 1, 2]);
      expect(replacement.posted).toEqual([2, 3]);
      replacement.emit("message", checked(2));
      replacement.emit("message", checked(3));
      expect((await Promise.all(replies)).map(said)).toEqual(["单位0.xlsx", "failed: 检查线程意外退出（代码 7）", "单位2.xlsx", "单位3.xlsx"]);
    } finally {
      await pool.close();
    }
  });

  test("an 'error' before a reply posted ahead of it: the reply answers its job, the job under way fails with the error", async () => {
    const pool = new WorkerPool(1, options);
    try {
      const replies = [0, 1, 2].map((id) => pool.run(job(id)));
      const [dying] = FakeWorker.made;
      dying.emit("error", new Error("堆栈溢出"));
      dying.emit("message", checked(0));
      dying.emit("exit", 1);
      await settled();
      const replacement = FakeWorker.made[1];
      expect(FakeWorker.made).toHaveLength(2);
      expect(replacement.posted).toEqual([2]);
      expect(dying.posted).toEqual([0, 1]);
      replacement.emit("message", checked(2));
      expect((await Promise.all(replies)).map(said)).toEqual(["单位0.xlsx", "failed: 堆栈溢出", "单位2.xlsx"]);
    } finally {
      await pool.close();
    }
  });

  test("a reply from a replaced worker, or for a job already failed, settles nothing and frees no place", async () => {
    const pool = new WorkerPool(1, options);
    try {
      const replies = [0, 1, 2, 3, 4].map((id) => pool.run(job(id)));
      const [dying] = FakeWorker.made;
      dying.emit("exit", 7);
      dying.emit("message", checked(0));
      dying.emit("message", checked(1));
      await settled();
      const replacement = FakeWorker.made[1];
      replacement.emit("message", checked(0));
      await settled();
      expect(replacement.posted).toEqual([1, 2]);
      replacement.emit("message", checked(1));
      replacement.emit("message", checked(2));
      await settled();
      expect(replacement.posted).toEqual([1, 2, 3, 4]);
      replacement.emit("message", checked(3));
      replacement.emit("message", checked(4));
      expect((await Promise.all(replies)).map(said)).toEqual(["failed: 检查线程意外退出（代码 7）", "单位1.xlsx", "单位2.xlsx", "单位3.xlsx", "单位4.xlsx"]);
    } finally {
      await pool.close();
    }
  });
});
