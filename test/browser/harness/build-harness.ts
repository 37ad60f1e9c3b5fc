import { copyFileSync, mkdirSync } from "fs";
import path from "path";
import { build } from "esbuild";

/**
 * Bundles the pane harness (pane-harness.tsx over a scripted or real engine) with its index.html into `out`, as the
 * browser tests that drive the pane without Excel serve it.
 */
export async function buildPaneHarness(out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [path.join(__dirname, "pane-harness.tsx")],
    bundle: true,
    minify: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    outfile: path.join(out, "pane-harness.js"),
    logLevel: "warning",
  });
  copyFileSync(path.join(__dirname, "index.html"), path.join(out, "index.html"));
}
