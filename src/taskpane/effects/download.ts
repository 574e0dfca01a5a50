/**
 * How the standalone page hands a file to the user: a download, through a temporary
 * `<a download>` on a Blob URL. No network: the bytes never leave the machine.
 */

/** Hands `bytes` to the user as a file named `name`. */
export type Download = (name: string, bytes: Uint8Array, mime: string) => void | Promise<void>;

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const zipMime = 'application/zip';

/**
 * Browsers start reading a Blob URL when the click is handled, but some (Firefox, Safari) fail the
 * download if the URL is revoked in the same turn: revoke it a little later, as FileSaver.js does.
 */
const revokeAfterMs = 40_000;

export function browserDownload(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  }
}
