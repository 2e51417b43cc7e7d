// A substring that holds none of the string it came from. V8 makes `text.slice(a, b)` of 13 characters or more a
// view into `text` (a sliced string), and every slice of that view is a view into `text` too: a chunk parsed after a
// keystroke kept the whole document of that keystroke alive through its lines and sentences (a megabyte report typed
// into at four places: four old copies of it, 0.8 MB each). A concatenation is flattened into a new string of its own
// the first time it is sliced, so the slices of what this returns hold only the substring's characters.

/** `text.slice(start, end)`, as a string of its own (see above). */
export function ownCopy(text: string, start: number, end: number): string {
  return ` ${text.slice(start, end)}`.slice(1);
}
