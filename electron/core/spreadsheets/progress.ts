/**
 * Progress of long jobs (imports, batch statements), in memory (per process): the job updates it between
 * chunks and the progress method reads it without touching the database, so the poll answers while the
 * job holds the write transaction. Entries are keyed by user and the client's progress id and expire.
 */
export interface Progress<P extends string = 'reading' | 'checking' | 'writing' | 'done' | 'failed'> {
  phase: P;
  done: number;
  total: number;
}

const TTL = 10 * 60 * 1000;
const store = new Map<string, Progress<string> & { at: number }>();

const key = (userId: number, id: string) => `${userId}:${id}`;

export function setProgress<P extends string>(userId: number, id: string | undefined, p: Progress<P>): void {
  if (!id) return;
  const now = Date.now();
  store.set(key(userId, id), { ...p, at: now });
  if (store.size > 200) for (const [k, v] of store) if (now - v.at > TTL) store.delete(k);
}

export function getProgress<P extends string = Progress['phase']>(
  userId: number,
  id: string,
): Progress<P> | null {
  const p = store.get(key(userId, id));
  if (!p || Date.now() - p.at > TTL) return null;
  return { phase: p.phase as P, done: p.done, total: p.total };
}
