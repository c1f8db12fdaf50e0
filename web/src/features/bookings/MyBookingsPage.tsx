// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function MyBookingsPage() {
  return <h1>MyBookingsPage</h1>;
}
