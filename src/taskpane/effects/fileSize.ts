/** A file size as French users read it: « 85 Ko », « 1,3 Mo » (1 Ko = 1 024 octets, as Windows shows). */
export function formatFileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1) return `${bytes} octet${bytes > 1 ? 's' : ''}`;
  if (kb < 1000) return `${Math.max(1, Math.round(kb))} Ko`;
  const mb = Math.round((kb / 1024) * 10) / 10;
  return `${String(mb).replace('.', ',')} Mo`;
}
