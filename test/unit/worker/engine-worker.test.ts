import { checkView, checkWorkbook, DEFAULT_ENGINE_CONFIG, narrate } from "../../../src/core/session";
import { packedBuffers, packSnapshot, unpackSnapshot } from "../../../src/core/snapshot/packed-snapshot";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { parseCellAddress } from "../../../src/core/snapshot/address";
import { EngineService } from "../../../src/hosts/engine/engine-service";
import type { EngineReply, EngineRequest } from "../../../src/hosts/engine/protocol";
import { ReplyParts, replyMessages } from "../../../src/hosts/engine/reply-parts";
import { createEngine, engineReader } from "../../../src/ui/engine-binding";
import { isEngineLost, WorkerConnection } from "../../../src/ui/engine-connection";
import { indicatorContext, tableContext } from "../../../src/ui/grid/grid-frame";
import type { PageFiles } from "../../../src/ui/engine";
import { fixtureBytes, readFixture } from "../../support/fixtures";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";

const files: PageFiles = { writeDocx: async () => new Uint8Array(), writeAuditReport: async () => new Uint8Array() };
const noWorker = () => {
  throw new ReferenceError("Worker is not defined");
};

/**
 * A Web Worker as the browser runs one, in-process: each message structured-cloned (its buffers transferred, so the
 * sender's are detached), the engine service answering; `ready: false` stands for a worker whose script never runs.
 */
class ClonedWorker {
  static started = 0;
  onmessage: ((e: { data: EngineReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  private readonly service = new EngineService();
  constructor(
    ready: boolean,
    private readonly dies = false,
  ) {
    ClonedWorker.started++;
    setTimeout(() => (ready ? this.onmessage?.({ data: { id: 0, value: "ready" } }) : this.onerror?.({ message: "404", preventDefault: () => {} })), 1);
  }
  postMessage(request: EngineRequest, transfer: Transferable[]): void {
    const received = structuredClone(request, { transfer });
    if (this.dies && received.call === "analyze") {
      setTimeout(() => this.onerror?.({ message: "Uncaught RangeError: Array buffer allocation failed", preventDefault: () => {} }), 1);
      return;
    }
    void this.service.handle(received.call, received.args).then(
      (value) => replyMessages(request.id, value).forEach(({ message, transfer }) => this.onmessage?.({ data: structuredClone(message, { transfer }) })),
      (err: Error) => this.onmessage?.({ data: { id: request.id, failure: { name: err.name, message: err.message } } }),
    );
  }
  terminate(): void {}
}
const worker = (ready: boolean) => () => new ClonedWorker(ready) as unknown as Worker;
/** Workers of which the first `deaths` die during a check (as one out of memory does), the later ones work. */
const dying = (deaths: number) => {
  let started = 0;
  return () => new ClonedWorker(true, started++ < deaths) as unknown as Worker;
};

describe("a workbook crosses to the engine's worker packed", () => {
  test("packed and unpacked, every cell comes back as it was (kinds, texts, formats, formulas, errors, holes)", async () => {
    const snapshot: WorkbookSnapshot = {
      name: "甲.xlsx",
      sheets: [
        {
          name: "公开01表",
          rowCount: 5,
          columnCount: 4,
          merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
          hiddenRows: [3],
          cells: [
            [{ value: "收入支出决算总表" }],
            [undefined, { value: 12.5, numberFormat: "0.00", text: "12.50" }, { value: true }, { value: false }],
            [],
            undefined,
            [{ value: null, error: "#REF!", formula: "A1/0" }, undefined, { value: "" }, undefined],
          ] as WorkbookSnapshot["sheets"][0]["cells"],
        },
        { name: "空表", rowCount: 0, columnCount: 0, merges: [], hidden: true, cells: [] },
      ],
    };
    const packed = await packSnapshot(snapshot);
    const moved = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.sheets[0].column.byteLength).toBe(0); // transferred, not copied
    expect(await unpackSnapshot(moved)).toStrictEqual(snapshot);
  });

  test("a large sheet is packed and unpacked in slices, the thread let go between them", async () => {
    const snapshot = toSnapshot(generateWorkbook({ seed: 3, name: "大.xlsx", units: 80 }));
    expect(snapshot.sheets.reduce((n, sheet) => n + sheet.cells.flat().filter(Boolean).length, 0)).toBeGreaterThan(100_000);
    let pauses = 0;
    const pause = async () => void pauses++;
    const packed = await packSnapshot(snapshot, pause);
    const packing = pauses;
    expect(await unpackSnapshot(packed, pause)).toEqual(snapshot);
    expect(packing).toBeGreaterThan(1);
    expect(pauses).toBeGreaterThan(2 * packing - 1);
  });
});

describe("the pane's engine on a worker, or on the page where none can start", () => {
  test("a result's long lists come in slices, each a short message, and are put back together in order", () => {
    const findings = Array.from({ length: 1001 }, (_, i) => ({ rule: `R${i}`, cell: `A${i + 1}` }));
    const value = { file: "县级汇总.xlsx", findings, checks: findings.slice(0, 200), outlines: [] };
    const messages = replyMessages(7, value);
    expect(messages.map((m) => ("part" in m.message ? m.message.part.items.length : -1))).toEqual([200, 200, 200, 200, 200, 1, -1]);
    const parts = new ReplyParts();
    const whole = messages.map((m) => parts.take(structuredClone(m.message)));
    expect(whole.slice(0, -1)).toEqual(Array(6).fill(undefined));
    expect(whole.at(-1)).toEqual({ id: 7, value });
  });

  test("the check comes back as plain data: the view of the check itself, outlines framing the grid as the models do", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const result = checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG);
    const view = checkView(result);
    expect(structuredClone(view)).toStrictEqual(view); // nothing but plain data (no Decimal, no class)
    expect(view.findings).toEqual(result.findings);
    expect(view.outlines).toHaveLength(result.models.length);
    const error = result.findings.find((f) => f.severity === "error" && f.cell)!;
    const at = parseCellAddress(error.cell);
    const sheet = snapshot.sheets.find((s) => s.name === error.sheet)!;
    result.models.forEach((model, i) => expect(tableContext(sheet, view.outlines[i], at)).toEqual(tableContext(sheet, model, at)));
    expect(
      view.outlines
        .filter((o) => o.sheet === sheet.name)
        .map((o) => tableContext(sheet, o, at))
        .filter(Boolean),
    ).toHaveLength(1);
  });

  test("a 绩效 workbook's projects come back as outlines that frame an indicator's line as the projects do", async () => {
    const snapshot = await readFixture("perf-2023-emeishan.xlsx");
    const result = checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG);
    const view = checkView(result);
    expect(structuredClone(view)).toStrictEqual(view);
    expect(view.projects).toHaveLength(result.projects.length);
    const project = result.projects[0];
    const at = { row: project.indicators[1].row, col: project.indicators[1].name.col + 2 };
    expect(indicatorContext(project.table.sheet, view.projects, at)).toEqual(indicatorContext(project.table.sheet, result.projects, at));
    expect(indicatorContext(project.table.sheet, view.projects, at)).toBeDefined();
  });

  test("on a worker (messages cloned, buffers transferred) and on the page: the findings and the text of the check itself", async () => {
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const direct = checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG);
    const text = narrate(direct, DEFAULT_ENGINE_CONFIG, { prior: {}, budget: {}, inputs: {} });
    const onWorker = new WorkerConnection(worker(true));
    const onPage = new WorkerConnection(noWorker);
    for (const connection of [onWorker, onPage]) {
      const engine = createEngine(files, connection);
      const analysis = await engine.analyze(snapshot, DEFAULT_ENGINE_CONFIG);
      expect(analysis).toEqual({ ...checkView(direct), ref: analysis.ref });
      expect(await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {}, budget: {}, inputs: {} })).toEqual(text);
    }
    expect([onWorker.where, onPage.where]).toEqual(["worker", "page"]);
  });

  test("the page's workbook read on the worker is checked there without being sent back; its 说明 follows", async () => {
    const connection = new WorkerConnection(worker(true));
    const bytes = new Uint8Array(fixtureBytes("final-2023-zhanyi.xlsx"));
    const snapshot = await engineReader(connection)(bytes, "final-2023-zhanyi.xlsx");
    expect(bytes.byteLength).toBeGreaterThan(0); // the page keeps its bytes (for the marked copy)
    expect(snapshot).toEqual(await readFixture("final-2023-zhanyi.xlsx"));
    const analysis = await createEngine(files, connection).analyze(snapshot, DEFAULT_ENGINE_CONFIG);
    expect(analysis.findings).toEqual(checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG).findings);
  });

  test("a worker whose script never runs: the requests waiting for it are answered on the page, the same", async () => {
    ClonedWorker.started = 0;
    const connection = new WorkerConnection(worker(false));
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const analysis = await createEngine(files, connection).analyze(snapshot, DEFAULT_ENGINE_CONFIG);
    expect(connection.where).toBe("page");
    expect(ClonedWorker.started).toBe(1);
    expect(analysis.findings).toEqual(checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG).findings);
  });

  test("another unit's 预算 workbook is refused by name across the worker (the pane asks the accountant)", async () => {
    const engine = createEngine(files, new WorkerConnection(worker(true)));
    const analysis = await engine.analyze(await readFixture("final-2023-zhanyi.xlsx"), DEFAULT_ENGINE_CONFIG);
    const budget = () => new Uint8Array(fixtureBytes("budget-2023-dazhou.xlsx")).buffer;
    await expect(engine.budgetFromWorkbook(budget(), "预算.xlsx", analysis)).rejects.toMatchObject({ name: "WorkbookMismatchError" });
    const accepted = await engine.budgetFromWorkbook(budget(), "预算.xlsx", analysis, true);
    expect(accepted.snapshot).toEqual(await readFixture("budget-2023-dazhou.xlsx").then((s) => ({ ...s, name: "预算.xlsx" })));
    expect(Object.keys(accepted.figures).length).toBeGreaterThan(0);
  });

  test("a worker that dies during the check: the check runs again on a fresh worker, never on the page", async () => {
    ClonedWorker.started = 0;
    const connection = new WorkerConnection(dying(1));
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const engine = createEngine(files, connection);
    const analysis = await engine.analyze(snapshot, DEFAULT_ENGINE_CONFIG);
    expect(analysis.findings).toEqual(checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG).findings);
    expect([connection.where, connection.generation, ClonedWorker.started]).toEqual(["worker", 1, 2]);
    expect((await engine.narrate(analysis, DEFAULT_ENGINE_CONFIG, { prior: {}, budget: {}, inputs: {} })).title).toBeTruthy();
  });

  test("the page's own workbook read on a worker that then dies is sent whole to the fresh one", async () => {
    const connection = new WorkerConnection(dying(1));
    const snapshot = await engineReader(connection)(new Uint8Array(fixtureBytes("final-2023-zhanyi.xlsx")), "final-2023-zhanyi.xlsx");
    const analysis = await createEngine(files, connection).analyze(snapshot, DEFAULT_ENGINE_CONFIG);
    expect(analysis.findings).toEqual(checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG).findings);
    expect([connection.where, connection.generation]).toEqual(["worker", 1]);
  });

  test("a fresh worker that dies as well: the check fails saying so in Chinese, lost (retry offered); 重试 starts another", async () => {
    ClonedWorker.started = 0;
    const connection = new WorkerConnection(dying(2));
    const engine = createEngine(files, connection);
    const snapshot = await readFixture("final-2023-zhanyi.xlsx");
    const failure = await engine.analyze(snapshot, DEFAULT_ENGINE_CONFIG).catch((err: Error) => err);
    expect(failure).toMatchObject({ name: "EngineWorkerLostError", message: expect.stringContaining("重新启动后再次停止") });
    expect(isEngineLost(failure)).toBe(true);
    expect([connection.where, ClonedWorker.started]).toEqual(["worker", 2]);
    const analysis = await engine.analyze(snapshot, DEFAULT_ENGINE_CONFIG);
    expect(analysis.findings).toEqual(checkWorkbook(snapshot, DEFAULT_ENGINE_CONFIG).findings);
    expect([connection.where, ClonedWorker.started]).toEqual(["worker", 3]);
  });
});
