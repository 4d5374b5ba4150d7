// The BRIA twin's v1 endpoints besides tailored generation (tests and the labelled sandbox only):
// text-to-image/vector, reimagine, prompt enhancement, object masks and the product shots. See
// checks.ts for the answer shapes and the shared checks.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { BriaTwinKit } from './index.js';
import { alphaMask, cutout, foreground, hexColor, rgbaImage, scene, sceneSvg, seedOf, sizeFor, zipStore } from './media.js';
import {
  ASPECTS,
  count,
  decoded,
  fitted,
  forbidden,
  HD_SIZES,
  placeBox,
  PLACEMENTS,
  productImage,
  PROMPT_REFUSAL,
  refuse,
  refused,
  seedFor,
  shot,
  SIZES,
  VERSIONS,
} from './checks.js';

export function registerV1Routes(kit: BriaTwinKit): void {
  const { v1 } = kit;

  // ---- v1 generation --------------------------------------------------------------------

  v1(
    '/v1/prompt_enhancer',
    async (body) => {
      if (forbidden(body.prompt)) return PROMPT_REFUSAL;
      const prompt = String(body.prompt).trim();
      return { 'prompt variations': `${prompt}, highly detailed, natural light, balanced composition, sharp focus` };
    },
    { required: ['prompt'] },
  );

  const generation = (kind: 'image' | 'vector', model: 'base' | 'fast' | 'hd') => {
    v1(
      `/v1/text-to-${kind}/${model}/:version`,
      async (body, request, save) => {
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
          const url =
            kind === 'vector'
              ? save(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${sceneSvg(width, height, s)}\n`), 'image/svg+xml', 'svg')
              : save(await scene(width, height, s, 'png'), 'image/png', 'png');
          result.push({ urls: [url], seed: seed + i, uuid: randomUUID() });
        }
        return { result };
      },
      { required: ['prompt'], takesSync: true },
    );
  };
  generation('image', 'base');
  generation('image', 'fast');
  generation('image', 'hd');
  generation('vector', 'base');
  generation('vector', 'fast');

  /** Reimagine: the structure image's layout (resized to about 1 MP) tinted with the prompt's colours. */
  v1(
    '/v1/reimagine',
    async (body, _request, save) => {
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
          png = await sharp(tint)
            .composite([{ input: structureLayer, blend: 'over' }])
            .png()
            .toBuffer();
        } else {
          png = await scene(1024, 1024, s, 'png');
        }
        result.push({ urls: [save(png, 'image/png', 'png')], seed: seed + i, uuid: randomUUID() });
      }
      return { result };
    },
    { required: ['prompt'], takesSync: true },
  );

  // ---- v1 objects and products ----------------------------------------------------------

  /** Masks of "objects": the foreground, the background, and a panoptic label map, zipped. */
  v1(
    '/v1/objects/mask_generator',
    async (body, _request, save) => {
      const input = await productImage(kit, body);
      if (refused(input)) return input;
      const fg = await foreground(input);
      const panoptic = await sharp(await alphaMask(fg))
        .linear(0.5, 64)
        .png()
        .toBuffer();
      const zip = zipStore([
        { name: 'panoptic_map.png', data: panoptic },
        { name: 'mask_1.png', data: await alphaMask(fg) },
        { name: 'mask_2.png', data: await alphaMask(fg, true) },
      ]);
      return { objects_masks: save(zip, 'application/zip', 'zip') };
    },
    { takesSync: true },
  );

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
      shadow = await sharp(silhouette, { raw: { width, height, channels: 4 } })
        .png()
        .toBuffer();
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
    const blurred = await sharp(shadow)
      .resize(width, height)
      .blur(Math.max(0.3, blur / 2))
      .png()
      .toBuffer();
    // The shadow layer moved by shadow_offset (what leaves the canvas is cut off).
    const clear = { r: 0, g: 0, b: 0, alpha: 0 };
    // (Two pipelines: within one, sharp would extract before it extends.)
    const extended = await sharp(blurred)
      .extend({ top: Math.max(0, dy), bottom: Math.max(0, -dy), left: Math.max(0, dx), right: Math.max(0, -dx), background: clear })
      .png()
      .toBuffer();
    const moved = await sharp(extended)
      .extract({ left: Math.max(0, -dx), top: Math.max(0, -dy), width, height })
      .png()
      .toBuffer();
    const product = await rgbaImage(fg).png().toBuffer();
    const out = await sharp({ create: { width, height, channels: 4, background: background ?? clear } })
      .composite([{ input: moved }, { input: product }])
      .png()
      .toBuffer();
    return { result_url: save(out, 'image/png', 'png') };
  });

  /** Lifestyle shots: the cutout placed on a scene per `placement_type`; JPEG results. */
  const lifestyle = (path: string, byImage: boolean) => {
    v1(
      path,
      async (body, _request, save) => {
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
            layouts.push({
              W,
              H,
              box: { left: Math.round(fg.box.left * s), top: Math.round(fg.box.top * s), width: Math.round(fg.box.width * s), height: Math.round(fg.box.height * s) },
            });
            break;
          }
          case 'automatic':
          case 'manual_placement': {
            const [W, H] = shotSize;
            const [w, h] = fitted(W, H, fg.box.width, fg.box.height);
            const positions = type === 'automatic' ? PLACEMENTS.slice(0, 7) : ((body.manual_placement_selection as string[] | undefined) ?? ['upper_left']);
            if (!Array.isArray(positions) || positions.some((p) => !PLACEMENTS.includes(p)))
              return refuse(400, 'Bad Request', 'manual_placement_selection must list known placements');
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
      },
      { takesSync: true },
    );
  };
  lifestyle('/v1/product/lifestyle_shot_by_text', false);
  lifestyle('/v1/product/lifestyle_shot_by_image', true);
}
