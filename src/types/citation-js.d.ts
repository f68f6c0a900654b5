// citation.js ships no types: these are the parts the export uses (see src/export/source-citations.ts).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  export function parse(name: string): { given?: string; family?: string; literal?: string };
}
