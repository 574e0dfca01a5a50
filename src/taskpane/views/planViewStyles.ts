/** Styles of the « Plan » view: one column, 320 px wide, tokens only (the high-contrast theme works). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePlanViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  text: { overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  table: { width: '100%', tableLayout: 'fixed' },
  ficheColumn: { width: '52%' },
  numberColumn: { width: '20%', textAlign: 'end' },
  // Wide enough for « Indicateurs » whole at 320 px: a header cut mid-word reads badly.
  indicatorColumn: { width: '28%', textAlign: 'end' },
  ficheCell: { overflowWrap: 'anywhere', paddingBlock: tokens.spacingVerticalXXS },
  ficheNumber: { fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  announced: { textAlign: 'end', fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  // The browser's own file control speaks the browser's language (« Choose File »): it stays in
  // the page, labelled, for assistive technologies and tests, but the adviser sees a Fluent button.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  fileButton: { alignSelf: 'flex-start' },
  issues: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  issue: { overflowWrap: 'anywhere' },
  where: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  wrapButton: { height: 'auto', textAlign: 'start', whiteSpace: 'normal', maxWidth: '100%' },
});
