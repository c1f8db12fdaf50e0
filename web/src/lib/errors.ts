import type { TFunction } from 'i18next';

export interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

/** A human sentence for an API error code in the visitor's language (errors namespace), else the server's own words. */
export function describeError(t: TFunction, error: UserErrorLike): string {
  return t(`errors:${error.code}`, { defaultValue: error.message });
}

/** The sentence for a failed request (network down, server error). */
export function describeFailure(t: TFunction, error: { networkError?: Error; graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[] }): string {
  if (error.networkError) return t('errors:NETWORK');
  const code = error.graphQLErrors?.[0]?.extensions?.code;
  if (typeof code === 'string') return t(`errors:${code}`, { defaultValue: t('errors:UNEXPECTED') });
  return t('errors:UNEXPECTED');
}
