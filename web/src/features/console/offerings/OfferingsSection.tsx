import { Route, Routes, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Spinner, EmptyState } from '../../../ui/Feedback';
import { QueryError } from '../shared/MutationErrors';
import { ConsoleOfferingsDocument } from './operations';
import { OfferingList } from './OfferingList';
import { OfferingEditor } from './OfferingEditor';

/** Offerings: the list, a new one, and one to edit (with its prices). */
export default function OfferingsSection() {
  return (
    <Routes>
      <Route index element={<OfferingList />} />
      <Route path="new" element={<OfferingEditorPage />} />
      <Route path=":offeringId" element={<OfferingEditorPage />} />
    </Routes>
  );
}

function OfferingEditorPage() {
  const { offeringId } = useParams();
  const { t } = useTranslation('console');
  const [{ data, error, fetching }] = useQuery({ query: ConsoleOfferingsDocument });
  if (error && !data) return <QueryError error={error} />;
  if (!data) return fetching ? <Spinner /> : null;
  const offering = offeringId ? data.offerings.find((candidate) => candidate.id === offeringId) ?? null : null;
  if (offeringId && !offering) return <EmptyState title={t('offerings.missing')} />;
  return (
    <OfferingEditor
      key={offering?.id ?? 'new'}
      offering={offering}
      providers={data.providers}
      roles={data.organization?.customerRoles ?? []}
    />
  );
}
