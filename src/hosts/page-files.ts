import { narrativeDocxLazy } from "./docx";
import { readWorkbookOnDemand } from "./xlsx/on-demand";

/** The file reader and writer every page gives the pane's engine (src/ui/engine-binding.ts), each loaded on first use. */
export const pageFiles = { readWorkbook: readWorkbookOnDemand, writeDocx: narrativeDocxLazy };
