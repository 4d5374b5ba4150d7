// Before/after: the input under the output, the output uncovered up to the slider.
import { useState } from 'preact/hooks';

export function Compare({ before, after, label }: { before: string; after: string; label: string }) {
  const [split, setSplit] = useState(50);
  return (
    <div class="compare">
      <div class="compare-stage">
        <img src={before} alt="Before" />
        {/* Styles set through the DOM (not inline markup) are allowed by the Studio's CSP. */}
        <img class="compare-after" src={after} alt={label} style={{ clipPath: `inset(0 ${100 - split}% 0 0)` }} />
        <div class="compare-line" style={{ left: `${split}%` }} aria-hidden="true" />
      </div>
      <label class="compare-slider">
        <span>Before / after</span>
        <input type="range" min={0} max={100} value={split} onInput={(e) => setSplit(Number(e.currentTarget.value))} />
      </label>
    </div>
  );
}
