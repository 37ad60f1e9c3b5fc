import { budgetFiguresFromWorkbook, checkView, checkWorkbook, narrate, priorFromWorkbook, refuseOtherWorkbook, type CheckResult } from "../../core/session";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import { packSnapshot, unpackSnapshot, type PackedSnapshot } from "../../core/snapshot/packed-snapshot";
import { checkBatchFile } from "../batch/check-workbook";
import { readWorkbook } from "../xlsx/read-workbook";
import type { EngineCall, EngineCalls } from "./protocol";
import { sha256Hex } from "../../core/digest/sha256";

/** Analyses and snapshots kept for the calls that follow (the 说明 of the last check): the last few of each. */
const KEPT = 2;

/**
 * The engine as its worker runs it — and as the page's own thread runs it where no worker can start (an old host,
 * a policy that forbids workers): the same code either way, so both give the same findings and the same text.
 * It keeps the last analyses (their typed models never leave it) and answers with plain data.
 */
export class EngineService {
  private readonly analyses = new Kept<CheckResult>();
  private readonly snapshots = new Kept<WorkbookSnapshot>();

  handle<K extends EngineCall>(call: K, args: EngineCalls[K]["args"]): Promise<EngineCalls[K]["result"]> {
    const handler = this.handlers[call] as (a: EngineCalls[K]["args"]) => Promise<EngineCalls[K]["result"]>;
    return handler(args);
  }

  private readonly handlers: { [K in EngineCall]: (args: EngineCalls[K]["args"]) => Promise<EngineCalls[K]["result"]> } = {
    batch: async ({ name, bytes, options }) => {
      const data = new Uint8Array(bytes);
      return checkBatchFile(name, sha256Hex(data), data, options);
    },
    read: async ({ name, bytes }) => {
      const snapshot = await readWorkbook(bytes, name);
      return { ref: this.snapshots.keep(snapshot), snapshot: await packSnapshot(snapshot) };
    },
    analyze: async ({ snapshot, config, others }) => {
      const workbook = typeof snapshot === "number" ? this.snapshots.get(snapshot, "工作簿") : await unpackSnapshot(snapshot);
      const result = checkWorkbook(workbook, config, {
        priorYearEnds: others.priorYearEnds,
        priorYear: await unpacked(others.priorYear),
        budget: await unpacked(others.budget),
      });
      return { ...checkView(result), ref: this.analyses.keep(result) };
    },
    narrate: async ({ ref, config, inputs }) => narrate(this.analysis(ref), config, inputs),
    prior: async ({ ref, name, bytes, config, accept }) => {
      const analysis = this.analysis(ref);
      const snapshot = await readWorkbook(bytes, name);
      if (!accept) refuseOtherWorkbook(snapshot, analysis, "prior");
      return { ...priorFromWorkbook(snapshot, analysis, config), snapshot: await packSnapshot(snapshot) };
    },
    budget: async ({ ref, name, bytes, accept }) => {
      const snapshot = await readWorkbook(bytes, name);
      const figures = budgetFiguresFromWorkbook(snapshot);
      if (ref !== undefined && !accept) refuseOtherWorkbook(snapshot, this.analysis(ref), "budget");
      return { figures, snapshot: await packSnapshot(snapshot) };
    },
  };

  private analysis(ref: number): CheckResult {
    return this.analyses.get(ref, "检查结果");
  }
}

async function unpacked(packed: PackedSnapshot | undefined): Promise<WorkbookSnapshot | undefined> {
  return packed && unpackSnapshot(packed);
}

/** The last few values made, by number; an older one is gone (the pane asks for a new check). */
class Kept<T> {
  private readonly values = new Map<number, T>();
  private next = 1;

  keep(value: T): number {
    const ref = this.next++;
    this.values.set(ref, value);
    for (const old of this.values.keys()) if (this.values.size > KEPT) this.values.delete(old);
    return ref;
  }

  get(ref: number, what: string): T {
    const value = this.values.get(ref);
    if (value === undefined) throw new Error(`${what}已不在内存中，请重新检查。`);
    return value;
  }
}
