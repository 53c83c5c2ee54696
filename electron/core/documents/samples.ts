import { divRound, lineAmount, sumFen } from '../../../shared/money';
import type {
  AgeingSummary,
  BalanceConfirmationPrint,
  ContractPrint,
  DocumentType,
  DunningLetterPrint,
  InvoicePrint,
  ItemLine,
  PartyDetails,
  PrintDataMap,
  PriceListPrint,
  QuotationPrint,
  ReceiptPrint,
  ShippingNotePrint,
  StatementEntry,
  StatementPrint,
  Totals,
} from '../../../shared/print';

/**
 * Sample data for every document (样张): what the settings screen previews so that the office can check
 * its logo, seal and printer offsets before the real documents exist, and the base of the document tests.
 * Realistic on purpose: long legal names, long 规格, discounts, several tax rates.
 */

const PRODUCTS: [code: string, name: string, spec: string, unit: string, price: number, rate: number][] = [
  ['BRG-6205', '深沟球轴承', '6205-2RS 25×52×15mm', '个', 1850, 1300],
  ['MOT-Y2132', '三相异步电动机', 'Y2-132M-4 7.5kW 380V B3', '台', 268000, 1300],
  ['CTR-1810', '交流接触器', 'CJX2-1810 AC220V', '个', 6850, 1300],
  ['BLT-M830', '不锈钢六角螺栓', 'M8×30 A2-70 GB/T 5783（100只/盒）', '盒', 4200, 1300],
  ['INV-320', '变频器', 'ATV320U15N4B 1.5kW 三相380V', '台', 215000, 1300],
  ['VLV-4V210', '气动电磁阀', '4V210-08 DC24V 二位五通', '个', 9600, 1300],
  [
    'GDR-HGH25',
    '高精度直线导轨滑块组件（含防尘密封及自润滑装置，适用于数控机床及自动化生产线）',
    'HGH25CA-2R-1200-ZAC-H-II 预压中等 精度等级H 导轨长度1200mm',
    '套',
    186000,
    1300,
  ],
  ['BLT-HTD5M', '同步带', 'HTD 5M-450-15 氯丁橡胶', '条', 3800, 1300],
  ['SEL-NBR20', '耐油橡胶O型圈', 'NBR 20×2.4 邵氏硬度70', '包', 1250, 1300],
  ['GRS-XHP222', '工业润滑脂', '美孚 XHP222 16kg/桶', '桶', 158000, 1300],
  ['BRK-NXB63', '小型断路器', 'NXB-63 C32 3P 6kA', '个', 4650, 1300],
  ['SRV-INST', '设备安装调试服务', '现场安装、调试及操作培训（按人天计）', '人天', 120000, 600],
];

export function sampleLines(
  count: number,
  opts: { negative?: boolean; discount?: boolean } = {},
): ItemLine[] {
  const lines: ItemLine[] = [];
  for (let i = 0; i < count; i++) {
    const [code, name, spec, unit, price, rate] = PRODUCTS[i % PRODUCTS.length]!;
    const qtyMilli = ((i * 7) % 23) * 1000 + (i % 4 === 1 ? 500 : 0) + 1000;
    const discount = opts.discount && i % 3 === 0 ? 500 : 0;
    const unitPrice = discount ? Number(divRound(BigInt(price) * BigInt(10000 - discount), 10000n)) : price;
    const q = opts.negative ? -qtyMilli : qtyMilli;
    const amount = lineAmount(q, unitPrice);
    const net = Number(divRound(BigInt(amount) * 10000n, BigInt(10000 + rate)));
    lines.push({
      line_no: i + 1,
      product_code: i >= PRODUCTS.length ? `${code}-${String(i).padStart(3, '0')}` : code,
      product_name: name,
      spec,
      unit,
      qty: q,
      unit_price: unitPrice,
      list_price: discount ? price : null,
      discount_bp: discount || null,
      tax_rate: rate,
      amount,
      tax_amount: amount - net,
      notes: null,
    });
  }
  return lines;
}

export function totalsOf(lines: ItemLine[]): Totals {
  const total = sumFen(lines.map((l) => l.amount));
  const tax = sumFen(lines.map((l) => l.tax_amount));
  const discount = sumFen(lines.map((l) => (l.list_price ? lineAmount(l.qty, l.list_price) - l.amount : 0)));
  return { qty: sumFen(lines.map((l) => l.qty)), net: total - tax, tax, total, discount };
}

export const SAMPLE_CUSTOMER: PartyDetails = {
  name: '中国铁建重工集团股份有限公司长沙第三分公司装备制造事业部（湖南省长沙经济技术开发区）',
  code: 'C000128',
  credit_code: '91430100MA4L0XYZ0N',
  address: '湖南省长沙市长沙县经济技术开发区东七路 88 号 3 号厂房二楼物资采购部',
  phone: '0731-84071234',
  contact: '欧阳晓峰',
  contact_phone: '139 7312 8866',
  bank_name: '中国建设银行长沙星沙支行',
  bank_account: '4305 0162 6308 0000 1234',
};

const SALESPERSON = { name: '李晓明', phone: '138 2600 1234' };
const FINANCE = { name: '赵会计', phone: '020-3877 1235' };

function ageing(asOf: string, total: number): AgeingSummary {
  // Spread the balance over the buckets (whole fen, summing exactly to the total).
  const shares = [4000, 2500, 1500, 1000, 700];
  const buckets = ['未到期', '1–30 天', '31–60 天', '61–90 天', '91–180 天', '180 天以上'].map((label) => ({
    label,
    amount: 0,
  }));
  let rest = total;
  shares.forEach((bp, i) => {
    const a = Number(divRound(BigInt(total) * BigInt(bp), 10000n));
    buckets[i]!.amount = a;
    rest -= a;
  });
  buckets[5]!.amount = rest;
  return { as_of: asOf, buckets, total };
}

export function sampleStatement(
  entriesCount: number,
  customer: PartyDetails = SAMPLE_CUSTOMER,
): StatementPrint {
  const opening = 12_345_678;
  const entries: StatementEntry[] = [];
  let balance = opening;
  let debit = 0;
  let credit = 0;
  for (let i = 0; i < entriesCount; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(7 + Math.floor((i * 6) / Math.max(entriesCount, 1))).padStart(2, '0');
    const date = `2026-${month}-${day}`;
    let e: StatementEntry;
    if (i % 5 === 4) {
      const amt = 1_800_000 + (i % 7) * 12_345;
      balance -= amt;
      credit += amt;
      e = {
        date,
        doc_type: '收款',
        doc_no: `SK2026-${String(i + 1).padStart(6, '0')}`,
        description: '银行转账 货款',
        debit: 0,
        credit: amt,
        balance,
      };
    } else if (i % 11 === 10) {
      const amt = -(35_600 + i * 10);
      balance += amt;
      debit += amt;
      e = {
        date,
        doc_type: '红字冲销',
        doc_no: `XS2026-${String(i + 1).padStart(6, '0')}`,
        description: '退货冲减',
        debit: amt,
        credit: 0,
        balance,
      };
    } else {
      const amt = 456_789 + (i % 13) * 10_001;
      balance += amt;
      debit += amt;
      e = {
        date,
        doc_type: '销售发票',
        doc_no: `XS2026-${String(i + 1).padStart(6, '0')}`,
        description: '轴承、电机等',
        debit: amt,
        credit: 0,
        balance,
      };
    }
    entries.push(e);
  }
  return {
    number: 'DZ2026-000042',
    date: '2026-12-31',
    customer,
    period_from: '2026-07-01',
    period_to: '2026-12-31',
    opening_balance: opening,
    entries,
    totals: { debit, credit },
    closing_balance: balance,
    ageing: ageing('2026-12-31', balance),
    salesperson: SALESPERSON,
    contact: FINANCE,
    reply_by: '2027-01-15',
    notes: null,
  };
}

export function sampleQuotation(lineCount = 8): QuotationPrint {
  const lines = sampleLines(lineCount, { discount: true });
  return {
    number: 'QT2026-000123',
    date: '2026-11-20',
    valid_until: '2026-12-20',
    customer: SAMPLE_CUSTOMER,
    salesperson: SALESPERSON,
    tax_included: true,
    lines,
    totals: totalsOf(lines),
    delivery_terms: '合同签订后 15 个工作日内送货至买方指定仓库，运费由卖方承担',
    payment_terms: '货到验收合格后 30 日内付清全款（月结）',
    notes: '电机、变频器整机保修一年；易损件（同步带、O型圈）不在保修范围内。',
  };
}

export function sampleContract(lineCount = 6): ContractPrint {
  const lines = sampleLines(lineCount);
  return {
    number: 'HT2026-000057',
    date: '2026-11-22',
    place: '广州市天河区',
    buyer: SAMPLE_CUSTOMER,
    seller_rep: SALESPERSON,
    buyer_rep: { name: '欧阳晓峰', phone: '139 7312 8866' },
    order_no: 'SO2026-000311',
    quotation_no: 'QT2026-000123',
    lines,
    totals: totalsOf(lines),
    delivery: {
      date: '2026-12-10',
      place: '湖南省长沙市长沙县经济技术开发区东七路 88 号',
      method: '卖方送货',
      freight: '卖方承担',
      terms: '分批交货须经买方书面同意',
    },
    payment_terms:
      '合同签订后 3 日内预付合同总额 30%，货到验收合格后 30 日内付清余款；可用银行承兑汇票支付。',
    quality_terms: '按国家标准 GB/T 307.1-2017 及生产厂家企业标准执行，整机质保期 12 个月。',
    terms_text: null,
  };
}

export function sampleShippingNote(lineCount = 7): ShippingNotePrint {
  const lines = sampleLines(lineCount).map((l, i) => ({
    line_no: l.line_no,
    product_code: l.product_code,
    product_name: l.product_name,
    spec: l.spec,
    unit: l.unit,
    qty: l.qty,
    packages: i % 2 === 0 ? `${(i % 5) + 1} 箱` : null,
    batch_no: `B2611${String(i + 3).padStart(2, '0')}`,
    unit_price: l.unit_price,
    amount: l.amount,
    notes: i === 2 ? '易碎轻放' : null,
  }));
  return {
    number: 'CK2026-000777',
    date: '2026-11-25',
    order_no: 'SO2026-000311',
    customer: SAMPLE_CUSTOMER,
    ship_to: {
      address: '湖南省长沙市长沙县经济技术开发区东七路 88 号 3 号厂房',
      receiver: '欧阳晓峰',
      phone: '139 7312 8866',
    },
    warehouse: '广州白云一号仓',
    lines,
    show_prices: true,
    totals: { qty: sumFen(lines.map((l) => l.qty)), amount: sumFen(lines.map((l) => l.amount ?? 0)) },
    carrier: '德邦物流',
    waybill_no: 'DPK202611250001234',
    vehicle_no: '粤A·3K5M8',
    driver: { name: '王师傅', phone: '137 1234 5678' },
    shipped_by: { name: '陈仓管' },
    salesperson: SALESPERSON,
    notes: '请于收货当日回传签收单。',
  };
}

export function sampleInvoice(lineCount = 6, red = false): InvoicePrint {
  const lines = sampleLines(lineCount, { negative: red });
  return {
    number: red ? 'XS2026-000910' : 'XS2026-000905',
    date: '2026-11-28',
    due_date: '2026-12-28',
    red,
    original_no: red ? 'XS2026-000905' : null,
    vat_invoice_no: red ? '26442000000123456790' : '26442000000123456789',
    customer: SAMPLE_CUSTOMER,
    order_nos: ['SO2026-000311'],
    shipment_nos: ['CK2026-000777', 'CK2026-000781'],
    lines,
    totals: totalsOf(lines),
    payment_terms: '月结 30 天',
    issued_by: FINANCE,
    notes: red ? '客户退货 3 台电机，开具红字清单冲减。' : null,
  };
}

export function sampleReceipt(): ReceiptPrint {
  return {
    number: 'SK2026-000456',
    date: '2026-12-05',
    payer: SAMPLE_CUSTOMER,
    amount: 10_001_020,
    method: 'bank_acceptance',
    bill_no: '1 105 5810 0001 2026 1205 0001 2345',
    bill_due: '2027-06-05',
    payer_bank: '中国建设银行长沙星沙支行',
    purpose: '货款',
    allocations: [
      { doc_no: 'XS2026-000905', doc_date: '2026-11-28', amount: 8_000_000 },
      { doc_no: 'XS2026-000913', doc_date: '2026-11-30', amount: 1_500_000 },
    ],
    received_by: FINANCE,
    cashier: { name: '孙出纳' },
    notes: null,
  };
}

export function sampleBalanceConfirmation(): BalanceConfirmationPrint {
  return {
    number: 'YE2026-000015',
    date: '2026-12-31',
    customer: SAMPLE_CUSTOMER,
    as_of: '2026-12-31',
    balance: 23_456_789,
    open_items: [
      {
        doc_no: 'XS2026-000905',
        date: '2026-11-28',
        due_date: '2026-12-28',
        amount: 12_000_000,
        outstanding: 4_000_000,
      },
      {
        doc_no: 'XS2026-000913',
        date: '2026-11-30',
        due_date: '2026-12-30',
        amount: 9_456_789,
        outstanding: 9_456_789,
      },
      {
        doc_no: 'XS2026-000990',
        date: '2026-12-20',
        due_date: '2027-01-19',
        amount: 10_000_000,
        outstanding: 10_000_000,
      },
    ],
    reply_by: '2027-01-15',
    contact: FINANCE,
    notes: null,
  };
}

export function sampleDunningLetter(level: 1 | 2 | 3 = 2): DunningLetterPrint {
  const items = [
    {
      doc_no: 'XS2026-000512',
      date: '2026-06-15',
      due_date: '2026-07-15',
      amount: 5_600_000,
      outstanding: 5_600_000,
      days_overdue: 170,
    },
    {
      doc_no: 'XS2026-000640',
      date: '2026-08-02',
      due_date: '2026-09-01',
      amount: 3_210_050,
      outstanding: 1_210_050,
      days_overdue: 122,
    },
    {
      doc_no: 'XS2026-000777',
      date: '2026-10-10',
      due_date: '2026-11-09',
      amount: 880_000,
      outstanding: 880_000,
      days_overdue: 53,
    },
  ];
  return {
    number: 'CS2026-000009',
    date: '2027-01-01',
    customer: SAMPLE_CUSTOMER,
    level,
    items,
    total_overdue: sumFen(items.map((i) => i.outstanding)),
    pay_by: '2027-01-15',
    contact: FINANCE,
    notes: null,
  };
}

export function samplePriceList(): PriceListPrint {
  return {
    number: 'JG20261120',
    date: '2026-11-20',
    title: '产品价目表',
    category: null,
    tax_included: true,
    items: PRODUCTS.map(([code, name, spec, unit, price, rate], i) => ({
      code,
      name,
      spec,
      unit,
      category: i < 4 ? '传动与紧固件' : i < 8 ? '电气与自动化' : '辅料与服务',
      list_price: price,
      tax_rate: rate,
    })),
    notes: null,
  };
}

/** The 样张 of each type. */
export function sampleData<T extends DocumentType>(type: T): PrintDataMap[T] {
  const map: { [K in DocumentType]: () => PrintDataMap[K] } = {
    quotation: () => sampleQuotation(),
    contract: () => sampleContract(),
    shipping_note: () => sampleShippingNote(),
    invoice: () => sampleInvoice(),
    receipt: () => sampleReceipt(),
    statement: () => sampleStatement(24),
    balance_confirmation: () => sampleBalanceConfirmation(),
    dunning_letter: () => sampleDunningLetter(),
    price_list: () => samplePriceList(),
  };
  return map[type]() as PrintDataMap[T];
}
