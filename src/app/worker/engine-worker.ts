import { EngineService } from "../../hosts/engine/engine-service";
import { READY, type EngineReply, type EngineRequest } from "../../hosts/engine/protocol";
import { replyMessages } from "../../hosts/engine/reply-parts";

/** The worker's own global (the DOM library types `self` as a Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const service = new EngineService();

/**
 * One request at a time, in order: run, answer (buffers transferred, long lists in slices); a failure answers that
 * request alone.
 */
scope.onmessage = (event) => {
  const { id, call, args } = event.data;
  service.handle(call, args).then(
    (value) => replyMessages(id, value).forEach(({ message, transfer }) => scope.postMessage(message, transfer)),
    (err: unknown) => scope.postMessage({ id, failure: failureOf(err) }),
  );
};
scope.postMessage({ id: READY, value: "ready" });

function failureOf(err: unknown): { name: string; message: string } {
  return err instanceof Error ? { name: err.name, message: err.message } : { name: "Error", message: String(err) };
}
