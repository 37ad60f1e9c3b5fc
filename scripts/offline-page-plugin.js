/**
 * Writes the offline page (dist/预决算公开助手.html): one self-contained file that runs from file:// with no server
 * and no network. It inlines the loader, every chunk of the page's entry and every chunk that entry may import on
 * first use (but those it is told to do without); webpack's runtime finds those chunks already installed and never
 * fetches one. A Content-Security-Policy allows exactly these scripts (by hash) and no connection at all.
 */
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const path = require("path");
const { Compilation, sources } = require("webpack");

const NAME = "OfflinePagePlugin";

/** Text that may not appear inside an inline <script>: "</script" ends it early. */
const inlineSafe = (code) => code.replace(/<\/script/gi, "<\\/script");
/** The map files stay beside the served pages; the offline page has none. */
const withoutSourceMap = (code) => code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "");
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

class OfflinePagePlugin {
  /**
   * @param {{ filename: string, entry: string, template: string, icon: Buffer, shell: { style: string, root: string },
   *   loaderTag: () => string, workerSource: () => string, leaveOut?: string[] }} options
   *   shell: the markup every page shows before its scripts run; loaderTag: the inline <script id="da-loader">…</script>
   *   (called when the page is written); workerSource: the engine worker's code, carried as inert text
   *   (<script type="text/plain">) that the page starts as a Blob worker — file:// cannot load a worker file;
   *   leaveOut: names of chunks (webpackChunkName) the page does without
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // After minifying, source maps and the content hashes (which rewrite every asset naming a chunk's file):
      // the page's CSP hashes are taken over the scripts' final text.
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER;
      compilation.hooks.processAssets.tap({ name: NAME, stage }, () => {
        const template = path.resolve(compiler.context, this.options.template);
        compilation.fileDependencies.add(template);
        const page = this.page(compilation, readFileSync(template, "utf8"));
        // minimized: already final; an HTML minimizer rewriting the inline scripts would break their CSP hashes.
        compilation.emitAsset(this.options.filename, new sources.RawSource(page), { minimized: true });
      });
    });
  }

  /**
   * Chunks the entry may import later first (they only register themselves), then the entry's own, in order. An
   * import whose chunk name is in `leaveOut` is not followed: its chunks are carried only where another import
   * needs them too.
   */
  scriptFiles(compilation) {
    const entrypoint = compilation.entrypoints.get(this.options.entry);
    if (!entrypoint) throw new Error(`${NAME}: no entry named "${this.options.entry}"`);
    const leaveOut = new Set(this.options.leaveOut);
    const later = new Set();
    const followed = new Set();
    const follow = (group) => {
      for (const child of group.childrenIterable) {
        if (followed.has(child) || leaveOut.has(child.name)) continue;
        followed.add(child);
        for (const chunk of child.chunks) for (const file of chunk.files) later.add(file);
        follow(child);
      }
    };
    follow(entrypoint);
    const initial = entrypoint.getFiles();
    return [...[...later].filter((f) => !initial.includes(f)), ...initial].filter((f) => f.endsWith(".js"));
  }

  page(compilation, template) {
    const loader = this.options.loaderTag();
    const loaderCode = /^<script[^>]*>([\s\S]*)<\/script>$/.exec(loader)[1];
    if (!loaderCode) throw new Error(`${NAME}: the loader is not built yet`);
    const scripts = this.scriptFiles(compilation).map((file) => inlineSafe(withoutSourceMap(compilation.getAsset(file).source.source().toString())));
    const hashes = [loaderCode, ...scripts].map(sha256).join(" ");
    const worker = this.options.workerSource();
    if (!worker) throw new Error(`${NAME}: the engine worker is not built yet`);
    const csp = `default-src 'none'; script-src ${hashes}; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'`;
    const values = {
      ...this.options.shell,
      csp,
      icon: `data:image/png;base64,${this.options.icon.toString("base64")}`,
      loader,
      scripts: scripts.map((code) => `<script>${code}</script>`).join("\n"),
      worker: `<script type="text/plain" id="da-engine-worker">${inlineSafe(withoutSourceMap(worker))}</script>`,
    };
    return template.replace(/\{\{(\w+)\}\}/g, (match, key) => {
      if (!(key in values)) throw new Error(`${NAME}: unknown placeholder ${match}`);
      return values[key];
    });
  }
}

module.exports = { OfflinePagePlugin };
