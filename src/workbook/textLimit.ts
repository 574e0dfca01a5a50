/**
 * Excel's limit on the text of one cell: 32 767 characters (« Total number of characters that a
 * cell can contain », Excel specifications and limits). A workbook holding more is « repaired »
 * by Excel on opening. Nothing this project writes may exceed it, whatever a return held.
 */
export const maxCellText = 32_767;

const ellipsis = '…';

/** The text, or its first characters and « … » so that the whole fits in `max` characters. */
export function clipText(text: string, max: number = maxCellText): string {
  return text.length <= max ? text : text.slice(0, max - ellipsis.length) + ellipsis;
}
