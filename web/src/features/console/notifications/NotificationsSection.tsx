import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Card, PageTitle } from '../../../ui/Layout';
import { SelectField } from '../../../ui/Field';
import { Badge, Spinner } from '../../../ui/Feedback';
import { QueryError } from '../shared/MutationErrors';
import { NotificationTemplatesDocument } from './operations';
import { TemplateEditor } from './TemplateEditor';
import { DeliveriesCard } from './DeliveriesCard';

/** The emails this organization sends, per message and language, and what was sent. */
export default function NotificationsSection() {
  const { t } = useTranslation('console');
  const [{ data, error, fetching }, refetch] = useQuery({ query: NotificationTemplatesDocument });
  const templates = data?.notificationTemplates ?? [];
  const messages = [...new Set(templates.map((template) => template.message))];
  const [message, setMessage] = useState('');
  const [language, setLanguage] = useState('en');
  const chosenMessage = message || messages[0] || '';
  const template = templates.find((candidate) => candidate.message === chosenMessage && candidate.language === language) ?? null;

  return (
    <>
      <PageTitle subtitle={t('notifications.subtitle')}>{t('nav.notifications')}</PageTitle>
      <Card title={t('notifications.templates')}>
        {error ? <QueryError error={error} /> : null}
        {fetching && !data ? <Spinner /> : null}
        {templates.length > 0 ? (
          <>
            <div className="console-form">
              <SelectField label={t('notifications.message')} value={chosenMessage} onChange={(event) => setMessage(event.target.value)}>
                {messages.map((key) => (
                  <option key={key} value={key}>
                    {t(`notifications.messageName.${key}`, { defaultValue: key })}
                    {templates.some((candidate) => candidate.message === key && candidate.overridden) ? ` (${t('notifications.customized')})` : ''}
                  </option>
                ))}
              </SelectField>
              <SelectField label={t('notifications.language')} value={language} onChange={(event) => setLanguage(event.target.value)}>
                <option value="en">English</option>
                <option value="de">Deutsch</option>
              </SelectField>
            </div>
            {template ? (
              <>
                <p>
                  <Badge tone={template.overridden ? 'info' : 'neutral'}>{template.overridden ? t('notifications.customized') : t('notifications.default')}</Badge>
                </p>
                <TemplateEditor
                  key={`${template.message}-${template.language}-${template.overridden}`}
                  template={template}
                  onChanged={() => refetch({ requestPolicy: 'network-only' })}
                />
              </>
            ) : null}
          </>
        ) : null}
      </Card>
      <DeliveriesCard />
    </>
  );
}
