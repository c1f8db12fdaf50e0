import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

export interface Preview { subject: string; text: string; html: string }

/**
 * The rendered email. The HTML goes into an iframe with an empty sandbox: no scripts, no forms, no same origin,
 * so whatever a template contains cannot act on the console.
 */
export function TemplatePreview({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  const { t } = useTranslation('console');
  return (
    <section className="stack stack-s" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">{t('notifications.previewTitle')}</h3>
      <p><strong>{t('notifications.subject')}:</strong> {preview.subject}</p>
      <iframe className="console-preview" title={t('notifications.previewFrame')} sandbox="" srcDoc={preview.html} />
      <details>
        <summary>{t('notifications.text')}</summary>
        <pre className="console-pre">{preview.text}</pre>
      </details>
      <div><Button variant="ghost" onClick={onClose}>{t('notifications.closePreview')}</Button></div>
    </section>
  );
}
