import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as model from './index';
import { LAYERS, PARAMETERS } from './parameters';

const LABELS = ['HUMAN', 'ANIMAL', 'HYPOTHESIS', 'ILLUSTRATIVE'];
const REFERENCE_COUNT = 58; // references in ../shared/science-brief.md

describe('PARAMETERS table', () => {
	it.each(PARAMETERS.map((p) => ({ ...p })))('$name: valid label, sources and value', (p) => {
		expect(LABELS).toContain(p.label);
		expect(Number.isFinite(p.value)).toBe(true);
		for (const ref of p.sources) {
			expect(Number.isInteger(ref)).toBe(true);
			expect(ref).toBeGreaterThanOrEqual(1);
			expect(ref).toBeLessThanOrEqual(REFERENCE_COUNT);
		}
		// Only a pure drawing scale may lack a source.
		if (p.sources.length === 0) expect(p.label).toBe('ILLUSTRATIVE');
	});

	it('has unique names', () => {
		const names = PARAMETERS.map((p) => p.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it.each([
		{ name: 'V1_L_PER_KG', value: model.V1_L_PER_KG },
		{ name: 'K10_PER_MIN', value: model.K10_PER_MIN },
		{ name: 'K12_PER_MIN', value: model.K12_PER_MIN },
		{ name: 'K21_PER_MIN', value: model.K21_PER_MIN },
		{ name: 'MOLAR_MASS_G_PER_MOL', value: model.MOLAR_MASS_G_PER_MOL },
		{ name: 'IC50_LOW_MICRO_M', value: model.IC50_MICRO_M.low },
		{ name: 'IC50_CENTRAL_MICRO_M', value: model.IC50_MICRO_M.central },
		{ name: 'IC50_HIGH_MICRO_M', value: model.IC50_MICRO_M.high },
		{ name: 'GLUTAMATE_TAU_MIN', value: model.GLUTAMATE_TAU_MIN },
		{ name: 'CONNECTIVITY_DECAY_TAU_DAYS', value: model.CONNECTIVITY_DECAY_TAU_DAYS },
		{ name: 'NON_RESPONDER_FACTOR', value: model.NON_RESPONDER_FACTOR }
	])('$name matches the constant the code uses', ({ name, value }) => {
		expect(PARAMETERS.find((p) => p.name === name)?.value).toBe(value);
	});

	it.each([
		{ name: 'V1_L_PER_KG', value: 1.7522 },
		{ name: 'K10_PER_MIN', value: 0.0109 },
		{ name: 'K12_PER_MIN', value: 0.0186 },
		{ name: 'K21_PER_MIN', value: 0.0137 },
		{ name: 'MOLAR_MASS_G_PER_MOL', value: 237.7 },
		{ name: 'STANDARD_DOSE_MG_PER_KG', value: 0.5 },
		{ name: 'STANDARD_DURATION_MIN', value: 40 }
	])('$name has the brief’s value ($value)', ({ name, value }) => {
		expect(PARAMETERS.find((p) => p.name === name)?.value).toBe(value);
	});

	it.each([
		'GLUTAMATE_BLOCK_THRESHOLD',
		'GLUTAMATE_TAU_MIN',
		'BDNF_TAU_MIN',
		'SPINE_FORMATION_TAU_MIN',
		'CONNECTIVITY_DECAY_TAU_DAYS',
		'SERIES_GAIN_STEP',
		'NON_RESPONDER_FACTOR'
	])('downstream constant %s is labelled ILLUSTRATIVE', (name) => {
		expect(PARAMETERS.find((p) => p.name === name)?.label).toBe('ILLUSTRATIVE');
	});
});

describe('docs/model.md stays in step with the code', () => {
	const docs = readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8');

	it.each(PARAMETERS.map((p) => ({ name: p.name, value: p.value, label: p.label })))(
		'lists $name = $value ($label) in its parameter table',
		({ name, value, label }) => {
			const row = docs.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
			expect(row, `no table row for ${name}`).toBeDefined();
			const cells = row!.split('|').map((c) => c.trim());
			expect(Number(cells[2])).toBe(value);
			expect(cells).toContain(label);
		}
	);

	it.each(Object.entries(LAYERS).map(([layer, info]) => ({ layer, label: info.label })))(
		'gives the $layer layer the label $label',
		({ layer, label }) => {
			const row = docs.split('\n').find((line) => line.startsWith(`| ${layer} |`));
			expect(row).toContain(label);
		}
	);
});
