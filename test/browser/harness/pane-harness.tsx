import { createRoot } from "react-dom/client";
import type { Finding, FindingKind, Severity } from "../../../src/core/findings/finding";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { cellAddress } from "../../../src/core/snapshot/address";
import type { InsertTextResult, WorkbookHost } from "../../../src/hosts/host";
import { LAST_COMMAND_KEY } from "../../../src/hosts/command-outcome";
import type { AnalysisView, PaneEngine } from "../../../src/ui/engine";
import { Pane } from "../../../src/ui/Pane";
import { createEngine } from "../../../src/ui/engine-binding";
import { startEngineWorker, WorkerConnection } from "../../../src/ui/engine-connection";

/**
 * The pane as the Office task pane shows it, over a scripted host and engine: `?findings=60000` makes the
 * engine report that many findings (three tables, every severity), for measuring how the pane copes.
 * `?workbook=big.json&engine=worker|page`: the host reads that snapshot (written by the test beside this page) and
 * the real engine checks it and writes its text on its worker (engine-worker.js beside this page), or on the page's
 * own thread as where no worker can start; `&deaths=N`: the first N workers are dying-worker.js (written by the test
 * beside this page: it dies during a check), `window.engineState()` says where the engine runs and how many workers
 * were started. Built by the browser test with esbuild; never shipped.
 */
const params = new URLSearchParams(location.search);
const count = Number(params.get("findings") ?? "0");
const SHEETS = ["公开01表", "公开02表", "公开03表"];
const TABLES = ["收入支出决算总表", "收入决算表", "支出决算表"];
const KINDS: FindingKind[] = ["sum", "rounding", "cross", "input"];
const SEVERITY: Record<FindingKind, Severity> = {
  sum: "error",
  cross: "error",
  rounding: "warning",
  input: "info",
  missing: "error",
  indicator: "warning",
  narrative: "error",
};

function sheetOf(name: string): SheetSnapshot {
  const cells = Array.from({ length: 40 }, (_, r) => Array.from({ length: 8 }, (_, c) => ({ value: c < 2 ? `项目${r + 1}` : (r * 8 + c) / 4 })));
  return { name, cells, rowCount: 40, columnCount: 8, merges: [] };
}

function findingAt(i: number): Finding {
  const table = i % 3;
  const kind = KINDS[i % 4];
  const row = 5 + Math.floor(i / 12);
  const cell = cellAddress(row, 2 + (i % 6));
  const actual = (100 + (i % 997) / 100).toFixed(2);
  const expected = kind === "rounding" ? (Number(actual) + 0.01).toFixed(2) : (Number(actual) - 3).toFixed(2);
  return {
    rule: `R${i % 17}`,
    kind,
    severity: SEVERITY[kind],
    sheet: SHEETS[table],
    cell,
    related: [],
    table: TABLES[table],
    subject: `项目${row + 1}·本年支出合计`,
    message: `第 ${i + 1} 项：本年支出合计 ${actual} ≠ 各项之和 ${expected}。`,
    actual,
    expected,
    headline: kind === "rounding" ? `本年支出合计 ${actual} 与各项之和 ${expected} 差 0.01（四舍五入尾差），无需修改，如需一致请调整尾数` : undefined,
    steps: [`${cell}：本年支出合计 ${actual} ≠ 基本支出 ${expected} + 项目支出 0.00（相差 ${(Number(actual) - Number(expected)).toFixed(2)}）`],
  };
}

const findings = Array.from({ length: count }, (_, i) => findingAt(i));
const snapshot: WorkbookSnapshot = { name: "县级汇总.xlsx", sheets: SHEETS.map(sheetOf) };

const host: WorkbookHost = {
  label: "县级汇总.xlsx",
  readSnapshot: async () => snapshot,
  applyMarks: async () => undefined,
  clearMarks: async () => undefined,
  clearMarksByColour: async () => undefined,
  select: async () => undefined,
  insertText: async (): Promise<InsertTextResult> => ({ written: true, sheet: "情况说明", range: "A1:A1" }),
  loadState: async (key) =>
    key === LAST_COMMAND_KEY ? JSON.stringify({ command: "一键检查", summary: `发现 ${count} 个问题`, ok: true, at: "2024-06-03T16:40:00" }) : undefined,
  saveState: async () => undefined,
  fileDigest: async () => ({ label: "文件 SHA-256", value: "0".repeat(64) }),
};

const scripted: PaneEngine = {
  analyze: async (): Promise<AnalysisView> => ({
    file: snapshot.name,
    tables: SHEETS.map((sheet, i) => ({ sheet, range: "A1:H40", kind: TABLES[i], unit: "万元" })),
    unrecognized: [],
    findings,
    outlines: [],
    textParagraphs: 0,
    priorInWorkbook: {},
    priorSheetProblems: [],
    projects: [],
    ref: 1,
    checks: [],
  }),
  narrate: async () => ({ sections: [], gaps: [], missing: [], missingPrior: [], inputs: [], title: "情况说明" }),
  priorFromWorkbook: async () => ({ figures: {}, yearEnds: [], snapshot: { name: "上年.xlsx", sheets: [] } }),
  budgetFromWorkbook: async () => ({ figures: {}, snapshot: { name: "预算.xlsx", sheets: [] } }),
  wordDocument: async () => new Uint8Array(),
  auditReport: async () => new Uint8Array(),
};

/** A snapshot as JSON wrote it: its empty rows and cells (null there) undefined again, as a reader gives them. */
async function fetchSnapshot(file: string): Promise<WorkbookSnapshot> {
  const parsed = (await (await fetch(file)).json()) as WorkbookSnapshot;
  for (const sheet of parsed.sheets) sheet.cells = sheet.cells.map((line) => line?.map((cell) => cell ?? undefined));
  return parsed;
}

async function main(): Promise<void> {
  const workbook = params.get("workbook");
  const mode = params.get("engine");
  if (workbook) {
    const read = await fetchSnapshot(workbook);
    host.readSnapshot = async () => read;
  }
  const noWorker = (): Worker => {
    throw new ReferenceError("Worker is not defined");
  };
  const files = { writeDocx: async () => new Uint8Array(), writeAuditReport: async () => new Uint8Array() };
  const deaths = Number(params.get("deaths") ?? "0");
  let started = 0;
  const startWorker = (): Worker => (started++ < deaths ? new Worker("dying-worker.js") : startEngineWorker());
  const connection = new WorkerConnection(mode === "page" ? noWorker : startWorker);
  (window as unknown as { engineState: () => unknown }).engineState = () => ({ where: connection.where, started });
  const engine = mode ? createEngine(files, connection) : scripted;
  createRoot(document.getElementById("root")!).render(<Pane host={host} engine={engine} />);
  document.body.dataset.ready = "true";
}

void main();
