import { Badge } from "@fluentui/react-components";
import { CLASS_BADGE_COLOR, CLASS_LABEL, type FindingClass } from "./finding-class";

/** “错误” on a card, “错误 2” in the totals; a count of 0 is neutral grey (a red “错误 0” reads as an alarm). */
export function SeverityBadge({ severity, count }: { severity: FindingClass; count?: number }) {
  const label = count === undefined ? CLASS_LABEL[severity] : `${CLASS_LABEL[severity]} ${count}`;
  const none = count === 0;
  return (
    <Badge appearance={none ? "outline" : "filled"} color={none ? "informative" : CLASS_BADGE_COLOR[severity]} shape="rounded">
      {label}
    </Badge>
  );
}
