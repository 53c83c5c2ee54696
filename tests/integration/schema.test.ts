import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import { TABLE_NAMES } from '../../electron/core/db/entities';
import { dbKinds, makeDbConfig } from '../helpers/harness';

describe('entities and migrations agree', () => {
  for (const kind of dbKinds()) {
    it(`${kind}: a migrated database has no pending schema change`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-schema-'));
      const db = await openDatabase(await makeDbConfig(kind, dir));
      try {
        const log = await db.dataSource.driver.createSchemaBuilder().log();
        expect(log.upQueries.map((q) => q.query)).toEqual([]);
        // and every entity's table exists
        for (const t of TABLE_NAMES) {
          await db.read((d) => d.get(`SELECT COUNT(*) AS n FROM ${t}`));
        }
        const pending = await db.dataSource.showMigrations();
        expect(pending).toBe(false);
      } finally {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('sqlite: pragmas for durability are set', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xst-schema-'));
    const db = await openDatabase({ kind: 'sqlite', file: path.join(dir, 'p.db') });
    try {
      const raw = await db.read(async (d) => ({
        journal: await d.get<{ journal_mode: string }>('PRAGMA journal_mode'),
        sync: await d.get<{ synchronous: number }>('PRAGMA synchronous'),
        fk: await d.get<{ foreign_keys: number }>('PRAGMA foreign_keys'),
        busy: await d.get<{ timeout: number }>('PRAGMA busy_timeout'),
      }));
      expect(raw.journal?.journal_mode).toBe('wal');
      expect(raw.sync?.synchronous).toBe(2); // FULL
      expect(raw.fk?.foreign_keys).toBe(1);
      expect(raw.busy?.timeout).toBeGreaterThanOrEqual(5000);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
