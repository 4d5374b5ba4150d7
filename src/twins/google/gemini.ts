// generateContent (Gemini API and Vertex AI) in the Google twin: images for image models (new
// ones, or edits of the latest image in the conversation), text and structured answers otherwise.
// Inline image, video and audio parts are checked by their bytes.
import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { GEMINI_RATIOS, HARM_CATEGORIES, HARM_METHODS, HARM_THRESHOLDS, isImageModel } from './catalog.js';
import { fail } from './errors.js';
import { editedImage, rngFrom, synthImage } from './media.js';
import { phrase, valueFor, type Schema } from './structured.js';

interface InlinePart {
  kind: 'image' | 'video' | 'audio' | 'other';
  mimeType: string;
  bytes: Buffer;
  width?: number;
  height?: number;
}

/** Reads one `inlineData` part the way Gemini would: the bytes must be what the type says. */
async function readInline(part: Record<string, unknown>, where: string): Promise<InlinePart> {
  const inline = part.inlineData as { mimeType?: unknown; data?: unknown };
  if (typeof inline.mimeType !== 'string' || typeof inline.data !== 'string' || inline.data.length === 0) {
    throw fail(400, `* ${where}.inline_data: mime_type and data are required`);
  }
  const bytes = Buffer.from(inline.data, 'base64');
  const mimeType = inline.mimeType.toLowerCase();
  if (mimeType.startsWith('image/')) {
    const meta = await sharp(bytes)
      .metadata()
      .catch(() => undefined);
    if (!meta?.width) throw fail(400, `Unable to process input image. Please retry or report in https://developers.generativeai.google/guide/troubleshooting (${where})`);
    return { kind: 'image', mimeType, bytes, width: meta.width, height: meta.height };
  }
  if (mimeType.startsWith('video/') || mimeType.startsWith('audio/')) {
    const sniffed = await fileTypeFromBuffer(bytes);
    const kind = mimeType.startsWith('video/') ? 'video' : 'audio';
    if (!sniffed || !(sniffed.mime.startsWith(`${kind}/`) || (kind === 'audio' && sniffed.mime === 'video/mp4'))) {
      throw fail(400, `The document has no pages or the ${kind} could not be read (${where}: ${mimeType})`);
    }
    return { kind, mimeType, bytes };
  }
  if (mimeType === 'application/pdf' || mimeType.startsWith('text/')) return { kind: 'other', mimeType, bytes };
  throw fail(400, `Unsupported MIME type: ${inline.mimeType}`);
}

export async function generateContent(family: 'gemini-api' | 'vertex', model: string, body: Record<string, unknown>): Promise<unknown> {
  const contents = body.contents as Record<string, unknown>[] | undefined;
  if (!Array.isArray(contents) || contents.length === 0) throw fail(400, '* GenerateContentRequest.contents: contents is not specified');
  const texts: string[] = [];
  const media: InlinePart[] = [];
  let lastImage: InlinePart | undefined;
  for (const [i, content] of contents.entries()) {
    const parts = content.parts as Record<string, unknown>[] | undefined;
    if (!Array.isArray(parts) || parts.length === 0) throw fail(400, `* GenerateContentRequest.contents[${i}].parts: contents.parts must not be empty.`);
    if (content.role !== undefined && !['user', 'model'].includes(String(content.role))) throw fail(400, `Please use a valid role: user, model. (contents[${i}])`);
    for (const [j, part] of parts.entries()) {
      const where = `contents[${i}].parts[${j}]`;
      if (typeof part.text === 'string') {
        if (content.role !== 'model' && !part.thought) texts.push(part.text);
      } else if (part.inlineData) {
        const inline = await readInline(part, where);
        if (content.role !== 'model') media.push(inline);
        if (inline.kind === 'image') lastImage = inline;
      } else if (part.fileData) {
        const uri = String((part.fileData as { fileUri?: unknown }).fileUri ?? '');
        throw fail(400, family === 'gemini-api' ? `Unsupported file uri: ${uri}` : `Unable to read ${uri}: the twin has no Cloud Storage.`);
      } else if (!part.thoughtSignature) {
        throw fail(400, `* GenerateContentRequest.${where}.data: required oneof field 'data' must have one initialized field`);
      }
    }
  }
  const config = (body.generationConfig ?? {}) as Record<string, unknown>;
  const modalities = ((config.responseModalities as string[] | undefined) ?? ['TEXT']).map((m) => String(m).toUpperCase());
  if (modalities.some((m) => !['TEXT', 'IMAGE', 'AUDIO'].includes(m))) throw fail(400, `Invalid response modality: ${modalities.join(', ')}`);
  const wantsImage = modalities.includes('IMAGE');
  if (wantsImage && !isImageModel(model)) throw fail(400, `Model does not support the requested response modalities: ${modalities.map((m) => m.toLowerCase()).join(',')}`);
  const safety = body.safetySettings as Record<string, unknown>[] | undefined;
  for (const [i, setting] of (safety ?? []).entries()) {
    if (!HARM_CATEGORIES.includes(String(setting.category)))
      throw fail(400, `Invalid value at 'safety_settings[${i}].category' (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), "${String(setting.category)}"`);
    if (!HARM_THRESHOLDS.includes(String(setting.threshold))) throw fail(400, `Invalid value at 'safety_settings[${i}].threshold', "${String(setting.threshold)}"`);
    if (setting.method !== undefined) {
      // HarmBlockMethod exists on Vertex AI only (docs/provider-facts.md §5; js-genai refuses it for the Gemini API).
      if (family === 'gemini-api') throw fail(400, `Invalid JSON payload received. Unknown name "method" at 'safety_settings[${i}]': Cannot find field.`);
      if (!HARM_METHODS.includes(String(setting.method))) throw fail(400, `Invalid value at 'safety_settings[${i}].method', "${String(setting.method)}"`);
    }
  }
  const imageConfig = (config.imageConfig ?? {}) as Record<string, unknown>;
  if (imageConfig.aspectRatio !== undefined && !GEMINI_RATIOS[String(imageConfig.aspectRatio)]) throw fail(400, `Unsupported aspect ratio: ${String(imageConfig.aspectRatio)}`);
  if (imageConfig.personGeneration !== undefined && !['ALLOW_ALL', 'ALLOW_ADULT', 'ALLOW_NONE'].includes(String(imageConfig.personGeneration)))
    throw fail(400, `Invalid value at 'generation_config.image_config.person_generation', "${String(imageConfig.personGeneration)}"`);
  // js-genai ImageConfig.outputMimeType (sent as imageOutputOptions): "This field is not supported in Gemini API."
  if (family === 'gemini-api' && imageConfig.imageOutputOptions !== undefined)
    throw fail(400, `Invalid JSON payload received. Unknown name "imageOutputOptions" at 'generation_config.image_config': Cannot find field.`);
  const mime = String(config.responseMimeType ?? 'text/plain');
  if (!['text/plain', 'application/json', 'text/x.enum'].includes(mime))
    throw fail(400, `Unsupported response mime type: ${mime}. Use text/plain, application/json or text/x.enum.`);
  if (config.responseSchema && config.responseJsonSchema) throw fail(400, 'responseSchema and responseJsonSchema cannot both be set.');
  const schema = (config.responseJsonSchema ?? config.responseSchema) as Schema | undefined;
  if (schema && mime === 'text/plain') throw fail(400, 'responseMimeType must be application/json or text/x.enum when a response schema is set.');
  const candidateCount = Number(config.candidateCount ?? 1);
  if (!Number.isInteger(candidateCount) || candidateCount < 1 || candidateCount > 8) throw fail(400, 'candidateCount must be between 1 and 8.');
  const temperature = config.temperature;
  if (temperature !== undefined && (typeof temperature !== 'number' || temperature < 0 || temperature > 2)) throw fail(400, 'temperature must be between 0 and 2.');

  const prompt = texts.join('\n');
  const usage = (candidates: number, images = 0) => ({
    promptTokenCount: Math.ceil(prompt.length / 4) + media.length * 258,
    candidatesTokenCount: candidates + images * 1290,
    totalTokenCount: Math.ceil(prompt.length / 4) + media.length * 258 + candidates + images * 1290,
  });
  const base = { modelVersion: model, responseId: randomUUID().replace(/-/g, '').slice(0, 22) };
  if (prompt.includes('twin-server-error'))
    throw fail(500, 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting');
  if (prompt.includes('blocked-by-safety')) {
    return {
      promptFeedback: {
        blockReason: 'SAFETY',
        safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }],
      },
      usageMetadata: usage(0),
      ...base,
    };
  }

  if (wantsImage) {
    if (prompt.includes('image-safety-block')) {
      return { candidates: [{ content: { role: 'model', parts: [] }, finishReason: 'IMAGE_SAFETY', index: 0 }], usageMetadata: usage(0), ...base };
    }
    if (prompt.includes('gemini-no-image')) {
      const text = 'I can only describe this idea in words; I did not create an image for it.';
      return { candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }], usageMetadata: usage(Math.ceil(text.length / 4)), ...base };
    }
    const lastText = texts[texts.length - 1] ?? prompt;
    const ratioSize = imageConfig.aspectRatio ? GEMINI_RATIOS[String(imageConfig.aspectRatio)] : undefined;
    const parts: Record<string, unknown>[] = [];
    if (lastImage) {
      // An edit of the latest image in the conversation.
      const edited = await editedImage(lastImage.bytes, lastText, ratioSize);
      parts.push({ text: `Here is the image with this change: ${lastText}` });
      parts.push({ inlineData: { mimeType: 'image/png', data: edited.toString('base64') } });
    } else {
      const asked = /(\d+)\s+(?:images|pictures|steps|scenes|illustrations)/i.exec(prompt);
      const count = asked ? Math.min(4, Math.max(1, Number(asked[1]))) : /\b(story|steps?|step-by-step|sequence|tutorial|guide|scenes)\b/i.test(prompt) ? 3 : 1;
      const [w, h] = ratioSize ?? [1024, 1024];
      for (let i = 0; i < count; i++) {
        parts.push({ text: count > 1 ? `Part ${i + 1}: ${lastText.slice(0, 120)}` : `Here is an image for: ${lastText.slice(0, 200)}` });
        parts.push({ inlineData: { mimeType: 'image/png', data: (await synthImage(w, h, `${prompt}#${i}`)).toString('base64') } });
      }
    }
    const images = parts.filter((p) => p.inlineData).length;
    return { candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }], usageMetadata: usage(40, images), ...base };
  }

  // Text (and structured) answers.
  const words = prompt.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [];
  const candidates = Array.from({ length: candidateCount }, (_, index) => {
    const rng = rngFrom(`${prompt}|${JSON.stringify(schema ?? null)}|${index}`);
    let text: string;
    if (mime === 'text/x.enum') {
      const options = (schema?.enum as unknown[] | undefined) ?? [];
      if (options.length === 0) throw fail(400, 'text/x.enum needs a response schema with enum values.');
      text = String(options[Math.floor(rng() * options.length)]);
    } else if (mime === 'application/json') {
      text = JSON.stringify(schema ? valueFor(schema, schema, rng, words) : { response: phrase(words, rng, '') });
    } else {
      const described = media.map((m) => (m.kind === 'image' ? `a ${m.width}×${m.height} image` : `a ${m.kind} of ${m.bytes.length} bytes`));
      text = `${described.length ? `The input shows ${described.join(' and ')}. ` : ''}${phrase(words, rng, '')}.`;
    }
    const limit = Number(config.maxOutputTokens ?? Infinity);
    const finishReason = mime === 'text/plain' && text.length / 4 > limit ? 'MAX_TOKENS' : 'STOP';
    if (finishReason === 'MAX_TOKENS') text = text.slice(0, Math.max(1, limit * 4));
    return { content: { role: 'model', parts: [{ text }] }, finishReason, index };
  });
  const produced = candidates.reduce((n, c) => n + Math.ceil(String(c.content.parts[0].text).length / 4), 0);
  return { candidates, usageMetadata: usage(produced), ...base };
}
