// A provider's asynchronous job moves through phases with time (Firefly: pending, then running;
// Runway: running once a slot is free). Twins derive the phase and its progress from when the
// work started, rather than from timers, so a status read is always consistent with the clock.

/** The phase `now` falls in (`over` once every phase has passed) and how far through it (0–1). */
export function phaseAt<P extends string>(startedAt: number, phases: readonly (readonly [P, number])[], now = Date.now()): { phase: P | 'over'; progress: number } {
  let elapsed = now - startedAt;
  for (const [phase, ms] of phases) {
    if (elapsed < ms) return { phase, progress: Math.max(0, elapsed / ms) };
    elapsed -= ms;
  }
  return { phase: 'over', progress: 1 };
}
