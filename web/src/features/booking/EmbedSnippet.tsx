import { useTranslation } from 'react-i18next';

/** For the organization's own staff: the snippet that puts this page inside their website. */
export function EmbedSnippet({ slug }: { slug: string }) {
  const { t } = useTranslation('booking');
  const origin = window.location.origin;
  const script = `<script src="${origin}/app/embed.js" data-organization="${slug}" async></script>`;
  const iframe = `<iframe src="${origin}/t/${slug}/embed" title="Booking" style="width:100%;border:0;min-height:720px"></iframe>`;
  return (
    <details className="card embed">
      <summary>{t('embedTitle')}</summary>
      <p className="muted">{t('embedLead')}</p>
      <label className="field">
        <span>{t('embedScript')}</span>
        <textarea readOnly value={script} rows={2} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <label className="field">
        <span>{t('embedIframe')}</span>
        <textarea readOnly value={iframe} rows={3} onFocus={(event) => event.currentTarget.select()} />
      </label>
    </details>
  );
}
