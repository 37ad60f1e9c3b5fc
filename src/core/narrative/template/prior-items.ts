import type { Expr } from "./expression";
import type { Node, Template } from "./template";

/** Functions that read last year's value of their first argument when no second one gives it. */
const CHANGE_FUNCTIONS = new Set(["变化", "原因"]);

/**
 * The prior-year items a template can ask for: every defined name (定义) it reads inside 上年(…) or as the subject
 * of 变化(x) / 原因(x) without a given 上年值, in order of appearance, each once — found by walking the template's
 * syntax tree (every branch, through the definitions it uses), not by running it.
 */
export function priorItemsOf(template: Template): string[] {
  const items = new Set<string>();
  const visited = new Set<string>();
  const walk = (expr: Expr, inPrior: boolean): void => {
    switch (expr.k) {
      case "name":
        return named(expr.name, inPrior);
      case "col":
      case "field":
        return walk(expr.target, inPrior);
      case "unary":
        return walk(expr.arg, inPrior);
      case "bin":
        walk(expr.left, inPrior);
        return walk(expr.right, inPrior);
      case "call":
        return call(expr, inPrior);
      default:
        return;
    }
  };
  const named = (name: string, inPrior: boolean): void => {
    const definition = template.definitions.get(name);
    if (!definition) return;
    if (inPrior) {
      items.add(name);
    } else if (!visited.has(name)) {
      visited.add(name);
      walk(definition, false);
    }
  };
  const call = ({ fn, args }: Extract<Expr, { k: "call" }>, inPrior: boolean): void => {
    if (fn === "上年") return walk(args[0], true);
    args.forEach((arg) => walk(arg, inPrior));
    if (CHANGE_FUNCTIONS.has(fn) && args.length === 1) walk(args[0], true);
  };
  const render = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.k === "expr") walk(node.e, false);
      if (node.k === "if") {
        walk(node.cond, false);
        render(node.then);
        render(node.else);
      }
      if (node.k === "each") {
        if (node.filter) walk(node.filter, false);
        render(node.body);
      }
    }
  };
  for (const section of template.sections) render(section.body);
  return [...items];
}
