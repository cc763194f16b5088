/**
 * Glossary popovers, enhanced. The markup (inline.ts termHtml, Term.svelte) is a native popover: a
 * button with `popovertarget` and a `popover="auto"` definition right after it, so Enter/Space and
 * click open it, Esc and a click elsewhere close it, and focus goes back to the button, even without
 * this script. This adds what HTML cannot do alone:
 *  - placement: the definition opens under (or above) its word, not in the middle of the screen;
 *  - hover: with a mouse, resting on the word opens it, and it stays open while the pointer is on
 *    the word or the definition (WCAG 1.4.13: hoverable, dismissible with Esc, persistent);
 *    clicking a hover-opened word pins it open instead of closing it.
 * One set of listeners on the document serves every term on the page (event delegation).
 */

const OPEN_DELAY_MS = 200;
const CLOSE_DELAY_MS = 350;
const GAP_PX = 6;
const EDGE_PX = 8;

type Pop = HTMLElement & { showPopover(): void; hidePopover(): void };

const popFor = (button: Element): Pop | null => {
	const id = button.getAttribute('popovertarget');
	return id ? (document.getElementById(id) as Pop | null) : null;
};
const buttonFor = (pop: Element): HTMLElement | null =>
	document.querySelector(`.term-button[popovertarget="${CSS.escape(pop.id)}"]`);
const isOpen = (pop: Element) => pop.matches(':popover-open');

/** Puts an open definition just below its word (above it if there is no room below), inside the viewport. */
export function place(pop: HTMLElement, button: HTMLElement): void {
	const rects = button.getClientRects();
	const word = rects[0] ?? button.getBoundingClientRect();
	pop.style.position = 'absolute';
	pop.style.inset = 'auto';
	pop.style.margin = '0';
	// Before it opens it cannot be measured: assume its largest size, then place it again once open.
	const width = pop.offsetWidth || Math.min(352, window.innerWidth - 16);
	const height = pop.offsetHeight || 140;
	const left = Math.min(Math.max(EDGE_PX, word.left), window.innerWidth - width - EDGE_PX);
	const below = word.bottom + GAP_PX;
	const fitsBelow = below + height <= window.innerHeight - EDGE_PX;
	const top = fitsBelow || word.top - GAP_PX - height < EDGE_PX ? below : word.top - GAP_PX - height;
	pop.style.left = `${Math.max(EDGE_PX, left) + window.scrollX}px`;
	pop.style.top = `${top + window.scrollY}px`;
}

/** Installs the listeners; returns a function that removes them. */
export function enhanceTerms(doc: Document = document): () => void {
	const hoverOpened = new WeakSet<Element>();
	const timers = new WeakMap<Element, number>();

	const clear = (pop: Element) => {
		const t = timers.get(pop);
		if (t) window.clearTimeout(t);
		timers.delete(pop);
	};
	const later = (pop: Element, fn: () => void, ms: number) => {
		clear(pop);
		timers.set(pop, window.setTimeout(fn, ms));
	};

	const onToggle = (e: Event) => {
		const pop = e.target as Pop;
		if (!(pop instanceof HTMLElement) || !pop.classList.contains('term-pop')) return;
		const button = buttonFor(pop);
		if (e.type === 'beforetoggle') {
			if ((e as ToggleEvent).newState === 'open' && button) place(pop, button);
			return;
		}
		if ((e as ToggleEvent).newState === 'open') {
			if (button) place(pop, button);
		} else {
			hoverOpened.delete(pop);
			clear(pop);
		}
	};

	const termTarget = (e: Event): { button: HTMLElement; pop: Pop } | null => {
		const el = e.target instanceof Element ? e.target : null;
		const button = el?.closest<HTMLElement>('.term-button');
		if (button) {
			const pop = popFor(button);
			return pop ? { button, pop } : null;
		}
		const pop = el?.closest<Pop>('.term-pop');
		const owner = pop ? buttonFor(pop) : null;
		return pop && owner ? { button: owner, pop } : null;
	};

	const onOver = (e: PointerEvent) => {
		if (e.pointerType !== 'mouse') return;
		const hit = termTarget(e);
		if (!hit) return;
		const { pop } = hit;
		if (isOpen(pop)) {
			clear(pop);
			return;
		}
		if (!(e.target as Element).closest('.term-button')) return;
		later(
			pop,
			() => {
				if (!pop.isConnected || isOpen(pop)) return;
				pop.showPopover();
				hoverOpened.add(pop);
			},
			OPEN_DELAY_MS
		);
	};

	const onOut = (e: PointerEvent) => {
		if (e.pointerType !== 'mouse') return;
		const hit = termTarget(e);
		if (!hit) return;
		const { button, pop } = hit;
		const to = e.relatedTarget instanceof Node ? e.relatedTarget : null;
		if (to && (button.contains(to) || pop.contains(to))) return;
		if (!isOpen(pop)) {
			clear(pop);
			return;
		}
		if (!hoverOpened.has(pop)) return;
		later(pop, () => isOpen(pop) && pop.hidePopover(), CLOSE_DELAY_MS);
	};

	// Clicking a word the mouse has already opened pins it, rather than toggling it shut.
	const onClick = (e: MouseEvent) => {
		const button = e.target instanceof Element ? e.target.closest<HTMLElement>('.term-button') : null;
		const pop = button ? popFor(button) : null;
		if (!pop) return;
		clear(pop);
		if (isOpen(pop) && hoverOpened.has(pop)) {
			e.preventDefault();
			hoverOpened.delete(pop);
		}
	};

	const onResize = () => {
		for (const pop of doc.querySelectorAll<HTMLElement>('.term-pop')) {
			const button = isOpen(pop) ? buttonFor(pop) : null;
			if (button) place(pop, button);
		}
	};

	doc.addEventListener('beforetoggle', onToggle, true);
	doc.addEventListener('toggle', onToggle, true);
	doc.addEventListener('pointerover', onOver);
	doc.addEventListener('pointerout', onOut);
	doc.addEventListener('click', onClick, true);
	window.addEventListener('resize', onResize);
	return () => {
		doc.removeEventListener('beforetoggle', onToggle, true);
		doc.removeEventListener('toggle', onToggle, true);
		doc.removeEventListener('pointerover', onOver);
		doc.removeEventListener('pointerout', onOut);
		doc.removeEventListener('click', onClick, true);
		window.removeEventListener('resize', onResize);
	};
}
