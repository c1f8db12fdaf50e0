import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/Feedback';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound')}>
      <Link to="/">{t('home')}</Link>
    </EmptyState>
  );
}
