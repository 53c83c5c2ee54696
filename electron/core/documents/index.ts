import type { CompanyProfile, DocumentType, PrintDataMap, PrintOptions } from '../../../shared/print';
import { balanceConfirmationDoc } from './balance-confirmation';
import { contractDoc } from './contract';
import { dunningLetterDoc } from './dunning-letter';
import { invoiceDoc } from './invoice';
import { priceListDoc } from './price-list';
import { quotationDoc } from './quotation';
import { receiptDoc } from './receipt';
import { shippingNoteDoc } from './shipping-note';
import { statementDoc } from './statement';
import { renderPdf, type RenderedPdf } from './pdf';
import type { DocDefinition } from './types';

/** Every printed document: (data, company, options) → pdfmake document definition. */
export const DOCUMENT_BUILDERS: {
  [T in DocumentType]: (
    data: PrintDataMap[T],
    company: CompanyProfile,
    options: PrintOptions,
  ) => DocDefinition;
} = {
  quotation: quotationDoc,
  contract: contractDoc,
  shipping_note: shippingNoteDoc,
  invoice: invoiceDoc,
  receipt: receiptDoc,
  statement: statementDoc,
  balance_confirmation: balanceConfirmationDoc,
  dunning_letter: dunningLetterDoc,
  price_list: priceListDoc,
};

export function buildDocument<T extends DocumentType>(
  type: T,
  data: PrintDataMap[T],
  company: CompanyProfile,
  options: PrintOptions = {},
): DocDefinition {
  return DOCUMENT_BUILDERS[type](data, company, options);
}

export async function renderDocument<T extends DocumentType>(
  type: T,
  data: PrintDataMap[T],
  company: CompanyProfile,
  options: PrintOptions = {},
): Promise<RenderedPdf> {
  return renderPdf(buildDocument(type, data, company, options));
}

export { renderPdf, type RenderedPdf } from './pdf';
export { renderStatementBatch } from './statement';
