import type { DatasetKey } from '../../../../shared/contract/spreadsheets';
import type { Dataset } from '../dataset';
import { customersDataset } from './customers';
import { openingReceivablesDataset } from './opening-receivables';
import { openingStockDataset } from './opening-stock';
import { priceListsDataset } from './price-lists';
import { productsDataset } from './products';

/** The importable data sets (see docs/DECISIONS.md, "Excel import"). */
export const DATASETS: Record<DatasetKey, Dataset<unknown>> = {
  customers: customersDataset as Dataset<unknown>,
  products: productsDataset as Dataset<unknown>,
  price_lists: priceListsDataset as Dataset<unknown>,
  opening_stock: openingStockDataset as Dataset<unknown>,
  opening_receivables: openingReceivablesDataset as Dataset<unknown>,
};
