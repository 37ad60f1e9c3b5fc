import { parseRange } from "../../../src/hosts/xlsx/read/sheet-ranges";

/** Merged areas' references as producers write them, read in place by char codes (no strings made). */
describe("a merged area's reference", () => {
  test.each([
    ["A1:F1", { top: 0, left: 0, bottom: 0, right: 5 }],
    ["B2", { top: 1, left: 1, bottom: 1, right: 1 }],
    ["$A$5:$B$6", { top: 4, left: 0, bottom: 5, right: 1 }],
    ["aa10:ab12", { top: 9, left: 26, bottom: 11, right: 27 }],
    [" \tC3:D4\u3000", { top: 2, left: 2, bottom: 3, right: 3 }],
    ["XFD1048576", { top: 1048575, left: 16383, bottom: 1048575, right: 16383 }],
    ["A0007:B0008", { top: 6, left: 0, bottom: 7, right: 1 }],
  ])("%j is read", (ref, range) => {
    expect(parseRange(ref)).toEqual(range);
  });

  test.each(["", "A", "1", "A0", "XFE1", "A1048577", "AAAA1", "A12345678", "B2:A1", "A2:B1", "A1:", "A1:B", "A1 :B2", "$$A1", "A1:B2:C3", "R1C1"])(
    "%j is no range",
    (ref) => expect(parseRange(ref)).toBeUndefined(),
  );

  test("read where it is written in a longer text, only between the given offsets", () => {
    const xml = '<mergeCell ref="D4:F4"/>';
    expect(parseRange(xml, xml.indexOf('"') + 1, xml.lastIndexOf('"'))).toEqual({ top: 3, left: 3, bottom: 3, right: 5 });
  });
});
