// Starts a batch worker thread. Under tsx (npm run check) the worker's TypeScript entry needs tsx's require hook,
// which worker threads do not inherit; a bundled .js entry is required as it is.
const { workerData } = require("worker_threads");
if (workerData.entry.endsWith(".ts")) require("tsx/cjs");
require(workerData.entry);
