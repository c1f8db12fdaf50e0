// PLACEHOLDER — replaced by the area's owner before issue 17 is resolved.
export default function SignUpPage() {
  return <h1>SignUpPage</h1>;
}
