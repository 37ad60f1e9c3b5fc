import { fixtureInWps, wpsHost } from "../wps/wps-harness";
import { CONTRACT_FIXTURE, describeHostContract } from "./contract";

describeHostContract("WpsWorkbookHost (WPS fake)", async () => {
  const { workbook } = await fixtureInWps(CONTRACT_FIXTURE);
  return {
    host: wpsHost(workbook),
    look: {
      fill: (sheet, cell) => {
        const interior = workbook.cell(sheet, cell)?.interior;
        return interior && interior.Pattern !== -4142 ? rgbHex(interior.Color) : undefined;
      },
      note: (sheet, cell) => workbook.cell(sheet, cell)?.comment,
      selection: () => workbook.selection && { sheet: workbook.selection.sheet, cell: workbook.selection.address },
    },
  };
});

/** WPS's BGR integer → "FFC7CE". */
function rgbHex(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return rgb.toString(16).toUpperCase().padStart(6, "0");
}
