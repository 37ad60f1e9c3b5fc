import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { WHAT_IS_READ, type NothingToCheck } from "../../core/session/nothing-to-check";

/** Said instead of any result when nothing could be checked: why, and what the tool can read. */
export function NothingCheckable({ verdict }: { verdict: NothingToCheck }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="nothing-checkable">
      <MessageBarBody>
        <MessageBarTitle>没有找到可以核对的表或说明，本次没有做任何核对</MessageBarTitle>
        <Text as="p" block>
          {verdict.reason}
        </Text>
        <Text as="p" block>
          {WHAT_IS_READ}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
