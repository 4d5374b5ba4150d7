// The LLM slice end to end: /api/v1/prompt/... and /api/v1/caption/... → gateway (direct
// handlers) → official SDKs → OpenAI twin (chat completions with strict json_schema) or the
// Google twin in Gemini API mode (generateContent with responseJsonSchema, x-goog-api-key), on
// real loopback ports. Media come from a loopback media server; the video is a real MP4 made
// with ffmpeg.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { IMAGE_CAPTION_SYSTEM, PROMPT_SYSTEM, VIDEO_CAPTION_SYSTEM } from '../src/providers/llm/prompts.js';
import { samplePng, startGoogleTwin, startOpenAITwin } from './support/twins.js';
import { testApp } from './support/app.js';
import { asKey } from './support/http.js';

const KEY = 'llm-test-key-0123456789';
const GEMINI_KEY = 'gemini-twin-key-0123456789';

type Twin = Awaited<ReturnType<typeof startOpenAITwin>>;

const logs: string[] = [];
const answers: string[] = [];
const closers: (() => Promise<unknown>)[] = [];

async function gateway(env: Record<string, string>): Promise<FastifyInstance> {
  const t = await testApp({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'debug', VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1', ...env }, {}, { logs });
  closers.push(() => t.close());
  return t.app;
}

const { post } = asKey(KEY, (response) => answers.push(response.body));

const chatCalls = (t: Twin) => t.calls.filter((c) => c.path === '/v1/chat/completions');
const lastChat = (t: Twin) => chatCalls(t).at(-1)!.body as any;

describe('LLM prompt writing and captioning', () => {
  let openai: Twin;
  let google: Awaited<ReturnType<typeof startGoogleTwin>>;
  let geminiEnv: Record<string, string>;
  let openaiOnly: FastifyInstance;
  let both: FastifyInstance;
  let media: Server;
  let mediaUrl: string;
  let photo: Buffer;
  let clip: Buffer;

  before(async () => {
    openai = await startOpenAITwin();
    closers.push(() => openai.app.close());
    google = await startGoogleTwin({ apiKey: GEMINI_KEY });
    closers.push(() => google.close());
    // Gemini API mode only: the key and the base URL (no Vertex settings).
    geminiEnv = { GEMINI_API_KEY: GEMINI_KEY, GOOGLE_GENAI_BASE_URL: google.url };
    openaiOnly = await gateway(openai.env);
    both = await gateway({ ...openai.env, ...geminiEnv });
    photo = await samplePng(64, 48);
    const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-clip-'));
    const made = spawnSync(ffmpeg.path, [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=4:size=160x120:rate=10',
      '-pix_fmt',
      'yuv420p',
      '-c:v',
      'libx264',
      '-movflags',
      '+faststart',
      path.join(dir, 'clip.mp4'),
    ]);
    assert.equal(made.status, 0, String(made.stderr));
    clip = await readFile(path.join(dir, 'clip.mp4'));
    await rm(dir, { recursive: true, force: true });
    media = createServer((req, res) => {
      const files: Record<string, [string, Buffer]> = {
        '/photo.png': ['image/png', photo],
        '/clip.mp4': ['video/mp4', clip],
        '/page.html': ['text/html', Buffer.from('<html><body>hi</body></html>')],
      };
      const file = files[req.url ?? ''];
      if (!file) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0] });
      res.end(file[1]);
    });
    await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
    mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
  });

  after(async () => {
    for (const close of closers.reverse()) await close();
    await new Promise((resolve) => media?.close(resolve));
    for (const text of [...logs, ...answers]) {
      assert.ok(!text.includes(openai.apiKey), 'the OpenAI key leaked');
      assert.ok(!text.includes(GEMINI_KEY), 'the Gemini key leaked');
    }
  });

  // ---- the six prompt operations on OpenAI -------------------------------------------------------

  it('enhance-prompt (OpenAI): strict json_schema chat completion, temperature passed through', async () => {
    const response = await post(openaiOnly, '/api/v1/prompt/enhance-prompt', { prompt: 'A mountain landscape with a lake', temperature: 0.3 });
    assert.equal(response.statusCode, 200, response.body);
    const { status, result } = response.json();
    assert.equal(status, 'success');
    assert.match(result.prompt, /A mountain landscape with a lake, rendered as a professional photograph/);
    assert.deepEqual(result.metadata, { original_prompt: 'A mountain landscape with a lake', model_provider: 'openai', model: 'gpt-4.1-mini', temperature: 0.3 });
    const sent = lastChat(openai);
    assert.equal(chatCalls(openai).at(-1)!.headers.authorization, `Bearer ${openai.apiKey}`);
    assert.equal(sent.model, 'gpt-4.1-mini');
    assert.equal(sent.temperature, 0.3);
    assert.ok(!('reasoning_effort' in sent), 'a GPT-4 model takes no reasoning_effort');
    assert.deepEqual(sent.messages[0], { role: 'system', content: PROMPT_SYSTEM.enhance_prompt });
    assert.deepEqual(sent.messages[1].content, [{ type: 'text', text: 'Prompt to enhance: "A mountain landscape with a lake"' }]);
    assert.equal(sent.response_format.type, 'json_schema');
    assert.equal(sent.response_format.json_schema.strict, true);
    assert.deepEqual(sent.response_format.json_schema.schema.required, ['prompt']);
  });

  const promptOps = [
    ['adapt-background-prompt', 'adapt_background_prompt', { audience: 'families', location: 'Paris' }],
    ['generate-background-prompt', 'generate_background_prompt', { audience: 'seniors', location: 'Japan' }],
    ['generate-image-prompt', 'generate_image_prompt', { audience: 'young adults', location: 'Morocco' }],
    ['adapt-subject-prompt', 'adapt_subject_prompt', { subject: 'cat', audience: 'children', location: 'Tokyo' }],
    ['generate-subject-pose-prompt', 'generate_subject_pose_prompt', { subject: 'dog' }],
  ] as const;
  for (const [path, purpose, body] of promptOps) {
    it(`${path} (OpenAI): its own system prompt, default temperature 0.7`, async () => {
      const response = await post(openaiOnly, `/api/v1/prompt/${path}`, body);
      assert.equal(response.statusCode, 200, response.body);
      const { result } = response.json();
      assert.ok(typeof result.prompt === 'string' && result.prompt.length > 20, result.prompt);
      assert.deepEqual(result.metadata, { ...body, model_provider: 'openai', model: 'gpt-4.1-mini', temperature: 0.7 });
      const sent = lastChat(openai);
      assert.equal(sent.messages[0].content, PROMPT_SYSTEM[purpose]);
      assert.equal(sent.temperature, 0.7);
      assert.equal(sent.response_format.json_schema.name, purpose);
      for (const value of Object.values(body)) assert.ok(sent.messages[1].content[0].text.includes(JSON.stringify(value)));
    });
  }

  // ---- captions on OpenAI ------------------------------------------------------------------------

  it('caption/image simple (OpenAI): the fetched image goes as a data URL; the caption comes back', async () => {
    const response = await post(openaiOnly, '/api/v1/caption/image', { image_url: `${mediaUrl}/photo.png`, possible_tags: null });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    // The twin's "model" reads the image: its size and mean colour (white with a red square → pink).
    assert.match(result.caption, /landscape 64x48 image dominated by pink tones/);
    assert.deepEqual(result.metadata, { mode: 'simple', model_provider: 'openai', model: 'gpt-4.1-mini', width: 64, height: 48 });
    const sent = lastChat(openai);
    assert.equal(sent.messages[0].content, IMAGE_CAPTION_SYSTEM.simple);
    const image = sent.messages[1].content.find((p: any) => p.type === 'image_url');
    assert.equal(image.image_url.url, `data:image/png;base64,${photo.toString('base64')}`);
  });

  it('caption/image expert and image_tagging with possible_tags (OpenAI)', async () => {
    const expert = await post(openaiOnly, '/api/v1/caption/image', { image_url: `${mediaUrl}/photo.png`, mode: 'expert', possible_tags: null });
    assert.equal(expert.statusCode, 200, expert.body);
    assert.equal(lastChat(openai).messages[0].content, IMAGE_CAPTION_SYSTEM.expert);
    assert.ok(expert.json().result.caption.length > 10);

    const possible = ['nature', 'landscape', 'city', 'architecture', 'red', 'white'];
    const tagged = await post(openaiOnly, '/api/v1/caption/image', { image_url: `${mediaUrl}/photo.png`, mode: 'image_tagging', nbr_tags: 3, possible_tags: possible });
    assert.equal(tagged.statusCode, 200, tagged.body);
    const { result } = tagged.json();
    assert.equal(result.tags.length, 3);
    assert.ok(
      result.tags.every((t: string) => possible.includes(t)),
      JSON.stringify(result.tags),
    );
    assert.equal(result.metadata.nbr_tags, 3);
    const sent = lastChat(openai);
    assert.deepEqual(sent.response_format.json_schema.schema.properties.tags.items.enum, possible);
    assert.match(sent.messages[1].content.at(-1).text, /exactly 3 tags/);
  });

  it('caption/video (OpenAI): frames sampled with ffmpeg, segments with timestamps inside the video', async () => {
    const response = await post(openaiOnly, '/api/v1/caption/video', { video_url: `${mediaUrl}/clip.mp4`, mode: 'segment_timestamps' });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.deepEqual({ ...result.metadata }, { mode: 'segment_timestamps', model_provider: 'openai', model: 'gpt-4.1-mini', duration_seconds: 4, input: 'frames', frames: 4 });
    assert.ok(result.segments.length >= 1);
    for (const s of result.segments) {
      assert.ok(s.start_seconds >= 0 && s.end_seconds <= 4 && s.start_seconds <= s.end_seconds, JSON.stringify(s));
      assert.match(s.start_time, /^\d\d:\d\d:\d\d\.\d{3}$/);
      assert.equal(typeof s.caption, 'string');
    }
    const sent = lastChat(openai);
    assert.equal(sent.messages[0].content, VIDEO_CAPTION_SYSTEM.segment_timestamps);
    const frames = sent.messages[1].content.filter((p: any) => p.type === 'image_url');
    assert.equal(frames.length, 4);
    for (const frame of frames) {
      const jpeg = Buffer.from(frame.image_url.url.replace(/^data:image\/jpeg;base64,/, ''), 'base64');
      const meta = await sharp(jpeg).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 160, 120]);
    }
    const labels = sent.messages[1].content.filter((p: any) => p.type === 'text').map((p: any) => p.text);
    assert.deepEqual(labels.slice(1), ['Frame 1 at t=0.50s:', 'Frame 2 at t=1.50s:', 'Frame 3 at t=2.50s:', 'Frame 4 at t=3.50s:']);
  });

  it('caption/video tagging (OpenAI): nbr_tags tags', async () => {
    const response = await post(openaiOnly, '/api/v1/caption/video', { video_url: `${mediaUrl}/clip.mp4`, mode: 'tagging', nbr_tags: 4 });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().result.tags.length, 4);
  });

  // ---- Gemini ------------------------------------------------------------------------------------

  it('enhance-prompt (Gemini): generateContent with responseJsonSchema, temperature and the system prompt', async () => {
    const response = await post(both, '/api/v1/prompt/enhance-prompt', { prompt: 'A cozy coffee shop interior', temperature: 1.4, model_provider: 'gemini' });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.ok(typeof result.prompt === 'string' && result.prompt.length >= 3, result.prompt);
    assert.equal(result.metadata.model_provider, 'gemini');
    assert.equal(result.metadata.model, 'gemini-3.5-flash');
    const call = google.calls.at(-1)! as { path: string; headers: Record<string, unknown>; body: any };
    assert.equal(call.path, '/v1beta/models/gemini-3.5-flash:generateContent');
    assert.equal(call.headers['x-goog-api-key'], GEMINI_KEY);
    assert.equal(call.body.generationConfig.temperature, 1.4);
    assert.equal(call.body.generationConfig.responseMimeType, 'application/json');
    assert.deepEqual(call.body.generationConfig.responseJsonSchema.required, ['prompt']);
    assert.equal(call.body.systemInstruction.parts[0].text, PROMPT_SYSTEM.enhance_prompt);
  });

  it('prompt writing and captioning (Gemini) work on a Vertex-only Google configuration', async () => {
    // GOOGLE_CLOUD_PROJECT/LOCATION/APPLICATION_CREDENTIALS only: no GEMINI_API_KEY, no OpenAI.
    const { GEMINI_API_KEY: _none, ...vertexOnly } = google.env;
    const vertex = await gateway(vertexOnly);
    try {
      const enhanced = await post(vertex, '/api/v1/prompt/enhance-prompt', { prompt: 'A cozy coffee shop interior', model_provider: 'gemini' });
      assert.equal(enhanced.statusCode, 200, enhanced.body);
      assert.equal(enhanced.json().result.metadata.model_provider, 'gemini');
      const call = google.calls.at(-1)! as { path: string; headers: Record<string, unknown> };
      assert.match(call.path, /^\/v1beta1\/projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/gemini-3\.5-flash:generateContent$/);
      assert.match(String(call.headers.authorization), /^Bearer /);
      const caption = await post(vertex, '/api/v1/caption/image', { image_url: `${mediaUrl}/photo.png`, model_provider: 'gemini', mode: 'simple', possible_tags: null });
      assert.equal(caption.statusCode, 200, caption.body);
      const health = (await vertex.inject({ method: 'GET', url: '/health' })).json().result;
      assert.equal(health.providers.llm, 'configured');
    } finally {
      await vertex.close();
    }
  });

  it('caption/image (Gemini): the image as an inlineData part', async () => {
    const response = await post(both, '/api/v1/caption/image', {
      image_url: `${mediaUrl}/photo.png`,
      model_provider: 'gemini',
      mode: 'image_tagging',
      nbr_tags: 2,
      possible_tags: null,
    });
    assert.equal(response.statusCode, 200, response.body);
    const { tags } = response.json().result;
    assert.ok(tags.length >= 1 && tags.length <= 2, JSON.stringify(tags));
    const parts = (google.calls.at(-1)!.body as any).contents[0].parts;
    assert.deepEqual(parts[0], { inlineData: { mimeType: 'image/png', data: photo.toString('base64') } });
  });

  it('caption/video (Gemini, preferred when configured): the video inline; per-segment tags', async () => {
    const calls = chatCalls(openai).length;
    const response = await post(both, '/api/v1/caption/video', { video_url: `${mediaUrl}/clip.mp4`, mode: 'segment_timestamps_tags', nbr_tags: 2 });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.equal(result.metadata.model_provider, 'gemini');
    assert.equal(result.metadata.input, 'video');
    assert.ok(result.segments.length >= 1);
    for (const s of result.segments) {
      assert.ok(s.end_seconds <= 4);
      assert.ok(Array.isArray(s.tags) && s.tags.length <= 2);
    }
    const parts = (google.calls.at(-1)!.body as any).contents[0].parts;
    assert.deepEqual(parts[0], { inlineData: { mimeType: 'video/mp4', data: clip.toString('base64') } });
    assert.match(parts[1].text, /video duration: 4\.0 s/);
    assert.equal(chatCalls(openai).length, calls, 'OpenAI was not asked');
  });

  // ---- failures ----------------------------------------------------------------------------------

  it('structured output that does not parse is asked for once more', async () => {
    openai.settings.malformedStructuredOutputs = 1;
    const calls = chatCalls(openai).length;
    const response = await post(openaiOnly, '/api/v1/prompt/enhance-prompt', { prompt: 'Professional headshot of a business person' });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(chatCalls(openai).length, calls + 2);
  });

  it('structured output that fails twice is a 502 with the reason', async () => {
    openai.settings.malformedStructuredOutputs = 2;
    const calls = chatCalls(openai).length;
    const response = await post(openaiOnly, '/api/v1/prompt/generate-subject-pose-prompt', { subject: 'horse' });
    assert.equal(response.statusCode, 502, response.body);
    const body = response.json();
    assert.match(body.detail, /unusable structured output twice: the answer is not valid JSON/);
    assert.equal(body.provider, 'openai');
    assert.equal(chatCalls(openai).length, calls + 2, 'exactly one retry');
    assert.equal(openai.settings.malformedStructuredOutputs, 0);
  });

  it('a model_provider without credentials is a 503 naming the variable', async () => {
    const noGemini = await post(openaiOnly, '/api/v1/prompt/enhance-prompt', { prompt: 'A quiet beach', model_provider: 'gemini' });
    assert.equal(noGemini.statusCode, 503, noGemini.body);
    assert.match(noGemini.json().detail, /GEMINI_API_KEY/);
    const geminiOnly = await gateway(geminiEnv);
    const noOpenAI = await post(geminiOnly, '/api/v1/caption/image', { image_url: `${mediaUrl}/photo.png`, possible_tags: null });
    assert.equal(noOpenAI.statusCode, 503, noOpenAI.body);
    assert.match(noOpenAI.json().detail, /OPENAI_API_KEY/);
    const nothing = await gateway({});
    const neither = await post(nothing, '/api/v1/caption/video', { video_url: `${mediaUrl}/clip.mp4` });
    assert.equal(neither.statusCode, 503);
    assert.match(neither.json().detail, /OPENAI_API_KEY, GEMINI_API_KEY, or GOOGLE_CLOUD_PROJECT/);
  });

  it('upstream 429 is a 429 with Retry-After; a refused key is a 502 naming the variable', async () => {
    const limited = await post(openaiOnly, '/api/v1/prompt/enhance-prompt', { prompt: 'insufficient-quota please' });
    assert.equal(limited.statusCode, 429, limited.body);
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    const wrongKeys = await gateway({ ...openai.env, OPENAI_API_KEY: 'sk-wrong-0000000000', GEMINI_API_KEY: 'wrong-gemini-key', GOOGLE_GENAI_BASE_URL: google.url });
    const refused = await post(wrongKeys, '/api/v1/prompt/enhance-prompt', { prompt: 'A red barn' });
    assert.equal(refused.statusCode, 502, refused.body);
    assert.match(refused.json().detail, /OPENAI_API_KEY/);
    assert.equal(refused.json().upstream_status, 401);
    const refusedGemini = await post(wrongKeys, '/api/v1/prompt/enhance-prompt', { prompt: 'A red barn', model_provider: 'gemini' });
    assert.equal(refusedGemini.statusCode, 502, refusedGemini.body);
    assert.match(refusedGemini.json().detail, /GEMINI_API_KEY/);
    // Gemini's 429 RESOURCE_EXHAUSTED carries its delay in a google.rpc.RetryInfo detail.
    const exhausted = await startGoogleTwin({ apiKey: GEMINI_KEY, ratePerMinute: 0 });
    closers.push(() => exhausted.close());
    const busy = await gateway({ GEMINI_API_KEY: GEMINI_KEY, GOOGLE_GENAI_BASE_URL: exhausted.url });
    const limitedGemini = await post(busy, '/api/v1/prompt/enhance-prompt', { prompt: 'A red barn', model_provider: 'gemini' });
    assert.equal(limitedGemini.statusCode, 429, limitedGemini.body);
    assert.ok(Number(limitedGemini.headers['retry-after']) >= 1);
    assert.equal(limitedGemini.json().provider, 'gemini');
  });

  it('bad media is a 422 at the field, before any model call', async () => {
    const calls = chatCalls(openai).length;
    const notImage = await post(openaiOnly, '/api/v1/caption/image', { image_url: `${mediaUrl}/page.html`, possible_tags: null });
    assert.equal(notImage.statusCode, 422, notImage.body);
    assert.deepEqual(notImage.json().detail[0].loc, ['body', 'image_url']);
    assert.match(notImage.json().detail[0].msg, /HTML page/);
    const notVideo = await post(openaiOnly, '/api/v1/caption/video', { video_url: `${mediaUrl}/photo.png` });
    assert.equal(notVideo.statusCode, 422, notVideo.body);
    assert.deepEqual(notVideo.json().detail[0].loc, ['body', 'video_url']);
    const gone = await post(openaiOnly, '/api/v1/caption/video', { video_url: `${mediaUrl}/missing.mp4` });
    assert.equal(gone.statusCode, 422, gone.body);
    assert.equal(chatCalls(openai).length, calls);
  });

  it('OPENAI_LLM_MODEL and GEMINI_LLM_MODEL pick the models; a reasoning model is sent effort none with the temperature; a malformed name is a config error', async () => {
    const configured = await gateway({ ...openai.env, ...geminiEnv, OPENAI_LLM_MODEL: 'gpt-6-luna', GEMINI_LLM_MODEL: 'gemini-3.5-flash-lite' });
    const viaOpenai = await post(configured, '/api/v1/prompt/enhance-prompt', { prompt: 'A quiet harbour', temperature: 1.6 });
    assert.equal(viaOpenai.statusCode, 200, viaOpenai.body);
    assert.equal(viaOpenai.json().result.metadata.model, 'gpt-6-luna');
    const sent = lastChat(openai);
    assert.equal(sent.model, 'gpt-6-luna');
    assert.equal(sent.temperature, 1.6);
    // GPT-6 reasons unless told not to, and then refuses any temperature but 1.
    assert.equal(sent.reasoning_effort, 'none');

    const viaGemini = await post(configured, '/api/v1/prompt/enhance-prompt', { prompt: 'A quiet harbour', model_provider: 'gemini' });
    assert.equal(viaGemini.statusCode, 200, viaGemini.body);
    assert.equal(viaGemini.json().result.metadata.model, 'gemini-3.5-flash-lite');
    assert.equal(google.calls.at(-1)!.path, '/v1beta/models/gemini-3.5-flash-lite:generateContent');

    await assert.rejects(gateway({ ...openai.env, OPENAI_LLM_MODEL: 'gpt 6 luna' }), /openai\/llmModel/);
    await assert.rejects(gateway({ ...openai.env, GEMINI_LLM_MODEL: 'models/../x' }), /google\/llmModel/);
  });

  it('a default model the provider no longer has: the call goes to the next (gpt-6-luna at effort none; gemini-2.5-flash), and the answer names it', async () => {
    const newer = await startOpenAITwin({ withoutModels: ['gpt-4.1-mini'] });
    const older = await startGoogleTwin({ apiKey: GEMINI_KEY, withoutModels: ['gemini-3.5-flash'] });
    closers.push(
      () => newer.app.close(),
      () => older.close(),
    );
    const app = await gateway({ ...newer.env, GEMINI_API_KEY: GEMINI_KEY, GOOGLE_GENAI_BASE_URL: older.url });
    const viaOpenai = await post(app, '/api/v1/caption/image', { image_url: `${mediaUrl}/photo.png`, possible_tags: null });
    assert.equal(viaOpenai.statusCode, 200, viaOpenai.body);
    assert.equal(viaOpenai.json().result.metadata.model, 'gpt-6-luna');
    const sent = chatCalls(newer).map((c) => [(c.body as any).model, (c.body as any).reasoning_effort, c.status]);
    assert.deepEqual(sent, [
      ['gpt-4.1-mini', undefined, 404],
      ['gpt-6-luna', 'none', 200],
    ]);
    const viaGemini = await post(app, '/api/v1/prompt/enhance-prompt', { prompt: 'A quiet harbour', model_provider: 'gemini', temperature: 0.2 });
    assert.equal(viaGemini.statusCode, 200, viaGemini.body);
    assert.equal(viaGemini.json().result.metadata.model, 'gemini-2.5-flash');
    assert.deepEqual(
      older.calls.map((c) => [c.path, c.status]),
      [
        ['/v1beta/models/gemini-3.5-flash:generateContent', 404],
        ['/v1beta/models/gemini-2.5-flash:generateContent', 200],
      ],
    );
  });

  it("the OpenAI twin holds reasoning models to OpenAI's rules: temperature only at effort none, no effort on GPT-4", async () => {
    const chat = async (fields: Record<string, unknown>) => {
      const response = await fetch(`${openai.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${openai.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }], ...fields }),
      });
      return { status: response.status, error: ((await response.json()) as { error?: { param?: string; code?: string } }).error };
    };
    assert.deepEqual(await chat({ model: 'gpt-6-luna', temperature: 0.3, reasoning_effort: 'none' }), { status: 200, error: undefined });
    const reasoning = await chat({ model: 'gpt-6-luna', temperature: 0.3 });
    assert.deepEqual([reasoning.status, reasoning.error?.param, reasoning.error?.code], [400, 'temperature', 'unsupported_value']);
    const noNone = await chat({ model: 'o3', reasoning_effort: 'none' });
    assert.deepEqual([noNone.status, noNone.error?.param, noNone.error?.code], [400, 'reasoning_effort', 'unsupported_value']);
    const sampling = await chat({ model: 'gpt-4.1-mini', reasoning_effort: 'none' });
    assert.deepEqual([sampling.status, sampling.error?.param, sampling.error?.code], [400, 'reasoning_effort', 'unsupported_parameter']);
    const shutDown = await chat({ model: 'o4-mini' });
    assert.deepEqual([shutDown.status, shutDown.error?.code], [404, 'model_not_found']);
  });
});
