/** Styles of the « Générer » view: one column, 320 px wide, tokens only (the high-contrast theme works). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useGenerateViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  groupLabel: { fontWeight: tokens.fontWeightSemibold },
  picker: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  pickedRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  list: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '240px',
    overflowY: 'auto',
    overflowX: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  pickGroup: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  pickGroupLabel: {
    fontWeight: tokens.fontWeightSemibold,
    paddingInlineStart: tokens.spacingHorizontalS,
    paddingBlockStart: tokens.spacingVerticalXS,
  },
  checkboxLabel: { overflowWrap: 'anywhere' },
  kind: { color: tokens.colorNeutralForeground2 },
  text: { overflowWrap: 'anywhere' },
  input: { maxWidth: '100%' },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  wrapButton: { height: 'auto', textAlign: 'start', whiteSpace: 'normal', maxWidth: '100%' },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});
