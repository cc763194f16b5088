/** The story's chapters, in reading order. Routes and the table of contents read this list. */
import Ptsd, { metadata as ptsd } from './ptsd.md';
import Ketamine, { metadata as ketamine } from './ketamine.md';
import Nmda, { metadata as nmda } from './nmda.md';
import Glutamate, { metadata as glutamate } from './glutamate.md';
import Bdnf, { metadata as bdnf } from './bdnf.md';
import Series, { metadata as series } from './series.md';
import Plan, { metadata as plan } from './plan.md';
import InfusionDay, { metadata as infusionDay } from './infusion-day.md';
import Safety, { metadata as safety } from './safety.md';
import Evidence, { metadata as evidence } from './evidence.md';
import Questions, { metadata as questions } from './questions.md';

export const chapters = [
	{ ...ptsd, component: Ptsd },
	{ ...ketamine, component: Ketamine },
	{ ...nmda, component: Nmda },
	{ ...glutamate, component: Glutamate },
	{ ...bdnf, component: Bdnf },
	{ ...series, component: Series },
	{ ...plan, component: Plan },
	{ ...infusionDay, component: InfusionDay },
	{ ...safety, component: Safety },
	{ ...evidence, component: Evidence },
	{ ...questions, component: Questions }
];

export const totalMinutes = chapters.reduce((sum, c) => sum + c.minutes, 0);
