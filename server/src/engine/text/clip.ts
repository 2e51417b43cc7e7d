/** `s` cut to its first `most` characters with … after them, when longer: a long title or quote shown in a message. */
export const clip = (s: string, most: number): string => (s.length > most ? `${s.slice(0, most)}…` : s);
