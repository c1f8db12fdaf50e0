import type { ConsoleOfferingsQuery, OfferingFormat, OfferingInput, OfferingKind, LocationKind, PriceRuleInput } from '../../../gql/graphql';
import { currencyDigits, parseMoney } from '../../../lib/format';

export type ConsoleOffering = ConsoleOfferingsQuery['offerings'][number];

export interface TierDraft { notice: string; percent: string }
export interface SeatTierDraft { minSeats: string; percentOff: string }
export interface PriceDraft { role: string; amount: string; flatAmount: string; flatFromSeats: string; tiers: SeatTierDraft[] }

/** The form keeps what was typed (text); numbers are read when it is sent. */
export interface OfferingDraft {
  name: string;
  description: string;
  kind: OfferingKind;
  format: OfferingFormat;
  durations: string;
  capacity: string;
  bufferBefore: string;
  bufferAfter: string;
  minimumNotice: string;
  bookingWindowDays: string;
  slotInterval: string;
  requiresConfirmation: boolean;
  allowsGuests: boolean;
  locationKind: LocationKind;
  locationDetail: string;
  videoProvider: string;
  rescheduleCutoff: string;
  refundTiers: TierDraft[];
  providerIds: string[];
  prices: PriceDraft[];
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const majorText = (minor: number | null | undefined, currency: string) =>
  minor === null || minor === undefined ? '' : (minor / 10 ** currencyDigits(currency)).toFixed(currencyDigits(currency));

/** One price row per customer role ('public' first), filled from the offering's rules. */
export function priceDrafts(roles: string[], rules: ConsoleOffering['priceRules']): PriceDraft[] {
  return ['public', ...roles.filter((role) => role !== 'public')].map((role) => {
    const rule = rules.find((candidate) => candidate.role === role);
    return {
      role,
      amount: rule ? majorText(rule.unitAmount, rule.currency) : '',
      flatAmount: rule ? majorText(rule.flatAmount, rule.currency) : '',
      flatFromSeats: text(rule?.flatFromSeats),
      tiers: rule?.tiers.map((tier) => ({ minSeats: String(tier.minSeats), percentOff: String(tier.percentOff) })) ?? [],
    };
  });
}

export function draftFrom(offering: ConsoleOffering | null, roles: string[]): OfferingDraft {
  if (!offering) {
    return {
      name: '', description: '', kind: 'SESSION', format: 'ONE_TO_ONE', durations: '60', capacity: '1',
      bufferBefore: '0', bufferAfter: '0', minimumNotice: '60', bookingWindowDays: '60', slotInterval: '',
      requiresConfirmation: false, allowsGuests: true, locationKind: 'VIDEO', locationDetail: '', videoProvider: '',
      rescheduleCutoff: '1440', refundTiers: [{ notice: '1440', percent: '100' }], providerIds: [],
      prices: priceDrafts(roles, []),
    };
  }
  return {
    name: offering.name,
    description: offering.description ?? '',
    kind: offering.kind,
    format: offering.format,
    durations: offering.durationsMinutes.join(', '),
    capacity: String(offering.capacity),
    bufferBefore: String(offering.bufferBeforeMinutes),
    bufferAfter: String(offering.bufferAfterMinutes),
    minimumNotice: String(offering.minimumNoticeMinutes),
    bookingWindowDays: String(offering.bookingWindowDays),
    slotInterval: String(offering.slotIntervalMinutes),
    requiresConfirmation: offering.requiresConfirmation,
    allowsGuests: offering.allowsGuests,
    locationKind: offering.locationKind,
    locationDetail: offering.locationDetail ?? '',
    videoProvider: offering.videoProvider ?? '',
    rescheduleCutoff: String(offering.cancellationPolicy.rescheduleCutoffMinutes),
    refundTiers: offering.cancellationPolicy.tiers.map((tier) => ({ notice: String(tier.minimumNoticeMinutes), percent: String(tier.refundPercent) })),
    providerIds: offering.providers.map((provider) => provider.id),
    prices: priceDrafts(roles, offering.priceRules),
  };
}

const int = (value: string) => (value.trim() === '' ? null : Number.parseInt(value, 10));

/** The OfferingInput for the API; the server validates ranges and answers with userErrors. */
export function offeringInput(draft: OfferingDraft): OfferingInput {
  const durations = draft.durations.split(/[,\s]+/).filter(Boolean).map((value) => Number.parseInt(value, 10)).filter((value) => !Number.isNaN(value));
  const slotInterval = int(draft.slotInterval);
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    kind: draft.kind,
    format: draft.format,
    durationsMinutes: durations,
    capacity: draft.format === 'GROUP' ? int(draft.capacity) ?? 1 : 1,
    bufferBeforeMinutes: int(draft.bufferBefore) ?? 0,
    bufferAfterMinutes: int(draft.bufferAfter) ?? 0,
    minimumNoticeMinutes: int(draft.minimumNotice) ?? 0,
    bookingWindowDays: int(draft.bookingWindowDays) ?? 60,
    ...(slotInterval === null ? {} : { slotIntervalMinutes: slotInterval }),
    requiresConfirmation: draft.requiresConfirmation,
    allowsGuests: draft.allowsGuests,
    locationKind: draft.locationKind,
    locationDetail: draft.locationDetail.trim(),
    videoProvider: draft.videoProvider.trim(),
    cancellationPolicy: {
      rescheduleCutoffMinutes: int(draft.rescheduleCutoff) ?? 0,
      tiers: draft.refundTiers.map((tier) => ({ minimumNoticeMinutes: int(tier.notice) ?? 0, refundPercent: int(tier.percent) ?? 0 })),
    },
    providerIds: draft.providerIds,
  };
}

/** Price rules from the rows with an amount; a row left empty has no rule (that role pays the public price). */
export function priceRuleInputs(draft: OfferingDraft, currency: string): { rules: PriceRuleInput[]; invalidRoles: string[] } {
  const rules: PriceRuleInput[] = [];
  const invalidRoles: string[] = [];
  for (const price of draft.prices) {
    if (price.amount.trim() === '') continue;
    const unitAmount = parseMoney(price.amount, currency);
    const flatAmount = price.flatAmount.trim() === '' ? null : parseMoney(price.flatAmount, currency);
    if (Number.isNaN(unitAmount) || (flatAmount !== null && Number.isNaN(flatAmount))) {
      invalidRoles.push(price.role);
      continue;
    }
    const group = draft.format === 'GROUP';
    rules.push({
      role: price.role,
      currency,
      unitAmount,
      flatAmount: group ? flatAmount : null,
      flatFromSeats: group && flatAmount !== null ? int(price.flatFromSeats) : null,
      tiers: group ? price.tiers.filter((tier) => tier.minSeats.trim() !== '').map((tier) => ({ minSeats: int(tier.minSeats) ?? 2, percentOff: int(tier.percentOff) ?? 0 })) : [],
    });
  }
  return { rules, invalidRoles };
}
