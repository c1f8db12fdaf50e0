// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function ResetPasswordPage() {
  return <h1>ResetPasswordPage</h1>;
}
