export function BookingPage({ embedded = false }: { embedded?: boolean }) {
  return <h1>{embedded ? 'embedded' : 'booking'}</h1>;
}
