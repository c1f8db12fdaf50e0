import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { OrganizationShell } from './OrganizationShell';
import { HomePage } from './HomePage';
import { CallbackPage } from './CallbackPage';
import { NotFoundPage } from './NotFoundPage';
import { Spinner } from '../ui/Feedback';
import { BookingPage } from '../features/booking/BookingPage';

// The booking page is the public face and loads with the app; every other area is its own chunk, loaded
// when visited, so a customer's phone never downloads the console.
const ConfirmationPage = lazy(() => import('../features/booking/confirmation/ConfirmationPage'));
const MyBookingsPage = lazy(() => import('../features/bookings/MyBookingsPage'));
const AgendaPage = lazy(() => import('../features/agenda/AgendaPage'));
const ConsolePage = lazy(() => import('../features/console/ConsolePage'));
const SignUpPage = lazy(() => import('../features/account/SignUpPage'));
const ForgotPasswordPage = lazy(() => import('../features/account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/account/ResetPasswordPage'));
const ConfirmEmailPage = lazy(() => import('../features/account/ConfirmEmailPage'));

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<main id="main" className="page"><Spinner /></main>}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/callback" element={<CallbackPage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/confirm-email" element={<ConfirmEmailPage />} />
          <Route path="/t/:slug/embed" element={<OrganizationShell embedded />}>
            <Route index element={<BookingPage embedded />} />
          </Route>
          <Route path="/t/:slug" element={<OrganizationShell />}>
            <Route index element={<BookingPage />} />
            <Route path="booking/:bookingId" element={<ConfirmationPage />} />
            <Route path="bookings" element={<MyBookingsPage />} />
            <Route path="agenda/*" element={<AgendaPage />} />
            <Route path="console/*" element={<ConsolePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
