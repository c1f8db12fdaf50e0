import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../../app/OrganizationContext';
import { Card, PageTitle } from '../../../ui/Layout';
import { Badge, EmptyState, Spinner } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';
import { formatDuration, formatMoney } from '../../../lib/format';
import { QueryError, MutationErrors } from '../shared/MutationErrors';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useAction } from '../shared/useAction';
import { ArchiveOfferingDocument, ConsoleOfferingsDocument } from './operations';
import type { ConsoleOffering } from './formState';
import { TableScroll } from '../shared/TableScroll';

export function OfferingList() {
  const { slug } = useOrganization();
  const { t, i18n } = useTranslation('console');
  const [{ data, error, fetching }] = useQuery({ query: ConsoleOfferingsDocument });
  const [archiving, setArchiving] = useState<ConsoleOffering | null>(null);
  const [{ fetching: archiveBusy }, archive] = useMutation(ArchiveOfferingDocument);
  const action = useAction();
  const base = `/t/${slug}/console/offerings`;

  const confirmArchive = async () => {
    if (!archiving) return;
    const payload = await action.run(archive({ id: archiving.id }), (result) => result.archiveOffering);
    if (payload) setArchiving(null);
  };

  return (
    <>
      <PageTitle subtitle={t('offerings.subtitle')}>{t('nav.offerings')}</PageTitle>
      <div className="console-actions" style={{ marginBottom: 'var(--space-m)' }}>
        <Link className="btn btn-primary" to={`${base}/new`}>{t('offerings.new')}</Link>
      </div>
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {data && data.offerings.length === 0 ? <EmptyState title={t('offerings.none')} /> : null}
      {data && data.offerings.length > 0 ? (
        <Card title={t('offerings.all')}>
          <TableScroll label={t('offerings.all')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('offerings.name')}</th>
                  <th scope="col">{t('offerings.durations')}</th>
                  <th scope="col">{t('offerings.publicPrice')}</th>
                  <th scope="col">{t('offerings.providers')}</th>
                  <th scope="col">{t('offerings.status')}</th>
                  <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.offerings.map((offering) => {
                  const publicRule = offering.priceRules.find((rule) => rule.role === 'public');
                  const archived = offering.status === 'ARCHIVED';
                  return (
                    <tr key={offering.id}>
                      <th scope="row"><Link to={`${base}/${offering.id}`}>{offering.name}</Link></th>
                      <td>{offering.durationsMinutes.map((minutes) => formatDuration(minutes, i18n.language)).join(', ')}</td>
                      <td>{publicRule ? formatMoney(publicRule.unitAmount, publicRule.currency, i18n.language) : t('offerings.noPrice')}</td>
                      <td>{offering.providers.map((provider) => provider.displayName).join(', ') || t('offerings.noProviders')}</td>
                      <td><Badge tone={archived ? 'neutral' : 'good'}>{t(`offerings.statusName.${offering.status}`)}</Badge></td>
                      <td>
                        {archived ? null : (
                          <Button variant="ghost" onClick={() => setArchiving(offering)} aria-label={t('offerings.archiveNamed', { name: offering.name })}>
                            {t('offerings.archive')}
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </Card>
      ) : null}
      <ConfirmDialog
        open={archiving !== null}
        title={t('offerings.archiveTitle')}
        confirmLabel={t('offerings.archive')}
        busy={archiveBusy}
        onConfirm={() => void confirmArchive()}
        onClose={() => setArchiving(null)}
      >
        <p>{t('offerings.archiveBody', { name: archiving?.name ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
