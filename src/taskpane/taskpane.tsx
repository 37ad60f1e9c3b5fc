import { createRoot } from "react-dom/client";
import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { createEngine } from "../ui/engine-binding";
import { Pane } from "../ui/Pane";
import { tabFromUrl } from "./tab-from-url";

/** Task pane entry: the pane over the live Excel workbook. */
Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(<Pane host={new OfficeWorkbookHost()} engine={createEngine()} initialTab={tabFromUrl(window.location.search)} />);
});
