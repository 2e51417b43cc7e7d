// A Chinese character of the CJK Unified Ideographs block (U+4E00–U+9FA5), as the rules read word edges.

export const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;

export const isHan = (c: string): boolean => c >= '\u4e00' && c <= '\u9fa5';
