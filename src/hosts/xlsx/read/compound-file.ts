/**
 * The stream names inside an OLE compound file (CFB, “D0 CF 11 E0”): old binary .xls/.doc files, and Office files
 * protected by a password to open, which are an encrypted package (streams EncryptionInfo + EncryptedPackage)
 * inside such a container. Only the directory is read — never a stream's content.
 *
 *   compoundStreamNames(xlsBytes)        // ["Root Entry", "Workbook", "\u0005SummaryInformation", …]
 *   compoundStreamNames(encryptedXlsx)   // ["Root Entry", "EncryptionInfo", "EncryptedPackage", …]
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Names of the directory entries, or undefined when the directory cannot be followed (a damaged container). */
export function compoundStreamNames(bytes: Uint8Array): string[] | undefined {
  const shift = u16(bytes, 30);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - 512) / sectorSize);
  const fat = readFat(bytes, sectorSize, sectorCount);
  if (!fat) return undefined;
  const names: string[] = [];
  const visited = new Set<number>();
  for (let sector = u32(bytes, 48); sector !== END_OF_CHAIN; sector = fat[sector] ?? END_OF_CHAIN) {
    if (sector >= sectorCount || visited.has(sector)) return names.length > 0 ? names : undefined;
    visited.add(sector);
    const start = 512 + sector * sectorSize;
    for (let at = start; at < start + sectorSize; at += DIRECTORY_ENTRY_SIZE) {
      const name = entryName(bytes, at);
      if (name) names.push(name);
    }
  }
  return names;
}

/** The sector allocation table, assembled from the FAT sectors the header and the DIFAT chain list. */
function readFat(bytes: Uint8Array, sectorSize: number, sectorCount: number): Uint32Array | undefined {
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(u32(bytes, 76 + 4 * i));
  const perSector = sectorSize / 4;
  const seen = new Set<number>();
  for (let difat = u32(bytes, 68); difat < sectorCount && !seen.has(difat); difat = u32(bytes, 512 + difat * sectorSize + sectorSize - 4)) {
    seen.add(difat);
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(u32(bytes, 512 + difat * sectorSize + 4 * i));
  }
  const used = fatSectors.filter((s) => s < sectorCount);
  if (used.length === 0) return undefined;
  const fat = new Uint32Array(used.length * perSector);
  used.forEach((sector, i) => {
    const start = 512 + sector * sectorSize;
    for (let j = 0; j < perSector; j++) fat[i * perSector + j] = u32(bytes, start + 4 * j);
  });
  return fat;
}

function entryName(bytes: Uint8Array, at: number): string | undefined {
  const length = u16(bytes, at + 64);
  if (length < 2 || length > 64 || bytes[at + 66] === 0) return undefined;
  let name = "";
  for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(bytes, at + i));
  return name;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8)) >>> 0;
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
