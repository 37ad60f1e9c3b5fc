import { OfficeMockObject } from "office-addin-mock";
import { checkExcel, highestSupported, MIN_EXCEL_API } from "../../../src/loader/host-check";
import type { OfficeLike } from "../../../src/loader/office-like";
import { missingFeatures, PAGE_FEATURES } from "../../../src/loader/features";
import { messageFor, parseProblemQuery, problemQuery } from "../../../src/loader/problems";

/** An office-addin-mock Office whose requirements answer like an Excel that has ExcelApi 1.1 … `highest`. */
function officeReporting(highest: string): OfficeLike {
  const [, top] = highest.split(".").map(Number);
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[0]) === 1 && Number(version.split(".")[1]) <= top,
      },
    },
  }) as unknown as OfficeLike;
}

const OFFLINE = { fileName: "预决算公开助手.html", url: "https://yjs.example.gov.cn/addin/预决算公开助手.html" };

describe("the loader's Excel check (office-addin-mock hosts)", () => {
  it("refuses Excel 2016 (ExcelApi 1.1 only) and names its version", () => {
    const office = officeReporting("1.1");
    expect(highestSupported(office, "ExcelApi")).toBe("1.1");
    expect(checkExcel(office, { host: "Excel", platform: "PC" })).toEqual({ reason: "excel-too-old", detail: "1.1" });
  });

  it("refuses Excel 2019 (ExcelApi up to 1.8): 1.9 is the minimum", () => {
    const office = officeReporting("1.8");
    expect(MIN_EXCEL_API).toBe("1.9");
    expect(checkExcel(office, { host: "Excel", platform: "PC" })).toEqual({ reason: "excel-too-old", detail: "1.8" });
  });

  it("accepts Microsoft 365 (ExcelApi 1.18 and later)", () => {
    const office = officeReporting("1.18");
    expect(highestSupported(office, "ExcelApi")).toBe("1.18");
    expect(checkExcel(office, { host: "Excel", platform: "OfficeOnline" })).toBeNull();
  });

  it("says the page is outside Excel when Office reports no host", () => {
    expect(checkExcel(officeReporting("1.18"), { host: null, platform: null })).toEqual({ reason: "outside-excel" });
  });

  it("treats an Office without requirement checks as too old, with no version", () => {
    const office = new OfficeMockObject({ context: {} }) as unknown as OfficeLike;
    expect(highestSupported(office, "ExcelApi")).toBe("");
    expect(checkExcel(office, { host: "Excel" })).toEqual({ reason: "excel-too-old", detail: "" });
  });
});

describe("the loader's messages", () => {
  it("tells an Excel 2019 user the version found, that nothing changed, and three other ways with the offline page's address", () => {
    const message = messageFor({ reason: "excel-too-old", detail: "1.8" }, "excel", OFFLINE);
    expect(message.title).toBe("当前 Excel 版本过旧，无法运行预决算公开助手");
    expect(message.paragraphs[0]).toContain("Excel JavaScript API 1.9 及以上（Excel 2021、Microsoft 365 或 Excel 网页版）");
    expect(message.paragraphs[0]).toContain("此 Excel 只支持到 ExcelApi 1.8");
    expect(message.paragraphs[1]).toBe("工作簿没有被修改。");
    expect(message.steps).toHaveLength(3);
    expect(message.steps[0]).toContain("Excel 2021");
    expect(message.steps[1]).toContain("Excel 网页版");
    expect(message.steps[2]).toContain("“预决算公开助手.html”（地址：https://yjs.example.gov.cn/addin/预决算公开助手.html");
    expect(message.steps[2]).toContain("不会上传");
  });

  it("names the missing features of an old add-in window, and only asks for a modern browser in a browser tab", () => {
    const inExcel = messageFor({ reason: "browser-too-old", detail: "BigInt、CSS 变量" }, "excel", OFFLINE);
    expect(inExcel.paragraphs[0]).toContain("Internet Explorer");
    expect(inExcel.technical).toBe("缺少：BigInt、CSS 变量；需要 Chromium 76 及以上内核");
    const inBrowser = messageFor({ reason: "browser-too-old", detail: "BigInt" }, "browser", { fileName: OFFLINE.fileName });
    expect(inBrowser.title).toBe("此浏览器无法运行预决算公开助手");
    expect(inBrowser.steps).toEqual(["请用新版 Edge、Chrome、360 浏览器（极速模式，不要用兼容模式）或 QQ 浏览器打开此页面。"]);
  });

  it("states the documented API levels: volume-licensed Excel 2019 has ExcelApi 1.7, retail 2016/2019 update to current sets", () => {
    const message = messageFor({ reason: "excel-too-old", detail: "1.7" }, "excel", OFFLINE);
    expect(message.paragraphs[0]).toContain(
      "此 Excel 只支持到 ExcelApi 1.7（批量授权版 Excel 2016 为 1.1，批量授权版 Excel 2019 为 1.7；零售版更新后支持最新版本）",
    );
    expect(message.paragraphs[0]).not.toContain("1.8");
    expect(message.steps[0]).toContain("零售版（单独购买的）Excel 2016/2019 在“文件 → 账户 → 更新选项 → 立即更新”后也能运行");
  });

  it("when Office never becomes ready: the offline page's step, as for an old Excel, and how long the pane waited", () => {
    const notReady = messageFor({ reason: "office-not-ready", detail: "20 秒" }, "excel", OFFLINE);
    const tooOld = messageFor({ reason: "excel-too-old", detail: "1.1" }, "excel", OFFLINE);
    expect(notReady.title).toBe("Excel 尚未响应");
    expect(notReady.paragraphs[0]).toContain("单位内网");
    expect(notReady.steps).toHaveLength(3);
    expect(notReady.steps[2]).toBe(tooOld.steps[2]);
    expect(notReady.steps[2]).toContain("“预决算公开助手.html”（地址：https://yjs.example.gov.cn/addin/预决算公开助手.html");
    expect(notReady.technical).toBe("Office.onReady 在 20 秒 内没有回调");
    expect(messageFor({ reason: "office-not-ready" }, "excel", OFFLINE).technical).toBeUndefined();
  });

  it("tells IT staff which office.js address failed on an intranet", () => {
    const message = messageFor({ reason: "no-office-js", detail: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" }, "excel", {
      fileName: OFFLINE.fileName,
    });
    expect(message.title).toBe("无法加载 Office 脚本（office.js）");
    expect(message.technical).toBe("未能加载 https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(message.steps[2]).toContain("（向信息中心索取，可拷到本机或 U 盘）");
  });

  it("carries a problem to message.html in its query and back", () => {
    const query = problemQuery({ reason: "excel-too-old", detail: "1.8" }, "excel");
    expect(query).toBe("?reason=excel-too-old&detail=1.8&place=excel");
    expect(parseProblemQuery(query)).toEqual({ problem: { reason: "excel-too-old", detail: "1.8" }, place: "excel" });
    const failed = problemQuery({ reason: "bundle-failed", detail: "无法下载 taskpane.js" }, "browser");
    expect(parseProblemQuery(failed)).toEqual({ problem: { reason: "bundle-failed", detail: "无法下载 taskpane.js" }, place: "browser" });
  });

  it("reads an unknown or broken query as 'did not start', never as nothing", () => {
    expect(parseProblemQuery("?reason=<script>&detail=%E0%A4%A")).toEqual({ problem: { reason: "bundle-failed", detail: "%E0%A4%A" }, place: "excel" });
    expect(parseProblemQuery("")).toEqual({ problem: { reason: "bundle-failed", detail: "" }, place: "excel" });
  });
});

describe("the loader's browser check", () => {
  it("finds nothing missing in this Node (it has every feature the bundles use but CSS)", () => {
    const win = Object.assign(Object.create(globalThis), { CSS: { supports: (property: string) => property.startsWith("--") } }) as Window;
    expect(missingFeatures(win)).toEqual([]);
  });

  it("lists what Internet Explorer 11 lacks, in order", () => {
    const ie11 = {
      Promise: undefined,
      Map: Map,
      Set: Set,
      WeakMap: WeakMap,
      Object: { keys: Object.keys },
      Array: { prototype: {} },
      String: { prototype: {} },
      Blob: function Blob() {},
      URL: { createObjectURL: () => "blob:" },
    } as unknown as Window;
    expect(missingFeatures(ie11)).toEqual([
      "BigInt",
      "Promise.allSettled",
      "globalThis",
      "Object.fromEntries",
      "Array.prototype.flatMap",
      "String.prototype.matchAll",
      "TextDecoder",
      "CSS 变量",
    ]);
    expect(PAGE_FEATURES.map((f) => f.name)).toContain("Map / Set / WeakMap");
  });

  it("counts a feature whose test throws as missing", () => {
    expect(
      missingFeatures({} as Window, [
        {
          name: "炸",
          present: () => {
            throw new Error("x");
          },
        },
      ]),
    ).toEqual(["炸"]);
  });
});
