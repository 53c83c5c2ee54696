import type { Core } from './app';

/**
 * Periodic background work of the main process (reclaiming idle leads, escalations, backups …).
 * A domain registers its jobs at module load (`registerJob({...})` at the top level of its service file);
 * electron/main.ts and electron/host/serve.ts call `startJobs(core)`. Tests never start the timer: they call
 * the job's `run` (or better, the service function behind it) with a moved clock.
 *
 * A job runs as the system, not as a user: it opens its own transaction with core.database.transaction()
 * (it is not inside a dispatcher call) and writes its own audit rows if it changes business data.
 */
export interface Job {
  name: string;
  /** How often to run; the first run happens `everyMs` after start (or `initialDelayMs`). */
  everyMs: number;
  initialDelayMs?: number;
  run(core: Core, now: Date): Promise<void>;
}

const JOBS: Job[] = [];

export function registerJob(job: Job): void {
  if (JOBS.some((j) => j.name === job.name)) throw new Error(`job ${job.name} registered twice`);
  JOBS.push(job);
}

export function registeredJobs(): readonly Job[] {
  return JOBS;
}

/** Starts every registered job; returns a function that stops them. One run of a job at a time. */
export function startJobs(core: Core): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const job of JOBS) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await job.run(core, core.clock());
      } catch (e) {
        core.log.error(`job ${job.name}: ${(e as Error).stack ?? String(e)}`);
      } finally {
        running = false;
      }
    };
    const first = setTimeout(() => {
      void tick();
      const t = setInterval(() => void tick(), job.everyMs);
      t.unref?.();
      timers.push(t);
    }, job.initialDelayMs ?? job.everyMs);
    first.unref?.();
    timers.push(first);
  }
  return () => {
    for (const t of timers) clearTimeout(t);
  };
}
