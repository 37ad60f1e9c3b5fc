import { createRoot } from "react-dom/client";
import { OfficeWorkbookHost } from "../hosts/office/office-host";
import { announceStarted } from "../loader/contract";
import { createEngine } from "../ui/engine-binding";
import { pageFiles } from "../hosts/page-files";
import { Pane } from "../ui/Pane";
import { checkOnOpen, tabFromUrl } from "./tab-from-url";

// Tells the loader (src/loader) that this bundle runs here; it already checked ExcelApi 1.9.
announceStarted();

/** Task pane entry: the pane over the live Excel workbook; a prior-year .xlsx is read by a chunk loaded on first use. */
Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <Pane
      host={new OfficeWorkbookHost()}
      engine={createEngine(pageFiles)}
      initialTab={tabFromUrl(window.location.search)}
      autoCheck={checkOnOpen(window.location.search)}
    />,
  );
});
