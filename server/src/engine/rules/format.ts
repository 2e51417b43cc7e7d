// How numbers and places are written in messages.
import type { Amount } from '../parse/numbers.js';
import { formatNumber } from '../parse/numbers.js';

export function amountText(a: Pick<Amount, 'value' | 'decimals' | 'unit'>): string {
  return `${formatNumber(a.value, a.decimals)} ${a.unit}`;
}

export function percentText(value: number, decimals: number): string {
  return `${formatNumber(value, decimals)}%`;
}

/** Quotes a piece of the report in a message: 「…」 in Chinese, “…” in English. */
export function zq(s: string): string {
  return `「${s}」`;
}

export function eq(s: string): string {
  return `“${s}”`;
}
