import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';
import { accessToken } from '../auth/auth';
import { closed, connected, connecting } from './connection';
import { cacheKeys } from '../../gql/cacheKeys';

/** The organization's GraphQL address: every request of a page is addressed to its organization. */
export function graphqlPath(slug: string | null): string {
  return slug ? `/t/${encodeURIComponent(slug)}/graphql` : '/graphql';
}

/**
 * One client per organization and signed-in user: prices and visibility depend on both, so a sign-in
 * starts from an empty cache rather than showing what the visitor saw before.
 */
export function createPlatformClient(slug: string | null): Client {
  const path = graphqlPath(slug);
  const origin = window.location.origin.replace(/^http/, 'ws');
  const ws = createWsClient({
    url: origin + path,
    lazy: true,
    // Reconnect for as long as the page is open (network loss, a server restart, a deploy's 1001 close).
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(1000 * 2 ** retries, 10_000) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting,
      connected,
      closed,
    },
  });

  return new Client({
    url: path,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange({ keys: cacheKeys }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }),
          };
        },
      }),
    ],
    fetchOptions: () => ({ headers: { accept: 'application/graphql-response+json, application/json' } }),
    fetch: async (input, init) => {
      const token = await accessToken();
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
}
