/** The bilan's own chart module: ticks a reader can read, and gaps that stay gaps (never a zero). */
import { chartSvg, niceTicks } from '../../../src/report/bilan';

describe('niceTicks', () => {
  it.each([
    [0, 7, [0, 2, 4, 6, 8]],
    [0, 893, [0, 500, 1000]],
    [12, 19, [0, 5, 10, 15, 20]],
    [-30, 50, [-40, -20, 0, 20, 40, 60]],
    [0, 0, [0, 0.5, 1]],
    [0, 0.42, [0, 0.2, 0.4, 0.6]],
  ])('from %d to %d: %j', (min, max, expected) => {
    expect(niceTicks(min, max)).toEqual(expected);
  });
});

const count = (svg: string, tag: string) => (svg.match(new RegExp(`<${tag}\\b`, 'g')) ?? []).length;
const labels = (svg: string) => [...svg.matchAll(/font-weight="bold"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('chartSvg', () => {
  it.each([
    // shape, values, circles, polylines (runs of two figures or more), bars (the background is one rect)
    ['line', [1, null, 3, 4], 3, 1, 0],
    ['line', [1, 2, null, 4, 5], 4, 2, 0],
    ['line', [null, null, null], 0, 0, 0],
    ['bar', [2, null, 5], 0, 0, 2],
  ] as const)('%s of %j: %i points, %i lines, %i bars', (shape, values, circles, lines, bars) => {
    const svg = chartSvg({ labels: values.map((_, i) => String(2022 + i)), values, format: String }, shape);
    expect([count(svg, 'circle'), count(svg, 'polyline'), count(svg, 'rect') - 1]).toEqual([circles, lines, bars]);
    expect(labels(svg)).toEqual(values.filter((v) => v !== null).map(String));
  });

  it('escapes what it writes as text', () => {
    const svg = chartSvg({ labels: ['<2022 & co>'], values: [1], format: () => '"1"' }, 'bar');
    expect(svg).toContain('&lt;2022 &amp; co&gt;');
    expect(svg).toContain('&quot;1&quot;');
    expect(svg).not.toContain('<2022');
  });

  it('draws a higher value higher', () => {
    const svg = chartSvg({ labels: ['a', 'b'], values: [10, 30], format: String }, 'line');
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeLessThan(ys[0]!);
  });
});
