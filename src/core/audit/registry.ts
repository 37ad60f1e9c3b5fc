import type { RuleMeta } from "../findings/rule-meta";
import { ENGINE_RULES } from "../findings/engine-rules";
import { CLAIM_RULES } from "../narrative/claims/catalogue";
import { PERFORMANCE_RULES } from "../performance/rules";
import type { Rule } from "../rules/rule-ast";
import { isCrossTable } from "../rules/explain";

/** A table rule (built in or the accountant's) in the registry's shape: ids starting with X are 表间. */
export function tableRuleMeta(rule: Rule): RuleMeta {
  return { id: rule.id, family: isCrossTable(rule.id) ? "表间" : "表内", severity: rule.severity, description: rule.name };
}

const CLAIMS: readonly RuleMeta[] = Object.values(CLAIM_RULES).map((r) => ({ id: r.id, family: "说明", severity: r.severity, description: r.title }));

const PERFORMANCE: readonly RuleMeta[] = PERFORMANCE_RULES.map((r) => ({ id: r.id, family: "绩效", severity: r.severity, description: r.name }));

/**
 * Every check the engine can run, one shape for all four catalogues: the table rules in use (the built-in
 * catalogue and the accountant's own), the 说明 claims, the 绩效 rules and the engine's own checks.
 */
export function ruleRegistry(tableRules: readonly Rule[]): ReadonlyMap<string, RuleMeta> {
  const known = REGISTRIES.get(tableRules);
  if (known) return known;
  const registry = new Map<string, RuleMeta>();
  for (const r of [...tableRules.map(tableRuleMeta), ...CLAIMS, ...PERFORMANCE, ...ENGINE_RULES]) registry.set(r.id, r);
  REGISTRIES.set(tableRules, registry);
  return registry;
}

/** Built once per catalogue in use (the built-in one serves every workbook of a batch), not once per check. */
const REGISTRIES = new WeakMap<readonly Rule[], ReadonlyMap<string, RuleMeta>>();
