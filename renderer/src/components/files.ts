/** Files in the browser / Electron renderer: base64 from the RPC, downloads, reading uploads. */

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const PDF_MIME = 'application/pdf';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function blobUrl(b64: string, mime: string): string {
  return URL.createObjectURL(new Blob([base64ToBytes(b64)], { type: mime }));
}

/**
 * Saves a file: an <a download> on a blob URL (the browser's download; Electron shows its save
 * dialog).
 */
export function download(b64: string, filename: string, mime: string): void {
  const url = blobUrl(b64, mime);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A File as base64 (without the data: prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** A File as a data URL (images for the company profile). */
export function fileToDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/** Printer settings kept on this PC (offsets differ from printer to printer). */
export interface LocalPrintSettings {
  offset: { x: number; y: number };
  layout: 'a4' | 'half';
  seal: boolean;
}
const KEY = 'xst.print';
export function loadPrintSettings(): LocalPrintSettings {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<LocalPrintSettings>;
    return {
      offset: { x: Number(v.offset?.x ?? 0) || 0, y: Number(v.offset?.y ?? 0) || 0 },
      layout: v.layout === 'half' ? 'half' : 'a4',
      seal: v.seal === true,
    };
  } catch {
    return { offset: { x: 0, y: 0 }, layout: 'a4', seal: false };
  }
}
export function savePrintSettings(s: LocalPrintSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage unavailable */
  }
}
