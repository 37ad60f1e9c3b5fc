/** What the relationship and content-type editors need of the package editor (kept apart so neither imports it). */
export interface PackageAccess {
  /** The part is in the package as it was before editing. */
  exists(name: string): boolean;
  /** Original text of an existing part. */
  text(name: string): string;
  create(name: string, content: string | Uint8Array): void;
  /** Queues `content` just before the end tag of the part's root element. */
  insertBeforeRootEnd(part: string, content: string): void;
}
