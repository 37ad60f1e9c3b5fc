import { createHash } from "crypto";
import { readdirSync, readFileSync } from "fs";
import path from "path";
import { Sha256, sha256Hex } from "../../../src/core/digest/sha256";

const FIXTURES = path.join(__dirname, "../../fixtures");
const utf8 = (text: string) => new TextEncoder().encode(text);
const nodeHex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("SHA-256", () => {
  it("gives the FIPS 180-4 / NIST example digests", () => {
    expect(sha256Hex(utf8(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex(utf8("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("equals node's crypto at every length around the padding boundaries", () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff);
    for (let n = 0; n <= 300; n++) expect([n, sha256Hex(bytes.subarray(0, n))]).toEqual([n, nodeHex(bytes.subarray(0, n))]);
  });

  it("equals node's crypto on every committed workbook, fed whole or in uneven slices", () => {
    const files = readdirSync(FIXTURES).filter((f) => /\.xlsx$/i.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
      const sliced = new Sha256();
      for (let at = 0, size = 1; at < bytes.length; at += size, size = (size * 7 + 3) % 5000) sliced.update(bytes.subarray(at, at + size));
      expect([file, sha256Hex(bytes)]).toEqual([file, nodeHex(bytes)]);
      expect([file, sliced.hex()]).toEqual([file, nodeHex(bytes)]);
    }
  });

  it("takes no bytes after the digest", () => {
    const hash = new Sha256().update(utf8("abc"));
    hash.hex();
    expect(() => hash.update(utf8("d"))).toThrow("update after digest");
  });
});
