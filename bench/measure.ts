/** Timing and memory of one scenario, run in its own process so peak RSS is its own. */
export type Measurement = { scenario: string; figures: Record<string, number | string> };

export async function measure(scenario: string, body: (mark: (name: string) => void) => Promise<Record<string, number | string>>): Promise<void> {
  const started = performance.now();
  const marks: Record<string, number> = {};
  let last = started;
  const mark = (name: string) => {
    const now = performance.now();
    marks[`${name} (ms)`] = Math.round(now - last);
    last = now;
  };
  const extra = await body(mark);
  const figures = {
    ...extra,
    ...marks,
    'total (ms)': Math.round(performance.now() - started),
    // maxRSS is in kilobytes.
    'peak RSS (MB)': Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify({ scenario, figures } satisfies Measurement)}\n`);
}
