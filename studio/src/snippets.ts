// The request the Studio sent, as a curl command and as TypeScript with the typed client.
import type { BuiltRequest } from './form-model.js';

/** Inline media (data URIs, base64) shortened: the snippet shows the request's shape, not megabytes. */
const LONGEST = 160;
const shorten = (body: unknown) =>
  JSON.parse(JSON.stringify(body), (_key, value) => (typeof value === 'string' && value.length > LONGEST ? `${value.slice(0, 60)}…(${value.length} characters)` : value));

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlOf(origin: string, request: BuiltRequest): string {
  const lines = [`curl -s -X ${request.method} ${shellQuote(origin + request.url)}`, `  -H "X-API-Key: $VISION_STUDIO_KEY"`];
  if (request.body !== undefined) {
    lines.push(`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(JSON.stringify(shorten(request.body)))}`);
  }
  for (const part of request.files ?? []) lines.push(`  -F ${shellQuote(`${part}=@photo.png`)}`);
  return lines.join(' \\\n');
}

export function typescriptOf(origin: string, template: string, request: BuiltRequest): string {
  const [path, search = ''] = request.url.split('?');
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const values = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`).exec(path!)?.slice(1) ?? [];
  const params: Record<string, unknown> = {};
  if (names.length > 0) params.path = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(values[i] ?? '')]));
  if (search) params.query = Object.fromEntries(new URLSearchParams(search));
  const init: string[] = [];
  if (Object.keys(params).length > 0) init.push(`params: ${JSON.stringify(params)}`);
  if (request.body !== undefined) init.push(`body: ${JSON.stringify(shorten(request.body), null, 2).replace(/\n/g, '\n  ')}`);
  if (request.files?.length) {
    init.push(`body: { ${request.files.join(', ')} } as never`);
    init.push(
      `bodySerializer: (parts: Record<string, Blob>) => { const form = new FormData(); for (const [name, file] of Object.entries(parts)) form.append(name, file); return form; }`,
    );
  }
  return [
    `import { createClient, waitForJob } from './clients/typescript/index.js';`,
    ``,
    `const client = createClient({ baseUrl: ${JSON.stringify(origin)}, apiKey: process.env.VISION_STUDIO_KEY! });`,
    `const { data, error } = await client.${request.method}(${JSON.stringify(template)}${init.length ? `, {\n  ${init.join(',\n  ')},\n}` : ''});`,
    `if (error) throw new Error(JSON.stringify(error));`,
    `// An answer still running names its job: await waitForJob(client, data.result.task_id)`,
  ].join('\n');
}
