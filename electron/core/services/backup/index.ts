import fs from 'node:fs';
import path from 'node:path';
import type { HandlersFor } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { registerJob } from '../../jobs';
import { BACKUP_NAME_RE } from '../../../../shared/contract/backup';
import {
  autoBackup,
  backupConfig,
  backupDir,
  backupStatus,
  createBackup,
  defaultBackupDir,
  removeBackupFiles,
  restoreBackup,
  saveBackupConfig,
  usableDir,
} from './engine';

/** The daily automatic backup: checked every half hour, made once per local day, then rotated. */
registerJob({
  name: 'backup.auto',
  everyMs: 30 * 60 * 1000,
  initialDelayMs: 2 * 60 * 1000,
  run: async (core, now) => {
    await autoBackup(core, now);
  },
});

const fmtRows = (counts: Record<string, number> | null) =>
  counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;

export const backupHandlers: HandlersFor<'backup.'> = {
  async 'backup.status'(ctx) {
    return backupStatus(ctx.core);
  },

  async 'backup.create'(ctx, { note }) {
    const f = await createBackup(ctx.core, 'manual', { note });
    ctx.audit(f.name, `手动备份 ${f.name}（${fmtRows(f.counts)} 行）${note ? `：${note}` : ''}`);
    return f;
  },

  async 'backup.restore'(ctx, { name }) {
    const r = await restoreBackup(ctx.core, name);
    ctx.audit(
      name,
      `恢复备份 ${name}（${fmtRows(r.counts)} 行，校验一致）；恢复前的数据已备份为 ${r.safety.name}`,
    );
    return r;
  },

  async 'backup.delete'(ctx, { name }) {
    const dir = backupDir(ctx.core);
    if (!BACKUP_NAME_RE.test(name) || !fs.existsSync(path.join(dir, name))) {
      throw new AppError('NOT_FOUND', `备份文件不存在：${name}`, `Backup file not found: ${name}`);
    }
    removeBackupFiles(dir, name);
    ctx.audit(name, `删除备份 ${name}`);
    return { ok: true as const };
  },

  async 'backup.configure'(ctx, { dir, auto_enabled }) {
    const core = ctx.core;
    if (dir && !path.isAbsolute(dir)) throw AppError.field('VALIDATION', ['dir'], 'backup_dir_absolute');
    const target = dir ? path.resolve(dir) : defaultBackupDir(core);
    if (!usableDir(target)) throw AppError.field('VALIDATION', ['dir'], 'backup_dir_unusable');
    const before = backupConfig(core);
    saveBackupConfig(core, { dir: dir ? target : null, auto_enabled });
    ctx.audit(
      null,
      `备份设置：目录 ${target}，自动备份${auto_enabled ? '开启' : '关闭'}` +
        `${(before.dir ?? null) !== (dir ? target : null) ? '（目录已更改）' : ''}`,
    );
    return backupStatus(core);
  },
};
