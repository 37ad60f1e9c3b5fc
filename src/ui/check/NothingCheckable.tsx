import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import type { AnalysisView } from "../engine";
import { nothingCheckableReason, WHAT_IS_READ } from "./nothing-checkable";

/** Said instead of any result when nothing could be checked: why, and what the tool can read. */
export function NothingCheckable({ analysis, snapshot }: { analysis: AnalysisView; snapshot: WorkbookSnapshot }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="nothing-checkable">
      <MessageBarBody>
        <MessageBarTitle>没有找到可以核对的表或说明，本次没有做任何核对</MessageBarTitle>
        <Text as="p" block>
          {nothingCheckableReason(analysis, snapshot)}
        </Text>
        <Text as="p" block>
          {WHAT_IS_READ}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
