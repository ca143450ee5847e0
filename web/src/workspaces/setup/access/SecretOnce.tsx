import { Alert } from '../../../ui';

/** A secret Quayside keeps only as a hash: this is the one time it can be copied. */
export function SecretOnce({ title, secret }: { title: string; secret: string }) {
  return (
    <Alert tone="warn" title={title}>
      <p>Copy it now: it is not shown again.</p>
      <pre className="qs-code" aria-label="Secret">
        {secret}
      </pre>
    </Alert>
  );
}
