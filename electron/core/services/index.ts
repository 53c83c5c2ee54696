import type { Handlers } from '../rpc/context';
import { authHandlers } from './auth';
import { userHandlers } from './users';
import { regionHandlers } from './regions';
import { customerHandlers } from './customers';
import { productHandlers } from './products';
import { warehouseHandlers } from './warehouses';
import { systemHandlers } from './system';
import { salesHandlers } from './sales';
import { financeHandlers } from './finance';
// ---- crm
import { crmHandlers } from './crm';
import { documentHandlers } from './documents';
import { spreadsheetHandlers } from './spreadsheets';
import { backupHandlers } from './backup';
// ---- staff, plans and targets (issue 7)
import { staffAreaHandlers } from './staff';
import { targetHandlers } from './targets';

/** Every contract method's service. The type makes a missing handler a compile error. */
export const handlers: Handlers = {
  ...authHandlers,
  ...userHandlers,
  ...regionHandlers,
  ...customerHandlers,
  ...productHandlers,
  ...warehouseHandlers,
  ...systemHandlers,
  // ---- order-to-cash
  ...salesHandlers,
  // ---- finance
  ...financeHandlers,
  // ---- crm (sales process and customer care)
  ...crmHandlers,
  // ---- documents & spreadsheets
  ...documentHandlers,
  ...spreadsheetHandlers,
  // ---- robustness (backups)
  ...backupHandlers,
  // ---- staff, plans and targets (issue 7)
  ...staffAreaHandlers,
  ...targetHandlers,
};
