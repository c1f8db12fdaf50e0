import { graphql } from '../../../gql';

export const ConsoleOfferingsDocument = graphql(`
  query ConsoleOfferings {
    offerings(includeArchived: true) {
      id
      name
      description
      kind
      format
      status
      archivedAt
      durationsMinutes
      capacity
      bufferBeforeMinutes
      bufferAfterMinutes
      minimumNoticeMinutes
      bookingWindowDays
      slotIntervalMinutes
      requiresConfirmation
      allowsGuests
      locationKind
      locationDetail
      videoProvider
      cancellationPolicy { rescheduleCutoffMinutes tiers { minimumNoticeMinutes refundPercent } }
      providers { id displayName }
      priceRules { id role currency unitAmount flatAmount flatFromSeats tiers { minSeats percentOff } }
    }
    providers { id displayName timeZone }
    organization { id customerRoles { id key name } }
  }
`);

export const CreateOfferingDocument = graphql(`
  mutation ConsoleCreateOffering($input: OfferingInput!) {
    createOffering(input: $input) {
      offering { id name status }
      userErrors { code field message }
    }
  }
`);

export const UpdateOfferingDocument = graphql(`
  mutation ConsoleUpdateOffering($id: ID!, $input: OfferingInput!) {
    updateOffering(id: $id, input: $input) {
      offering { id name status providers { id displayName } }
      userErrors { code field message }
    }
  }
`);

export const SetPriceRulesDocument = graphql(`
  mutation ConsoleSetPriceRules($offeringId: ID!, $rules: [PriceRuleInput!]!) {
    setPriceRules(offeringId: $offeringId, rules: $rules) {
      offering { id priceRules { id role currency unitAmount flatAmount flatFromSeats tiers { minSeats percentOff } } }
      userErrors { code field message }
    }
  }
`);

export const ArchiveOfferingDocument = graphql(`
  mutation ConsoleArchiveOffering($id: ID!) {
    archiveOffering(id: $id) {
      offering { id status archivedAt }
      userErrors { code field message }
    }
  }
`);
