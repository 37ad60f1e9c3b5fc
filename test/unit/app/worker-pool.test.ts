import { LOST_TWICE, WorkerPool } from "../../../src/app/worker/worker-pool";
import type { EngineRequest } from "../../../src/hosts/engine/protocol";
import { workerCount } from "../../../src/app/batch/use-batch";
import { DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";

/**
 * A stand-in for a Web Worker: answers each request with a nothing-to-check outcome naming the file's size, dies on a
 * file named “崩溃.xlsx” and on the first worker given “崩溃一次.xlsx” (the page's real worker dying is
 * test/browser/batch-worker-death.test.ts). Keeps every worker started and the files each was given.
 */
class FakeWorker {
  static all: FakeWorker[] = [];
  static diedOnce = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  readonly files: string[] = [];
  constructor() {
    FakeWorker.all.push(this);
    setTimeout(() => this.onmessage?.({ data: { id: 0, value: "ready" } }), 0); // as a real worker says it runs
  }
  postMessage(request: EngineRequest): void {
    if (request.call !== "batch") throw new Error(`unexpected ${request.call}`);
    if (this.terminated) throw new Error("a file sent to a terminated worker");
    const { name, bytes } = request.args;
    this.files.push(name);
    const dies = name === "崩溃.xlsx" || (name === "崩溃一次.xlsx" && !FakeWorker.diedOnce);
    const reply = { data: { id: request.id, value: { name, sha256: String(bytes.byteLength), status: "nothing", reason: "空" } } };
    if (name.startsWith("两次回复")) setTimeout(() => this.onmessage?.(reply), 3); // the same reply once more, later
    setTimeout(() => {
      if (dies) {
        FakeWorker.diedOnce ||= name === "崩溃一次.xlsx";
        this.onerror?.({ message: "Uncaught RangeError: Array buffer allocation failed", preventDefault: () => undefined });
      } else this.onmessage?.(reply);
    }, 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const start = () => new FakeWorker() as unknown as Worker;

beforeEach(() => {
  FakeWorker.all = [];
  FakeWorker.diedOnce = false;
});

describe("the page's engine worker pool", () => {
  test("each file answered with its own outcome; a file whose worker died is checked on a fresh worker with its bytes", async () => {
    const pool = new WorkerPool(2, start);
    const names = ["甲.xlsx", "崩溃一次.xlsx", "乙.xlsx", "丙.xlsx"];
    const outcomes = await Promise.all(names.map((n, i) => pool.check(n, new ArrayBuffer(i + 1), DEFAULT_ENGINE_CONFIG)));
    expect(outcomes.map((o) => [o.name, o.status, o.sha256])).toEqual([
      ["甲.xlsx", "nothing", "1"],
      ["崩溃一次.xlsx", "nothing", "2"], // its two bytes reached the fresh worker too
      ["乙.xlsx", "nothing", "3"],
      ["丙.xlsx", "nothing", "4"],
    ]);
    expect(FakeWorker.all.length).toBe(3); // two, and one in place of the dead one
    expect(FakeWorker.all[2].files[0]).toBe("崩溃一次.xlsx"); // the fresh worker's first file is the one its predecessor died on
    pool.close();
  });

  test("a file whose fresh worker dies too is answered with the reason in Chinese; the batch goes on", async () => {
    const pool = new WorkerPool(2, start);
    const names = ["甲.xlsx", "崩溃.xlsx", "乙.xlsx", "丙.xlsx", "丁.xlsx"];
    const outcomes = await Promise.all(names.map((n, i) => pool.check(n, new ArrayBuffer(i + 1), DEFAULT_ENGINE_CONFIG)));
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ["甲.xlsx", "nothing"],
      ["崩溃.xlsx", "unreadable"],
      ["乙.xlsx", "nothing"],
      ["丙.xlsx", "nothing"],
      ["丁.xlsx", "nothing"],
    ]);
    expect(outcomes[1].status === "unreadable" && outcomes[1].reason).toBe(LOST_TWICE);
    expect(FakeWorker.all.filter((w) => w.files.includes("崩溃.xlsx"))).toHaveLength(2);
    expect(FakeWorker.all.length).toBe(4); // two, one in place of each dead one
    pool.close();
  });

  test("a worker that dies with nothing to do is replaced only when there is work", async () => {
    const pool = new WorkerPool(1, start);
    await new Promise((r) => setTimeout(r, 5));
    const [first] = FakeWorker.all;
    first.onerror?.({ message: "gone", preventDefault: () => undefined });
    expect(first.terminated).toBe(true);
    expect(FakeWorker.all.length).toBe(1);
    const outcome = await pool.check("甲.xlsx", new ArrayBuffer(1), DEFAULT_ENGINE_CONFIG);
    expect([outcome.status, FakeWorker.all.length]).toEqual(["nothing", 2]);
    pool.close();
  });

  test("a reply that comes twice settles its own file once, never the file its worker was given next", async () => {
    const pool = new WorkerPool(1, start);
    const names = ["两次回复.xlsx", "甲.xlsx", "乙.xlsx"];
    const outcomes = await Promise.all(names.map((n, i) => pool.check(n, new ArrayBuffer(i + 1), DEFAULT_ENGINE_CONFIG)));
    expect(outcomes.map((o) => [o.name, o.sha256])).toEqual([
      ["两次回复.xlsx", "1"],
      ["甲.xlsx", "2"],
      ["乙.xlsx", "3"],
    ]);
    expect(FakeWorker.all.map((w) => w.files)).toEqual([names]); // one worker, each file sent once
    pool.close();
  });

  test("workers for a page: the cores but one, between 1 and 4", () => {
    expect([undefined, 1, 2, 4, 8, 32].map(workerCount)).toEqual([1, 1, 1, 3, 4, 4]);
  });
});
