// The ids of the furniture kinds found by where a line stands rather than by its words: the page's headline above its
// record (headline.ts) and an essay site's head above its blurb (essay-head.ts). Both are titles struck as the page's;
// furniture.ts names the stretch after one as it names a stretch after a title kept. A module of their own, so that
// furniture.ts reads them without importing the readers that import it.
export const HEADLINE_ID = 'headline';
export const ESSAY_HEAD_ID = 'essay-head';
