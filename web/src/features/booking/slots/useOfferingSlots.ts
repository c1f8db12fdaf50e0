import { useEffect, useMemo, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { AvailableSlotsDocument, SlotsChangedDocument } from '../operations';
import type { AvailableSlotsQuery } from '../../../gql/graphql';
import { firstDay, lastDay, monthInstants } from './dates';
import { useLiveState } from '../../../lib/graphql/connection';

export type Slot = AvailableSlotsQuery['availableSlots']['slots'][number];

export interface SlotSearch {
  offeringId: string;
  month: string;
  timeZone: string;
  providerId: string | null;
  durationMinutes: number | null;
  seats: number;
  includeFull: boolean;
}

/**
 * The month's bookable starts, kept live: every `slotsChanged` for the offering in the month (a hold, a
 * cancellation, a calendar sync) re-reads them from the server, as does getting the connection back after
 * losing it, so what the visitor sees is never older than the last event.
 */
export function useOfferingSlots(search: SlotSearch) {
  const variables = useMemo(
    () => ({
      offeringId: search.offeringId,
      from: firstDay(search.month),
      to: lastDay(search.month),
      timeZone: search.timeZone,
      providerId: search.providerId,
      durationMinutes: search.durationMinutes,
      seats: search.seats,
      includeFull: search.includeFull,
    }),
    [search.offeringId, search.month, search.timeZone, search.providerId, search.durationMinutes, search.seats, search.includeFull],
  );
  const [result, reexecute] = useQuery({ query: AvailableSlotsDocument, variables, requestPolicy: 'cache-and-network' });
  const range = useMemo(() => ({ offeringId: search.offeringId, ...monthInstants(search.month) }), [search.offeringId, search.month]);
  const [changes] = useSubscription({ query: SlotsChangedDocument, variables: range });

  const seen = useRef(changes.data);
  useEffect(() => {
    if (changes.data && changes.data !== seen.current) {
      seen.current = changes.data;
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [changes.data, reexecute]);

  const live = useLiveState();
  const previous = useRef(live);
  useEffect(() => {
    if (previous.current === 'reconnecting' && live === 'connected') reexecute({ requestPolicy: 'network-only' });
    previous.current = live;
  }, [live, reexecute]);

  // urql may still show the previous search's answer while the new one loads: only an answer to these variables counts.
  const current = result.data !== undefined && JSON.stringify(result.operation?.variables) === JSON.stringify(variables);
  const byDay = useMemo(() => {
    const days = new Map<string, Slot[]>();
    for (const slot of current ? result.data?.availableSlots.slots ?? [] : []) {
      const list = days.get(slot.localDate) ?? [];
      list.push(slot);
      days.set(slot.localDate, list);
    }
    return days;
  }, [result.data, current]);

  return {
    byDay,
    fetching: !current && !result.error,
    error: result.error,
    userErrors: result.data?.availableSlots.userErrors ?? [],
  };
}
