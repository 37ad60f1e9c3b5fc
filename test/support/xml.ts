import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

/** Strict XML parse (saxes rejects any well-formedness error) into a small element tree. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "#document", attributes: {}, children: [] };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.local, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

/** Every element of that name, the element itself included. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((c) => all(c, name))];
}
