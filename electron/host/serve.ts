/**
 * `npm run serve`: the application for a browser. Opens the same database as the desktop app (the
 * user-data folder) and serves the built renderer plus the RPC endpoint.
 *
 *   --port 5380            port (default 5380)
 *   --lan 192.168.1.20     bind this LAN address instead of 127.0.0.1 (login is required either way)
 *   --data-dir <dir>       data folder (default: the desktop app's user-data folder)
 *   --fresh                delete the data folder first (tests)
 */
import fs from 'node:fs';
import path from 'node:path';
import { Core } from '../core/app';
import { defaultDataDir } from '../core/paths';
import { startHttpHost } from './http';
import { startJobs } from '../core/jobs';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(arg('data-dir') ?? defaultDataDir());
  if (process.argv.includes('--fresh')) fs.rmSync(dataDir, { recursive: true, force: true });
  const port = Number(arg('port') ?? process.env.PORT ?? 5380);
  const lan = arg('lan');
  const staticDir = path.resolve(import.meta.dirname, '../../dist/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    console.error('dist/renderer is missing: run `npm run build` first (npm run serve does this).');
    process.exit(1);
  }
  const core = await Core.open({ dataDir });
  const host = await startHttpHost({ core, staticDir, host: lan ?? '127.0.0.1', port });
  const stopJobs = startJobs(core);
  console.log(
    `销售通 serving ${host.url}  (data: ${dataDir}, database: ${core.database.dialect} ${core.database.describe()})`,
  );
  if (lan) console.log('LAN mode: other PCs may open this address; everyone must log in.');
  const stop = async () => {
    stopJobs();
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
