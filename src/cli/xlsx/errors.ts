/**
 * The two ways the fast reader gives up on a part of an .xlsx. `UnsupportedXlsx`: valid, but not
 * what the fast scan handles (strict OOXML, another compression); the caller then reads the file
 * with ExcelJS. `DamagedXlsx`: the file is broken (a cell outside the sheet, a number that is no
 * number, a part that does not unpack); its `reason` is Swedish and ends up in the user's message.
 */
export class UnsupportedXlsx extends Error {
  constructor(what: string) {
    super(what);
    this.name = "UnsupportedXlsx";
  }
}

export class DamagedXlsx extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "DamagedXlsx";
  }
}
