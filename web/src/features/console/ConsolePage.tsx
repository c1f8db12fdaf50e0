// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function ConsolePage() {
  return <h1>ConsolePage</h1>;
}
