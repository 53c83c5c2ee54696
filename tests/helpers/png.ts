import zlib from 'node:zlib';

/**
 * Small PNG images drawn in code for tests (a company logo and a round red seal), so that tests do not
 * depend on binary fixtures. RGBA, no interlace.
 */
function crc32(buf: Buffer): number {
  return zlib.crc32(buf);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

export function encodePng(width: number, height: number, pixel: (x: number, y: number) => number[]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  let o = 0;
  for (let y = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw[o++] = r!;
      raw[o++] = g!;
      raw[o++] = b!;
      raw[o++] = a ?? 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A blue rounded square with a white "bar" mark. */
export function logoPng(size = 128): Buffer {
  return encodePng(size, size, (x, y) => {
    const r = size * 0.18;
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    const inside = (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    if (!inside) return [0, 0, 0, 0];
    const bar = y > size * 0.42 && y < size * 0.58 && x > size * 0.2 && x < size * 0.8;
    const stem = x > size * 0.42 && x < size * 0.58 && y > size * 0.2 && y < size * 0.8;
    return bar || stem ? [255, 255, 255, 255] : [22, 119, 255, 255];
  });
}

/** A round red seal: a ring and a five-pointed star, transparent elsewhere. */
export function sealPng(size = 240): Buffer {
  const c = size / 2;
  const star = (x: number, y: number): boolean => {
    // Point-in-polygon for a five-pointed star of radius size*0.18.
    const pts: [number, number][] = [];
    for (let i = 0; i < 10; i++) {
      const rad = i % 2 === 0 ? size * 0.18 : size * 0.07;
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      pts.push([c + rad * Math.cos(a), c + rad * Math.sin(a)]);
    }
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i]!;
      const [xj, yj] = pts[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  return encodePng(size, size, (x, y) => {
    const d = Math.hypot(x - c, y - c);
    const ring = d <= c - 2 && d >= c - size * 0.06;
    return ring || star(x, y) ? [220, 20, 40, 230] : [0, 0, 0, 0];
  });
}

export const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
