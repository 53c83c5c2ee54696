import type { Db } from '../../db/database';
import { AppError } from '../../rpc/errors';
import type { CompanyProfile } from '../../../../shared/print';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../../../../shared/contract/documents';
import { getSetting, setSetting } from '../common/settings';
import { renderPdf } from '../../documents';
import { FONT } from '../../documents/pdf';

/**
 * The company profile lives in settings: the name in 'company_name' (set at first setup, shown on the
 * login screen), the rest in 'company_profile', and the two images apart so that reading the profile
 * for a screen does not always carry them.
 */
interface StoredProfile {
  address: string | null;
  phone: string | null;
  fax: string | null;
  credit_code: string | null;
  bank_name: string | null;
  bank_account: string | null;
  contract_terms: string | null;
}

const EMPTY: StoredProfile = {
  address: null,
  phone: null,
  fax: null,
  credit_code: null,
  bank_name: null,
  bank_account: null,
  contract_terms: null,
};

export async function getCompanyProfile(db: Db): Promise<CompanyProfile> {
  const name = await getSetting<string>(db, 'company_name', '');
  const p = { ...EMPTY, ...(await getSetting<Partial<StoredProfile>>(db, 'company_profile', {})) };
  return {
    name,
    ...p,
    logo: await getSetting<string | null>(db, 'company_logo', null),
    seal: await getSetting<string | null>(db, 'company_seal', null),
  };
}

export async function saveCompanyProfile(db: Db, p: CompanyProfile, nowIso: string): Promise<void> {
  const { name, logo, seal, ...rest } = p;
  await setSetting(db, 'company_name', name, nowIso);
  await setSetting(db, 'company_profile', rest, nowIso);
  await setSetting(db, 'company_logo', logo, nowIso);
  await setSetting(db, 'company_seal', seal, nowIso);
}

/** Width and height from a PNG (IHDR) or JPEG (SOFn) header; null when it is neither. */
export function imageSize(buf: Buffer): { kind: 'png' | 'jpeg'; width: number; height: number } | null {
  if (
    buf.length > 24 &&
    buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    if (buf.toString('ascii', 12, 16) !== 'IHDR') return null;
    return { kind: 'png', width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  }
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8) {
    let i = 2;
    while (i + 9 < buf.length) {
      if (buf[i] !== 0xff) return null;
      const marker = buf[i + 1]!;
      const len = buf.readUInt16BE(i + 2);
      const sof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (sof) return { kind: 'jpeg', height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
      i += 2 + len;
    }
  }
  return null;
}

/**
 * Checks an uploaded logo or seal: a real PNG or JPEG (by its bytes, not its name), at most 300 KB and
 * 2000 × 2000 pixels, and one that the PDF renderer can embed (a trial render).
 */
export async function checkImage(field: 'logo' | 'seal', dataUrl: string | null): Promise<void> {
  if (dataUrl === null) return;
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const buf = Buffer.from(b64, 'base64');
  if (buf.length > MAX_IMAGE_BYTES) {
    throw AppError.field('VALIDATION', [field], 'image_too_large', { max: MAX_IMAGE_PIXELS });
  }
  const size = imageSize(buf);
  const declared = dataUrl.startsWith('data:image/png') ? 'png' : 'jpeg';
  if (!size || size.kind !== declared || size.width < 1 || size.height < 1) {
    throw AppError.field('VALIDATION', [field], 'image_invalid');
  }
  if (size.width > MAX_IMAGE_PIXELS || size.height > MAX_IMAGE_PIXELS) {
    throw AppError.field('VALIDATION', [field], 'image_too_large', { max: MAX_IMAGE_PIXELS });
  }
  try {
    await renderPdf({
      pageSize: 'A6',
      pageMargins: [10, 10, 10, 10],
      content: [{ image: dataUrl, fit: [100, 100] }],
      defaultStyle: { font: FONT },
    });
  } catch {
    throw AppError.field('VALIDATION', [field], 'image_invalid');
  }
}
