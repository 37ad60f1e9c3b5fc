import { parseCellAddress } from "../../../src/core/snapshot/address";
import { loadExcelJs } from "../../support/load-exceljs";
import { fixtureBytes } from "../../support/fixtures";
import { fromExcelJs } from "../office/from-exceljs";
import { installOffice } from "../office/office-harness";
import { CONTRACT_FIXTURE, describeHostContract } from "./contract";

describeHostContract("OfficeWorkbookHost (Office.js mock)", async () => {
  const state = fromExcelJs(await loadExcelJs(fixtureBytes(CONTRACT_FIXTURE), CONTRACT_FIXTURE), CONTRACT_FIXTURE);
  const harness = installOffice(state);
  return {
    host: harness.host(),
    look: {
      fill: (sheet, cell) => {
        const fill = state.cell(sheet, cell)?.fill;
        return fill && fill.pattern !== "None" ? fill.color.replace("#", "") : undefined;
      },
      note: (sheet, cell) => {
        const { row, col } = parseCellAddress(cell);
        return state.notes.find((n) => n.sheet === sheet && n.row === row && n.col === col)?.content;
      },
      selection: () => state.selection && { sheet: state.selection.sheet, cell: state.selection.address },
    },
  };
});
