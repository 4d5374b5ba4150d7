// The API key: typed once per browser session, kept in sessionStorage (gone with the tab).
import { useState } from 'preact/hooks';

export function KeyEntry({ apiKey, onChange }: { apiKey: string; onChange: (key: string) => void }) {
  const [draft, setDraft] = useState(apiKey);
  return (
    <form
      class="key"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft.trim());
      }}
    >
      <label for="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        spellcheck={false}
        placeholder="vs_…"
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => onChange(event.currentTarget.value.trim())}
      />
      {apiKey ? (
        <button type="button" onClick={() => (setDraft(''), onChange(''))}>
          Forget key
        </button>
      ) : (
        <button type="submit">Use key</button>
      )}
    </form>
  );
}
