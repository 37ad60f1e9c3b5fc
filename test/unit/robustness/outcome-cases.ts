import { cellAddress } from "../../../src/core/snapshot/address";
import { draftToParts } from "../../support/draft-package";
import { generateWorkbook, setAmount, type AmountSlot } from "../../support/generate-workbook";
import { Prng } from "../../support/prng";
import { repeatedPart, type DeflatedPart } from "../../support/bombs";
import type { Parts } from "../../support/xlsx-package";
import { zipForm, type ZipForm, type ZipItem } from "../../support/zip-forms";

/**
 * Inputs of the outcome fuzz suite, each with the one outcome it must give — no “either”:
 * - `refuse`: exit 2 with a Chinese message matching `message`;
 * - `counts`: exit 0 or 1 and exactly these numbers of errors, warnings and notes (and the error cells, when given).
 *   The base is a generated 决算 set that is consistent by construction (no finding); a “slip” adds 100.00 to one
 *   amount, which must give exactly one error involving that cell (named as the wrong cell when another sum
 *   confirms it, else among the cells of the broken sum). Encodings that change nothing (zip forms, prefixes,
 *   DOCTYPE, parts the reader never opens) must give the same counts as the plain file.
 * - `noSilentPass`: inputs whose reading is being reworked (formulas without cached values, merged headers): only
 *   what must hold whatever the reading — exit 2, or at least one finding.
 * Every case is generated from seeds, so a failure replays by its name.
 */

export type Expected =
  | { kind: "refuse"; message: RegExp }
  | {
      kind: "counts";
      code: 0 | 1;
      errors: number;
      warnings: number;
      infos: number;
      /** "Sheet1!D11": a cell every error names (as its cell or among the cells involved); read from --json. */
      involves?: string;
      stderr?: RegExp;
    }
  | { kind: "noSilentPass" };

export interface OutcomeCase {
  name: string;
  command: "check" | "narrate";
  /** Files to write in the case's folder (name → bytes); `args` name them. "{dir}/" prefixes a path in that folder. */
  files: Record<string, Uint8Array>;
  args: string[];
  expect: Expected;
  /** After the run: the --out / --docx file that must exist; `noted`: it holds the add-in's note on every error's cell. */
  output?: { file: string; noted?: boolean };
}

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: string | Uint8Array) => (typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes));

const CLEAN = { kind: "counts", code: 0, errors: 0, warnings: 0, infos: 0 } as const;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const BOMB_MEGABYTES = 420; // beyond the reader's 400 MB limit on one part

/** The base set, its amounts, and slips (one amount off by 100.00) as package parts. */
class Base {
  readonly wb = generateWorkbook({ seed: 9, units: 1 });
  readonly slots: AmountSlot[] = this.wb.amounts.filter((a) => a.checked && a.cents > 0);

  parts(): Parts {
    return draftToParts(this.wb.draft);
  }

  /** The parts with `slot` 100.00 too high, and the cell that must be named. */
  slipped(slot: AmountSlot): { parts: Parts; sheet: string; cell: string } {
    setAmount(this.wb, slot, slot.cents + 10000);
    const parts = this.parts();
    setAmount(this.wb, slot, slot.cents);
    return { parts, sheet: slot.sheet, cell: cellAddress(slot.r, slot.c) };
  }

  sheetPart(sheet: string): string {
    return `xl/worksheets/sheet${this.wb.draft.sheets.findIndex((s) => s.name === sheet) + 1}.xml`;
  }
}

function items(parts: Parts): ZipItem[] {
  return Object.entries(parts).map(([name, content]) => ({ name, bytes: typeof content === "string" ? encode(content) : content }));
}

function zipOf(parts: Parts, form: ZipForm = {}): Uint8Array {
  return zipForm(items(parts), form);
}

const FORMS: [string, ZipForm][] = [
  ["deflated", {}],
  ["stored", { level: 0 }],
  ["data descriptors", { dataDescriptor: true }],
  ["zip64", { zip64: true }],
  ["zip64 with data descriptors", { zip64: true, dataDescriptor: true }],
];

function check(name: string, input: Uint8Array, expect: Expected, extra: Partial<OutcomeCase> = {}): OutcomeCase {
  const json = expect.kind === "counts" && expect.involves !== undefined && !extra.args?.includes("--json") ? ["--json"] : [];
  return {
    name,
    command: "check",
    files: { "输入.xlsx": input, ...extra.files },
    args: ["输入.xlsx", ...(extra.args ?? []), ...json],
    expect,
    output: extra.output,
  };
}

function oneError(sheet: string, cell: string, stderr?: RegExp): Expected {
  return { kind: "counts", code: 1, errors: 1, warnings: 0, infos: 0, involves: `${sheet}!${cell}`, ...(stderr && { stderr }) };
}

export function outcomeCases(): OutcomeCase[] {
  const base = new Base();
  const rng = new Prng(2101);
  const slips = Array.from({ length: 130 }, () => base.slots[rng.int(0, base.slots.length - 1)]);
  const bomb = repeatedPart("", new Uint8Array(1024 * 1024), BOMB_MEGABYTES, "");
  return [
    ...zipForms(base),
    ...slipCases(base, slips),
    ...xmlForms(base, slips.slice(0, 6)),
    ...truncations(base, 80),
    ...duplicates(base),
    ...bombs(base, bomb, slips[0]),
    ...sheetsAndComments(
      base,
      slips
        .slice(6, 40)
        .filter((s) => /^J0[1-5]$/.test(s.table))
        .slice(0, 4),
    ),
    ...stillBeingReworked(base, slips.slice(10, 30)),
    ...controlCharacters(base, slips[30]),
    ...ruleFiles(base),
    ...wordFiles(base, bomb),
    ...narrateCases(base),
  ];
}

function zipForms(base: Base): OutcomeCase[] {
  const parts = base.parts();
  const reversed = Object.fromEntries(Object.entries(parts).reverse());
  return [
    ...FORMS.map(([label, form]) => check(`clean set, ${label}`, zipOf(parts, form), CLEAN)),
    check("clean set, entries in reverse order", zipOf(reversed), CLEAN),
    check("clean set, --out", zipOf(parts), CLEAN, { args: ["--out", "{dir}/标记.xlsx"], output: { file: "标记.xlsx" } }),
  ];
}

function slipCases(base: Base, slips: AmountSlot[]): OutcomeCase[] {
  return slips.map((slot, i) => {
    const { parts, sheet, cell } = base.slipped(slot);
    const [label, form] = FORMS[i % FORMS.length];
    const name = `slip #${i} in ${slot.table} ${sheet}!${cell}, ${label}`;
    if (i % 6 !== 0) return check(name, zipOf(parts, form), oneError(sheet, cell));
    return check(`${name}, --out`, zipOf(parts, form), oneError(sheet, cell), {
      args: ["--out", "{dir}/标记.xlsx"],
      output: { file: "标记.xlsx", noted: true },
    });
  });
}

/** SpreadsheetML with the main namespace on a prefix (x:c, x:row), a DOCTYPE with entity declarations, strict. */
function xmlForms(base: Base, slips: AmountSlot[]): OutcomeCase[] {
  const cases: OutcomeCase[] = [];
  const spreadsheetParts = (parts: Parts) => Object.keys(parts).filter((n) => /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n));
  const doctype = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
  const transforms: [string, (xml: string) => string][] = [
    ["prefixed XML (x:)", prefixed],
    ["a DOCTYPE declaring entities", (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, (decl) => `${decl}${doctype}`)],
  ];
  for (const [label, transform] of transforms) {
    const clean = base.parts();
    for (const name of spreadsheetParts(clean)) clean[name] = transform(decode(clean[name]));
    cases.push(check(`clean set, ${label}`, zipOf(clean), CLEAN));
    for (const slot of slips.slice(0, 3)) {
      const { parts, sheet, cell } = base.slipped(slot);
      for (const name of spreadsheetParts(parts)) parts[name] = transform(decode(parts[name]));
      cases.push(check(`slip ${sheet}!${cell} (#${cases.length}), ${label}`, zipOf(parts), oneError(sheet, cell)));
    }
  }
  const strict = base.parts();
  for (const [name, content] of Object.entries(strict)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    strict[name] = decode(content)
      .split(MAIN_NS)
      .join("http://purl.oclc.org/ooxml/spreadsheetml/main")
      .split("http://schemas.openxmlformats.org/officeDocument/2006/relationships")
      .join("http://purl.oclc.org/ooxml/officeDocument/relationships");
  }
  cases.push(check("clean set, strict Open XML", zipOf(strict), CLEAN));
  cases.push(
    check("clean set, strict Open XML, --out", zipOf(strict), { kind: "refuse", message: /严格 Open XML.*另存为/ }, { args: ["--out", "{dir}/标记.xlsx"] }),
  );
  return cases;
}

/** Every element of the main namespace written with the prefix x (as some generators write it). */
function prefixed(xml: string): string {
  return xml
    .replace(new RegExp(`xmlns="${MAIN_NS}"`), `xmlns:x="${MAIN_NS}"`)
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_, slash: string, name: string) => `<${slash}x:${name}`);
}

function truncations(base: Base, count: number): OutcomeCase[] {
  const bytes = zipOf(base.parts());
  const rng = new Prng(2102);
  const ends = Array.from({ length: count }, (_, i) => (i < 6 ? bytes.length - [1, 4, 21, 22, 23, 100][i] : rng.int(1, bytes.length - 2)));
  return ends.map((end) =>
    check(`clean set truncated to ${end} of ${bytes.length} bytes`, bytes.slice(0, end), { kind: "refuse", message: /文件不完整|压缩包|文件已损坏/ }),
  );
}

function duplicates(base: Base): OutcomeCase[] {
  const parts = base.parts();
  const names = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "[Content_Types].xml", "_rels/.rels", "xl/styles.xml"].filter(
    (n) => n in parts,
  );
  return names.flatMap((name) => {
    const twice = [...items(parts), { name: name.toUpperCase() === name ? name : name.replace(/^x/, "X"), bytes: encode("<x/>") }];
    const message = new RegExp(`出现了不止一次`);
    return [
      check(`part ${name} twice (second spelled differently)`, zipForm(twice), { kind: "refuse", message }),
      check(
        `part ${name} twice, --out`,
        zipForm([...items(parts), { name, bytes: encode("<x/>") }]),
        { kind: "refuse", message },
        { args: ["--out", "{dir}/标记.xlsx"] },
      ),
    ];
  });
}

/** A part that expands to 420 MB, in every kind of part: refused where it is read, never inflated where it is not. */
function bombs(base: Base, bomb: DeflatedPart, slot: AmountSlot): OutcomeCase[] {
  const parts = base.parts();
  const read = [
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "_rels/.rels",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet3.xml",
  ];
  const withBomb = (source: Parts, name: string) =>
    zipForm([...items(source).filter((i) => i.name !== name), { name, bytes: new Uint8Array(), deflated: bomb }]);
  const tooBig = { kind: "refuse", message: /解压后达 420 MB，超过可读取的上限/ } as const;
  const cases = read.filter((n) => n in parts).map((name) => check(`a 420 MB ${name}`, withBomb(parts, name), tooBig));
  const ignored = [
    "xl/media/image1.png",
    "xl/vbaProject.bin",
    "docProps/app.xml",
    "xl/printerSettings/printerSettings1.bin",
    "xl/comments9.xml",
    "xl/theme/theme1.xml",
    "customXml/item1.xml",
  ];
  const { parts: slipped, sheet, cell } = base.slipped(slot);
  for (const name of ignored) {
    cases.push(check(`a 420 MB ${name} (never opened)`, withBomb(parts, name), CLEAN));
    cases.push(
      check(`a 420 MB ${name}, slip, --out copies it compressed`, withBomb(slipped, name), oneError(sheet, cell), {
        args: ["--out", `{dir}/标记${name.endsWith(".bin") && name.includes("vba") ? ".xlsm" : ".xlsx"}`],
        output: { file: `标记${name.includes("vba") ? ".xlsm" : ".xlsx"}`, noted: true },
      }),
    );
  }
  const writerReads = ["xl/drawings/vmlDrawing9.vml"];
  for (const name of writerReads) {
    cases.push(check(`a 420 MB ${name} (read by the reader: no)`, withBomb(parts, name), CLEAN));
    cases.push(
      check(
        `a 420 MB ${name}, --out (the writer looks at it: refused)`,
        withBomb(slipped, name),
        { kind: "refuse", message: /无法写出标记副本.*超过可读取的上限/ },
        { args: ["--out", "{dir}/标记.xlsx"] },
      ),
    );
  }
  return cases;
}

/** Hidden and very hidden sheets, a threaded comment on a marked cell, a comment on a clean one. */
function sheetsAndComments(base: Base, slips: AmountSlot[]): OutcomeCase[] {
  const cases: OutcomeCase[] = [];
  for (const state of ["hidden", "veryHidden"]) {
    base.wb.draft.sheets.push({ name: `隐藏${state}`, rows: [[{ value: "备注" }]], merges: [] });
    const parts = base.parts();
    base.wb.draft.sheets.pop();
    parts["xl/workbook.xml"] = decode(parts["xl/workbook.xml"]).replace(`name="隐藏${state}"`, `name="隐藏${state}" state="${state}"`);
    cases.push(check(`a ${state} extra sheet`, zipOf(parts), CLEAN));
  }
  for (const [i, slot] of slips.entries()) {
    const { parts, sheet, cell } = base.slipped(slot);
    const part = base.sheetPart(sheet);
    parts[part.replace(/([^/]+)$/, "_rels/$1.rels")] =
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`;
    parts["xl/threadedComments/threadedComment1.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="${cell}" dT="2024-01-01T00:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>请核对</text></threadedComment></ThreadedComments>`;
    cases.push(
      check(
        `threaded comment on the slipped cell ${sheet}!${cell} (#${i}), --out`,
        zipOf(parts),
        oneError(sheet, cell, new RegExp(`${sheet}!${cell} 未加批注：该单元格有新式批注`)),
        {
          args: ["--out", "{dir}/标记.xlsx"],
          output: { file: "标记.xlsx" },
        },
      ),
    );
  }
  return cases;
}

/** h20 reworks how these are read: only “no crash, no internal error, no silent pass” is asserted. */
function stillBeingReworked(base: Base, slips: AmountSlot[]): OutcomeCase[] {
  return slips.map((slot, i) => {
    const { parts, sheet, cell } = base.slipped(slot);
    const part = base.sheetPart(sheet);
    if (i % 2 === 0) {
      const xml = decode(parts[part]);
      parts[part] = xml.replace(new RegExp(`<c r="${cell}"([^>]*)>\\s*<v>[^<]*</v>\\s*</c>`), `<c r="${cell}"$1><f>SUM(A1:A2)</f></c>`);
      return check(`formula without a value at ${sheet}!${cell} (#${i})`, zipOf(parts), { kind: "noSilentPass" });
    }
    const sheetIndex = base.wb.draft.sheets.findIndex((s) => s.name === sheet);
    const top = base.wb.amounts.filter((a) => a.sheet === sheet).reduce((m, a) => Math.min(m, a.r), Infinity);
    const xml = decode(parts[`xl/worksheets/sheet${sheetIndex + 1}.xml`]);
    const merge = `<mergeCell ref="${cellAddress(top - 1, slot.c)}:${cellAddress(top - 2 >= 0 ? top - 2 : top - 1, slot.c)}"/>`;
    parts[part] = xml.includes("<mergeCells")
      ? xml.replace(/<mergeCells count="\d+">/, (m) => `${m}${merge}`)
      : xml.replace("</sheetData>", `</sheetData><mergeCells count="1">${merge}</mergeCells>`);
    return check(`header merged above the slip at ${sheet}!${cell} (#${i})`, zipOf(parts), { kind: "noSilentPass" });
  });
}

/** Control characters and bidirectional overrides in sheet names and cells (raw and as _x001B_ escapes). */
function controlCharacters(base: Base, slot: AmountSlot): OutcomeCase[] {
  base.wb.draft.sheets.push({ name: "备注\u001b[31m\u202e", rows: [[{ value: "说明\u0007\u202e_x001B_]0;标题_x0007_" }]], merges: [] });
  const clean = base.parts();
  const { parts, sheet, cell } = base.slipped(slot);
  base.wb.draft.sheets.pop();
  return [
    check("control characters in an extra sheet's name and cell", zipOf(clean), CLEAN),
    check("control characters in an extra sheet, slip, report", zipOf(parts), { kind: "counts", code: 1, errors: 1, warnings: 0, infos: 0 }),
    check("control characters in an extra sheet, slip, --json", zipOf(parts), oneError(sheet, cell)),
  ];
}

function ruleFiles(base: Base): OutcomeCase[] {
  const clean = zipOf(base.parts());
  const rules = (name: string, text: string, expect: Expected) =>
    check(name, clean, expect, { files: { "规则.txt": encode(text) }, args: ["--rules", "{dir}/规则.txt"] });
  const many = Array.from({ length: 4000 }, () => "[项目支出?] - [项目支出?]").join(" + ");
  const usage = { kind: "refuse", message: /规则文件.*规则第 \d+ 行|规则第 \d+ 行/ } as const;
  return [
    rules("--rules: a rule that holds", "rule U.1 error 自定义\n  for each row of 支出决算表\n  check [本年支出合计] >= [基本支出]\n", CLEAN),
    rules("--rules: 8000 terms that cancel", `rule U.2 error 很多项\n  for each row of 支出决算表\n  check [本年支出合计] >= [基本支出] + ${many}\n`, CLEAN),
    rules("--rules: an unknown table", "rule U.3 error x\n  for each row of 支出决算标\n  check [本年支出合计] >= [基本支出]\n", usage),
    rules("--rules: an unknown column", "rule U.4 error x\n  for each row of 支出决算表\n  check [本年支出合计] >= [基本支初]\n", usage),
    rules("--rules: unbalanced brackets", "rule U.5 error x\n  for each row of 支出决算表\n  check [本年支出合计 >= [基本支出]\n", usage),
    rules("--rules: a built-in id", "rule J03.row error x\n  for each row of 支出决算表\n  check [本年支出合计] >= [基本支出]\n", usage),
    rules(
      "--rules: control characters in the name",
      "rule U.6 error 名称\u001b[31m\n  for each row of 支出决算表\n  check [本年支出合计] >= [基本支出]\n",
      CLEAN,
    ),
  ];
}

function docx(documentXml: string | DeflatedPart, extra: ZipItem[] = []): Uint8Array {
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const document: ZipItem =
    typeof documentXml === "string"
      ? { name: "word/document.xml", bytes: encode(documentXml) }
      : { name: "word/document.xml", bytes: new Uint8Array(), deflated: documentXml };
  return zipForm([{ name: "[Content_Types].xml", bytes: encode(types) }, { name: "_rels/.rels", bytes: encode(rels) }, document, ...extra]);
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const paragraphs = (...texts: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${texts.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join("")}</w:body></w:document>`;

function wordFiles(base: Base, bomb: DeflatedPart): OutcomeCase[] {
  const clean = zipOf(base.parts());
  const text = (name: string, file: Uint8Array, expect: Expected) =>
    check(name, clean, expect, { files: { "说明.docx": file }, args: ["--text", "{dir}/说明.docx"] });
  const textBomb = repeatedPart(
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`,
    encode("本年收入增长。".repeat(50_000)),
    300,
    "</w:t></w:r></w:p></w:body></w:document>",
  );
  return [
    text("--text .docx without figures", docx(paragraphs("本单位严格执行预算。", "各项支出均按规定使用。")), CLEAN),
    text("--text .docx whose text is 300 MB", docx(textBomb), { kind: "refuse", message: /超过情况说明可读取的上限/ }),
    text("--text .docx with a 420 MB document part", docx(bomb), { kind: "refuse", message: /超过情况说明可读取的上限/ }),
    text(
      "--text .docx with a 420 MB image",
      docx(paragraphs("本单位严格执行预算。"), [{ name: "word/media/image1.png", bytes: new Uint8Array(), deflated: bomb }]),
      CLEAN,
    ),
    text("--text .docx that is not a zip", encode("这不是 Word 文档"), { kind: "refuse", message: /不是有效的 Word 文档/ }),
    text("--text .docx truncated", docx(paragraphs("本单位严格执行预算。")).slice(0, 100), { kind: "refuse", message: /说明\.docx/ }),
  ];
}

function narrateCases(base: Base): OutcomeCase[] {
  const clean = zipOf(base.parts());
  const narrate = (name: string, input: Uint8Array, args: string[], expect: Expected, output?: OutcomeCase["output"]): OutcomeCase => ({
    name,
    command: "narrate",
    files: { "输入.xlsx": input },
    args: ["输入.xlsx", ...args],
    expect,
    output,
  });
  const written = { kind: "counts", code: 0, errors: 0, warnings: 0, infos: 0 } as const;
  return [
    narrate("narrate the clean set", clean, [], written),
    narrate("narrate the clean set, --docx", clean, ["--docx", "{dir}/说明.docx"], written, { file: "说明.docx" }),
    narrate("narrate the clean set, --json", clean, ["--json"], written),
    narrate("narrate the clean set, --docx ''", clean, ["--docx", ""], { kind: "refuse", message: /--docx 的值是空的/ }),
    narrate("narrate a truncated file", clean.slice(0, clean.length - 30), [], { kind: "refuse", message: /文件不完整/ }),
    narrate("narrate a zip64 file", zipOf(base.parts(), { zip64: true, dataDescriptor: true }), [], written),
  ];
}
