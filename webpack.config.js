/**
 * Builds dist/ in two compilations, one function each:
 *   loaderConfig — loader.js, the ES5 script every page runs first (src/loader): it checks Excel and the browser,
 *                  then loads the page's bundle or explains in Chinese why it cannot run here.
 *   pagesConfig  — the pages, each started by the loader:
 *     taskpane.html  the Excel task pane (needs office.js)
 *     commands.html  the ribbon commands' function file (needs office.js)
 *     app.html       the standalone page: open a local .xlsx, nothing is uploaded, no office.js
 *     message.html   the loader's message alone (the ribbon shows it in a dialog on an Excel that cannot run the pane)
 *     预决算公开助手.html  the offline page: app.html with every script inlined, runs from file:// (USB stick, e-mail)
 *   and copies manifest.xml (URLs rewritten to ADDIN_URL when set) and assets/.
 *   workerConfig — engine-worker.js, the pages' engine worker (src/app/worker): one self-contained script that reads
 *                  and checks workbooks and writes the 情况说明 off the page's thread (the pane's workbook in Excel,
 *                  WPS and the page; the batch); the offline page carries its text.
 * office.js comes from Microsoft's CDN; OFFICE_JS=local copies it from the @microsoft/office-js package into
 * dist/office-js/ (with MicrosoftAjax.js from OFFICE_JS_MSAJAX) and the pages load it from there (intranets
 * without internet).
 * `npm start` serves dist/ on https://localhost:3000 with a self-signed certificate.
 */
const path = require("path");
const { existsSync, readFileSync } = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { LowerSyntaxPlugin } = require("./scripts/lower-syntax-plugin");
const { OfflinePagePlugin } = require("./scripts/offline-page-plugin");
/** The syntax level the loader lets through (src/loader/features.ts checks the engines for it): every page script is lowered to it. */
const { ecmaVersion: PAGE_ECMA_VERSION } = require("./src/loader/language-level.json");
const { version } = require("./package.json");

const DEV_URL = "https://localhost:3000";
const PORT = 3000;
const DIST = path.resolve(__dirname, "dist");
const PRODUCT = `预决算公开助手 ${version}`;
/** The offline page's file name (also what the loader's messages tell the user to open). */
const OFFLINE_PAGE = "预决算公开助手.html";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Page name → entry module, HTML template, the loader's mode, whether it needs office.js. */
const PAGES = {
  taskpane: { entry: "./src/taskpane/taskpane.tsx", template: "./src/taskpane/taskpane.html", mode: "pane", officeJs: true },
  commands: { entry: "./src/commands/commands.ts", template: "./src/commands/commands.html", mode: "commands", officeJs: true },
  app: { entry: "./src/app/app.tsx", template: "./src/app/app.html", mode: "page", officeJs: false },
  message: { template: "./src/loader/message.html", mode: "message", officeJs: false },
};

/**
 * The two addresses outside the @microsoft/office-js package that its scripts reach, each rewritten in the local copy:
 *   MicrosoftAjax.js — office.js and the host scripts load it from Microsoft's Ajax CDN where the host needs it (volume-
 *     licensed Excel 2016, host `excel-win32-16.00`; Office 2013): from office-js/MicrosoftAjax.js beside office.js instead;
 *   the logging frame of those older host scripts (telemetryproxy.html): about:blank instead.
 */
const OFFICE_JS_OUTSIDE = [
  {
    pattern: /\((?:\(\)|[^()])*\)\+"\/\/ajax\.aspnetcdn\.com\/ajax\/3\.5\/MicrosoftAjax\.js"/g,
    local: 'OSF._OfficeAppFactory.getLoadScriptHelper().getOfficeJsBasePath()+"MicrosoftAjax.js"',
  },
  { pattern: /"https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\/telemetryproxy\.html"/g, local: '"about:blank"' },
];

/** A script of the local office.js copy, its outside addresses pointed at the copy (see OFFICE_JS_OUTSIDE); others as they are. */
function localizeOfficeJs(content, file) {
  const text = content.toString();
  const local = OFFICE_JS_OUTSIDE.reduce((result, { pattern, local }) => result.replace(pattern, local), text);
  if (/ajax\.aspnetcdn\.com|telemetryservice\.firstpartyapps/.test(local)) {
    throw new Error(`office.js: an outside address is left in ${file} (the @microsoft/office-js package changed; see OFFICE_JS_OUTSIDE)`);
  }
  return local === text ? content : local;
}

/**
 * MicrosoftAjax.js for the local copy. It is not in the npm package: the IT staff download it once
 * (https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js) and name it in OFFICE_JS_MSAJAX; "none" builds without it
 * (volume-licensed Excel 2016 then stops at “Excel 尚未响应”, which offers the offline page).
 */
function microsoftAjax() {
  const file = process.env.OFFICE_JS_MSAJAX;
  if (file === "none") return [];
  if (!file || !existsSync(file)) {
    throw new Error(
      "OFFICE_JS=local 还需要 MicrosoftAjax.js（批量授权版 Excel 2016 的 office.js 要加载它）：在能上网的电脑下载 " +
        "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js，构建时设 OFFICE_JS_MSAJAX=该文件的路径（或 OFFICE_JS_MSAJAX=none 不带它）/ " +
        "OFFICE_JS=local also needs MicrosoftAjax.js: download it once and set OFFICE_JS_MSAJAX=its path (or none)" +
        (file ? `; not found: ${file}` : ""),
    );
  }
  return [{ from: path.resolve(file), to: "office-js/MicrosoftAjax.js", info: { minimized: true } }];
}

/** Where office.js comes from: Microsoft's CDN (default) or the @microsoft/office-js package copied into dist/. */
function officeJsSource() {
  const mode = process.env.OFFICE_JS || "cdn";
  if (mode === "cdn") return { src: OFFICE_JS_CDN, copy: [] };
  if (mode !== "local") throw new Error(`OFFICE_JS must be "cdn" or "local", not "${mode}"`);
  // office.js loads its host files (excel-win32-16.01.js …), strings (zh-cn/office_strings.js) and telemetry
  // scripts from its own folder. Debug builds, type definitions and other Office applications' files are left out.
  const otherApps = ["access", "onenote", "outlook", "powerpoint", "project", "word"].map((app) => `**/${app}*`);
  const published = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  return {
    src: "office-js/office.js",
    copy: [
      {
        // context: the ignore globs apply relative to it (also where node_modules is a link to another folder)
        context: published,
        from: published,
        to: "office-js",
        globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/*-vsdoc.js", ...otherApps] },
        // Microsoft's files as published (not minified again, no second licence file), outside addresses made local.
        transform: (content, from) => (from.endsWith(".js") ? localizeOfficeJs(content, path.basename(from)) : content),
        info: { minimized: true },
      },
      ...microsoftAjax(),
    ],
  };
}

/** The production URL build step: manifest URLs point at ADDIN_URL instead of the dev server. */
function rewriteManifest(content) {
  const target = process.env.ADDIN_URL;
  const text = content.toString();
  if (!target) return text;
  return text.split(DEV_URL).join(target.replace(/\/+$/, ""));
}

/**
 * What every page shows before its scripts run, defined once for all templates (the offline page's too): the bare
 * page style, and “正在加载…” in #root, which the React root or the loader's message replaces.
 */
const PAGE_SHELL = {
  style:
    "<style>html, body { margin: 0; padding: 0; } body { overflow-x: hidden; } " +
    '.da-loading { padding: 16px; font-family: "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", sans-serif; color: #616161; }</style>',
  root: '<div id="root"><p class="da-loading">正在加载预决算公开助手…</p></div>',
};

const escapeAttribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The <script id="da-loader"> tag: the loader, told how to start this page (see src/loader/loader.ts). */
function loaderTag(mode, scripts, inlineSource) {
  const attributes = [
    `id="da-loader"`,
    inlineSource === undefined ? `src="loader.js?v=${escapeAttribute(version)}"` : "",
    `data-mode="${mode}"`,
    scripts.length ? `data-scripts="${escapeAttribute(scripts.join(" "))}"` : "",
    `data-offline-page="${escapeAttribute(OFFLINE_PAGE)}"`,
    `data-product="${escapeAttribute(PRODUCT)}"`,
  ].filter(Boolean);
  return `<script ${attributes.join(" ")}>${inlineSource ?? ""}</script>`;
}

function printSideloadHelp(devServer) {
  const base = `https://localhost:${devServer.server?.address?.()?.port ?? PORT}`;
  const lines = [
    "",
    "预决算公开助手 / Disclosure Assistant — 开发服务器已启动 / dev server running",
    `  独立网页 / standalone page:  ${base}/app.html`,
    `  任务窗格 / task pane:        ${base}/taskpane.html`,
    "",
    "  Excel 网页版加载方法 / Sideload into Excel on the web:",
    "    插入 → 加载项 → 上传我的加载项 → 选择 dist/manifest.xml",
    "    Insert → Add-ins → Upload My Add-in → choose dist/manifest.xml",
    "",
    "  Excel 桌面版 (Windows) / Excel desktop:",
    "    1. 把 dist/manifest.xml 放进一个共享文件夹 / put dist/manifest.xml in a shared network folder",
    "    2. 文件 → 选项 → 信任中心 → 信任中心设置 → 受信任的加载项目录，添加该文件夹的网络路径并勾选“显示在菜单中”",
    "       File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs: add the share, tick Show in Menu",
    "    3. 重启 Excel，插入 → 我的加载项 → 共享文件夹 → 预决算公开助手",
    "       restart Excel, Insert → My Add-ins → Shared Folder → 预决算公开助手",
    "",
    "  证书为自签名，首次访问请先在浏览器中打开上面的地址并信任该证书。",
    "  The certificate is self-signed: open the address above once and accept it first.",
    "",
  ];
  console.log(lines.join("\n"));
}

/**
 * Modules and minified output are kept in node_modules/.cache between builds (a second build, e.g. with
 * OFFICE_JS=local, redoes only what changed); a change to this file or the plugin starts afresh.
 */
function buildCache() {
  const config = [__filename, "./scripts/offline-page-plugin", "./scripts/lower-syntax-plugin", "./src/loader/language-level.json"].map((f) =>
    require.resolve(f),
  );
  return { type: "filesystem", buildDependencies: { config } };
}

/** What the loader and worker compilations hand the pages compilation (which runs after them): their built text. */
const built = { loader: "", worker: "" };

/** A plugin that keeps an asset's final text in `built[key]` for the offline page. */
function keepText(key, asset) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap(`Keep-${key}`, (compilation) => {
        compilation.hooks.afterProcessAssets.tap(`Keep-${key}`, (assets) => {
          built[key] = assets[asset].source().toString();
        });
      });
    },
  };
}

/** loader.js: ES5 syntax (webpack's own runtime included), checked by src/loader/tsconfig.json's ES5 library. */
function loaderConfig(env, argv) {
  return {
    name: "loader",
    mode: argv.mode === "production" ? "production" : "development",
    devtool: false,
    target: ["web", "es5"],
    entry: { loader: "./src/loader/loader.ts" },
    output: { path: DIST, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.resolve(__dirname, "src/loader/tsconfig.json") } } },
      ],
    },
    performance: { hints: false },
    cache: buildCache(),
    plugins: [keepText("loader", "loader.js")],
  };
}

/** The TypeScript rule of the page-side compilations: ES modules (tree shaking, import()), the root tsconfig. */
const TYPESCRIPT_RULE = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json"), compilerOptions: { module: "es2020" } },
  },
};

/** engine-worker.js: one chunk, no chunk loading (a Blob worker on the offline page could not load any). */
function workerConfig(env, argv) {
  return {
    name: "worker",
    mode: argv.mode === "production" ? "production" : "development",
    devtool: false,
    // At the pages' level too: the worker runs in the same browsers (lowered like the pages, see LowerSyntaxPlugin).
    target: ["webworker", `es${PAGE_ECMA_VERSION}`],
    entry: { "engine-worker": "./src/app/worker/engine-worker.ts" },
    output: { path: DIST, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [TYPESCRIPT_RULE] },
    optimization: { splitChunks: false },
    performance: { hints: false },
    cache: buildCache(),
    plugins: [new LowerSyntaxPlugin(PAGE_ECMA_VERSION), keepText("worker", "engine-worker.js")],
  };
}

/** The pages. Heavy parts (the .xlsx reader/writer, the grid) are chunks loaded on first use (dynamic import). */
function pagesConfig(env, argv) {
  const dev = argv.mode !== "production";
  const officeJs = officeJsSource();
  return {
    name: "pages",
    dependencies: ["loader", "worker"],
    mode: dev ? "development" : "production",
    devtool: "source-map", // never eval: app.html forbids it (CSP)
    // webpack's own runtime at the pages' level too; the LowerSyntaxPlugin brings the dependencies down to it.
    target: ["web", `es${PAGE_ECMA_VERSION}`],
    entry: Object.fromEntries(
      Object.entries(PAGES)
        .filter(([, page]) => page.entry)
        .map(([name, page]) => [name, page.entry]),
    ),
    output: {
      path: DIST,
      // Pages' entries keep their names; shared and on-demand chunks go to chunks/ under a content hash.
      filename: (pathData) => (PAGES[pathData.chunk.name] ? "[name].js" : "chunks/[name].[contenthash:8].js"),
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // Chunks load relative to the page (never "auto": the offline page's scripts are inline, without a src).
      publicPath: "",
      clean: { keep: /^(loader|engine-worker)\.js$/ },
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      // ES modules (not tsconfig's commonjs) so webpack can drop the unused parts of Fluent UI and split at import().
      // The root tsconfig.json for every file (ts-loader would otherwise take the first file's folder's: src/app's).
      rules: [TYPESCRIPT_RULE],
    },
    optimization: { splitChunks: { chunks: "all" } },
    performance: { hints: false },
    cache: buildCache(),
    plugins: [
      new LowerSyntaxPlugin(PAGE_ECMA_VERSION),
      ...Object.entries(PAGES).map(
        ([name, page]) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            template: page.template,
            chunks: page.entry ? [name] : [],
            inject: false, // the loader adds the scripts
            templateParameters: (compilation, assets) => ({
              shell: PAGE_SHELL,
              officeJs: page.officeJs ? `<script src="${officeJs.src}"></script>` : "",
              loader: loaderTag(page.mode, assets.js),
            }),
          }),
      ),
      new OfflinePagePlugin({
        filename: OFFLINE_PAGE,
        entry: "app",
        template: "./src/app/offline.html",
        icon: readFileSync(path.resolve(__dirname, "assets/icon-32.png")),
        shell: PAGE_SHELL,
        loaderTag: () => loaderTag("page", [], built.loader),
        workerSource: () => built.worker,
        // The engine on the page's own thread (where no worker starts): the offline page's engine is its worker,
        // whose code it already carries; a second copy would be a quarter of the file.
        leaveOut: ["engine"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: rewriteManifest, noErrorOnMissing: true },
          { from: "assets", to: "assets", noErrorOnMissing: true },
          ...officeJs.copy,
        ],
      }),
    ],
    devServer: {
      server: "https",
      port: PORT,
      host: "localhost",
      static: { directory: DIST },
      // dist/manifest.xml must exist on disk for sideloading, also under `npm start`.
      devMiddleware: { writeToDisk: true },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false, errors: true } },
      open: false,
      onListening: printSideloadHelp,
    },
  };
}

/** webpack-dev-server reads devServer from the first configuration: the pages come first, the loader builds before them. */
function config(env, argv) {
  return [pagesConfig(env, argv), loaderConfig(env, argv), workerConfig(env, argv)];
}

config.pages = Object.keys(PAGES);
config.pagesConfig = pagesConfig;
config.workerConfig = workerConfig;
config.offlinePage = OFFLINE_PAGE;
module.exports = config;
