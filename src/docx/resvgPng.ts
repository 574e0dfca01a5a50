/**
 * Charts to PNG in Node with @resvg/resvg-js (a prebuilt native renderer inside the npm package: no
 * browser, no network). Loaded only by the command line: the task pane uses the canvas (./canvasPng.ts).
 *
 * Fonts: resvg builds its font database for every image; scanning all the system's fonts cost about
 * four times the drawing itself (measured: 9 charts in 5.2 s against 2.1 s with two font files, on a
 * loaded 2-core machine). So the two faces the charts use (regular, bold) are looked up once among
 * the usual places of the families the SVG names; the system's fonts only when none is found.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { pngScale, type ChartToPng } from './chartPng';

/** The SVG's families (src/report/bilan/chart.ts), regular and bold, where Linux, macOS and Windows put them. */
const candidates: ReadonlyArray<{ family: string; files: [string, string] }> = [
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'] },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'] },
  { family: 'Liberation Sans', files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'] },
  { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'] },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
];

let fonts: ResvgRenderOptions['font'] | undefined;

function chartFonts(): NonNullable<ResvgRenderOptions['font']> {
  fonts ??= (() => {
    const found = candidates.find((c) => c.files.every((f) => existsSync(f)));
    return found !== undefined ? { loadSystemFonts: false, fontFiles: [...found.files], defaultFontFamily: found.family } : { loadSystemFonts: true };
  })();
  return fonts;
}

export const resvgPng: ChartToPng = async (svg, width) => new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width * pngScale) }, font: chartFonts() }).render().asPng();
