import type { EngineReply, WholeReply } from "./protocol";
import { transferablesOf } from "./transferables";

/**
 * Items of a list per message. A check of a million cells answers with lists of thousands (the 审核 list has a group
 * per table, every finding, every table's outline): taken in as one message they would hold the page's thread for
 * hundreds of milliseconds; in slices of this many each message takes a few.
 */
const PART_ITEMS = 200;

/** The messages that carry a result: its long lists in slices (parts) first, then the rest with those lists empty. */
export function replyMessages(id: number, value: unknown): { message: EngineReply; transfer: ArrayBuffer[] }[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [{ message: { id, value }, transfer: transferablesOf(value) }];
  const messages: { message: EngineReply; transfer: ArrayBuffer[] }[] = [];
  const rest: Record<string, unknown> = { ...value };
  for (const [key, list] of Object.entries(value)) {
    if (!Array.isArray(list) || list.length <= PART_ITEMS) continue;
    for (let i = 0; i < list.length; i += PART_ITEMS) messages.push({ message: { id, part: { key, items: list.slice(i, i + PART_ITEMS) } }, transfer: [] });
    rest[key] = [];
  }
  messages.push({ message: { id, value: rest }, transfer: transferablesOf(rest) });
  return messages;
}

/** Puts a result back together from its messages: `take` answers the whole reply once its last message came. */
export class ReplyParts {
  private readonly lists = new Map<number, Map<string, unknown[]>>();

  take(reply: EngineReply): WholeReply | undefined {
    if ("part" in reply) {
      const lists = this.lists.get(reply.id) ?? new Map<string, unknown[]>();
      this.lists.set(reply.id, lists);
      const list = lists.get(reply.part.key) ?? [];
      lists.set(reply.part.key, list);
      for (const item of reply.part.items) list.push(item);
      return undefined;
    }
    const lists = this.lists.get(reply.id);
    this.lists.delete(reply.id);
    if (!lists || !("value" in reply)) return reply;
    return { id: reply.id, value: { ...(reply.value as object), ...Object.fromEntries(lists) } };
  }
}
