import { useEffect, useState } from 'react';
import type { User } from 'oidc-client-ts';
import { currentUser, loadUser, onUserChanged, signIn, signOut } from './auth';

export interface AuthState {
  user: User | null;
  ready: boolean;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

/** The visitor's sign-in state; re-renders when they sign in or out (in this tab or when a refresh fails). */
export function useAuth(): AuthState {
  const [user, setUser] = useState<User | null>(currentUser());
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadUser().then((loaded) => {
      if (!live) return;
      setUser(loaded);
      setReady(true);
    });
    const stop = onUserChanged(setUser);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { user, ready, signIn, signOut };
}
