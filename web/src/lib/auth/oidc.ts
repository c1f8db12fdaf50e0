import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

// Loaded only when someone signs in or has signed in before (see auth.ts): a guest's phone never downloads it.
// Sign-in is OpenIddict's authorization code flow with PKCE (client `platform-web`); the refresh token
// (offline_access) renews the access token in the background, so a visitor stays signed in across reloads.
export const userManager = new UserManager({
  authority: window.location.origin,
  client_id: 'platform-web',
  redirect_uri: `${window.location.origin}/callback`,
  post_logout_redirect_uri: `${window.location.origin}/`,
  response_type: 'code',
  scope: 'openid profile email api offline_access',
  automaticSilentRenew: true,
  userStore: new WebStorageStateStore({ store: window.localStorage }),
  loadUserInfo: false,
});
