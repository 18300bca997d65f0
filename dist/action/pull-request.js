import { nextPageUrl } from './api.js';

async function findPullRequest(api, owner, repo, run) {
    const linked = run.pullRequests.find((p) => p.headSha === run.headSha) ?? run.pullRequests[0];
    if (linked)
        return { number: linked.number };
    const headOwner = run.headRepo.split('/')[0];
    if (!headOwner || !run.headBranch || !run.headSha)
        return { none: 'the workflow_run event names no head repository, branch or commit' };
    let r = await api('GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'open', head: `${headOwner}:${run.headBranch}`, per_page: 100 });
    for (let page = 1; page <= 10; page++) {
        for (const raw of Array.isArray(r.data) ? r.data : []) {
            const p = raw;
            if (typeof p.number === 'number' && p.head?.sha === run.headSha && p.head?.repo?.full_name === run.headRepo)
                return { number: p.number };
        }
        const next = nextPageUrl(r.headers.link);
        if (!next)
            break;
        r = await api(`GET ${next}`);
    }
    return { none: `no open pull request of ${owner}/${repo} has ${run.headRepo}:${run.headBranch} at ${run.headSha.slice(0, 12)} as its head (closed, or pushed to since)` };
}

export { findPullRequest as f };
