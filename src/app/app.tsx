import { createRoot } from "react-dom/client";
import { announceStarted } from "../loader/contract";
import { StandaloneApp } from "./StandaloneApp";

// Tells the loader (src/loader) that this browser could start the page.
announceStarted();

/** app.html and the offline page: the standalone page over a local .xlsx file. */
createRoot(document.getElementById("root")!).render(<StandaloneApp />);
