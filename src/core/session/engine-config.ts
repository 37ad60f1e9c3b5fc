/**
 * How the accountant set the engine up (设置), the same for every entry point: the pane saves it with the workbook,
 * the ribbon reads it from there, the CLI builds it from its options.
 */
export interface EngineConfig {
  /** 绩效指标权重合计: "auto" (read from the workbook), 90 (预算执行 10 分另计) or 100. */
  weightTotal: "auto" | 90 | 100;
  /** 尾差: "interval" reports differences within printed rounding as warnings; "strict" lists them as errors. */
  rounding: "interval" | "strict";
  /** Custom rules in the catalogue notation (README “规则写法”), empty when none. */
  customRules: string;
  /** Custom narrative template, empty for the standard one. */
  customTemplate: string;
  /** Amounts in the generated text as the region prints them: "fixed" 0.00万元/100.00%, "plain" 0万元/100%. */
  numberStyle: "fixed" | "plain";
  /** The generated text opens with 部门概况 (主要职责, 机构设置) and closes with 名词解释 (on unless turned off). */
  framingChapters: boolean;
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  weightTotal: "auto",
  rounding: "interval",
  customRules: "",
  customTemplate: "",
  numberStyle: "fixed",
  framingChapters: true,
};

/** Reads a stored configuration (JSON), falling back to defaults field by field (an older or damaged value never blocks). */
export function parseEngineConfig(stored: string | undefined): EngineConfig {
  if (!stored) return DEFAULT_ENGINE_CONFIG;
  let raw: Partial<Record<keyof EngineConfig, unknown>>;
  try {
    raw = JSON.parse(stored);
  } catch {
    return DEFAULT_ENGINE_CONFIG;
  }
  return {
    weightTotal: raw.weightTotal === 100 || raw.weightTotal === 90 ? raw.weightTotal : "auto",
    rounding: raw.rounding === "strict" ? "strict" : "interval",
    customRules: typeof raw.customRules === "string" ? raw.customRules : "",
    customTemplate: typeof raw.customTemplate === "string" ? raw.customTemplate : "",
    numberStyle: raw.numberStyle === "plain" ? "plain" : "fixed",
    framingChapters: raw.framingChapters !== false,
  };
}

export function serializeEngineConfig(config: EngineConfig): string {
  return JSON.stringify(config);
}
