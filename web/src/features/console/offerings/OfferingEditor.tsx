import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { PageTitle } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Feedback';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { CreateOfferingDocument, SetPriceRulesDocument, UpdateOfferingDocument } from './operations';
import { draftFrom, offeringInput, priceRuleInputs, type ConsoleOffering, type OfferingDraft } from './formState';
import { BasicsFields } from './BasicsFields';
import { RulesFields } from './RulesFields';
import { ProvidersField } from './ProvidersField';
import { PriceFields } from './PriceFields';

export type DraftUpdate = (patch: Partial<OfferingDraft>) => void;

/** Creates or edits an offering and its prices per customer role in one form (two mutations, offering first). */
export function OfferingEditor({ offering, providers, roles }: {
  offering: ConsoleOffering | null;
  providers: { id: string; displayName: string }[];
  roles: { key: string; name: string }[];
}) {
  const { slug, organization } = useOrganization();
  const { t } = useTranslation('console');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => draftFrom(offering, roles.map((role) => role.key)));
  const [invalidRoles, setInvalidRoles] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [, createOffering] = useMutation(CreateOfferingDocument);
  const [, updateOffering] = useMutation(UpdateOfferingDocument);
  const [, setPriceRules] = useMutation(SetPriceRulesDocument);
  const offeringAction = useAction();
  const priceAction = useAction();
  const [busy, setBusy] = useState(false);
  const update: DraftUpdate = (patch) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const currency = offering?.priceRules[0]?.currency ?? organization.currency;
  const base = `/t/${slug}/console/offerings`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const prices = priceRuleInputs(draft, currency);
    setInvalidRoles(prices.invalidRoles);
    if (prices.invalidRoles.length > 0) return;
    setBusy(true);
    try {
      const input = offeringInput(draft);
      const payload = offering
        ? await offeringAction.run(updateOffering({ id: offering.id, input }), (data) => data.updateOffering)
        : await offeringAction.run(createOffering({ input }), (data) => data.createOffering);
      const id = payload?.offering?.id;
      if (!id) return;
      const priced = await priceAction.run(setPriceRules({ offeringId: id, rules: prices.rules }), (data) => data.setPriceRules);
      if (!priced) {
        // The offering exists now: continue on its own page so a second save does not create another.
        if (!offering) navigate(`${base}/${id}`, { replace: true });
        return;
      }
      if (offering) setSaved(true);
      else navigate(base);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle subtitle={offering ? t('offerings.editSubtitle') : t('offerings.newSubtitle')}>
        {offering ? offering.name : t('offerings.new')}
      </PageTitle>
      <p><Link to={base}>{t('offerings.back')}</Link></p>
      <form onSubmit={(event) => void submit(event)} className="stack stack-m" noValidate>
        <BasicsFields draft={draft} update={update} />
        <RulesFields draft={draft} update={update} />
        <ProvidersField providers={providers} selected={draft.providerIds} onChange={(providerIds) => update({ providerIds })} />
        <PriceFields draft={draft} update={update} currency={currency} roles={roles} invalidRoles={invalidRoles} />
        <MutationErrors error={offeringAction.error} userErrors={offeringAction.userErrors} />
        <MutationErrors error={priceAction.error} userErrors={priceAction.userErrors} />
        {saved ? <Notice tone="success">{t('common:saved')}</Notice> : null}
        <div className="console-actions">
          <Button type="submit" busy={busy}>{offering ? t('common:save') : t('offerings.create')}</Button>
          <Link className="btn btn-secondary" to={base}>{t('common:cancel')}</Link>
        </div>
      </form>
    </>
  );
}
