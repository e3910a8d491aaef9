/**
 * Dev aid: every amount cell of the given workbooks replaced, one at a time, by an Excel error
 * value; prints each case where a finding other than the error cell's own (and the workbook's own
 * findings) appears: a correct neighbour blamed for the hole.
 */
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { readXlsx } from "../src/cli/readXlsx";
import type { CellValue, WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { a1 } from "../src/engine/workbook/snapshot";

const ERRORS = ["#REF!", "#DIVISION/0!", "#VÄRDEFEL!", "#SAKNAS!"];

async function main(): Promise<void> {
  let cases = 0;
  let bad = 0;
  let missed = 0;
  for (const file of process.argv.slice(2)) {
    const wb = await readXlsx(file);
    const base = new Set(
      checkWorkbook(wb)
        .findings.filter((f) => f.severity !== "info")
        .map((f) => `${f.sheet}!${f.cell}`),
    );
    wb.sheets.forEach((sheet, si) => {
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const textAmount = typeof v === "string" && /^[−–-]?\s?\d[\d\s\u00a0]*(,\d+)?$/.test(v.trim());
          if (typeof v !== "number" && !textAmount) return;
          cases++;
          const err = ERRORS[cases % ERRORS.length];
          const values = sheet.values.map((x, rr) => (rr === r ? x.map((y, cc) => (cc === c ? err : y)) : x)) as CellValue[][];
          const text = sheet.text?.map((x, rr) => (rr === r ? x.map((y, cc) => (cc === c ? err : y)) : x));
          const copy: WorkbookSnapshot = {
            ...wb,
            sheets: wb.sheets.map((s, i) => (i === si ? { ...s, values, text } : s)),
          };
          const at = a1(sheet.origin.row + r, sheet.origin.col + c);
          const fs = checkWorkbook(copy).findings.filter((f) => f.severity !== "info");
          const own = fs.filter((f) => f.sheet === sheet.name && f.cell === at && f.kind === "excel-error");
          const others = fs.filter((f) => !(f.sheet === sheet.name && f.cell === at) && !base.has(`${f.sheet}!${f.cell}`));
          if (others.length > 0) {
            bad++;
            console.log(`${file} ${sheet.name}!${at}=${err}: ${others.map((f) => `${f.cell} ${f.ruleId} ${f.kind}`).join("; ")}`);
          }
          if (own.length === 0) {
            missed++;
            console.log(`not reported: ${sheet.name}!${at}`);
          }
        }),
      );
    });
  }
  console.log(`cases ${cases}, others blamed ${bad}, error cell not reported ${missed}`);
}
void main();
