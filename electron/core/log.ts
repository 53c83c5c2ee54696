import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

/** Appends to <dataDir>/logs/main.log; errors also go to stderr unless quiet. */
export function fileLogger(dataDir: string | null, opts: { quiet?: boolean } = {}): Logger {
  let stream: fs.WriteStream | null = null;
  if (dataDir) {
    const dir = path.join(dataDir, 'logs');
    fs.mkdirSync(dir, { recursive: true });
    stream = fs.createWriteStream(path.join(dir, 'main.log'), { flags: 'a' });
    stream.on('error', () => (stream = null));
  }
  const write = (level: string, msg: string) => {
    stream?.write(`${new Date().toISOString()} ${level} ${msg}\n`);
  };
  return {
    info: (m) => write('INFO', m),
    warn: (m) => write('WARN', m),
    error: (m) => {
      write('ERROR', m);
      if (!opts.quiet) console.error(m);
    },
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
