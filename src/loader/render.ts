import type { Message } from "./problems";

/** Plain CSS for old engines too (Internet Explorer 11): no variables, no grid. */
const STYLE =
  ".da-message{box-sizing:border-box;max-width:640px;margin:0 auto;padding:12px 14px 24px;" +
  'font-family:"Microsoft YaHei UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Segoe UI",sans-serif;' +
  "font-size:14px;line-height:1.6;color:#242424}" +
  ".da-message h1{font-size:17px;line-height:1.4;margin:4px 0 10px;color:#a4262c}" +
  ".da-message h2{font-size:14px;margin:14px 0 4px}" +
  ".da-message p{margin:0 0 8px}" +
  ".da-message ol{margin:0;padding-left:22px}" +
  ".da-message li{margin:0 0 6px;word-wrap:break-word;overflow-wrap:anywhere}" +
  ".da-message .da-technical{margin-top:14px;font-size:12px;color:#616161;word-wrap:break-word}" +
  ".da-message .da-product{margin-top:18px;font-size:12px;color:#616161}";

function element(doc: Document, tag: string, text?: string, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (text !== undefined) el.appendChild(doc.createTextNode(text));
  if (className) el.className = className;
  return el;
}

/**
 * Replaces the page's content (the #root element, else the body) with the message. Text only, through DOM nodes:
 * nothing in it is parsed as HTML.
 */
export function renderMessage(doc: Document, message: Message, product: string): void {
  if (!doc.getElementById("da-message-style")) {
    const style = doc.createElement("style");
    style.id = "da-message-style";
    style.appendChild(doc.createTextNode(STYLE));
    (doc.head || doc.getElementsByTagName("head")[0]).appendChild(style);
  }
  const box = element(doc, "div", undefined, "da-message");
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "loader-message");
  box.appendChild(element(doc, "h1", message.title));
  for (let i = 0; i < message.paragraphs.length; i++) box.appendChild(element(doc, "p", message.paragraphs[i]));
  box.appendChild(element(doc, "h2", "怎么办"));
  const list = element(doc, "ol");
  for (let i = 0; i < message.steps.length; i++) list.appendChild(element(doc, "li", message.steps[i]));
  box.appendChild(list);
  if (message.technical) box.appendChild(element(doc, "p", "技术信息：" + message.technical, "da-technical"));
  box.appendChild(element(doc, "p", product, "da-product"));
  const target = doc.getElementById("root") || doc.body;
  while (target.firstChild) target.removeChild(target.firstChild);
  target.appendChild(box);
}
