import { noDigest, type FileDigest } from "../../core/audit/digest";
import { Sha256 } from "../../core/digest/sha256";
import type { WpsApplication, WpsWorkbook } from "./wps-api";

/** How bytes cross WPS's FileSystem: one character per byte. */
const BINARY_CHUNK = 0x8000;

/**
 * SHA-256 of the file WPS last saved (FileSystem.readAsBinaryString of Workbook.FullName). The workbook's unsaved
 * edits are not in it, and the line says so; a workbook never saved, or a WPS without FileSystem, gives
 * “WPS 中无法读取文件，未计算校验值” with the reason.
 */
export function savedFileDigest(application: WpsApplication, workbook: WpsWorkbook): FileDigest {
  const files = application.FileSystem;
  const path = workbook.Path ? workbook.FullName : undefined;
  if (!path) return noDigest("工作簿尚未保存，WPS 中无法读取文件，未计算校验值");
  if (typeof files?.readAsBinaryString !== "function") return noDigest("WPS 中无法读取文件，未计算校验值");
  let binary: string;
  try {
    binary = files.readAsBinaryString(path);
  } catch {
    return noDigest("WPS 中无法读取文件，未计算校验值");
  }
  if (typeof binary !== "string" || binary.length === 0) return noDigest("WPS 中无法读取文件，未计算校验值");
  const hash = new Sha256();
  for (let at = 0; at < binary.length; at += BINARY_CHUNK) hash.update(bytesOf(binary.slice(at, at + BINARY_CHUNK)));
  const label = workbook.Saved === false ? "已保存文件的 SHA-256（不含尚未保存的修改）" : "已保存文件的 SHA-256";
  return { label, value: hash.hex() };
}

/**
 * Writes the report's bytes to a file of its own in WPS's temporary folder (Env.GetTempPath, else
 * FileSystem.tmpdir) and opens it as a new workbook (Workbooks.Open): the user's workbook is not touched. False
 * where this WPS cannot: no FileSystem, no temporary folder, no Workbooks.Open, or a write it refuses.
 */
export function openAsWorkbookFile(application: WpsApplication, bytes: Uint8Array, name: string): boolean {
  const files = application.FileSystem;
  const workbooks = application.Workbooks;
  const folder = temporaryFolder(application);
  if (typeof files?.writeAsBinaryString !== "function" || !folder || typeof workbooks?.Open !== "function") return false;
  const separator = folder.includes("\\") ? "\\" : "/";
  const path = `${folder.replace(/[\\/]+$/, "")}${separator}${name}`;
  if (!written(() => files.writeAsBinaryString!(path, binaryOf(bytes)))) return false;
  workbooks.Open(path);
  return true;
}

function temporaryFolder(application: WpsApplication): string | undefined {
  const env = application.Env;
  const files = application.FileSystem;
  const folder = typeof env?.GetTempPath === "function" ? env.GetTempPath() : typeof files?.tmpdir === "function" ? files.tmpdir() : undefined;
  return typeof folder === "string" && folder !== "" ? folder : undefined;
}

/** A write WPS did: neither refused (false) nor thrown. */
function written(write: () => boolean | void): boolean {
  try {
    return write() !== false;
  } catch {
    return false;
  }
}

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

function binaryOf(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += BINARY_CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + BINARY_CHUNK));
  return binary;
}
