import { Suspense, type CSSProperties } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrganizationClient, OrganizationLoader, useOrganization } from './OrganizationContext';
import { useAuth } from '../lib/auth/useAuth';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveBanner } from './LiveBanner';
import { Spinner, EmptyState } from '../ui/Feedback';
import { Button } from '../ui/Button';
import { prefetchBookingPage } from '../features/booking/prefetch';

/** Every page of an organization: its client, its name and colour, navigation by role, and the live state. */
export function OrganizationShell({ embedded = false }: { embedded?: boolean }) {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const bookingPage = /^\/t\/[^/]+(\/embed)?\/?$/.test(pathname);
  return (
    <OrganizationClient slug={slug} onClient={bookingPage ? prefetchBookingPage : undefined}>
      <OrganizationLoader
        slug={slug}
        loading={<main id="main" className="page"><Spinner /></main>}
        missing={
          <main id="main" className="page">
            <EmptyState title={t('organizationMissing')}>
              <Link to="/">{t('home')}</Link>
            </EmptyState>
          </main>
        }
      >
        {embedded ? <EmbeddedFrame /> : <Frame />}
      </OrganizationLoader>
    </OrganizationClient>
  );
}

function brandStyle(color: string | null | undefined): CSSProperties | undefined {
  return color && /^#[0-9a-fA-F]{6}$/.test(color) ? ({ '--brand': color } as CSSProperties) : undefined;
}

function Frame() {
  const { organization, viewer, isAdmin, isStaff, slug } = useOrganization();
  const { user, signIn, signOut } = useAuth();
  const { t } = useTranslation();
  const base = `/t/${slug}`;
  return (
    <div className="app" style={brandStyle(organization.brandColor)}>
      <a className="skip-link" href="#main">{t('skipToContent')}</a>
      <header className="topbar">
        <Link to={base} className="brand">
          {organization.logoUrl ? <img src={organization.logoUrl} alt="" className="brand-logo" /> : null}
          <span>{organization.name}</span>
        </Link>
        <nav aria-label={t('mainNavigation')} className="nav">
          <NavLink to={base} end>{t('nav.book')}</NavLink>
          {user ? <NavLink to={`${base}/bookings`}>{t('nav.myBookings')}</NavLink> : null}
          {isStaff ? <NavLink to={`${base}/agenda`}>{t('nav.agenda')}</NavLink> : null}
          {isAdmin ? <NavLink to={`${base}/console`}>{t('nav.console')}</NavLink> : null}
        </nav>
        <div className="topbar-end">
          <LanguageSwitch />
          {user ? (
            <Button variant="ghost" onClick={() => void signOut()} title={viewer?.user.email}>
              {t('signOut')}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => void signIn()}>{t('signIn')}</Button>
          )}
        </div>
      </header>
      <LiveBanner />
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/** Inside another site's iframe: no navigation, and the frame is told the page's height as it changes. */
function EmbeddedFrame() {
  const { organization } = useOrganization();
  return (
    <div className="app app-embedded" style={brandStyle(organization.brandColor)} ref={reportHeight}>
      <LiveBanner />
      <main id="main" className="page">
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

function reportHeight(element: HTMLDivElement | null) {
  if (!element || window.parent === window) return;
  const observer = new ResizeObserver(() => {
    window.parent.postMessage({ type: 'platform:height', height: Math.ceil(element.getBoundingClientRect().height) }, '*');
  });
  observer.observe(element);
}
