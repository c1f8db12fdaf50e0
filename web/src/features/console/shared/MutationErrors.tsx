import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/Feedback';
import { describeError, describeFailure, type UserErrorLike } from '../../../lib/errors';

/** What went wrong with a request: the failure of the request itself, or each expected problem the API named. */
export function MutationErrors({ error, userErrors }: { error?: CombinedError | null; userErrors?: readonly UserErrorLike[] | null }) {
  const { t } = useTranslation('console');
  if (error) return <Notice tone="error">{describeFailure(t, error)}</Notice>;
  if (!userErrors || userErrors.length === 0) return null;
  return (
    <Notice tone="error">
      {userErrors.length === 1 ? (
        userErrors.map((userError) => describeError(t, userError))
      ) : (
        <ul>
          {userErrors.map((userError, index) => <li key={index}>{describeError(t, userError)}</li>)}
        </ul>
      )}
    </Notice>
  );
}

/** A query that failed to load, as a sentence. */
export function QueryError({ error }: { error: CombinedError }) {
  const { t } = useTranslation('console');
  return <Notice tone="error">{describeFailure(t, error)}</Notice>;
}
