/**
 * ExcelJS decodes `&lt;`, `&gt;`, `&amp;`, `&apos;` and `&quot;` a second time, after the XML
 * parser already did, in sheet names and in `str` cells (`utils.xmlDecode`): « &amp;lt; » in the
 * file reads as « < ». Kept, so that names and values stay what they were.
 */
export function xmlDecodeAgain(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (whole) => {
    switch (whole) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return whole;
    }
  });
}
