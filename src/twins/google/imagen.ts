// Imagen on Vertex AI (:predict) in the Google twin: generation models and the capability
// (edit) model, their parameters checked as Vertex documents them, real PNGs out.
import sharp from 'sharp';
import { IMAGEN_CAPABILITY, IMAGEN_GENERATE, IMAGEN_RATIOS, PERSON_LEVELS, SAFETY_LEVELS } from './catalog.js';
import { fail } from './errors.js';
import { colour, foregroundMask, paint, pngOf, rawRgb, sized, synthImage } from './media.js';

export async function refImage(value: unknown, where: string): Promise<Buffer> {
  const image = value as { bytesBase64Encoded?: unknown; gcsUri?: unknown } | undefined;
  if (typeof image?.gcsUri === 'string') throw fail(400, `Unable to read ${image.gcsUri}: the twin has no Cloud Storage (${where})`);
  if (typeof image?.bytesBase64Encoded !== 'string' || !image.bytesBase64Encoded) throw fail(400, `${where}: image.bytesBase64Encoded is required`);
  const bytes = Buffer.from(image.bytesBase64Encoded, 'base64');
  if (
    !(
      await sharp(bytes)
        .metadata()
        .catch(() => undefined)
    )?.width
  )
    throw fail(400, `${where}: the image could not be decoded`);
  return bytes;
}

function imagenParameters(model: string, parameters: Record<string, unknown>, edit: boolean) {
  const count = parameters.sampleCount === undefined ? 1 : parameters.sampleCount;
  const max = IMAGEN_GENERATE.get(model)?.maxImages ?? 4;
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > max) {
    throw fail(400, `sampleCount must be between 1 and ${max} for ${model}, got ${String(count)}.`);
  }
  if (parameters.aspectRatio !== undefined && !IMAGEN_RATIOS[String(parameters.aspectRatio)]) {
    throw fail(400, `Unsupported aspect ratio: ${String(parameters.aspectRatio)}. Supported: ${Object.keys(IMAGEN_RATIOS).join(', ')}.`);
  }
  if (parameters.safetySetting !== undefined && !SAFETY_LEVELS.includes(String(parameters.safetySetting).toLowerCase())) {
    throw fail(400, `Invalid safetySetting: ${String(parameters.safetySetting)}.`);
  }
  if (parameters.personGeneration !== undefined && !PERSON_LEVELS.includes(String(parameters.personGeneration).toLowerCase())) {
    throw fail(400, `Invalid personGeneration: ${String(parameters.personGeneration)}.`);
  }
  // Imagen watermarks by default, and a seed is not available with the watermark on.
  if (parameters.seed !== undefined && parameters.addWatermark !== false) {
    throw fail(400, 'Seed is not supported when addWatermark is enabled. Set addWatermark to false to use a seed.');
  }
  const baseSteps = (parameters.editConfig as { baseSteps?: unknown } | undefined)?.baseSteps;
  if (edit && baseSteps !== undefined && (!Number.isInteger(baseSteps) || (baseSteps as number) < 1)) throw fail(400, 'editConfig.baseSteps must be a positive integer.');
  return { count: count as number, ratio: parameters.aspectRatio as string | undefined };
}

export async function imagenPredict(model: string, body: Record<string, unknown>): Promise<unknown> {
  const instances = body.instances as Record<string, unknown>[] | undefined;
  if (!Array.isArray(instances) || instances.length !== 1) throw fail(400, 'Exactly one instance is required.');
  const instance = instances[0];
  const parameters = (body.parameters ?? {}) as Record<string, unknown>;
  const prompt = typeof instance.prompt === 'string' ? instance.prompt : '';
  const edit = IMAGEN_CAPABILITY.has(model);
  const { count, ratio } = imagenParameters(model, parameters, edit);
  if (prompt.includes('twin-server-error')) throw fail(500, 'Internal error encountered.');
  const blocked = prompt.includes('blocked-by-safety');
  let images: Buffer[];
  if (!edit) {
    if (!prompt.trim()) throw fail(400, 'The prompt is empty.');
    if (instance.referenceImages !== undefined) throw fail(400, `${model} does not accept reference images; use an Imagen capability model.`);
    const [w, h] = sized(ratio, IMAGEN_RATIOS, [1024, 1024]);
    images = await Promise.all(Array.from({ length: count }, (_, i) => synthImage(w, h, `${prompt}#${i}`)));
  } else {
    images = await imagenEdit(prompt, instance.referenceImages, parameters, count, ratio);
  }
  if (blocked) {
    const reason =
      'Your current safety filter threshold filtered out the generated image. You will not be charged for blocked images. Try rephrasing the prompt. Support codes: 58061214';
    return parameters.includeRaiReason ? { predictions: images.map(() => ({ raiFilteredReason: reason })) } : {};
  }
  return { predictions: images.map((bytes) => ({ bytesBase64Encoded: bytes.toString('base64'), mimeType: 'image/png' })) };
}

async function imagenEdit(prompt: string, refsValue: unknown, parameters: Record<string, unknown>, count: number, ratio: string | undefined): Promise<Buffer[]> {
  if (!Array.isArray(refsValue) || refsValue.length === 0) throw fail(400, 'referenceImages is required for this model.');
  const refs = refsValue as Record<string, unknown>[];
  const mode = String(parameters.editMode ?? 'EDIT_MODE_DEFAULT');
  const ofType = (type: string) => refs.filter((r) => r.referenceType === type);
  for (const [i, r] of refs.entries()) {
    if (!['REFERENCE_TYPE_RAW', 'REFERENCE_TYPE_MASK', 'REFERENCE_TYPE_CONTROL', 'REFERENCE_TYPE_STYLE', 'REFERENCE_TYPE_SUBJECT'].includes(String(r.referenceType))) {
      throw fail(400, `referenceImages[${i}].referenceType ${String(r.referenceType)} is not supported.`);
    }
    if (!Number.isInteger(r.referenceId)) throw fail(400, `referenceImages[${i}].referenceId is required.`);
  }
  const seeds = Array.from({ length: count }, (_, i) => `${prompt}#${i}`);
  const maskEdit = ['EDIT_MODE_INPAINT_INSERTION', 'EDIT_MODE_INPAINT_REMOVAL', 'EDIT_MODE_OUTPAINT', 'EDIT_MODE_BGSWAP'].includes(mode);
  if (maskEdit) {
    const [rawRef] = ofType('REFERENCE_TYPE_RAW');
    const [maskRef] = ofType('REFERENCE_TYPE_MASK');
    if (!rawRef || !maskRef) throw fail(400, `${mode} needs one REFERENCE_TYPE_RAW and one REFERENCE_TYPE_MASK reference image.`);
    const source = await rawRgb(await refImage(rawRef.referenceImage, 'raw reference'));
    const config = (maskRef.maskImageConfig ?? {}) as { maskMode?: string; maskClasses?: unknown; dilation?: unknown };
    const maskMode = config.maskMode;
    if (!maskMode || !['MASK_MODE_USER_PROVIDED', 'MASK_MODE_BACKGROUND', 'MASK_MODE_FOREGROUND', 'MASK_MODE_SEMANTIC'].includes(maskMode)) {
      throw fail(400, `maskImageConfig.maskMode ${String(maskMode)} is not supported.`);
    }
    if (config.dilation !== undefined && (typeof config.dilation !== 'number' || config.dilation < 0 || config.dilation > 1))
      throw fail(400, 'maskImageConfig.dilation must be between 0 and 1.');
    if (mode === 'EDIT_MODE_INPAINT_INSERTION' && !prompt.trim()) throw fail(400, 'A prompt is required for inpainting insertion.');
    if (mode === 'EDIT_MODE_OUTPAINT' && maskMode !== 'MASK_MODE_USER_PROVIDED') throw fail(400, 'Outpainting needs a user-provided mask.');
    if (mode === 'EDIT_MODE_BGSWAP' && !['MASK_MODE_BACKGROUND', 'MASK_MODE_USER_PROVIDED'].includes(maskMode))
      throw fail(400, 'Background swap needs MASK_MODE_BACKGROUND or a user-provided mask.');
    let selected: (p: number) => boolean;
    if (maskMode === 'MASK_MODE_USER_PROVIDED') {
      const maskRaw = await rawRgb(await refImage(maskRef.referenceImage, 'mask reference'));
      if (maskRaw.width !== source.width || maskRaw.height !== source.height) {
        throw fail(400, `The mask (${maskRaw.width}x${maskRaw.height}) must have the dimensions of the image (${source.width}x${source.height}).`);
      }
      selected = (p) => maskRaw.data[p * 3] > 127;
    } else if (maskMode === 'MASK_MODE_SEMANTIC') {
      const classes = config.maskClasses;
      if (!Array.isArray(classes) || classes.length === 0 || classes.some((c) => !Number.isInteger(c) || c < 0 || c > 193)) {
        throw fail(400, 'maskImageConfig.maskClasses needs segmentation class ids between 0 and 193 for MASK_MODE_SEMANTIC.');
      }
      const fg = foregroundMask(source);
      selected = (p) => fg[p] === 1;
    } else {
      const fg = foregroundMask(source);
      selected = maskMode === 'MASK_MODE_FOREGROUND' ? (p) => fg[p] === 1 : (p) => fg[p] === 0;
    }
    if (mode === 'EDIT_MODE_INPAINT_REMOVAL') {
      // Removal: the masked pixels take the surrounding (corner) colour.
      const [r, g, b] = [source.data[0], source.data[1], source.data[2]];
      const out = Buffer.from(source.data);
      for (let p = 0; p < source.width * source.height; p++)
        if (selected(p)) {
          out[p * 3] = r;
          out[p * 3 + 1] = g;
          out[p * 3 + 2] = b;
        }
      return Promise.all(seeds.map(() => pngOf({ ...source, data: out })));
    }
    return Promise.all(seeds.map((seed) => pngOf(paint(source, selected, seed))));
  }
  // Prompts refer to each reference as [id].
  for (const r of refs) {
    if (!prompt.includes(`[${String(r.referenceId)}]`)) throw fail(400, `The prompt must refer to reference image ${String(r.referenceId)} as [${String(r.referenceId)}].`);
  }
  if (mode === 'EDIT_MODE_CONTROLLED_EDITING') {
    const [control] = ofType('REFERENCE_TYPE_CONTROL');
    if (!control) throw fail(400, 'EDIT_MODE_CONTROLLED_EDITING needs a REFERENCE_TYPE_CONTROL reference image.');
    const config = (control.controlImageConfig ?? {}) as { controlType?: string };
    if (!['CONTROL_TYPE_CANNY', 'CONTROL_TYPE_SCRIBBLE', 'CONTROL_TYPE_FACE_MESH'].includes(String(config.controlType))) {
      throw fail(400, `controlImageConfig.controlType ${String(config.controlType)} is not supported.`);
    }
    const source = await refImage(control.referenceImage, 'control reference');
    const meta = await sharp(source).metadata();
    const [w, h] = sized(ratio, IMAGEN_RATIOS, [meta.width!, meta.height!]);
    // The "control map" (edges) coloured with the prompt's colours.
    const edges = await sharp(source)
      .greyscale()
      .convolve({ width: 3, height: 3, kernel: [-1, -1, -1, -1, 8, -1, -1, -1, -1] })
      .negate()
      .resize(w, h, { fit: 'fill' })
      .toBuffer();
    return Promise.all(seeds.map((seed) => sharp(edges).tint(colour(seed, 1)).png().toBuffer()));
  }
  const styles = ofType('REFERENCE_TYPE_STYLE');
  const subjects = ofType('REFERENCE_TYPE_SUBJECT');
  if (styles.length + subjects.length === 0) throw fail(400, `${mode} needs style or subject reference images.`);
  for (const s of subjects) {
    const type = (s.subjectImageConfig as { subjectType?: string } | undefined)?.subjectType;
    if (!['SUBJECT_TYPE_PERSON', 'SUBJECT_TYPE_ANIMAL', 'SUBJECT_TYPE_PRODUCT', 'SUBJECT_TYPE_DEFAULT'].includes(String(type))) {
      throw fail(400, `subjectImageConfig.subjectType ${String(type)} is not supported.`);
    }
  }
  const [w, h] = sized(ratio, IMAGEN_RATIOS, [1024, 1024]);
  const firstRef = await refImage((subjects[0] ?? styles[0]).referenceImage, 'reference image');
  const inset = await sharp(firstRef)
    .rotate()
    .resize(Math.round(w / 2), Math.round(h / 2), { fit: 'inside' })
    .png()
    .toBuffer();
  return Promise.all(
    seeds.map(async (seed) =>
      sharp(await synthImage(w, h, seed))
        .composite([{ input: inset, gravity: 'center' }])
        .png()
        .toBuffer(),
    ),
  );
}
