/** Developer aid: prints the recognised table models of a workbook (npx tsx test/support/dump-models.ts FILE [kind]). */
import { readFileSync } from "fs";
import { basename } from "path";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { recognizeTables } from "../../src/core/recognition/recognize";
import { rangeAddress } from "../../src/core/snapshot/address";

async function main(file: string, filter?: string): Promise<void> {
  const snapshot = await readWorkbook(readFileSync(file), basename(file));
  for (const t of recognizeTables(snapshot).tables) {
    if (filter && !t.kind.title.includes(filter)) continue;
    console.log(
      `== ${t.kind.title} ${t.sheet}!${rangeAddress(t.range)} unit=${t.unit} columns=${t.columns.map((c) => `${c.key}@${c.col}${c.side ? ":" + c.side : ""}`).join(", ")}`,
    );
    for (const r of t.rows) {
      const cells = [...r.cells.entries()].map(([k, c]) => `${k}=${c.blank ? "·" : c.value.toString()}(${c.address})`).join(" ");
      console.log(
        `  r${r.row + 1} key=${r.key} name=${r.name} code=${r.code ?? ""} lvl=${r.level ?? ""} parent=${r.parent ?? ""} ${r.total ? "TOTAL" : ""} ${r.side ?? ""} | ${cells}`,
      );
    }
  }
}
void main(process.argv[2], process.argv[3]);
