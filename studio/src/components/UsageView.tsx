// Usage (where the gateway serves /api/v1/usage): spend and jobs per day as a chart, and the
// same period by provider and by model; the key's budget (where it has one) drawn on the chart.
import { useState } from 'preact/hooks';
import type { operations } from '../../../clients/typescript/index.js';
import { api } from '../gateway.js';
import { useLoad } from '../hooks.js';
import { useStudio } from '../studio-context.js';
import { UsageChart, type DayRow } from './UsageChart.js';

type Usage = operations['getUsage']['responses'][200]['content']['application/json']['result'];
type Budget = NonNullable<Usage['budget']>;

const usd = (n: number) => `$${n.toFixed(n < 1 ? 4 : 2)}`;

function BudgetStatus({ budget }: { budget: Budget }) {
  const used = budget.spent_usd + budget.held_usd;
  return (
    <p class="budget-status">
      <label for="budget-used">Budget this {budget.period}</label> <meter id="budget-used" min={0} max={budget.limit_usd} high={budget.limit_usd * 0.8} value={used} />{' '}
      <strong>{usd(budget.spent_usd)}</strong> spent of <strong>{usd(budget.limit_usd)}</strong>
      {budget.held_usd > 0 && <> ({usd(budget.held_usd)} more held by unfinished jobs)</>}; resets {new Date(budget.resets_at).toLocaleString()}.
    </p>
  );
}

function UsageTable({ title, group, usage }: { title: string; group: string; usage?: Usage }) {
  return (
    <table class="usage-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{group}</th>
          <th scope="col">Jobs</th>
          <th scope="col">Cost</th>
        </tr>
      </thead>
      <tbody>
        {usage?.rows.map((row) => (
          <tr key={String(row[group])}>
            <th scope="row">{String(row[group])}</th>
            <td>{row.jobs}</td>
            <td>{usd(row.cost_usd)}</td>
          </tr>
        ))}
        {usage?.rows.length === 0 && (
          <tr>
            <td colSpan={3} class="muted">
              Nothing in this period.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function UsageView() {
  const { client, apiKey } = useStudio();
  const [days, setDays] = useState(30);
  const from = new Date(Date.now() - days * 86_400_000);
  from.setUTCHours(0, 0, 0, 0);
  const query = (group: string) => `/api/v1/usage?${new URLSearchParams({ group_by: group, from: from.toISOString() })}`;
  const load = (group: string) => () => (apiKey ? api<Usage>(client, 'GET', query(group)) : Promise.reject(new Error('Enter your API key')));
  const byDay = useLoad(load('day'), [client, days]);
  const byProvider = useLoad(load('provider'), [client, days]);
  const byModel = useLoad(load('model'), [client, days]);
  const error = byDay.error ?? byProvider.error ?? byModel.error;
  return (
    <section class="usage">
      <div class="toolbar">
        <h1>Usage</h1>
        <label>
          Period{' '}
          <select value={String(days)} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
          </select>
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {byDay.data && (
        <>
          <p>
            {byDay.data.scope === 'all' ? 'All keys' : 'This key'}: <strong>{usd(byDay.data.total_cost_usd)}</strong> estimated since {from.toLocaleDateString()}.
          </p>
          {byDay.data.budget && <BudgetStatus budget={byDay.data.budget} />}
          <UsageChart from={from} days={days} rows={byDay.data.rows as unknown as DayRow[]} budget={byDay.data.budget} />
        </>
      )}
      <div class="tables">
        <UsageTable title="By provider" group="provider" usage={byProvider.data} />
        <UsageTable title="By model" group="model" usage={byModel.data} />
      </div>
    </section>
  );
}
