/**
 * Builds the three pages of the add-in into dist/:
 *   taskpane.html  — the Excel task pane (loads office.js from Microsoft's CDN, as every Office add-in does)
 *   commands.html  — the ribbon commands' function file (also loads office.js)
 *   app.html       — the standalone page: open a local .xlsx, nothing is uploaded, no office.js
 * and copies manifest.xml (URLs rewritten to ADDIN_URL when set) and assets/.
 * `npm start` serves dist/ on https://localhost:3000 with a self-signed certificate.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";
const PORT = 3000;

/** Page name → entry module and HTML template. */
const PAGES = {
  taskpane: { entry: "./src/taskpane/taskpane.tsx", template: "./src/taskpane/taskpane.html" },
  commands: { entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  app: { entry: "./src/app/app.tsx", template: "./src/app/app.html" },
};

/** The production URL build step: manifest URLs point at ADDIN_URL instead of the dev server. */
function rewriteManifest(content) {
  const target = process.env.ADDIN_URL;
  const text = content.toString();
  if (!target) return text;
  return text.split(DEV_URL).join(target.replace(/\/+$/, ""));
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

function config(env, argv) {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map", // never eval: app.html forbids it (CSP)
    target: "web",
    entry: Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, page.entry])),
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      // ES modules (not tsconfig's commonjs) so webpack can drop the unused parts of Fluent UI.
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } } }],
    },
    performance: { hints: false },
    plugins: [
      ...Object.entries(PAGES).map(
        ([name, page]) => new HtmlWebpackPlugin({ filename: `${name}.html`, template: page.template, chunks: [name] }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: rewriteManifest, noErrorOnMissing: true },
          { from: "assets", to: "assets", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      server: "https",
      port: PORT,
      host: "localhost",
      static: { directory: path.resolve(__dirname, "dist") },
      // dist/manifest.xml must exist on disk for sideloading, also under `npm start`.
      devMiddleware: { writeToDisk: true },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false, errors: true } },
      open: false,
      onListening: printSideloadHelp,
    },
  };
}

config.pages = Object.keys(PAGES);
module.exports = config;
