// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function ForgotPasswordPage() {
  return <h1>ForgotPasswordPage</h1>;
}
