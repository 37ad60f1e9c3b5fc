import { inflateSync } from "fflate";

/** Inflates raw DEFLATE data that the zip's directory says expands to `size` bytes; throws when it cannot. */
export type Inflater = (data: Uint8Array, size: number) => Uint8Array;

/** fflate, in JavaScript: the page, the pane and the offline file inflate with it. */
const scriptInflater: Inflater = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

let current = scriptInflater;

/**
 * Every zip read in this thread from now on inflates with `inflater` (returns the one used until now): a host with
 * native code for it (node's zlib in the CLI and in each batch worker, hosts/cli/native-inflater.ts) needs no
 * JavaScript inflater warmed up by V8 in every thread, and inflates about three times as fast.
 */
export function useInflater(inflater: Inflater): Inflater {
  const previous = current;
  current = inflater;
  return previous;
}

/** Inflates with the thread's inflater (fflate unless the host gave its own). */
export function inflate(data: Uint8Array, size: number): Uint8Array {
  return current(data, size);
}
