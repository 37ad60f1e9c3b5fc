import { LINUX_OEM_INI, setupMessage } from "../../../src/wps/setup-check";

/**
 * The entry page opened in a browser on the desk (outside WPS) lists the settings WPS needs, filled in from where the
 * page lies — the check docs/wps-smoke-test.md asks for before WPS is started.
 */
describe("the WPS entry page's setup message", () => {
  it("online mode: names the oem.ini lines, JSPluginsServer with this server's jsplugins.xml", () => {
    const message = setupMessage("http://10.1.2.3:8080/wps/disclosure-assistant_0.1.0/index.html");
    expect(message.title).toBe("这是 WPS 表格加载项“预决算公开助手”的入口页");
    expect(message.paragraphs[1]).toBe("本页来自服务器（在线模式）：http://10.1.2.3:8080/wps/disclosure-assistant_0.1.0/");
    expect(message.steps[0]).toContain(`${LINUX_OEM_INI}`);
    expect(message.steps[0]).toContain("[Support] 下有一行 JsApiPlugin=true");
    expect(message.steps[1]).toBe(
      "在线模式：同一 oem.ini 的 [Server] 下有一行 JSPluginsServer=http://10.1.2.3:8080/wps/jsplugins.xml（本页所在服务器的地址）。",
    );
    expect(message.steps[2]).toContain("“预决算助手”选项卡");
  });

  it("offline mode in WPS's jsaddons folder (Linux): says the folder is in place", () => {
    const message = setupMessage("file:///home/kuaiji/.local/share/Kingsoft/wps/jsaddons/disclosure-assistant_0.1.0/index.html");
    expect(message.paragraphs[1]).toBe("本页来自本机文件夹（离线模式）：/home/kuaiji/.local/share/Kingsoft/wps/jsaddons/disclosure-assistant_0.1.0/");
    expect(message.steps[1]).toMatch(/^离线模式：本文件夹已在 WPS 的 jsaddons 文件夹中/);
  });

  it("offline mode elsewhere (a USB stick, Downloads): says where to copy it", () => {
    const message = setupMessage("file:///media/kuaiji/U%E7%9B%98/disclosure-assistant_0.1.0/index.html");
    expect(message.paragraphs[1]).toContain("/media/kuaiji/U盘/disclosure-assistant_0.1.0/");
    expect(message.steps[1]).toMatch(/^离线模式：本文件夹还不在 WPS 的 jsaddons 文件夹中：请把整个文件夹和 publish\.xml 复制到 jsaddons/);
    expect(message.steps[1]).toContain("~/.local/share/Kingsoft/wps/jsaddons");
  });

  it("offline mode on Windows (%APPDATA%\\kingsoft\\wps\\jsaddons): in place", () => {
    const message = setupMessage("file:///C:/Users/kuaiji/AppData/Roaming/kingsoft/wps/jsaddons/disclosure-assistant_0.1.0/index.html");
    expect(message.steps[1]).toMatch(/^离线模式：本文件夹已在 WPS 的 jsaddons 文件夹中/);
  });
});
