export const id = 515;
export const ids = [515];
export const modules = {

/***/ 7515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubRest: () => (/* binding */ GitHubRest)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./packages/github/src/permissions.ts
/**
 * GitHub's refusals turned into the user's fix: which permission the token
 * lacks, the workflow line that grants it, and the alternative when the
 * built-in GITHUB_TOKEN cannot have it at all.
 */


/** A refusal the user fixes by changing the token or the workflow. */
class GitHubAccessError extends errors/* UserError */.yo {
    status;
    /** `METHOD /path` of the refused request */
    request;
    constructor(message, status, request) {
        super(message);
        this.name = 'GitHubAccessError';
        this.status = status;
        this.request = request;
    }
}
/** The permission a request needs, from its method and path. */
function scopeOf(method, path) {
    const write = method !== 'GET' && method !== 'HEAD';
    if (/\/dependabot\/alerts/.test(path)) {
        return write
            ? {
                what: 'dismiss or reopen Dependabot alerts',
                permission: 'vulnerability-alerts: write',
                fineGrained: 'Dependabot alerts: read and write',
            }
            : {
                what: 'list Dependabot alerts',
                permission: 'vulnerability-alerts: read',
                fineGrained: 'Dependabot alerts: read',
            };
    }
    if (/\/security-advisories/.test(path)) {
        return {
            what: write
                ? 'write repository security advisories'
                : 'read repository security advisories',
            fineGrained: write
                ? 'Repository security advisories: write'
                : 'Repository security advisories: read',
            notForBuiltInToken: true,
        };
    }
    if (/\/issues\/(\d+\/)?comments/.test(path)) {
        return write
            ? {
                what: 'write the pull request comment',
                permission: 'pull-requests: write',
                fineGrained: 'Pull requests: read and write',
            }
            : {
                what: 'read the pull request comments',
                permission: 'pull-requests: read',
                fineGrained: 'Pull requests: read',
            };
    }
    if (/\/pulls/.test(path)) {
        return write
            ? {
                what: 'open or update the pull request',
                permission: 'pull-requests: write',
                fineGrained: 'Pull requests: read and write',
            }
            : {
                what: 'read pull requests',
                permission: 'pull-requests: read',
                fineGrained: 'Pull requests: read',
            };
    }
    if (/\/dependency-graph\//.test(path)) {
        return {
            what: 'compare the dependency graph',
            permission: 'contents: read',
            fineGrained: 'Contents: read',
        };
    }
    return write
        ? {
            what: 'change repository contents, refs or releases',
            permission: 'contents: write',
            fineGrained: 'Contents: read and write',
        }
        : {
            what: 'read the repository',
            permission: 'contents: read',
            fineGrained: 'Contents: read',
        };
}
/** The sentence for a 403 that is not a rate limit. */
function forbiddenMessage(method, path, githubMessage) {
    const scope = scopeOf(method, path);
    const said = githubMessage
        ? ` GitHub said: "${(0,src_text/* forLog */.Ig)(githubMessage, 200)}".`
        : '';
    if (/\/dependabot\/alerts/.test(path) && /disabled/i.test(githubMessage)) {
        return (`GitHub refused to ${scope.what} (403) because Dependabot alerts are disabled for this repository.${said} ` +
            'Fix: enable Dependabot alerts under Settings → Code security, or remove `dependabot` from the sources this action reads.');
    }
    if (scope.notForBuiltInToken) {
        const verb = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
        return (`GitHub refused to ${scope.what} (403): the built-in GITHUB_TOKEN cannot ${verb} repository security advisories, ` +
            `so a GitHub App or fine-grained token with "${scope.fineGrained}" is needed.${said} ` +
            `Fix: create a GitHub App (or fine-grained personal access token) with "${scope.fineGrained}" on this repository, ` +
            'store its token as a secret and pass it as the `token` input.');
    }
    const block = scope.permission?.startsWith('contents:')
        ? `{ ${scope.permission} }`
        : `{ contents: read, ${scope.permission} }`;
    return (`GitHub refused to ${scope.what} (403): the token lacks the permission \`${scope.permission}\`.${said} ` +
        `Fix: add \`${scope.permission}\` to the \`permissions:\` block of the job in the workflow ` +
        `(for example \`permissions: ${block}\`), or pass a fine-grained token or GitHub App token ` +
        `with "${scope.fineGrained}" as the \`token\` input.`);
}
/** The sentence for a 401. */
function unauthorizedMessage(method, path) {
    return (`GitHub rejected the token for ${method} ${(0,src_text/* forLog */.Ig)(path, 200)} (401 Bad credentials). ` +
        'Fix: pass a valid token as the `token` input (the default is the built-in `${{ github.token }}`); ' +
        'a personal access token may have expired or been revoked.');
}

;// CONCATENATED MODULE: ./packages/github/src/client.ts
/**
 * The GitHub REST client every action uses: Octokit from @actions/github
 * with a request timeout, bounded retries, rate-limit waits, a request
 * count, and GitHub's refusals turned into UserErrors that name the fix.
 *
 * Retry policy (@actions/github 9 bundles no retry or throttling plugin):
 * - 403/429 rate limits (secondary with `retry-after`, primary with
 *   `x-ratelimit-remaining: 0`) are retried for every method: GitHub refused
 *   the request before acting on it. The wait is bounded by `maxWaitMs`.
 * - 5xx answers, timeouts and dropped connections are retried only for
 *   idempotent methods (GET, HEAD, PUT, PATCH, DELETE), with exponential
 *   backoff. A POST that may have reached GitHub is never repeated: a second
 *   comment or advisory is worse than a failed step, and every action reads
 *   the current state first, so re-running the job is safe.
 * - A POST is retried after a connection failure only when the connection
 *   was refused, i.e. nothing was sent.
 * - A 2xx JSON body that arrives cut off is retried once for GET; for other
 *   methods it fails, since the change may have been applied.
 * - When GitHub still fails after that (5xx, no answer, a dropped
 *   connection, a cut-off body), the error is a ServiceError: one sentence
 *   naming the request by its route template, what GitHub did, and the fix
 *   (re-run the job; githubstatus.com), shown without a stack trace.
 *
 * LIMITATION: a PUT that GitHub applied before its answer was lost is
 * retried and then refused (409/422: the file's `sha` changed) instead of
 * succeeding; the caller sees the error and a re-run finds the change made.
 */




const stats = new WeakMap();
/** per client: concrete path of a list → its route template, for messages */
const routeNames = new WeakMap();
/** The request count of a client made by createClient. */
function requestStats(client) {
    const s = stats.get(client);
    if (!s)
        throw new Error('requestStats: the client was not made by createClient');
    return s;
}
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
/** A client for the token; see the module comment for the retry policy. */
function createClient(options) {
    const retries = options.retries ?? 3;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxWaitMs = options.maxWaitMs ?? 60_000;
    const sleep = options.sleep ??
        ((ms) => new Promise((r) => setTimeout(r, ms)));
    const log = options.log ?? (() => { });
    const baseUrl = (options.apiUrl ??
        process.env.GITHUB_API_URL ??
        'https://api.github.com').replace(/\/+$/, '');
    const client = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl,
        userAgent: options.userAgent ?? 'psirt-actions',
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    });
    const counts = {
        requests: 0,
        retries: 0,
        byRoute: {},
        waitedMs: 0,
    };
    stats.set(client, counts);
    const templates = new Map();
    routeNames.set(client, templates);
    client.hook.wrap('request', async (request, endpoint) => {
        const opts = endpoint;
        const method = opts.method.toUpperCase();
        const label = `${method} ${routeOf(opts.url, baseUrl)}`;
        // Messages name the route template, never a concrete URL (its query
        // may carry a cursor); pages after the first map back to their list.
        const named = `${method} ${templateOf(opts, baseUrl, templates)}`;
        const requestOptions = opts.request;
        let truncations = 0;
        for (let attempt = 0;; attempt++) {
            counts.requests++;
            counts.byRoute[label] = (counts.byRoute[label] ?? 0) + 1;
            const controller = new AbortController();
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                controller.abort();
            }, timeoutMs);
            const outer = requestOptions?.signal;
            const signal = outer
                ? AbortSignal.any([outer, controller.signal])
                : controller.signal;
            let response;
            let wait = 0;
            let reason = '';
            try {
                // Octokit binds the options object to the inner hooks (auth), so
                // the signal goes into that same object, not into a copy.
                opts.request = { ...requestOptions, signal };
                response = (await request(opts));
            }
            catch (e) {
                if (timedOut) {
                    if (!IDEMPOTENT.has(method) || attempt >= retries) {
                        throw timeoutError(named, timeoutMs, method, attempt, e);
                    }
                    wait = backoff(attempt);
                    reason = `no answer within ${timeoutMs} ms`;
                }
                else {
                    const decided = decide(e, label, named, attempt, retries, maxWaitMs);
                    if (decided.fail)
                        throw decided.fail;
                    wait = decided.wait;
                    reason = decided.reason;
                }
            }
            finally {
                clearTimeout(timer);
            }
            if (response) {
                if (!isCutOff(response))
                    return response;
                if (method !== 'GET' || truncations++ >= 1) {
                    throw cutOffError(named, method);
                }
                wait = 0;
                reason = 'a JSON body that was cut off';
            }
            counts.retries++;
            counts.waitedMs += wait;
            log(`GitHub: ${label} got ${reason}; retrying in ${Math.round(wait / 1000)} s (attempt ${attempt + 2}).`);
            if (wait > 0)
                await sleep(wait);
        }
    });
    return client;
}
/** The path of a request, without the host and query, for messages. */
function routeOf(url, baseUrl) {
    const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
    return path.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
}
/**
 * Remembers that requests to `route` with `params` are named by the route's
 * template in messages. Octokit's paginate sends every page, the first one
 * included, to a concrete URL; paginate() calls this first.
 */
function nameRoute(client, route, params) {
    const path = route.replace(/^[A-Z]+ /, '');
    routeNames.get(client)?.set(concretePath(path, params), path);
}
function concretePath(template, params) {
    return template.replace(/\{([^}]+)\}/g, (whole, name) => {
        const v = params[name];
        return typeof v === 'string' || typeof v === 'number'
            ? encodeURIComponent(String(v))
            : whole;
    });
}
/**
 * The route template of a request: its `url` when the caller gave one
 * (`/repos/{owner}/{repo}/releases`); for a concrete URL, the template
 * nameRoute() or an earlier request noted for it; failing that, the path
 * (without host and query).
 */
function templateOf(opts, baseUrl, templates) {
    const path = routeOf(opts.url, baseUrl);
    if (!path.includes('{'))
        return templates.get(path) ?? path;
    templates.set(concretePath(path, opts), path);
    return path;
}
/** The one sentence every outage ends with. */
const OUTAGE_FIX = 'Fix: re-run the job in a few minutes; https://www.githubstatus.com shows whether GitHub has an incident.';
/** A success whose JSON body did not arrive whole (Octokit then keeps text). */
function isCutOff(response) {
    const type = response.headers['content-type'] ?? '';
    return (response.status >= 200 &&
        response.status < 300 &&
        /\bjson\b/.test(type) &&
        typeof response.data === 'string');
}
function timeoutError(named, timeoutMs, method, attempt, cause) {
    const tail = IDEMPOTENT.has(method)
        ? ` (${attempt + 1} attempts). ${OUTAGE_FIX}`
        : `; a ${method} is not repeated, as it may have been applied. ${OUTAGE_FIX} The re-run reads the current state first.`;
    return new errors/* ServiceError */._7(`GitHub seems unavailable: it did not answer ${named} within ${timeoutMs} ms${tail}`, named, undefined, { cause });
}
function cutOffError(named, method) {
    const tail = method === 'GET'
        ? `it was cut off again on retry. ${OUTAGE_FIX}`
        : `the change may or may not have been applied. ${OUTAGE_FIX} The re-run reads the current state first.`;
    return new errors/* ServiceError */._7(`GitHub seems unavailable: its answer to ${named} was cut off (incomplete JSON); ${tail}`, named);
}
/** GitHub failed a request with a 5xx or no connection, retries or not. */
function outageError(error, named, attempt, retries) {
    const method = named.split(' ')[0];
    const status = error.response ? error.status : undefined;
    const what = status
        ? `answered ${named} with ${status}${statusText(status)}`
        : `could not be reached for ${named} (${(0,src_text/* forLog */.Ig)(causeCode(error) || error.message, 80)})`;
    // A POST is repeated only after a refused connection (nothing was sent).
    const tail = attempt >= retries
        ? ` (${attempt + 1} attempts). ${OUTAGE_FIX}`
        : `; a ${method} is not repeated, as it may have been applied. ${OUTAGE_FIX} The re-run reads the current state first.`;
    return new errors/* ServiceError */._7(`GitHub seems unavailable: it ${what}${tail}`, named, status, { cause: error });
}
function statusText(status) {
    const text = {
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout',
    };
    return text[status] ? ` (${text[status]})` : '';
}
function backoff(attempt) {
    return 1000 * 2 ** attempt;
}
/** What to do after a failed attempt: wait and retry, or fail with `fail`. */
function decide(error, label, named, attempt, retries, maxWaitMs) {
    const status = error.status ?? 0;
    const response = error.response;
    const headers = response?.headers ?? {};
    const message = githubMessage(response?.data);
    const [method, path] = label.split(' ');
    if (response && (status === 403 || status === 429)) {
        const wait = rateLimitWait(status, headers, message);
        if (wait === undefined) {
            return {
                fail: new GitHubAccessError(forbiddenMessage(method, path, message), status, label),
            };
        }
        if (wait > maxWaitMs || attempt >= retries) {
            return {
                fail: new errors/* UserError */.yo(`GitHub's rate limit stopped ${named} (${status}); it lifts at about ${liftTime(wait)}, ` +
                    `later than this run waits (${Math.round(maxWaitMs / 1000)} s, ${attempt + 1} attempts). ` +
                    'Fix: re-run the job after that time, or use a GitHub App token, whose limit is higher.'),
            };
        }
        return { wait, reason: `a rate limit (${status})` };
    }
    if (response && status === 401) {
        return {
            fail: new GitHubAccessError(unauthorizedMessage(method, path), status, label),
        };
    }
    if (response && RETRYABLE_STATUS.has(status)) {
        if (!IDEMPOTENT.has(method) || attempt >= retries) {
            return { fail: outageError(error, named, attempt, retries) };
        }
        return { wait: backoff(attempt), reason: `${status} from GitHub` };
    }
    if (!response && status === 500) {
        // fetch itself failed: no answer arrived
        const refused = /ECONNREFUSED/.test(String(causeCode(error)));
        if ((!IDEMPOTENT.has(method) && !refused) || attempt >= retries) {
            return { fail: outageError(error, named, attempt, retries) };
        }
        return {
            wait: backoff(attempt),
            reason: `a connection failure (${(0,src_text/* forLog */.Ig)(error.message, 80)})`,
        };
    }
    return { fail: error };
}
/**
 * When a wait of `ms` from now ends, as `HH:MM UTC`, with the date in front
 * (`2026-12-04 09:15 UTC`) when that is not today (UTC).
 */
function liftTime(ms, now = Date.now()) {
    const at = new Date(now + ms).toISOString();
    const today = new Date(now).toISOString().slice(0, 10);
    const time = `${at.slice(11, 16)} UTC`;
    return at.slice(0, 10) === today ? time : `${at.slice(0, 10)} ${time}`;
}
/**
 * How long GitHub asks us to wait, or undefined when a 403 is a refusal and
 * not a rate limit. Without any header GitHub's guidance is one minute.
 */
function rateLimitWait(status, headers, message) {
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds) * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - Date.now());
    }
    if (headers['x-ratelimit-remaining'] === '0' &&
        headers['x-ratelimit-reset']) {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        return Math.max(0, reset - Date.now()) + 1000;
    }
    if (status === 429 || /rate limit/i.test(message))
        return 60_000;
    return undefined;
}
function githubMessage(data) {
    if (data && typeof data === 'object' && 'message' in data) {
        return String(data.message);
    }
    return typeof data === 'string' ? data.slice(0, 200) : '';
}
function causeCode(error) {
    let c = error.cause;
    const codes = [];
    for (let i = 0; i < 4 && c && typeof c === 'object'; i++) {
        const code = c.code;
        if (code)
            codes.push(String(code));
        c = c.cause;
    }
    return codes.join(' ');
}

// EXTERNAL MODULE: ./packages/disclosure/src/channels/fetch.ts
var fetch = __webpack_require__(6984);
// EXTERNAL MODULE: ./packages/disclosure/src/channels/types.ts
var types = __webpack_require__(6869);
;// CONCATENATED MODULE: ./packages/disclosure/src/channels/github-rest.ts
/**
 * The repository's REST API for the channels, through the suite's GitHub
 * client. A refusal the user can fix (bad token, missing permission) is a
 * UserError naming the fix; any other failure is a ChannelError that the
 * summary reports and a re-run can complete.
 */





/**
 * What a 404 from GitHub means when the resource should be there: the
 * token cannot see it (GitHub hides what a token may not read or write).
 */
function notFoundFix(method, path) {
    const write = method !== 'GET' && method !== 'HEAD';
    if (/\/security-advisories/.test(path)) {
        const permission = write
            ? 'Repository security advisories: write'
            : 'Repository security advisories: read';
        return ` GitHub answers 404 when the token cannot ${write ? 'write' : 'read'} this repository's security advisories. Fix: pass as \`token\` a GitHub App or fine-grained token with "${permission}" on this repository (the built-in GITHUB_TOKEN cannot have it).`;
    }
    if (/\/releases/.test(path)) {
        return write
            ? ' GitHub answers 404 when the token cannot write the release or the release was deleted. Fix: give the token `contents: write`, and check that the release still exists.'
            : ' GitHub answers 404 when the token cannot read the release. Fix: give the token `contents: read`.';
    }
    return " GitHub answers 404 when the token cannot see the resource. Fix: check the token's access to this repository.";
}
/**
 * The repository's REST API through the suite's GitHub client (retries for
 * idempotent requests, rate-limit waits, 401/403 as the user's fix). Paths
 * are relative to the API root.
 */
class GitHubRest {
    apiUrl;
    owner;
    repo;
    client;
    constructor(apiUrl, token, owner, repo, options = {}) {
        this.apiUrl = apiUrl;
        this.owner = owner;
        this.repo = repo;
        this.client = createClient({ token, apiUrl, ...options });
    }
    /** `/repos/{owner}/{repo}` + `tail` */
    repoPath(tail) {
        return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${tail}`;
    }
    /**
     * A request whose 2xx answers are returned; 401 and 403 are the user's to
     * fix (UserError), anything else fails the channel. A 404 is returned
     * only to a read that asks for it (`notFound: 'reply'`), where "not
     * found" is an answer; on a write, or a read that expects the resource,
     * it is a failure: GitHub answers 404 when the token cannot see the
     * resource.
     */
    async call(method, path, body, options = {}) {
        try {
            const res = await this.client.request(`${method} ${path}`, {
                ...(body ?? {}),
            });
            return {
                status: res.status,
                data: res.data,
                headers: new Headers(Object.entries(res.headers)
                    .filter(([, v]) => v !== undefined)
                    .map(([k, v]) => [k, String(v)])),
            };
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            // The client already said GitHub is unavailable, and what to do.
            if (e instanceof errors/* ServiceError */._7)
                throw new types/* ChannelError */.Q(e.message);
            const status = e.status;
            const data = e.response?.data;
            if (status === 404 && method === 'GET' && options.notFound === 'reply') {
                return { status, data: data, headers: new Headers() };
            }
            const why = (0,fetch/* messageOf */.b)(data) || (e instanceof Error ? e.message : '');
            throw new types/* ChannelError */.Q(`GitHub answered ${method} ${(0,src_text/* forLog */.Ig)(path, 200)}${status ? ` with ${status}` : ''}${why ? `: ${(0,src_text/* forLog */.Ig)(why, 200)}` : ''}.${status === 404 ? notFoundFix(method, path) : ''}`);
        }
    }
    /** Every item of a paginated list, following GitHub's Link headers. */
    async list(path) {
        const out = [];
        let next = path;
        for (let page = 0; next && page < 100; page++) {
            const reply = await this.call('GET', next);
            out.push(...(reply.data ?? []));
            const link = reply.headers.get('link') ?? '';
            next = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
        }
        return out;
    }
}


/***/ })

};
