import { i18n } from '../../i18n';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty } from '../States';

export interface ChartSeries {
  name: string;
  values: number[];
  /** A colour that means something (failed in red); otherwise the next of the palette. */
  colour?: string;
}

/** What a chart shows: one value per category (hour, age, day) for each series (worker, zone, source system). */
export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

/** Tell apart on white, for people with the common colour vision deficiencies too (Okabe-Ito, darkened); grey for "Others". */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9', '#6b4c9a', '#000000'];
const OTHERS = '#8795a1';

const colourOf = (s: ChartSeries, i: number) => s.colour ?? (s.name === i18n.t('ui:others') ? OTHERS : (COLOURS[i % COLOURS.length] ?? OTHERS));

/** Colours that carry a meaning of their own, as the status pills use them. */
export const MEANING = { good: '#17693a', bad: '#a4161a', neutral: '#0072b2' } as const;

interface ChartFigureProps {
  title: string;
  data: ChartData;
  /** Bars, stacked when the series add up to a whole (picks of all workers); lines for a figure over time. */
  kind?: 'bars' | 'stacked' | 'lines';
  /** Shown instead of an empty chart when every value is 0. */
  empty?: string;
}

/**
 * A chart with its title and, for screen readers and for anyone who wants the exact figures, the same
 * data as a table under "Figures". Only the overviews import this module: recharts stays out of every
 * other screen's download.
 */
export function ChartFigure({ title, data, kind = 'bars', empty }: ChartFigureProps) {
  const id = useId();
  const rows = data.categories.map((category, i) => ({ category, ...Object.fromEntries(data.series.map((s, j) => [`s${String(j)}`, s.values[i] ?? 0])) }));
  const total = data.series.reduce((sum, s) => sum + s.values.reduce((a, b) => a + b, 0), 0);
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="category" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
      <Tooltip />
      {/* In the order of the series (largest first), not alphabetically. */}
      <Legend itemSorter={null} />
    </>
  );
  return (
    <figure className="qs-chart" aria-labelledby={id}>
      <figcaption id={id}>{title}</figcaption>
      {total === 0 && empty ? (
        <Empty>{empty}</Empty>
      ) : (
        <div className="qs-chart-area" data-testid="chart">
          {kind === 'lines' ? (
            <LineChart responsive data={rows} style={{ width: '100%', height: '100%' }}>
              {axes}
              {data.series.map((s, i) => (
                <Line key={s.name} type="monotone" dataKey={`s${String(i)}`} name={s.name} stroke={colourOf(s, i)} strokeWidth={2} isAnimationActive={false} />
              ))}
            </LineChart>
          ) : (
            <BarChart responsive data={rows} style={{ width: '100%', height: '100%' }}>
              {axes}
              {data.series.map((s, i) => (
                <Bar key={s.name} dataKey={`s${String(i)}`} name={s.name} fill={colourOf(s, i)} stackId={kind === 'stacked' ? 'all' : undefined} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </div>
      )}
      <details>
        <summary>{i18n.t('ui:figures')}</summary>
        <div className="qs-table-wrap" role="region" aria-label={i18n.t('ui:figuresOf', { title })} tabIndex={0}>
          <table className="qs-table">
            <caption className="qs-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col" />
                {data.series.map((s) => (
                  <th key={s.name} scope="col" data-numeric>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {data.series.map((s) => (
                    <td key={s.name} data-numeric>
                      {s.values[i] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
