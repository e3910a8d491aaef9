/**
 * The unpacked parts of an .xlsx made ready for ExcelJS: every worksheet's rows and cells given the
 * `r=` addresses the format leaves optional (withAddresses), and addresses outside the grid refused
 * as damaged, so ExcelJS neither fails on a valid file nor reads A0. Then rebuilt as a stored zip
 * (ExcelJS inflates nothing: the parts were unpacked within the budget). Portable: Node and browser.
 */
import { withAddresses } from "./addresses";
import { sheetList } from "./sheetList";
import { storedZip } from "./zip";

export interface UnpackedPart {
  readonly name: string;
  readonly data: Uint8Array;
}

export function zipForExcelJs(parts: readonly UnpackedPart[]): Uint8Array {
  const utf8 = new TextDecoder("utf-8");
  const text = (name: string) => {
    const part = parts.find((p) => p.name === name);
    return part ? utf8.decode(part.data) : null;
  };
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  const names = new Map(
    (workbook && rels ? (sheetList(workbook, rels) ?? []) : []).map((s) => [s.part, s.name]),
  );
  const encoder = new TextEncoder();
  return storedZip(
    parts.map((p) => {
      if (!p.name.startsWith("xl/worksheets/") || !p.name.endsWith(".xml")) return p;
      const xml = utf8.decode(p.data);
      const fixed = withAddresses(xml, names.get(p.name) ?? p.name);
      return fixed === xml ? p : { name: p.name, data: encoder.encode(fixed) };
    }),
  );
}
