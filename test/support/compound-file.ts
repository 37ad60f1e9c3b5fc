/**
 * Minimal OLE compound files (CFB v3, 512-byte sectors) with the given stream names and no stream data: enough to
 * stand for an old .xls ("Workbook"), a Word .doc ("WordDocument") or a password-protected .xlsx ("EncryptionInfo",
 * "EncryptedPackage"), which is what the reader looks at. At most three streams (one directory sector).
 *
 *   compoundFile(["EncryptionInfo", "EncryptedPackage"])   // what Excel saves with 文件加密
 */
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

export function compoundFile(streams: string[]): Uint8Array {
  if (streams.length > 3) throw new Error("one directory sector holds the root and three streams");
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true); // 512-byte sectors
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, 1, true); // directory at sector 1
  view.setUint32(56, 4096, true);
  view.setUint32(60, END_OF_CHAIN, true);
  view.setUint32(68, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i === 0 ? 0 : FREE, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + 4 * i, i === 0 ? FAT_SECTOR : i === 1 ? END_OF_CHAIN : FREE, true);
  const directory = 1024;
  ["Root Entry", ...streams].forEach((name, i) => {
    const at = directory + 128 * i;
    for (let k = 0; k < name.length; k++) view.setUint16(at + 2 * k, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage, stream
    view.setUint32(at + 68, FREE, true); // left sibling
    view.setUint32(at + 72, i > 0 && i < streams.length ? i + 1 : FREE, true); // right sibling
    view.setUint32(at + 76, i === 0 && streams.length > 0 ? 1 : FREE, true); // child
    view.setUint32(at + 116, END_OF_CHAIN, true);
  });
  return bytes;
}
