import { WorkerPool } from "../../../src/app/worker/worker-pool";
import type { EngineRequest } from "../../../src/hosts/engine/protocol";
import { workerCount } from "../../../src/app/batch/use-batch";
import { DEFAULT_ENGINE_CONFIG } from "../../../src/core/session";

/** A stand-in for a Web Worker: answers each request from `answer`, or dies on a file named “崩溃.xlsx”. */
class FakeWorker {
  static started = 0;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.started++;
    setTimeout(() => this.onmessage?.({ data: { id: 0, value: "ready" } }), 0); // as a real worker says it runs
  }
  postMessage(request: EngineRequest): void {
    if (request.call !== "batch") throw new Error(`unexpected ${request.call}`);
    const { name, bytes } = request.args;
    setTimeout(() => {
      if (name === "崩溃.xlsx") this.onerror?.({ message: "out of memory", preventDefault: () => undefined });
      else this.onmessage?.({ data: { id: request.id, value: { name, sha256: String(bytes.byteLength), status: "nothing", reason: "空" } } });
    }, 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const start = () => new FakeWorker() as unknown as Worker;

describe("the page's engine worker pool", () => {
  test("each file answered with its own outcome; a dead worker answers its file with the reason and is replaced", async () => {
    FakeWorker.started = 0;
    const pool = new WorkerPool(2, start);
    const names = ["甲.xlsx", "崩溃.xlsx", "乙.xlsx", "丙.xlsx"];
    const outcomes = await Promise.all(names.map((n, i) => pool.check(n, new ArrayBuffer(i + 1), DEFAULT_ENGINE_CONFIG)));
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ["甲.xlsx", "nothing"],
      ["崩溃.xlsx", "unreadable"],
      ["乙.xlsx", "nothing"],
      ["丙.xlsx", "nothing"],
    ]);
    expect(outcomes[1].status === "unreadable" && outcomes[1].reason).toBe("检查时出现内部错误：out of memory（请把该文件反馈给开发者）");
    expect(outcomes[3].sha256).toBe("4");
    expect(FakeWorker.started).toBe(3); // two, and one in place of the dead one
    pool.close();
  });

  test("workers for a page: the cores but one, between 1 and 4", () => {
    expect([undefined, 1, 2, 4, 8, 32].map(workerCount)).toEqual([1, 1, 1, 3, 4, 4]);
  });
});
