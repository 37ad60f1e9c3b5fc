import { useInflater } from "../../../src/hosts/xlsx/read/inflater";
import { useNativeInflater } from "../../../src/hosts/cli/native-inflater";
import { ZipArchive } from "../../../src/hosts/xlsx/read/zip-archive";
import { PackageProblem } from "../../../src/hosts/xlsx/read/read-error";
import { generateWorkbook } from "../../support/generate-workbook";
import { draftToPackage } from "../../support/draft-package";

/** The CLI and its batch workers inflate with node's zlib: the same bytes as fflate, damage refused the same way. */
describe("native inflater (node's zlib)", () => {
  const bytes = draftToPackage(generateWorkbook({ seed: 3000, units: 3, randomize: false }).draft);
  const SHEET = "xl/worksheets/sheet1.xml";

  function withNative<T>(read: () => T): T {
    const previous = useNativeInflater();
    try {
      return read();
    } finally {
      useInflater(previous);
    }
  }

  test("every deflated part of a workbook inflates to the same bytes as with fflate", () => {
    const zip = ZipArchive.open(bytes);
    const deflated = zip.entryList().filter((e) => e.method === 8);
    expect(deflated.length).toBeGreaterThan(5);
    for (const { name } of deflated) {
      const native = withNative(() => zip.read(name)!);
      expect(native.length).toBeGreaterThan(0);
      expect(Buffer.from(native).equals(Buffer.from(zip.read(name)!))).toBe(true);
    }
  });

  test("damaged data, and data that expands beyond the size the directory states, are refused as damaged", () => {
    const damaged = ZipArchive.open(bytes.slice());
    const sheet = damaged.entryList().find((e) => e.name === SHEET)!;
    damaged.storedBytes(sheet).fill(0xff, 0, 8);
    expect(() => withNative(() => damaged.read(SHEET))).toThrow(new PackageProblem(`“${SHEET}”的数据已损坏，无法解压`));
    const longer = ZipArchive.open(bytes);
    longer.entryList().find((e) => e.name === SHEET)!.size -= 10;
    expect(() => withNative(() => longer.read(SHEET))).toThrow(new PackageProblem(`“${SHEET}”的数据已损坏，无法解压`));
  });

  test("data that ends before the stated size is refused as incomplete", () => {
    const shorter = ZipArchive.open(bytes);
    const sheet = shorter.entryList().find((e) => e.name === SHEET)!;
    sheet.size += 10;
    expect(() => withNative(() => shorter.read(SHEET))).toThrow(
      new PackageProblem(`“${SHEET}”的数据不完整（解压后 ${sheet.size - 10} 字节，应为 ${sheet.size} 字节）`),
    );
  });
});
