import type { MethodName } from '../../../../shared/contract';
import type { MethodDef } from '../../../../shared/contract/define';
import type { ServiceContext } from '../../rpc/context';
import { AppError } from '../../rpc/errors';

/** The caller holds `p` (an export runs another method's handler: that method's permission holds too). */
export const requirePermission = (ctx: ServiceContext, p: MethodDef['access']): void => {
  const user = ctx.requireUser();
  if (p !== 'authenticated' && p !== 'public' && !user.permissions.has(p)) {
    throw AppError.of('FORBIDDEN', 'forbidden', { permission: p });
  }
};

/** Another method's handler, to run inside an export with the caller's context (scope, transaction). */
export async function handlerOf(
  name: MethodName,
): Promise<(c: ServiceContext, q: unknown) => Promise<unknown>> {
  // Imported when called: services/index.ts spreads the export handlers, so a static import would be circular.
  const { handlers } = await import('../index');
  return handlers[name] as unknown as (c: ServiceContext, q: unknown) => Promise<unknown>;
}

/** Today as YYYYMMDD, for file names. */
export const stamp = (ctx: ServiceContext): string => ctx.today().replace(/-/g, '');

/** A written workbook as the file answer of an export. */
export function out(filename: string, buf: Buffer, rows: number) {
  return { filename, xlsx_base64: buf.toString('base64'), rows };
}
