// Spend per day (bars) and jobs per day (line) as an SVG chart, with the key's budget as a dashed
// line: against each day's bar for a daily budget; for a monthly one, against the month's running
// total (a second line, starting from zero on the 1st).

export interface DayRow {
  day: string;
  jobs: number;
  cost_usd: number;
}

export interface ChartBudget {
  limit_usd: number;
  period: 'day' | 'month';
}

const W = 1200;
const H = 260;
const PAD = 36;

const money = (usd: number) => `$${usd.toFixed(usd < 1 ? 4 : 2)}`;

export function UsageChart({ from, days, rows, budget }: { from: Date; days: number; rows: DayRow[]; budget?: ChartBudget | null }) {
  const byDay = new Map(rows.map((r) => [String(r.day).slice(0, 10), r]));
  let monthTotal = 0;
  const series = Array.from({ length: days + 1 }, (_, i) => {
    const day = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    const cost = byDay.get(day)?.cost_usd ?? 0;
    monthTotal = (day.endsWith('-01') ? 0 : monthTotal) + cost;
    return { day, cost, jobs: byDay.get(day)?.jobs ?? 0, monthTotal };
  });
  const monthly = budget?.period === 'month';
  const maxCost = Math.max(budget?.limit_usd ?? 0, ...series.map((s) => (monthly ? s.monthTotal : s.cost)), 0.01) * 1.05;
  const maxJobs = Math.max(...series.map((s) => s.jobs), 1);
  const step = (W - 2 * PAD) / series.length;
  const x = (i: number) => PAD + step * (i + 0.5);
  const y = (cost: number) => H - PAD - (cost / maxCost) * (H - 2 * PAD);
  const jobsLine = series.map((s, i) => `${x(i)},${H - PAD - (s.jobs / maxJobs) * (H - 2 * PAD)}`).join(' ');
  const monthLine = series.map((s, i) => `${x(i)},${y(s.monthTotal)}`).join(' ');
  const budgetText = budget && `budget ${money(budget.limit_usd)} per ${budget.period}`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Spend and jobs per day over ${days} days${budgetText ? `, with the ${budgetText}` : ''}`}>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} class="axis" />
        <text x={4} y={PAD - 6} class="tick">
          {money(maxCost)}
        </text>
        <text x={W - PAD + 4} y={PAD - 6} class="tick">
          {maxJobs} jobs
        </text>
        {series.map((s, i) => (
          <rect key={s.day} data-day={s.day} x={PAD + step * i + 1} y={y(s.cost)} width={Math.max(step - 2, 1)} height={H - PAD - y(s.cost)} class="bar">
            <title>{`${s.day}: ${money(s.cost)}, ${s.jobs} jobs`}</title>
          </rect>
        ))}
        <polyline points={jobsLine} class="jobs-line" />
        {monthly && <polyline points={monthLine} class="month-line" />}
        {budget && (
          <g class="budget" data-limit-usd={budget.limit_usd}>
            <line x1={PAD} x2={W - PAD} y1={y(budget.limit_usd)} y2={y(budget.limit_usd)} />
            <text x={W - PAD} y={y(budget.limit_usd) - 5} class="tick end">
              {budgetText}
            </text>
          </g>
        )}
        <text x={PAD} y={H - 8} class="tick">
          {series[0]!.day}
        </text>
        <text x={W - PAD} y={H - 8} class="tick end">
          {series.at(-1)!.day}
        </text>
      </svg>
      <figcaption>
        Bars: estimated spend per day. Line: jobs per day.
        {monthly && ' Thin line: spend so far in the month.'}
        {budget && ` Dashed: the key's ${budgetText}.`}
      </figcaption>
    </figure>
  );
}
