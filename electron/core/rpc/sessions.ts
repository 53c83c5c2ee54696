import crypto from 'node:crypto';
import type { SessionUser } from './context';

interface Session {
  userId: number;
  user: SessionUser;
  createdAt: number;
  lastSeen: number;
  refreshedAt: number;
}

/**
 * Login sessions of this process (one PC). A session ends at logout, after 12 hours idle, when the
 * database is switched, or when the user is deactivated. The cached user (roles, permissions) is
 * re-read from the database at most every minute so that changes made on another PC take effect.
 */
export class SessionStore {
  private sessions = new Map<string, Session>();
  constructor(
    private readonly idleMs = 12 * 60 * 60 * 1000,
    readonly refreshMs = 60 * 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  create(user: SessionUser): string {
    const token = crypto.randomBytes(32).toString('base64url');
    const now = this.clock();
    this.sessions.set(token, { userId: user.id, user, createdAt: now, lastSeen: now, refreshedAt: now });
    return token;
  }

  /** The session's user, or null if the token is unknown or expired. `stale` asks the caller to refresh. */
  get(token: string | null | undefined): { user: SessionUser; stale: boolean } | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    const now = this.clock();
    if (now - s.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    s.lastSeen = now;
    return { user: s.user, stale: now - s.refreshedAt > this.refreshMs };
  }

  refresh(token: string, user: SessionUser | null): void {
    const s = this.sessions.get(token);
    if (!s) return;
    if (!user) {
      this.sessions.delete(token);
      return;
    }
    s.user = user;
    s.refreshedAt = this.clock();
  }

  delete(token: string | null | undefined): void {
    if (token) this.sessions.delete(token);
  }

  /** Ends every session of a user (deactivated, password reset) or marks them for refresh (roles changed). */
  invalidateUser(userId: number, mode: 'end' | 'refresh'): void {
    for (const [t, s] of this.sessions) {
      if (s.userId !== userId) continue;
      if (mode === 'end') this.sessions.delete(t);
      else s.refreshedAt = 0;
    }
  }

  clear(): void {
    this.sessions.clear();
  }

  get size(): number {
    return this.sessions.size;
  }
}
