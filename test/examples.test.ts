// Every example the served document carries works (issue #15): each validates against its
// schema, none points at a third-party host, and each operation's body example, sent as it is
// to a sandbox gateway, succeeds (its job too).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { until } from './support/until.js';
import { SAMPLE_LORA } from '../src/contract/examples.js';
import { withUniform } from '../src/jobs/http.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

type Schema = Record<string, any>;

describe('the served examples', () => {
  let t: TestApp;
  let doc: any;
  /** The finished job of each job operation's example, by path (from the sandbox run). */
  let finishedJobs: Map<string, any> | undefined;
  before(async () => {
    t = await testApp({ VISION_STUDIO_SANDBOX: '1', VISION_STUDIO_POLL_INITIAL_MS: '20', VISION_STUDIO_POLL_MAX_MS: '100', VISION_STUDIO_LOG_LEVEL: 'warn' });
    doc = t.app.openapi;
  });
  after(() => t.close());

  /** Every schema with `examples`, and every body example, with where it is. */
  function examples(): { where: string; schema: Schema; value: unknown }[] {
    const found: { where: string; schema: Schema; value: unknown }[] = [];
    const walk = (value: unknown, where: string) => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${where}/${i}`));
      if (!value || typeof value !== 'object') return;
      const schema = value as Schema;
      if (Array.isArray(schema.examples) && (schema.type || schema.anyOf || schema.oneOf || schema.$ref || schema.properties)) {
        const { examples: list, ...rest } = schema;
        for (const example of list) found.push({ where, schema: rest, value: example });
      }
      for (const [key, v] of Object.entries(schema)) if (key !== 'examples' && key !== 'example') walk(v, `${where}/${key}`);
    };
    walk(doc.paths, '#/paths');
    walk(doc.components, '#/components');
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const content = op.requestBody?.content?.['application/json'];
        if (content?.example !== undefined) found.push({ where: `${method.toUpperCase()} ${path} body`, schema: content.schema, value: content.example });
      }
    }
    return found;
  }

  it('validate against their schemas and name no third-party host', () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const resolved = (schema: Schema) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/'));
    const failures: string[] = [];
    const all = examples();
    for (const { where, schema, value } of all) {
      const validate = ajv.compile(resolved(schema));
      if (!validate(value)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
    }
    assert.deepEqual(failures, []);
    const hosts = JSON.stringify(all.map((e) => e.value)).match(/https?:\/\/[^"/]+/g) ?? [];
    assert.deepEqual(hosts, []);
    console.log(`${all.length} examples validate against their schemas`);
  });

  it("succeed in sandbox mode, each operation's body example sent as it is", async () => {
    const operations = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
      Object.entries<any>(item).flatMap(([method, op]) => {
        const example = op.requestBody?.content?.['application/json']?.example;
        return example === undefined ? [] : [{ method: method.toUpperCase(), path, example }];
      }),
    );
    // Over HTTP: the twins of providers that only take URLs fetch the gateway's links to the samples.
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const call = async (method: string, path: string, body?: unknown) => {
      const answer = await fetch(`${base}${path}`, {
        method,
        headers: { 'x-api-key': TEST_KEY, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: answer.status, type: answer.headers.get('content-type') ?? '', text: await answer.text() };
    };
    const failures: string[] = [];
    const results = new Map<string, unknown>();
    let succeeded = 0;
    const run = async ({ method, path, example }: { method: string; path: string; example: Record<string, unknown> }) => {
      // A path's parameters are the body's fields of the same name (the reference repeats them there).
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(example[name])));
      const answer = await call(method, url, example);
      if (answer.status !== 200) return void failures.push(`${method} ${path}: ${answer.status} ${answer.text.slice(0, 300)}`);
      // /v1/audio/speech answers with the audio itself.
      const result = answer.type.startsWith('application/json') ? JSON.parse(answer.text).result : undefined;
      const taskId = result?.task_id;
      if (taskId) {
        const job = await until(
          async () => {
            const view = JSON.parse((await call('GET', `/api/v1/jobs/${taskId}`)).text).result;
            return ['succeeded', 'failed', 'canceled', 'expired'].includes(view.state) ? view : undefined;
          },
          `${path} job`,
          120_000,
        );
        if (job.state !== 'succeeded') return void failures.push(`${method} ${path}: job ${job.state} ${JSON.stringify(job.error)}`);
        results.set(path, job);
      }
      succeeded++;
    };
    // The LoRA examples follow one another (src/contract/examples.ts), in a fresh sandbox: first,
    // in their order, with the model's training (no body) before generating.
    const lora = [
      '/api/v1/bria-lora/projects',
      '/api/v1/bria-lora/projects/{project_id}',
      '/api/v1/bria-lora/datasets',
      '/api/v1/bria-lora/datasets/{dataset_id}/images',
      '/api/v1/bria-lora/datasets/{dataset_id}/images/{image_id}/caption',
      '/api/v1/bria-lora/datasets/{dataset_id}',
      '/api/v1/bria-lora/models',
      '/api/v1/bria-lora/models/{model_id}',
    ];
    for (const path of lora) {
      const operation = operations.find((o) => o.path === path);
      assert.ok(operation, `${path} has a body example`);
      await run(operation);
    }
    const training = await call('POST', `/api/v1/bria-lora/models/${SAMPLE_LORA.model}/training/start`);
    assert.equal(training.status, 200, `${training.text}\n${failures.join('\n')}`);
    await until(async () => JSON.parse((await call('GET', `/api/v1/bria-lora/models/${SAMPLE_LORA.model}`)).text).result?.status === 'Completed' || undefined, 'training', 30_000);
    const rest = operations.filter((o) => !lora.includes(o.path));
    // A few at a time: the twins run in this process.
    for (let i = 0; i < rest.length; i += 4) await Promise.all(rest.slice(i, i + 4).map(run));
    finishedJobs = results;
    console.log(`sandbox: ${succeeded} of ${operations.length} body examples succeeded`);
    for (const failure of failures) console.log(`  failed: ${failure}`);
    assert.equal(succeeded, operations.length, failures.join('\n'));
    assert.ok(operations.length >= 60, `only ${operations.length} operations have a body example`);
  });

  it('finish with results their documented schemas describe, the provider part closed', () => {
    assert.ok(finishedJobs, 'the sandbox run came first');
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const failures: string[] = [];
    let checked = 0;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      const job = finishedJobs.get(path);
      if (!job) continue;
      const schema = item.post.responses['200'].content['application/json'].schema.properties.result;
      if (schema.additionalProperties !== false) {
        failures.push(`${path}: the result's provider part is not a closed schema`);
        continue;
      }
      const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')));
      // The answer a caller gets once the job succeeded (jobAnswer): the provider's fields beside the uniform part.
      const answered = withUniform(job.result, { task_id: job.task_id, outputs: job.outputs });
      if (!validate(answered)) failures.push(`${path} (${job.operation}): ${ajv.errorsText(validate.errors)}`);
      checked++;
    }
    assert.deepEqual(failures, []);
    assert.equal(checked, finishedJobs.size);
    assert.ok(checked >= 50, `only ${checked} job results checked`);
    console.log(`${checked} finished job results match their documented schemas`);
  });
});
