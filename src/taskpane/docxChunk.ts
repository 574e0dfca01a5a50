/**
 * The task pane's one door to the `docx` package and src/docx, loaded on first use as its own chunk
 * (`import(/* webpackChunkName: "docx" *\/ '../docxChunk')`), so that the Word writer is fetched only
 * when the adviser prepares a bilan, never when the pane opens (as xlsxChunk.ts for ExcelJS).
 *
 * Charts become PNG through the browser's canvas (src/docx/canvasPng.ts): the command line uses
 * resvg, a native module a browser cannot load; the canvas needs nothing more in the page.
 */
import { canvasPng } from '../docx/canvasPng';
import { renderBilanDocx } from '../docx/renderBilan';
import type { BilanDocument } from '../report/bilan';

export const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function renderBilan(document: BilanDocument): Promise<Uint8Array> {
  return renderBilanDocx(document, canvasPng);
}
