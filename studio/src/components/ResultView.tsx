// A result as it is: images (before/after for edits), video and audio players, texts, each
// medium with its download link; and the JSON itself.
import { useMediaKind } from '../hooks.js';
import { mediaOf, textsOf, type MediaItem } from '../result-media.js';
import { Compare } from './Compare.js';

function Medium({ item: listed, index, before }: { item: MediaItem; index: number; before?: string }) {
  const kind = useMediaKind(listed);
  if (!kind) return null;
  const item = { ...listed, kind };
  const label = `Result ${kind} ${index + 1}`;
  return (
    <figure class={`medium medium-${item.kind}`}>
      {item.kind === 'image' && before ? <Compare before={before} after={item.url} label={label} /> : null}
      {item.kind === 'image' && !before ? <img src={item.url} alt={label} /> : null}
      {item.kind === 'video' && <video src={item.url} controls playsInline aria-label={label} />}
      {item.kind === 'audio' && <audio src={item.url} controls aria-label={label} />}
      <figcaption>
        <a href={item.url} download>
          Download {item.kind}
        </a>
        {item.width && item.height ? (
          <span class="muted">
            {' '}
            {item.width}×{item.height}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

export function ResultView({ result, before }: { result: unknown; before?: string }) {
  const media = mediaOf(result);
  const texts = textsOf(result);
  return (
    <div class="result">
      <h2>Result</h2>
      {media.length > 0 && (
        <div class="media-grid">
          {media.map((item, i) => (
            <Medium key={item.url} item={item} index={i} before={i === 0 ? before : undefined} />
          ))}
        </div>
      )}
      {texts.map(({ label, text }) => (
        <blockquote class="text-result" key={label}>
          <cite>{label}</cite>
          <p>{text}</p>
        </blockquote>
      ))}
      <details class="json" open={media.length === 0 && texts.length === 0}>
        <summary>Response JSON</summary>
        <pre>{JSON.stringify(result, null, 2)}</pre>
      </details>
    </div>
  );
}
