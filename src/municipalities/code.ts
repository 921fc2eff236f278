/**
 * The local-government code (全国地方公共団体コード): 5 digits and a check digit. The check digit is
 * 11 − (the weighted sum of the 5 digits, weights 6 5 4 3 2, mod 11), its last digit taken (総務省 自治省告示).
 */
const WEIGHTS = [6, 5, 4, 3, 2];

export function checkDigit(code5: string): number {
  const sum = [...code5].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
  return (11 - (sum % 11)) % 10;
}

/** True for six digits whose last is the right check digit. */
export function isWellFormedCode(code: string): boolean {
  return /^\d{6}$/.test(code) && checkDigit(code.slice(0, 5)) === Number(code[5]);
}
