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
  paneRegion: "Tilläggets åtgärdsfönster",
  workbookRegion: "Arbetsbok",
  truncated: (rows: number, cols: number) => `Visar de första ${rows} raderna och ${cols} kolumnerna.`,
} as const;
