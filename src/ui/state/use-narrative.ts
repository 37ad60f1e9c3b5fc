import { useCallback, useEffect, useState } from "react";
import type { InsertTextResult, WorkbookHost } from "../../hosts/host";
import { parseTextRecord, STATE_KEYS } from "../../hosts/workbook-state";
import type { AnalysisView, EngineConfig, NarrativeView, OtherWorkbooks, PaneEngine, PriorFigures, WrittenSection } from "../engine";
import { adoptEarlierFillIns, type FillIns } from "../narrative/gaps";
import { errorText, useStoredValue } from "./use-stored-value";

const { prior: PRIOR_STATE_KEY, budget: BUDGET_STATE_KEY, inputs: INPUTS_STATE_KEY, fillIns: FILL_INS_STATE_KEY, sources: SOURCES_STATE_KEY } = STATE_KEYS;

/** Which file filled the figures: last year's workbook (and the figures it gave), this year's 预算公开 workbook. */
export interface FigureSources {
  prior?: { file: string; figures: PriorFigures };
  budget?: string;
}

function parseSources(stored: string | undefined): FigureSources {
  try {
    const raw = JSON.parse(stored ?? "{}") as FigureSources;
    const prior =
      raw.prior && typeof raw.prior.file === "string" ? { file: raw.prior.file, figures: parseTextRecord(JSON.stringify(raw.prior.figures)) } : undefined;
    return { prior, budget: typeof raw.budget === "string" ? raw.budget : undefined };
  } catch {
    return {};
  }
}

/** A workbook that is not the one asked for (another unit or year), waiting for the accountant's word. */
export interface PendingWorkbook {
  role: "prior" | "budget";
  file: File;
  message: string;
}

/** Pause in typing after which what was typed is kept with the workbook (a keystroke does not write each time). */
const KEEP_AFTER_MS = 800;

/** Typed figures and words are kept with the workbook a moment after typing stops: nothing typed is lost. */
function useKeptWhileTyping(host: WorkbookHost, values: Record<string, Record<string, string>>): void {
  const text = JSON.stringify(values);
  useEffect(() => {
    const entries = Object.entries(JSON.parse(text) as Record<string, Record<string, string>>).filter(([, v]) => Object.keys(v).length > 0);
    if (entries.length === 0) return;
    const timer = setTimeout(() => {
      for (const [key, value] of entries) host.saveState(key, JSON.stringify(value)).catch(() => undefined);
    }, KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [host, text]);
}

/**
 * 说明: the generated text, the figures and words the accountant adds to it, and where they are kept. The workbooks
 * opened here (last year's, this year's 预算公开) go to `onWorkbook` for the next check.
 */
export function useNarrative(
  host: WorkbookHost,
  engine: PaneEngine,
  analysis: AnalysisView | undefined,
  settings: EngineConfig,
  onWorkbook: (others: OtherWorkbooks) => void,
) {
  const [prior, setPrior] = useStoredValue<PriorFigures>(host, PRIOR_STATE_KEY, parseTextRecord, {});
  const [budget, setBudget] = useStoredValue<PriorFigures>(host, BUDGET_STATE_KEY, parseTextRecord, {});
  const [inputs, setInputs] = useStoredValue<PriorFigures>(host, INPUTS_STATE_KEY, parseTextRecord, {});
  const [fillIns, setFillIns] = useStoredValue<FillIns>(host, FILL_INS_STATE_KEY, parseTextRecord, {});
  const [sources, setSources] = useStoredValue<FigureSources>(host, SOURCES_STATE_KEY, parseSources, {});
  const [pending, setPending] = useState<PendingWorkbook>();
  const [narrative, setNarrative] = useState<NarrativeView>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [fileNotice, setFileNotice] = useState<string>();

  useEffect(() => setNarrative(undefined), [analysis]); // a new check: the old text no longer matches the tables
  useKeptWhileTyping(host, { [PRIOR_STATE_KEY]: prior, [INPUTS_STATE_KEY]: inputs, [FILL_INS_STATE_KEY]: fillIns });

  const generate = useCallback(async () => {
    if (!analysis) return;
    setError(undefined);
    try {
      const next = await engine.narrate(analysis, settings, { prior, budget, inputs });
      setNarrative(next);
      setFillIns((current) => adoptEarlierFillIns(next.sections, current));
      await host.saveState(PRIOR_STATE_KEY, JSON.stringify(prior));
      await host.saveState(INPUTS_STATE_KEY, JSON.stringify(inputs));
    } catch (err) {
      setError(errorText(err, "生成说明时出错"));
    }
  }, [analysis, engine, host, prior, budget, inputs, settings, setFillIns]);

  /**
   * Reads a file chosen in the form: busy meanwhile, its notice when read, its message when it cannot be; a
   * workbook of another unit or year waits for the accountant's word (`pending`).
   */
  const readFile = useCallback(async (read: () => Promise<string>, failure: string, onMismatch: (message: string) => void) => {
    setBusy(true);
    setError(undefined);
    setFileNotice(undefined);
    setPending(undefined);
    try {
      setFileNotice(await read());
    } catch (err) {
      if (err instanceof Error && err.name === "WorkbookMismatchError") onMismatch(err.message);
      else setError(errorText(err, failure));
    } finally {
      setBusy(false);
    }
  }, []);

  const keepSources = useCallback(
    async (next: FigureSources) => {
      setSources(next);
      await host.saveState(SOURCES_STATE_KEY, JSON.stringify(next));
    },
    [host, setSources],
  );

  /** `accept`: the accountant confirmed a workbook of another unit or year. */
  const loadPriorFile = useCallback(
    async (file: File, accept = false) => {
      if (!analysis) return;
      await readFile(
        async () => {
          const { figures, yearEnds, snapshot } = await engine.priorFromWorkbook(await file.arrayBuffer(), file.name, analysis, settings, accept);
          const next = { ...prior, ...figures };
          setPrior(next);
          onWorkbook({ priorYear: snapshot });
          await host.saveState(PRIOR_STATE_KEY, JSON.stringify(next));
          await host.saveState(STATE_KEYS.priorYearEnds, JSON.stringify(yearEnds));
          await keepSources({ ...sources, prior: { file: file.name, figures } });
          const count = Object.keys(figures).length;
          const read = count ? `已从“${file.name}”读取 ${count} 项上年数，请重新生成。` : `“${file.name}”中没有找到所需的上年数。`;
          return `${read}再次检查时将核对本年年初结转和结余与上年年末数。`;
        },
        "无法读取上年工作簿",
        (message) => setPending({ role: "prior", file, message }),
      );
    },
    [analysis, engine, host, prior, settings, setPrior, onWorkbook, readFile, sources, keepSources],
  );

  const loadBudgetFile = useCallback(
    (file: File, accept = false) =>
      readFile(
        async () => {
          const { figures, snapshot } = await engine.budgetFromWorkbook(await file.arrayBuffer(), file.name, analysis, accept);
          setBudget(figures);
          onWorkbook({ budget: snapshot });
          await host.saveState(BUDGET_STATE_KEY, JSON.stringify(figures));
          await keepSources({ ...sources, budget: file.name });
          const count = Object.keys(figures).length;
          const read = count ? `已从“${file.name}”读取 ${count} 项年初预算数，请重新生成。` : `“${file.name}”中没有预算公开表的年初预算数。`;
          return `${read}再次检查时将以其中的绩效目标表核对本表的绩效自评表。`;
        },
        "无法读取预算公开表",
        (message) => setPending({ role: "budget", file, message }),
      ),
    [analysis, engine, host, setBudget, onWorkbook, readFile, sources, keepSources],
  );

  /** The accountant's word on a workbook of another unit or year: use it after all, or not. */
  const settlePending = useCallback(
    (use: boolean) => {
      const waiting = pending;
      setPending(undefined);
      if (!use || !waiting) return;
      void (waiting.role === "prior" ? loadPriorFile(waiting.file, true) : loadBudgetFile(waiting.file, true));
    },
    [pending, loadPriorFile, loadBudgetFile],
  );

  const setInput = useCallback((name: string, value: string) => setInputs((current) => ({ ...current, [name]: value })), [setInputs]);
  const setFillIn = useCallback((id: string, text: string) => setFillIns((current) => ({ ...current, [id]: text })), [setFillIns]);

  /** The words typed for the gaps travel with the workbook once the text is used (copied or inserted). */
  const keepFillIns = useCallback(() => host.saveState(FILL_INS_STATE_KEY, JSON.stringify(fillIns)).catch(() => undefined), [host, fillIns]);

  const insertText = useCallback(
    async (paragraphs: string[], overwrite: boolean): Promise<InsertTextResult> => {
      await keepFillIns();
      return host.insertText(paragraphs, { overwrite });
    },
    [host, keepFillIns],
  );

  /** The chosen chapters, typed words in place, as a Word document. */
  const wordDocument = useCallback(
    async (sections: WrittenSection[]): Promise<Uint8Array> => {
      await keepFillIns();
      return engine.wordDocument(narrative?.title ?? "情况说明", sections);
    },
    [engine, narrative, keepFillIns],
  );

  return {
    prior,
    setPrior,
    budget,
    inputs,
    setInput,
    fillIns,
    setFillIn,
    keepFillIns,
    narrative,
    error,
    busy,
    fileNotice,
    generate,
    loadPriorFile,
    loadBudgetFile,
    sources,
    pending,
    settlePending,
    insertText,
    wordDocument,
  };
}
