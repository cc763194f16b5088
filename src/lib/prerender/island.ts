/** The cut mark Island.svelte leaves in a prerendered chapter (a comment, so it shows nothing). */
export const ISLAND = '<!--island-->';

/** The element around a component prerendered to be hydrated later (hydratableHtml, hydrateLater). */
export const HYDRATE_ROOT = 'hydrate-root';
