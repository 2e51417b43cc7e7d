// Generated blocks inside hand-written files: the text between `<!-- name:start -->` and
// `<!-- name:end -->` is replaced, the rest kept.
export function replaceBetweenMarkers(text: string, name: string, content: string, file: string): string {
  const startMarker = `<!-- ${name}:start -->`;
  const endMarker = `<!-- ${name}:end -->`;
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${file} lacks the ${startMarker} … ${endMarker} markers`);
  return `${text.slice(0, start + startMarker.length)}\n${content}\n${text.slice(end)}`;
}
