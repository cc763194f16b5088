// The contents list needs only each chapter's title and reading time. Loading it on the server
// (at prerender) keeps the chapters' components and diagrams out of the landing page's JavaScript.
import { chapters, totalMinutes } from '$content/chapters';

export const load = () => ({
	toc: chapters.map(({ id, title, minutes }) => ({ id, title, minutes })),
	totalMinutes
});
