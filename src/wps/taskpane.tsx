import { createRoot } from "react-dom/client";
import { WpsWorkbookHost } from "../hosts/wps/wps-host";
import { checkOnOpen, tabFromUrl } from "../taskpane/tab-from-url";
import { createEngine } from "../ui/engine-binding";
import { pageFiles } from "../hosts/page-files";
import { Pane } from "../ui/Pane";

/** WPS task pane entry: the same pane as in Excel, over the live WPS workbook (WPS provides `Application`). */
createRoot(document.getElementById("root")!).render(
  <Pane
    host={new WpsWorkbookHost()}
    engine={createEngine(pageFiles)}
    initialTab={tabFromUrl(window.location.search)}
    autoCheck={checkOnOpen(window.location.search)}
  />,
);
