import { useSyncExternalStore } from 'react';

// The live connection's state, for the "reconnecting" banner: graphql-ws reports it, the page shows it.
// Only a connection that was lost counts: graphql-ws also closes (code 1000) when a page stops listening,
// which is not the visitor's problem.
export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

const normalClosure = 1000;
let state: LiveState = 'idle';
let lost = false;
const listeners = new Set<() => void>();

function set(next: LiveState) {
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export function connecting() {
  set(lost ? 'reconnecting' : 'connecting');
}

export function connected() {
  lost = false;
  set('connected');
}

export function closed(event: unknown) {
  const code = (event as { code?: number } | null)?.code;
  lost = code !== normalClosure;
  set(lost ? 'reconnecting' : 'idle');
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
