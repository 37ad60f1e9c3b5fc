import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../core/findings/finding";
import { SEVERITY_BADGE_COLOR, SEVERITY_LABEL } from "../labels";

/** “错误” on a card, “错误 2” in the totals; a count of 0 is neutral grey (a red “错误 0” reads as an alarm). */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const label = count === undefined ? SEVERITY_LABEL[severity] : `${SEVERITY_LABEL[severity]} ${count}`;
  const none = count === 0;
  return (
    <Badge appearance={none ? "outline" : "filled"} color={none ? "informative" : SEVERITY_BADGE_COLOR[severity]} shape="rounded">
      {label}
    </Badge>
  );
}
