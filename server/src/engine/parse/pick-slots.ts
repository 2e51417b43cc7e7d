// The slots of a chunk's `picks` (chunks.ts), one per picker declared (picked-lines.ts), counted apart from both: the
// chunk that holds them and the pickers that fill them would otherwise import each other.

let slots = 0;

/** A new picker's slot. */
export function newPickSlot(): number {
  return slots++;
}

/**
 * A new chunk's `picks`, one slot per picker declared (all of them, once the rules are loaded): written slot by slot
 * from empty, the list grew to half as many more again.
 */
export function newPicks(): (readonly number[] | undefined)[] {
  return new Array<readonly number[] | undefined>(slots);
}
