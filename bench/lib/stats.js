/** Small number helpers shared by the measurements and the report. */

/** Nearest-rank percentile of an unsorted array; null when empty. */
export function percentile(values, p) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const sum = (values) => values.reduce((a, b) => a + b, 0);

export const round = (n, digits = 1) => (n === null || n === undefined ? n : Number(n.toFixed(digits)));
