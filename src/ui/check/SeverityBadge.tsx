import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/findings/finding";
import { SEVERITY_BADGE_COLOR, SEVERITY_LABEL } from "../labels";

export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const label = count === undefined ? SEVERITY_LABEL[severity] : `${SEVERITY_LABEL[severity]} ${count}`;
  return (
    <Badge appearance="filled" color={SEVERITY_BADGE_COLOR[severity]} shape="rounded">
      {label}
    </Badge>
  );
}
