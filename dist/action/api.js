const DEFAULT_RETRY = {
    maxRetries: 3,
    maxWaitMs: 60_000,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    log: () => { },
    now: () => Date.now()
};
/** The parts of an Octokit RequestError that matter here. */
function errorStatus(e) {
    return typeof e?.status === 'number' ? e.status : 0;
}
function header(e, name) {
    const h = e?.response?.headers?.[name];
    return h === undefined || h === null ? undefined : String(h);
}
/**
 * How long to wait before retrying a failed request, or null when a retry
 * would not help. Rate limits (429, or 403 with Retry-After or no requests
 * left) wait as GitHub says: Retry-After (seconds or a date), else until
 * x-ratelimit-reset, else a minute (GitHub's advice for secondary limits).
 * Server errors back off 1, 2, 4 s.
 */
function retryDelay(e, attempt, now) {
    const status = errorStatus(e);
    const retryAfter = header(e, 'retry-after');
    const remaining = header(e, 'x-ratelimit-remaining');
    if (status === 429 || (status === 403 && (retryAfter !== undefined || remaining === '0'))) {
        if (retryAfter !== undefined) {
            const secs = Number(retryAfter);
            if (Number.isFinite(secs) && secs >= 0)
                return secs * 1000;
            const date = Date.parse(retryAfter);
            if (Number.isFinite(date))
                return Math.max(0, date - now);
        }
        const reset = Number(header(e, 'x-ratelimit-reset'));
        if (remaining === '0' && Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now) + 1000;
        return 60_000;
    }
    if (status === 500 || status === 502 || status === 503 || status === 504)
        return 1000 * 2 ** attempt;
    return null;
}
/** Wraps a request function with retries (see retryDelay), at most policy.maxRetries, each wait at most policy.maxWaitMs. */
function withRetries(api, policy = DEFAULT_RETRY) {
    return async (route, params) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await api(route, params);
            }
            catch (e) {
                const wait = retryDelay(e, attempt, policy.now());
                if (wait === null || attempt >= policy.maxRetries)
                    throw e;
                const what = `GitHub API ${route.replace(/^(\w+) https?:\/\/[^/]+/, '$1 ')}: HTTP ${errorStatus(e)}`;
                if (wait > policy.maxWaitMs) {
                    policy.log(`${what}; the rate limit resets in ${Math.ceil(wait / 1000)} s, longer than the ${policy.maxWaitMs / 1000} s pprof-gate waits: giving up`);
                    throw e;
                }
                policy.log(`${what}; retrying in ${(wait / 1000).toFixed(1)} s (retry ${attempt + 1} of ${policy.maxRetries})`);
                await policy.sleep(wait);
            }
        }
    };
}
/** An Api backed by Octokit, loaded on first use (it is a large part of the bundle's start-up cost). */
async function octokitApi(token) {
    const { getOctokit } = await import('./github.js').then(function (n) { return n.a; });
    // Octokit logs request failures through console by default; we report them ourselves.
    const quiet = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
    const octokit = getOctokit(token, { log: quiet });
    return (async (route, params) => {
        const r = await octokit.request(route, params ?? {});
        return { status: r.status, data: r.data, headers: r.headers };
    });
}
/** The URL of the next page from a Link header, if any. */
function nextPageUrl(link) {
    if (typeof link !== 'string')
        return null;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return null;
}

export { DEFAULT_RETRY, errorStatus, nextPageUrl, octokitApi, retryDelay, withRetries };
