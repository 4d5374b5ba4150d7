// Gateway-side computations for BRIA fields that the reference has but BRIA's API does not:
// expand-image's `position` / `padding_*` (turned into BRIA's canvas_size + original_image_size +
// original_image_location) and inpaint's `border_only` mask (built here, sent as a manual mask).
import sharp from 'sharp';
import { invalid } from './inputs.js';

export type Placement =
  | 'upper_left'
  | 'upper_right'
  | 'bottom_left'
  | 'bottom_right'
  | 'right_center'
  | 'left_center'
  | 'upper_center'
  | 'bottom_center'
  | 'center_vertical'
  | 'center_horizontal';

/** BRIA's expand limit: "Maximum allowed area is 25M pixels (width × height ≤ 5,000 × 5,000)" (docs.bria.ai Image Editing API, /expand). */
export const MAX_CANVAS_AREA = 25_000_000;

const RATIOS: Record<string, number> = {
  '1:1': 1,
  '2:3': 2 / 3,
  '3:2': 3 / 2,
  '3:4': 3 / 4,
  '4:3': 4 / 3,
  '16:9': 16 / 9,
  '9:16': 9 / 16,
  '4:5': 4 / 5,
  '5:4': 5 / 4,
};

export interface ExpandRequest {
  canvas_size?: number[] | null;
  aspect_ratio?: string | null;
  position?: Placement | null;
  padding_left?: number | null;
  padding_right?: number | null;
  padding_top?: number | null;
  padding_bottom?: number | null;
}

/** What BRIA's /v2/image/edit/expand takes: an aspect ratio (BRIA centres the image), or an explicit layout. */
export type ExpandPlan = { aspect_ratio: string } | { canvas_size: [number, number]; original_image_size: [number, number]; original_image_location: [number, number] };

/** Top-left corner of a `w`×`h` image placed at `position` on a `W`×`H` canvas. */
export function placeAt(position: Placement, W: number, H: number, w: number, h: number): [number, number] {
  const dx = W - w;
  const dy = H - h;
  const x = { left: 0, center: Math.round(dx / 2), right: dx };
  const y = { top: 0, middle: Math.round(dy / 2), bottom: dy };
  switch (position) {
    case 'upper_left':
      return [x.left, y.top];
    case 'upper_right':
      return [x.right, y.top];
    case 'bottom_left':
      return [x.left, y.bottom];
    case 'bottom_right':
      return [x.right, y.bottom];
    case 'right_center':
      return [x.right, y.middle];
    case 'left_center':
      return [x.left, y.middle];
    case 'upper_center':
      return [x.center, y.top];
    case 'bottom_center':
      return [x.center, y.bottom];
    // Both "centre" placements centre the image on both axes (the reference gives them no other meaning).
    case 'center_vertical':
    case 'center_horizontal':
      return [x.center, y.middle];
  }
}

/**
 * Turns the reference's expand fields into BRIA's, for an input image of `width`×`height`:
 * - `canvas_size` (wins over `aspect_ratio`, as the reference says) with `position`: the image
 *   keeps its size (scaled down to fit if it is larger than the canvas) and is placed there;
 *   with `padding_*`: the paddings are fractions of the canvas on each side, the image is scaled
 *   to fit the box they leave and centred in it; with neither: centred.
 * - `aspect_ratio` alone: sent as it is (BRIA centres the image). With `position` or `padding_*`
 *   the gateway computes the smallest canvas of that ratio that holds the image at its size
 *   (inside the padding box), then places it; beyond BRIA's 25 MP the whole layout is scaled
 *   down, as BRIA itself does for `aspect_ratio`.
 * - `padding_*` alone: the canvas grows around the image by those fractions of the result.
 * Position and paddings together, or paddings leaving no room, are a 422 before any upstream call.
 */
export function planExpand(body: ExpandRequest, width: number, height: number): ExpandPlan {
  const pads = [body.padding_left, body.padding_right, body.padding_top, body.padding_bottom];
  const padded = pads.some((p) => typeof p === 'number');
  const [l, r, t, b] = pads.map((p) => (typeof p === 'number' ? p : 0));
  if (padded && body.position) throw invalid(['body', 'position'], 'give either position or padding_* values, not both');
  if (padded && (l + r >= 1 || t + b >= 1)) {
    throw invalid(['body', l + r >= 1 ? 'padding_left' : 'padding_top'], 'the paddings on one axis must leave room for the image (their sum must be below 1)');
  }
  const box = { x: 1 - l - r, y: 1 - t - b };

  if (body.canvas_size) {
    const [W, H] = body.canvas_size;
    if (body.canvas_size.length !== 2 || !(W > 0 && H > 0)) throw invalid(['body', 'canvas_size'], 'canvas_size must be [width, height] in pixels, both above 0');
    if (W * H > MAX_CANVAS_AREA) throw invalid(['body', 'canvas_size'], `canvas_size ${W}x${H} is larger than BRIA's limit of 25 megapixels (5000x5000)`);
    if (padded) {
      const scale = Math.min((box.x * W) / width, (box.y * H) / height);
      const [w, h] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
      const x = Math.round(l * W + (box.x * W - w) / 2);
      const y = Math.round(t * H + (box.y * H - h) / 2);
      return { canvas_size: [W, H], original_image_size: [w, h], original_image_location: [x, y] };
    }
    const scale = Math.min(1, W / width, H / height);
    const [w, h] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
    return { canvas_size: [W, H], original_image_size: [w, h], original_image_location: placeAt(body.position ?? 'center_horizontal', W, H, w, h) };
  }

  if (body.aspect_ratio) {
    if (!padded && !body.position) return { aspect_ratio: body.aspect_ratio };
    const ratio = RATIOS[body.aspect_ratio];
    let W = Math.max(width / box.x, (height / box.y) * ratio);
    let H = W / ratio;
    let [w, h] = [width, height];
    const area = W * H;
    if (area > MAX_CANVAS_AREA) {
      const s = Math.sqrt(MAX_CANVAS_AREA / area);
      [W, H, w, h] = [W * s, H * s, w * s, h * s];
    }
    [W, H, w, h] = [W, H, w, h].map((n) => Math.max(1, Math.round(n)));
    const location: [number, number] = padded ? [Math.round(l * W + (box.x * W - w) / 2), Math.round(t * H + (box.y * H - h) / 2)] : placeAt(body.position!, W, H, w, h);
    return { canvas_size: [W, H], original_image_size: [w, h], original_image_location: location };
  }

  if (padded) {
    const [W, H] = [Math.round(width / box.x), Math.round(height / box.y)];
    if (W * H > MAX_CANVAS_AREA) throw invalid(['body', 'padding_left'], `the padded canvas ${W}x${H} is larger than BRIA's limit of 25 megapixels (5000x5000)`);
    return { canvas_size: [W, H], original_image_size: [width, height], original_image_location: [Math.round(l * W), Math.round(t * H)] };
  }
  throw invalid(
    ['body', body.position ? 'position' : 'canvas_size'],
    body.position ? 'position needs canvas_size or aspect_ratio to place the image in' : 'give canvas_size, aspect_ratio or padding_* values',
  );
}

/**
 * The mask of inpaint's `border_only` mode: white (255, the region BRIA fills) along each edge,
 * `percentage` of the width thick on the left and right and of the height at the top and bottom
 * (at least 1 px), black (0) inside; BRIA's mask rules: 255 = generate, 0 = keep, same aspect
 * ratio as the image (docs.bria.ai Image Editing API, /gen_fill `mask`). Same size as the image.
 */
export async function borderMask(width: number, height: number, percentage: number): Promise<Buffer> {
  const bx = Math.min(Math.ceil(width / 2), Math.max(1, Math.round(width * percentage)));
  const by = Math.min(Math.ceil(height / 2), Math.max(1, Math.round(height * percentage)));
  const pixels = Buffer.alloc(width * height, 0);
  for (let y = 0; y < height; y++) {
    const edgeRow = y < by || y >= height - by;
    for (let x = 0; x < width; x++) {
      if (edgeRow || x < bx || x >= width - bx) pixels[y * width + x] = 255;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
}
