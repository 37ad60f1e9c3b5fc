import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { main as check } from "../../../src/hosts/cli/check";
import { main as narrate } from "../../../src/hosts/cli/narrate";
import { FindingCard } from "../../../src/ui/check/FindingCard";
import type { Finding } from "../../../src/core/findings/finding";
import { inline, num, packageParts, row, zipParts } from "../../support/xlsx-package";
import { runCli } from "../../support/run-cli";

/**
 * Text from cells never acts on the terminal or the page: control characters (ESC, BEL, also written as _x001B_
 * escapes in the file) and bidirectional overrides are shown as [U+001B], [U+202E] in the report, the JSON escapes
 * them, and a finding card shows them instead of letting them reorder the message.
 */

// eslint-disable-next-line no-control-regex -- what must not reach a terminal
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "terminal-"));
  file = path.join(dir, "控制字符.xlsx");
  const title = "收入支出决算总表_x001B_]0;已被篡改_x0007_";
  writeFileSync(
    file,
    zipParts(
      packageParts({
        sheets: [
          {
            name: "公开\u202E01表",
            rows:
              row(1, inline("A1", title)) +
              row(3, inline("A3", "项目"), inline("B3", "金额")) +
              row(4, inline("A4", "本年收入合计\u001b[2J"), num("B4", 100)) +
              row(5, inline("A5", "合计"), num("B5", 90)),
          },
          { name: "情况说明", rows: row(1, inline("A1", "一、XX单位\u202E2024年度收入\u0007支出总计100.00万元。")) },
        ],
      }),
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([[[] as string[]], [["--json"]]])("check %j: no control or bidirectional character reaches the terminal", async (extra) => {
  const run = await runCli(check, [file, ...extra]);
  expect([0, 1]).toContain(run.code);
  expect(run.out + run.err).not.toMatch(ACTING);
  if (extra.length === 0) expect(run.out).toContain("公开[U+202E]01表");
  else expect(JSON.stringify(JSON.parse(run.out))).toContain("公开\u202E01表"); // the same value for a JSON reader
});

test("narrate: the unit's name from a cell is printed without its control characters acting", async () => {
  const run = await runCli(narrate, [file]);
  expect(run.out + run.err).not.toMatch(ACTING);
});

test("a message, from a file name or a cell, on stderr is cleaned too", async () => {
  const run = await runCli(check, [path.join(dir, "缺少\u001b[31m.xlsx")]);
  expect(run.code).toBe(2);
  expect(run.err).toContain("缺少[U+001B][31m.xlsx");
  expect(run.err).not.toMatch(ACTING);
});

test("a finding card shows a bidirectional override instead of letting it reorder the message", () => {
  const finding: Finding = {
    rule: "T",
    kind: "sum",
    severity: "error",
    sheet: "公开\u202E01表",
    cell: "B5",
    related: [],
    message: "合计 填 90.00，应为 \u202E100.00",
  };
  const html = renderToStaticMarkup(createElement(FindingCard, { finding, selected: false, expanded: true, onSelect: () => {}, onToggle: () => {} }));
  expect(html).not.toMatch(ACTING);
  expect(html).toContain("应为 [U+202E]100.00");
  expect(html).toContain("公开[U+202E]01表!B5");
});
