import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, call, onApiError } from './api';
import type { Me } from '../../shared/contract/auth';
import type { Permission } from '../../shared/contract/permissions';

type Status = 'loading' | 'setup' | 'login' | 'ready' | 'offline';

interface Session {
  status: Status;
  me: Me | null;
  companyName: string | null;
  error: string | null;
  login(login: string, password: string): Promise<void>;
  logout(): Promise<void>;
  reload(): Promise<void>;
  can(p: Permission): boolean;
}

const Ctx = createContext<Session | null>(null);

interface Boot {
  status: Status;
  me: Me | null;
  companyName: string | null;
  error: string | null;
}

/** Where the app starts: first setup, login, or straight in with a live session. */
async function boot(): Promise<Boot> {
  try {
    const s = await call('auth.setupStatus', {});
    if (s.needs_setup) return { status: 'setup', me: null, companyName: s.company_name, error: null };
    try {
      return { status: 'ready', me: await call('auth.me', {}), companyName: s.company_name, error: null };
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
        return { status: 'login', me: null, companyName: s.company_name, error: null };
      }
      throw e;
    }
  } catch (e) {
    return {
      status: 'offline',
      me: null,
      companyName: null,
      error: e instanceof ApiError ? e.body.message_zh : String(e),
    };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [companyName, setCompanyName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = useCallback((b: Boot) => {
    setCompanyName(b.companyName);
    setMe(b.me);
    setError(b.error);
    setStatus(b.status);
  }, []);

  const reload = useCallback(async () => apply(await boot()), [apply]);

  useEffect(() => {
    let live = true;
    void boot().then((b) => live && apply(b));
    const off = onApiError((err, method) => {
      if (err.code === 'UNAUTHENTICATED' && method !== 'auth.login' && method !== 'auth.me') {
        setMe(null);
        setStatus('login');
      }
    });
    return () => {
      live = false;
      off();
    };
  }, [apply]);

  const login = useCallback(async (loginId: string, password: string) => {
    const r = await call('auth.login', { login: loginId, password });
    setMe(r.me);
    setCompanyName(r.me.company_name);
    setStatus('ready');
  }, []);

  const logout = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } finally {
      setMe(null);
      setStatus('login');
    }
  }, []);

  const value = useMemo<Session>(
    () => ({
      status,
      me,
      companyName,
      error,
      login,
      logout,
      reload,
      can: (p) => Boolean(me?.permissions.includes(p)),
    }),
    [status, me, companyName, error, login, logout, reload],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): Session {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
