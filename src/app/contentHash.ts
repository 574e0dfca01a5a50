/**
 * A file's content hash: SHA-256 of its bytes, in hex, through Web Crypto (Node ≥ 18 and every
 * browser the pane runs in). The campaign ledger records it, so that a file sent twice is taken in once.
 */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  // A copy on its own ArrayBuffer: Web Crypto takes no view over a shared buffer.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
