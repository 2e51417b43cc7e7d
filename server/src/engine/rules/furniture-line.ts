// A line of page furniture or spam (a sharing site's terms ending 侵权必究。。, 丰泽; 精品水蜜桃久久久久久久, 湘阴 2023)
// is deleted whole (pasted-debris): no slip of writing in it is the drafter's, so the surface rules (typo,
// repeated-word) say nothing of it. Asked only of a line where a surface rule found something.
import { furnitureOf, hasFurnitureWord, spamIn } from '../model/furniture.js';

export function furnitureLine(text: string): boolean {
  return hasFurnitureWord(text) && (furnitureOf(text) !== undefined || spamIn(text).length > 0);
}
