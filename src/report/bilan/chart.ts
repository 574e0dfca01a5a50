/**
 * A small chart module of our own: one series over the periods, as a line (a figure followed year
 * after year) or as bars, drawn as an SVG string. No chart library: the bilan needs one kind of
 * picture, and an SVG of our own renders the same through resvg (Node) and the browser's canvas.
 * Gaps stay gaps: a period without a figure is never drawn as zero (ARCHITECTURE.md, empty ≠ 0).
 */

export type ChartShape = 'line' | 'bar';

export type ChartSeries = {
  /** One label per period (x axis). */
  labels: readonly string[];
  /** One value per label; null where there is no figure. */
  values: ReadonlyArray<number | null>;
  /** How a value or a tick is written (French numbers, percentages). */
  format: (n: number) => string;
};

export type ChartSize = { width: number; height: number };
export const defaultChartSize: ChartSize = { width: 440, height: 200 };

const margin = { left: 64, right: 16, top: 22, bottom: 30 };
// eslint-disable-next-line ctg/no-french-literal -- font names (« Sans » is their English word), not a sentence
const font = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"';
const colour = { line: '#1f5fa8', bar: '#5b8fd0', grid: '#d9d9d9', axis: '#7f7f7f', text: '#404040' };

/** Ticks at 1, 2 or 5 × a power of ten, from 0 (or below the least value) past the largest. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = max > low ? max : low + 1;
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const first = Math.floor(low / step) * step;
  const ticks: number[] = [];
  // Counted in steps, then written to 12 significant digits: 3 × 0.2 is 0.6, not 0.6000000000000001.
  for (let k = Math.round(first / step); k * step < high + step * 0.999; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const fixed = (n: number) => Number(n.toFixed(1));

export function chartSvg(series: ChartSeries, shape: ChartShape, size: ChartSize = defaultChartSize): string {
  const known = series.values.filter((v): v is number => v !== null);
  const ticks = niceTicks(known.length > 0 ? Math.min(...known) : 0, known.length > 0 ? Math.max(...known) : 1);
  const bottom = ticks[0]!;
  const top = ticks[ticks.length - 1]!;
  const plot = { x: margin.left, y: margin.top, w: size.width - margin.left - margin.right, h: size.height - margin.top - margin.bottom };
  const slot = plot.w / Math.max(1, series.labels.length);
  const xOf = (i: number) => fixed(plot.x + slot * (i + 0.5));
  const yOf = (v: number) => fixed(plot.y + plot.h - ((v - bottom) / (top - bottom)) * plot.h);
  const parts: string[] = [`<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>`];
  for (const t of ticks) {
    parts.push(`<line x1="${plot.x}" y1="${yOf(t)}" x2="${plot.x + plot.w}" y2="${yOf(t)}" stroke="${colour.grid}" stroke-width="0.8"/>`);
    parts.push(`<text x="${plot.x - 6}" y="${yOf(t) + 3.5}" text-anchor="end" font-size="10" fill="${colour.text}" ${font}>${escapeXml(series.format(t))}</text>`);
  }
  parts.push(`<line x1="${plot.x}" y1="${yOf(bottom)}" x2="${plot.x + plot.w}" y2="${yOf(bottom)}" stroke="${colour.axis}" stroke-width="1"/>`);
  series.labels.forEach((label, i) => {
    parts.push(`<text x="${xOf(i)}" y="${plot.y + plot.h + 18}" text-anchor="middle" font-size="10" fill="${colour.text}" ${font}>${escapeXml(label)}</text>`);
  });
  if (shape === 'bar') parts.push(...bars(series, slot, xOf, yOf, bottom));
  else parts.push(...line(series, xOf, yOf));
  series.values.forEach((v, i) => {
    if (v === null) return;
    parts.push(`<text x="${xOf(i)}" y="${yOf(v) - 7}" text-anchor="middle" font-size="10" font-weight="bold" fill="${colour.text}" ${font}>${escapeXml(series.format(v))}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">${parts.join('')}</svg>`;
}

function bars(series: ChartSeries, slot: number, xOf: (i: number) => number, yOf: (v: number) => number, bottom: number): string[] {
  const width = fixed(slot * 0.55);
  return series.values.flatMap((v, i) => {
    if (v === null) return [];
    const y = Math.min(yOf(v), yOf(bottom));
    const h = fixed(Math.abs(yOf(bottom) - yOf(v)));
    return [`<rect x="${fixed(xOf(i) - width / 2)}" y="${y}" width="${width}" height="${h}" fill="${colour.bar}"/>`];
  });
}

/** Segments between consecutive figures: a missing period breaks the line rather than dropping it to zero. */
function line(series: ChartSeries, xOf: (i: number) => number, yOf: (v: number) => number): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) out.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${colour.line}" stroke-width="2.2"/>`);
    run = [];
  };
  series.values.forEach((v, i) => {
    if (v === null) return flush();
    run.push(`${xOf(i)},${yOf(v)}`);
    out.push(`<circle cx="${xOf(i)}" cy="${yOf(v)}" r="3.5" fill="${colour.line}"/>`);
  });
  flush();
  return out;
}
