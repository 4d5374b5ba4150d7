// `node --import ./test/support/record-modules.mjs …` writes the URL of every module the process
// resolved through `import` (static or dynamic) to $RECORD_MODULES_FILE when it exits, one a line.
// Plain JavaScript: module hooks run on their own thread, before any TypeScript loader.
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  port.postMessage(resolved.url);
  return resolved;
}`;

const urls = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => urls.push(url));
// The recording must not keep the process alive.
port1.unref();
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });
process.on('exit', () => writeFileSync(process.env.RECORD_MODULES_FILE, urls.join('\n')));
