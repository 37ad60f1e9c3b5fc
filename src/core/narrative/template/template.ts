import { parseExpression, type Expr } from "./expression";
import { TemplateError } from "./values";

/**
 * A template file (模板): comment lines “# …”, definitions “定义 名称 = 表达式”, and sections
 * “## id 标题” followed by the section's text. Inside the text, {表达式} is replaced by its value and
 * block tags control the text:
 *   {如果 条件} … {否则} … {结束}
 *   {每行 项 于 [表名] 当 条件} … {结束}   (repeat for every row of the table that meets the condition)
 * Literal braces are written {{ and }}. Each non-empty output line is one paragraph.
 */
export type Node =
  | { k: "text"; v: string }
  | { k: "expr"; e: Expr; source: string }
  | { k: "if"; cond: Expr; then: Node[]; else: Node[] }
  | { k: "each"; variable: string; table: string; filter?: Expr; body: Node[] };

export interface TemplateSection {
  id: string;
  title: string;
  body: Node[];
}

export interface Template {
  definitions: Map<string, Expr>;
  sections: TemplateSection[];
}

const DEFINITION = /^定义\s+(\S+)\s*[=＝]\s*(.+)$/;
const SECTION = /^##\s+(\S+)\s+(.+)$/;

export function parseTemplate(text: string): Template {
  const definitions = new Map<string, Expr>();
  const sections: { id: string; title: string; lines: string[] }[] = [];
  for (const rawLine of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    const section = SECTION.exec(line);
    if (section) {
      sections.push({ id: section[1], title: section[2].trim(), lines: [] });
      continue;
    }
    if (line.startsWith("#")) continue;
    const definition = DEFINITION.exec(line);
    if (definition && sections.length === 0) {
      definitions.set(definition[1], parseExpression(definition[2]));
      continue;
    }
    if (sections.length === 0) {
      if (line !== "") throw new TemplateError(`模板第一节（## 编号 标题）之前只能有注释和“定义”行：${line}`);
      continue;
    }
    sections[sections.length - 1].lines.push(rawLine);
  }
  return {
    definitions,
    sections: sections.map((s) => ({ id: s.id, title: s.title, body: parseBody(s.lines.join("\n"), s.title) })),
  };
}

type Piece = { k: "text"; v: string } | { k: "tag"; v: string };

/** Splits text into literal pieces and {tags}; quotes inside a tag may contain braces. */
function splitPieces(text: string, where: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = "";
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (two === "{{" || two === "}}") {
      literal += two[0];
      i += 2;
    } else if (text[i] === "{") {
      const end = tagEnd(text, i + 1);
      if (end < 0) throw new TemplateError(`“${where}”中的“{”没有对应的“}”`);
      if (literal) pieces.push({ k: "text", v: literal });
      literal = "";
      pieces.push({ k: "tag", v: text.slice(i + 1, end).trim() });
      i = end + 1;
    } else {
      literal += text[i++];
    }
  }
  if (literal) pieces.push({ k: "text", v: literal });
  return pieces;
}

function tagEnd(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === "}" && !quoted) return i;
  }
  return -1;
}

const EACH = /^每行\s+(\S+)\s+于\s+\[([^\]]+)\](?:\s+当\s+(.+))?$/;

function parseBody(text: string, where: string): Node[] {
  const pieces = splitPieces(text, where);
  let pos = 0;
  const parseUntil = (stops: string[]): { nodes: Node[]; stop?: string } => {
    const nodes: Node[] = [];
    while (pos < pieces.length) {
      const piece = pieces[pos++];
      if (piece.k === "text") {
        nodes.push(piece);
        continue;
      }
      if (stops.includes(piece.v)) return { nodes, stop: piece.v };
      nodes.push(parseTag(piece.v));
    }
    return { nodes };
  };
  const parseTag = (tag: string): Node => {
    if (tag === "否则" || tag === "结束") throw new TemplateError(`“${where}”中多余的{${tag}}`);
    if (tag.startsWith("如果 ") || tag.startsWith("如果\u3000")) return parseIf(tag.slice(3));
    const each = EACH.exec(tag);
    if (each) return parseEach(each);
    if (tag.startsWith("每行")) throw new TemplateError(`“${where}”中循环应写作 {每行 项 于 [表名] 当 条件}：{${tag}}`);
    return { k: "expr", e: parseExpression(tag), source: tag };
  };
  const parseIf = (condition: string): Node => {
    const cond = parseExpression(condition);
    const first = parseUntil(["否则", "结束"]);
    if (!first.stop) throw new TemplateError(`“${where}”中的{如果 ${condition}}缺少{结束}`);
    if (first.stop === "结束") return { k: "if", cond, then: first.nodes, else: [] };
    const second = parseUntil(["结束"]);
    if (!second.stop) throw new TemplateError(`“${where}”中的{如果 ${condition}}缺少{结束}`);
    return { k: "if", cond, then: first.nodes, else: second.nodes };
  };
  const parseEach = (m: RegExpExecArray): Node => {
    const body = parseUntil(["结束"]);
    if (!body.stop) throw new TemplateError(`“${where}”中的{每行 …}缺少{结束}`);
    return { k: "each", variable: m[1], table: m[2].trim(), filter: m[3] ? parseExpression(m[3]) : undefined, body: body.nodes };
  };
  const { nodes, stop } = parseUntil([]);
  if (stop) throw new TemplateError(`“${where}”中多余的{${stop}}`);
  return nodes;
}
