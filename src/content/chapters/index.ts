/** The story's chapters, in reading order. Routes and the table of contents read this list. */
import Ptsd, { metadata as ptsd } from './ptsd.md';

export const chapters = [{ ...ptsd, component: Ptsd }];

export const totalMinutes = chapters.reduce((sum, c) => sum + c.minutes, 0);
