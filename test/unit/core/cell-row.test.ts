import { cellRow, parseCellAddress } from "../../../src/core/snapshot/address";

describe("cellRow (the row of a finding's cell, for the grid's marks)", () => {
  it("reads the row of a plain address as parseCellAddress does", () => {
    for (const address of ["D11", "A1", "G16", "AB200", "XFD1048576"]) expect(cellRow(address)).toBe(parseCellAddress(address).row);
    expect(cellRow("D11")).toBe(10);
    expect(cellRow("XFD1048576")).toBe(1_048_575);
  });

  it("gives no row for what is not a plain address", () => {
    for (const address of ["", "D", "11", "$D$11", "d11", "ABCD1", "D11:E12", "D1x", "情况说明"]) expect(cellRow(address)).toBeUndefined();
  });
});
