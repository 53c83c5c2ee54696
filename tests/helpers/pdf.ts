import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Reading generated PDFs back with poppler (pdftotext / pdfinfo) and rendering pages to PNG with
 * pdftoppm into test-results/pdf/ — the PNGs are there to be looked at.
 */
export const PDF_OUT = path.resolve('test-results/pdf');
fs.mkdirSync(PDF_OUT, { recursive: true });

function tmpFile(buf: Buffer): { file: string; done(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, buf);
  return { file, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Text of the whole document (or of one page). 'layout' keeps the columns side by side (good for
 * amounts on a line); 'raw' follows the drawing order, which keeps a wrapped table cell's lines
 * together (good for long names, after squash()).
 */
export function pdfText(buf: Buffer, page?: number, mode: 'layout' | 'raw' = 'layout'): string {
  const t = tmpFile(buf);
  try {
    const args = [`-${mode}`, '-enc', 'UTF-8'];
    if (page) args.push('-f', String(page), '-l', String(page));
    return execFileSync('pdftotext', [...args, t.file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    t.done();
  }
}

/** The text with all whitespace removed: wrapped names read as one string. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export function pdfInfo(buf: Buffer): Record<string, string> {
  const t = tmpFile(buf);
  try {
    const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', t.file], { encoding: 'utf8' });
    const info: Record<string, string> = {};
    for (const line of out.split('\n')) {
      const i = line.indexOf(':');
      if (i > 0) info[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return info;
  } finally {
    t.done();
  }
}

export function pdfPages(buf: Buffer): number {
  return Number(pdfInfo(buf).Pages);
}

/** Renders one page to test-results/pdf/<name>.png and returns the PNG path. */
export function pdfPng(buf: Buffer, name: string, page = 1, dpi = 80): string {
  const t = tmpFile(buf);
  try {
    const prefix = path.join(PDF_OUT, name);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      t.file,
      prefix,
    ]);
    return `${prefix}.png`;
  } finally {
    t.done();
  }
}

/** Fonts embedded in the PDF (pdffonts), to prove the Chinese font is embedded as a subset. */
export function pdfFonts(buf: Buffer): string {
  const t = tmpFile(buf);
  try {
    return execFileSync('pdffonts', [t.file], { encoding: 'utf8' });
  } finally {
    t.done();
  }
}

/** A page as a greyscale bitmap (pdftoppm -gray, binary PGM), for pixel checks. */
export function pdfGray(buf: Buffer, page = 1, dpi = 50): { width: number; height: number; px: Uint8Array } {
  const t = tmpFile(buf);
  try {
    const out = execFileSync(
      'pdftoppm',
      ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', t.file],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // P5\n<w> <h>\n255\n<data>
    let pos = 0;
    const tokens: string[] = [];
    while (tokens.length < 4) {
      while (/\s/.test(String.fromCharCode(out[pos]!))) pos++;
      let tok = '';
      while (!/\s/.test(String.fromCharCode(out[pos]!))) tok += String.fromCharCode(out[pos++]!);
      tokens.push(tok);
    }
    pos++;
    return { width: Number(tokens[1]), height: Number(tokens[2]), px: out.subarray(pos) };
  } finally {
    t.done();
  }
}

/** Word boxes (pdftotext -bbox): text with its position in points. */
export function pdfWords(buf: Buffer, page = 1): { text: string; x: number; y: number; xMax: number }[] {
  const t = tmpFile(buf);
  try {
    const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), t.file, '-'], {
      encoding: 'utf8',
    });
    const out: { text: string; x: number; y: number; xMax: number }[] = [];
    for (const m of html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
    )) {
      out.push({ x: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4]! });
    }
    return out;
  } finally {
    t.done();
  }
}

/** Images drawn in the PDF (pdfimages -list), one entry per image. */
export function pdfImages(buf: Buffer): string[] {
  const t = tmpFile(buf);
  try {
    const out = execFileSync('pdfimages', ['-list', t.file], { encoding: 'utf8' });
    // Columns: page num type …; PNG transparency adds an 'smask' entry, which is not an image of its own.
    return out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim().split(/\s+/)[2] === 'image');
  } finally {
    t.done();
  }
}
