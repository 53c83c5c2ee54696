import zlib from 'node:zlib';

/**
 * A small, strict ZIP reader used to vet an uploaded .xlsx before the spreadsheet parser sees it.
 * It does not trust the sizes a file declares: every entry is actually inflated with a hard output
 * limit, so a zip bomb (a few kilobytes that expand to gigabytes, or an entry that lies about its size)
 * stops at the budget instead of filling the memory.
 */
export class ZipError extends Error {
  constructor(
    readonly kind: 'corrupt' | 'too_large' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

export interface ZipEntry {
  name: string;
  /** Inflated content. */
  data: Buffer;
}

export interface ZipLimits {
  /** Total inflated bytes over all entries. */
  maxTotal: number;
  maxEntries: number;
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === LOC;
}

export function readZip(buf: Buffer, limits: ZipLimits): ZipEntry[] {
  // End of central directory: within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('corrupt', 'no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('unsupported', 'zip64');
  if (count > limits.maxEntries) throw new ZipError('too_large', `${count} entries`);
  if (cdOffset + cdSize > buf.length) throw new ZipError('corrupt', 'central directory out of range');
  const out: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN)
      throw new ZipError('corrupt', 'bad central header');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ZipError('unsupported', 'encrypted entry');
    if (compSize === 0xffffffff || declared === 0xffffffff) throw new ZipError('unsupported', 'zip64');
    if (total + declared > limits.maxTotal) throw new ZipError('too_large', 'declared size over budget');
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOC)
      throw new ZipError('corrupt', 'bad local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compSize > buf.length) throw new ZipError('corrupt', 'entry out of range');
    const raw = buf.subarray(start, start + compSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) {
      try {
        data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, limits.maxTotal - total) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError('too_large', name);
        throw new ZipError('corrupt', `${name}: ${(e as Error).message}`);
      }
    } else throw new ZipError('unsupported', `compression method ${method}`);
    total += data.length;
    if (total > limits.maxTotal) throw new ZipError('too_large', name);
    out.push({ name, data });
  }
  return out;
}
