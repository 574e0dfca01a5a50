/**
 * Charts to PNG in Node with @resvg/resvg-js (a prebuilt native renderer inside the npm package: no
 * browser, no network). Loaded only by the command line: the task pane uses the canvas (./canvasPng.ts).
 */
import { Resvg } from '@resvg/resvg-js';
import { pngScale, type ChartToPng } from './chartPng';

export const resvgPng: ChartToPng = async (svg, width) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width * pngScale) }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
