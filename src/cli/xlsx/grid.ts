/** Excel's grid: 1 048 576 rows, 16 384 columns (A–XFD). An address beyond it is a damaged file. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
