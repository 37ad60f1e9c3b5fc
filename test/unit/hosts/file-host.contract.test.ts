import { MARK_FILL, markNoteText } from "../../../src/hosts/marks/cell-marks";
import { FileWorkbookHost } from "../../../src/hosts/xlsx/file-host";
import { fixtureBytes } from "../../support/fixtures";
import { CONTRACT_FIXTURE, describeHostContract } from "./contract";

describeHostContract("FileWorkbookHost (app.html)", async () => {
  const host = new FileWorkbookHost(fixtureBytes(CONTRACT_FIXTURE), CONTRACT_FIXTURE);
  const markAt = (sheet: string, cell: string) => host.getView().marks.find((m) => m.sheet === sheet && m.cell === cell);
  return {
    host,
    look: {
      fill: (sheet, cell) => {
        const mark = markAt(sheet, cell);
        return mark && MARK_FILL[mark.severity];
      },
      note: (sheet, cell) => {
        const mark = markAt(sheet, cell);
        return mark && markNoteText(mark);
      },
      selection: () => host.getView().selection,
    },
  };
});
