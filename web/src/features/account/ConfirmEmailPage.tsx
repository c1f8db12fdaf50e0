// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function ConfirmEmailPage() {
  return <h1>ConfirmEmailPage</h1>;
}
