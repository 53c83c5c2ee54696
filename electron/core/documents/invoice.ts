import type { CompanyProfile, InvoicePrint, PrintOptions } from '../../../shared/print';
import { fmtDateCn, fmtYuan, orBlank } from './format';
import { amountInWords, frame, infoGrid, itemTable, notesBlock, RED, signatures } from './frame';
import type { Content, DocDefinition } from './types';

/**
 * 销售清单 (the bill for an invoice): buyer with tax number and bank, the lines with net price, tax rate
 * and tax, totals in figures and capitals, the due date. A red-ink list (红字) reverses an earlier one:
 * negative quantities and amounts in red, titled 销售清单（红字）, naming the original.
 */
export function invoiceDoc(
  inv: InvoicePrint,
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  const content: Content[] = [];
  if (inv.red) {
    content.push({
      text: `红字冲销：本清单冲减原清单 ${orBlank(inv.original_no)}，金额以负数表示。`,
      color: RED,
      bold: true,
      margin: [0, 0, 0, 4],
    });
  }
  content.push(
    infoGrid([
      ['购买方', inv.customer.name],
      ['开票日期', fmtDateCn(inv.date)],
      ['纳税人识别号', inv.customer.credit_code],
      ['付款到期日', fmtDateCn(inv.due_date)],
      ['地址、电话', [inv.customer.address, inv.customer.phone].filter(Boolean).join(' ')],
      ['发票号码', inv.vat_invoice_no],
      ['开户行及账号', [inv.customer.bank_name, inv.customer.bank_account].filter(Boolean).join(' ')],
      ['订单号', inv.order_nos.join('、')],
      ['出库单号', inv.shipment_nos.join('、')],
      ['付款条件', inv.payment_terms],
    ]),
    itemTable(inv.lines, inv.totals, { net: true, tax: true }),
    {
      columns: [
        { text: `不含税金额：${fmtYuan(inv.totals.net)}`, ...(inv.totals.net < 0 ? { color: RED } : {}) },
        { text: `税额：${fmtYuan(inv.totals.tax)}`, ...(inv.totals.tax < 0 ? { color: RED } : {}) },
        { text: '' },
      ],
      margin: [0, 4, 0, 0],
    },
    amountInWords('价税合计', inv.totals.total),
    ...notesBlock('备注', inv.notes),
    infoGrid(
      [
        ['销售方', company.name],
        ['纳税人识别号', company.credit_code],
        ['开户行及账号', [company.bank_name, company.bank_account].filter(Boolean).join(' ')],
        ['地址、电话', [company.address, company.phone].filter(Boolean).join(' ')],
      ],
      1,
    ),
    signatures([
      { title: '开票人', lines: [orBlank(inv.issued_by?.name)], seal: options.seal ? company.seal : null },
      { title: '复核', lines: [''] },
      { title: '客户签收', lines: ['签字：', '日期：'] },
    ]),
  );
  return frame({
    title: inv.red ? '销售清单（红字）' : '销售清单',
    docNo: inv.number,
    company,
    options,
    parts: [{ content }],
  });
}
