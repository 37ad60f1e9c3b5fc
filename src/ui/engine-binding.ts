import type { PageFiles, PaneEngine, WrittenSection } from "./engine";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import { packSnapshot, unpackSnapshot, type PackedSnapshot } from "../core/snapshot/packed-snapshot";
import { ENGINE_LOST, isEngineLost, WorkerConnection, type EngineConnection } from "./engine-connection";
import { nextTask } from "./next-task";
import packageJson from "../../package.json";

/** Snapshots the engine read itself (the page's workbook): a check names them by `ref` instead of sending them back. */
const readByEngine = new WeakMap<WorkbookSnapshot, { connection: EngineConnection; generation: number; ref: number }>();

/** What the pane says when a fresh worker died as well (the check tab offers 重试). */
const LOST_TWICE = "检查线程意外停止，重新启动后再次停止（可能是工作簿太大或本机内存不足）。可以关闭其他网页或程序后点击“重试”。";

/**
 * The pane's engine (the composition root shared by taskpane.tsx, app.tsx and the WPS pane): the core use case
 * (src/core/session) on the page's engine worker, or on its own thread where no worker can start (`connection`).
 * A snapshot crosses packed (transferred buffers, packed and unpacked in slices), the check comes back as plain view
 * data and the worker keeps the analysis for the 说明. A call whose worker died runs once more on a fresh worker
 * (never on the page's thread, which a large workbook would freeze); a second death is the accountant's to retry.
 * The Word writers come from the page.
 */
export function createEngine(files: PageFiles, connection: EngineConnection = new WorkerConnection()): PaneEngine {
  const received = (packed: PackedSnapshot) => unpackSnapshot(packed, nextTask);
  return {
    analyze: (snapshot, config, others = {}) =>
      surviving(async () =>
        connection.call("analyze", {
          snapshot: refIn(connection, snapshot) ?? (await packSnapshot(snapshot, nextTask)),
          config,
          others: { priorYearEnds: others.priorYearEnds, priorYear: await packed(others.priorYear), budget: await packed(others.budget) },
        }),
      ),
    narrate: (analysis, config, inputs) => surviving(() => connection.call("narrate", { ref: analysis.ref, config, inputs })),
    priorFromWorkbook: async (bytes, name, analysis, config, accept = false) => {
      const { snapshot, ...figures } = await connection.call("prior", { ref: analysis.ref, name, bytes, config, accept });
      return { ...figures, snapshot: await received(snapshot) };
    },
    budgetFromWorkbook: async (bytes, name, analysis, accept = false) => {
      const { figures, snapshot } = await connection.call("budget", { ref: analysis?.ref, name, bytes, accept });
      return { figures, snapshot: await received(snapshot) };
    },
    wordDocument: (title: string, sections: readonly WrittenSection[]) => files.writeDocx({ title, sections }),
    auditReport: async (analysis, review, file, format) => {
      const { buildAuditReport, printedTime } = await import(/* webpackChunkName: "audit-report" */ "../core/audit/report");
      const facts = {
        unit: analysis.unit,
        year: analysis.year,
        file: file.name,
        digest: file.digest,
        checkedAt: printedTime(new Date()),
        version: packageJson.version,
      };
      const report = buildAuditReport({ facts, tables: analysis.tables, unrecognized: analysis.unrecognized, checks: analysis.checks, review });
      return files.writeAuditReport(report, format);
    },
  };
}

/**
 * The page's reader of its workbook on the engine (its worker): the bytes are copied over (the page keeps the
 * original for the marked copy), the snapshot comes back packed and is unpacked in slices; the engine keeps it, so
 * the check that follows does not send it back.
 */
export function engineReader(connection: EngineConnection): (bytes: Uint8Array, name: string) => Promise<WorkbookSnapshot> {
  return async (bytes, name) => {
    const { ref, snapshot } = await surviving(() => connection.call("read", { name, bytes: bytes.slice().buffer }));
    const unpacked = await unpackSnapshot(snapshot, nextTask);
    readByEngine.set(unpacked, { connection, generation: connection.generation, ref });
    return unpacked;
  };
}

async function packed(snapshot: WorkbookSnapshot | undefined): Promise<PackedSnapshot | undefined> {
  return snapshot && packSnapshot(snapshot, nextTask);
}

/** The engine's ref of a snapshot its current worker read (a fresh worker holds none: the snapshot is sent). */
function refIn(connection: EngineConnection, snapshot: WorkbookSnapshot): number | undefined {
  const kept = readByEngine.get(snapshot);
  return kept?.connection === connection && kept.generation === connection.generation ? kept.ref : undefined;
}

/**
 * Runs a call once more when its worker died under it (the connection starts a fresh one); when that one dies too,
 * fails saying so. `attempt` builds its arguments anew each time (buffers sent are transferred away).
 */
async function surviving<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (!isEngineLost(err)) throw err;
  }
  try {
    return await attempt();
  } catch (err) {
    throw isEngineLost(err) ? Object.assign(new Error(LOST_TWICE), { name: ENGINE_LOST }) : err;
  }
}
