// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function AgendaPage() {
  return <h1>AgendaPage</h1>;
}
