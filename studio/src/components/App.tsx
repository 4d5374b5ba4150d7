// The Studio's frame: header (navigation, API key) and the view the address names.
import { useMemo, useState } from 'preact/hooks';
import { clientFor, loadDocument, storedKey, storeKey } from '../api.js';
import { listOperations } from '../form-model.js';
import { href, useLoad, useRoute } from '../hooks.js';
import { StudioContext, type Studio } from '../studio-context.js';
import { JobDetail } from './JobDetail.js';
import { JobsView } from './JobsView.js';
import { KeyEntry } from './KeyEntry.js';
import { LoraView } from './lora/LoraView.js';
import { OperationsView } from './OperationsView.js';
import { UsageView } from './UsageView.js';

export function App() {
  const [apiKey, setApiKey] = useState(storedKey);
  const route = useRoute();
  const spec = useLoad(loadDocument, []);
  const studio = useMemo<Studio | undefined>(() => {
    if (!spec.data) return undefined;
    const operations = listOperations(spec.data);
    const byId = new Map(operations.map((op) => [op.id, op]));
    const paths = spec.data.paths;
    return {
      apiKey,
      client: clientFor(apiKey),
      operations,
      operation: (method, path) => byId.get(`${method} ${path}`),
      serves: {
        events: Boolean(paths['/api/v1/jobs/{job_id}/events']),
        usage: Boolean(paths['/api/v1/usage']),
        uploads: Boolean(paths['/api/v1/assets']?.post),
      },
    };
  }, [spec.data, apiKey]);
  const changeKey = (key: string) => {
    storeKey(key);
    setApiKey(key);
  };
  const [section = '', id, more, moreId] = route;
  const links: [string, string][] = [
    ['', 'Operations'],
    ['jobs', 'Jobs'],
    ['lora', 'LoRA'],
  ];
  if (studio?.serves.usage) links.push(['usage', 'Usage']);
  const current = section === 'op' ? '' : section;

  return (
    <>
      <header class="top">
        <a class="brand" href={href()}>
          Vision Studio
        </a>
        <nav aria-label="Studio">
          {links.map(([to, label]) => (
            <a href={to ? href(to) : href()} aria-current={current === to ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <a href="/docs">API docs</a>
        </nav>
        <KeyEntry apiKey={apiKey} onChange={changeKey} />
      </header>
      <main>
        {spec.error && (
          <p role="alert" class="error">
            Could not load the gateway's operations: {spec.error}
          </p>
        )}
        {!studio && !spec.error && <p class="muted">Loading…</p>}
        {studio && (
          <StudioContext.Provider value={studio}>
            {!apiKey && <p class="notice">Enter your API key above to run operations and see your jobs.</p>}
            {section === 'jobs' && id ? <JobDetail id={id} /> : null}
            {section === 'jobs' && !id ? <JobsView /> : null}
            {section === 'lora' ? <LoraView /> : null}
            {section === 'usage' && studio.serves.usage ? <UsageView /> : null}
            {section === '' || section === 'op' ? <OperationsView selected={id} fromJob={more === 'from' ? moreId : undefined} /> : null}
          </StudioContext.Provider>
        )}
      </main>
    </>
  );
}
