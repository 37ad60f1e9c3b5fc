import { analyzeWorkbook } from "../../../src/core/analysis";
import { ECONOMIC_CLASSES, FUNCTION_CLASSES } from "../../../src/core/recognition/classification-names";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/types";
import { generateWorkbook, toSnapshot } from "../../support/generate-workbook";
import { brief } from "./finding-helpers";

/**
 * A label is looked up in the class dictionaries by its text: a label that is the name of a JavaScript object's own
 * member (“constructor”, “toString”) is no class — the tables read as with any other unknown label.
 */
const MEMBERS = ["constructor", "toString", "valueOf", "hasOwnProperty"];
const CLASS_LABEL = /(?:一般公共服务支出|外交支出|工资福利支出|商品和服务支出)$/;

/** The generated set with each class label (“一、一般公共服务支出”) replaced, in turn, by one of `labels` (“一、constructor”). */
function relabelled(labels: readonly string[]): WorkbookSnapshot {
  const snapshot = toSnapshot(generateWorkbook({ seed: 9, units: 1 }));
  let n = 0;
  for (const sheet of snapshot.sheets)
    for (const line of sheet.cells)
      for (const cell of line ?? [])
        if (cell && typeof cell.value === "string" && CLASS_LABEL.test(cell.value)) {
          cell.value = cell.value.replace(CLASS_LABEL, labels[n++ % labels.length]);
          if (cell.text !== undefined) cell.text = cell.value;
        }
  return snapshot;
}

test("names of an object's own members are no class", () => {
  for (const name of MEMBERS) {
    expect(FUNCTION_CLASSES[name]).toBeUndefined();
    expect(ECONOMIC_CLASSES[name]).toBeUndefined();
  }
  expect(FUNCTION_CLASSES["一般公共服务支出"]).toBe("201");
  expect(ECONOMIC_CLASSES["工资福利支出"]).toBe("301");
});

test("tables whose labels are such names read as with any unknown label", () => {
  const unknown = MEMBERS.map((_, i) => `未列明科目${i + 1}`);
  const [asUnknown, asMembers] = [relabelled(unknown), relabelled(MEMBERS)].map((snapshot) => analyzeWorkbook(snapshot));
  const named = (text: string) => MEMBERS.reduce((t, name, i) => t.split(name).join(unknown[i]), text);
  const rows = (models: typeof asUnknown.models) => models.map((m) => `${m.title}: ${m.rows.map((r) => `${r.code ?? "-"} ${r.name}`).join("; ")}`);
  expect(rows(asMembers.models).map(named)).toEqual(rows(asUnknown.models));
  expect(asMembers.findings.map((f) => named(brief(f)))).toEqual(asUnknown.findings.map(brief));
  expect(asUnknown.models.length).toBeGreaterThan(5);
  expect(rows(asUnknown.models).join("\n")).toContain("- 未列明科目1");
});
