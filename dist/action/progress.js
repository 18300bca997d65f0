import { f as startGroup, i as info, h as endGroup } from './core.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';

/**
 * Progress in the Actions log: each phase of the run (prepare, build,
 * trials, analysis, then reporting) is one collapsible group; inside, a line
 * per trial step and a load line at most every 5 s.
 */
const TITLES = {
    prepare: 'prepare base and head',
    build: 'go build base and head',
    trials: 'trials: load and profiles',
    analysis: 'analysis: compare profiles, verdict'
};
class ActionsProgress {
    open = false;
    lastLoadLine = 0;
    phase(name) {
        this.end();
        startGroup(`pprof-gate: ${TITLES[name] ?? name}`);
        this.open = true;
    }
    event(e) {
        const who = `${e.side} ${e.trial}`;
        if (e.kind === 'phase') {
            info(`${who}: ${e.phase}`);
            return;
        }
        const finished = e.total !== null && e.done === e.total;
        if (!finished && Date.now() - this.lastLoadLine < 5000)
            return;
        this.lastLoadLine = Date.now();
        info(`${who}: load ${e.done.toLocaleString('en-US')}${e.total ? `/${e.total.toLocaleString('en-US')}` : ''} requests${e.errors ? `, ${e.errors} errors` : ''}`);
    }
    end() {
        if (this.open)
            endGroup();
        this.open = false;
    }
}

export { ActionsProgress };
