// The BRIA twin's endpoints besides remove_background and status (tests and the labelled sandbox
// only): BRIA's real paths, sync/async behaviour and 400 checks (index.ts), with real output media
// made from the request (media.ts). Each answer's shape is BRIA's:
//   v1 generation  {"result": [{"urls": [url], "seed": n, "uuid": s}]}      (ComfyUI-BRIA-API)
//   v1 lifestyle   {"result": [[url, seed, session_id]]}                      (docs.bria.ai Product Shot API)
//   v1 product     {"result_url": url}                                        (docs.bria.ai Product Shot API)
//   mask_generator {"objects_masks": url of a ZIP of PNG masks}               (3p clients of the live API)
//   prompt_enhancer {"prompt variations": text}                               (3p clients)
//   v2             202 {request_id, status_url} → /v2/status result {image_url|video_url, seed?, …}
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import sharp from 'sharp';
import type { BriaTwinKit, TwinRefusal } from './index.js';
import {
  alphaMask, cutout, foreground, hexColor, removeVideoBackground, rgbaImage, scene, sceneSvg, seedOf, sizeFor, VIDEO_PRESETS, zipStore,
} from './media.js';

const refuse = (status: number, message: string, details?: string): TwinRefusal => ({ status, message, details });
const unreadable = () => refuse(460, 'Failed to download image', 'the image could not be read');
const unsupported = () => refuse(415, 'Unsupported Media Type', 'the input is not a supported image (jpeg, png, webp)');
const forbidden = (text: unknown) => typeof text === 'string' && text.toLowerCase().includes('forbidden');
const PROMPT_REFUSAL = 'The request could not be completed because the prompt did not pass content moderation.';

const ASPECTS = ['1:1', '2:3', '3:2', '3:4', '4:3', '16:9', '9:16', '4:5', '5:4'];
/** About 1 MP per aspect ratio (base and fast models), exact ratios. */
const SIZES: Record<string, [number, number]> = {
  '1:1': [1024, 1024], '2:3': [832, 1248], '3:2': [1248, 832], '3:4': [864, 1152], '4:3': [1152, 864],
  '16:9': [1344, 756], '9:16': [756, 1344], '4:5': [896, 1120], '5:4': [1120, 896],
};
/** The HD model's larger sizes (1.5×). */
const HD_SIZES = Object.fromEntries(Object.entries(SIZES).map(([k, [w, h]]) => [k, [w * 1.5, h * 1.5] as [number, number]]));

/** Model versions each v1 generation route serves (docs/provider-facts.md §1; ComfyUI-BRIA-API nodes). */
const VERSIONS: Record<string, string[]> = { base: ['2.3', '3.2'], fast: ['2.3'], hd: ['2.2'] };
const PLACEMENTS = ['upper_left', 'upper_right', 'bottom_left', 'bottom_right', 'right_center', 'left_center', 'upper_center', 'bottom_center', 'center_vertical', 'center_horizontal'];
const VIDEO_COLORS = ['Transparent', 'Black', 'White', 'Gray', 'Red', 'Green', 'Blue', 'Yellow', 'Cyan', 'Magenta', 'Orange'];

async function decoded(kit: BriaTwinKit, value: unknown): Promise<Buffer | TwinRefusal> {
  const bytes = await kit.readImage(value);
  if (!bytes) return unreadable();
  try {
    const meta = await sharp(bytes).metadata();
    if (!['png', 'jpeg', 'webp'].includes(meta.format ?? '')) return unsupported();
  } catch {
    return unsupported();
  }
  return bytes;
}
const refused = (value: unknown): value is TwinRefusal => typeof value === 'object' && value !== null && 'status' in value && 'message' in value;

/** v1 product endpoints read `image_url`, else `file` (base64). */
const productImage = (kit: BriaTwinKit, body: Record<string, unknown>) =>
  body.image_url || body.file ? decoded(kit, body.image_url || body.file) : Promise.resolve(refuse(400, 'Bad Request', 'image_url or file is required'));

function count(value: unknown, fallback: number): number | TwinRefusal {
  if (value === undefined || value === null) return fallback;
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 4 ? (value as number) : refuse(400, 'Bad Request', 'num_results must be between 1 and 4');
}

const seedFor = (body: Record<string, unknown>, text: string) => (Number.isInteger(body.seed) ? (body.seed as number) : seedOf(`${text}:${randomUUID()}`) % 1_000_000);

/** Fit `fg` (cut out) into a `W`×`H` scene at `left`,`top` with size `w`×`h`. */
async function shot(sceneSeed: number, W: number, H: number, product: Buffer, box: { left: number; top: number; width: number; height: number }, format: 'png' | 'jpeg') {
  const layer = await sharp(product).resize(Math.max(1, box.width), Math.max(1, box.height), { fit: 'fill' }).png().toBuffer();
  // Placement may reach past the canvas (BRIA crops): clip the layer to the canvas.
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const width = Math.min(W, box.left + box.width) - left;
  const height = Math.min(H, box.top + box.height) - top;
  const base = await scene(W, H, sceneSeed, 'png');
  if (width <= 0 || height <= 0) return format === 'png' ? base : sharp(base).jpeg().toBuffer();
  const clipped = await sharp(layer).extract({ left: left - box.left, top: top - box.top, width, height }).png().toBuffer();
  const out = sharp(base).composite([{ input: clipped, left, top }]);
  return format === 'png' ? out.png().toBuffer() : out.flatten().jpeg({ quality: 85 }).toBuffer();
}

function placeBox(position: string, W: number, H: number, w: number, h: number) {
  const x = position.includes('left') ? 0 : position.includes('right') ? W - w : Math.round((W - w) / 2);
  const y = position.startsWith('upper') ? 0 : position.startsWith('bottom') ? H - h : Math.round((H - h) / 2);
  return { left: x, top: y, width: w, height: h };
}

/** The product scaled to fit `share` of a `W`×`H` canvas. */
function fitted(W: number, H: number, w: number, h: number, share = 0.6) {
  const s = Math.min((W * share) / w, (H * share) / h);
  return [Math.max(1, Math.round(w * s)), Math.max(1, Math.round(h * s))];
}

export function registerBriaRoutes(kit: BriaTwinKit): void {
  const { v1, v2, saveFile } = kit;

  // ---- v1 generation --------------------------------------------------------------------

  v1('/v1/prompt_enhancer', async (body) => {
    if (forbidden(body.prompt)) return PROMPT_REFUSAL;
    const prompt = String(body.prompt).trim();
    return { 'prompt variations': `${prompt}, highly detailed, natural light, balanced composition, sharp focus` };
  }, { required: ['prompt'] });

  const generation = (kind: 'image' | 'vector', model: 'base' | 'fast' | 'hd') => {
    v1(`/v1/text-to-${kind}/${model}/:version`, async (body, request, save) => {
      const { version } = request.params as { version: string };
      if (!VERSIONS[model].includes(version)) return refuse(404, 'Not Found', `model version ${version} is not available for ${model}`);
      if (forbidden(body.prompt)) return PROMPT_REFUSAL;
      const aspect = (body.aspect_ratio as string | undefined) ?? '1:1';
      if (!ASPECTS.includes(aspect)) return refuse(400, 'Bad Request', `aspect_ratio must be one of ${ASPECTS.join(', ')}`);
      const n = count(body.num_results, 1);
      if (refused(n)) return n;
      for (const i of [1, 2]) {
        if (body[`guidance_method_${i}`] && !body[`guidance_method_${i}_image_file`] && !body[`guidance_method_${i}_image_url`]) {
          return refuse(400, 'Bad Request', `guidance_method_${i} requires an image`);
        }
      }
      const [width, height] = (model === 'hd' ? HD_SIZES : SIZES)[aspect];
      const seed = seedFor(body, String(body.prompt));
      const result = [];
      for (let i = 0; i < n; i++) {
        const s = seedOf(`${body.prompt}:${seed + i}`);
        const url = kind === 'vector'
          ? save(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${sceneSvg(width, height, s)}\n`), 'image/svg+xml', 'svg')
          : save(await scene(width, height, s, 'png'), 'image/png', 'png');
        result.push({ urls: [url], seed: seed + i, uuid: randomUUID() });
      }
      return { result };
    }, { required: ['prompt'], takesSync: true });
  };
  generation('image', 'base');
  generation('image', 'fast');
  generation('image', 'hd');
  generation('vector', 'base');
  generation('vector', 'fast');

  /** Reimagine: the structure image's layout (resized to about 1 MP) tinted with the prompt's colours. */
  v1('/v1/reimagine', async (body, _request, save) => {
    if (forbidden(body.prompt)) return PROMPT_REFUSAL;
    const n = count(body.num_results, 1);
    if (refused(n)) return n;
    if (body.fast === false && n > 1) return refuse(400, 'Bad Request', 'num_results must be 1 when fast is false');
    const structure = body.structure_image_url || body.structure_image_file;
    const input = structure ? await decoded(kit, structure) : undefined;
    if (refused(input)) return input;
    const seed = seedFor(body, String(body.prompt));
    const result = [];
    for (let i = 0; i < n; i++) {
      const s = seedOf(`${body.prompt}:${seed + i}`);
      let png: Buffer;
      if (input) {
        const meta = await sharp(input).metadata();
        const [w, h] = sizeFor(meta.width!, meta.height!, 1);
        const tint = await scene(w, h, s, 'png');
        const influence = typeof body.structure_ref_influence === 'number' ? body.structure_ref_influence : 0.75;
        const structureLayer = await sharp(input).resize(w, h, { fit: 'fill' }).ensureAlpha(influence).png().toBuffer();
        png = await sharp(tint).composite([{ input: structureLayer, blend: 'over' }]).png().toBuffer();
      } else {
        png = await scene(1024, 1024, s, 'png');
      }
      result.push({ urls: [save(png, 'image/png', 'png')], seed: seed + i, uuid: randomUUID() });
    }
    return { result };
  }, { required: ['prompt'], takesSync: true });

  // ---- v1 objects and products ----------------------------------------------------------

  /** Masks of "objects": the foreground, the background, and a panoptic label map, zipped. */
  v1('/v1/objects/mask_generator', async (body, _request, save) => {
    const input = await productImage(kit, body);
    if (refused(input)) return input;
    const fg = await foreground(input);
    const panoptic = await sharp(await alphaMask(fg)).linear(0.5, 64).png().toBuffer();
    const zip = zipStore([
      { name: 'panoptic_map.png', data: panoptic },
      { name: 'mask_1.png', data: await alphaMask(fg) },
      { name: 'mask_2.png', data: await alphaMask(fg, true) },
    ]);
    return { objects_masks: save(zip, 'application/zip', 'zip') };
  }, { takesSync: true });

  v1('/v1/product/cutout', async (body, _request, save) => {
    const input = await productImage(kit, body);
    if (refused(input)) return input;
    return { result_url: save(await cutout(await foreground(input, body.force_rmbg === true)), 'image/png', 'png') };
  });

  /** Packshot: the cutout centred on a 2000×2000 canvas of `background_color` (or transparent). */
  v1('/v1/product/packshot', async (body, _request, save) => {
    const input = await productImage(kit, body);
    if (refused(input)) return input;
    const color = (body.background_color as string | undefined) ?? '#FFFFFF';
    const background = color.toLowerCase() === 'transparent' ? { r: 0, g: 0, b: 0, alpha: 0 } : hexColor(color);
    if (!background) return refuse(400, 'Bad Request', 'background_color must be a hex colour or transparent');
    const product = await cutout(await foreground(input, body.force_rmbg === true));
    const meta = await sharp(product).metadata();
    const [w, h] = fitted(2000, 2000, meta.width!, meta.height!, 0.8);
    const layer = await sharp(product).resize(w, h, { fit: 'fill' }).png().toBuffer();
    const out = await sharp({ create: { width: 2000, height: 2000, channels: 4, background } })
      .composite([{ input: layer, left: Math.round((2000 - w) / 2), top: Math.round((2000 - h) / 2) }])
      .png()
      .toBuffer();
    return { result_url: save(out, 'image/png', 'png') };
  });

  /**
   * Shadow: the product's silhouette in `shadow_color` at `shadow_intensity`, blurred and offset
   * (regular), or an ellipse under it (float), behind the product; transparent unless
   * `background_color`. A product without transparency is cut out first.
   */
  v1('/v1/product/shadow', async (body, _request, save) => {
    const input = await productImage(kit, body);
    if (refused(input)) return input;
    const type = (body.type as string | undefined) ?? 'regular';
    if (!['regular', 'float'].includes(type)) return refuse(400, 'Bad Request', 'type must be regular or float');
    const shadowColor = hexColor(body.shadow_color ?? '#000000');
    if (!shadowColor) return refuse(400, 'Bad Request', 'shadow_color must be a hex colour');
    const background = body.background_color === undefined ? undefined : hexColor(body.background_color);
    if (body.background_color !== undefined && !background) return refuse(400, 'Bad Request', 'background_color must be a hex colour');
    const intensity = (typeof body.shadow_intensity === 'number' ? body.shadow_intensity : 60) / 100;
    const [dx, dy] = Array.isArray(body.shadow_offset) ? (body.shadow_offset as number[]) : [0, 15];
    const blur = typeof body.shadow_blur === 'number' ? body.shadow_blur : type === 'float' ? 20 : 15;
    const fg = await foreground(input, body.force_rmbg === true);
    const { width, height } = fg;
    let shadow: Buffer;
    if (type === 'regular') {
      const silhouette = Buffer.alloc(width * height * 4);
      for (let i = 0; i < width * height; i++) {
        silhouette.set([shadowColor.r, shadowColor.g, shadowColor.b, Math.round(fg.rgba[i * 4 + 3] * intensity)], i * 4);
      }
      shadow = await sharp(silhouette, { raw: { width, height, channels: 4 } }).png().toBuffer();
    } else {
      const w = typeof body.shadow_width === 'number' ? Math.abs(body.shadow_width) : fg.box.width;
      const h = typeof body.shadow_height === 'number' ? Math.abs(body.shadow_height) : 70;
      const cx = fg.box.left + fg.box.width / 2;
      const cy = fg.box.top + fg.box.height;
      shadow = Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" ` +
          `fill="rgb(${shadowColor.r},${shadowColor.g},${shadowColor.b})" fill-opacity="${intensity}"/></svg>`,
      );
    }
    const blurred = await sharp(shadow).resize(width, height).blur(Math.max(0.3, blur / 2)).png().toBuffer();
    // The shadow layer moved by shadow_offset (what leaves the canvas is cut off).
    const clear = { r: 0, g: 0, b: 0, alpha: 0 };
    // (Two pipelines: within one, sharp would extract before it extends.)
    const extended = await sharp(blurred)
      .extend({ top: Math.max(0, dy), bottom: Math.max(0, -dy), left: Math.max(0, dx), right: Math.max(0, -dx), background: clear })
      .png()
      .toBuffer();
    const moved = await sharp(extended).extract({ left: Math.max(0, -dx), top: Math.max(0, -dy), width, height }).png().toBuffer();
    const product = await rgbaImage(fg).png().toBuffer();
    const out = await sharp({ create: { width, height, channels: 4, background: background ?? clear } })
      .composite([{ input: moved }, { input: product }])
      .png()
      .toBuffer();
    return { result_url: save(out, 'image/png', 'png') };
  });

  /** Lifestyle shots: the cutout placed on a scene per `placement_type`; JPEG results. */
  const lifestyle = (path: string, byImage: boolean) => {
    v1(path, async (body, _request, save) => {
      const input = await productImage(kit, body);
      if (refused(input)) return input;
      if (!byImage && !body.scene_description) return refuse(400, 'Bad Request', 'scene_description is required');
      if (!byImage && forbidden(body.scene_description)) return PROMPT_REFUSAL;
      let sceneSeed = seedOf(String(body.scene_description ?? ''));
      if (byImage) {
        const ref = Array.isArray(body.ref_image_urls) ? body.ref_image_urls[0] : Array.isArray(body.ref_image_file) ? body.ref_image_file[0] : undefined;
        if (!ref) return refuse(400, 'Bad Request', 'ref_image_urls or ref_image_file is required');
        const refImage = await decoded(kit, ref);
        if (refused(refImage)) return refImage;
        const { dominant } = await sharp(refImage).stats();
        sceneSeed = dominant.r * 65536 + dominant.g * 256 + dominant.b;
        if (typeof body.ref_image_influence === 'number' && (body.ref_image_influence < 0 || body.ref_image_influence > 1)) {
          return refuse(400, 'Bad Request', 'ref_image_influence must be between 0 and 1');
        }
      }
      if (body.mode !== undefined && !['base', 'high_control', 'fast'].includes(String(body.mode))) return refuse(400, 'Bad Request', 'mode must be base, high_control or fast');
      const n = count(body.num_results, 4);
      if (refused(n)) return n;
      const fg = await foreground(input, body.force_rmbg === true);
      const product = await cutout(fg);
      const type = (body.placement_type as string | undefined) ?? 'original';
      const shotSize = (Array.isArray(body.shot_size) ? body.shot_size : [1000, 1000]) as number[];
      const layouts: { W: number; H: number; box: { left: number; top: number; width: number; height: number } }[] = [];
      switch (type) {
        case 'original': {
          const [W, H] = body.original_quality === true ? [fg.width, fg.height] : sizeFor(fg.width, fg.height, 1);
          const s = W / fg.width;
          layouts.push({ W, H, box: { left: Math.round(fg.box.left * s), top: Math.round(fg.box.top * s), width: Math.round(fg.box.width * s), height: Math.round(fg.box.height * s) } });
          break;
        }
        case 'automatic':
        case 'manual_placement': {
          const [W, H] = shotSize;
          const [w, h] = fitted(W, H, fg.box.width, fg.box.height);
          const positions = type === 'automatic' ? PLACEMENTS.slice(0, 7) : (body.manual_placement_selection as string[] | undefined) ?? ['upper_left'];
          if (!Array.isArray(positions) || positions.some((p) => !PLACEMENTS.includes(p))) return refuse(400, 'Bad Request', 'manual_placement_selection must list known placements');
          for (const p of positions) layouts.push({ W, H, box: placeBox(p, W, H, w, h) });
          break;
        }
        case 'custom_coordinates': {
          const size = body.foreground_image_size as number[] | undefined;
          const location = body.foreground_image_location as number[] | undefined;
          if (!size || !location) return refuse(400, 'Bad Request', 'foreground_image_size and foreground_image_location are required for custom_coordinates');
          layouts.push({ W: shotSize[0], H: shotSize[1], box: { left: location[0], top: location[1], width: size[0], height: size[1] } });
          break;
        }
        case 'manual_padding': {
          const [l, r, t, b] = (body.padding_values as number[] | undefined) ?? [0, 0, 0, 0];
          layouts.push({ W: fg.box.width + l + r, H: fg.box.height + t + b, box: { left: l, top: t, width: fg.box.width, height: fg.box.height } });
          break;
        }
        case 'automatic_aspect_ratio': {
          const aspect = (body.aspect_ratio as string | undefined) ?? '1:1';
          if (!ASPECTS.includes(aspect)) return refuse(400, 'Bad Request', 'aspect_ratio is not supported');
          const [W, H] = SIZES[aspect];
          const [w, h] = fitted(W, H, fg.box.width, fg.box.height);
          layouts.push({ W, H, box: placeBox('center_horizontal', W, H, w, h) });
          break;
        }
        default:
          return refuse(400, 'Bad Request', 'unknown placement_type');
      }
      if (layouts.some(({ W, H }) => !(W > 0 && H > 0) || W * H > 25_000_000)) return refuse(400, 'Bad Request', 'the shot size is not supported');
      const result: [string, string, string][] = [];
      for (let i = 0; i < n; i++) {
        for (const { W, H, box } of layouts) {
          const seed = (sceneSeed + i * 7919 + result.length) % 1_000_000;
          const name = `${randomUUID()}.jpeg`;
          result.push([save(await shot(seedOf(`${sceneSeed}:${seed}`), W, H, product, box, 'jpeg'), 'image/jpeg', 'jpeg'), String(seed), name]);
        }
      }
      return { result };
    }, { takesSync: true });
  };
  lifestyle('/v1/product/lifestyle_shot_by_text', false);
  lifestyle('/v1/product/lifestyle_shot_by_image', true);

  // ---- v2 edit --------------------------------------------------------------------------

  /** A v2 image edit that makes one PNG from the decoded `image`. */
  const edit = (
    path: string,
    make: (input: Buffer, body: Record<string, unknown>, request: FastifyRequest) => Promise<Buffer | TwinRefusal | { png: Buffer; extra: Record<string, unknown> }>,
    required: string[] = ['image'],
  ) =>
    v2(path, async (body, request) => {
      const input = await decoded(kit, body.image);
      if (refused(input)) return input;
      const made = await make(input, body, request);
      if (refused(made)) return made;
      const [png, extra] = Buffer.isBuffer(made) ? [made, {}] : [made.png, made.extra];
      return { result: { image_url: saveFile(request, png, 'image/png', 'png'), ...extra } };
    }, { required });

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
    const cut = await sharp(rgb, { raw: { ...size, channels: 3 } }).joinChannel(alpha, { raw: { ...size, channels: 1 } }).png().toBuffer();
    return sharp(input).composite([{ input: cut }]).png().toBuffer();
  };

  /** Erase: the masked region becomes a heavy blur of its surroundings. */
  edit('/v2/image/edit/erase', async (input, body) => {
    const mask = await maskFor(input, body);
    if (refused(mask)) return mask;
    return fillMasked(input, mask, await sharp(input).blur(25).png().toBuffer());
  }, ['image', 'mask']);

  /** Generative fill: the masked region gets a scene seeded by the prompt. */
  edit('/v2/image/edit/gen_fill', async (input, body) => {
    if (forbidden(body.prompt)) return refuse(422, 'Unprocessable Entity', 'The prompt did not pass content moderation');
    const mask = await maskFor(input, body);
    if (refused(mask)) return mask;
    const { width, height } = await sharp(input).metadata();
    const seed = seedFor(body, String(body.prompt));
    return { png: await fillMasked(input, mask, await scene(width!, height!, seedOf(`${body.prompt}:${seed}`))), extra: { seed, prompt: body.prompt } };
  }, ['image', 'mask', 'prompt']);

  /** Erase foreground: the foreground painted over with the background colour. */
  edit('/v2/image/edit/erase_foreground', async (input) => {
    const fg = await foreground(input);
    const [r, g, b] = fg.background;
    const { width, height } = fg;
    const background = await sharp({ create: { width, height, channels: 3, background: { r, g, b } } }).png().toBuffer();
    return fillMasked(input, await alphaMask(fg), await sharp(background).blur(1).png().toBuffer());
  });

  /** Blur background: the background blurred by `scale` (1–5), the foreground kept sharp. */
  edit('/v2/image/edit/blur_background', async (input, body) => {
    const scale = body.scale ?? 5;
    if (!Number.isInteger(scale) || (scale as number) < 1 || (scale as number) > 5) return refuse(400, 'Bad Request', 'scale must be an integer from 1 to 5');
    const fg = await foreground(input);
    const blurred = await sharp(input).blur(1 + (scale as number) * 2).png().toBuffer();
    return sharp(blurred).composite([{ input: await rgbaImage(fg).png().toBuffer() }]).png().toBuffer();
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
      const ratio = typeof body.aspect_ratio === 'number' ? body.aspect_ratio : (() => { const [a, b] = String(body.aspect_ratio).split(':').map(Number); return a / b; })();
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
  v2('/v2/video/edit/remove_background', async (body, request) => {
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
  }, { required: ['video'], asyncOnly: true });
}
