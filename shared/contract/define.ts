import type { z } from 'zod';
import type { Access } from './permissions';

/** One RPC method: the only place its name, schemas, access rule and transaction mode are declared. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Mutating calls run in one write transaction and leave an audit row. */
  mutates: boolean;
  /** Entity type written to the audit row (customer, product …). */
  entity?: string;
  /**
   * 'none': the service manages its own connections (switching databases, long imports with progress).
   * Default: the dispatcher opens the transaction.
   */
  tx?: 'none';
}

export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
