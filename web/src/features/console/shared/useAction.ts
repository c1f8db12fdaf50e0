import { useCallback, useState } from 'react';
import type { CombinedError, OperationResult } from 'urql';
import type { UserErrorLike } from '../../../lib/errors';

interface ActionState {
  error: CombinedError | null;
  userErrors: UserErrorLike[];
  done: boolean;
}

const idle: ActionState = { error: null, userErrors: [], done: false };

/**
 * Runs a mutation whose payload carries userErrors and keeps what happened for the form to show:
 * the request's failure, the API's expected problems, or success. Resolves to the payload on success.
 */
export function useAction() {
  const [state, setState] = useState<ActionState>(idle);
  const run = useCallback(async <Data, Payload extends { userErrors: UserErrorLike[] }>(
    request: Promise<OperationResult<Data>>,
    payloadOf: (data: Data) => Payload | null | undefined,
  ): Promise<Payload | null> => {
    setState(idle);
    const result = await request;
    if (result.error) {
      setState({ error: result.error, userErrors: [], done: false });
      return null;
    }
    const payload = result.data ? payloadOf(result.data) : null;
    if (!payload) return null;
    if (payload.userErrors.length > 0) {
      setState({ error: null, userErrors: payload.userErrors, done: false });
      return null;
    }
    setState({ error: null, userErrors: [], done: true });
    return payload;
  }, []);
  const reset = useCallback(() => setState(idle), []);
  return { ...state, run, reset };
}
