import { createRoot } from "react-dom/client";
import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { createEngine } from "../ui/engine-binding";
import { Pane } from "../ui/Pane";

/** Task pane entry: the pane over the live Excel workbook. */
Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(<Pane host={new OfficeWorkbookHost()} engine={createEngine()} />);
});
