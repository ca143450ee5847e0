import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, TextField } from '../../ui';

/** Goes to one document by its id, for ids read off paper, a label or another screen. */
export function OpenById({ label, to }: { label: string; to: (id: string) => string }) {
  const navigate = useNavigate();
  const [id, setId] = useState('');
  return (
    <form
      className="qs-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (id.trim()) void navigate(to(id.trim()));
      }}
    >
      <TextField label={label} value={id} onChange={(e) => setId(e.target.value)} />
      <Button type="submit" variant="secondary" disabled={!id.trim()}>
        Open
      </Button>
    </form>
  );
}
