/** Dev aid: the corrected Värend workbook with Excel error values put into chosen cells. */
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { readXlsx } from "../src/cli/readXlsx";
import { parseA1 } from "../src/engine/workbook/snapshot";

async function main(): Promise<void> {
  const [file, ...puts] = process.argv.slice(2);
  const wb = await readXlsx(file);
  for (const put of puts) {
    const [addr, value] = put.split("=");
    const [sheetName, cell] = addr.split("!");
    const sheet = wb.sheets.find((s) => s.name === sheetName)!;
    const { row, col } = parseA1(cell)!;
    const r = row - sheet.origin.row;
    const c = col - sheet.origin.col;
    (sheet.values[r] as unknown[])[c] = value;
    if (sheet.text) (sheet.text[r] as unknown[])[c] = value;
    if (sheet.formulas) (sheet.formulas[r] as unknown[])[c] = "=X1";
  }
  const result = checkWorkbook(wb);
  for (const f of result.findings.filter((x) => x.severity !== "info"))
    console.log(`  ${f.severity} ${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}: ${f.message.slice(0, 160)}`);
}
void main();
