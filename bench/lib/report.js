/** Plain-text tables and budget bookkeeping. */

/** Align columns: text left, numbers (and number-like strings) right. */
export function table(headers, rows) {
	const cells = [headers, ...rows].map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c))));
	const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const numeric = headers.map((_, i) => rows.every((r) => /^[-+]?[\d.,]+\s*[a-z%]*( \*)?$|^—$/i.test(String(r[i] ?? '—'))));
	const line = (r) =>
		r
			.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const kB = (bytes) => (bytes === null || bytes === undefined ? null : (bytes / 1000).toFixed(1) + ' kB');
export const ms = (v) => (v === null || v === undefined ? null : Math.round(v) + ' ms');
export const s = (v) => (v === null || v === undefined ? null : (v / 1000).toFixed(2) + ' s');
export const score = (v) => (v === null || v === undefined ? null : String(Math.round(v * 100)));
export const cls = (v) => (v === null || v === undefined ? null : v === 0 ? '0' : v.toFixed(4));

/** Collects budget checks: { check, page, value (formatted), budget (formatted), pass }. */
export class Budgets {
	checks = [];

	/** `pass` null means the figure is missing (counted as failed: a budget we could not verify). */
	add(check, page, value, budget, pass, raw) {
		this.checks.push({ check, page, value, budget, pass: pass === null ? false : pass, missing: pass === null, raw });
	}

	get passed() {
		return this.checks.filter((c) => c.pass).length;
	}

	get failed() {
		return this.checks.length - this.passed;
	}

	table() {
		return table(
			['budget', 'page', 'value', 'limit', 'result'],
			this.checks.map((c) => [c.check, c.page, c.value ?? 'n/a', c.budget, c.missing ? 'FAIL (no data)' : c.pass ? 'PASS' : 'FAIL'])
		);
	}
}
