/**
 * Work that can stop between slices: a generator that yields after each slice and returns the result (60,000
 * findings reconciled with the workbook's review: twelve slices of 5,000). The command line runs the steps at once;
 * the pane pauses between them, so its page paints and answers clicks meanwhile.
 */
export type Steps<T> = Generator<void, T, void>;

/** Lets the thread breathe (the page's next task); none in a worker or on the command line. */
export type Pause = () => Promise<void>;

/** Runs the steps at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps with `pause` before each one — the first too, so none joins the task that started them. */
export async function runStepsPausing<T>(steps: Steps<T>, pause: Pause): Promise<T> {
  for (;;) {
    await pause();
    const step = steps.next();
    if (step.done) return step.value;
  }
}
