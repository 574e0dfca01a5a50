/**
 * The port that turns a chart's SVG into PNG bytes for the Word document. Word shows SVG only from
 * Office 2016 on, and LibreOffice's .docx import of SVG images varies: a PNG is what every reader
 * lays out. Two implementations: resvg in Node (./resvgPng.ts), the browser's own canvas in the task
 * pane (./canvasPng.ts). `width` and `height`: the chart's size in points; the PNG is drawn larger
 * (`pngScale`) so that it stays sharp when printed.
 */
export type ChartToPng = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export const pngScale = 2;
