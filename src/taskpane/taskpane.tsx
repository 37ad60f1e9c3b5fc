import { createRoot } from "react-dom/client";
import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { createEngine } from "../ui/engine-binding";
import { Pane, type TabId } from "../ui/Pane";

/** taskpane.html?view=narrative (the ribbon's 生成说明) opens on the 说明 tab. */
function tabFromUrl(): TabId {
  return new URLSearchParams(window.location.search).get("view") === "narrative" ? "narrative" : "check";
}

/** Task pane entry: the pane over the live Excel workbook. */
Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(<Pane host={new OfficeWorkbookHost()} engine={createEngine()} initialTab={tabFromUrl()} />);
});
