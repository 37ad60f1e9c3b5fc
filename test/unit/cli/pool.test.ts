import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { WorkerPool } from "../../../src/hosts/cli/batch/pool";
import type { WorkerJob, WorkerReply } from "../../../src/hosts/cli/batch/worker";
import { DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";

/**
 * The pool's own behaviour, with a stand-in worker speaking the batch worker's protocol: it answers each job with
 * its name and the size of its bytes after a few milliseconds (“slow”: half a second), one job at a time in the order
 * sent; a job named “die” ends the thread, one named “throw” throws an uncaught exception; after the stop flag
 * (Ctrl+C) it answers “not started”.
 */
const STAND_IN = `
const { parentPort, workerData } = require("worker_threads");
let queue = Promise.resolve();
parentPort.on("message", (job) => {
  queue = queue.then(async () => {
    if (Atomics.load(workerData.stop, 0) !== 0) return parentPort.postMessage({ id: job.id, notStarted: true });
    if (job.name === "die") process.exit(7);
    if (job.name === "throw") return new Promise(() => setImmediate(() => { throw new Error("检查时崩溃"); }));
    await new Promise((resolve) => setTimeout(resolve, job.name === "slow" ? 500 : 5));
    parentPort.postMessage({ id: job.id, outcome: { name: job.name, sha256: String(job.bytes.length), status: "nothing", reason: "" } });
  });
});
`;

let folder: string;
jest.mock("../../../src/hosts/cli/batch/worker-script", () => ({
  workerScript: () => ({ path: join(folder, "stand-in.js"), release: () => undefined }),
}));

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "pool-"));
  writeFileSync(join(folder, "stand-in.js"), STAND_IN);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const options = { ...DEFAULT_ENGINE_CONFIG, force: false };
const job = (id: number, name = `单位${id}.xlsx`): WorkerJob => ({ id, name, sha256: "", bytes: new Uint8Array(id + 1) });
const said = (reply: WorkerReply | undefined): string =>
  !reply ? "not started" : "failure" in reply ? `failed: ${reply.failure}` : "outcome" in reply ? `${reply.outcome.name} ${reply.outcome.sha256}` : "?";

describe("the batch's worker pool", () => {
  test("every job is answered with its own result, each worker holding two at most", async () => {
    const pool = new WorkerPool(2, options);
    expect(pool.places).toBe(4);
    try {
      const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(job(i))));
      expect(replies.map(said)).toEqual(Array.from({ length: 12 }, (_, i) => `单位${i}.xlsx ${i + 1}`));
    } finally {
      await pool.close();
    }
  });

  test("a worker that dies: its job fails with the reason, the job waiting behind it is checked by its replacement", async () => {
    const pool = new WorkerPool(1, options);
    try {
      const replies = await Promise.all([pool.run(job(0)), pool.run(job(1, "die")), pool.run(job(2)), pool.run(job(3))]);
      expect(replies.map(said)).toEqual(["单位0.xlsx 1", "failed: 检查线程意外退出（代码 7）", "单位2.xlsx 3", "单位3.xlsx 4"]);
    } finally {
      await pool.close();
    }
  });

  test("a worker stopped by an uncaught exception: its job fails with the exception's message, the others are checked", async () => {
    const pool = new WorkerPool(1, options);
    try {
      const replies = await Promise.all([pool.run(job(0)), pool.run(job(1, "throw")), pool.run(job(2)), pool.run(job(3))]);
      expect(replies.map(said)).toEqual(["单位0.xlsx 1", "failed: 检查时崩溃", "单位2.xlsx 3", "单位3.xlsx 4"]);
    } finally {
      await pool.close();
    }
  });

  test("Ctrl+C: the job under way finishes, those waiting in a worker's queue or for a worker are not started", async () => {
    const stop = new AbortController();
    const pool = new WorkerPool(1, options, stop.signal);
    try {
      // one worker: jobs 0 and 1 are sent to it, 2 and 3 wait for a place; as 0 is answered, the worker starts 1
      // (slow) and 2 is sent to its queue; Ctrl+C comes while 1 is under way
      const [first, ...rest] = [job(0), job(1, "slow"), job(2), job(3)].map((j) => pool.run(j));
      expect(said(await first)).toBe("单位0.xlsx 1");
      await new Promise((resolve) => setTimeout(resolve, 100));
      stop.abort();
      expect((await Promise.all(rest)).map(said)).toEqual(["slow 2", "not started", "not started"]);
    } finally {
      await pool.close();
    }
  });
});
