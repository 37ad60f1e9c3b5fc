import { createHash } from "crypto";
import { readFileSync } from "fs";
import type { BatchOutcome } from "./check-one";
import { writeOutput } from "../output-file";

/** The file's SHA-256, hex: what the cache and the summary name a workbook by. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Bumped when the outcome's shape or the engine's verdicts change, so an old cache is never reused. */
const CACHE_VERSION = 1;

interface CacheFile {
  version: number;
  /** What the outcomes depend on besides the file: the rules, weights, tool version. */
  options: string;
  outcomes: Record<string, BatchOutcome>;
}

/**
 * Outcomes of earlier runs, by the file's SHA-256 and the options (a cache beside the summary: “汇总.xlsx.cache.json”):
 * a re-run skips a workbook whose bytes and options are unchanged. A damaged or foreign cache is ignored (the
 * files are checked again), never trusted.
 */
export class OutcomeCache {
  /** Outcomes of earlier runs: the only ones `get` answers from (a copy sent twice in one run is checked twice). */
  private readonly earlier = new Map<string, BatchOutcome>();
  /** Outcomes of this run, saved with the earlier ones (an interrupted run resumes where it stopped). */
  private readonly current = new Map<string, BatchOutcome>();

  private constructor(
    private readonly path: string,
    private readonly options: string,
  ) {}

  /** The cache at `path` for these options; `fresh` ignores what is there (--fresh). */
  static open(path: string, options: string, fresh: boolean): OutcomeCache {
    const cache = new OutcomeCache(path, options);
    if (!fresh) cache.load();
    return cache;
  }

  /** An earlier outcome of the same bytes (the name may differ: a file moved or renamed keeps its result). */
  get(sha: string, name: string): BatchOutcome | undefined {
    const found = this.earlier.get(sha);
    return found && { ...found, name };
  }

  put(outcome: BatchOutcome): void {
    if (outcome.sha256) this.current.set(outcome.sha256, outcome);
  }

  /** Written whole through a temporary file: an interrupted run leaves the old cache or the new one, never half. */
  save(): void {
    const file: CacheFile = { version: CACHE_VERSION, options: this.options, outcomes: Object.fromEntries([...this.earlier, ...this.current]) };
    writeOutput(this.path, new TextEncoder().encode(JSON.stringify(file)), [], true, "--summary");
  }

  private load(): void {
    let parsed: CacheFile;
    try {
      parsed = JSON.parse(readFileSync(this.path, "utf8")) as CacheFile;
    } catch {
      return;
    }
    if (parsed?.version !== CACHE_VERSION || parsed.options !== this.options || typeof parsed.outcomes !== "object") return;
    for (const [sha, outcome] of Object.entries(parsed.outcomes)) if (outcome?.sha256 === sha) this.earlier.set(sha, outcome);
  }
}
