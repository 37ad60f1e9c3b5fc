import type { Pause } from "../core/steps";

/** The page's next task: React paints and the page answers clicks before a long job's next slice runs. */
export const nextTask: Pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
