/** The cut mark Island.svelte leaves in a prerendered chapter (a comment, so it shows nothing). */
export const ISLAND = '<!--island-->';
