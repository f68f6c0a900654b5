/**
 * Where a set of records lives: geo/ for the site's own, a pack's root for a source pack (which is laid out as
 * geo/ is). Every problem names its file by these paths, so a fault reads the same in a build log and a pack.
 */
export interface RecordFiles {
  sources: string;
  places: string;
  events: string;
  excerpts: string;
  claims: string;
  /** The folder the source texts are in, with its trailing slash. */
  texts: string;
}

/** The layout of geo/ below `root` ('geo/' for the site, '' for a pack). */
export function recordFiles(root: string): RecordFiles {
  return {
    sources: `${root}sources/sources.json`,
    places: `${root}places.json`,
    events: `${root}events.json`,
    excerpts: `${root}excerpts.json`,
    claims: `${root}claims.json`,
    texts: `${root}sources/`,
  };
}

export const GEO_FILES = recordFiles('geo/');
