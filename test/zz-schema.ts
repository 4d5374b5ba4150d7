import { testApp } from './support/app.js';
const t = await testApp({ VISION_STUDIO_SANDBOX: '1', VISION_STUDIO_LOG_LEVEL: 'warn' });
const doc = t.app.openapi as any;
const want = process.argv.slice(2);
const deref = (s: any): any => s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s;
for (const [path, item] of Object.entries<any>(doc.paths)) for (const [m, op] of Object.entries<any>(item)) {
  if (!want.some((w) => path.includes(w))) continue;
  const s = deref(op.requestBody?.content?.['application/json']?.schema);
  if (!s) continue;
  console.log('==', m.toUpperCase(), path, 'required:', s.required);
  for (const [k, v] of Object.entries<any>(s.properties ?? {})) console.log('  ', k, JSON.stringify(v).slice(0, 260));
}
await t.close();
