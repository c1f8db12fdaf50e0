// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function ConfirmationPage() {
  return <h1>ConfirmationPage</h1>;
}
