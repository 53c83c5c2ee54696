import type { z } from 'zod';
import { authContract } from './auth';
import { usersContract } from './users';
import { regionsContract } from './regions';
import { customersContract } from './customers';
import { productsContract } from './products';
import { warehousesContract } from './warehouses';
import { systemContract } from './system';
import { salesContract } from './sales';
import { financeContract } from './finance';
// ---- crm
import { crmContract, serviceContract } from './crm';
import { documentsContract } from './documents';
import { spreadsheetsContract } from './spreadsheets';
import { backupContract } from './backup';
// ---- staff, plans and targets (issue 7)
import { staffContract } from './staff';
import { targetsContract } from './targets';
import type { MethodDef } from './define';

/** Every RPC method, once. Nothing else declares a method name or a channel. */
export const contract = {
  ...authContract,
  ...usersContract,
  ...regionsContract,
  ...customersContract,
  ...productsContract,
  ...warehousesContract,
  ...systemContract,
  // ---- order-to-cash
  ...salesContract,
  // ---- finance
  ...financeContract,
  // ---- crm (sales process and customer care)
  ...crmContract,
  ...serviceContract,
  // ---- documents & spreadsheets
  ...documentsContract,
  ...spreadsheetsContract,
  // ---- robustness (backups)
  ...backupContract,
  // ---- staff, plans and targets (issue 7)
  ...staffContract,
  ...targetsContract,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;
/** What a service may return (before output validation strips extra fields). */
export type ServiceResultOf<M extends MethodName> = z.input<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export * from './common';
export * from './permissions';
export * from './define';
export * from './errors';
export * from './channel';
