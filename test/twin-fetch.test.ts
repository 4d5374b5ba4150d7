// Twins fetch the URLs they are given with exactly the gateway's SSRF policy, through the one
// shared fetch (src/twins/kit/fetch.ts): loopback is refused — without a connection being
// made — unless the gateway allows private networks, in which case every twin may reach it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { loadConfig } from '../src/config.js';
import { createRunwayTwin } from '../src/twins/runway/index.js';
import { startSandbox, type Sandbox } from '../src/sandbox.js';
import { listen } from './support/twins.js';

/** A loopback server that answers a PNG over http and counts the connections it was sent. */
async function imageServer(): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a6' } })
    .png()
    .toBuffer();
  let connections = 0;
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png));
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}`, connections: () => connections, close: () => new Promise((r) => server.close(() => r())) };
}

/** BRIA's remove_background on the sandbox's BRIA twin, with an image URL for the twin to fetch. */
async function briaRemoveBackground(sandbox: Sandbox, image: string): Promise<Response> {
  const { baseUrl, apiToken } = sandbox.config.providers.bria;
  return fetch(`${baseUrl}/v2/image/edit/remove_background`, {
    method: 'POST',
    headers: { api_token: apiToken!, 'content-type': 'application/json' },
    body: JSON.stringify({ image, sync: true }),
  });
}

describe('sandbox twins follow VISION_STUDIO_ALLOW_PRIVATE_NETWORK', () => {
  let images: Awaited<ReturnType<typeof imageServer>>;
  before(async () => (images = await imageServer()));
  after(() => images.close());

  it('reach a loopback URL when the gateway allows private networks', async () => {
    const sandbox = await startSandbox(loadConfig({ VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1' }));
    try {
      const response = await briaRemoveBackground(sandbox, `${images.url}/a.png`);
      assert.equal(response.status, 200, await response.clone().text());
      assert.ok(images.connections() > 0);
    } finally {
      await sandbox.close();
    }
  });

  it('refuse it, without connecting, when the gateway does not', async () => {
    const before = images.connections();
    const sandbox = await startSandbox(loadConfig({}));
    try {
      const response = await briaRemoveBackground(sandbox, `${images.url}/a.png`);
      assert.ok(response.status >= 400 && response.status < 500, `got ${response.status}`);
      assert.equal(images.connections(), before, 'the twin connected to a loopback address');
    } finally {
      await sandbox.close();
    }
  });
});

describe("Runway's twin applies the gateway's policy to the https URLs it fetches", () => {
  let probe: net.Server;
  let probed = 0;
  let runwayUrl: string;
  let close: () => Promise<void>;
  before(async () => {
    // Any connection here is a fetch the policy should have stopped (localhost resolves to loopback).
    probe = net.createServer((socket) => {
      probed++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const twin = createRunwayTwin({ secret: 'runway-twin-secret-0123456789' });
    runwayUrl = await listen(twin.app);
    close = () => twin.app.close();
  });
  after(async () => {
    await close();
    probe.close();
  });

  it('refuses https://localhost/… without connecting (public addresses only, as the gateway)', async () => {
    const { port } = probe.address() as net.AddressInfo;
    const response = await fetch(`${runwayUrl}/v1/image_to_video`, {
      method: 'POST',
      headers: { authorization: 'Bearer runway-twin-secret-0123456789', 'x-runway-version': '2024-11-06', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gen4_turbo', promptImage: `https://localhost:${port}/a.png`, ratio: '1280:720', duration: 5 }),
    });
    assert.equal(response.status, 400);
    assert.match(JSON.stringify(await response.json()), /Failed to fetch/);
    assert.equal(probed, 0, 'the twin connected to a loopback address');
  });
});
