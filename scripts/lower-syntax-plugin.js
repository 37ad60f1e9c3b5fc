/**
 * Lowers every script of a compilation to one ECMAScript level with esbuild, before it is minified: some
 * dependencies ship newer syntax than the oldest browser the build serves (Fluent UI's tabster uses class static
 * blocks, ES2022, which Chromium before 94 cannot parse). Source maps are carried through.
 * Used by webpack.config.js (the pages, at the level src/loader/language-level.json declares) and webpack.wps.js.
 */
const esbuild = require("esbuild");

const NAME = "LowerSyntaxPlugin";

class LowerSyntaxPlugin {
  /** @param {number} ecmaVersion e.g. 2019 */
  constructor(ecmaVersion) {
    this.target = `es${ecmaVersion}`;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY;
      compilation.hooks.processAssets.tapPromise({ name: NAME, stage }, async () => {
        // Files already final (copied as published, e.g. office.js in dist/office-js/) are left as they are.
        const scripts = compilation.getAssets().filter((asset) => asset.name.endsWith(".js") && !asset.info.minimized);
        for (const { name: file, source: asset } of scripts) {
          const { source, map } = asset.sourceAndMap();
          const code = source.toString();
          const lowered = await esbuild.transform(code, {
            loader: "js",
            target: this.target,
            charset: "utf8",
            sourcemap: map ? "external" : false,
            sourcefile: file,
          });
          const result = map ? new sources.SourceMapSource(lowered.code, file, lowered.map, code, map, true) : new sources.RawSource(lowered.code);
          compilation.updateAsset(file, result);
        }
      });
    });
  }
}

module.exports = { LowerSyntaxPlugin };
