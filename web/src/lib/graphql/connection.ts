import { useSyncExternalStore } from 'react';

// The live connection's state, for the "reconnecting" banner: graphql-ws reports it, the page shows it.
export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

let state: LiveState = 'idle';
let everConnected = false;
const listeners = new Set<() => void>();

export function setLiveState(next: 'connecting' | 'connected' | 'closed') {
  if (next === 'connected') everConnected = true;
  const mapped: LiveState = next === 'connected' ? 'connected' : everConnected ? 'reconnecting' : 'connecting';
  if (mapped === state) return;
  state = mapped;
  listeners.forEach((listener) => listener());
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
