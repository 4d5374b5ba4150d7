// Masks in the form OpenAI's /images/edits wants: "an additional image whose fully transparent
// areas (e.g. where alpha is zero) indicate where `image` should be edited. Must be a valid PNG
// file, less than 4MB, and have the same dimensions as `image`" (openai-node ImageEditParams.mask).
//
// Callers send masks in either of the two forms in use:
//   - alpha form (what the reference's inpaint description says: "the transparent areas of the
//     mask will be replaced"): a PNG/WEBP with transparency; alpha < 128 = edit;
//   - black-and-white form (BRIA, Firefly and Imagen masks): an opaque image; white (luminance
//     ≥ 128) = edit, black = keep.
// A mask with an alpha channel that has at least one non-opaque pixel is read in alpha form,
// anything else in black-and-white form. Both become a binary RGBA PNG: black, alpha 0 where
// the image is to be edited, 255 elsewhere.
import sharp from 'sharp';

/** OpenAI's limit on the mask file. */
export const MAX_MASK_BYTES = 4 * 1024 * 1024;

export type MaskForm = 'alpha' | 'black_and_white';

export interface OpenAIMask {
  png: Buffer;
  width: number;
  height: number;
  form: MaskForm;
  /** Share of pixels marked for editing (0–1). */
  editFraction: number;
}

async function encode(editable: (i: number) => boolean, width: number, height: number, form: MaskForm): Promise<OpenAIMask> {
  const rgba = Buffer.alloc(width * height * 4);
  let edited = 0;
  for (let i = 0; i < width * height; i++) {
    const edit = editable(i);
    if (edit) edited++;
    rgba[i * 4 + 3] = edit ? 0 : 255;
  }
  const png = await sharp(rgba, { raw: { width, height, channels: 4 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return { png, width, height, form, editFraction: edited / (width * height) };
}

/** A caller's mask (either form) as OpenAI's alpha mask; EXIF orientation applied, as for the image. */
export async function toOpenAIMask(mask: Buffer): Promise<OpenAIMask> {
  const meta = await sharp(mask).metadata();
  if (meta.hasAlpha) {
    const { data, info } = await sharp(mask).rotate().ensureAlpha().extractChannel(3).raw().toBuffer({ resolveWithObject: true });
    let transparent = false;
    for (let i = 0; i < data.length; i++) {
      if (data[i] < 255) {
        transparent = true;
        break;
      }
    }
    if (transparent) return encode((i) => data[i] < 128, info.width, info.height, 'alpha');
  }
  const { data, info } = await sharp(mask).rotate().flatten({ background: '#000000' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const channels = info.channels;
  return encode((i) => data[i * channels] >= 128, info.width, info.height, 'black_and_white');
}

/**
 * The border-only mask (reference `inpaint_border_only`): a band of `percentage` of the width on
 * the left and right and of the height on the top and bottom (at least one pixel) is edited,
 * the inside is kept.
 */
export async function borderMask(width: number, height: number, percentage: number): Promise<OpenAIMask> {
  const bx = Math.min(Math.ceil(width / 2), Math.max(1, Math.round(width * percentage)));
  const by = Math.min(Math.ceil(height / 2), Math.max(1, Math.round(height * percentage)));
  return encode(
    (i) => {
      const x = i % width;
      const y = Math.floor(i / width);
      return x < bx || x >= width - bx || y < by || y >= height - by;
    },
    width,
    height,
    'alpha',
  );
}
