import { checkOnOpen, tabFromUrl } from "../../../src/taskpane/tab-from-url";

describe("the pane's view from its address (the ribbon's buttons)", () => {
  it("opens 生成说明 on 说明, 审核报告 on 检查 checked at once, anything else on 检查 without a check", () => {
    expect([tabFromUrl("?view=narrative"), checkOnOpen("?view=narrative")]).toEqual(["narrative", false]);
    expect([tabFromUrl("?view=report"), checkOnOpen("?view=report")]).toEqual(["check", true]);
    expect([tabFromUrl(""), checkOnOpen("")]).toEqual(["check", false]);
  });
});
