import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../ui/Layout';
import { MembersCard } from './MembersCard';
import { InvitationsCard } from './InvitationsCard';
import { CustomerRolesCard } from './CustomerRolesCard';

/** Members and their roles, invitations, and the customer roles prices can depend on. */
export default function MembersSection() {
  const { t } = useTranslation('console');
  return (
    <>
      <PageTitle subtitle={t('members.subtitle')}>{t('nav.members')}</PageTitle>
      <MembersCard />
      <InvitationsCard />
      <CustomerRolesCard />
    </>
  );
}
