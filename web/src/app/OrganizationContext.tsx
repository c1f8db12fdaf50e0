import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import { graphql } from '../gql';
import type { OrganizationShellQuery } from '../gql/graphql';
import { createPlatformClient } from '../lib/graphql/client';
import { useAuth } from '../lib/auth/useAuth';

export const OrganizationShellDocument = graphql(`
  query OrganizationShell {
    organization {
      id
      name
      slug
      timeZone
      currency
      logoUrl
      brandColor
      defaultLanguage
    }
    viewer {
      user {
        id
        displayName
        email
        emailConfirmed
        timeZone
      }
      membership {
        id
        staffRole
        customerRoles
      }
    }
  }
`);

export type Organization = NonNullable<OrganizationShellQuery['organization']>;
export type Viewer = OrganizationShellQuery['viewer'];

export interface OrganizationState {
  slug: string;
  organization: Organization;
  viewer: Viewer;
  /** Administrators and owners run the console. */
  isAdmin: boolean;
  /** Anyone with a staff role sees the agenda (providers their own). */
  isStaff: boolean;
}

const OrganizationContext = createContext<OrganizationState | null>(null);

export function useOrganization(): OrganizationState {
  const state = useContext(OrganizationContext);
  if (!state) throw new Error('useOrganization outside an organization page');
  return state;
}

/** The GraphQL client of one organization for the signed-in visitor (a new one, with a fresh cache, on sign-in). */
export function OrganizationClient({ slug, children, onClient }: { slug: string; children: ReactNode; onClient?: (client: Client) => void }) {
  const { user } = useAuth();
  const userId = user?.profile.sub ?? 'guest';
  // A new client (and cache) per organization and user only; onClient is a start-up hook, not a reason to recreate it.
  const client = useMemo(() => {
    const created = createPlatformClient(slug);
    onClient?.(created);
    return created;
  }, [slug, userId]);
  return <Provider value={client}>{children}</Provider>;
}

/** Loads the organization and the visitor's place in it; renders `fallback` states until it is known. */
export function OrganizationLoader({ slug, children, loading, missing }: {
  slug: string;
  children: ReactNode;
  loading: ReactNode;
  missing: ReactNode;
}) {
  const [{ data, fetching, error }] = useQuery({ query: OrganizationShellDocument, requestPolicy: 'cache-first' });
  const state = useMemo<OrganizationState | null>(() => {
    if (!data?.organization) return null;
    const role = data.viewer?.membership?.staffRole ?? null;
    return {
      slug,
      organization: data.organization,
      viewer: data.viewer ?? null,
      isAdmin: role === 'OWNER' || role === 'ADMIN',
      isStaff: role !== null,
    };
  }, [data, slug]);
  if (!state) return <>{fetching || (!data && !error) ? loading : missing}</>;
  return <OrganizationContext.Provider value={state}>{children}</OrganizationContext.Provider>;
}
