/**
 * What the readers say when a workbook is larger than the check's budget (src/engine/workbook/budget.ts):
 * which part was too large, how large, the limit, and what the user can do about it. The same words
 * in the command line, the task pane and the workbench. `file` may be "" (a workbook Excel has not
 * named yet): the sentence then reads "Arbetsboken är för stor …".
 */
const named = (what: string, file: string) => (file ? `${what} ${file}` : what);

export const budget = {
  /** `chooseSheets`: the user can pick the sheets to check (the pane's "Blad att granska"). */
  tooManyCells: (
    file: string,
    cells: string,
    limit: string,
    sheet: string,
    range: string,
    chooseSheets = false,
  ) =>
    `${named("Arbetsboken", file)} är för stor för granskning: de använda områdena har sammanlagt ${cells} celler (högst ${limit}). ` +
    `Störst är bladet ”${sheet}” (${range}). Ta bort innehåll långt utanför rapporterna (Ctrl+End visar var bladets använda område slutar)` +
    (chooseSheets ? `, välj under ”Blad att granska” bara bladen med rapporterna,` : "") +
    ` eller kopiera rapporterna till en mindre arbetsbok.`,
  /** `mb` when the size is known (from the zip's directory), null when unpacking went past the limit. */
  tooManyBytes: (file: string, mb: string | null, limit: string) =>
    `${named("Arbetsboken", file)} är för stor för granskning: ${mb === null ? `uppackad blir den större än ${limit} MB, gränsen för en granskning` : `uppackad är den ${mb} MB (högst ${limit} MB)`}. ` +
    `Kopiera rapporterna till en mindre arbetsbok.`,
  tooLargeFile: (file: string, mb: string, limit: string) =>
    `${named("Filen", file)} är för stor för granskning: ${mb} MB (högst ${limit} MB). Kopiera rapporterna till en mindre arbetsbok.`,
};
