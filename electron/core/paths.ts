import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Xiaoshoutong';
export const SQLITE_FILE = 'xiaoshoutong.db';

/**
 * The user-data folder: the same for the desktop app, `npm run serve` and `npm run demo`, so that demo
 * data shows up in the app. Electron's main process sets app.getPath('userData') to this folder.
 * XST_DATA_DIR overrides it (tests, several installations side by side).
 */
export function defaultDataDir(): string {
  if (process.env.XST_DATA_DIR) return path.resolve(process.env.XST_DATA_DIR);
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  if (process.platform === 'darwin')
    return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME);
}
