import { z } from 'zod';
import { method } from './define';
import { empty, ok, optText } from './common';

/**
 * Backups (备份与恢复). A backup is one SQLite file in the backup folder (<dataDir>/backups unless
 * configured), whatever the database: SQLite is copied with its online backup API while the office keeps
 * working; PostgreSQL is read in one REPEATABLE READ snapshot into a SQLite file. A JSON file beside each
 * backup records its row counts and a checksum that is the same on both databases; a restore checks both
 * before it commits. Automatic backups run once a day and are rotated (7 daily, 4 weekly, 12 monthly).
 */
export const BACKUP_KINDS = ['auto', 'manual', 'prerestore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

/** File names are generated, never chosen: a restore or delete names one of them, never a path. */
export const BACKUP_NAME_RE = /^xst-(auto|manual|prerestore)-\d{8}-\d{6}(-\d{1,3})?\.db$/;
export const backupName = z
  .string()
  .max(64, { error: 'too_long' })
  .regex(BACKUP_NAME_RE, { error: 'invalid_format' });

export const backupFile = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** When the snapshot was taken (ISO-8601 UTC). */
  created_at: z.string(),
  size: z.int(),
  /** The database it was taken from; null when the metadata file is missing. */
  source: z.enum(['sqlite', 'postgres']).nullable(),
  schema_version: z.string().nullable(),
  rows: z.int().nullable(),
  counts: z.record(z.string(), z.int()).nullable(),
  checksum: z.string().nullable(),
  note: z.string().nullable(),
});
export type BackupFile = z.infer<typeof backupFile>;

export const backupStatus = z.object({
  dir: z.string(),
  default_dir: z.boolean(),
  /**
   * Whether this PC makes the automatic backups. Default: on where this PC owns the data (SQLite, or
   * hosting the office database), off on a PC that joined an office database.
   */
  auto_enabled: z.boolean(),
  last_auto_at: z.string().nullable(),
  retention: z.object({ daily: z.int(), weekly: z.int(), monthly: z.int() }),
  files: z.array(backupFile),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const backupContract = {
  'backup.status': method({
    input: empty,
    output: backupStatus,
    access: 'system.manage',
    mutates: false,
    tx: 'none',
  }),
  /** A backup now (kind manual), with an optional note. */
  'backup.create': method({
    input: z.strictObject({ note: optText(100) }),
    output: backupFile,
    access: 'system.manage',
    mutates: true,
    entity: 'backup',
    tx: 'none',
  }),
  /**
   * Replaces every row of the database in use with the backup's, in one transaction, after taking a
   * safety backup (kind prerestore) of the current data. Everyone logged in on this PC must log in again.
   */
  'backup.restore': method({
    input: z.strictObject({ name: backupName, confirm: z.literal(true, { error: 'confirm_required' }) }),
    output: z.object({
      restored: backupFile,
      safety: backupFile,
      counts: z.record(z.string(), z.int()),
      checksum: z.string(),
    }),
    access: 'system.manage',
    mutates: true,
    entity: 'backup',
    tx: 'none',
  }),
  'backup.delete': method({
    input: z.strictObject({ name: backupName }),
    output: ok,
    access: 'system.manage',
    mutates: true,
    entity: 'backup',
    tx: 'none',
  }),
  /** Backup folder (null: <dataDir>/backups) and whether automatic backups run; kept in this PC's config. */
  'backup.configure': method({
    input: z.strictObject({ dir: optText(500), auto_enabled: z.boolean() }),
    output: backupStatus,
    access: 'system.manage',
    mutates: true,
    entity: 'backup',
    tx: 'none',
  }),
};
