import { execFileSync } from "child_process";
import { readdirSync, readFileSync } from "fs";
import path from "path";

/**
 * The project's Markdown (README.md and the other *.md at the root, docs/*.md) is formatted by Prettier like the code,
 * and `npm run lint` checks it. Prettier keeps the words as written: prose is never re-wrapped (the Chinese text would
 * gain or lose line breaks), so formatting only pads tables and spaces blocks.
 */
const ROOT = path.resolve(__dirname, "../../..");
const PRETTIER = require.resolve("prettier/bin/prettier.cjs");
const markdown = [
  ...readdirSync(ROOT).filter((f) => f.endsWith(".md")),
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8"));

describe("the Markdown files", () => {
  it("are as Prettier formats them (its CLI: the API loads itself with a dynamic import jest does not run)", () => {
    expect(markdown).toEqual(expect.arrayContaining(["README.md", "docs/domain.md", "docs/wps-smoke-test.md"]));
    const run = () => execFileSync(process.execPath, [PRETTIER, "--check", ...markdown], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    expect(run).not.toThrow();
  });

  it("keep their prose as written, and are in the lint's and the format script's Prettier globs", () => {
    const config = json(".prettierrc.json") as { overrides: { files: string; options: Record<string, unknown> }[] };
    expect(config.overrides).toContainEqual({ files: "*.md", options: { proseWrap: "preserve" } });
    const { scripts } = json("package.json") as { scripts: Record<string, string> };
    for (const script of [scripts.lint, scripts.format]) {
      expect(script).toContain('"*.{js,mjs,md}"');
      expect(script).toContain('"docs/*.md"');
    }
  });
});
