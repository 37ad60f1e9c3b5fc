import { checkBatchFile } from "../../hosts/batch/check-workbook";
import type { CheckReply, CheckRequest } from "./protocol";

/** The worker's own global (the DOM library types `self` as a Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
}

const scope = self as unknown as WorkerScope;

/** SHA-256 of the bytes, hex (what the summary names a file by); empty where the page has no Web Crypto. */
async function sha256(bytes: ArrayBuffer): Promise<string> {
  if (!globalThis.crypto?.subtle) return "";
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** One workbook at a time: read, check, answer; an unexpected failure answers that file alone. */
scope.onmessage = (event) => {
  const { id, name, bytes, options } = event.data;
  sha256(bytes)
    .then((sha) => checkBatchFile(name, sha, new Uint8Array(bytes), options))
    .then(
      (outcome) => scope.postMessage({ id, outcome }),
      (err: unknown) => scope.postMessage({ id, failure: err instanceof Error ? err.message : String(err) }),
    );
};
