import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ConsoleMembersQuery } from '../../../gql/graphql';
import { Card } from '../../../ui/Layout';
import { Badge, Spinner } from '../../../ui/Feedback';
import { Button } from '../../../ui/Button';
import { QueryError } from '../shared/MutationErrors';
import { ConsoleMembersDocument } from './operations';
import { MemberDialog } from './MemberDialog';
import { TableScroll } from '../shared/TableScroll';

export type Member = NonNullable<NonNullable<NonNullable<ConsoleMembersQuery['organization']>['members']>['items']>[number] & object;

/** The members, a page at a time, each with a dialog to change roles or remove them. */
export function MembersCard() {
  const { t } = useTranslation('console');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConsoleMembersDocument, variables: { after } });
  const [editing, setEditing] = useState<Member | null>(null);
  const connection = data?.organization?.members;
  const members = (connection?.items ?? []).filter((member): member is Member => member !== null);
  const roles = data?.organization?.customerRoles ?? [];

  return (
    <Card title={connection?.totalCount !== undefined && connection.totalCount !== null ? t('members.countTitle', { count: connection.totalCount }) : t('members.title')}>
      {error ? <QueryError error={error} /> : null}
      {fetching && !data ? <Spinner /> : null}
      {members.length > 0 ? (
        <TableScroll label={t('members.title')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.staffRole')}</th>
                <th scope="col">{t('members.customerRoles')}</th>
                <th scope="col"><span className="visually-hidden">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.user.displayName}<br /><span className="muted">{member.user.email}</span></th>
                  <td>{member.staffRole ? <Badge tone="info">{t(`members.role.${member.staffRole}`)}</Badge> : t('members.customer')}</td>
                  <td>{member.customerRoles.map((key) => roles.find((role) => role.key === key)?.name ?? (key === 'public' ? t('offerings.rolePublic') : key)).join(', ')}</td>
                  <td>
                    <Button variant="secondary" onClick={() => setEditing(member)} aria-label={t('members.editNamed', { name: member.user.displayName })}>{t('members.edit')}</Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <div className="console-actions">
        {cursors.length > 1 ? <Button variant="secondary" onClick={() => setCursors((current) => current.slice(0, -1))}>{t('previousPage')}</Button> : null}
        {connection?.pageInfo.hasNextPage ? (
          <Button variant="secondary" onClick={() => setCursors((current) => [...current, connection.pageInfo.endCursor ?? null])}>{t('nextPage')}</Button>
        ) : null}
      </div>
      <MemberDialog
        member={editing}
        roles={roles}
        onClose={() => setEditing(null)}
        onRemoved={() => {
          setEditing(null);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </Card>
  );
}
