/**
 * `npm run build:wps` → dist/wps/, the WPS 表格 add-in (WPS加载项) in the wpsjs layout:
 *   dist/wps/<name>_<version>/  the add-in folder: ribbon.xml, index.html (entry page with the ribbon callbacks),
 *                               taskpane.html (the React pane over the WPS host), images/
 *   dist/wps/publish.xml        offline mode: registers the folder in WPS's jsaddons folder
 *   dist/wps/jsplugins.xml      online mode: lists the folder on a web server (WPS_ADDIN_URL, default below)
 * Reuses the module rules of webpack.config.js; no wpsjs toolkit needed (see README: WPS 表格).
 */
const path = require("path");
const { readFileSync } = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { LowerSyntaxPlugin } = require("./scripts/lower-syntax-plugin");
const baseConfig = require("./webpack.config.js");
const { name, version } = require("./package.json");

/** Where online mode serves dist/wps/ unless WPS_ADDIN_URL says otherwise (must end with "/"). */
const DEFAULT_URL = "http://127.0.0.1:3000/wps/";
const FOLDER = `${name}_${version}`;

const PAGES = {
  index: { entry: "./src/wps/ribbon.ts", template: "./src/wps/index.html" },
  taskpane: { entry: "./src/wps/taskpane.tsx", template: "./src/wps/taskpane.html", worker: true },
};

/** Fills {{NAME}}, {{VERSION}}, {{FOLDER}}, {{URL}} in the deployment files. */
function deploymentFile(content) {
  const url = (process.env.WPS_ADDIN_URL || DEFAULT_URL).replace(/\/*$/, "/");
  const values = { NAME: name, VERSION: version, FOLDER, URL: url };
  return content.toString().replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
}

/**
 * WPS on Linux shows add-in pages in Chromium 87, older than the syntax some dependencies ship (Fluent UI's tabster
 * uses class static blocks and ??=, Chromium 94 / 85). Every script is lowered to ES2020 before it is minified.
 */
const WPS_ECMA_VERSION = 2020;

function wpsPagesConfig(env, argv) {
  const base = baseConfig.pagesConfig(env, argv);
  return {
    name: "wps",
    dependencies: ["wps-worker"],
    mode: base.mode,
    devtool: false, // the add-in folder is copied to every desk: no source maps
    // WPS on Linux runs its pages in Chromium 87: webpack's own code stays ES2020.
    target: ["web", `es${WPS_ECMA_VERSION}`],
    entry: Object.fromEntries(Object.entries(PAGES).map(([page, p]) => [page, p.entry])),
    output: { path: path.resolve(__dirname, "dist/wps", FOLDER), filename: "[name].js", clean: true },
    resolve: base.resolve,
    module: base.module,
    performance: { hints: false },
    plugins: [
      new LowerSyntaxPlugin(WPS_ECMA_VERSION),
      ...Object.entries(PAGES).map(
        ([page, p]) =>
          new HtmlWebpackPlugin({
            filename: `${page}.html`,
            template: p.template,
            chunks: [page],
            templateParameters: () => ({ engineWorker: p.worker ? workerTag() : "" }),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/icon-32.png", to: "images/icon-32.png" },
          { from: "src/wps/publish.xml", to: "../publish.xml", transform: deploymentFile },
          { from: "src/wps/jsplugins.xml", to: "../jsplugins.xml", transform: deploymentFile },
        ],
      }),
    ],
  };
}

/** Where the pane's engine worker is built before the pages take its text (outside the add-in folder). */
const WORKER_DIR = path.resolve(__dirname, "dist/wps-worker");

/**
 * The engine worker, built first: taskpane.html carries its code as inert text (<script type="text/plain">) and starts
 * it as a Blob worker (src/ui/engine-connection.ts), as the offline page does — WPS opens an offline add-in's pages
 * from file://, where a worker file cannot be loaded. The pane thus checks off its page's thread as in Excel.
 */
function wpsWorkerConfig(env, argv) {
  const base = baseConfig.workerConfig(env, argv);
  return {
    ...base,
    name: "wps-worker",
    output: { ...base.output, path: WORKER_DIR }, // at the pages' level, as in Excel (lowered by its own LowerSyntaxPlugin); keepText is the pages' build's alone
    plugins: base.plugins.filter((p) => p instanceof LowerSyntaxPlugin),
  };
}

/** The worker's code as the pane's inert <script> ("</script" inside it escaped so the element does not end early). */
function workerTag() {
  const code = readFileSync(path.join(WORKER_DIR, "engine-worker.js"), "utf8").replace(/<\/script/gi, "<\\/script");
  return `<script type="text/plain" id="da-engine-worker">${code}</script>`;
}

function wpsConfig(env, argv) {
  return [wpsWorkerConfig(env, argv), wpsPagesConfig(env, argv)];
}

wpsConfig.folder = FOLDER;
module.exports = wpsConfig;
