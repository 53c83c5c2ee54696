import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { DocDefinition } from './types';

/**
 * The one PDF renderer: pdfmake 0.3 on the main process with the bundled Noto Sans SC (Simplified
 * Chinese) from @embedpdf/fonts-sc, embedded as subsets. Nothing is fetched or read at render time:
 * fonts are loaded once into pdfmake's virtual file system, images arrive as data URLs, and both the
 * URL and the local-file access policies refuse everything else.
 */
export const FONT = 'NotoSansSC';

let loaded = false;

export function fontsDir(): string {
  if (process.env.XST_FONTS_DIR) return process.env.XST_FONTS_DIR;
  const req = createRequire(import.meta.url);
  return path.join(path.dirname(req.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

function ensureFonts(): void {
  if (loaded) return;
  const dir = fontsDir();
  pdfmake.virtualfs.writeFileSync(
    'NotoSansSC-Regular.otf',
    fs.readFileSync(path.join(dir, 'NotoSansHans-Regular.otf')),
  );
  pdfmake.virtualfs.writeFileSync(
    'NotoSansSC-Bold.otf',
    fs.readFileSync(path.join(dir, 'NotoSansHans-Bold.otf')),
  );
  pdfmake.setFonts({
    [FONT]: {
      normal: 'NotoSansSC-Regular.otf',
      bold: 'NotoSansSC-Bold.otf',
      italics: 'NotoSansSC-Regular.otf',
      bolditalics: 'NotoSansSC-Bold.otf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  loaded = true;
}

export interface RenderedPdf {
  buffer: Buffer;
  pages: number;
}

/** Renders a document definition to a PDF; also reports the page count (from the footer's view). */
export async function renderPdf(def: DocDefinition): Promise<RenderedPdf> {
  ensureFonts();
  let pages = 0;
  const footer = def.footer;
  const wrapped: DocDefinition = {
    ...def,
    footer: (current: number, count: number, size: unknown) => {
      pages = count;
      return typeof footer === 'function' ? footer(current, count, size) : (footer ?? null);
    },
  };
  const buffer = await pdfmake.createPdf(wrapped).getBuffer();
  return { buffer, pages };
}
