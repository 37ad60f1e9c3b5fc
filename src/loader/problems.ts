import { requiredChromium } from "./features";
import { MIN_EXCEL_API } from "./host-check";
import type { Problem, Reason } from "./problem";

const REASONS: Reason[] = ["no-office-js", "outside-excel", "office-not-ready", "excel-too-old", "browser-too-old", "bundle-failed"];

/** Where the page runs: Excel's add-in window, or a browser tab (app.html, the offline page). */
export type Place = "excel" | "browser";

/** What the page shows: a title, why, what to do (numbered), and a technical line for the IT staff. */
export interface Message {
  title: string;
  paragraphs: string[];
  steps: string[];
  technical?: string;
}

/** Where the offline page can be had: its file name, and its address when the page was served from a server. */
export interface OfflinePage {
  fileName: string;
  url?: string;
}

/** The other ways to do the work, for an Excel that cannot run the pane. */
function otherWays(offline: OfflinePage): string[] {
  const where = offline.url ? "（地址：" + offline.url + "，可下载后拷到本机或 U 盘）" : "（向信息中心索取，可拷到本机或 U 盘）";
  return [
    "用 Microsoft 365 或 Excel 2021 及以上版本的 Excel 打开工作簿，在“预决算助手”选项卡点“打开助手”；零售版（单独购买的）Excel 2016/2019 在“文件 → 账户 → 更新选项 → 立即更新”后也能运行。",
    "或用 Excel 网页版打开工作簿（单位使用 Microsoft 365 时）。",
    "或使用离线网页“" +
      offline.fileName +
      "”" +
      where +
      "：用 Edge、Chrome、360（极速模式）或 QQ 浏览器打开它，选择工作簿即可检查、生成说明、下载标记后的副本。文件只在本机处理，不会上传。",
  ];
}

const MODERN_BROWSER = "请用新版 Edge、Chrome、360 浏览器（极速模式，不要用兼容模式）或 QQ 浏览器打开此页面。";

/** The technical line of an old engine: what is missing, and the oldest Chromium kernel that has everything. */
function kernelNeeded(missing: string): string {
  return "缺少：" + missing + "；需要 Chromium " + requiredChromium() + " 及以上内核";
}

/** The offline page step of otherWays, for messages that also offer other steps. */
function offlineStep(offline: OfflinePage): string {
  return otherWays(offline)[2];
}

/**
 * The Chinese message for a problem. Example: volume-licensed Excel 2019 (ExcelApi 1.7) →
 * “当前 Excel 版本过旧，无法运行预决算公开助手” / “…此 Excel 只支持到 ExcelApi 1.7…” / three other ways.
 */
export function messageFor(problem: Problem, place: Place, offline: OfflinePage): Message {
  const detail = problem.detail || "";
  switch (problem.reason) {
    case "excel-too-old":
      return {
        title: "当前 Excel 版本过旧，无法运行预决算公开助手",
        paragraphs: [
          "本助手需要 Excel JavaScript API " +
            MIN_EXCEL_API +
            " 及以上（Excel 2021、Microsoft 365 或 Excel 网页版）。" +
            (detail
              ? "此 Excel 只支持到 ExcelApi " + detail + "（批量授权版 Excel 2016 为 1.1，批量授权版 Excel 2019 为 1.7；零售版更新后支持最新版本）。"
              : "此 Excel 不支持 Excel JavaScript API。"),
          "工作簿没有被修改。",
        ],
        steps: otherWays(offline),
        technical: "ExcelApi " + MIN_EXCEL_API + " 不受支持" + (detail ? "；最高 " + detail : ""),
      };
    case "browser-too-old":
      return {
        title: place === "excel" ? "此 Excel 的加载项窗口无法运行预决算公开助手" : "此浏览器无法运行预决算公开助手",
        paragraphs: [
          place === "excel"
            ? "加载项窗口使用的浏览器内核过旧（批量授权版 Excel 2016/2019 使用 Internet Explorer 内核，未安装 WebView2 的零售版使用旧版 Edge 内核），缺少助手需要的功能。"
            : "此浏览器过旧（或处于兼容模式），缺少助手需要的功能。",
        ],
        steps: place === "excel" ? otherWays(offline) : [MODERN_BROWSER],
        technical: kernelNeeded(detail),
      };
    case "no-office-js":
      return {
        title: "无法加载 Office 脚本（office.js）",
        paragraphs: [
          "助手需要 Excel 提供的 office.js 才能读取工作簿。通常是因为本机不能访问互联网上的微软网站。",
          "请联系信息中心：内网部署时应使用随附的本地 office.js（见说明文档“内网部署”一节）。",
        ],
        steps: otherWays(offline),
        technical: detail ? "未能加载 " + detail : undefined,
      };
    case "outside-excel":
      return {
        title: "请在 Excel 中打开预决算公开助手",
        paragraphs: ["此页面是 Excel 加载项的任务窗格，需要在 Excel 中打开。"],
        steps: [
          "在 Excel 中点“插入 → 我的加载项”（或“预决算助手”选项卡的“打开助手”）。",
          "只想在浏览器中检查文件：打开离线网页“" +
            offline.fileName +
            "”" +
            (offline.url ? "（" + offline.url + "）" : "") +
            "，选择工作簿即可，文件不会上传。",
        ],
      };
    case "office-not-ready":
      return {
        title: "Excel 尚未响应",
        paragraphs: [
          "助手在等待 Excel 就绪。Excel 正忙（例如正在编辑单元格或打开大文件）时会这样；单位内网中 Office 脚本所需的文件无法下载时也会一直停在这里。",
          "工作簿没有被修改。",
        ],
        steps: [
          "先按 Esc 结束单元格编辑，稍候片刻。",
          "仍停在这里时，关闭任务窗格后重新打开；再不行请联系信息中心（内网部署见说明文档“内网部署”）。",
          offlineStep(offline),
        ],
        technical: detail ? "Office.onReady 在 " + detail + " 内没有回调" : undefined,
      };
    case "bundle-failed":
      return {
        title: "预决算公开助手未能启动",
        paragraphs: ["助手的界面脚本没有加载或无法运行：可能是网络中断、服务器上的文件不完整，或浏览器内核过旧。"],
        steps:
          place === "excel"
            ? ["关闭任务窗格后重新打开。", "仍不行时请联系信息中心，并告知下面的技术信息。", offlineStep(offline)]
            : ["刷新页面。", MODERN_BROWSER],
        technical: detail || undefined,
      };
  }
}

/** "?reason=excel-too-old&detail=1.8&place=excel": how the ribbon's dialog tells message.html what to show. */
export function problemQuery(problem: Problem, place: Place): string {
  return "?reason=" + encodeURIComponent(problem.reason) + "&detail=" + encodeURIComponent(problem.detail || "") + "&place=" + place;
}

/** The inverse of problemQuery; an unknown reason reads as bundle-failed (never a blank page). */
export function parseProblemQuery(search: string): { problem: Problem; place: Place } {
  const params: { [key: string]: string } = {};
  const pairs = search.replace(/^\?/, "").split("&");
  for (let i = 0; i < pairs.length; i++) {
    const eq = pairs[i].indexOf("=");
    if (eq > 0) params[pairs[i].slice(0, eq)] = safeDecode(pairs[i].slice(eq + 1));
  }
  const reason = indexOf(REASONS, params.reason) >= 0 ? (params.reason as Reason) : "bundle-failed";
  return { problem: { reason: reason, detail: params.detail || "" }, place: params.place === "browser" ? "browser" : "excel" };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch (e) {
    return text;
  }
}

function indexOf<T>(list: T[], item: T): number {
  for (let i = 0; i < list.length; i++) if (list[i] === item) return i;
  return -1;
}
