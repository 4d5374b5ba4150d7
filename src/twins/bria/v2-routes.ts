// The BRIA twin's v2 endpoints besides remove_background and status (tests and the labelled
// sandbox only): image edits (one PNG from the input) and video background removal (ffmpeg).
// See checks.ts for the answer shapes and the shared checks.
import type { FastifyRequest } from 'fastify';
import sharp from 'sharp';
import type { BriaTwinKit, TwinRefusal } from './index.js';
import { alphaMask, foreground, removeVideoBackground, rgbaImage, scene, seedOf, sizeFor, VIDEO_PRESETS } from './media.js';
import { decoded, forbidden, refuse, refused, seedFor, shot, VIDEO_COLORS } from './checks.js';

export function registerV2Routes(kit: BriaTwinKit): void {
  const { v2, saveFile } = kit;

  // ---- v2 edit --------------------------------------------------------------------------

  /** A v2 image edit that makes one PNG from the decoded `image`. */
  const edit = (
    path: string,
    make: (input: Buffer, body: Record<string, unknown>, request: FastifyRequest) => Promise<Buffer | TwinRefusal | { png: Buffer; extra: Record<string, unknown> }>,
    required: string[] = ['image'],
  ) =>
    v2(
      path,
      async (body, request) => {
        const input = await decoded(kit, body.image);
        if (refused(input)) return input;
        const made = await make(input, body, request);
        if (refused(made)) return made;
        const [png, extra] = Buffer.isBuffer(made) ? [made, {}] : [made.png, made.extra];
        return { result: { image_url: saveFile(request, png, 'image/png', 'png'), ...extra } };
      },
      { required },
    );

  /** The image cropped to its foreground's box, `padding` px around it (within the image). */
  edit('/v2/image/edit/crop_foreground', async (input, body) => {
    const padding = typeof body.padding === 'number' ? body.padding : 0;
    if (padding < 0) return refuse(400, 'Bad Request', 'padding must not be negative');
    const fg = await foreground(input, body.force_background_detection === true);
    const left = Math.max(0, fg.box.left - padding);
    const top = Math.max(0, fg.box.top - padding);
    const width = Math.min(fg.width, fg.box.left + fg.box.width + padding) - left;
    const height = Math.min(fg.height, fg.box.top + fg.box.height + padding) - top;
    return rgbaImage(fg).extract({ left, top, width, height }).png().toBuffer();
  });

  /** Mask checks shared by erase and gen_fill: readable, and the image's aspect ratio (BRIA's mask rule). */
  const maskFor = async (input: Buffer, body: Record<string, unknown>): Promise<Buffer | TwinRefusal> => {
    if (body.mask_type !== undefined && !['manual', 'automatic'].includes(String(body.mask_type))) return refuse(400, 'Bad Request', 'mask_type must be manual or automatic');
    const mask = await decoded(kit, body.mask);
    if (refused(mask)) return mask;
    const [a, b] = await Promise.all([sharp(input).metadata(), sharp(mask).metadata()]);
    if (Math.abs(a.width! / a.height! - b.width! / b.height!) > 0.01) return refuse(400, 'Bad Request', 'the mask must have the same aspect ratio as the image');
    return sharp(mask).resize(a.width, a.height, { fit: 'fill' }).greyscale().toColourspace('b-w').png().toBuffer();
  };

  /** Fills the mask's white region with `fill`, keeping the rest of the image. */
  const fillMasked = async (input: Buffer, mask: Buffer, fill: Buffer) => {
    const { width, height } = await sharp(input).metadata();
    const size = { width: width!, height: height! };
    // sharp applies removeAlpha late in a pipeline, so the RGB pixels are made first, then the mask joined as alpha.
    const rgb = await sharp(fill).resize(size.width, size.height, { fit: 'fill' }).removeAlpha().raw().toBuffer();
    const alpha = await sharp(mask).extractChannel(0).raw().toBuffer();
    const cut = await sharp(rgb, { raw: { ...size, channels: 3 } })
      .joinChannel(alpha, { raw: { ...size, channels: 1 } })
      .png()
      .toBuffer();
    return sharp(input)
      .composite([{ input: cut }])
      .png()
      .toBuffer();
  };

  /** Erase: the masked region becomes a heavy blur of its surroundings. */
  edit(
    '/v2/image/edit/erase',
    async (input, body) => {
      const mask = await maskFor(input, body);
      if (refused(mask)) return mask;
      return fillMasked(input, mask, await sharp(input).blur(25).png().toBuffer());
    },
    ['image', 'mask'],
  );

  /** Generative fill: the masked region gets a scene seeded by the prompt. */
  edit(
    '/v2/image/edit/gen_fill',
    async (input, body) => {
      if (forbidden(body.prompt)) return refuse(422, 'Unprocessable Entity', 'The prompt did not pass content moderation');
      const mask = await maskFor(input, body);
      if (refused(mask)) return mask;
      const { width, height } = await sharp(input).metadata();
      const seed = seedFor(body, String(body.prompt));
      return { png: await fillMasked(input, mask, await scene(width!, height!, seedOf(`${body.prompt}:${seed}`))), extra: { seed, prompt: body.prompt } };
    },
    ['image', 'mask', 'prompt'],
  );

  /** Erase foreground: the foreground painted over with the background colour. */
  edit('/v2/image/edit/erase_foreground', async (input) => {
    const fg = await foreground(input);
    const [r, g, b] = fg.background;
    const { width, height } = fg;
    const background = await sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer();
    return fillMasked(input, await alphaMask(fg), await sharp(background).blur(1).png().toBuffer());
  });

  /** Blur background: the background blurred by `scale` (1–5), the foreground kept sharp. */
  edit('/v2/image/edit/blur_background', async (input, body) => {
    const scale = body.scale ?? 5;
    if (!Number.isInteger(scale) || (scale as number) < 1 || (scale as number) > 5) return refuse(400, 'Bad Request', 'scale must be an integer from 1 to 5');
    const fg = await foreground(input);
    const blurred = await sharp(input)
      .blur(1 + (scale as number) * 2)
      .png()
      .toBuffer();
    return sharp(blurred)
      .composite([{ input: await rgbaImage(fg).png().toBuffer() }])
      .png()
      .toBuffer();
  });

  /**
   * Expand: `aspect_ratio` (centred, canvas grown to the ratio) or `canvas_size` +
   * `original_image_size` + `original_image_location` (may reach past the canvas: cropped);
   * the new area is a scene seeded by the prompt. Over 25 MP: 400 (BRIA).
   */
  edit('/v2/image/edit/expand', async (input, body) => {
    if (forbidden(body.prompt)) return refuse(422, 'Unprocessable Entity', 'The prompt did not pass content moderation');
    const meta = await sharp(input).metadata();
    let W: number, H: number, size: number[], location: number[];
    if (body.aspect_ratio !== undefined) {
      const ratio =
        typeof body.aspect_ratio === 'number'
          ? body.aspect_ratio
          : (() => {
              const [a, b] = String(body.aspect_ratio).split(':').map(Number);
              return a / b;
            })();
      if (!(ratio >= 0.5 && ratio <= 3)) return refuse(400, 'Bad Request', 'aspect_ratio must be between 0.5 and 3.0');
      W = Math.max(meta.width!, Math.round(meta.height! * ratio));
      H = Math.round(W / ratio);
      size = [meta.width!, meta.height!];
      location = [Math.round((W - meta.width!) / 2), Math.round((H - meta.height!) / 2)];
    } else {
      if (!Array.isArray(body.original_image_size) || !Array.isArray(body.original_image_location)) {
        return refuse(400, 'Bad Request', 'original_image_size and original_image_location are required without aspect_ratio');
      }
      [W, H] = (Array.isArray(body.canvas_size) ? body.canvas_size : [1000, 1000]) as number[];
      size = body.original_image_size as number[];
      location = body.original_image_location as number[];
    }
    if (!(W > 0 && H > 0) || W * H > 25_000_000) return refuse(400, 'Bad Request', 'the canvas must be at most 25 megapixels');
    const seed = seedFor(body, String(body.prompt ?? 'expand'));
    const out = await shot(seedOf(`${body.prompt ?? ''}:${seed}`), W, H, input, { left: location[0], top: location[1], width: size[0], height: size[1] }, 'png');
    return { png: out, extra: { seed, ...(body.prompt ? { prompt: body.prompt } : {}) } };
  });

  /**
   * Replace background: the cutout over a scene seeded by the prompt (or the reference image's
   * dominant colour); 1 MP unless `original_quality`. `prompt` xor `ref_images` (400 otherwise).
   */
  edit('/v2/image/edit/replace_background', async (input, body) => {
    const refs = body.ref_images === undefined ? [] : Array.isArray(body.ref_images) ? body.ref_images : [body.ref_images];
    if (Boolean(body.prompt) === refs.length > 0) return refuse(400, 'Bad Request', 'either prompt or ref_images must be provided, but not both');
    if (body.mode !== undefined && !['base', 'high_control', 'fast'].includes(String(body.mode))) return refuse(400, 'Bad Request', 'mode must be base, high_control or fast');
    if (forbidden(body.prompt)) return refuse(422, 'Unprocessable Entity', 'The prompt did not pass content moderation');
    let sceneSeed = seedOf(String(body.prompt ?? ''));
    if (refs.length) {
      const ref = await decoded(kit, refs[0]);
      if (refused(ref)) return ref;
      const { dominant } = await sharp(ref).stats();
      sceneSeed = dominant.r * 65536 + dominant.g * 256 + dominant.b;
    }
    const fg = await foreground(input, body.force_background_detection === true);
    const [W, H] = body.original_quality === true ? [fg.width, fg.height] : sizeFor(fg.width, fg.height, 1);
    const seed = seedFor(body, String(sceneSeed));
    const product = await rgbaImage(fg).png().toBuffer();
    const png = await shot(seedOf(`${sceneSeed}:${seed}`), W, H, product, { left: 0, top: 0, width: W, height: H }, 'png');
    return { png, extra: { seed, ...(body.prompt ? { refined_prompt: `${body.prompt}, photographic background` } : {}) } };
  });

  /** Enhance: resized to `resolution` (1, 2 or 4 MP, aspect kept) and sharpened. */
  edit('/v2/image/edit/enhance', async (input, body) => {
    const resolution = (body.resolution as string | undefined) ?? '1MP';
    const mp = { '1MP': 1, '2MP': 2, '4MP': 4 }[resolution];
    if (!mp) return refuse(400, 'Bad Request', 'resolution must be 1MP, 2MP or 4MP');
    if (body.steps_num !== undefined && (!Number.isInteger(body.steps_num) || (body.steps_num as number) < 10 || (body.steps_num as number) > 50)) {
      return refuse(400, 'Bad Request', 'steps_num must be between 10 and 50');
    }
    const meta = await sharp(input).metadata();
    const [w, h] = sizeFor(meta.width!, meta.height!, mp);
    const seed = seedFor(body, 'enhance');
    return { png: await sharp(input).resize(w, h, { fit: 'fill', kernel: 'lanczos3' }).sharpen().png().toBuffer(), extra: { seed } };
  });

  /** Increase resolution: `desired_increase` × (2 or 4), at most 8192×8192 in area. */
  edit('/v2/image/edit/increase_resolution', async (input, body) => {
    const factor = body.desired_increase ?? 2;
    if (factor !== 2 && factor !== 4) return refuse(400, 'Bad Request', 'desired_increase must be 2 or 4');
    const meta = await sharp(input).metadata();
    const [w, h] = [meta.width! * factor, meta.height! * factor];
    if (w * h > 8192 * 8192) return refuse(400, 'Bad Request', 'the result would be larger than 8192x8192 pixels');
    return sharp(input).resize(w, h, { kernel: 'lanczos3' }).png().toBuffer();
  });

  // ---- v2 video -------------------------------------------------------------------------

  /** Video background removal: asynchronous only; the output is a real video made with ffmpeg. */
  v2(
    '/v2/video/edit/remove_background',
    async (body, request) => {
      const preset = (body.output_container_and_codec as string | undefined) ?? 'mp4_h264';
      if (!VIDEO_PRESETS.includes(preset)) return refuse(400, 'Bad Request', `output_container_and_codec must be one of ${VIDEO_PRESETS.join(', ')}`);
      const color = (body.background_color as string | undefined) ?? 'Black';
      if (!VIDEO_COLORS.includes(color)) return refuse(400, 'Bad Request', 'background_color must be one of the predefined names; hex values are not supported');
      if (typeof body.video !== 'string' || !/^https?:\/\//i.test(body.video)) return refuse(400, 'Bad Request', 'video must be a publicly accessible URL');
      const video = (await kit.fetchUrl(body.video))?.bytes;
      if (!video) return refuse(460, 'Failed to download video', 'the video could not be fetched');
      let made;
      try {
        made = await removeVideoBackground(video, preset, color);
      } catch {
        return refuse(415, 'Unsupported Media Type', 'the input is not a supported video');
      }
      return { result: { video_url: saveFile(request, made.bytes, made.type, made.ext) } };
    },
    { required: ['video'], asyncOnly: true },
  );
}
