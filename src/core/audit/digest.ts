import { sha256Hex } from "../digest/sha256";

/**
 * The line of the 审核报告 that names the checked file by its SHA-256, saying what was hashed: the file's own bytes
 * (CLI, web page), the content Excel gives the add-in (which may differ from the saved file's bytes), the file WPS
 * last saved — or, where the host gives no bytes, why there is no value (never an empty field).
 */
export interface FileDigest {
  /** “文件 SHA-256”, “当前内容的 SHA-256”, … */
  label: string;
  /** 64 hex digits, or the reason there are none. */
  value: string;
}

export const FILE_DIGEST_LABEL = "文件 SHA-256";

/** The digest of a file's own bytes (the CLI and the web page read the very file). */
export function fileDigestOf(bytes: Uint8Array): FileDigest {
  return { label: FILE_DIGEST_LABEL, value: sha256Hex(bytes) };
}

/** What the report says when the host gives no bytes to hash: “WPS 中无法读取文件，未计算校验值”. */
export function noDigest(reason: string): FileDigest {
  return { label: FILE_DIGEST_LABEL, value: reason };
}
