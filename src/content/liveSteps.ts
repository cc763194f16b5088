/** What a live diagram needs from its chapter's steps: the text alternative and the key time. */
import { plainText } from '$scrolly/inline';
import type { StepText } from './steps';

export const liveSteps = (steps: readonly StepText[]) => steps.map((s) => ({ alt: plainText(s.alt), keyProgress: s.keyProgress }));
