import { useState, type FormEvent } from 'react';
import { useSaveMessage, type MessageBody, type MessageDetails } from '../../api/messages';
import { isProblem } from '../../api/problem';
import { Button, Card, ProblemAlert, TextAreaField } from '../../ui';

/** Every field the server named, as one text under the content (its fields are inside the JSON). */
function fieldReasons(error: unknown): string | undefined {
  if (!isProblem(error) || error.errors.length === 0) return undefined;
  return error.errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
}

/** Edits the whole message as JSON; a Failed message gets a new Draft version (the old one stays as it was), a Draft is changed in place. */
export function MessageEditForm({ title, message, onSaved, onCancel }: { title: string; message: MessageDetails; onSaved: (id: number) => void; onCancel: () => void }) {
  const [text, setText] = useState(() => JSON.stringify(message.content, null, 2));
  const [parseError, setParseError] = useState<string>();
  const save = useSaveMessage(message.id, { onSuccess: (saved) => onSaved(saved.id) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    let body: MessageBody;
    try {
      body = JSON.parse(text) as MessageBody;
    } catch (cause) {
      setParseError(`This is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
      return;
    }
    setParseError(undefined);
    save.mutate(body);
  };
  return (
    <Card title={title}>
      <form className="qs-stack" onSubmit={submit}>
        <TextAreaField
          label="Message content (JSON)"
          hint="The order number, message id and line numbers cannot change. Queue the new version to process it."
          value={text}
          rows={24}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          error={parseError ?? fieldReasons(save.error)}
        />
        <ProblemAlert error={save.error} />
        <div className="qs-row">
          <Button type="submit" busy={save.isPending}>
            {message.processingStatus === 'Draft' ? 'Save draft' : 'Save as new version'}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Discard changes
          </Button>
        </div>
      </form>
    </Card>
  );
}
