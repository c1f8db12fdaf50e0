import type { BookingOfferingsQuery } from '../../gql/graphql';

export type BookableOffering = BookingOfferingsQuery['offerings'][number];
type Rule = BookableOffering['priceRules'][number];

/** The price per seat this visitor pays: the cheapest rule among 'public' and their customer roles. */
export function visitorRule(offering: BookableOffering, roles: readonly string[]): Rule | null {
  const mine = offering.priceRules.filter((rule) => rule.role === 'public' || roles.includes(rule.role));
  return mine.reduce<Rule | null>((best, rule) => (best === null || rule.unitAmount < best.unitAmount ? rule : best), null);
}

/** Whether some customer role pays less than the public: worth telling a visitor who has not signed in. */
export function hasRolePrices(offering: BookableOffering): boolean {
  const publicRule = offering.priceRules.find((rule) => rule.role === 'public');
  return offering.priceRules.some((rule) => rule.role !== 'public' && (!publicRule || rule.unitAmount < publicRule.unitAmount));
}
