/** A return's status as a badge: text always (never colour alone), colour from the theme's tokens. */
import { Badge, makeStyles, type BadgeProps } from '@fluentui/react-components';
import type { ReturnStatus } from '../../returns/result';
import type { Severity } from '../../returns/findings';

const statusColour: Record<ReturnStatus, BadgeProps['color']> = { ok: 'success', warnings: 'warning', errors: 'danger', refused: 'severe' };
const severityColour: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };

// The page breaks long words anywhere (file names); a badge's one word must never be cut.
const useStyles = makeStyles({ badge: { flexShrink: 0, whiteSpace: 'nowrap', overflowWrap: 'normal' } });

export function ReturnStatusBadge({ status, label }: { status: ReturnStatus; label: string }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={statusColour[status]}>
      {label}
    </Badge>
  );
}

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} appearance="tint" shape="rounded" color={severityColour[severity]}>
      {label}
    </Badge>
  );
}
