import type { CompanyProfile, ContractPrint, PartyDetails, PrintOptions } from '../../../shared/print';
import { fmtDateCn, orBlank } from './format';
import { amountInWords, clauses, frame, infoGrid, itemTable, partyBlock, signatures } from './frame';
import type { Content, DocDefinition } from './types';

/** Default clauses when neither the contract nor the company profile gives any. */
export const DEFAULT_CONTRACT_TERMS = [
  '质量要求：按国家标准或生产厂家标准执行，买方有特殊要求的以双方书面约定为准。',
  '验收：买方应在收货时当场清点数量、检查外观，如有异议应在收货后 7 日内书面提出，逾期视为验收合格。',
  '所有权：货物所有权自买方付清全部货款之日起转移至买方。',
  '违约责任：买方逾期付款的，每逾期一日按逾期金额的万分之五支付违约金；卖方逾期交货的，按逾期交货金额的万分之五支付违约金。',
  '争议解决：因本合同引起的争议，双方协商解决；协商不成的，提交卖方所在地人民法院诉讼解决。',
  '本合同一式两份，双方各执一份，经双方签字盖章后生效，传真件、扫描件与原件具有同等效力。',
].join('\n');

/**
 * 销售合同: both parties' details, the lines, totals in figures and in capitals, delivery and payment
 * terms, the configurable clauses (the contract's own text, else the company's default), and signature /
 * seal blocks for both parties.
 */
export function contractDoc(
  c: ContractPrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const seller: PartyDetails = {
    name: company.name,
    credit_code: company.credit_code,
    address: company.address,
    phone: company.phone,
    contact: c.seller_rep.name,
    contact_phone: c.seller_rep.phone ?? null,
    bank_name: company.bank_name,
    bank_account: company.bank_account,
  };
  const buyer: PartyDetails = {
    ...c.buyer,
    contact: c.buyer_rep?.name ?? c.buyer.contact ?? null,
    contact_phone: c.buyer_rep?.phone ?? c.buyer.contact_phone ?? null,
  };
  const hasDiscount = c.lines.some((l) => (l.discount_bp ?? 0) > 0);
  const delivery = [
    c.delivery.date ? `交货日期：${fmtDateCn(c.delivery.date)}` : null,
    c.delivery.place ? `交货地点：${c.delivery.place}` : null,
    c.delivery.method ? `交货方式：${c.delivery.method}` : null,
    c.delivery.freight ? `运费承担：${c.delivery.freight}` : null,
    c.delivery.terms,
  ]
    .filter(Boolean)
    .join('；');
  const terms = c.terms_text ?? company.contract_terms ?? DEFAULT_CONTRACT_TERMS;
  const content: Content[] = [
    infoGrid(
      [
        ['签订日期', fmtDateCn(c.date)],
        ['签订地点', c.place],
        ['订单号', c.order_no],
        ['报价单号', c.quotation_no],
      ],
      2,
    ),
    {
      columns: [partyBlock('卖方（甲方）', seller), partyBlock('买方（乙方）', buyer)],
      columnGap: 8,
      margin: [0, 0, 0, 6],
    },
    {
      text: '经甲乙双方友好协商，根据《中华人民共和国民法典》有关规定，签订本合同，共同遵守。',
      margin: [0, 0, 0, 4],
    },
    { text: '一、产品名称、规格、数量及价款', style: 'section' },
    itemTable(c.lines, c.totals, { discount: hasDiscount, tax: true }),
    amountInWords('合同总金额', c.totals.total),
    { text: '二、交货', style: 'section' },
    { text: delivery || '按双方约定执行。' },
    { text: '三、付款方式', style: 'section' },
    { text: c.payment_terms },
    ...(c.quality_terms ? [{ text: '四、质量标准', style: 'section' }, { text: c.quality_terms }] : []),
    { text: `${c.quality_terms ? '五' : '四'}、其他约定`, style: 'section' },
    ...clauses(terms),
    signatures([
      {
        title: '甲方（盖章）：',
        lines: [company.name, `授权代表：${orBlank(c.seller_rep.name)}`, '日期：'],
        seal: options.seal ? company.seal : null,
      },
      {
        title: '乙方（盖章）：',
        lines: [c.buyer.name, `授权代表：${orBlank(c.buyer_rep?.name)}`, '日期：'],
      },
    ]),
  ];
  return frame({ title: '销售合同', docNo: c.number, company, options, parts: [{ content }] });
}
