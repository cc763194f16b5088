/**
 * The CSS of everything the story shows as prerendered HTML (storyHtml.ts): the chapters' prose and
 * its components, the diagrams' key frames and first layers, the step bodies. The browser does not
 * run these components, so their CSS must be imported on its own (`?tree-css`, vite.config.ts).
 */
import './ptsd.md?tree-css';
import './ketamine.md?tree-css';
import './nmda.md?tree-css';
import './glutamate.md?tree-css';
import './bdnf.md?tree-css';
import './series.md?tree-css';
import './plan.md?tree-css';
import './infusion-day.md?tree-css';
import './safety.md?tree-css';
import './evidence.md?tree-css';
import './questions.md?tree-css';
import '$diagrams/PtsdClusters.svelte?tree-css';
import '$diagrams/NmdaSynapse.svelte?tree-css';
import '$diagrams/GlutamateCircuit.svelte?tree-css';
import '$diagrams/SpineGrowth.svelte?tree-css';
import '$diagrams/SeriesTimeline.svelte?tree-css';
import '$diagrams/InfusionDay.svelte?tree-css';
import '$scrolly/StepBody.svelte?tree-css';
