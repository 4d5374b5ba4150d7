// Every operation the gateway serves, grouped by provider and tag, searchable, each listed by its summary.
import { useMemo, useState } from 'preact/hooks';
import type { Operation } from '../form-model.js';
import { href } from '../hooks.js';
import { useStudio } from '../studio-context.js';

function groups(operations: Operation[]): [string, [string, Operation[]][]][] {
  const byProvider = new Map<string, Map<string, Operation[]>>();
  for (const op of operations) {
    const tags = byProvider.get(op.provider) ?? new Map<string, Operation[]>();
    byProvider.set(op.provider, tags);
    const tag = op.tags[0] ?? 'Other';
    tags.set(tag, [...(tags.get(tag) ?? []), op]);
  }
  return [...byProvider].map(([provider, tags]) => [provider, [...tags]]);
}

const matches = (op: Operation, words: string[]) => {
  const text = `${op.summary} ${op.path} ${op.provider} ${op.tags.join(' ')}`.toLowerCase();
  return words.every((w) => text.includes(w));
};

export function OperationBrowser({ selected }: { selected?: string }) {
  const { operations } = useStudio();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return groups(operations.filter((op) => matches(op, words)));
  }, [operations, query]);
  return (
    <nav class="browser" aria-label="Operations">
      <input type="search" aria-label="Search operations" placeholder="Search operations…" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {shown.length === 0 && <p class="muted">No operation matches.</p>}
      {shown.map(([provider, tags]) => (
        <details open key={provider}>
          <summary>{provider}</summary>
          {tags.map(([tag, ops]) => (
            <div class="tag" key={tag}>
              <h3>{tag}</h3>
              <ul>
                {ops.map((op) => (
                  <li key={op.id}>
                    <a href={href('op', op.id)} aria-current={op.id === selected ? 'page' : undefined}>
                      <span class={`method m-${op.method.toLowerCase()}`}>{op.method}</span> {op.summary}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      ))}
    </nav>
  );
}
