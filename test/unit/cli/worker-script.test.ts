import { existsSync, readFileSync } from "fs";
import { dirname } from "path";
import { workerScript } from "../../../src/hosts/cli/batch/worker-script";

describe("the batch workers' script", () => {
  test("from the sources: worker.ts bundled into one script (no TypeScript left to compile), removed on release", () => {
    const script = workerScript();
    expect(script.path).toMatch(/batch-worker-[^/\\]+[/\\]worker\.js$/);
    const text = readFileSync(script.path, "utf8");
    expect(text).toContain("checkOne"); // the worker's own code …
    expect(text).toContain("readWorkbook"); // … and the reader it imports, in the same file
    expect(text).not.toMatch(/require\("\.\.?\//); // nothing left to load from the sources
    script.release();
    expect(existsSync(dirname(script.path))).toBe(false);
  });
});
