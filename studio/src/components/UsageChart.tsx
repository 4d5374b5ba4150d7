// Spend per day (bars) and jobs per day (line) as an SVG chart, with the budget as a dashed line.

export interface DayRow {
  day: string;
  jobs: number;
  cost_usd: number;
}

const W = 1200;
const H = 260;
const PAD = 36;

export function UsageChart({ from, days, rows, budget }: { from: Date; days: number; rows: DayRow[]; budget?: number }) {
  const byDay = new Map(rows.map((r) => [String(r.day).slice(0, 10), r]));
  const series = Array.from({ length: days + 1 }, (_, i) => {
    const day = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return { day, cost: byDay.get(day)?.cost_usd ?? 0, jobs: byDay.get(day)?.jobs ?? 0 };
  });
  const maxCost = Math.max(budget ?? 0, ...series.map((s) => s.cost), 0.01);
  const maxJobs = Math.max(...series.map((s) => s.jobs), 1);
  const step = (W - 2 * PAD) / series.length;
  const y = (cost: number) => H - PAD - (cost / maxCost) * (H - 2 * PAD);
  const jobsLine = series.map((s, i) => `${PAD + step * (i + 0.5)},${H - PAD - (s.jobs / maxJobs) * (H - 2 * PAD)}`).join(' ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Spend and jobs per day over ${days} days`}>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} class="axis" />
        <text x={4} y={PAD} class="tick">${maxCost.toFixed(2)}</text>
        <text x={W - PAD + 4} y={PAD} class="tick">{maxJobs} jobs</text>
        {series.map((s, i) => (
          <rect key={s.day} x={PAD + step * i + 1} y={y(s.cost)} width={Math.max(step - 2, 1)} height={H - PAD - y(s.cost)} class="bar">
            <title>{`${s.day}: $${s.cost.toFixed(4)}, ${s.jobs} jobs`}</title>
          </rect>
        ))}
        <polyline points={jobsLine} class="jobs-line" />
        {budget !== undefined && <line x1={PAD} x2={W - PAD} y1={y(budget)} y2={y(budget)} class="budget" />}
        <text x={PAD} y={H - 8} class="tick">{series[0]!.day}</text>
        <text x={W - PAD} y={H - 8} class="tick end">{series.at(-1)!.day}</text>
      </svg>
      <figcaption>Bars: estimated spend per day. Line: jobs per day.{budget !== undefined ? ' Dashed: budget.' : ''}</figcaption>
    </figure>
  );
}
