import { normalize } from 'node:path';

/**
 * The artifact's name and the runner's credentials for it: what the
 * action needs before it measures (checking the inputs, taking the
 * credentials out of the environment), kept apart from the upload
 * (artifact.ts), which loads the toolkit's client only when it runs.
 */
/** Characters the artifact service refuses in a name (the toolkit checks the same list before it uploads). */
const BAD_IN_NAME = /[":<>|*?\r\n\\/]/;
const MAX_NAME_LENGTH = 200;
/** pprof-gate, or pprof-gate-<working directory as a slug> (services/orders: pprof-gate-services-orders). */
function artifactName(workingDirectory) {
    const dir = normalize(workingDirectory || '.').replace(/\/+$/, '');
    const slug = dir
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, MAX_NAME_LENGTH - 'pprof-gate-'.length);
    return slug ? `pprof-gate-${slug}` : 'pprof-gate';
}
/** A leg of a matrix over the config file's services: pprof-gate-<service>, the name mode: summarize looks for. */
function serviceArtifactName(service) {
    return `pprof-gate-${service}`;
}
/** Why the artifact service would refuse this name, or null. */
function badArtifactName(name) {
    if (name === '')
        return 'is empty';
    if (name.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    const bad = BAD_IN_NAME.exec(name);
    return bad ? `holds ${JSON.stringify(bad[0])}, which artifact names may not (" : < > | * ? \\ / and line breaks)` : null;
}
/** The two variables the toolkit reads its credentials from, or null outside an Actions runner. */
function artifactCredentials(env) {
    const runtimeToken = env.ACTIONS_RUNTIME_TOKEN ?? '';
    const resultsUrl = env.ACTIONS_RESULTS_URL ?? '';
    return runtimeToken && resultsUrl ? { runtimeToken, resultsUrl } : null;
}

export { artifactCredentials as a, artifactName as b, badArtifactName as c, serviceArtifactName as s };
