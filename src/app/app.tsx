import { createRoot } from "react-dom/client";
import { announceStarted } from "../loader/contract";
import { StandaloneApp } from "./StandaloneApp";

/**
 * app.html and the offline page: the standalone page over a local .xlsx file. The loader (src/loader) is told the
 * page started; on the offline page it may already have said this browser cannot run it, and then nothing renders.
 */
if (announceStarted()) createRoot(document.getElementById("root")!).render(<StandaloneApp />);
