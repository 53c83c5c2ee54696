import type { DatasetKey } from '../../../../shared/contract/spreadsheets';
import type { Dataset } from '../dataset';
import { customersDataset } from './customers';
import { productsDataset } from './products';

/**
 * The importable data sets. Opening stock, opening receivables and price lists join here as soon as
 * their tables exist (see docs/DECISIONS.md, "Excel import").
 */
export const DATASETS: Record<DatasetKey, Dataset<unknown>> = {
  customers: customersDataset as Dataset<unknown>,
  products: productsDataset as Dataset<unknown>,
};
