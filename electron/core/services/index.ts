import type { Handlers } from '../rpc/context';
import { authHandlers } from './auth';
import { userHandlers } from './users';
import { regionHandlers } from './regions';
import { customerHandlers } from './customers';
import { productHandlers } from './products';
import { warehouseHandlers } from './warehouses';
import { systemHandlers } from './system';
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
  // ---- staff, plans and targets (issue 7)
  ...staffAreaHandlers,
  ...targetHandlers,
};
