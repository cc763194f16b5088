/**
 * Benchmark (not a test): one year of the six-infusion series plus monthly (every 4 weeks)
 * maintenance, simulated at one-minute resolution — the heaviest thing a diagram would ask for
 * on a slider move. Budget: under 5 ms per run on the 2-core CI machine.
 *
 * Run: npm run bench:model   (vitest bench --run bench/model.bench.ts)
 *
 * Prints its own plain summary first (time per run, samples per second, within budget or not),
 * then vitest's table.
 */
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { MINUTES_PER_DAY, schedules, simulate } from '../src/lib/model';

const BUDGET_MS = 5;
const WARM_UP_RUNS = 20;
const TIMED_RUNS = 60;
const schedule = schedules.withMaintenance(schedules.sixOverTwoWeeks(), 4, 12);
const options = { startMin: 0, endMin: 365 * MINUTES_PER_DAY, stepMin: 1 };
const samples = simulate(schedule, options).timeMin.length;

/** Reads every series, so the lazily derived ones (time, µM, block band) are computed too. */
function simulateAndReadAll(): number {
	const sim = simulate(schedule, options);
	const all = [
		sim.timeMin,
		sim.plasmaNgPerMl,
		sim.plasmaMicroM,
		sim.blockLow,
		sim.blockCentral,
		sim.blockHigh,
		sim.glutamate,
		sim.bdnf,
		sim.connectivity
	];
	return all.reduce((sum, series) => sum + series[series.length - 1]!, 0);
}

interface Timing {
	medianMs: number;
	bestMs: number;
	p90Ms: number;
	/** Median CPU time of the whole process per run (includes V8's GC threads). */
	cpuMedianMs: number;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!;

function timeRuns(run: () => unknown): Timing {
	for (let i = 0; i < WARM_UP_RUNS; i++) run();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < TIMED_RUNS; i++) {
		const cpu0 = process.cpuUsage();
		const t0 = performance.now();
		run();
		wall.push(performance.now() - t0);
		const used = process.cpuUsage(cpu0);
		cpu.push((used.user + used.system) / 1000);
	}
	return {
		medianMs: percentile(wall, 0.5),
		bestMs: Math.min(...wall),
		p90Ms: percentile(wall, 0.9),
		cpuMedianMs: percentile(cpu, 0.5)
	};
}

function line(name: string, t: Timing): string {
	const samplesPerSecond = (samples / t.medianMs) * 1000;
	const verdict = t.medianMs < BUDGET_MS ? 'WITHIN' : 'OVER';
	return (
		`  ${name}: ${t.medianMs.toFixed(2)} ms per run (median of ${TIMED_RUNS}; best ${t.bestMs.toFixed(2)}, ` +
		`p90 ${t.p90Ms.toFixed(2)}, process CPU ${t.cpuMedianMs.toFixed(2)}) = ` +
		`${(samplesPerSecond / 1e6).toFixed(1)} million samples/s → ${verdict} the ${BUDGET_MS} ms budget`
	);
}

function loadAverage(): number | undefined {
	try {
		return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
	} catch {
		return undefined;
	}
}

function report(): void {
	const loadBefore = loadAverage();
	const core = timeRuns(() => simulate(schedule, options));
	const all = timeRuns(simulateAndReadAll);
	const loadAfter = loadAverage();
	const busy = Math.max(loadBefore ?? 0, loadAfter ?? 0) > 1.5;
	console.log(
		[
			'',
			`model bench: ${schedule.doses.length} infusions, one year at 1-min resolution = ${samples.toLocaleString('en-US')} samples per series`,
			line('simulate()                    ', core),
			line('simulate() + read all 9 series', all),
			`  load average before/after: ${loadBefore ?? '?'} / ${loadAfter ?? '?'}` +
				(busy ? ' — the machine was busy; times are inflated, re-run when idle' : ''),
			''
		].join('\n')
	);
}

report();

describe('one year, series + monthly maintenance, 1-min steps', () => {
	bench('simulate()', () => void simulate(schedule, options), { time: 2000, warmupIterations: 10 });
	bench('simulate() + read all 9 series', () => void simulateAndReadAll(), { time: 2000, warmupIterations: 10 });
});
