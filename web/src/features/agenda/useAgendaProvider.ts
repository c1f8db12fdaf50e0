import { useState } from 'react';
import { useQuery } from 'urql';
import { useOrganization } from '../../app/OrganizationContext';
import type { AgendaProvidersQuery } from '../../gql/graphql';
import { AgendaProvidersDocument } from './operations';

export type AgendaProvider = AgendaProvidersQuery['providers'][number];

export interface AgendaProviderState {
  /** The provider whose agenda and settings are shown; null when the viewer has no provider profile yet. */
  provider: AgendaProvider | null;
  /** Everyone the viewer may look at (administrators and staff: all providers). */
  choices: AgendaProvider[];
  canChoose: boolean;
  choose: (id: string) => void;
  fetching: boolean;
}

/** Providers see their own agenda; administrators and staff may pick any provider's. */
export function useAgendaProvider(): AgendaProviderState {
  const { viewer } = useOrganization();
  const role = viewer?.membership?.staffRole ?? null;
  const canChoose = role === 'OWNER' || role === 'ADMIN' || role === 'STAFF';
  const [{ data, fetching }] = useQuery({ query: AgendaProvidersDocument });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const providers = data?.providers ?? [];
  const own = providers.find((provider) => provider.membership.id === viewer?.membership?.id) ?? null;
  const chosen = canChoose ? providers.find((provider) => provider.id === chosenId) ?? own ?? providers[0] ?? null : own;
  return { provider: chosen, choices: canChoose ? providers : own ? [own] : [], canChoose, choose: setChosenId, fetching: fetching && !data };
}
