// Who is signed in: read from the server at start, set by sign-in, cleared by sign-out or an expired session.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { UserView } from '@tamga/api';
import { api } from './api';

interface Session {
  user: UserView | null;
  loading: boolean;
  setSignedIn(user: UserView, csrfToken: string): void;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserView | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const { session } = await api.call('whoami');
      api.setCsrfToken(session?.csrfToken);
      setUser(session?.user ?? null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value: Session = {
    user,
    loading,
    setSignedIn(next, csrfToken) {
      api.setCsrfToken(csrfToken);
      setUser(next);
    },
    refresh,
    async signOut() {
      await api.call('logout').catch(() => {});
      api.setCsrfToken(undefined);
      setUser(null);
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
