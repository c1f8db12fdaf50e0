import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ConsoleNotificationTemplatesQuery } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Feedback';
import { TextAreaField, TextField } from '../../../ui/Field';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { PreviewNotificationTemplateDocument, ResetNotificationTemplateDocument, SetNotificationTemplateDocument } from './operations';
import { TemplatePreview, type Preview } from './TemplatePreview';

type Template = ConsoleNotificationTemplatesQuery['notificationTemplates'][number];

/** Edits one email's subject, text and HTML (Liquid); preview renders it with sample data without saving. */
export function TemplateEditor({ template, onChanged }: { template: Template; onChanged: () => void }) {
  const { t } = useTranslation('console');
  const [subject, setSubject] = useState(template.subject);
  const [text, setText] = useState(template.text);
  const [html, setHtml] = useState(template.html);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<'save' | 'reset' | 'preview' | null>(null);
  const [, save] = useMutation(SetNotificationTemplateDocument);
  const [, reset] = useMutation(ResetNotificationTemplateDocument);
  const [, render] = useMutation(PreviewNotificationTemplateDocument);
  const action = useAction();
  const key = { message: template.message, language: template.language };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('save');
    const payload = await action.run(save({ input: { ...key, subject, text, html } }), (data) => data.setNotificationTemplate);
    setBusy(null);
    if (payload) onChanged();
  };

  const resetToDefault = async () => {
    setBusy('reset');
    const payload = await action.run(reset({ input: key }), (data) => data.resetNotificationTemplate);
    setBusy(null);
    if (payload) onChanged();
  };

  const showPreview = async () => {
    setBusy('preview');
    const payload = await action.run(render({ input: { ...key, subject, text, html } }), (data) => data.previewNotificationTemplate);
    setBusy(null);
    setPreview(payload ? { subject: payload.subject ?? '', text: payload.text ?? '', html: payload.html ?? '' } : null);
  };

  return (
    <form className="stack stack-m" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('notifications.subject')} value={subject} onChange={(event) => setSubject(event.target.value)} />
      <TextAreaField label={t('notifications.text')} className="console-code" value={text} onChange={(event) => setText(event.target.value)} />
      <TextAreaField label={t('notifications.html')} className="console-code" value={html} onChange={(event) => setHtml(event.target.value)} />
      <details>
        <summary>{t('notifications.variables', { count: template.variables.length })}</summary>
        <ul className="console-checks">
          {template.variables.map((variable) => <li key={variable}><code>{`{{ ${variable} }}`}</code></li>)}
        </ul>
      </details>
      <MutationErrors error={action.error} userErrors={action.userErrors} />
      {/* A refused template: the server's words say which part does not parse, worth showing as they are. */}
      {action.userErrors.filter((error) => error.code === 'TEMPLATE_INVALID').map((error, index) => (
        <p key={index} className="muted">{t('notifications.templateDetail', { detail: `${error.field ? `${error.field}: ` : ''}${error.message}` })}</p>
      ))}
      {action.done && busy === null && !preview ? <Notice tone="success">{t('common:saved')}</Notice> : null}
      <div className="console-actions">
        <Button type="submit" busy={busy === 'save'}>{t('common:save')}</Button>
        <Button variant="secondary" busy={busy === 'preview'} onClick={() => void showPreview()}>{t('notifications.preview')}</Button>
        {template.overridden ? (
          <Button variant="ghost" busy={busy === 'reset'} onClick={() => void resetToDefault()}>{t('notifications.reset')}</Button>
        ) : null}
      </div>
      {preview ? <TemplatePreview preview={preview} onClose={() => setPreview(null)} /> : null}
    </form>
  );
}
