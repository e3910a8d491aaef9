/** The workbench page's own words (the pane's are in src/i18n/sv/pane.ts). */
export const wb = {
  title: "FINSAM – arbetsbänk",
  intro: "Granskningspanelen mot en Excel-dubblett som bygger på en .xlsx-fil.",
  nameBox: "Namnruta",
  formulaBar: "Cellens innehåll",
  sheetTabs: "Blad",
  grid: (sheet: string) => `Kalkylbladet ${sheet}`,
  syncs: (n: number) => `Synkroniseringar: ${n}`,
  syncsLabel: "Antal context.sync-anrop",
  openFile: "Öppna arbetsbok (.xlsx)",
  loading: "Läser arbetsboken …",
  loadFailed: (reason: string) => `Arbetsboken kunde inte läsas: ${reason}`,
  notAWorkbook: (file: string) =>
    `${file ? `Filen ${file}` : "Filen"} kunde inte öppnas som en Excel-arbetsbok (.xlsx). Välj en annan fil.`,
  noWorkbook: "Ingen arbetsbok är öppen. Välj en .xlsx-fil med ”Öppna arbetsbok (.xlsx)”.",
  // ?workbook=ADRESS (index.tsx): only the workbench's own server, as its Content-Security-Policy says.
  foreignWorkbook: (address: string, origin: string) =>
    `Arbetsbänken öppnar bara arbetsböcker från sin egen server (${origin}), inte ${address}. Ladda ned filen och öppna den med ”Öppna arbetsbok (.xlsx)”.`,
  badWorkbookAddress: (address: string) => `”${address}” är ingen giltig adress till en arbetsbok.`,
  workbookMissing: (address: string) => `Arbetsboken ${address} finns inte på servern.`,
  workbookUnreachable: (address: string) =>
    `Arbetsboken ${address} kunde inte hämtas. Kontrollera adressen och att servern är igång.`,
  paneRegion: "Tilläggets åtgärdsfönster",
  workbookRegion: "Arbetsbok",
  truncated: (rows: number, cols: number) => `Visar de första ${rows} raderna och ${cols} kolumnerna.`,
} as const;
