import { createRoot } from "react-dom/client";
import { WpsWorkbookHost } from "../hosts/wps/wps-host";
import { tabFromUrl } from "../taskpane/tab-from-url";
import { readWorkbookOnDemand } from "../hosts/xlsx/on-demand";
import { createEngine } from "../ui/engine-binding";
import { Pane } from "../ui/Pane";

/** WPS task pane entry: the same pane as in Excel, over the live WPS workbook (WPS provides `Application`). */
createRoot(document.getElementById("root")!).render(<Pane host={new WpsWorkbookHost()} engine={createEngine(readWorkbookOnDemand)} initialTab={tabFromUrl(window.location.search)} />);
