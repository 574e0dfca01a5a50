/**
 * Charts to PNG in the browser: the SVG drawn as an image on a canvas, then `toBlob('image/png')`.
 * The browser already renders SVG, so this costs nothing to load, where resvg's wasm build would add
 * megabytes to the pane. A `data:` URL keeps everything in the page (no request, nothing leaves the
 * machine), and an SVG image without external references leaves the canvas readable.
 */
import { pngScale, type ChartToPng } from './chartPng';

export const canvasPng: ChartToPng = async (svg, width, height) => {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pngScale);
  canvas.height = Math.round(height * pngScale);
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('canvas 2d');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('canvas toBlob');
  return new Uint8Array(await blob.arrayBuffer());
};
