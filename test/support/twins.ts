// Starts provider twins on real loopback ports for a test.
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { createBriaTwin, type BriaTwin, type BriaTwinOptions } from '../../src/providers/bria/twin.js';
import { installFaults, type TwinFaults } from '../../src/providers/twin-faults.js';

export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

export async function startBriaTwin(options: Partial<BriaTwinOptions> = {}): Promise<BriaTwin & { url: string; token: string; faults: TwinFaults }> {
  const token = options.token ?? 'bria-twin-token';
  const twin = createBriaTwin({ processingMs: 150, ...options, token });
  const faults = installFaults(twin.app);
  return { ...twin, faults, url: await listen(twin.app), token };
}

/** A real PNG: a red square on a white background. */
export async function samplePng(width = 64, height = 48): Promise<Buffer> {
  const square = await sharp({ create: { width: width / 2, height: height / 2, channels: 3, background: '#d00' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#fff' } })
    .composite([{ input: square, left: width / 4, top: height / 4 }])
    .png()
    .toBuffer();
}
