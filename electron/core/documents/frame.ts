import { divRound, toChineseCapital } from '../../../shared/money';
import type { CompanyProfile, ItemLine, PartyDetails, PrintOptions, Totals } from '../../../shared/print';
import { FONT } from './pdf';
import { fmtDiscount, fmtMoney, fmtQty, fmtRate, fmtTimestamp, fmtYuan, orBlank } from './format';
import type { Content, ContentNode, DocDefinition } from './types';

/**
 * The page chrome every document shares and the blocks they are built from.
 *
 * Every page: a running header on continuation pages (company · title · number · copy · 补打 mark), a
 * footer with "第 x 页 / 共 y 页", who printed it and when. Each part (a copy of a shipping note, one
 * customer's statement in a batch) starts on a new page with a title block: logo, company, title, the
 * document number as text and as a QR code, the copy label and the reprint mark. Pages are numbered per
 * part. Tables repeat their header row on each page and never split a row; long names wrap.
 */
export const MM = 72 / 25.4;
export const RED = '#c8102e';
export const GREY = '#595959';
const LINE = '#8c8c8c';

export type Paper = 'a4' | 'a4-landscape' | 'half';

export interface Part {
  content: Content[];
  /** 第二联 客户 … */
  copyLabel?: string | null;
  /** Per-part number and title (a batch of statements); defaults to the frame's. */
  docNo?: string | null;
  title?: string;
  /** Known page count of this part (batches render each part alone first). */
  pages?: number;
  /** This part's reprint count (a batch of statements printed before in part); defaults to the options'. */
  reprint?: number;
}

export interface FrameInput {
  title: string;
  /** null for an unnumbered draft: 草稿 watermark, no QR code. */
  docNo: string | null;
  company: CompanyProfile;
  options: PrintOptions;
  parts: Part[];
  /** Parts are copies with the same layout: page numbers per part without knowing the counts. */
  identicalParts?: boolean;
  paper?: Paper;
  /** Metadata subject. */
  subject?: string;
}

export function reprintMark(options: PrintOptions, part?: Part): string | null {
  const n = part?.reprint ?? options.reprint ?? 0;
  return n > 0 ? `补打（第 ${n} 次）` : null;
}

export const isImage = (s: string | null | undefined): s is string =>
  typeof s === 'string' && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(s);

/* ------------------------------------------------------------------ paper and margins */

interface PaperSpec {
  size: DocDefinition['pageSize'];
  orientation: 'portrait' | 'landscape';
  margins: [number, number, number, number];
  width: number;
  compact: boolean;
}

function paperSpec(paper: Paper, offset: { x: number; y: number }): PaperSpec {
  const dx = offset.x * MM;
  const dy = offset.y * MM;
  if (paper === 'half') {
    // 241 × 140 mm continuous form (9.5 × 5.5 in), the usual pin-fed 送货单 paper.
    const w = 241 * MM;
    const m: [number, number, number, number] = [10 * MM + dx, 10 * MM + dy, 10 * MM - dx, 9 * MM - dy];
    return {
      // Wider than high: pdfmake swaps the sides of a 'portrait' page, so this must say landscape.
      size: { width: w, height: 140 * MM },
      orientation: 'landscape',
      margins: m,
      width: w - 20 * MM,
      compact: true,
    };
  }
  const landscape = paper === 'a4-landscape';
  const w = landscape ? 841.89 : 595.28;
  const m: [number, number, number, number] = [15 * MM + dx, 16 * MM + dy, 15 * MM - dx, 15 * MM - dy];
  return {
    size: 'A4',
    orientation: landscape ? 'landscape' : 'portrait',
    margins: m,
    width: w - 30 * MM,
    compact: false,
  };
}

/** Clamp printer offsets so that no margin becomes negative. */
export function clampOffset(o: { x: number; y: number } | undefined): { x: number; y: number } {
  const c = (v: number) => Math.max(-9, Math.min(9, Number.isFinite(v) ? v : 0));
  return o ? { x: c(o.x), y: c(o.y) } : { x: 0, y: 0 };
}

/* ------------------------------------------------------------------ the frame */

export function frame(input: FrameInput): DocDefinition {
  const paper = input.paper ?? 'a4';
  const spec = paperSpec(paper, clampOffset(input.options.offset_mm));
  const company = input.company;
  const parts = input.parts.length ? input.parts : [{ content: [] }];

  // Page → (part, page within part, pages of part).
  const locate = (current: number, count: number): { part: Part; local: number; of: number } => {
    if (parts.length === 1) return { part: parts[0]!, local: current, of: count };
    if (input.identicalParts) {
      const per = Math.max(1, Math.round(count / parts.length));
      const i = Math.min(parts.length - 1, Math.floor((current - 1) / per));
      return { part: parts[i]!, local: current - i * per, of: per };
    }
    let start = 1;
    for (const p of parts) {
      const n = p.pages ?? 0;
      if (current < start + n) return { part: p, local: current - start + 1, of: n };
      start += n;
    }
    // Counts unknown or inconsistent: number the whole file.
    return { part: parts[parts.length - 1]!, local: current, of: count };
  };

  const fs = spec.compact ? 7 : 8;
  const header = (current: number, count: number): Content | null => {
    const { part, local } = locate(current, count);
    if (local === 1) return null;
    const no = part.docNo === undefined ? input.docNo : part.docNo;
    const mark = reprintMark(input.options, part);
    const right: Content[] = [];
    if (part.copyLabel) right.push({ text: `${part.copyLabel}  `, color: GREY });
    if (mark) right.push({ text: mark, color: RED, bold: true });
    return {
      margin: [spec.margins[0], spec.compact ? 4 * MM : 7 * MM, spec.margins[2], 0],
      columns: [
        {
          text: `${company.name} · ${part.title ?? input.title}${no ? `  No. ${no}` : ''}`,
          fontSize: fs,
          color: GREY,
          width: '*',
        },
        { text: right, fontSize: fs, alignment: 'right', width: 'auto' },
      ],
    };
  };
  const footer = (current: number, count: number): Content => {
    const { part, local, of } = locate(current, count);
    const mark = reprintMark(input.options, part);
    const printed = [input.options.printed_by, fmtTimestamp(input.options.printed_at)]
      .filter(Boolean)
      .join(' ');
    return {
      margin: [spec.margins[0], spec.compact ? 2 * MM : 4 * MM, spec.margins[2], 0],
      columns: [
        { text: printed ? `打印：${printed}` : '', width: '*', fontSize: fs, color: GREY },
        { text: `第 ${local} 页 / 共 ${of} 页`, width: 'auto', fontSize: fs, alignment: 'center' },
        {
          text: [company.phone ? `电话 ${company.phone}` : '', mark ? `  ${mark}` : ''].join(''),
          width: '*',
          fontSize: fs,
          alignment: 'right',
          color: GREY,
        },
      ],
    };
  };

  const content: Content[] = [];
  parts.forEach((p, i) => {
    const block: ContentNode = {
      stack: [titleBlock(input, p, spec.compact, spec.width), ...p.content],
    };
    if (i > 0) block.pageBreak = 'before';
    content.push(block);
  });

  const def: DocDefinition = {
    pageSize: spec.size,
    pageOrientation: spec.orientation,
    pageMargins: spec.margins,
    header,
    footer,
    content,
    defaultStyle: { font: FONT, fontSize: spec.compact ? 8.5 : 9.5, lineHeight: 1.15 },
    styles: {
      th: { bold: true, fillColor: '#f0f0f0', alignment: 'center' },
      label: { color: GREY },
      section: { bold: true, fontSize: spec.compact ? 9 : 10.5, margin: [0, 8, 0, 4] },
      small: { fontSize: spec.compact ? 7 : 8 },
    },
    info: {
      title: `${input.title}${input.docNo ? ` ${input.docNo}` : ''}`,
      author: company.name,
      subject: input.subject ?? input.title,
      creator: '销售通',
      producer: '销售通 (pdfmake)',
    },
  };
  if (input.options.sample) {
    def.watermark = { text: '样张', color: RED, opacity: 0.1, bold: true, font: FONT, fontSize: 120 };
  } else if (input.docNo === null) {
    def.watermark = { text: '草稿', color: RED, opacity: 0.12, bold: true, font: FONT, fontSize: 120 };
  }
  return def;
}

function titleBlock(input: FrameInput, part: Part, compact: boolean, width: number): Content {
  const company = input.company;
  const no = part.docNo === undefined ? input.docNo : part.docNo;
  const mark = reprintMark(input.options, part);
  const title = part.title ?? input.title;
  const left: Content[] = [];
  if (isImage(company.logo)) left.push({ image: company.logo, fit: compact ? [30, 30] : [56, 56] });
  const center: Content[] = compact
    ? [
        {
          // Half-A4 form: company and title on one line, the copy beside them.
          text: [
            { text: `${company.name}  `, bold: true, fontSize: 11 },
            { text: title, bold: true, fontSize: 14, characterSpacing: 2 },
            ...(part.copyLabel ? [{ text: `  （${part.copyLabel}）`, fontSize: 8, color: GREY }] : []),
          ],
          alignment: 'center',
          margin: [0, 6, 0, 0],
        },
      ]
    : [
        { text: company.name, bold: true, fontSize: 15, alignment: 'center' },
        {
          text: title,
          bold: true,
          fontSize: 19,
          alignment: 'center',
          characterSpacing: title.length <= 5 ? 4 : 1,
          margin: [0, 2, 0, 0],
        },
        ...(part.copyLabel
          ? [{ text: `（${part.copyLabel}）`, alignment: 'center', fontSize: 9, color: GREY }]
          : []),
      ];
  const right: Content[] = [];
  if (no) {
    const qr: Content = { qr: no, fit: compact ? 40 : 62, eccLevel: 'M', alignment: 'right' };
    const text: Content = { text: `No. ${no}`, alignment: 'right', bold: true, fontSize: compact ? 8 : 9 };
    if (compact)
      right.push({
        columns: [
          { width: '*', stack: [{ text: ' ', fontSize: 14 }, text] },
          { width: 42, stack: [qr] },
        ],
      });
    else right.push(qr, { ...text, margin: [0, 2, 0, 0] });
  } else {
    right.push({ text: '草稿（未编号）', alignment: 'right', color: RED, bold: true });
  }
  if (mark)
    right.push({ text: mark, alignment: 'right', color: RED, bold: true, fontSize: compact ? 8.5 : 10 });
  const side = compact ? 150 : 130;
  return {
    margin: [0, 0, 0, compact ? 3 : 8],
    stack: [
      {
        columns: [
          { width: side, stack: left },
          { width: '*', stack: center },
          { width: side, stack: right },
        ],
      },
      {
        canvas: [{ type: 'line', x1: 0, y1: 3, x2: width, y2: 3, lineWidth: 1, lineColor: '#262626' }],
      },
    ],
  };
}

/* ------------------------------------------------------------------ blocks */

/** Label : value pairs laid out in `cols` columns, no borders (the fields under a title). */
export function infoGrid(pairs: [string, string | null | undefined][], cols = 2, compact = false): Content {
  const rows: Content[][] = [];
  const shown = pairs.filter(([, v]) => v != null && v !== '');
  for (let i = 0; i < shown.length; i += cols) {
    const row: Content[] = [];
    for (let j = 0; j < cols; j++) {
      const p = shown[i + j];
      row.push(p ? { text: [{ text: `${p[0]}：`, style: 'label' }, { text: String(p[1]) }] } : '');
    }
    rows.push(row);
  }
  if (!rows.length) return '';
  return {
    margin: [0, 0, 0, compact ? 2 : 6],
    table: { widths: Array.from({ length: cols }, () => '*'), body: rows },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 6,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
  };
}

/** A party's details as a boxed block (seller / buyer in a contract). */
export function partyBlock(heading: string, party: PartyDetails): Content {
  const rows: [string, string | null | undefined][] = [
    ['名称', party.name],
    ['统一社会信用代码', party.credit_code],
    ['地址', party.address],
    ['电话', party.phone],
    ['联系人', [party.contact, party.contact_phone].filter(Boolean).join(' ') || null],
    ['开户银行', party.bank_name],
    ['银行账号', party.bank_account],
  ];
  const body: Content[][] = [[{ text: heading, style: 'th', colSpan: 2, alignment: 'left' }, '']];
  for (const [k, v] of rows) {
    body.push([{ text: k, style: 'label', noWrap: true }, { text: orBlank(v) }]);
  }
  return { table: { widths: ['auto', '*'], body }, layout: thinLayout() };
}

/**
 * A table cell's text that may hold long codes: a run of 12 or more characters without a break
 * opportunity (a model number, an account) would set the column's minimum width and push the table past
 * the margin, so such a cell may break anywhere. Ordinary text keeps breaking at spaces and CJK.
 */
export function wrapCell(text: string | null | undefined, extra: ContentNode = {}): ContentNode {
  const t = orBlank(text);
  return /[^\s\u3000-\u9fff\uff00-\uffef]{12,}/.test(t)
    ? { text: t, wordBreak: 'break-all', ...extra }
    : { text: t, ...extra };
}

export function thinLayout(): ContentNode {
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => LINE,
    vLineColor: () => LINE,
    paddingLeft: () => 3,
    paddingRight: () => 3,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}

export const money = (fen: number | null | undefined, extra: ContentNode = {}): ContentNode => ({
  text: fmtMoney(fen),
  alignment: 'right',
  noWrap: true,
  ...(fen != null && fen < 0 ? { color: RED } : {}),
  ...extra,
});

export const qty = (milli: number, extra: ContentNode = {}): ContentNode => ({
  text: fmtQty(milli),
  alignment: 'right',
  noWrap: true,
  ...(milli < 0 ? { color: RED } : {}),
  ...extra,
});

export interface ItemTableOptions {
  prices?: boolean;
  tax?: boolean;
  discount?: boolean;
  compact?: boolean;
  /** Net (without tax) prices and amounts, as on a 销售清单 with separate tax. */
  net?: boolean;
}

/** The product lines table: 序号 编码 名称 规格 单位 数量 单价 金额 …; header repeated on every page. */
export function itemTable(lines: ItemLine[], totals: Totals | null, o: ItemTableOptions = {}): Content {
  const prices = o.prices !== false;
  // The product code goes under the name (small, grey) so that names and 规格 keep room to wrap.
  const head: Content[] = ['序号', '产品名称 / 编码', '规格型号', '单位', '数量'];
  const widths: (string | number)[] = [18, '*', '*', 24, 42];
  if (prices) {
    if (o.discount) {
      head.push('折扣');
      widths.push(28);
    }
    head.push(o.net ? '单价(不含税)' : '含税单价', o.net ? '金额(不含税)' : '金额');
    widths.push(50, 58);
  }
  if (o.tax) {
    head.push('税率', '税额');
    widths.push(26, 48);
  }
  const body: Content[][] = [head.map((h) => ({ text: h, style: 'th' }))];
  for (const l of lines) {
    const row: Content[] = [
      { text: String(l.line_no), alignment: 'center' },
      { stack: [wrapCell(l.product_name), wrapCell(l.product_code, { color: GREY, fontSize: 7.5 })] },
      wrapCell(l.spec),
      { text: l.unit, alignment: 'center' },
      // A value-only line (a price correction, a write-off) has no quantity and no unit price.
      l.qty === 0 ? '' : qty(l.qty),
    ];
    if (prices) {
      if (o.discount) row.push({ text: fmtDiscount(l.discount_bp), alignment: 'center' });
      if (l.qty === 0) row.push('', money(o.net ? l.amount - l.tax_amount : l.amount));
      else if (o.net) {
        const net = l.amount - l.tax_amount;
        const unitNet = Number(divRound(BigInt(net) * 1000n, BigInt(l.qty)));
        row.push(money(unitNet), money(net));
      } else row.push(money(l.unit_price), money(l.amount));
    }
    if (o.tax) row.push({ text: fmtRate(l.tax_rate), alignment: 'center' }, money(l.tax_amount));
    body.push(row);
  }
  if (totals) {
    const n = head.length;
    const row: Content[] = [{ text: '合计', bold: true, alignment: 'center', colSpan: 4 }, '', '', ''];
    row.push(totals.qty == null ? '' : qty(totals.qty, { bold: true }));
    if (prices) {
      if (o.discount) row.push('');
      row.push('', money(o.net ? totals.net : totals.total, { bold: true }));
    }
    if (o.tax) row.push('', money(totals.tax, { bold: true }));
    while (row.length < n) row.push('');
    body.push(row);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: thinLayout(),
    fontSize: o.compact ? 8 : 8.5,
  };
}

/** 合计金额 in figures and in Chinese capitals; negative totals in red with 负. */
export function amountInWords(label: string, fen: number): Content {
  return {
    margin: [0, 4, 0, 4],
    table: {
      widths: ['auto', '*', 'auto'],
      body: [
        [
          { text: `${label}（大写）`, bold: true },
          { text: `人民币 ${toChineseCapital(fen)}`, bold: true, ...(fen < 0 ? { color: RED } : {}) },
          { text: `（小写）${fmtYuan(fen)}`, bold: true, noWrap: true, ...(fen < 0 ? { color: RED } : {}) },
        ],
      ],
    },
    layout: thinLayout(),
  };
}

/** Numbered clauses from a text with one clause per line. */
export function clauses(text: string | null | undefined, start = 1): Content[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const numbered = /^([0-9一二三四五六七八九十]+[、.．)]|（[一二三四五六七八九十0-9]+）)/.test(l);
      return { text: numbered ? l : `${start + i}. ${l}`, margin: [0, 1, 0, 1] };
    });
}

/**
 * Signature boxes side by side: 经办人 / 客户签收 …; the seller's box may carry the seal. A letter's single
 * box sits on the right (align: 'right').
 */
export function signatures(
  boxes: { title: string; lines: string[]; seal?: string | null; width?: number | string }[],
  compact = false,
  align: 'spread' | 'right' = 'spread',
): Content {
  const columns: Content[] = boxes.map((b) => {
    const stack: Content[] = [{ text: b.title, bold: true, margin: [0, 0, 0, compact ? 2 : 6] }];
    for (const l of b.lines) stack.push({ text: l, margin: [0, compact ? 3 : 7, 0, 0] });
    if (isImage(b.seal)) {
      stack.push({
        image: b.seal,
        width: compact ? 70 : 105,
        relativePosition: { x: compact ? 40 : 60, y: compact ? -60 : -95 },
        opacity: 0.85,
      });
    }
    return { width: b.width ?? '*', stack };
  });
  if (align === 'right') columns.unshift({ width: '*', text: '' });
  return { margin: [0, compact ? 6 : 14, 0, 0], unbreakable: true, columns, columnGap: 10 };
}

/** A dashed cut line across the page (tear-off slips). */
export function cutLine(width: number, label = '请沿此线剪下'): Content {
  return {
    margin: [0, 14, 0, 6],
    stack: [
      {
        canvas: [
          { type: 'line', x1: 0, y1: 5, x2: width, y2: 5, dash: { length: 4, space: 3 }, lineWidth: 0.6 },
        ],
      },
      {
        text: `  ✂ ${label}  `,
        fontSize: 7.5,
        color: GREY,
        alignment: 'center',
        background: 'white',
        margin: [0, -10, 0, 0],
      },
    ],
  };
}

/** Usable width of the page body for the paper. */
export function bodyWidth(paper: Paper = 'a4'): number {
  return paperSpec(paper, { x: 0, y: 0 }).width;
}

export function notesBlock(title: string, text: string | null | undefined): Content[] {
  if (!text) return [];
  return [
    { text: title, style: 'section' },
    { text, margin: [0, 0, 0, 2] },
  ];
}
