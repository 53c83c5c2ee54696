/**
 * Progress of long imports, in memory (per process): the import call updates it between chunks and
 * imports.progress reads it without touching the database, so the poll answers while the import holds
 * the write transaction. Entries are keyed by user and the client's progress id and expire.
 */
export interface Progress {
  phase: 'reading' | 'checking' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
}

const TTL = 10 * 60 * 1000;
const store = new Map<string, Progress & { at: number }>();

const key = (userId: number, id: string) => `${userId}:${id}`;

export function setProgress(userId: number, id: string | undefined, p: Progress): void {
  if (!id) return;
  const now = Date.now();
  store.set(key(userId, id), { ...p, at: now });
  if (store.size > 200) for (const [k, v] of store) if (now - v.at > TTL) store.delete(k);
}

export function getProgress(userId: number, id: string): Progress | null {
  const p = store.get(key(userId, id));
  if (!p || Date.now() - p.at > TTL) return null;
  return { phase: p.phase, done: p.done, total: p.total };
}
