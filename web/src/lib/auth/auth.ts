import type { User, UserManager } from 'oidc-client-ts';

// The sign-in state without the OIDC library: it is imported (oidc.ts) only when a session is stored or
// the visitor asks to sign in, which keeps it out of the booking page's first download.
const storedUserKey = `oidc.user:${window.location.origin}:platform-web`;

type Listener = (user: User | null) => void;
const listeners = new Set<Listener>();
let current: User | null = null;
let manager: Promise<UserManager> | null = null;
let loaded: Promise<User | null> | null = null;

function userManager(): Promise<UserManager> {
  manager ??= import('./oidc').then(({ userManager: created }) => {
    created.events.addUserLoaded((user) => publish(user));
    created.events.addUserUnloaded(() => publish(null));
    created.events.addSilentRenewError(() => publish(null));
    return created;
  });
  return manager;
}

function publish(user: User | null) {
  current = user && !user.expired ? user : null;
  listeners.forEach((listener) => listener(current));
}

/** The signed-in user once the stored session has been read (refreshed when its access token ran out). */
export function loadUser(): Promise<User | null> {
  loaded ??= (async () => {
    if (!window.localStorage.getItem(storedUserKey)) return null;
    const users = await userManager();
    let user = await users.getUser();
    if (user?.expired && user.refresh_token) user = await users.signinSilent().catch(() => null);
    publish(user);
    return current;
  })();
  return loaded;
}

export function currentUser(): User | null {
  return current;
}

export function onUserChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A fresh access token for a request, or null for a visitor who has not signed in. */
export async function accessToken(): Promise<string | null> {
  await loadUser();
  if (current && (current.expires_in ?? 0) < 30 && current.refresh_token) {
    const renewed = await (await userManager()).signinSilent().catch(() => null);
    publish(renewed);
  }
  return current?.access_token ?? null;
}

/** Goes to the sign-in page and, once signed in, back to `returnTo` (by default the current page). */
export async function signIn(returnTo = window.location.pathname + window.location.search): Promise<void> {
  await (await userManager()).signinRedirect({ state: { returnTo } });
}

export async function signOut(): Promise<void> {
  const users = await userManager();
  const user = await users.getUser();
  await users.removeUser();
  publish(null);
  if (user?.id_token) await users.signoutRedirect({ id_token_hint: user.id_token });
}

/** Completes the redirect back from sign-in; returns where the visitor was going. */
export async function completeSignIn(): Promise<string> {
  const user = await (await userManager()).signinRedirectCallback();
  loaded = Promise.resolve(user);
  publish(user);
  const state = user.state as { returnTo?: string } | undefined;
  return state?.returnTo && state.returnTo.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/';
}
