/**
 * Labels are written in many ways: "3 RESULTATRÄKNING", "- Samtliga realisationsvinster",
 * "kortfr. fordr.", "Uppl kostnader och förutbet intäkter", OCR slips ("Inläkt", "frånOskarshmns").
 * Normalising first lets the vocabulary stay small: lower case, no numbering or operators, no
 * punctuation, abbreviations written out.
 */

// Abbreviations seen in Swedish municipal reports, written out (keys without the trailing dot).
const ABBREVIATIONS: Record<string, string> = {
  kortfr: "kortfristiga",
  kortf: "kortfristiga",
  kfr: "kortfristiga",
  långfr: "långfristiga",
  fordr: "fordringar",
  ford: "fordringar",
  uppl: "upplupna",
  upplupn: "upplupna",
  förutbet: "förutbetalda",
  förutb: "förutbetalda",
  kostn: "kostnader",
  kost: "kostnader",
  int: "intäkter",
  intäkt: "intäkter",
  verks: "verksamhetens",
  verksamh: "verksamhetens",
  fin: "finansiella",
  sa: "summa",
  "s:a": "summa",
  tot: "totalt",
  ek: "eget kapital",
  inkl: "inklusive",
  exkl: "exklusive",
  resultatutj: "resultatutjämningsreserv",
  rur: "resultatutjämningsreserv",
  förändr: "förändring",
  likv: "likvida",
  anl: "anläggningstillgångar",
  oms: "omsättningstillgångar",
};

const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

const cache = new Map<string, string>();

/** Lower-cased, numbering/operators/punctuation removed, abbreviations expanded, single spaces. */
export function normaliseLabel(label: string): string {
  let norm = cache.get(label);
  if (norm === undefined) {
    norm = normalise(label);
    // Labels repeat across statements, years and checks; the cache stays bounded.
    if (cache.size > 20000) cache.clear();
    cache.set(label, norm);
  }
  return norm;
}

function normalise(label: string): string {
  let s = label
    .normalize("NFC")
    .toLowerCase()
    .replace(DASHES, "-")
    .replace(/[\u00A0\u202F\u2007\t]/g, " ");
  s = s.replace(/s:a\b/g, "summa ");
  // Leading numbering: "3", "3.", "1.1", "1:1", "A.", "a)", "iv." and operators "-", "+", "=", "-/+", "+/-".
  s = s.replace(/^\s*((\d+([.:]\d+)*[.:)]?)|([a-h][.)])|((i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]))\s+/, "");
  s = s.replace(/^\s*([-+=]\s*(\/\s*[-+])?\s*)+/, "");
  // Sign hints in parentheses ("Ökning (−)/minskning (+)") are read separately; drop them here.
  s = s.replace(/\(\s*[-+]\s*\)/g, " ");
  s = s.replace(/[^\p{L}\p{N}\s:/]/gu, " ").replace(/\//g, " / ");
  const words = s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  return words
    .join(" ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows reused across calls: labels are matched thousands of times per check, and a fresh
  // pair of arrays (and a swap through a new array) per call was most of the collector's work.
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Similarity 0..1 of two normalised labels, tolerant of typos and OCR slips (a missing space,
 * one wrong letter per word or so): 1 − edit distance / length, also compared without spaces.
 */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  if (len === 0) return 0;
  const max = Math.floor(len * 0.25);
  const d1 = boundedEditDistance(a, b, max);
  const a2 = a.includes(" ") ? a.replace(/ /g, "") : a;
  const b2 = b.includes(" ") ? b.replace(/ /g, "") : b;
  // Without spaces to drop, the second comparison is the first.
  const d2 = a2 === a && b2 === b ? d1 : boundedEditDistance(a2, b2, max);
  const best = Math.min(d1 / len, d2 / Math.max(a2.length, b2.length, 1));
  return 1 - best;
}
