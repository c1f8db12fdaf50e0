import { useTranslation } from 'react-i18next';
import type { MyBookingFieldsFragment } from '../../gql/graphql';
import { useOrganization } from '../../app/OrganizationContext';
import { browserTimeZone, formatDateTime, formatMoney } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/** A receipt exists once money was actually taken. */
export function hasReceipt(booking: MyBookingFieldsFragment): boolean {
  return (booking.payment?.amountReceived ?? 0) > 0;
}

/** What was paid and given back for one booking, printable on its own. */
export function ReceiptDialog({ booking, open, onClose }: { booking: MyBookingFieldsFragment; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('bookings');
  const { organization } = useOrganization();
  const payment = booking.payment;
  const zone = browserTimeZone();
  const locale = i18n.language;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const refunds = (booking.refunds ?? []).filter((refund) => refund.status !== 'FAILED' && refund.status !== 'CANCELED');
  const refunded = refunds.reduce((sum, refund) => sum + refund.amount, 0);
  return (
    <Dialog open={open} title={t('receiptTitle')} onClose={onClose}>
      {open && payment ? (
        <div className="receipt stack stack-m">
          <p>
            <strong>{organization.name}</strong><br />
            {booking.offering?.name} · {formatDateTime(booking.start, zone, locale)}
            {booking.provider ? <> · {booking.provider.displayName}</> : null}
          </p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('receiptTitle')}</caption>
              <thead>
                <tr><th scope="col">{t('receiptItem')}</th><th scope="col">{t('receiptDate')}</th><th scope="col" className="amount">{t('receiptAmount')}</th></tr>
              </thead>
              <tbody>
                <tr>
                  <td>{t('paid')}{payment.paymentMethodType ? ` (${payment.paymentMethodType})` : ''}</td>
                  <td>{formatDateTime(payment.capturedAt ?? payment.createdAt, zone, locale)}</td>
                  <td className="amount">{money(payment.amountReceived, payment.currency)}</td>
                </tr>
                {refunds.map((refund) => (
                  <tr key={refund.id}>
                    <td>{t('refunded')} ({t(`refundStatus.${refund.status}`)})</td>
                    <td>{formatDateTime(refund.createdAt, zone, locale)}</td>
                    <td className="amount">−{money(refund.amount, refund.currency)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr><th scope="row" colSpan={2}>{t('net')}</th><td className="amount">{money(payment.amountReceived - refunded, payment.currency)}</td></tr>
              </tfoot>
            </table>
          </div>
          <div className="card-actions no-print">
            <Button onClick={() => window.print()}>{t('print')}</Button>
            <Button variant="secondary" onClick={onClose}>{t('common:close')}</Button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
