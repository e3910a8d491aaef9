import { DetailedCellError, ErrorType, HyperFormula } from "hyperformula";

/** What a formula sheet shows at an address ("B3") of its first sheet. */
export function at(hf: HyperFormula, address: string): unknown {
  const cell = hf.simpleCellAddressFromString(address, 0);
  if (!cell) throw new Error(`bad address ${address}`);
  return hf.getCellValue(cell);
}

/** The values of a block ("B3", "D5"), as a spilled result shows them. */
export function range(hf: HyperFormula, from: string, to: string): unknown[][] {
  const start = hf.simpleCellAddressFromString(from, 0)!;
  const end = hf.simpleCellAddressFromString(to, 0)!;
  return hf.getRangeValues({ start, end });
}

/** The error a cell shows, with its message; fails when the cell shows a value. */
export function errorAt(hf: HyperFormula, address: string): { type: ErrorType; message: string } {
  const value = at(hf, address);
  if (!(value instanceof DetailedCellError))
    throw new Error(`${address} is ${JSON.stringify(value)}, not an error`);
  return { type: value.type, message: value.message };
}
