import type { Message } from "../loader/problems";

/**
 * What the add-in's entry page (index.html) says when it is opened outside WPS — in a browser on the desk, to check a
 * deployment. WPS loads the page hidden and gives it `Application`; a browser does not, and then the page lists the
 * settings WPS needs, filled in from where the page itself lies: online mode (http://…) names the exact
 * JSPluginsServer line, offline mode (file://) checks that the folder is in WPS's jsaddons folder. The Linux oem.ini
 * line (JsApiPlugin=true) cannot be read from a page, so it is stated with its file's path: without it WPS ignores
 * every add-in silently.
 */
export const LINUX_OEM_INI = "/opt/kingsoft/wps-office/office6/cfgs/oem.ini";
const JSADDONS = { linux: "~/.local/share/Kingsoft/wps/jsaddons", windows: "%APPDATA%\\kingsoft\\wps\\jsaddons" };

/** The steps for a page at `pageUrl` (".../disclosure-assistant_0.1.0/index.html"). */
export function setupMessage(pageUrl: string): Message {
  const url = new URL(pageUrl);
  const folder = new URL(".", url);
  const online = url.protocol === "http:" || url.protocol === "https:";
  const oemIni = `以管理员身份编辑 ${LINUX_OEM_INI}（统信 UOS、银河麒麟等 Linux）或 WPS 安装目录下的 office6\\cfgs\\oem.ini（Windows）`;
  const steps = [
    `${oemIni}：在 [Support] 下有一行 JsApiPlugin=true（Linux 必需；缺少时 WPS 不加载任何加载项，也不提示）。`,
    online
      ? `在线模式：同一 oem.ini 的 [Server] 下有一行 JSPluginsServer=${new URL("../jsplugins.xml", folder).href}（本页所在服务器的地址）。`
      : placementStep(decodeURIComponent(url.pathname)),
    "重启 WPS 表格并打开（或新建）一个工作簿：功能区出现“预决算助手”选项卡，有 打开助手、一键检查、生成说明、清除标记。",
  ];
  return {
    title: "这是 WPS 表格加载项“预决算公开助手”的入口页",
    paragraphs: [
      "WPS 表格启动时会在后台加载此页；在浏览器中打开时，此页列出 WPS 需要的设置，供信息中心核对。",
      online ? "本页来自服务器（在线模式）：" + folder.href : "本页来自本机文件夹（离线模式）：" + decodeURIComponent(folder.pathname),
    ],
    steps,
  };
}

/** Offline mode: the add-in folder must sit in WPS's jsaddons folder, with publish.xml beside it. */
function placementStep(path: string): string {
  const where = `（Linux ${JSADDONS.linux}，Windows ${JSADDONS.windows}）`;
  if (/\/jsaddons\/[^/]+\/[^/]*$/i.test(path))
    return `离线模式：本文件夹已在 WPS 的 jsaddons 文件夹中${where}；其旁边须有 publish.xml，且其中有本加载项的 <jsplugin> 一行。`;
  return `离线模式：本文件夹还不在 WPS 的 jsaddons 文件夹中：请把整个文件夹和 publish.xml 复制到 jsaddons${where}。`;
}
