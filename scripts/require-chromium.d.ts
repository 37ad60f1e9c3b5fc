/** Prints the one-line message and exits when chromium is missing (jest's globalSetup for the browser project). */
declare function requireChromium(): void;
declare namespace requireChromium {
  /** Where the browser tests find chromium: DA_CHROMIUM, else /usr/bin/chromium. */
  const CHROMIUM: string;
}
export = requireChromium;
