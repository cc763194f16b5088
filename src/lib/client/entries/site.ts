// The script of pages with no figures of their own (pageEntry.ts): home, glossary, references, handout, changelog.
import { startSite } from '../site';

startSite();
