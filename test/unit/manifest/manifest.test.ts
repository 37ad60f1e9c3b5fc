import { existsSync, readFileSync } from "fs";
import path from "path";
import { SaxesParser } from "saxes";
import { COMMAND_FUNCTIONS } from "../../../src/loader/contract";

const ROOT = path.join(__dirname, "../../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_URL = "https://localhost:3000/";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Strict, namespace-aware parse (saxes rejects any well-formedness error) into a small element tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const attributes = Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value]));
    const element: XmlElement = { name: tag.name, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => (stack[stack.length - 1].text += text));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function all(element: XmlElement, name: string): XmlElement[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((c) => all(c, name))];
}

function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** Pages the webpack build writes (its exported page list), as file names. */
function builtPages(): string[] {
  const config = require(path.join(ROOT, "webpack.config.js")) as { pages: string[] };
  return config.pages.map((p) => `${p}.html`);
}

const xml = readFileSync(MANIFEST, "utf8");
const manifest = parseXml(xml);
const resources = one(manifest, "Resources");
const resourceUrl = (resid: string) =>
  [...all(resources, "bt:Image"), ...all(resources, "bt:Url")].find((e) => e.attributes.id === resid)?.attributes.DefaultValue;

describe("manifest.xml", () => {
  it("is a well-formed task-pane manifest for Excel with a fixed GUID and document write access", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(one(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(manifest, "DefaultLocale").text).toBe("zh-CN");
    expect(one(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(all(manifest, "Host").map((h) => h.attributes.Name ?? h.attributes["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    // The lowest set that lets Excel 2016/2019 list the add-in; the loader explains there why the pane needs 1.9.
    expect(all(manifest, "Set")).toEqual([expect.objectContaining({ attributes: { Name: "ExcelApi", MinVersion: "1.1" } })]);
    expect(one(manifest, "DisplayName").attributes.DefaultValue).toBe("预决算公开助手");
  });

  it("has the ribbon tab 预决算助手 with 打开助手, 一键检查, 生成说明, 审核报告 and 清除标记", () => {
    const label = (resid: string) => all(resources, "bt:String").find((s) => s.attributes.id === resid)?.attributes.DefaultValue;
    const tab = one(manifest, "CustomTab");
    expect(label(tab.children.find((c) => c.name === "Label")!.attributes.resid)).toBe("预决算助手");
    const buttons = all(tab, "Control").map((c) => ({
      label: label(c.children.find((e) => e.name === "Label")!.attributes.resid),
      action: one(c, "Action").attributes["xsi:type"],
    }));
    expect(buttons).toEqual([
      { label: "打开助手", action: "ShowTaskpane" },
      { label: "一键检查", action: "ExecuteFunction" },
      { label: "生成说明", action: "ShowTaskpane" },
      { label: "审核报告", action: "ExecuteFunction" },
      { label: "清除标记", action: "ExecuteFunction" },
    ]);
    for (const s of all(resources, "bt:String")) expect(s.attributes.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
  });

  it("keeps every string within Office's limits (ShortStrings 125, LongStrings 250 characters) and every id unique", () => {
    for (const s of all(one(manifest, "bt:ShortStrings"), "bt:String"))
      expect([s.attributes.id, s.attributes.DefaultValue.length <= 125]).toEqual([s.attributes.id, true]);
    for (const s of all(one(manifest, "bt:LongStrings"), "bt:String"))
      expect([s.attributes.id, s.attributes.DefaultValue.length <= 250]).toEqual([s.attributes.id, true]);
    const ids = [...all(resources, "bt:String"), ...all(resources, "bt:Url"), ...all(resources, "bt:Image")].map((e) => e.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    const controls = all(manifest, "Control").map((c) => c.attributes.id);
    expect(new Set(controls).size).toBe(controls.length);
    // Every resid a control names is defined.
    for (const ref of all(one(manifest, "CustomTab"), "Label").concat(all(one(manifest, "CustomTab"), "Description"), all(one(manifest, "CustomTab"), "Title")))
      expect(ids).toContain(ref.attributes.resid);
  });

  it("points every URL at https://localhost:3000/ and at a page or icon the build produces", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|src)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    const pages = builtPages();
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      const file = url.slice(DEV_URL.length).split("?")[0];
      if (file.startsWith("assets/")) expect([file, existsSync(path.join(ROOT, file))]).toEqual([file, true]);
      else expect(pages).toContain(file);
    }
  });

  it("gives every icon 16, 32 and 80 px images that exist with those sizes", () => {
    for (const icon of all(manifest, "Icon")) {
      const images = icon.children.filter((c) => c.name === "bt:Image");
      expect(images.map((i) => i.attributes.size)).toEqual(["16", "32", "80"]);
      for (const image of images) {
        const file = resourceUrl(image.attributes.resid)!.slice(DEV_URL.length);
        const png = readFileSync(path.join(ROOT, file));
        expect(png.readUInt32BE(16)).toBe(Number(image.attributes.size)); // IHDR width
      }
    }
  });

  it("wires each ExecuteFunction to a function the function file registers with Office.actions.associate", () => {
    const functionFile = resourceUrl(one(manifest, "FunctionFile").attributes.resid);
    expect(functionFile).toBe(`${DEV_URL}commands.html`);
    const source = readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(source).toContain("Office.actions.associate(");
    // The names are defined once, in the contract the ES5 loader (which defines the functions first) shares.
    const names = all(manifest, "FunctionName").map((f) => f.text);
    expect(names).toEqual(["checkWorkbook", "auditReport", "clearMarks"]);
    expect(Object.values(COMMAND_FUNCTIONS).sort()).toEqual([...names].sort());
  });
});
