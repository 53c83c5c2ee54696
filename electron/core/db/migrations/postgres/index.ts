import type { MigrationInterface } from 'typeorm';
import { Init1795381207925 } from './1795381207925-Init';
import { StaffPlans1795383827686 } from './1795383827686-StaffPlans';
import { OrderToCash1795383879770 } from './1795383879770-OrderToCash';
import { PrintLog1795384500037 } from './1795384500037-PrintLog';
import { Finance1795387098197 } from './1795387098197-Finance';
import { AddCrm1795387872439 } from './1795387872439-AddCrm';

export const POSTGRES_MIGRATIONS: (new () => MigrationInterface)[] = [
  Init1795381207925,
  StaffPlans1795383827686,
  OrderToCash1795383879770,
  PrintLog1795384500037,
  Finance1795387098197,
  AddCrm1795387872439,
];
