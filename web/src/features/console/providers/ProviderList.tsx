import { useTranslation } from 'react-i18next';
import type { ConsoleProvidersQuery } from '../../../gql/graphql';
import { Card } from '../../../ui/Layout';
import { Button } from '../../../ui/Button';
import { dayOrder } from './week';
import { TableScroll } from '../shared/TableScroll';

type Provider = ConsoleProvidersQuery['providers'][number];

/** Each provider with what they deliver and a summary of their week. */
export function ProviderList({ providers, onEdit }: { providers: Provider[]; onEdit: (membershipId: string) => void }) {
  const { t } = useTranslation('console');
  return (
    <Card title={t('providers.all')}>
      <TableScroll label={t('providers.all')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('providers.name')}</th>
              <th scope="col">{t('providers.offerings')}</th>
              <th scope="col">{t('providers.week')}</th>
              <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {providers.map((provider) => (
              <tr key={provider.id}>
                <th scope="row">{provider.displayName}<br /><span className="muted">{provider.timeZone}</span></th>
                <td>{provider.offerings.map((offering) => offering.name).join(', ') || t('providers.noOfferings')}</td>
                <td>
                  {provider.weeklyHours.length === 0 ? t('providers.noHours') : (
                    <ul className="console-list-plain">
                      {dayOrder.filter((day) => provider.weeklyHours.some((hours) => hours.dayOfWeek === day)).map((day) => (
                        <li key={day}>
                          {t(`providers.day.${day}`)}: {provider.weeklyHours.filter((hours) => hours.dayOfWeek === day).map((hours) => `${hours.start}–${hours.end}`).join(', ')}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <Button variant="secondary" onClick={() => onEdit(provider.membership.id)} aria-label={t('providers.editNamed', { name: provider.displayName })}>
                    {t('providers.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Card>
  );
}
