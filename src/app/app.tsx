import { createRoot } from "react-dom/client";
import { StandaloneApp } from "./StandaloneApp";

/** app.html entry: the standalone page over a local .xlsx file. */
createRoot(document.getElementById("root")!).render(<StandaloneApp />);
