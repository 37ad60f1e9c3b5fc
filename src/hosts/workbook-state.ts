import type { YearEndRecord } from "../core/rules/cross-year";
import type { Figures } from "../core/session/check";
import { parseEngineConfig, type EngineConfig } from "../core/session/engine-config";
import type { WorkbookHost } from "./host";

/**
 * What the add-in keeps with the workbook (host state, saved with it): the settings (设置), the 上年数 typed or read
 * (“收支总计 → 483.23”), last year's 年末 amounts for the carry-over check, the 年初预算数 read from this year's 预算公开 workbook, the figures typed for the text
 * (“政府采购支出总额 → 35.60”) and the words typed for 【待填写：…】 gaps.
 */
export const STATE_KEYS = {
  settings: "settings",
  prior: "priorYear",
  priorYearEnds: "priorYearEnds",
  budget: "budgetFigures",
  inputs: "narrativeInputs",
  fillIns: "narrativeFillIns",
  /** The files the figures were read from (说明: “来自：XX局2022年决算.xlsx”). */
  sources: "narrativeSources",
} as const;

/** What a check or a text needs from the workbook's state: the settings and the figures stored with it. */
export interface StoredInputs {
  config: EngineConfig;
  prior: Figures;
  budget: Figures;
  priorYearEnds: YearEndRecord[];
}

/** Reads the settings and the stored figures (a missing or damaged value reads as the default). */
export async function loadStoredInputs(host: WorkbookHost): Promise<StoredInputs> {
  const keys = [STATE_KEYS.settings, STATE_KEYS.prior, STATE_KEYS.budget, STATE_KEYS.priorYearEnds];
  const [settings, prior, budget, ends] = await Promise.all(keys.map((key) => host.loadState(key).catch(() => undefined)));
  return { config: parseEngineConfig(settings), prior: parseTextRecord(prior), budget: parseTextRecord(budget), priorYearEnds: parseYearEnds(ends) };
}

const TEXT_FIELDS = ["label", "table", "cell"] as const;
const NUMBER_FIELDS = ["amount", "unit", "scale"] as const;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Stored 年末 amounts (a list of YearEndRecord); a damaged entry is left out, anything else stored reads as none. */
export function parseYearEnds(stored: string | undefined): YearEndRecord[] {
  if (!stored) return [];
  try {
    const raw = JSON.parse(stored) as unknown;
    return Array.isArray(raw) ? raw.filter(isYearEnd) : [];
  } catch {
    return [];
  }
}

function isYearEnd(value: unknown): value is YearEndRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    TEXT_FIELDS.every((k) => typeof r[k] === "string") &&
    NUMBER_FIELDS.every((k) => typeof r[k] === "string" && NUMBER.test(r[k] as string)) &&
    typeof r.blank === "boolean"
  );
}

/** A stored map of names to text (`{"收支总计":"483.23"}`); anything else stored reads as empty. */
export function parseTextRecord(stored: string | undefined): Record<string, string> {
  if (!stored) return {};
  try {
    const raw = JSON.parse(stored) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  } catch {
    return {};
  }
}
