/**
 * What the user reads when a published report (PDF or Word) is read into the check: why a file
 * could not be read, in Swedish, with what to do instead. Never a library's own words.
 */
export const report = {
  /** The sheet that holds the report's tables, its pages one below the other. */
  reportSheet: "Rapport",
  /** Beside a finding: the page of the report its line was printed on. */
  page: (page: number) => `sida ${page}`,

  encryptedPdf: (file: string) =>
    `${file} är en lösenordsskyddad PDF-fil. Spara en kopia utan lösenord (eller be om en oskyddad version) och försök igen.`,
  damagedPdf: (file: string) =>
    `${file} kunde inte läsas som PDF; filen kan vara skadad eller ofullständig. Exportera rapporten till PDF igen och försök på nytt.`,
  scannedPdf: (file: string) =>
    `${file} har ingen text att läsa: sidorna är troligen inskannade bilder. Granska i stället rapporten som Word-fil eller som PDF exporterad från Word, eller skriv in tabellerna i Excel.`,
  noStatementInReport: (file: string) =>
    `Ingen resultaträkning, balansräkning, kassaflödesanalys eller annan uppställning kändes igen i ${file}. Kontrollera att räkenskaperna står i tabeller med rubriker och årtal.`,
  notReport: (file: string) =>
    `${file} är varken en PDF-fil eller en Word-fil i .docx-format. Spara rapporten som PDF eller .docx och försök igen.`,
  tooManyPages: (file: string, pages: number, limit: number) =>
    `${file} har ${pages} sidor; högst ${limit} sidor granskas. Dela upp rapporten eller spara de sidor som har räkenskaperna som en egen PDF.`,
  tooManyItems: (file: string, limit: string) =>
    `${file} har mer text än granskningen tar emot (högst ${limit} textbitar). Spara de sidor som har räkenskaperna som en egen PDF.`,
  encryptedDocx: (file: string) =>
    `${file} är lösenordsskyddad eller i gammalt .doc-format. Ta bort lösenordsskyddet eller spara rapporten som .docx i Word och försök igen.`,
  notDocx: (file: string) =>
    `${file} är ingen Word-fil i .docx-format. Spara rapporten som .docx (eller exportera den till PDF) och försök igen.`,
  tooLargeDocx: (file: string, mb: number) =>
    `${file} har mer text än granskningen tar emot (högst ${mb} MB dokumenttext). Spara räkenskapsdelen som ett eget dokument.`,
  damagedDocx: (file: string) =>
    `${file} kunde inte tolkas som Word-fil; filen kan vara skadad. Spara rapporten som .docx igen och försök på nytt.`,
  unreadable: (file: string) =>
    `${file} kunde inte läsas som rapport. Kontrollera att det är en PDF- eller Word-fil (.docx) och försök igen.`,
  /** The column beside a report read into the workbook: the page each row was printed on. */
  pageColumn: "Sida",
  noTables: (file: string) =>
    `${file} har inga tabeller att granska. Räkenskaperna behöver stå i tabeller med rubriker och årtal.`,
};
