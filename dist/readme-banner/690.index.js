export const id = 690;
export const ids = [690];
export const modules = {

/***/ 2690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APPLY_MODES: () => (/* reexport */ modes/* APPLY_MODES */.wb),
  BANNER_MODES: () => (/* reexport */ modes/* BANNER_MODES */.wV),
  DEFAULT_PR_BRANCH: () => (/* reexport */ modes/* DEFAULT_PR_BRANCH */.qb),
  planBanner: () => (/* binding */ planBanner),
  runBanner: () => (/* binding */ runBanner),
  withReleaseDates: () => (/* binding */ withReleaseDates)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
// EXTERNAL MODULE: ./packages/records/src/load.ts + 1 modules
var load = __webpack_require__(7207);
// EXTERNAL MODULE: ./packages/records/src/severity.ts
var src_severity = __webpack_require__(3855);
// EXTERNAL MODULE: ./packages/versions/src/compare.ts + 1 modules
var compare = __webpack_require__(2366);
;// CONCATENATED MODULE: ./packages/versions/src/releases.ts
/**
 * This software's release tags. They compare as Go-style semver (optional
 * `v`), falling back to dotted numeric for other tag schemes.
 */

/** `v1.4.2`, `1.4.2` and `V1.4.2` name the same release. */
function sameRelease(a, b) {
    const norm = (s) => s
        .trim()
        .toLowerCase()
        .replace(/^v(?=\d)/, '');
    return norm(a) === norm(b);
}
/** A release tag such as v1.4.2 or 2026.11; a commit sha or `latest` is none. */
const RELEASE_TAG = /^v?\d+(\.\d+)+([-+][0-9a-z.-]+)?$/i;
/**
 * Orders two release tags; undefined when either is not a release tag or
 * they cannot be ordered, so a word such as `latest` never counts as an
 * earlier (already public) release.
 */
function compareReleases(a, b) {
    if (!RELEASE_TAG.test(a.trim()) || !RELEASE_TAG.test(b.trim())) {
        return undefined;
    }
    for (const eco of ['go', 'generic']) {
        if (isValidVersion(eco, a) && isValidVersion(eco, b)) {
            return compareVersions(eco, a, b);
        }
    }
    return undefined;
}
/** Is release `version` one of `releases` (a record's fixed_in)? */
function listsRelease(releases, version) {
    return releases.some((r) => sameRelease(r, version));
}

// EXTERNAL MODULE: ./packages/records/src/types.ts
var types = __webpack_require__(3039);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/banner/src/apply.ts
/**
 * Writing the banner to the repository through the REST API: a commit with
 * the file's current blob sha (optimistic concurrency, re-read and retried
 * on a conflict), or one pull request from a fixed branch. Each path reads
 * the current state first, so a run with nothing to change writes nothing.
 */


/** Conflicts retried before giving up; each retry re-reads the file. */
const MAX_ATTEMPTS = 4;
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
function isConflict(e) {
    // The contents API answers 409 when the sha is not the branch's current
    // blob, and 422 when a sha is missing for a file that now exists.
    const s = statusOf(e);
    return s === 409 || s === 422;
}
function forbidden(e, what) {
    // The suite's client already turns refusals into a sentence with the fix.
    if (e instanceof src_errors/* UserError */.yo)
        return undefined;
    const s = statusOf(e);
    if (s !== 403 && s !== 401)
        return undefined;
    return new src_errors/* UserError */.yo(`GitHub refused to ${what} (HTTP ${s}). Fix: give the job \`permissions: contents: write\`${what.includes('pull request') ? ' and `pull-requests: write`' : ''}, or pass a token that has them in the \`token\` input.`);
}
async function readFile(api, t, ref) {
    let data;
    try {
        data = (await api.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: t.owner,
            repo: t.repo,
            path: t.path,
            ...(ref ? { ref } : {}),
        })).data;
    }
    catch (e) {
        if (statusOf(e) === 404) {
            throw new src_errors/* UserError */.yo(`${t.path} was not found in ${t.owner}/${t.repo}${ref ? ` on ${ref}` : ''}. Fix: create it, or name the file with the \`file\` input or \`banner.file\` in the configuration.`);
        }
        throw forbidden(e, `read ${t.path}`) ?? e;
    }
    const file = data;
    if (Array.isArray(data) || file.type !== 'file' || !file.sha) {
        throw new src_errors/* UserError */.yo(`${t.path} in ${t.owner}/${t.repo} is not a file. Fix: point the \`file\` input at the README file.`);
    }
    if (file.encoding !== 'base64' || typeof file.content !== 'string') {
        // LIMITATION: files over 1 MB come back without content; the banner
        // refuses them rather than reading them another way.
        throw new src_errors/* UserError */.yo(`${t.path} is too large for the contents API (over 1 MB). Fix: keep the banner in a smaller file (\`file\` input).`);
    }
    const bytes = external_node_buffer_.Buffer.from(file.content, 'base64');
    const text = bytes.toString('utf8');
    // LIMITATION: only UTF-8 files; another encoding could not be kept byte
    // for byte, so it is refused.
    if (!external_node_buffer_.Buffer.from(text, 'utf8').equals(bytes)) {
        throw new src_errors/* UserError */.yo(`${t.path} is not valid UTF-8, so the banner cannot keep its bytes unchanged. Fix: save it as UTF-8.`);
    }
    return { text, sha: file.sha };
}
async function writeFile(api, t, text, sha, branch, message) {
    const res = await api.request('PUT /repos/{owner}/{repo}/contents/{path}', {
        owner: t.owner,
        repo: t.repo,
        path: t.path,
        message,
        content: external_node_buffer_.Buffer.from(text, 'utf8').toString('base64'),
        sha,
        ...(branch ? { branch } : {}),
    });
    const commit = res.data.commit;
    return commit?.sha ?? '';
}
/**
 * Commits the banner to `branch` (the default branch when absent) if the
 * file changes. On a conflict the file is read again and the update
 * recomputed, at most MAX_ATTEMPTS times.
 */
async function commitBanner(api, target, update, options) {
    for (let attempt = 1;; attempt++) {
        const current = await readFile(api, target, options.branch);
        const next = update(current.text);
        if (next === current.text)
            return { changed: false, attempts: attempt };
        try {
            const commitSha = await writeFile(api, target, next, current.sha, options.branch, options.message);
            return { changed: true, commitSha, attempts: attempt };
        }
        catch (e) {
            if (!isConflict(e))
                throw forbidden(e, `commit ${target.path}`) ?? e;
            if (attempt >= MAX_ATTEMPTS) {
                throw new src_errors/* UserError */.yo(`${target.path} changed under every one of ${MAX_ATTEMPTS} attempts to commit the banner (HTTP ${statusOf(e)}). Fix: re-run the job; if it keeps failing, a branch rule may refuse direct commits: use \`apply: pull-request\`.`);
            }
        }
    }
}
async function refSha(api, t, branch) {
    try {
        const res = await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner: t.owner,
            repo: t.repo,
            ref: `heads/${branch}`,
        });
        return res.data.object.sha;
    }
    catch (e) {
        if (statusOf(e) === 404)
            return undefined;
        throw e;
    }
}
async function defaultBranch(api, t) {
    const res = await api.request('GET /repos/{owner}/{repo}', {
        owner: t.owner,
        repo: t.repo,
    });
    return res.data.default_branch;
}
/** Points `head` at `sha`, creating the branch when it does not exist. */
async function resetBranch(api, t, head, sha, exists) {
    try {
        if (exists) {
            await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner: t.owner,
                repo: t.repo,
                ref: `heads/${head}`,
                sha,
                force: true,
            });
        }
        else {
            await api.request('POST /repos/{owner}/{repo}/git/refs', {
                owner: t.owner,
                repo: t.repo,
                ref: `refs/heads/${head}`,
                sha,
            });
        }
    }
    catch (e) {
        throw forbidden(e, `update the branch ${head}`) ?? e;
    }
}
async function findPull(api, t, head, base) {
    const res = await api.request('GET /repos/{owner}/{repo}/pulls', {
        owner: t.owner,
        repo: t.repo,
        head: `${t.owner}:${head}`,
        base,
        state: 'open',
        per_page: 100,
    });
    const list = res.data;
    return list[0]?.number;
}
async function closePull(api, t, pullNumber) {
    try {
        await api.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner: t.owner,
            repo: t.repo,
            pull_number: pullNumber,
            state: 'closed',
        });
    }
    catch (e) {
        throw forbidden(e, 'close the outdated pull request') ?? e;
    }
}
/**
 * Proposes the banner in one pull request from `head` into the default
 * branch (or `base`). The branch is reset onto the base and given one
 * commit; an existing open pull request from it is reused, never doubled,
 * and closed once the base needs no change.
 */
async function proposeBanner(api, target, update, options) {
    const base = options.base ?? (await defaultBranch(api, target));
    if (base === options.head) {
        throw new src_errors/* UserError */.yo(`The pull request branch "${options.head}" is the base branch itself. Fix: set the \`branch\` input to a branch of its own, e.g. psirt/readme-banner.`);
    }
    for (let attempt = 1;; attempt++) {
        const onBase = await readFile(api, target, base);
        const next = update(onBase.text);
        if (next === onBase.text) {
            // The base already reads as it should (the pull request was merged, or
            // the entries it added expired before anyone did): a banner pull
            // request still open would only undo that, so it is closed.
            const stale = await findPull(api, target, options.head, base);
            if (stale !== undefined)
                await closePull(api, target, stale);
            return { changed: false, closedPullRequest: stale, attempts: attempt };
        }
        const headSha = await refSha(api, target, options.head);
        let commitSha;
        const onHead = headSha === undefined
            ? undefined
            : await readFile(api, target, options.head);
        if (onHead?.text !== next) {
            const baseSha = await refSha(api, target, base);
            if (!baseSha) {
                throw new src_errors/* UserError */.yo(`The base branch "${base}" does not exist. Fix: name an existing branch.`);
            }
            await resetBranch(api, target, options.head, baseSha, !!headSha);
            try {
                commitSha = await writeFile(api, target, next, onBase.sha, options.head, options.message);
            }
            catch (e) {
                if (!isConflict(e) || attempt >= MAX_ATTEMPTS) {
                    throw forbidden(e, `commit ${target.path}`) ?? e;
                }
                continue;
            }
        }
        let pullRequest = await findPull(api, target, options.head, base);
        if (pullRequest === undefined) {
            try {
                const res = await api.request('POST /repos/{owner}/{repo}/pulls', {
                    owner: target.owner,
                    repo: target.repo,
                    head: options.head,
                    base,
                    title: options.title,
                    body: options.body,
                });
                pullRequest = res.data.number;
            }
            catch (e) {
                throw forbidden(e, 'open the pull request') ?? e;
            }
        }
        return {
            changed: commitSha !== undefined,
            commitSha,
            pullRequest,
            attempts: attempt,
        };
    }
}

;// CONCATENATED MODULE: ./packages/banner/src/banner.ts
/**
 * The README banner: a notice of the critical and high advisories published
 * recently, kept between two markers. Both halves are pure: `renderBanner`
 * computes the block from the records and a date, `applyBanner` puts it into
 * the README without touching a byte outside the markers.
 */



const BANNER_START = '<!-- psirt:banner:start -->';
const BANNER_END = '<!-- psirt:banner:end -->';
/** The process requires a notice to stand for no less than 30 days. */
const MIN_BANNER_DAYS = 30;
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or undefined if invalid. */
function dayNumber(date) {
    const m = ISO_DATE.exec(date);
    if (!m)
        return undefined;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const back = new Date(ms).toISOString().slice(0, 10);
    return back === date ? Math.round(ms / DAY_MS) : undefined;
}
/** Refuses a banner length the process does not allow. */
function checkBannerDays(days, where = 'banner.days') {
    if (!Number.isInteger(days) || days < MIN_BANNER_DAYS) {
        throw new src_errors/* UserError */.yo(`${where} is ${days}, but a critical or high advisory must stay on the README for at least ${MIN_BANNER_DAYS} days. Fix: set ${where} to ${MIN_BANNER_DAYS} or more.`);
    }
}
/**
 * "Published within the last N days": an advisory published on day D is
 * shown from D through D+N inclusive, and gone on D+N+1. With N = 30 the
 * scheduled run keeps it on day 30 and removes it on day 31.
 */
function isShown(published, today, days) {
    const p = dayNumber(published);
    const t = dayNumber(today);
    if (p === undefined || t === undefined)
        return false;
    const age = t - p;
    return age >= 0 && age <= days;
}
/** Where a reader finds the advisory: the GitHub advisory, CVE, or record. */
function linkOf(loaded, repoUrl) {
    const d = loaded.record.disclosure;
    const base = repoUrl?.replace(/\/+$/, '');
    if (d.ghsa_id && base) {
        return `${base}/security/advisories/${encodeURIComponent(d.ghsa_id)}`;
    }
    if (d.ghsa_id) {
        return `https://github.com/advisories/${encodeURIComponent(d.ghsa_id)}`;
    }
    if (d.cve_id) {
        return `https://www.cve.org/CVERecord?id=${encodeURIComponent(d.cve_id)}`;
    }
    const path = loaded.file.split('/').map(encodeURIComponent).join('/');
    return base ? `${base}/blob/HEAD/${path}` : path;
}
/**
 * Ids and versions as they are written when they hold only characters that
 * mean nothing to markdown mid-line; anything else is escaped.
 */
function plain(text, max) {
    return /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(text) && text.length <= max
        ? text
        : (0,src_text/* forMarkdown */.Bm)(text, max);
}
/** What the reader must do, as markdown: our release, or the dependency. */
function fixOf(record) {
    const d = record.disclosure;
    const sentence = (t) => (0,src_text/* forMarkdown */.Bm)(t.trim().replace(/\.$/, ''), 160);
    if (d.fix_by === 'dependency_update' && d.dependency_update) {
        return sentence(d.dependency_update);
    }
    const versions = record.fixed_in.length > 0
        ? record.fixed_in
        : record.packages.flatMap((p) => (p.fixed ? [p.fixed] : []));
    if (versions.length > 0) {
        return `Update to ${versions.map((v) => plain(v, 40)).join(', ')}`;
    }
    return d.dependency_update ? sentence(d.dependency_update) : '';
}
/** The advisories the banner shows on `today`, newest first. */
function bannerEntries(records, today, days, repoUrl) {
    checkBannerDays(days);
    if (dayNumber(today) === undefined) {
        throw new src_errors/* UserError */.yo(`The date "${(0,src_text/* forLog */.Ig)(today, 40)}" is not a calendar date. Fix: give it as YYYY-MM-DD.`);
    }
    const entries = [];
    for (const loaded of records) {
        const { record } = loaded;
        const published = record.disclosure.published;
        // An embargoed record is private whatever its dates say.
        if (record.disclosure.embargoed === true || !published)
            continue;
        if (!isShown(published, today, days))
            continue;
        // Severity as every part of the suite computes it: vector first.
        const severity = (0,src_severity/* recordSeverity */.j)(record)?.severity ?? 'none';
        if (severity !== 'critical' && severity !== 'high')
            continue;
        entries.push({
            id: record.disclosure.ghsa_id ?? record.disclosure.cve_id ?? record.id,
            severity,
            published,
            title: record.title,
            fix: fixOf(record),
            link: linkOf(loaded, repoUrl),
        });
    }
    return entries.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
}
function entryLine(e) {
    const fix = e.fix ? ` ${e.fix}.` : '';
    // The link target is built from ids and URLs; brackets, angle brackets
    // and white space are the characters that could end or break it.
    const href = e.link.replace(/[()<>[\]\s]/g, encodeURIComponent);
    return (`> - **${e.severity === 'critical' ? 'Critical' : 'High'}**: ` +
        `[${plain(e.id, 80)}](${href}) ${(0,src_text/* forMarkdown */.Bm)(e.title, 160)}` +
        ` (published ${e.published}).${fix}`);
}
function alertBlock(kind, list) {
    const what = kind === 'CAUTION' ? 'critical' : 'high';
    return [
        `> [!${kind}]`,
        `> Security advisories of ${what} severity were published recently. ` +
            `Update to the fixed version.`,
        '>',
        ...list.map(entryLine),
    ].join('\n');
}
/**
 * The banner block (without markers, `\n` line endings) for `today`: a
 * `[!CAUTION]` alert for critical advisories and a `[!WARNING]` alert for
 * high ones, each newest first. Empty when nothing is to be shown.
 */
function renderBanner(records, today, days, repoUrl) {
    const entries = bannerEntries(records, today, days, repoUrl);
    const critical = entries.filter((e) => e.severity === 'critical');
    const high = entries.filter((e) => e.severity === 'high');
    const blocks = [];
    if (critical.length > 0)
        blocks.push(alertBlock('CAUTION', critical));
    if (high.length > 0)
        blocks.push(alertBlock('WARNING', high));
    return blocks.join('\n\n');
}
function splitLines(text, from) {
    const lines = [];
    let start = from;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const body = text.slice(start, end).replace(/\r$/, '');
        lines.push({ start, next: nl === -1 ? end : nl + 1, text: body });
        start = end + 1;
    }
    return lines;
}
/** Lines that are markdown, not inside a fenced code block. */
function outsideFences(lines) {
    const out = [];
    let fence;
    for (const line of lines) {
        const m = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
        if (fence === undefined) {
            if (m)
                fence = m[1];
            else
                out.push(line);
        }
        else if (m &&
            m[1][0] === fence[0] &&
            m[1].length >= fence.length &&
            line.text.trim() === m[1]) {
            fence = undefined;
        }
    }
    return out;
}
/**
 * The line after which markers go: the README's title, a level-1 heading
 * (ATX or setext) that only blank lines, HTML blocks (a logo) and lines of
 * badges or images come before. A README that opens with prose has no title
 * here, and its banner goes at the top.
 */
function titleLine(lines) {
    let html = false;
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i].text;
        if (text.trim() === '') {
            html = false;
            continue;
        }
        if (html)
            continue;
        if (/^ {0,3}#(\s|$)/.test(text))
            return lines[i];
        const under = lines[i + 1];
        if (under &&
            under.start === lines[i].next &&
            /^ {0,3}=+\s*$/.test(under.text)) {
            return under;
        }
        if (/^\s*</.test(text))
            html = true;
        else if (!/^\s*(\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?\s*)+$/.test(text))
            return undefined;
    }
    return undefined;
}
/**
 * README text with `block` between the banner markers. Only the bytes
 * between the markers change; the block takes the file's line ending. A
 * README without markers gets them after its title (or at the top); an empty
 * block keeps the markers with nothing between them, and is not inserted
 * into a README that has no markers. Applying twice gives the same text as
 * applying once.
 */
function applyBanner(readme, block, file = 'README.md') {
    const bom = readme.startsWith('\uFEFF') ? '\uFEFF' : '';
    const eol = /\r\n/.exec(readme) ? '\r\n' : '\n';
    const body = block.replace(/\r\n/g, '\n').replace(/^\n+|\n+$/g, '');
    const inner = body === '' ? '' : eol + body.split('\n').join(eol) + eol + eol;
    const marked = BANNER_START + eol + inner + BANNER_END;
    const lines = outsideFences(splitLines(readme, bom.length));
    const starts = lines.filter((l) => l.text.trim() === BANNER_START);
    const ends = lines.filter((l) => l.text.trim() === BANNER_END);
    if (starts.length === 0 && ends.length === 0) {
        if (body === '')
            return readme;
        const title = titleLine(lines);
        if (!title) {
            const rest = readme.slice(bom.length);
            return bom + marked + eol + (rest === '' ? '' : eol + rest);
        }
        const head = readme.slice(0, title.next);
        const tail = readme.slice(title.next);
        const lead = title.next === title.start + title.text.length ? eol : '';
        return head + lead + eol + marked + eol + tail;
    }
    const lineOf = (l) => readme.slice(0, l.start).split('\n').length;
    const refuse = (at, problem, fix) => {
        throw new src_errors/* UserError */.yo(`${file} ${problem}: it must hold exactly one ${BANNER_START} line followed by one ${BANNER_END} line. Fix: ${fix}, or remove every marker to let the banner insert them.`, { file, line: lineOf(at), col: 1 });
    };
    if (starts.length > 1) {
        refuse(starts[1], `has a second ${BANNER_START} line at line ${lineOf(starts[1])}`, 'remove it');
    }
    if (ends.length > 1) {
        refuse(ends[1], `has a second ${BANNER_END} line at line ${lineOf(ends[1])}`, 'remove it');
    }
    const [start] = starts;
    const [end] = ends;
    if (!end) {
        refuse(start, `has no ${BANNER_END} line after the ${BANNER_START} line at line ${lineOf(start)}`, `add ${BANNER_END} after it`);
    }
    if (!start) {
        refuse(end, `has no ${BANNER_START} line before the ${BANNER_END} line at line ${lineOf(end)}`, `add ${BANNER_START} before it`);
    }
    if (end.start < start.start) {
        refuse(end, `has its ${BANNER_END} line (line ${lineOf(end)}) before its ${BANNER_START} line (line ${lineOf(start)})`, 'swap the two markers');
    }
    const indent = start.text.slice(0, start.text.indexOf(BANNER_START));
    const before = readme.slice(0, start.start + indent.length);
    const after = readme.slice(end.start + end.text.indexOf(BANNER_END));
    return before + marked + after.slice(BANNER_END.length);
}

// EXTERNAL MODULE: ./packages/banner/src/modes.ts
var modes = __webpack_require__(1228);
;// CONCATENATED MODULE: ./packages/banner/src/run.ts
/**
 * One banner run, shared by the action and the CLI: load the configuration
 * and records, compute the block for the date, and apply it to the README
 * (in the workspace, by commit, or by pull request).
 */













/** Stops the run on the first error; the message counts them all. */
function failOnErrors(problems) {
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length === 0)
        return;
    // A banner computed from records that failed validation could drop an
    // advisory that must be shown, so any error stops the run.
    const first = errors[0];
    throw new src_errors/* UserError */.yo(`${errors.length} problem(s) in the configuration or records; the banner is not computed from invalid data. First: ${(0,src_errors/* formatProblem */.Vw)(first)}`, { file: first.file, line: first.line, col: first.col });
}
/**
 * Records the release `tag` discloses that carry no publication date yet
 * count as published on `today`, so the release run shows them. The
 * returned notes ask for the date to be recorded: the scheduled runs only
 * know what the records say.
 */
function withReleaseDates(records, tag, today) {
    if (!tag)
        return { records, notes: [] };
    const notes = [];
    const out = records.map((loaded) => {
        const { record } = loaded;
        const d = record.disclosure;
        const severity = (0,src_severity/* recordSeverity */.j)(record)?.severity;
        if (!listsRelease(record.fixed_in, tag) ||
            d.kind === 'none' ||
            d.published ||
            (severity !== 'critical' && severity !== 'high')) {
            return loaded;
        }
        const where = { file: loaded.file, ...(0,types/* positionOf */.df)(loaded, '/disclosure') };
        if (d.embargoed === true) {
            // The record still says embargoed, so the banner keeps it out; the
            // note names only the file, never what the record is about.
            notes.push({
                ...where,
                rule: 'banner/still-embargoed',
                message: `release ${tag} discloses this record, but it still says disclosure.embargoed: true, so the banner leaves it out.`,
                fix: `once its advisory is public, set \`embargoed: false\` and \`published: ${today}\` under disclosure.`,
                severity: 'warning',
            });
            return loaded;
        }
        notes.push({
            ...where,
            rule: 'banner/published-date',
            message: `release ${tag} discloses this record, but it has no disclosure.published date; the banner counts it as published on ${today} for this run only.`,
            fix: `add \`published: ${today}\` under disclosure, so the daily run keeps the banner for the configured days.`,
            severity: 'warning',
        });
        return {
            ...loaded,
            record: { ...record, disclosure: { ...d, published: today } },
        };
    });
    return { records: out, notes };
}
/** Loads what the banner needs; any invalid record or config fails closed. */
async function planBanner(options) {
    if (dayNumber(options.today) === undefined) {
        throw new src_errors/* UserError */.yo(`The date "${(0,src_text/* forLog */.Ig)(options.today, 40)}" is not a calendar date. Fix: give it as YYYY-MM-DD.`);
    }
    const { config, problems } = await (0,load/* loadConfig */.Z9)(options.root, options.config);
    if (options.securityDir)
        config.security_dir = options.securityDir;
    failOnErrors(problems);
    checkBannerDays(config.banner.days);
    const folder = await (0,load/* loadSecurityFolder */.DY)(options.root, config, options.today);
    // A decision dated after the banner's date is no reason to refuse it:
    // the date may be injected into the past, and what was published by then
    // does not depend on decisions taken later.
    failOnErrors(folder.problems.filter((p) => p.rule !== 'record/decided-future'));
    const { records, notes } = withReleaseDates(folder.records, options.release, options.today);
    const repoUrl = options.repoUrl ??
        (config.repository ? `https://github.com/${config.repository}` : undefined);
    const days = config.banner.days;
    return {
        config,
        file: repositoryFile(options.file ?? config.banner.file),
        entries: bannerEntries(records, options.today, days, repoUrl),
        block: renderBanner(records, options.today, days, repoUrl),
        notes,
    };
}
/**
 * The banner file as a path inside the repository: it is written (locally
 * or through the contents API), so it may not leave the checkout.
 */
function repositoryFile(file) {
    const norm = external_node_path_.posix.normalize(file.split('\\').join('/'));
    if (file.trim() === '' ||
        (0,external_node_path_.isAbsolute)(file) ||
        /^[A-Za-z]:/.test(file) ||
        norm === '.' ||
        norm === '..' ||
        norm.startsWith('../') ||
        norm.endsWith('/')) {
        throw new src_errors/* UserError */.yo(`The banner file "${(0,src_text/* forLog */.Ig)(file, 100)}" is not a file inside the repository. Fix: name it relative to the repository root, e.g. README.md or docs/README.md.`);
    }
    return norm.replace(/^\.\//, '');
}
function splitRepository(repository) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(repository ?? '');
    if (!m) {
        throw new src_errors/* UserError */.yo(`The repository "${(0,src_text/* forLog */.Ig)(repository ?? '', 80)}" is not owner/name. Fix: run in GitHub Actions (GITHUB_REPOSITORY), or use \`apply: none\`.`);
    }
    return { owner: m[1], repo: m[2] };
}
/** Writes the banner into the checkout's file; no API involved. */
async function applyLocally(root, file, block) {
    const path = (0,external_node_path_.join)(root, file);
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.lstatSync)(path).isSymbolicLink()) {
        throw new src_errors/* UserError */.yo(`${file} is a symbolic link; the banner writes only a regular file of the checkout. Fix: name the file the link points to, if it is inside the repository.`, { file });
    }
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new src_errors/* UserError */.yo(`${file} does not exist in the checkout. Fix: create it, or name the file with the \`file\` input or \`banner.file\` in the configuration.`, { file });
    }
    const bytes = await (0,promises_.readFile)(path);
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
        throw new src_errors/* UserError */.yo(`${file} is not valid UTF-8, so the banner cannot keep its bytes unchanged. Fix: save it as UTF-8.`, { file });
    }
    const next = applyBanner(text, block, file);
    if (next === text)
        return { changed: false, attempts: 1 };
    await (0,promises_.writeFile)(path, next);
    return { changed: true, attempts: 1 };
}
/** Computes the banner and applies it as `options.apply` says. */
async function runBanner(options, api) {
    const plan = await planBanner(options);
    const update = (text) => applyBanner(text, plan.block, plan.file);
    const verb = options.mode === 'expire'
        ? 'Remove expired entries from'
        : 'Update the security notice in';
    const message = `${verb} ${plan.file}`;
    if (options.apply === 'none') {
        const result = await applyLocally(options.root, plan.file, plan.block);
        return { ...plan, result };
    }
    if (!api)
        throw new Error('a GitHub client is needed to commit the banner');
    const target = { ...splitRepository(options.repository), path: plan.file };
    if (options.apply === 'commit') {
        const result = await commitBanner(api, target, update, {
            branch: options.branch,
            message,
        });
        return { ...plan, result };
    }
    const result = await proposeBanner(api, target, update, {
        head: options.branch ?? modes/* DEFAULT_PR_BRANCH */.qb,
        message,
        title: message,
        body: `The security notice in \`${plan.file}\` for ${options.today}: ` +
            `${plan.entries.length} advisory(ies) of critical or high severity ` +
            `published in the last ${plan.config.banner.days} days. ` +
            'Generated by psirt readme-banner from the security folder; ' +
            'merging it changes nothing outside the banner markers.',
    });
    return { ...plan, result };
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YE: () => (/* reexport safe */ _score_js__WEBPACK_IMPORTED_MODULE_1__.YE)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1402);
/* harmony import */ var _score_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7199);
/* harmony import */ var _v4_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3727);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3700);
/** The CVSS scorer: parse, score and rate v4.0, v3.1, v3.0 and v2.0 vectors. */






/***/ }),

/***/ 5520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ V30),
/* harmony export */   H: () => (/* binding */ V31),
/* harmony export */   V2: () => (/* binding */ V2),
/* harmony export */   V4: () => (/* binding */ V4)
/* harmony export */ });
function def(group, required, list) {
    return list.map(([key, values]) => ({
        key,
        values: values.split(' '),
        required,
        group,
    }));
}
const IMPACT4 = 'H L N';
const V4 = {
    version: '4.0',
    prefix: 'CVSS:4.0',
    ordered: true,
    metrics: [
        ...def('base', true, [
            ['AV', 'N A L P'],
            ['AC', 'L H'],
            ['AT', 'N P'],
            ['PR', 'N L H'],
            ['UI', 'N P A'],
            ['VC', IMPACT4],
            ['VI', IMPACT4],
            ['VA', IMPACT4],
            ['SC', IMPACT4],
            ['SI', IMPACT4],
            ['SA', IMPACT4],
        ]),
        ...def('threat', false, [['E', 'X A P U']]),
        ...def('environmental', false, [
            ['CR', 'X H M L'],
            ['IR', 'X H M L'],
            ['AR', 'X H M L'],
            ['MAV', 'X N A L P'],
            ['MAC', 'X L H'],
            ['MAT', 'X N P'],
            ['MPR', 'X N L H'],
            ['MUI', 'X N P A'],
            ['MVC', 'X H L N'],
            ['MVI', 'X H L N'],
            ['MVA', 'X H L N'],
            ['MSC', 'X H L N'],
            // Safety (S) exists only for the modified subsequent integrity and
            // availability metrics.
            ['MSI', 'X S H L N'],
            ['MSA', 'X S H L N'],
        ]),
        ...def('supplemental', false, [
            ['S', 'X N P'],
            ['AU', 'X N Y'],
            ['R', 'X A U I'],
            ['V', 'X D C'],
            ['RE', 'X L M H'],
            ['U', 'X Clear Green Amber Red'],
        ]),
    ],
};
function v3(version) {
    return {
        version,
        prefix: `CVSS:${version}`,
        ordered: false,
        metrics: [
            ...def('base', true, [
                ['AV', 'N A L P'],
                ['AC', 'L H'],
                ['PR', 'N L H'],
                ['UI', 'N R'],
                ['S', 'U C'],
                ['C', 'H L N'],
                ['I', 'H L N'],
                ['A', 'H L N'],
            ]),
            ...def('temporal', false, [
                ['E', 'X H F P U'],
                ['RL', 'X U W T O'],
                ['RC', 'X C R U'],
            ]),
            ...def('environmental', false, [
                ['CR', 'X H M L'],
                ['IR', 'X H M L'],
                ['AR', 'X H M L'],
                ['MAV', 'X N A L P'],
                ['MAC', 'X L H'],
                ['MPR', 'X N L H'],
                ['MUI', 'X N R'],
                ['MS', 'X U C'],
                ['MC', 'X H L N'],
                ['MI', 'X H L N'],
                ['MA', 'X H L N'],
            ]),
        ],
    };
}
const V31 = v3('3.1');
const V30 = v3('3.0');
const V2 = {
    version: '2.0',
    ordered: true,
    metrics: [
        ...def('base', true, [
            ['AV', 'L A N'],
            ['AC', 'H M L'],
            ['Au', 'M S N'],
            ['C', 'N P C'],
            ['I', 'N P C'],
            ['A', 'N P C'],
        ]),
        ...def('temporal', false, [
            ['E', 'U POC F H ND'],
            ['RL', 'OF TF W U ND'],
            ['RC', 'UC UR C ND'],
        ]),
        ...def('environmental', false, [
            ['CDP', 'N L LM MH H ND'],
            ['TD', 'N L M H ND'],
            ['CR', 'L M H ND'],
            ['IR', 'L M H ND'],
            ['AR', 'L M H ND'],
        ]),
    ],
};


/***/ }),

/***/ 1402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ parseVector)
/* harmony export */ });
/* unused harmony exports MAX_VECTOR_LENGTH, quote */
/* harmony import */ var _core_src_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6158);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5520);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3700);
/**
 * Parsing CVSS vectors exactly as their specifications define them: the
 * version prefix, each mandatory metric once, v4.0 and v2.0 metrics in the
 * specification's order, values from each metric's domain, no empty parts,
 * no whitespace, bounded length. Every refusal names the metric, its
 * position and what is allowed, and never echoes more than a short prefix.
 */



/** Longer than any valid vector (a full v4.0 vector is about 190). */
const MAX_VECTOR_LENGTH = 256;
const QUOTE_MAX = 40;
/** A short, log-safe quotation of untrusted text. */
function quote(text, max = QUOTE_MAX) {
    const s = text.length > max ? text.slice(0, max) + '…' : text;
    return `"${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(s, max + 1)}"`;
}
function compile(spec) {
    return {
        spec,
        index: new Map(spec.metrics.map((m, i) => [m.key, i])),
    };
}
const COMPILED = {
    '4.0': compile(_metrics_js__WEBPACK_IMPORTED_MODULE_0__.V4),
    '3.1': compile(_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .V31 */ .H),
    '3.0': compile(_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .V30 */ .A),
    '2.0': compile(_metrics_js__WEBPACK_IMPORTED_MODULE_0__.V2),
};
const PREFIXES = 'CVSS:4.0/, CVSS:3.1/ or CVSS:3.0/';
function fail(vector, version, what, detail = {}) {
    const label = version ? `CVSS ${version} vector` : 'CVSS vector';
    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CvssError */ .a(`Invalid ${label} ${quote(vector)}: ${what}`, detail);
}
/**
 * Parses one vector, detecting its version from the prefix (v2.0 vectors
 * have none). Throws CvssError for anything the specification does not allow.
 */
function parseVector(vector) {
    if (typeof vector !== 'string') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .CvssError */ .a(`A CVSS vector must be text, not ${vector === null ? 'null' : typeof vector}.`);
    }
    if (vector.length === 0) {
        fail(vector, undefined, 'it is empty. Fix: give a vector such as CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N.');
    }
    if (vector.length > MAX_VECTOR_LENGTH) {
        fail(vector, undefined, `it is ${vector.length} characters long; a CVSS vector has at most ${MAX_VECTOR_LENGTH}.`);
    }
    const ws = /\s/.exec(vector);
    if (ws) {
        const part = partAt(vector, ws.index);
        const text = vector.split('/')[part - 1];
        const colon = text.indexOf(':');
        const metric = colon > 0 ? text.slice(0, colon) : undefined;
        const what = metric
            ? `metric ${quote(metric, 12)} (part ${part})`
            : `part ${part}`;
        fail(vector, undefined, `${what} contains whitespace (character ${ws.index + 1}); a vector has none. Fix: remove the spaces and line breaks.`, { metric, position: part });
    }
    const slash = vector.indexOf('/');
    const head = slash < 0 ? vector : vector.slice(0, slash);
    if (head.startsWith('CVSS:')) {
        const c = head === 'CVSS:4.0'
            ? COMPILED['4.0']
            : head === 'CVSS:3.1'
                ? COMPILED['3.1']
                : head === 'CVSS:3.0'
                    ? COMPILED['3.0']
                    : undefined;
        if (!c) {
            fail(vector, undefined, `part 1 ${quote(head, 12)} is not a known version prefix; allowed: ${PREFIXES} (a v2.0 vector has no prefix).`, { metric: 'CVSS', position: 1, allowed: ['4.0', '3.1', '3.0'] });
        }
        if (slash < 0) {
            fail(vector, c.spec.version, 'it has a prefix but no metrics.', {
                position: 2,
            });
        }
        return parseBody(vector, c, vector.slice(slash + 1), 1);
    }
    // v2.0 vectors carry no prefix; NVD wraps some in parentheses.
    // LIMITATION: a `CVSS:2.0/` prefix, which some tools write but the v2.0
    // guide does not define, is refused rather than read.
    const body = vector.startsWith('(') && vector.endsWith(')')
        ? vector.slice(1, -1)
        : vector;
    if (/^AV:[^/]*\/AC:[^/]*\/Au:/.test(body)) {
        return parseBody(vector, COMPILED['2.0'], body, 0);
    }
    fail(vector, undefined, `it has no version prefix. Fix: start it with ${PREFIXES}; only v2.0 vectors (AV:_/AC:_/Au:_/C:_/I:_/A:_) have none.`, { metric: 'CVSS', position: 1, allowed: ['4.0', '3.1', '3.0'] });
}
/** 1-based index of the `/`-separated part holding character `at`. */
function partAt(vector, at) {
    let n = 1;
    for (let i = 0; i < at; i++)
        if (vector.charCodeAt(i) === 47)
            n++;
    return n;
}
function parseBody(vector, c, body, offset) {
    const { spec, index } = c;
    const version = spec.version;
    const parts = body.split('/');
    const seenAt = new Array(spec.metrics.length).fill(0);
    const metrics = {};
    let supplemental;
    let last = -1;
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const pos = i + 1 + offset;
        if (part === '') {
            const where = i === parts.length - 1
                ? 'Fix: remove the trailing "/".'
                : 'Fix: remove the doubled "/".';
            fail(vector, version, `part ${pos} is empty. ${where}`, {
                position: pos,
            });
        }
        const colon = part.indexOf(':');
        if (colon <= 0) {
            fail(vector, version, `part ${pos} ${quote(part, 12)} is not METRIC:VALUE.`, { position: pos });
        }
        const key = part.slice(0, colon);
        const value = part.slice(colon + 1);
        const at = index.get(key);
        if (at === undefined) {
            fail(vector, version, `part ${pos} names ${quote(key, 12)}, which is not a CVSS ${version} metric; metrics are ${spec.metrics.map((m) => m.key).join(', ')} (names are case-sensitive).`, { position: pos, allowed: spec.metrics.map((m) => m.key) });
        }
        const m = spec.metrics[at];
        if (seenAt[at] !== 0) {
            fail(vector, version, `metric ${key} appears twice (parts ${seenAt[at]} and ${pos}). Fix: give each metric once.`, { metric: key, position: pos, allowed: m.values });
        }
        if (spec.ordered && at < last) {
            fail(vector, version, `metric ${key} (part ${pos}) is out of order: it must come before ${spec.metrics[last].key}. The order is ${spec.metrics.map((d) => d.key).join('/')}.`, { metric: key, position: pos, allowed: m.values });
        }
        const v = m.values.indexOf(value);
        if (v < 0) {
            fail(vector, version, `metric ${key} (part ${pos}) has value ${quote(value, 12)}; allowed: ${m.values.join(', ')}.`, { metric: key, position: pos, allowed: m.values });
        }
        seenAt[at] = pos;
        last = at;
        // The specification's own strings as keys and values: interned, so the
        // objects stay fast to build and to read.
        if (m.group === 'supplemental')
            (supplemental ??= {})[m.key] = m.values[v];
        else
            metrics[m.key] = m.values[v];
    }
    for (let at = 0; at < spec.metrics.length; at++) {
        const m = spec.metrics[at];
        if (m.required && seenAt[at] === 0) {
            fail(vector, version, `mandatory metric ${m.key} is missing (expected as part ${at + 1 + offset}); allowed values: ${m.values.join(', ')}.`, { metric: m.key, position: at + 1 + offset, allowed: m.values });
        }
    }
    const parsed = { version, vector, metrics };
    if (supplemental)
        parsed.supplemental = supplemental;
    return parsed;
}


/***/ }),

/***/ 7199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ acceptableScores),
  YE: () => (/* binding */ scoreVector),
  xJ: () => (/* binding */ severityOf)
});

// UNUSED EXPORTS: scoreParsed

// EXTERNAL MODULE: ./packages/cvss/src/metrics.ts
var metrics = __webpack_require__(5520);
// EXTERNAL MODULE: ./packages/cvss/src/parse.ts
var parse = __webpack_require__(1402);
;// CONCATENATED MODULE: ./packages/cvss/src/v2.ts
/**
 * CVSS v2.0 scoring (the v2 guide, §3.2), for reading old records.
 */
const AV = { L: 0.395, A: 0.646, N: 1.0 };
const AC = { H: 0.35, M: 0.61, L: 0.71 };
const AU = { M: 0.45, S: 0.56, N: 0.704 };
const CIA = { N: 0, P: 0.275, C: 0.66 };
const E = { U: 0.85, POC: 0.9, F: 0.95, H: 1, ND: 1 };
const RL = { OF: 0.87, TF: 0.9, W: 0.95, U: 1, ND: 1 };
const RC = { UC: 0.9, UR: 0.95, C: 1, ND: 1 };
const CDP = {
    N: 0,
    L: 0.1,
    LM: 0.3,
    MH: 0.4,
    H: 0.5,
    ND: 0,
};
const TD = { N: 0, L: 0.25, M: 0.75, H: 1, ND: 1 };
const REQ = { L: 0.5, M: 1, H: 1.51, ND: 1 };
function round1(x) {
    return Math.round(x * 10) / 10;
}
function base(impact, m) {
    const exploitability = 20 * AV[m.AV] * AC[m.AC] * AU[m.Au];
    const f = impact === 0 ? 0 : 1.176;
    return round1((0.6 * impact + 0.4 * exploitability - 1.5) * f);
}
/** Base, temporal and environmental scores; absent metrics count as ND. */
function scoreV2(m) {
    const c = CIA[m.C];
    const i = CIA[m.I];
    const a = CIA[m.A];
    const e = E[m.E ?? 'ND'];
    const rl = RL[m.RL ?? 'ND'];
    const rc = RC[m.RC ?? 'ND'];
    const baseScore = base(10.41 * (1 - (1 - c) * (1 - i) * (1 - a)), m);
    const temporalScore = round1(baseScore * e * rl * rc);
    const cr = REQ[m.CR ?? 'ND'];
    const ir = REQ[m.IR ?? 'ND'];
    const ar = REQ[m.AR ?? 'ND'];
    const adjustedImpact = Math.min(10, 10.41 * (1 - (1 - c * cr) * (1 - i * ir) * (1 - a * ar)));
    const adjustedTemporal = round1(base(adjustedImpact, m) * e * rl * rc);
    const cdp = CDP[m.CDP ?? 'ND'];
    const td = TD[m.TD ?? 'ND'];
    const environmentalScore = round1((adjustedTemporal + (10 - adjustedTemporal) * cdp) * td);
    return { baseScore, temporalScore, environmentalScore };
}

;// CONCATENATED MODULE: ./packages/cvss/src/v3.ts
/**
 * CVSS v3.1 and v3.0 scoring (specification §7 and Appendix A). The two
 * differ only in rounding (3.0 rounds up with ceil(x × 10) / 10, which
 * floating-point error can push a tenth too high; 3.1's Roundup works on an
 * integer) and in the modified impact of a changed scope.
 */
/** The v3.1 specification's Roundup (Appendix A). */
function roundup31(input) {
    const int = Math.round(input * 100000);
    if (int % 10000 === 0)
        return int / 100000;
    return (Math.floor(int / 10000) + 1) / 10;
}
/** The v3.0 roundup: the smallest tenth not below the input. */
function roundup30(input) {
    return Math.ceil(input * 10) / 10;
}
const v3_AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const v3_AC = { L: 0.77, H: 0.44 };
const PR_U = { N: 0.85, L: 0.62, H: 0.27 };
const PR_C = { N: 0.85, L: 0.68, H: 0.5 };
const UI = { N: 0.85, R: 0.62 };
const v3_CIA = { H: 0.56, L: 0.22, N: 0 };
const v3_E = { X: 1, H: 1, F: 0.97, P: 0.94, U: 0.91 };
const v3_RL = { X: 1, U: 1, W: 0.97, T: 0.96, O: 0.95 };
const v3_RC = { X: 1, C: 1, R: 0.96, U: 0.92 };
const v3_REQ = { X: 1, H: 1.5, M: 1, L: 0.5 };
/** The modified metric if given and not X, else the base metric. */
function mod(m, key) {
    const v = m['M' + key];
    return v === undefined || v === 'X' ? m[key] : v;
}
/**
 * Base, temporal and environmental scores of parsed v3.x metrics. Absent
 * temporal and environmental metrics count as X, so the temporal score
 * equals the base score when there are none.
 */
function scoreV3(m, version) {
    const roundup = version === '3.1' ? roundup31 : roundup30;
    const changed = m.S === 'C';
    const iss = 1 - (1 - v3_CIA[m.C]) * (1 - v3_CIA[m.I]) * (1 - v3_CIA[m.A]);
    const impact = changed
        ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15)
        : 6.42 * iss;
    const exploitability = 8.22 * v3_AV[m.AV] * v3_AC[m.AC] * (changed ? PR_C : PR_U)[m.PR] * UI[m.UI];
    let baseScore;
    if (impact <= 0)
        baseScore = 0;
    else if (changed)
        baseScore = roundup(Math.min((impact + exploitability) * 1.08, 10));
    else
        baseScore = roundup(Math.min(impact + exploitability, 10));
    const e = v3_E[m.E ?? 'X'];
    const rl = v3_RL[m.RL ?? 'X'];
    const rc = v3_RC[m.RC ?? 'X'];
    // Multiplied left to right, as the specification's calculator does.
    const temporalScore = roundup(baseScore * e * rl * rc);
    const mChanged = mod(m, 'S') === 'C';
    const miss = Math.min(1 -
        (1 - v3_CIA[mod(m, 'C')] * v3_REQ[m.CR ?? 'X']) *
            (1 - v3_CIA[mod(m, 'I')] * v3_REQ[m.IR ?? 'X']) *
            (1 - v3_CIA[mod(m, 'A')] * v3_REQ[m.AR ?? 'X']), 0.915);
    let mImpact;
    if (!mChanged)
        mImpact = 6.42 * miss;
    else if (version === '3.1')
        mImpact = 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13);
    else
        mImpact = 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss - 0.02, 15);
    const mExploitability = 8.22 *
        v3_AV[mod(m, 'AV')] *
        v3_AC[mod(m, 'AC')] *
        (mChanged ? PR_C : PR_U)[mod(m, 'PR')] *
        UI[mod(m, 'UI')];
    let environmentalScore;
    if (mImpact <= 0)
        environmentalScore = 0;
    else if (mChanged)
        environmentalScore = roundup(roundup(Math.min(1.08 * (mImpact + mExploitability), 10)) * e * rl * rc);
    else
        environmentalScore = roundup(roundup(Math.min(mImpact + mExploitability, 10)) * e * rl * rc);
    return { baseScore, temporalScore, environmentalScore };
}

// EXTERNAL MODULE: ./packages/cvss/src/v4.ts
var v4 = __webpack_require__(3727);
;// CONCATENATED MODULE: ./packages/cvss/src/score.ts
/**
 * One entry for every version: a vector in, its scores, severity and (for
 * v4.0) nomenclature and macrovector out.
 */





/**
 * The qualitative rating of a score: v4.0 and v3.x use none (0.0), low,
 * medium, high (7.0-8.9), critical (9.0-10.0); v2.0 has low (0.0-3.9),
 * medium and high (7.0-10.0) only.
 */
function severityOf(score, version) {
    if (version === '2.0') {
        // LIMITATION: the v2.0 bands are NVD's; the v2.0 guide defines none.
        return score < 4 ? 'low' : score < 7 ? 'medium' : 'high';
    }
    if (score === 0)
        return 'none';
    if (score < 4)
        return 'low';
    if (score < 7)
        return 'medium';
    if (score < 9)
        return 'high';
    return 'critical';
}
function groupKeys(spec, group) {
    return spec.metrics.filter((m) => m.group === group).map((m) => m.key);
}
const V4_THREAT = groupKeys(metrics.V4, 'threat');
const V4_ENV = groupKeys(metrics.V4, 'environmental');
const V3_TEMPORAL = groupKeys(metrics/* V31 */.H, 'temporal');
const V3_ENV = groupKeys(metrics/* V31 */.H, 'environmental');
const V2_TEMPORAL = groupKeys(metrics.V2, 'temporal');
const V2_ENV = groupKeys(metrics.V2, 'environmental');
/** Does the vector give any of these metrics a value that counts? */
function uses(metrics, keys, unset) {
    for (const k of keys) {
        const v = metrics[k];
        if (v !== undefined && v !== unset)
            return true;
    }
    return false;
}
/** Scores a vector that parseVector accepted. */
function scoreParsed(p) {
    const { version, vector, metrics } = p;
    let result;
    if (version === '4.0') {
        const threat = uses(metrics, V4_THREAT, 'X');
        const env = uses(metrics, V4_ENV, 'X');
        const tuple = (0,v4/* effectiveTuple */.Mj)(metrics);
        const score = (0,v4/* scoreTuple */.VE)(tuple);
        const baseScore = threat || env ? (0,v4/* scoreTuple */.VE)((0,v4/* effectiveTuple */.Mj)(metrics, 'B')) : score;
        const nomenclature = `CVSS-B${threat ? 'T' : ''}${env ? 'E' : ''}`;
        result = {
            version,
            vector,
            score,
            baseScore,
            severity: severityOf(score, version),
            baseSeverity: severityOf(baseScore, version),
            nomenclature,
            macrovector: (0,v4/* macroVectorOf */.TP)(tuple),
            metrics,
        };
        if (threat) {
            result.threatScore = env
                ? (0,v4/* scoreTuple */.VE)((0,v4/* effectiveTuple */.Mj)(metrics, 'BT'))
                : score;
        }
        if (env)
            result.environmentalScore = score;
        if (p.supplemental)
            result.supplemental = p.supplemental;
        return result;
    }
    const s = version === '2.0' ? scoreV2(metrics) : scoreV3(metrics, version);
    const unset = version === '2.0' ? 'ND' : 'X';
    const temporal = uses(metrics, version === '2.0' ? V2_TEMPORAL : V3_TEMPORAL, unset);
    const env = uses(metrics, version === '2.0' ? V2_ENV : V3_ENV, unset);
    const score = env
        ? s.environmentalScore
        : temporal
            ? s.temporalScore
            : s.baseScore;
    result = {
        version,
        vector,
        score,
        baseScore: s.baseScore,
        severity: severityOf(score, version),
        baseSeverity: severityOf(s.baseScore, version),
        metrics,
    };
    if (temporal)
        result.temporalScore = s.temporalScore;
    if (env)
        result.environmentalScore = s.environmentalScore;
    return result;
}
/**
 * Parses and scores a CVSS v4.0, v3.1, v3.0 or v2.0 vector exactly as FIRST's
 * calculators do. Throws CvssError for a malformed vector.
 */
function scoreVector(vector) {
    return scoreParsed((0,parse/* parseVector */.PC)(vector));
}
/**
 * The scores a person may have recorded for this vector: FIRST's value, and
 * on v4.0 vectors whose real value is a tie (x.x5) also the half-up value
 * that Red Hat's calculator and the Python `cvss` library give. Throws
 * CvssError for a malformed vector.
 */
function acceptableScores(vector) {
    const p = (0,parse/* parseVector */.PC)(vector);
    if (p.version !== '4.0')
        return [scoreParsed(p).score];
    const raw = (0,v4/* rawScoreTuple */.pm)((0,v4/* effectiveTuple */.Mj)(p.metrics));
    const first = (0,v4/* roundFirst */.Dy)(raw);
    const halfUp = (0,v4/* roundHalfUp */.bS)(raw);
    return halfUp === first ? [first] : [first, halfUp];
}


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ CvssError)
/* harmony export */ });
/* unused harmony export CVSS_VERSIONS */
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/**
 * The shapes the CVSS scorer hands to the rest of the suite, and the error it
 * raises for a malformed vector.
 */

const CVSS_VERSIONS = (/* unused pure expression or super */ null && (['4.0', '3.1', '3.0', '2.0']));
/**
 * A vector that breaks its specification. The message names the metric, its
 * position (1-based index of the `/`-separated part) and the allowed values,
 * and quotes at most a short prefix of the input.
 */
class CvssError extends _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    metric;
    position;
    allowed;
    constructor(message, detail = {}, where = {}) {
        super(message, where);
        this.name = 'CvssError';
        this.metric = detail.metric;
        this.position = detail.position;
        this.allowed = detail.allowed;
    }
}


/***/ }),

/***/ 3727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ roundFirst),
/* harmony export */   Mj: () => (/* binding */ effectiveTuple),
/* harmony export */   TP: () => (/* binding */ macroVectorOf),
/* harmony export */   VE: () => (/* binding */ scoreTuple),
/* harmony export */   bS: () => (/* binding */ roundHalfUp),
/* harmony export */   pm: () => (/* binding */ rawScoreTuple)
/* harmony export */ });
/* unused harmony exports TUPLE_METRICS, TUPLE_VALUES, TUPLE_COUNT, eqLevels, tupleIndex */
/* harmony import */ var cvss4__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2932);
/* harmony import */ var cvss4__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(cvss4__WEBPACK_IMPORTED_MODULE_0__);
/**
 * CVSS v4.0 scoring, as FIRST's calculator (cvss_score.js) computes it.
 *
 * Every v4.0 vector scores as one effective tuple of 15 metrics: the
 * modified metrics replace their base metrics, E:X counts as A and
 * CR/IR/AR:X as H. `scoreTuple` is the whole scoring function; the string
 * scorer reduces a vector to its tuple and calls it.
 *
 * The macrovector score table, the highest-severity vectors of each EQ level
 * and the EQ depths are the specification's constants; we take them from the
 * `cvss4` package and verify them against FIRST's reference scores in the
 * conformance test. The algorithm is ours: `cvss4` looks up a macrovector
 * that does not exist for the joint EQ3/EQ6 step when both are 1 (it steps
 * to 22 where the specification steps to 21).
 */

/** The tuple's metrics, in the order of the reference data. */
const TUPLE_METRICS = [
    'AV',
    'AC',
    'AT',
    'PR',
    'UI',
    'VC',
    'VI',
    'VA',
    'SC',
    'SI',
    'SA',
    'E',
    'CR',
    'IR',
    'AR',
];
/** Each tuple metric's values, by index. */
const TUPLE_VALUES = [
    ['N', 'A', 'L', 'P'],
    ['L', 'H'],
    ['N', 'P'],
    ['N', 'L', 'H'],
    ['N', 'P', 'A'],
    ['H', 'L', 'N'],
    ['H', 'L', 'N'],
    ['H', 'L', 'N'],
    ['H', 'L', 'N'],
    ['S', 'H', 'L', 'N'],
    ['S', 'H', 'L', 'N'],
    ['A', 'P', 'U'],
    ['H', 'M', 'L'],
    ['H', 'M', 'L'],
    ['H', 'M', 'L'],
];
/** Number of effective tuples: every v4.0 score there is. */
const TUPLE_COUNT = TUPLE_VALUES.reduce((n, v) => n * v.length, 1);
// Bound once: globals are slow to reach from a vm context (jest).
const { round, floor } = Math;
const [AV, AC, AT, PR, UI, VC, VI, VA, SC, SI, SA, E, CR, IR, AR] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
];
// Severity levels of FIRST's calculator, by value index. The literals are
// theirs: distances are differences of these doubles, so the floating-point
// result (and its rounding) matches theirs bit for bit.
const LEVELS = [
    [0.0, 0.1, 0.2, 0.3], // AV N A L P
    [0.0, 0.1], // AC L H
    [0.0, 0.1], // AT N P
    [0.0, 0.1, 0.2], // PR N L H
    [0.0, 0.1, 0.2], // UI N P A
    [0.0, 0.1, 0.2], // VC H L N
    [0.0, 0.1, 0.2], // VI
    [0.0, 0.1, 0.2], // VA
    [0.1, 0.2, 0.3], // SC H L N
    [0.0, 0.1, 0.2, 0.3], // SI S H L N
    [0.0, 0.1, 0.2, 0.3], // SA
    [0, 0, 0], // E (no distance)
    [0.0, 0.1, 0.2], // CR H M L
    [0.0, 0.1, 0.2], // IR
    [0.0, 0.1, 0.2], // AR
];
/** Severity distance of one metric from the highest-severity vector. */
function d(t, max, k) {
    return LEVELS[k][t[k]] - LEVELS[k][max[k]];
}
/** The six EQ levels of a tuple. */
function eqLevels(t) {
    const avN = t[AV] === 0;
    const prN = t[PR] === 0;
    const uiN = t[UI] === 0;
    const eq1 = avN && prN && uiN ? 0 : (avN || prN || uiN) && t[AV] !== 3 ? 1 : 2;
    const eq2 = t[AC] === 0 && t[AT] === 0 ? 0 : 1;
    const vcH = t[VC] === 0;
    const viH = t[VI] === 0;
    const vaH = t[VA] === 0;
    const eq3 = vcH && viH ? 0 : vcH || viH || vaH ? 1 : 2;
    const eq4 = t[SI] === 0 || t[SA] === 0
        ? 0
        : t[SC] === 0 || t[SI] === 1 || t[SA] === 1
            ? 1
            : 2;
    const eq5 = t[E];
    const eq6 = (t[CR] === 0 && vcH) || (t[IR] === 0 && viH) || (t[AR] === 0 && vaH) ? 0 : 1;
    return [eq1, eq2, eq3, eq4, eq5, eq6];
}
/** The macrovector of a tuple, as FIRST writes it (six digits). */
function macroVectorOf(t) {
    return eqLevels(t).join('');
}
const MACROS = new Array(324);
function macroKey(eq) {
    return (((((eq[0] * 2 + eq[1]) * 3 + eq[2]) * 3 + eq[3]) * 3 + eq[4]) * 2 + eq[5]);
}
function lookup(eq1, eq2, eq3, eq4, eq5, eq6) {
    const table = cvss4__WEBPACK_IMPORTED_MODULE_0__.cvssLookup_globalV4;
    const v = table[`${eq1}${eq2}${eq3}${eq4}${eq5}${eq6}`];
    return v === undefined ? NaN : v;
}
const MAX_VECTORS = new Map();
/** `AV:N/PR:N/UI:N/` and friends, as value indexes into a tuple. */
function maxVector(parts) {
    const known = MAX_VECTORS.get(parts);
    if (known)
        return known;
    const v = new Int8Array(15);
    for (const part of parts.split('/')) {
        if (part === '')
            continue;
        const [key, value] = part.split(':');
        const at = TUPLE_METRICS.indexOf(key);
        v[at] = TUPLE_VALUES[at].indexOf(value);
    }
    MAX_VECTORS.set(parts, v);
    return v;
}
function buildMacro(eq) {
    const [eq1, eq2, eq3, eq4, eq5, eq6] = eq;
    const value = lookup(eq1, eq2, eq3, eq4, eq5, eq6);
    if (Number.isNaN(value))
        return undefined;
    // EQ3 and EQ6 move together: 00 steps to 01 or 10 (the higher of the
    // two), 01 and 11 to 21 (by EQ3), 10 to 11 (by EQ6); 21 is the lowest.
    let lower36;
    if (eq3 === 0 && eq6 === 0) {
        const left = lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1);
        const right = lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6);
        lower36 = left > right ? left : right;
    }
    else if (eq3 === 1 && eq6 === 0) {
        lower36 = lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1);
    }
    else if (eq6 === 1 && eq3 < 2) {
        lower36 = lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6);
    }
    else {
        lower36 = NaN;
    }
    const msd = [
        value - lookup(eq1 + 1, eq2, eq3, eq4, eq5, eq6),
        value - lookup(eq1, eq2 + 1, eq3, eq4, eq5, eq6),
        value - lower36,
        value - lookup(eq1, eq2, eq3, eq4 + 1, eq5, eq6),
        value - lookup(eq1, eq2, eq3, eq4, eq5 + 1, eq6),
    ];
    const step = 0.1;
    const sev = cvss4__WEBPACK_IMPORTED_MODULE_0__.maxSeverityV4;
    const depth = [
        sev.eq1[eq1] * step,
        sev.eq2[eq2] * step,
        sev.eq3eq6[eq3][eq6] * step,
        sev.eq4[eq4] * step,
    ];
    // The candidates in FIRST's order: EQ1 outermost, EQ5 innermost.
    const maxes = [];
    for (const a of cvss4__WEBPACK_IMPORTED_MODULE_0__.maxComposed.eq1[eq1])
        for (const b of cvss4__WEBPACK_IMPORTED_MODULE_0__.maxComposed.eq2[eq2])
            for (const c of cvss4__WEBPACK_IMPORTED_MODULE_0__.maxComposed.eq3[eq3][eq6])
                for (const d of cvss4__WEBPACK_IMPORTED_MODULE_0__.maxComposed.eq4[eq4])
                    for (const e of cvss4__WEBPACK_IMPORTED_MODULE_0__.maxComposed.eq5[eq5])
                        maxes.push(maxVector(a + b + c + d + e));
    return { value, msd, depth, maxes };
}
/**
 * The unrounded score of an effective tuple (value indexes in TUPLE_METRICS
 * order), clamped to 0..10, computed in the same floating-point steps as
 * FIRST's calculator.
 */
function rawScoreTuple(t) {
    // No impact on any system: FIRST's shortcut to 0.
    if (t[VC] === 2 &&
        t[VI] === 2 &&
        t[VA] === 2 &&
        t[SC] === 2 &&
        t[SI] === 3 &&
        t[SA] === 3) {
        return 0;
    }
    const eq = eqLevels(t);
    const key = macroKey(eq);
    // Built on first use: a one-vector run (the action) builds one of 270.
    const macro = MACROS[key] ?? (MACROS[key] = buildMacro(eq));
    if (!macro) {
        throw new Error(`no CVSS v4.0 macrovector ${eq.join('')} (a bug)`);
    }
    // The first highest-severity vector that this tuple does not exceed.
    const { maxes } = macro;
    let max = maxes[maxes.length - 1];
    for (let i = 0; i < maxes.length; i++) {
        const c = maxes[i];
        if (t[AV] >= c[AV] &&
            t[PR] >= c[PR] &&
            t[UI] >= c[UI] &&
            t[AC] >= c[AC] &&
            t[AT] >= c[AT] &&
            t[VC] >= c[VC] &&
            t[VI] >= c[VI] &&
            t[VA] >= c[VA] &&
            t[SC] >= c[SC] &&
            t[SI] >= c[SI] &&
            t[SA] >= c[SA] &&
            t[CR] >= c[CR] &&
            t[IR] >= c[IR] &&
            t[AR] >= c[AR]) {
            max = c;
            break;
        }
    }
    // Distances summed per EQ in FIRST's order, from FIRST's level doubles.
    const dist1 = d(t, max, AV) + d(t, max, PR) + d(t, max, UI);
    const dist2 = d(t, max, AC) + d(t, max, AT);
    const dist36 = d(t, max, VC) +
        d(t, max, VI) +
        d(t, max, VA) +
        d(t, max, CR) +
        d(t, max, IR) +
        d(t, max, AR);
    const dist4 = d(t, max, SC) + d(t, max, SI) + d(t, max, SA);
    // A missing lower macrovector leaves NaN, which is not equal to itself.
    const { msd, depth } = macro;
    let n = 0;
    let s1 = 0;
    let s2 = 0;
    let s36 = 0;
    let s4 = 0;
    let s5 = 0;
    if (msd[0] === msd[0]) {
        n++;
        s1 = msd[0] * (dist1 / depth[0]);
    }
    if (msd[1] === msd[1]) {
        n++;
        s2 = msd[1] * (dist2 / depth[1]);
    }
    if (msd[2] === msd[2]) {
        n++;
        s36 = msd[2] * (dist36 / depth[2]);
    }
    if (msd[3] === msd[3]) {
        n++;
        s4 = msd[3] * (dist4 / depth[3]);
    }
    if (msd[4] === msd[4]) {
        // EQ5 has no depth: its proportion is always 0.
        n++;
        s5 = msd[4] * 0;
    }
    const mean = n === 0 ? 0 : (s1 + s2 + s36 + s4 + s5) / n;
    let value = macro.value - mean;
    if (value < 0)
        value = 0;
    if (value > 10)
        value = 10;
    return value;
}
/** FIRST's rounding: the floating-point value rounded as it falls. */
function roundFirst(raw) {
    return round(raw * 10) / 10;
}
/**
 * Half-up rounding of the real value (Red Hat's calculator, the Python
 * `cvss` library): a value whose tenths sit within floating-point noise of
 * x.x5 rounds up.
 */
function roundHalfUp(raw) {
    return floor(raw * 10 + 0.5 + 1e-9) / 10;
}
/** The score of an effective tuple, rounded as FIRST rounds it. */
function scoreTuple(t) {
    return roundFirst(rawScoreTuple(t));
}
/** Position of a tuple in the reference data (mixed radix, last fastest). */
function tupleIndex(t) {
    let n = 0;
    for (let k = 0; k < 15; k++)
        n = n * TUPLE_VALUES[k].length + t[k];
    return n;
}
/** MAV, MAC, ... MSA: the modified metric of each base metric. */
const MODIFIED = TUPLE_METRICS.slice(0, 11).map((m) => 'M' + m);
const BASE_INDEX = TUPLE_VALUES.map((values) => Object.fromEntries(values.map((v, i) => [v, i])));
/**
 * The effective tuple of parsed v4.0 metrics. `only` limits which groups
 * count: 'B' the base metrics, 'BT' base and threat, 'BTE' all.
 */
function effectiveTuple(metrics, only = 'BTE') {
    const t = new Int8Array(15);
    const env = only === 'BTE';
    for (let k = 0; k < 11; k++) {
        let v = metrics[TUPLE_METRICS[k]];
        if (env) {
            const mod = metrics[MODIFIED[k]];
            if (mod !== undefined && mod !== 'X')
                v = mod;
        }
        t[k] = BASE_INDEX[k][v];
    }
    const e = only === 'B' ? undefined : metrics.E;
    t[E] = e === undefined || e === 'X' ? 0 : BASE_INDEX[E][e];
    for (const k of [CR, IR, AR]) {
        const r = env ? metrics[TUPLE_METRICS[k]] : undefined;
        t[k] = r === undefined || r === 'X' ? 0 : BASE_INDEX[k][r];
    }
    return t;
}


/***/ }),

/***/ 3780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ normalizeId),
/* harmony export */   hK: () => (/* binding */ isOwnAdvisoryId),
/* harmony export */   ij: () => (/* binding */ checkId)
/* harmony export */ });
/**
 * Vulnerability ids by form. Each database spells its ids one way, and
 * scanners match them literally (Trivy and Grype compare VEX ids as strings),
 * so a record must use the canonical spelling. An id that starts with a
 * database's prefix is that database's id and must have its form; a
 * project-local id may not borrow a database's prefix.
 */
/** `PREFIX-YYYY-N…`: a year and a number, as most OSV databases write it. */
const yearly = (prefix, digits = '\\d+') => new RegExp(`^${prefix}-(?:19|20)\\d{2}-${digits}$`);
/** `PREFIX-YYYY:N…`: Red Hat style errata (Red Hat, AlmaLinux, Rocky…). */
const erratum = (prefix) => new RegExp(`^${prefix}-(?:19|20)\\d{2}:\\d+$`);
/** A database's prefix followed by an upstream id (`UBUNTU-CVE-2024-1234`). */
const upstream = (prefix) => new RegExp(`^${prefix}-(?=.*\\d)[A-Za-z0-9]+(?:[.:_-][A-Za-z0-9]+)*$`);
/**
 * Every prefix of the OSV schema's `prefix` definition
 * (https://ossf.github.io/osv-schema/, `$defs.prefix`), with the form of the
 * databases whose form is documented; the others take the general form: the
 * prefix, then letters and digits joined by `.`, `:`, `_` or `-`, with at
 * least one digit.
 */
const FORMS = [
    {
        kind: 'GHSA',
        prefix: 'GHSA',
        re: /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/,
        example: 'GHSA-q7pp-wcgr-pffx',
    },
    {
        kind: 'CVE',
        prefix: 'CVE',
        re: /^CVE-\d{4}-\d{4,}$/,
        example: 'CVE-2023-36308',
    },
    {
        kind: 'GO',
        prefix: 'GO',
        re: yearly('GO', '\\d{4,}'),
        example: 'GO-2023-1990',
    },
    {
        kind: 'RUSTSEC',
        prefix: 'RUSTSEC',
        re: yearly('RUSTSEC', '\\d{4}'),
        example: 'RUSTSEC-2021-0001',
    },
    {
        kind: 'PYSEC',
        prefix: 'PYSEC',
        re: yearly('PYSEC'),
        example: 'PYSEC-2021-123',
    },
    ...[
        ['OSV', yearly('OSV'), 'OSV-2020-111'],
        ['MAL', yearly('MAL'), 'MAL-2024-1234'],
        ['GSD', yearly('GSD'), 'GSD-2021-1002352'],
        ['PSF', yearly('PSF'), 'PSF-2023-1'],
        ['HSEC', yearly('HSEC', '\\d{4}'), 'HSEC-2023-0001'],
        ['JLSEC', yearly('JLSEC'), 'JLSEC-2025-1'],
        ['MGASA', yearly('MGASA', '\\d{4}'), 'MGASA-2023-0123'],
        ['RSEC', yearly('RSEC'), 'RSEC-2023-1'],
        ['DSA', /^DSA-\d+-\d+$/, 'DSA-5678-1'],
        ['DLA', /^DLA-\d+-\d+$/, 'DLA-3456-1'],
        ['ELA', /^ELA-\d+-\d+$/, 'ELA-1234-1'],
        ['USN', /^USN-\d+-\d+$/, 'USN-6543-1'],
        ['LSN', /^LSN-\d+-\d+$/, 'LSN-0100-1'],
        ['RHSA', erratum('RHSA'), 'RHSA-2023:1234'],
        ['RHBA', erratum('RHBA'), 'RHBA-2023:1234'],
        ['RHEA', erratum('RHEA'), 'RHEA-2023:1234'],
        ['ALSA', erratum('ALSA'), 'ALSA-2023:1234'],
        ['ALBA', erratum('ALBA'), 'ALBA-2023:1234'],
        ['ALEA', erratum('ALEA'), 'ALEA-2023:1234'],
        ['RLSA', erratum('RLSA'), 'RLSA-2023:1234'],
        ['RXSA', erratum('RXSA'), 'RXSA-2024:1234'],
        ['SUSE-SU', /^SUSE-SU-\d{4}:\d+-\d+$/, 'SUSE-SU-2024:1234-1'],
        ['SUSE-RU', /^SUSE-RU-\d{4}:\d+-\d+$/, 'SUSE-RU-2024:1234-1'],
        ['SUSE-FU', /^SUSE-FU-\d{4}:\d+-\d+$/, 'SUSE-FU-2024:1234-1'],
        ['SUSE-OU', /^SUSE-OU-\d{4}:\d+-\d+$/, 'SUSE-OU-2024:1234-1'],
        [
            'openSUSE-SU',
            /^openSUSE-SU-\d{4}:\d+-\d+$/,
            'openSUSE-SU-2024:13456-1',
        ],
        ...[
            'ASB-A',
            'PUB-A',
            'ALPINE',
            'AZL',
            'BELL',
            'BIT',
            'CGA',
            'CLEANSTART',
            'CLSA',
            'CURL',
            'DEBIAN',
            'DHI',
            'DRUPAL',
            'DTSA',
            'ECHO',
            'EEF',
            'FreeBSD',
            'KUBE',
            'LBSEC',
            'MINI',
            'OESA',
            'OSEC',
            'PHSA',
            'ROOT',
            'UBUNTU',
            'V8',
        ].map((p) => [
            p,
            upstream(p),
            `${p}-CVE-2024-1234`,
        ]),
    ].map(([prefix, re, example]) => ({
        kind: 'OSV',
        prefix,
        re,
        example,
    })),
];
/** Prefixes, longest first, so `SUSE-SU` is found before a shorter one. */
const BY_PREFIX = [...FORMS].sort((a, b) => b.prefix.length - a.prefix.length);
/**
 * A project-local id: an upper-case prefix that is no database's, a year and
 * a number.
 */
const LOCAL = /^[A-Z][A-Z0-9]{1,15}-\d{4}-\d{1,6}$/;
/** The database whose prefix the id starts with, in any case. */
function formOf(id) {
    const upper = id.toUpperCase();
    return BY_PREFIX.find((f) => upper.startsWith(`${f.prefix.toUpperCase()}-`));
}
/** The canonical spelling of an id, e.g. `cve-2023-1` → `CVE-2023-1`. */
function normalizeId(id) {
    const t = id.trim();
    const m = /^(ghsa)-(.+)$/i.exec(t);
    if (m)
        return `GHSA-${m[2].toLowerCase()}`;
    const form = formOf(t);
    if (form)
        return `${form.prefix}-${t.slice(form.prefix.length + 1)}`;
    return t;
}
/** Classifies an id, saying what is wrong with a malformed one. */
function checkId(id) {
    const form = formOf(id);
    if (!form) {
        if (LOCAL.test(id))
            return { kind: 'LOCAL' };
        return {
            problem: 'is not a GHSA, CVE, GO, RUSTSEC, PYSEC or other OSV database id, nor a project-local id such as ZITI-2026-001',
        };
    }
    if (form.re.test(id))
        return { kind: form.kind };
    const canonical = normalizeId(id);
    if (canonical !== id && form.re.test(canonical)) {
        return {
            canonical,
            problem: `is spelt differently from its database (${canonical}); scanners compare ids literally`,
        };
    }
    return {
        problem: `starts with the ${form.prefix}- prefix of a vulnerability database but does not have that database's form (e.g. ${form.example}); a project-local id may not use a database's prefix`,
    };
}
/**
 * Whether a record's id may name an advisory of ours: a project-local id, or
 * our own GHSA (`disclosure.ghsa_id`, the repository advisory GitHub
 * assigned us). Any other database id is someone else's vulnerability; for
 * a dependency advisory (`kind: advisory`) it is the upstream's id of the
 * dependency's vulnerability, and no document of ours may go out under it.
 * Validation (rule disclosure/advisory-id) and advisory-publish both ask
 * this, so a record that validates is one that publishes.
 */
function isOwnAdvisoryId(record) {
    return (checkId(record.id).kind === 'LOCAL' ||
        record.id === record.disclosure.ghsa_id);
}


/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  DY: () => (/* binding */ loadSecurityFolder)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, DEFAULT_CONFIG_FILE, isoToday, securityDirProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
;// CONCATENATED MODULE: ./packages/core/src/yaml.ts
/**
 * YAML limited to plain data, with the position of every value. Records are
 * reviewed like code, so the loader refuses what could hide meaning or cost:
 * custom tags, merge keys, duplicate keys, several documents, deep nesting,
 * large files and alias bombs. Positions let every message name file:line:col.
 */



const DEFAULT_LIMITS = {
    maxBytes: 256 * 1024,
    maxDepth: 32,
    maxAliasNodes: 1000,
};
/** Line starts of a text, for offset → line/column. */
function lineIndex(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    }
    return starts;
}
function positionAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo] + 1 };
}
const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const BOOL_RE = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT_RE = /^[-+]?(?:0|[1-9][0-9]*)$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** The core-schema value of a scalar; quoted scalars are always strings. */
function resolvePlain(text) {
    if (NULL_RE.test(text))
        return null;
    if (BOOL_RE.test(text))
        return text.toLowerCase() === 'true';
    if (INT_RE.test(text) || FLOAT_RE.test(text))
        return Number(text);
    return text;
}
/** Where a scalar starts as written: at the quote of a quoted one. */
function scalarStart(ev) {
    if (ev.valueStart < 0)
        return 0;
    const quoted = ev.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED ||
        ev.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED;
    return quoted ? ev.valueStart - 1 : ev.valueStart;
}
/** The offset of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8At(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        // Lead byte: the length of the sequence and the range of its second byte
        // (which excludes overlong forms, surrogates and code points > U+10FFFF).
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            n = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            n = 2;
            if (b === 0xe0)
                lo = 0xa0;
            if (b === 0xed)
                hi = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            n = 3;
            if (b === 0xf0)
                lo = 0x90;
            if (b === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= n; k++) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf)
                return i;
        }
        i += n + 1;
    }
    return -1;
}
/**
 * The text of a YAML file's bytes. Refuses what is not UTF-8 (with the line
 * and column of the first bad byte) rather than replacing it silently, and
 * names UTF-16, which editors on Windows may save.
 */
function decodeYaml(bytes, file) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) ||
        (bytes[0] === 0xfe && bytes[1] === 0xff) ||
        // Without a byte-order mark: ASCII text in UTF-16 alternates with zeros.
        (bytes.length >= 4 &&
            (bytes[0] === 0) !== (bytes[1] === 0) &&
            (bytes[0] === 0) === (bytes[2] === 0) &&
            (bytes[1] === 0) === (bytes[3] === 0));
    if (utf16) {
        throw new errors/* UserError */.yo(`${file}:1:1: the file is UTF-16, not UTF-8. Fix: save it as UTF-8.`, { file, line: 1, col: 1 });
    }
    const bad = invalidUtf8At(bytes);
    if (bad >= 0) {
        // The valid text before the bad byte gives its line and column.
        const before = Buffer.from(bytes.subarray(0, bad)).toString('utf8');
        const pos = positionAt(lineIndex(before), before.length);
        throw new errors/* UserError */.yo(`${file}:${pos.line}:${pos.col}: the file is not UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte offset ${bad}). Fix: save it as UTF-8.`, { file, ...pos });
    }
    return Buffer.from(bytes).toString('utf8');
}
/**
 * Parses one YAML document of plain data. Throws UserError naming the file,
 * line and column for anything outside plain data or the limits.
 */
function loadYaml(text, file, limits = DEFAULT_LIMITS) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxBytes) {
        throw new errors/* UserError */.yo(`${file} is ${bytes} bytes; the limit is ${limits.maxBytes}. Fix: keep one vulnerability per file and move long text to a linked document.`, { file });
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const starts = lineIndex(text);
    const fail = (offset, message, fix) => {
        const pos = positionAt(starts, Math.max(0, offset));
        throw new errors/* UserError */.yo(`${file}:${pos.line}:${pos.col}: ${message} Fix: ${fix}`, { file, ...pos });
    };
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file, maxDepth: limits.maxDepth });
    }
    catch (e) {
        if (e instanceof js_yaml/* YAMLException */.tB) {
            const line = (e.mark?.line ?? 0) + 1;
            const col = (e.mark?.column ?? 0) + 1;
            const reason = String(e.reason);
            const message = /maxDepth/.test(reason)
                ? `mappings and lists are nested deeper than ${limits.maxDepth} levels. Fix: flatten the structure; records need only a few levels.`
                : /null byte/.test(reason)
                    ? 'the file contains a null byte. Fix: remove it; save the file as UTF-8 text.'
                    : `not valid YAML: ${reason}. Fix: correct the syntax at that place (indentation, quotes, colons).`;
            throw new errors/* UserError */.yo(`${file}:${line}:${col}: ${message}`, {
                file,
                line,
                col,
            });
        }
        throw e;
    }
    const positions = new Map();
    const anchors = new Map();
    let aliasBudget = limits.maxAliasNodes;
    let i = 0;
    let documents = 0;
    const countNodes = (v) => {
        if (Array.isArray(v))
            return v.reduce((n, x) => n + countNodes(x), 1);
        if (v && typeof v === 'object') {
            return Object.values(v).reduce((n, x) => n + countNodes(x), 1);
        }
        return 1;
    };
    const anchorOf = (ev) => ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : undefined;
    const noTag = (ev) => {
        if (ev.tagStart >= 0) {
            fail(ev.tagStart, `the tag "${text.slice(ev.tagStart, ev.tagEnd).slice(0, 40)}" is not allowed; records hold plain data only.`, 'remove the tag; quote the value if it must be a string.');
        }
    };
    // Reads the value whose event is at i; leaves i after it.
    const readValue = (path, depth) => {
        const ev = events[i++];
        switch (ev.type) {
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                noTag(ev);
                positions.set(path, positionAt(starts, scalarStart(ev)));
                const raw = (0,js_yaml/* getScalarValue */.KE)(text, ev);
                const value = ev.style === js_yaml/* SCALAR_STYLE */.jK.PLAIN ? resolvePlain(raw) : raw;
                const name = anchorOf(ev);
                if (name)
                    anchors.set(name, value);
                return value;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
                const name = text.slice(ev.anchorStart, ev.anchorEnd);
                if (!anchors.has(name)) {
                    fail(ev.anchorStart - 1, `alias *${name} has no anchor.`, `define &${name} before using it.`);
                }
                const value = anchors.get(name);
                aliasBudget -= countNodes(value);
                if (aliasBudget < 0) {
                    fail(ev.anchorStart - 1, `aliases expand to more than ${limits.maxAliasNodes} values.`, 'write the values out instead of repeating them through aliases.');
                }
                positions.set(path, positionAt(starts, ev.anchorStart - 1));
                return structuredClone(value);
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                noTag(ev);
                if (depth >= limits.maxDepth) {
                    fail(ev.start, `mappings and lists are nested deeper than ${limits.maxDepth} levels.`, 'flatten the structure; records need only a few levels.');
                }
                positions.set(path, positionAt(starts, ev.start));
                const out = [];
                while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
                    out.push(readValue(`${path}/${out.length}`, depth + 1));
                }
                i++;
                const name = anchorOf(ev);
                if (name)
                    anchors.set(name, out);
                return out;
            }
            case js_yaml/* EVENT_ID */.hy.MAPPING: {
                noTag(ev);
                if (depth >= limits.maxDepth) {
                    fail(ev.start, `mappings and lists are nested deeper than ${limits.maxDepth} levels.`, 'flatten the structure; records need only a few levels.');
                }
                positions.set(path, positionAt(starts, ev.start));
                // Keys become own data properties of a plain object: `__proto__`,
                // `constructor` or `toString` are ordinary keys, never the prototype,
                // so the schema refuses them as unknown like any other stray key.
                const out = {};
                while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
                    const keyEv = events[i];
                    if (keyEv.type !== js_yaml/* EVENT_ID */.hy.SCALAR) {
                        const at = 'start' in keyEv ? keyEv.start : 0;
                        fail(at, 'a mapping key must be a plain word.', 'write the key as text, e.g. `status:`.');
                    }
                    const k = keyEv;
                    noTag(k);
                    const key = (0,js_yaml/* getScalarValue */.KE)(text, k);
                    const keyPos = positionAt(starts, scalarStart(k));
                    i++;
                    if (key === '<<') {
                        fail(scalarStart(k), 'merge keys (<<) are not allowed.', 'write the keys out in full.');
                    }
                    if (Object.prototype.hasOwnProperty.call(out, key)) {
                        const first = positions.get(`${path}/${escapeKey(key)}#key`);
                        fail(scalarStart(k), `duplicate key "${(0,src_text/* forLog */.Ig)(key, 60)}"${first ? ` (first at line ${first.line})` : ''}.`, 'keep one of them.');
                    }
                    const childPath = `${path}/${escapeKey(key)}`;
                    positions.set(`${childPath}#key`, keyPos);
                    Object.defineProperty(out, key, {
                        value: readValue(childPath, depth + 1),
                        enumerable: true,
                        writable: true,
                        configurable: true,
                    });
                    // A key's own line is where a reader looks for a scalar value.
                    if (!positions.has(childPath))
                        positions.set(childPath, keyPos);
                }
                i++;
                const name = anchorOf(ev);
                if (name)
                    anchors.set(name, out);
                return out;
            }
            default:
                return fail(0, 'unexpected YAML structure.', 'write one mapping of keys and values.');
        }
    };
    let value = undefined;
    while (i < events.length) {
        const ev = events[i++];
        if (ev.type !== js_yaml/* EVENT_ID */.hy.DOCUMENT)
            continue;
        documents++;
        if (documents > 1) {
            fail(text.indexOf('---', 1), 'the file holds more than one YAML document.', 'keep one document per file.');
        }
        value = events[i].type === js_yaml/* EVENT_ID */.hy.POP ? null : readValue('', 0);
        i++; // the document's POP
    }
    return { value, positions };
}
/** JSON-pointer escaping of a key (`~` → `~0`, `/` → `~1`). */
function escapeKey(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

// EXTERNAL MODULE: ./packages/cvss/src/index.ts
var src = __webpack_require__(1729);
// EXTERNAL MODULE: ./packages/records/src/schema.ts + 3 modules
var schema = __webpack_require__(3764);
// EXTERNAL MODULE: ./packages/records/src/validate.ts + 10 modules
var validate = __webpack_require__(9856);
;// CONCATENATED MODULE: ./packages/records/src/load.ts
/**
 * Loading the repository configuration and the security folder. Every
 * problem is collected with its file, line and column; callers decide
 * whether problems fail the run (the actions and `psirt validate` do).
 * Only regular files inside the repository are read, each checked for
 * size before it is read; a value the schema refuses is never used.
 */








/** The configuration file read when none is named. */
const DEFAULT_CONFIG_FILE = '.github/psirt.yml';
/** Every default, documented in docs/config.md. */
const DEFAULT_CONFIG = {
    version: 1,
    security_dir: 'security',
    vex_dirs: ['.vex'],
    distributed: true,
    fail_on: 'low',
    deadlines: { critical: 7, high: 30, medium: 90, low: 180 },
    not_affected_max_days: 365,
    expiry_warning_days: 14,
    grace_hours: 24,
    dev_dependencies: 'strict',
    mode: 'all',
    stale_records: 'warning',
    reports: [],
    release_lines: [],
    release_wait_days: 30,
    banner: { days: 30, file: 'README.md' },
    channels: {},
};
/** Today's date (UTC) as YYYY-MM-DD. */
function isoToday(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** Repository-relative path with forward slashes, for messages. */
function rel(root, file) {
    return (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/');
}
/** Whether `path` is `root` itself or inside it (both absolute). */
function inside(root, path) {
    const r = (0,external_node_path_.relative)(root, path);
    return r === '' || (r !== '..' && !r.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(r));
}
function problem(file, rule, message, fix) {
    return { file, rule, message, fix, severity: 'error' };
}
function parse(text, file) {
    try {
        return loadYaml(text, file);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return yamlProblem(e, file);
        throw e;
    }
}
/** A loader's UserError (`file:line:col: message. Fix: fix`) as a Problem. */
function yamlProblem(e, file) {
    // Cut the known prefix exactly: a file name may itself hold colons.
    let text = e.message;
    const prefix = `${file}:${e.line}:${e.col}: `;
    if (e.line !== undefined && text.startsWith(prefix)) {
        text = text.slice(prefix.length);
    }
    const at = text.lastIndexOf(' Fix: ');
    return {
        file,
        line: e.line,
        col: e.col,
        rule: 'yaml/syntax',
        message: at >= 0 ? text.slice(0, at) : text,
        fix: at >= 0 ? text.slice(at + ' Fix: '.length) : undefined,
        severity: 'error',
    };
}
/** Nothing here: lstat's answer for a missing path. */
function missing(e) {
    const code = e.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/**
 * The text of a YAML file, or the problem that stops it being read: not a
 * regular file (a folder, pipe or device), a link leading out of the
 * repository or to nothing, too large, or not UTF-8. The size is checked
 * before reading and the read is bounded, so no file can exhaust memory
 * and no pipe can hang the run.
 */
async function readYaml(root, path, file, rule, maxBytes = DEFAULT_LIMITS.maxBytes) {
    const refuse = (message, fix) => problem(file, rule, message, fix);
    try {
        let info = await (0,promises_.lstat)(path);
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = await (0,promises_.realpath)(path);
            }
            catch {
                return refuse('this is a symbolic link to nothing.', 'remove the link, or replace it with the file itself.');
            }
            if (!inside(await (0,promises_.realpath)(root), target)) {
                return refuse('this is a symbolic link to a file outside the repository; psirt reads only files of the repository.', 'replace the link with the file itself.');
            }
            info = await (0,promises_.stat)(target);
        }
        if (info.isDirectory()) {
            return refuse('this is a folder, not a YAML file.', 'name the YAML file, not a folder.');
        }
        if (!info.isFile()) {
            return refuse('this is not a regular file (it is a pipe, socket or device).', 'replace it with a YAML file.');
        }
        const tooBig = (size) => refuse(`the file is ${size} bytes; the limit is ${maxBytes}.`, 'keep one vulnerability per file and move long text to a linked document.');
        if (info.size > maxBytes)
            return tooBig(info.size);
        // O_NONBLOCK: a file swapped for a pipe since lstat cannot block open.
        const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        try {
            const opened = await handle.stat();
            if (!opened.isFile()) {
                return refuse('this is not a regular file.', 'replace it with a YAML file.');
            }
            if (opened.size > maxBytes)
                return tooBig(opened.size);
            const buffer = Buffer.alloc(maxBytes + 1);
            let length = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length > maxBytes)
                    return tooBig(length);
            }
            return decodeYaml(buffer.subarray(0, length), file);
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            return yamlProblem(e, file);
        if (missing(e)) {
            return refuse('the file does not exist.', 'check the path.');
        }
        const code = e.code;
        if (code === 'EACCES' || code === 'EPERM') {
            return refuse('the file cannot be read (permission denied).', 'make it readable by the user that runs psirt.');
        }
        throw e;
    }
}
/**
 * Why a `security_dir` cannot be used, or undefined when it can: it must be
 * a folder inside the repository, written relative to its root.
 */
function securityDirProblem(dir) {
    if (typeof dir !== 'string' || dir.trim() === '') {
        return 'security_dir must name a folder, e.g. `security`.';
    }
    if ((0,external_node_path_.isAbsolute)(dir) || /^[A-Za-z]:|^[\\/]/.test(dir)) {
        return `security_dir "${dir}" is an absolute path; it must be relative to the repository root, e.g. \`security\`.`;
    }
    const n = (0,external_node_path_.normalize)(dir);
    if (n === '..' || n.startsWith(`..${external_node_path_.sep}`) || n.startsWith('../')) {
        return `security_dir "${dir}" leads outside the repository; the records must be in the repository.`;
    }
    if (n === '.' || n === `.${external_node_path_.sep}`) {
        return `security_dir "${dir}" is the repository root; the records need a folder of their own, e.g. \`security\`.`;
    }
    return undefined;
}
/**
 * Reads `.github/psirt.yml` (or `file`), applying defaults. A missing
 * default file means all defaults; a missing named file is an error. A key
 * whose value the schema refuses keeps its default (and the problem fails
 * the run): `ignored` lists those keys.
 */
async function loadConfig(root, file) {
    const path = (0,external_node_path_.join)(root, file ?? DEFAULT_CONFIG_FILE);
    const shown = rel(root, path);
    const defaults = (problems, ignored = []) => ({
        config: structuredClone(DEFAULT_CONFIG),
        problems,
        ignored,
    });
    if (!inside((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(path))) {
        return defaults([
            problem(shown, 'config/outside', 'the configuration file is outside the repository.', 'keep it in the repository, e.g. .github/psirt.yml.'),
        ]);
    }
    const exists = await (0,promises_.lstat)(path).then(() => true, (e) => {
        if (missing(e))
            return false;
        throw e;
    });
    if (!exists) {
        if (file === undefined || file === DEFAULT_CONFIG_FILE)
            return defaults([]);
        return defaults([
            problem(shown, 'config/missing', `the configuration file ${shown} does not exist.`, 'create it, or point the `config` input at the right path.'),
        ]);
    }
    const text = await readYaml(root, path, shown, 'config/unreadable');
    if (typeof text !== 'string')
        return defaults([text]);
    const data = parse(text, shown);
    if ('rule' in data)
        return defaults([data]);
    if (data.value === null || data.value === undefined) {
        return defaults([
            {
                ...problem(shown, 'config/empty', 'the file is empty.', 'write at least `version: 1`, or delete the file to use the defaults.'),
                line: 1,
                col: 1,
            },
        ]);
    }
    const problems = (0,schema/* checkSchema */._U)('config', data.value, shown, data.positions);
    const given = data.value;
    const bad = (0,schema/* invalidKeys */.yE)('config', data.value);
    const dirProblem = 'security_dir' in given && !bad.has('security_dir')
        ? securityDirProblem(given.security_dir)
        : undefined;
    if (dirProblem) {
        bad.add('security_dir');
        problems.push({
            ...problem(shown, 'config/security-dir', dirProblem, 'write the folder of the records relative to the repository root.'),
            ...(0,schema/* lookup */.$I)(data.positions, '/security_dir'),
        });
    }
    if (bad.has(''))
        return defaults(problems, Object.keys(DEFAULT_CONFIG));
    const config = structuredClone(DEFAULT_CONFIG);
    const ignored = [];
    for (const key of Object.keys(given)) {
        if (bad.has(key))
            ignored.push(key);
        else if (isConfigKey(key))
            config[key] = structuredClone(given[key]);
    }
    // Nested mappings keep the defaults of the keys they do not set.
    config.deadlines = { ...DEFAULT_CONFIG.deadlines, ...config.deadlines };
    config.banner = { ...DEFAULT_CONFIG.banner, ...config.banner };
    if (config.channels.discourse && !config.channels.discourse.pin_severity) {
        config.channels.discourse.pin_severity = 'high';
    }
    return { config, problems, ignored };
}
/** A key of the configuration schema (others are refused as unknown). */
function isConfigKey(key) {
    return Object.prototype.hasOwnProperty.call(configKeys, key);
}
const configKeys = schema/* configSchema */.Qn.properties;
/** The YAML files under a folder, and problems with what is not one. */
async function yamlFiles(root, dir) {
    const files = [];
    const problems = [];
    const walk = async (folder) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        }
        catch (e) {
            const code = e.code;
            if (code !== 'EACCES' && code !== 'EPERM')
                throw e;
            problems.push(problem(rel(root, folder), 'records/unreadable', 'the folder cannot be read (permission denied).', 'make it readable by the user that runs psirt.'));
            return;
        }
        for (const entry of entries) {
            const full = (0,external_node_path_.join)(folder, entry.name);
            const isYaml = /\.ya?ml$/i.test(entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isSymbolicLink()) {
                // Links are not followed into folders: a record is in the tree.
                const target = await (0,promises_.stat)(full).catch(() => undefined);
                if (target?.isDirectory()) {
                    problems.push(problem(rel(root, full), 'records/unreadable', 'this is a symbolic link to a folder; psirt does not follow links to folders.', 'move the records into the security folder itself.'));
                }
                else if (isYaml)
                    files.push(full);
            }
            else if (isYaml)
                files.push(full);
        }
    };
    await walk(dir);
    return { files: files.sort(), problems };
}
/** Fills the optional lists so code downstream never sees undefined. */
function withDefaults(value) {
    return {
        ...value,
        aliases: value.aliases ?? [],
        packages: value.packages ?? [],
        fixed_in: value.fixed_in ?? [],
        cwe: value.cwe ?? [],
        credits: value.credits ?? [],
        references: value.references ?? [],
    };
}
function checkVectors(loaded) {
    const problems = [];
    const cvss = loaded.record.cvss;
    if (!cvss)
        return problems;
    for (const key of ['v4', 'v3', 'v2']) {
        const vector = cvss[key];
        if (vector === undefined)
            continue;
        try {
            (0,src/* scoreVector */.YE)(vector);
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo))
                throw e;
            const pos = (0,schema/* lookup */.$I)(loaded.positions, `/cvss/${key}`);
            // The scorer's message may carry its own fix: keep it, once.
            const at = e.message.lastIndexOf(' Fix: ');
            problems.push({
                file: loaded.file,
                ...pos,
                rule: 'record/cvss-vector',
                message: at >= 0 ? e.message.slice(0, at) : e.message,
                fix: at >= 0
                    ? e.message.slice(at + ' Fix: '.length)
                    : "correct the vector; FIRST's calculator shows the valid form.",
                severity: 'error',
            });
        }
    }
    return problems;
}
/**
 * Loads and validates every record in the security folder. Records with
 * structural errors are left out of `records` (their problems say why);
 * records that break only process rules are kept, so reports can name them.
 */
async function loadSecurityFolder(root, config, today = isoToday(), options = {}) {
    const refuse = (file, rule, message, fix) => ({
        records: [],
        problems: [problem(file, rule, message, fix)],
    });
    // An absolute path inside the repository (an action input may give one)
    // is the same folder written relatively.
    let name = config.security_dir;
    if (typeof name === 'string' && (0,external_node_path_.isAbsolute)(name)) {
        if (inside((0,external_node_path_.resolve)(root), (0,external_node_path_.resolve)(name)))
            name = rel(root, (0,external_node_path_.resolve)(name));
    }
    const bad = securityDirProblem(name);
    if (bad !== undefined || typeof name !== 'string') {
        return refuse(typeof name === 'string' ? name : '<security_dir>', 'records/security-dir', bad ?? 'security_dir must name a folder.', 'set `security_dir` (or the `security-dir` input) to the folder of the records, relative to the repository root.');
    }
    const shown = name.replace(/[\\/]+$/, '');
    const dir = (0,external_node_path_.join)(root, name);
    const info = await (0,promises_.stat)(dir).catch((e) => {
        if (missing(e))
            return undefined;
        throw e;
    });
    if (!info) {
        return refuse(shown, 'records/missing-folder', `the security folder ${shown}/ does not exist.`, 'create it with one record per vulnerability, or set `security_dir` in the configuration.');
    }
    if (!info.isDirectory()) {
        return refuse(shown, 'records/missing-folder', `the security folder ${shown} is a file, not a folder.`, 'set `security_dir` to the folder that holds the records.');
    }
    if (!inside(await (0,promises_.realpath)(root), await (0,promises_.realpath)(dir))) {
        return refuse(shown, 'records/security-dir', `the security folder ${shown} is a symbolic link to a folder outside the repository.`, 'keep the records in the repository.');
    }
    const records = [];
    const secrets = new Map();
    const { files, problems } = await yamlFiles(root, dir);
    for (const path of files) {
        const file = rel(root, path);
        const text = await readYaml(root, path, file, 'records/unreadable');
        if (typeof text !== 'string') {
            problems.push(text);
            continue;
        }
        const data = parse(text, file);
        if ('rule' in data) {
            problems.push(data);
            continue;
        }
        if (data.value === null || data.value === undefined) {
            problems.push({
                ...problem(file, 'record/empty', 'the file is empty.', 'write the record (see docs/records.md), or delete the file.'),
                line: 1,
                col: 1,
            });
            continue;
        }
        const secret = embargoedIds(data.value);
        if (secret)
            secrets.set(file, secret);
        const structural = (0,schema/* checkSchema */._U)('record', data.value, file, data.positions);
        problems.push(...structural);
        if (structural.length > 0)
            continue;
        const loaded = {
            record: withDefaults(data.value),
            file,
            positions: data.positions,
        };
        problems.push(...(0,validate/* checkRecordRules */.Vw)(loaded.record, file, loaded.positions, config, today));
        problems.push(...checkVectors(loaded));
        records.push(loaded);
    }
    problems.push(...(0,validate/* checkDuplicates */.$T)(records));
    if (options.reveal || secrets.size === 0)
        return { records, problems };
    return { records, problems: problems.map((p) => withheld(p, secrets)) };
}
/**
 * The ids of a record that says it is under embargo, read from the parsed
 * YAML before the schema check, so a record that does not load is known as
 * embargoed too; undefined for any other record.
 */
function embargoedIds(value) {
    const v = value;
    if (!v || typeof v !== 'object' || v.disclosure?.embargoed !== true) {
        return undefined;
    }
    const ids = [
        v.id,
        ...(Array.isArray(v.aliases) ? v.aliases : []),
        v.disclosure.cve_id,
        v.disclosure.ghsa_id,
    ];
    return ids.filter((x) => typeof x === 'string' && x !== '');
}
/**
 * A problem as every action shows it: one about a record under embargo (or
 * one that quotes such a record's id) names the file and the rule only, as
 * its message may quote any value of the record. `psirt validate` shows
 * them in full (`reveal`), for the person fixing the record.
 */
function withheld(p, secrets) {
    const text = `${p.message} ${p.fix ?? ''}`.toLowerCase();
    const quotes = [...secrets.values()].some((ids) => ids.some((id) => text.includes(id.toLowerCase())));
    if (!secrets.has(p.file) && !quotes)
        return p;
    return {
        ...p,
        message: `${p.file} breaks ${p.rule}; the details are withheld because ${secrets.has(p.file) ? 'the record is' : 'it names a record'} under embargo.`,
        fix: `run \`psirt validate\` locally to see the problem, and correct ${p.file}.`,
    };
}


/***/ }),

/***/ 3764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _U: () => (/* binding */ checkSchema),
  Qn: () => (/* reexport */ config_schema_namespaceObject),
  yE: () => (/* binding */ invalidKeys),
  $I: () => (/* binding */ lookup)
});

// UNUSED EXPORTS: recordSchema

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schema/record.schema.json
const record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/openziti/psirt-actions/schema/record.schema.json","title":"psirt-actions security record","description":"One vulnerability and the decision about it, kept in the repository\'s security folder. Reference: docs/records.md.","type":"object","additionalProperties":false,"required":["schema","id","title","status","review","disclosure"],"properties":{"schema":{"description":"Record format version. Always 1 for this format.","const":1},"id":{"description":"Primary id: GHSA-xxxx-xxxx-xxxx, CVE-YYYY-NNNN, GO-YYYY-NNNN, RUSTSEC-YYYY-NNNN, PYSEC-YYYY-NNN, another OSV id, or a project-local id such as ZITI-2026-001.","type":"string","minLength":3,"maxLength":64},"aliases":{"description":"Other ids of the same vulnerability.","type":"array","items":{"type":"string","minLength":3,"maxLength":64},"uniqueItems":true},"title":{"description":"One line that names the vulnerability.","type":"string","minLength":5,"maxLength":200},"description":{"description":"Public description. Must be absent while the record is embargoed.","type":"string","maxLength":20000},"packages":{"description":"The affected packages. Omit for a vulnerability in this repository\'s own code.","type":"array","items":{"type":"object","additionalProperties":false,"required":["purl"],"properties":{"purl":{"description":"Package URL without a version, e.g. pkg:golang/github.com/disintegration/imaging.","type":"string","pattern":"^pkg:"},"vulnerable":{"description":"Affected versions, comma-separated constraints such as \\">= 1.0.0, < 1.6.3\\"; alternatives joined with ||.","type":"string"},"fixed":{"description":"First version that is not affected.","type":"string"}}}},"status":{"description":"The decision, in OpenVEX terms.","enum":["not_affected","affected","fixed","under_investigation"]},"justification":{"description":"Required for not_affected: one of the five OpenVEX justifications.","enum":["component_not_present","vulnerable_code_not_present","vulnerable_code_not_in_execute_path","vulnerable_code_cannot_be_controlled_by_adversary","inline_mitigations_already_exist"]},"impact_statement":{"description":"Required for not_affected: why the software is not affected, in words a reviewer can check.","type":"string","maxLength":5000},"action_statement":{"description":"Required for affected: what users or the team must do.","type":"string","maxLength":5000},"mitigation":{"description":"For affected: the mitigation planned or done.","type":"string","maxLength":5000},"due":{"description":"Deadline (YYYY-MM-DD) for affected and under_investigation.","type":"string","format":"date"},"owner":{"description":"Who is investigating (under_investigation): a GitHub handle or team.","type":"string","minLength":2,"maxLength":100},"fixed_in":{"description":"Releases that contain the fix, e.g. v1.4.2.","type":"array","items":{"type":"string","minLength":1,"maxLength":64},"uniqueItems":true},"review":{"type":"object","additionalProperties":false,"required":["author","decided"],"properties":{"author":{"description":"Who made the decision.","type":"string","minLength":2,"maxLength":100},"decided":{"description":"Date of the decision (YYYY-MM-DD).","type":"string","format":"date"},"review_by":{"description":"Date the decision must be reviewed again (YYYY-MM-DD); required for not_affected.","type":"string","format":"date"}}},"cvss":{"type":"object","additionalProperties":false,"properties":{"v4":{"type":"string","pattern":"^CVSS:4\\\\.0/"},"v3":{"type":"string","pattern":"^CVSS:3\\\\.[01]/"},"v2":{"type":"string"},"score":{"type":"number","minimum":0,"maximum":10},"severity":{"enum":["none","low","medium","high","critical"]}}},"cwe":{"type":"array","items":{"type":"string","pattern":"^CWE-[1-9][0-9]*$"},"uniqueItems":true},"workarounds":{"type":"string","maxLength":5000},"credits":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"references":{"type":"array","items":{"type":"string","pattern":"^https://"},"uniqueItems":true},"disclosure":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"description":"cve: exploitable, fixed only by our release, distributed software. advisory: fixed by the customer updating a dynamically linked dependency. none: nothing to disclose.","enum":["cve","advisory","none"]},"distributed":{"description":"false for internal-only software (never a CVE). Defaults to the repository configuration.","type":"boolean"},"exploitable":{"description":"Is there a path of exploitation in the software as released.","type":"boolean"},"fix_by":{"description":"our_release, or dependency_update when the customer fixes it by updating a dynamically linked dependency.","enum":["our_release","dependency_update"]},"cve_id":{"type":"string","pattern":"^CVE-[0-9]{4}-[0-9]{4,}$"},"ghsa_id":{"type":"string","pattern":"^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$"},"embargoed":{"description":"true while details are private; no description or workarounds may be committed then.","type":"boolean"},"private_details":{"description":"Where the private details live while embargoed (a link or tracker reference, never the details).","type":"string","maxLength":300},"terms":{"description":"Distinctive words that would reveal the vulnerability if published early.","type":"array","items":{"type":"string","minLength":3,"maxLength":100}},"published":{"type":"string","format":"date"},"cve_published":{"type":"string","format":"date"},"dependency_update":{"description":"advisory: the dependency update the customer must make.","type":"string","maxLength":1000},"potential_impact":{"description":"advisory: what can happen to a customer who does not update.","type":"string","maxLength":5000},"versions_tested":{"description":"advisory: the versions tested with the dependency update.","type":"array","items":{"type":"string","minLength":1}}}}}}');
;// CONCATENATED MODULE: ./schema/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/openziti/psirt-actions/schema/config.schema.json","title":"psirt-actions repository configuration (.github/psirt.yml)","description":"Policy for the psirt actions. Every key is optional; defaults are in docs/config.md.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"security_dir":{"type":"string","minLength":1},"vex_dirs":{"type":"array","items":{"type":"string"}},"distributed":{"type":"boolean"},"fail_on":{"enum":["none","low","medium","high","critical"]},"deadlines":{"type":"object","additionalProperties":false,"properties":{"critical":{"type":"integer","minimum":1,"maximum":3650},"high":{"type":"integer","minimum":1,"maximum":3650},"medium":{"type":"integer","minimum":1,"maximum":3650},"low":{"type":"integer","minimum":1,"maximum":3650}}},"not_affected_max_days":{"type":"integer","minimum":1,"maximum":1825},"expiry_warning_days":{"type":"integer","minimum":0,"maximum":365},"grace_hours":{"type":"integer","minimum":0,"maximum":168},"dev_dependencies":{"enum":["strict","relaxed"]},"mode":{"enum":["all","new-only"]},"stale_records":{"enum":["off","warning","error"]},"reports":{"type":"array","items":{"type":"string"}},"release_lines":{"type":"array","items":{"type":"string"}},"release_wait_days":{"type":"integer","minimum":1,"maximum":365},"banner":{"type":"object","additionalProperties":false,"properties":{"days":{"type":"integer","minimum":30,"maximum":3650},"file":{"type":"string","minLength":1}}},"channels":{"type":"object","additionalProperties":false,"properties":{"discourse":{"type":"object","additionalProperties":false,"required":["url","category"],"properties":{"url":{"type":"string","pattern":"^https?://"},"category":{"type":"integer","minimum":1},"pin_severity":{"enum":["low","medium","high","critical"]}}},"email":{"type":"object","additionalProperties":false,"required":["to","from"],"properties":{"to":{"type":"array","items":{"type":"string","format":"email"},"minItems":1},"from":{"type":"string","format":"email"}}}}},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"}}}');
;// CONCATENATED MODULE: ./packages/core/src/suggest.ts
/** Edit distance between two short strings (Levenshtein). */
function editDistance(a, b) {
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest known name to a misspelt one, if it is close enough. */
function didYouMean(word, known) {
    let best;
    let bestDistance = Infinity;
    const w = word.toLowerCase();
    for (const k of known) {
        const d = editDistance(w, k.toLowerCase());
        if (d < bestDistance) {
            best = k;
            bestDistance = d;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= limit ? best : undefined;
}

// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
;// CONCATENATED MODULE: ./packages/records/src/schema.ts
/**
 * Structural checks of records and the configuration against the published
 * JSON Schemas (schema/*.json), so the schema editors use and the validator
 * the actions run can never disagree. Ajv's findings become Problems with
 * the file, line and column of the value at fault and a fix.
 */







// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
let compiled;
function validators() {
    if (!compiled) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: false, verbose: true });
        addFormats(ajv);
        compiled = {
            record: ajv.compile(record_schema_namespaceObject),
            config: ajv.compile(config_schema_namespaceObject),
        };
    }
    return compiled;
}
/** The schema node that describes the value at a JSON pointer. */
function schemaAt(root, pointer) {
    let node = root;
    for (const part of pointer.split('/').slice(1)) {
        if (!node)
            return undefined;
        node =
            /^\d+$/.test(part) && node.items ? node.items : node.properties?.[part];
    }
    return node;
}
/** `a` or `an` before a word, as it is spoken. */
function article(word) {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
/** A value as it appears in a message: short, one line, quoted if text. */
function shownValue(v) {
    return typeof v === 'string'
        ? `"${(0,src_text/* forLog */.Ig)(v, 60)}"`
        : (0,src_text/* forLog */.Ig)(JSON.stringify(v), 60);
}
/** What a schema type is called in a message. */
const TYPE_NAMES = {
    array: 'a list',
    object: 'a mapping',
    integer: 'a whole number',
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    null: 'empty',
};
function describe(e, root, doc) {
    const field = e.instancePath === '' ? 'the file' : `"${e.instancePath.slice(1)}"`;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const known = Object.keys(schemaAt(root, e.instancePath)?.properties ?? {});
            const guess = didYouMean(key, known);
            return {
                at: `${e.instancePath}/${key}#key`,
                message: `unknown key "${(0,src_text/* forLog */.Ig)(key, 60)}" in ${field}.`,
                fix: guess
                    ? `did you mean "${guess}"?`
                    : `remove it; allowed keys here: ${known.join(', ')}.`,
            };
        }
        case 'required': {
            const key = String(e.params.missingProperty);
            const about = schemaAt(root, `${e.instancePath}/${key}`)?.description;
            return {
                at: e.instancePath,
                message: `${field} lacks the required key "${key}".`,
                fix: `add \`${key}:\`${about ? ` (${about})` : ''}.`,
            };
        }
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
            return {
                at: e.instancePath,
                message: `${field} is ${shownValue(e.data)}, which is not allowed.`,
                fix: guess
                    ? `did you mean ${guess}? Allowed: ${allowed.join(', ')}.`
                    : `use one of: ${allowed.join(', ')}.`,
            };
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const node = schemaAt(root, e.instancePath);
            const range = node?.minimum !== undefined && node.maximum !== undefined
                ? `from ${node.minimum} to ${node.maximum}`
                : `${e.params.comparison} ${e.params.limit}`;
            return {
                at: e.instancePath,
                message: `${field} is ${shownValue(e.data)}; it must be ${range}.`,
                fix: `write a number ${range} (see ${doc}).`,
            };
        }
        case 'minLength':
        case 'maxLength':
            return {
                at: e.instancePath,
                message: e.keyword === 'minLength' && e.params.limit === 1
                    ? `${field} is empty.`
                    : `${field} is ${String(e.data).length} characters long; it must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${e.params.limit}.`,
                fix: e.keyword === 'minLength'
                    ? `write a value, or remove the key to use the default (see ${doc}).`
                    : `shorten it to ${e.params.limit} characters.`,
            };
        case 'minItems':
        case 'maxItems':
            return {
                at: e.instancePath,
                message: `${field} lists ${e.data.length} item(s); it must list ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${e.params.limit}.`,
                fix: e.keyword === 'minItems'
                    ? `add an item, or remove the key (see ${doc}).`
                    : 'remove items.',
            };
        case 'const':
            return {
                at: e.instancePath,
                message: `${field} must be ${JSON.stringify(e.params.allowedValue)}.`,
                fix: `write ${JSON.stringify(e.params.allowedValue)}.`,
            };
        case 'format':
            return {
                at: e.instancePath,
                message: `${field} is not a valid ${e.params.format}.`,
                fix: e.params.format === 'date'
                    ? 'write a real calendar date as YYYY-MM-DD.'
                    : `write a valid ${e.params.format}.`,
            };
        case 'type': {
            const type = String(e.params.type);
            const name = TYPE_NAMES[type] ?? article(type);
            return {
                at: e.instancePath,
                message: `${field} must be ${name}, not ${shownValue(e.data)}.`,
                fix: type === 'array'
                    ? 'write it as a list (`- item` lines or `[a, b]`).'
                    : type === 'object'
                        ? 'write it as a mapping (`key: value` lines indented under it).'
                        : type === 'string'
                            ? 'quote the value.'
                            : `write ${name} (see ${doc}).`,
            };
        }
        case 'pattern': {
            const about = schemaAt(root, e.instancePath)?.description;
            return {
                at: e.instancePath,
                message: `${field} does not have the expected form (${e.params.pattern}).`,
                fix: about ?? 'correct its form.',
            };
        }
        case 'uniqueItems':
            return {
                at: e.instancePath,
                message: `${field} lists the same value twice.`,
                fix: 'remove the repeated entry.',
            };
        default:
            return {
                at: e.instancePath,
                message: `${field} ${e.message ?? 'is invalid'}.`,
                fix: `see ${doc}.`,
            };
    }
}
/** Checks a value against the record or config schema. */
function checkSchema(kind, value, file, positions) {
    const validate = validators()[kind];
    if (validate(value))
        return [];
    const root = (kind === 'record' ? record_schema_namespaceObject : config_schema_namespaceObject);
    const problems = [];
    const seen = new Set();
    for (const e of validate.errors ?? []) {
        const d = describe(e, root, kind === 'record' ? 'docs/records.md' : 'docs/config.md');
        const key = `${d.at}|${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const pos = lookup(positions, d.at);
        problems.push({
            file,
            line: pos.line,
            col: pos.col,
            rule: `${kind}/${e.keyword}`,
            message: d.message,
            fix: d.fix,
            severity: 'error',
        });
    }
    return problems;
}
/**
 * The top-level keys whose values the schema refuses (`''` when the whole
 * value is of the wrong type), so a caller can keep their defaults rather
 * than use a refused value.
 */
function invalidKeys(kind, value) {
    const validate = validators()[kind];
    const keys = new Set();
    if (validate(value))
        return keys;
    for (const e of validate.errors ?? []) {
        if (e.instancePath === '') {
            if (e.keyword === 'type')
                keys.add('');
            continue;
        }
        const first = e.instancePath.split('/')[1];
        keys.add(first.replace(/~1/g, '/').replace(/~0/g, '~'));
    }
    return keys;
}
/** The position of a pointer, or of its nearest ancestor that has one. */
function lookup(positions, pointer) {
    let p = pointer;
    for (;;) {
        const pos = positions.get(p);
        if (pos)
            return pos;
        if (p.endsWith('#key')) {
            p = p.slice(0, -4);
            continue;
        }
        if (p === '')
            return { line: 1, col: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}


/***/ }),

/***/ 3855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ recordSeverity)
/* harmony export */ });
/* harmony import */ var _cvss_src_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1729);

/**
 * A record's severity and score: from its CVSS v4.0 vector, else v3.x, else
 * v2, else the severity written in the record; undefined when it has none.
 * Every part of the suite takes severity from here, so they agree.
 */
function recordSeverity(record) {
    const cvss = record.cvss;
    if (!cvss)
        return undefined;
    for (const [vector, versions] of [
        [cvss.v4, ['4.0']],
        [cvss.v3, ['3.1', '3.0']],
        [cvss.v2, ['2.0']],
    ]) {
        if (vector === undefined)
            continue;
        try {
            const r = (0,_cvss_src_index_js__WEBPACK_IMPORTED_MODULE_0__/* .scoreVector */ .YE)(vector);
            // A vector in another version's field is refused by validation.
            if (!versions.includes(r.version))
                continue;
            return { severity: r.severity, score: r.score, vector };
        }
        catch {
            // An invalid vector is reported by validation; fall through to the next.
        }
    }
    return cvss.severity
        ? { severity: cvss.severity, score: cvss.score }
        : undefined;
}


/***/ }),

/***/ 3039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   df: () => (/* binding */ positionOf)
/* harmony export */ });
/* unused harmony exports RECORD_SCHEMA_VERSION, STATUSES, JUSTIFICATIONS, SEVERITIES, DISCLOSURE_KINDS, FIX_PATHS */
/**
 * The security-folder record: one YAML file per vulnerability. The field
 * names follow OpenVEX (`status`, `justification`, `impact_statement`,
 * `action_statement`) so a record maps to a VEX statement without renaming.
 * docs/records.md is the reference page; schema/record.schema.json the
 * published JSON Schema.
 */
const RECORD_SCHEMA_VERSION = 1;
const STATUSES = (/* unused pure expression or super */ null && ([
    'not_affected',
    'affected',
    'fixed',
    'under_investigation',
]));
/** The five OpenVEX justifications for `not_affected`. */
const JUSTIFICATIONS = (/* unused pure expression or super */ null && ([
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
]));
const SEVERITIES = (/* unused pure expression or super */ null && (['none', 'low', 'medium', 'high', 'critical']));
const DISCLOSURE_KINDS = (/* unused pure expression or super */ null && (['cve', 'advisory', 'none']));
/** How a customer removes the vulnerability. */
const FIX_PATHS = (/* unused pure expression or super */ null && (['our_release', 'dependency_update']));
/** Locate a field of a loaded record, falling back to its parents. */
function positionOf(loaded, path) {
    let p = path;
    for (;;) {
        const pos = loaded.positions.get(p);
        if (pos)
            return pos;
        if (p === '' || p === '/')
            return { line: 1, col: 1 };
        p = p.slice(0, p.lastIndexOf('/'));
    }
}


/***/ }),

/***/ 9856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $T: () => (/* binding */ checkDuplicates),
  Vw: () => (/* binding */ checkRecordRules)
});

// UNUSED EXPORTS: EMBARGO_DETAIL_FIELDS, detailAt, fileNameReveals, weakReasoning, weakText

// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
// EXTERNAL MODULE: ./packages/core/src/runner.ts + 1 modules
var runner = __webpack_require__(8626);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/records/src/types.ts
var types = __webpack_require__(3039);
// EXTERNAL MODULE: ./packages/cvss/src/score.ts + 2 modules
var score = __webpack_require__(7199);
// EXTERNAL MODULE: ./packages/cvss/src/types.ts
var src_types = __webpack_require__(3700);
;// CONCATENATED MODULE: ./packages/cvss/src/action.ts
/**
 * The cvss-score action: score one vector given as input, or score every
 * record's vectors and check that a recorded score or severity agrees with
 * them. `scoreInput` and `checkRecords` compute the outcome; `applyVector`
 * and `applyRecords` report it through the runner protocol (packages/core/src/runner.ts).
 */






/** Scores the `vector` input; a malformed vector names the input. */
function scoreInput(vector) {
    try {
        return scoreVector(vector);
    }
    catch (e) {
        if (e instanceof CvssError) {
            throw new CvssError(`Input "vector": ${e.message}`, e);
        }
        throw e;
    }
}
/** Reports one scored vector as outputs, a log line and a summary. */
function applyVector(r) {
    core.info(`CVSS ${r.version} ${r.score.toFixed(1)} ${r.severity}` +
        (r.nomenclature ? ` ${r.nomenclature}` : '') +
        (r.macrovector ? ` macrovector ${r.macrovector}` : ''));
    core.setOutput('score', r.score.toFixed(1));
    core.setOutput('severity', r.severity);
    core.setOutput('version', r.version);
    core.setOutput('nomenclature', r.nomenclature ?? '');
    core.setOutput('json', JSON.stringify(r));
    core.summary
        .addHeading('CVSS score', 2)
        .addRaw('\n| vector | version | score | severity |\n|---|---|---|---|\n' +
        `| ${forMarkdown(r.vector)} | ${r.version}${r.nomenclature ? ` (${r.nomenclature})` : ''} | ${r.score.toFixed(1)} | ${r.severity} |\n`);
}
/** The field of `cvss` in a record, and the versions it may hold. */
const FIELDS = [
    { key: 'v4', versions: ['4.0'] },
    { key: 'v3', versions: ['3.1', '3.0'] },
    { key: 'v2', versions: ['2.0'] },
];
function problem(file, at, rule, message, fix) {
    return { file, ...at, rule, message, fix, severity: 'error' };
}
/** Scores a loaded record's vectors and checks its recorded score/severity. */
function checkRecord(loaded) {
    const { record, file } = loaded;
    const cvss = record.cvss ?? {};
    const check = {
        file,
        id: record.id,
        vectors: [],
        recorded: {},
        problems: [],
    };
    for (const { key, versions } of FIELDS) {
        const vector = cvss[key];
        if (vector === undefined)
            continue;
        const at = (0,types/* positionOf */.df)(loaded, `/cvss/${key}`);
        const v = { field: key, vector: String(vector), ...at };
        check.vectors.push(v);
        try {
            const r = (0,score/* scoreVector */.YE)(String(vector));
            if (!versions.includes(r.version)) {
                throw new src_types/* CvssError */.a(`cvss.${key} holds a CVSS ${r.version} vector; it takes CVSS ${versions.join(' or ')}.`);
            }
            v.result = r;
        }
        catch (e) {
            if (!(e instanceof src_types/* CvssError */.a))
                throw e;
            v.error = e.message;
            check.problems.push(problem(file, at, 'cvss/invalid-vector', `cvss.${key}: ${e.message}`, e.message.includes('Fix:')
                ? undefined
                : "correct the vector; FIRST's calculator at https://www.first.org/cvss/calculator/ shows the valid form."));
        }
    }
    const scored = check.vectors.filter((v) => v.result);
    const primary = scored[0]?.result;
    check.severity = primary?.severity;
    check.score = primary?.score;
    if (cvss.score !== undefined) {
        check.recorded.score = cvss.score;
        const at = (0,types/* positionOf */.df)(loaded, '/cvss/score');
        // A recorded score may come from any of the record's vectors (a v3.1
        // score beside a v4.0 vector is common); it must match one of them.
        // LIMITATION: so a v3.1 score passes beside a v4.0 vector even when the
        // record meant the v4.0 one; severity, which drives policy, is strict.
        const accepted = scored.flatMap((v) => (0,score/* acceptableScores */.s)(v.vector));
        if (scored.length === 0 && check.vectors.length === 0) {
            check.problems.push(problem(file, at, 'cvss/score-without-vector', `cvss.score ${(0,src_text/* forLog */.Ig)(cvss.score, 12)} has no vector to check it against.`, 'add the vector it was computed from as cvss.v4 or cvss.v3.'));
        }
        else if (scored.length > 0 &&
            !accepted.some((s) => Math.abs(s - Number(cvss.score)) < 1e-9)) {
            check.problems.push(problem(file, at, 'cvss/score-mismatch', `cvss.score is ${(0,src_text/* forLog */.Ig)(cvss.score, 12)}, but the vectors score ${unique(accepted)
                .map((s) => s.toFixed(1))
                .join(' or ')}.`, `set cvss.score to ${primary?.score.toFixed(1)}, or correct the vector.`));
        }
    }
    if (cvss.severity !== undefined) {
        check.recorded.severity = cvss.severity;
        const at = (0,types/* positionOf */.df)(loaded, '/cvss/severity');
        if (!primary && check.vectors.length === 0) {
            // A severity alone is allowed: the record states it without a vector.
        }
        else if (primary) {
            // Severity drives deadlines, so it must follow the vector the suite
            // uses (v4 before v3 before v2), under either rounding convention.
            const p = scored[0];
            const allowed = unique((0,score/* acceptableScores */.s)(p.vector).map((s) => (0,score/* severityOf */.xJ)(s, primary.version)));
            if (!allowed.includes(cvss.severity)) {
                check.problems.push(problem(file, at, 'cvss/severity-mismatch', `cvss.severity is ${(0,src_text/* forLog */.Ig)(cvss.severity, 12)}, but cvss.${p.field} rates ${allowed.join(' or ')} (${primary.score.toFixed(1)}).`, `set cvss.severity to ${primary.severity}, or correct the vector.`));
            }
        }
    }
    return check;
}
function unique(xs) {
    return [...new Set(xs)];
}
/**
 * Loads the configuration and the security folder and checks every record.
 * A folder or file that cannot be read is a problem: it was not checked.
 */
async function checkRecords(root, opts) {
    const { loadConfig, loadSecurityFolder } = await __webpack_require__.e(/* import() */ 982).then(__webpack_require__.bind(__webpack_require__, 8982));
    const { config, problems: configProblems } = await loadConfig(root, opts.config);
    const problems = configProblems.filter((p) => p.severity === 'error');
    const effective = opts.securityDir
        ? { ...config, security_dir: opts.securityDir }
        : config;
    const securityDir = effective.security_dir;
    if (problems.length > 0)
        return { securityDir, records: [], problems };
    const loaded = await loadSecurityFolder(root, effective);
    const files = new Set(loaded.records.map((r) => r.file));
    // Process rules (deadlines, reasoning) are triage-gate's; what stops this
    // action is a record it could not read, whose vectors go unchecked.
    for (const p of loaded.problems) {
        if (p.severity === 'error' && !files.has(p.file))
            problems.push(p);
    }
    return {
        securityDir,
        records: loaded.records.map(checkRecord),
        problems,
    };
}
function annotate(p) {
    core.error(forLog(`${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`, 2000), {
        title: `cvss-score ${p.rule}`,
        file: p.file,
        startLine: p.line,
        startColumn: p.col,
    });
}
/** Reports a records check: annotations, outputs, summary; fails on any problem. */
function applyRecords(outcome) {
    const all = [
        ...outcome.problems,
        ...outcome.records.flatMap((r) => r.problems),
    ];
    core.startGroup(`Scoring the records in ${forLog(outcome.securityDir)}/ (${outcome.records.length})`);
    for (const r of outcome.records) {
        for (const v of r.vectors) {
            const what = v.result
                ? `${v.result.score.toFixed(1)} ${v.result.severity}`
                : 'invalid';
            core.info(`${forLog(r.file)}: cvss.${v.field} ${forLog(v.vector, 120)}: ${what}`);
        }
        if (r.vectors.length === 0)
            core.info(`${forLog(r.file)}: no CVSS vector`);
    }
    core.endGroup();
    for (const p of all)
        annotate(p);
    const vectors = outcome.records.flatMap((r) => r.vectors);
    const json = {
        securityDir: outcome.securityDir,
        records: outcome.records.map((r) => ({
            file: r.file,
            id: r.id,
            score: r.score,
            severity: r.severity,
            recorded: r.recorded,
            vectors: r.vectors.map((v) => ({
                field: v.field,
                vector: v.vector,
                ...(v.result ? { result: v.result } : { error: v.error }),
            })),
            problems: r.problems.map(formatProblem),
        })),
        problems: outcome.problems.map(formatProblem),
        summary: {
            records: outcome.records.length,
            vectors: vectors.length,
            invalid: vectors.filter((v) => v.error !== undefined).length,
            problems: all.length,
        },
    };
    core.setOutput('json', JSON.stringify(json));
    core.setOutput('problems', String(all.length));
    let table = '\n| record | field | vector | score | severity | check |\n|---|---|---|---|---|---|\n';
    for (const r of outcome.records) {
        const ok = r.problems.length === 0 ? 'ok' : `${r.problems.length} problem(s)`;
        for (const v of r.vectors) {
            table += `| ${forMarkdown(r.id)} | ${v.field} | ${forMarkdown(v.vector, 200)} | ${v.result?.score.toFixed(1) ?? 'invalid'} | ${v.result?.severity ?? ''} | ${ok} |\n`;
        }
        if (r.vectors.length === 0) {
            table += `| ${forMarkdown(r.id)} | | no vector | | ${forMarkdown(r.recorded.severity ?? '')} | ${ok} |\n`;
        }
    }
    core.summary
        .addHeading('CVSS scores of the security records', 2)
        .addRaw(`${outcome.records.length} record(s), ${vectors.length} vector(s), ${all.length} problem(s).\n`)
        .addRaw(outcome.records.length > 0 ? table : '');
    if (all.length > 0) {
        core.summary.addRaw('\n' +
            all.map((p) => `- ${forMarkdown(formatProblem(p), 1000)}`).join('\n') +
            '\n');
        core.setFailed(`${all.length} CVSS problem(s) in ${forLog(outcome.securityDir)}/; see the annotations.`);
    }
}

// EXTERNAL MODULE: ./packages/cvss/src/index.ts
var src = __webpack_require__(1729);
;// CONCATENATED MODULE: ./packages/records/src/cvss.ts


function parses(vector) {
    try {
        (0,src/* scoreVector */.YE)(vector);
        return true;
    }
    catch {
        return false;
    }
}
/** Problems of a record's CVSS fields, at the field's line and column. */
function checkCvss(record, file, positions) {
    if (!record.cvss)
        return [];
    const check = checkRecord({ record, file, positions });
    const problems = [];
    for (const p of check.problems) {
        if (p.rule !== 'cvss/invalid-vector') {
            problems.push(p);
            continue;
        }
        // A vector that parses but sits in another version's field.
        const v = check.vectors.find((x) => x.line === p.line && x.col === p.col);
        if (v && parses(v.vector)) {
            problems.push({
                ...p,
                rule: 'record/cvss-version',
                message: p.message.replace(/^(cvss\.v\d): (?=\1 )/, ''),
                fix: `move the vector to the field of its version (cvss.v4 for CVSS 4.0, cvss.v3 for 3.1 and 3.0, cvss.v2 for 2.0).`,
            });
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./packages/records/src/ids.ts
var src_ids = __webpack_require__(3780);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
;// CONCATENATED MODULE: ./packages/versions/src/ecosystem.ts
/**
 * Ecosystems and the purl types that name them. Each ecosystem orders its
 * versions by its own rules; the record format names packages by purl, so
 * the purl type picks the rules.
 */



const ECOSYSTEMS = (/* unused pure expression or super */ null && (['npm', 'go', 'cargo', 'pypi', 'generic']));
const BY_PURL_TYPE = {
    npm: 'npm',
    golang: 'go',
    cargo: 'cargo',
    pypi: 'pypi',
};
// OSV and GitHub spell the same ecosystems differently; accept those too.
const BY_NAME = {
    npm: 'npm',
    go: 'go',
    golang: 'go',
    cargo: 'cargo',
    'crates.io': 'cargo',
    rust: 'cargo',
    pypi: 'pypi',
    pip: 'pypi',
    generic: 'generic',
};
/** The ecosystem whose version rules apply to a purl type (`golang` → go). */
function ecosystemOfPurlType(type) {
    return BY_PURL_TYPE[type.toLowerCase()] ?? 'generic';
}
/** The ecosystem of a name as OSV, GitHub or a purl spells it. */
function ecosystemOf(name) {
    return BY_NAME[name.toLowerCase()] ?? ecosystemOfPurlType(name);
}
/** Parses a purl (with or without version) into ecosystem and package name. */
function ecosystem_parsePurl(purl) {
    let p;
    try {
        p = PackageURL.fromString(purl);
    }
    catch {
        throw new UserError(`"${forLog(purl, 120)}" is not a package URL. Fix: write it as pkg:<type>/<namespace>/<name>, e.g. pkg:golang/golang.org/x/net or pkg:npm/lodash.`);
    }
    const type = p.type.toLowerCase();
    const ecosystem = ecosystemOfPurlType(type);
    let name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
    // PyPI names compare case-insensitively with -, _ and . equivalent (PEP 503).
    if (ecosystem === 'pypi')
        name = name.toLowerCase().replace(/[-_.]+/g, '-');
    return { ecosystem, type, name };
}

// EXTERNAL MODULE: ./packages/versions/src/compare.ts + 1 modules
var compare = __webpack_require__(2366);
;// CONCATENATED MODULE: ./packages/versions/src/range.ts
/**
 * Version ranges as records write them: comma-separated constraints that
 * must all hold (`>= 1.0.0, < 1.6.3`), and `||` between alternatives
 * (`< 1.2.5 || >= 2.0.0, < 2.0.3`). Each constraint is an operator
 * (`<`, `<=`, `>`, `>=`, `=`, `==`, `!=`) and a version; a bare version means
 * `=`, and `*` means every version. Ordering is the ecosystem's
 * (compare.ts); a pre-release is inside a range when its ordering puts it
 * there, unlike npm's range semantics, because a vulnerable pre-release is
 * still vulnerable.
 */



const RANGE_SYNTAX = 'comma-separated constraints such as ">= 1.0.0, < 1.6.3", "< 2.0.0" or "= 1.2.3", with "||" between alternatives';
const CONSTRAINT = /^(<=|>=|==|!=|<|>|=)?\s*(\S+)$/;
/**
 * Parses a range in the record format. Throws a UserError that quotes the
 * part it could not read and shows the syntax it accepts.
 */
function parseRange(ecosystem, text) {
    const anyOf = [];
    for (const alternative of text.split('||')) {
        const all = [];
        for (const raw of alternative.split(',')) {
            const part = raw.trim();
            if (part === '*')
                continue;
            const m = CONSTRAINT.exec(part);
            if (!m || !(0,compare/* isValidVersion */.ri)(ecosystem, m[2])) {
                const what = part === ''
                    ? 'an empty constraint'
                    : m
                        ? `"${(0,src_text/* forLog */.Ig)(part, 80)}" (not a valid ${ecosystem} version)`
                        : `"${(0,src_text/* forLog */.Ig)(part, 80)}"`;
                throw new errors/* UserError */.yo(`Cannot read the version range "${(0,src_text/* forLog */.Ig)(text, 120)}": ${what}. Fix: write ${RANGE_SYNTAX}.`);
            }
            const op = (m[1] === '==' ? '=' : (m[1] ?? '='));
            all.push({ op, version: m[2] });
        }
        anyOf.push(all);
    }
    return { ecosystem, anyOf, text };
}
function holds(ecosystem, version, c) {
    const d = (0,compare/* compareVersions */.Zy)(ecosystem, version, c.version);
    switch (c.op) {
        case '<':
            return d < 0;
        case '<=':
            return d <= 0;
        case '>':
            return d > 0;
        case '>=':
            return d >= 0;
        case '=':
            return d === 0;
        case '!=':
            return d !== 0;
    }
}
/** Does `version` fall within `range`? */
function satisfies(ecosystem, version, range) {
    const r = typeof range === 'string' ? parseRange(ecosystem, range) : range;
    return r.anyOf.some((all) => all.every((c) => holds(ecosystem, version, c)));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/versions/src/gomod.ts
/**
 * Go modules a build selects, from go.mod and go.sum.
 *
 * go.mod is authoritative: since Go 1.17 it lists every module the main
 * module's packages need (direct and `// indirect`) at the version minimal
 * version selection picks, and `replace` directives say what code is
 * actually built. go.sum lists more: every version whose go.mod or source
 * the go command checked while resolving, including versions that lost
 * selection, so it cannot say which version a build uses. It is consulted
 * only for a module go.mod does not name (go.mod files older than 1.17), and
 * then every version whose source (not just go.mod) it hashes counts,
 * which can only over-report.
 */




function unquote(token) {
    if (token.startsWith('"') && token.endsWith('"'))
        return JSON.parse(token);
    if (token.startsWith('`') && token.endsWith('`'))
        return token.slice(1, -1);
    return token;
}
function tokens(text) {
    return (text.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g) ?? []).map(unquote);
}
/** Parses go.mod text. `file` names it in error messages. */
function parseGoMod(text, file = 'go.mod') {
    const mod = { require: [], replace: [], exclude: [] };
    let block;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const comment = raw.indexOf('//');
        const code = (comment >= 0 ? raw.slice(0, comment) : raw).trim();
        const indirect = comment >= 0 && /^\/\/\s*indirect\b/.test(raw.slice(comment).trim());
        if (code === '')
            continue;
        const where = { file, line: i + 1, col: 1 };
        if (block !== undefined) {
            if (code === ')') {
                block = undefined;
                continue;
            }
            directive(mod, block, tokens(code), indirect, where);
            continue;
        }
        const [verb, ...rest] = tokens(code);
        if (rest.length === 1 && rest[0] === '(') {
            block = verb;
            continue;
        }
        directive(mod, verb, rest, indirect, where);
    }
    if (block !== undefined) {
        throw new UserError(`${file}: the "${forLog(block, 40)}" block is never closed. Fix: end it with a line holding ")".`, { file });
    }
    return mod;
}
function directive(mod, verb, args, indirect, where) {
    const bad = (syntax) => new UserError(`${where.file}:${where.line}: cannot read this "${forLog(verb, 20)}" line. Fix: write it as ${syntax}.`, where);
    switch (verb) {
        case 'module':
            mod.module = args[0];
            return;
        case 'go':
            mod.go = args[0];
            return;
        case 'require':
            if (args.length !== 2)
                throw bad('require <module path> <version>');
            mod.require.push({
                path: args[0],
                version: args[1],
                indirect,
                line: where.line,
            });
            return;
        case 'exclude':
            if (args.length !== 2)
                throw bad('exclude <module path> <version>');
            mod.exclude.push({ path: args[0], version: args[1] });
            return;
        case 'replace': {
            const arrow = args.indexOf('=>');
            const left = args.slice(0, arrow);
            const right = args.slice(arrow + 1);
            if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2)
                throw bad('replace <module path> [version] => <module path> <version>');
            mod.replace.push({
                path: left[0],
                version: left[1],
                newPath: right[0],
                newVersion: right[1],
                line: where.line,
            });
            return;
        }
        default:
            // toolchain, retract, godebug, tool, ignore: nothing selected by them.
            return;
    }
}
/** Applies go.mod's replacements to its requirements. */
function selectedModules(mod) {
    return mod.require.map((r) => {
        // A version-specific replacement wins over one for every version.
        const rep = mod.replace.find((p) => p.path === r.path && p.version === r.version) ??
            mod.replace.find((p) => p.path === r.path && p.version === undefined);
        const m = {
            path: r.path,
            version: r.version,
            required: r.version,
            indirect: r.indirect,
            line: r.line,
        };
        if (rep) {
            m.replacedBy = { path: rep.newPath, version: rep.newVersion };
            // The same module at another version: that version is what is built.
            // LIMITATION: a replacement by a different module (a fork) or a local
            // directory keeps the required version, because what the fork
            // contains is unknown; this can only over-report the vulnerable range.
            if (rep.newPath === r.path && rep.newVersion)
                m.version = rep.newVersion;
        }
        return m;
    });
}
/** Versions whose module source (not only go.mod) go.sum hashes, by path. */
function parseGoSum(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const [path, version] = line.trim().split(/\s+/);
        if (!path || !version || version.endsWith('/go.mod'))
            continue;
        const list = out.get(path) ?? [];
        if (!list.includes(version))
            list.push(version);
        out.set(path, list);
    }
    return out;
}
/** Reads go.mod (required) and go.sum (optional) in `dir`. */
function gomod_readGoState(dir) {
    const modFile = join(dir, 'go.mod');
    if (!existsSync(modFile))
        return undefined;
    const mod = parseGoMod(readFileSync(modFile, 'utf8'), 'go.mod');
    const sumFile = join(dir, 'go.sum');
    const sum = existsSync(sumFile)
        ? parseGoSum(readFileSync(sumFile, 'utf8'))
        : new Map();
    return { modules: selectedModules(mod), sum };
}
/**
 * Module path → selected version, from go.mod in `dir` with its
 * replacements applied. Throws a UserError when there is no go.mod.
 */
function readGoModules(dir) {
    const state = gomod_readGoState(dir);
    if (!state) {
        throw new UserError(`No go.mod in ${forLog(dir, 200)}.`, {
            file: join(dir, 'go.mod'),
        });
    }
    return new Map(state.modules.map((m) => [m.path, m.version]));
}
/** Versions of one module a Go build may contain (see the file comment). */
function gomod_goVersionsOf(state, path) {
    const selected = state.modules.filter((m) => m.path === path);
    if (selected.length > 0)
        return selected.map((m) => m.version);
    // Replaced into place: a fork named by this path's replacement target.
    const asReplacement = state.modules.filter((m) => m.replacedBy?.path === path && m.replacedBy.version);
    if (asReplacement.length > 0)
        return asReplacement.map((m) => m.replacedBy.version);
    return state.sum.get(path) ?? [];
}

;// CONCATENATED MODULE: ./packages/versions/src/npmlock.ts
/**
 * npm packages installed per package-lock.json (or npm-shrinkwrap.json).
 * Lockfile versions 2 and 3 keep a flat `packages` map keyed by install
 * path (`node_modules/a`, `node_modules/a/node_modules/b`); version 1 keeps
 * a nested `dependencies` tree. The same name can be installed at several
 * versions at several depths, and every one of them ships.
 */




const NM = 'node_modules/';
function nameFromPath(path) {
    return path.slice(path.lastIndexOf(NM) + NM.length);
}
/** Parses package-lock.json text into every installed package. */
function parseNpmLock(text, file = 'package-lock.json') {
    let lock;
    try {
        lock = JSON.parse(text);
    }
    catch (e) {
        throw new UserError(`${file} is not valid JSON (${forLog(errorMessage(e), 120)}). Fix: regenerate it with npm install.`, { file });
    }
    const out = [];
    if (lock.packages && typeof lock.packages === 'object') {
        for (const [path, entry] of Object.entries(lock.packages)) {
            // The root project (""), workspace folders and links are not installs
            // from the registry; a link's target has its own entry.
            if (!path.includes(NM) || entry.link || !entry.version)
                continue;
            // An alias install (`"x": "npm:lodash@4"`) records the real name.
            out.push({
                name: entry.name ?? nameFromPath(path),
                version: entry.version,
                path,
                dev: entry.dev === true,
            });
        }
        return out;
    }
    if (lock.dependencies && typeof lock.dependencies === 'object') {
        walkV1(lock.dependencies, NM, out);
        return out;
    }
    throw new UserError(`${file} has neither "packages" nor "dependencies". Fix: regenerate it with npm install (npm 7 or later writes lockfileVersion 3).`, { file });
}
function walkV1(deps, prefix, out) {
    for (const [name, entry] of Object.entries(deps)) {
        const path = prefix + name;
        if (entry.version) {
            // v1 writes an alias as `npm:real@1.2.3`.
            const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry.version);
            out.push({
                name: alias ? alias[1] : name,
                version: alias ? alias[2] : entry.version,
                path,
                dev: entry.dev === true,
            });
        }
        if (entry.dependencies)
            walkV1(entry.dependencies, `${path}/${NM}`, out);
    }
}
/** The lockfile npm would use in `dir`: the shrinkwrap wins. */
function npmlock_npmLockFile(dir) {
    for (const f of ['npm-shrinkwrap.json', 'package-lock.json']) {
        if (existsSync(join(dir, f)))
            return f;
    }
    return undefined;
}
/** Every installed package in `dir`'s lockfile, or undefined without one. */
function npmlock_readNpmPackages(dir) {
    const f = npmlock_npmLockFile(dir);
    if (!f)
        return undefined;
    return parseNpmLock(readFileSync(join(dir, f), 'utf8'), f);
}
/**
 * Package name → every version installed, from `dir`'s lockfile. Throws a
 * UserError when there is none.
 */
function readNpmLock(dir) {
    const pkgs = npmlock_readNpmPackages(dir);
    if (!pkgs) {
        throw new UserError(`No package-lock.json in ${forLog(dir, 200)}.`, {
            file: join(dir, 'package-lock.json'),
        });
    }
    const out = new Map();
    for (const p of pkgs) {
        const list = out.get(p.name) ?? [];
        if (!list.includes(p.version))
            list.push(p.version);
        out.set(p.name, list);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/versions/src/lockfiles.ts
/**
 * What a release's lockfiles resolve: read once from a directory into plain
 * data, so checks that use it stay pure functions of that data.
 */








/**
 * Reads go.mod/go.sum, package-lock.json and Cargo.lock found in `dir`;
 * `label` names the directory in messages.
 */
function readLockfiles(dir, label) {
    const state = { dir: label, files: [] };
    const go = readGoState(dir);
    if (go) {
        state.go = go;
        state.files.push('go.mod');
        if (existsSync(join(dir, 'go.sum')))
            state.files.push('go.sum');
    }
    const npm = readNpmPackages(dir);
    if (npm) {
        state.npm = npm;
        state.files.push(npmLockFile(dir));
    }
    if (existsSync(join(dir, 'Cargo.lock'))) {
        state.cargo = parseCargoLock(readFileSync(join(dir, 'Cargo.lock'), 'utf8'));
        state.files.push('Cargo.lock');
    }
    return state;
}
/** Every `[[package]]` of a Cargo.lock. */
function parseCargoLock(text) {
    let doc;
    try {
        doc = parseToml(text);
    }
    catch (e) {
        throw new UserError(`Cargo.lock is not valid TOML (${forLog(errorMessage(e), 120)}). Fix: regenerate it with cargo update.`, { file: 'Cargo.lock' });
    }
    return (doc.package ?? [])
        .filter((p) => typeof p.name === 'string' && typeof p.version === 'string')
        .map((p) => ({ name: p.name, version: p.version }));
}
/** Which lockfile answers for an ecosystem, for messages. */
function lockfileFor(state, ecosystem) {
    if (ecosystem === 'go' && state.go)
        return 'go.mod';
    if (ecosystem === 'npm' && state.npm)
        return state.files.find((f) => f.endsWith('.json'));
    if (ecosystem === 'cargo' && state.cargo)
        return 'Cargo.lock';
    return undefined;
}
/**
 * Versions of the purl's package the lockfiles resolve: [] when the
 * lockfile does not contain it, undefined when no lockfile of its ecosystem
 * was read (so the caller cannot tell, and must not assume it is absent).
 */
function versionsIn(state, purl) {
    const { ecosystem, name } = parsePurl(purl);
    switch (ecosystem) {
        case 'go':
            return state.go ? goVersionsOf(state.go, name) : undefined;
        case 'npm':
            return state.npm
                ? lockfiles_unique(state.npm.filter((p) => p.name === name).map((p) => p.version))
                : undefined;
        case 'cargo':
            return state.cargo
                ? lockfiles_unique(state.cargo.filter((p) => p.name === name).map((p) => p.version))
                : undefined;
        default:
            // LIMITATION: PyPI and other ecosystems have no lockfile reader yet.
            return undefined;
    }
}
function lockfiles_unique(list) {
    return [...new Set(list)];
}
/**
 * Versions of a purl's package resolved by the lockfiles in `dir`. Throws a
 * UserError when `dir` has no lockfile for the purl's ecosystem.
 */
function resolvedVersions(dir, purl) {
    const versions = versionsIn(readLockfiles(dir), purl);
    if (versions === undefined) {
        const { ecosystem } = parsePurl(purl);
        throw new UserError(`No lockfile for ${ecosystem} packages in ${forLog(dir, 200)}, so the version of ${forLog(purl, 120)} cannot be checked. Fix: commit go.mod, package-lock.json or Cargo.lock with the release.`);
    }
    return versions;
}

;// CONCATENATED MODULE: ./packages/versions/src/index.ts
/** Ecosystem version rules and the lockfile readers built on them. */







;// CONCATENATED MODULE: ./packages/records/src/packages.ts
/**
 * The affected packages of a record: purls, ranges and versions, checked by
 * the package's ecosystem (packages/versions) the way a record must write
 * them. Ordering is packages/versions'; this file adds what a record needs
 * beyond a version that merely parses: the canonical spelling of the
 * ecosystem (Go's `vMAJOR.MINOR.PATCH`, npm's version without `v`), ranges
 * that contain some version, and a fixed version outside the vulnerable one.
 */




/**
 * The package types of the purl specification
 * (https://github.com/package-url/purl-spec, PURL-TYPES.rst). Another type
 * is probably a typo: matching and version rules cannot know it.
 */
const PURL_TYPES = new Set([
    'alpm',
    'apk',
    'bitbucket',
    'bitnami',
    'cargo',
    'cocoapods',
    'composer',
    'conan',
    'conda',
    'cpan',
    'cran',
    'deb',
    'docker',
    'gem',
    'generic',
    'github',
    'githubactions',
    'golang',
    'hackage',
    'hex',
    'huggingface',
    'julia',
    'luarocks',
    'maven',
    'mlflow',
    'npm',
    'nuget',
    'oci',
    'opam',
    'otp',
    'pub',
    'pypi',
    'qpkg',
    'rpm',
    'swid',
    'swift',
    'vscode-extension',
    'yocto',
]);
/**
 * An npm name or scope (without `@`), by npm's own rules: lower case,
 * URL-safe, not starting with `.` or `_`, at most 214 characters.
 */
const NPM_NAME = /^(?![._])[a-z0-9._~-]+$/;
const EXAMPLES = {
    npm: '8.17.1 (npm versions have no "v")',
    cargo: '1.6.3',
    go: 'v1.6.3 (Go module versions are vMAJOR.MINOR.PATCH)',
    pypi: '2.31.0',
    generic: '1.6.3',
};
/**
 * Why a version is not written the way its ecosystem writes it, or
 * undefined when it is. packages/versions parses leniently (ranges from
 * scanners come with or without `v`); a record is the canonical source, so
 * it must be exact.
 */
function versionProblem(ecosystem, version) {
    const what = `"${(0,src_text/* forLog */.Ig)(version, 64)}" is not a valid ${ecosystem} version`;
    if (version !== version.trim() || version === '')
        return what;
    if (!(0,compare/* isValidVersion */.ri)(ecosystem, version))
        return what;
    switch (ecosystem) {
        case 'npm':
        case 'cargo':
            if (!/^\d/.test(version)) {
                return `${what}: ${ecosystem} versions start with a digit, without "v" or "="`;
            }
            break;
        case 'go':
            if (!/^v\d+\.\d+\.\d+(?:[-+]|$)/.test(version)) {
                return `${what}: Go module versions are canonical vMAJOR.MINOR.PATCH`;
            }
            break;
        case 'generic':
            // Without ecosystem rules, a version must at least carry a number.
            if (!/\d/.test(version))
                return what;
            break;
    }
    return undefined;
}
/** Why a release of ours in `fixed_in` is not a version, or undefined. */
function releaseProblem(release) {
    return versionProblem('generic', release);
}
/** Can any version satisfy every constraint of one alternative of a range? */
function alternativeIsEmpty(ecosystem, all) {
    let lower;
    let upper;
    for (const c of all) {
        if (c.op === '>' || c.op === '>=') {
            const d = lower ? (0,compare/* compareVersions */.Zy)(ecosystem, c.version, lower.version) : 1;
            if (d > 0 || (d === 0 && c.op === '>')) {
                lower = { version: c.version, inclusive: c.op === '>=' };
            }
        }
        else if (c.op === '<' || c.op === '<=') {
            const d = upper
                ? (0,compare/* compareVersions */.Zy)(ecosystem, c.version, upper.version)
                : -1;
            if (d < 0 || (d === 0 && c.op === '<')) {
                upper = { version: c.version, inclusive: c.op === '<=' };
            }
        }
    }
    if (lower && upper) {
        const d = (0,compare/* compareVersions */.Zy)(ecosystem, lower.version, upper.version);
        if (d > 0 || (d === 0 && !(lower.inclusive && upper.inclusive))) {
            return true;
        }
    }
    // An exact version must meet every other constraint of its alternative.
    const range = { ecosystem, anyOf: [all], text: '' };
    return all.some((c) => c.op === '=' && !satisfies(ecosystem, c.version, range));
}
/** Checks every affected package: purl, range and fixed version. */
function checkPackages(record, report) {
    record.packages.forEach((p, i) => {
        const at = `/packages/${i}`;
        let purl;
        try {
            if (/\s/.test(p.purl))
                throw new Error('it contains white space');
            purl = packageurl_js.PackageURL.fromString(p.purl);
        }
        catch (e) {
            report(`${at}/purl`, 'record/purl', `"${(0,src_text/* forLog */.Ig)(p.purl, 120)}" is not a valid package URL: ${(0,src_text/* forLog */.Ig)(e.message, 120)}.`, 'write pkg:<type>/<namespace>/<name>, e.g. pkg:golang/github.com/disintegration/imaging.');
            return;
        }
        const bare = new packageurl_js.PackageURL(purl.type, purl.namespace, purl.name, undefined, undefined, undefined).toString();
        if (purl.version !== undefined ||
            purl.qualifiers ||
            purl.subpath ||
            /[@?#]$/.test(p.purl)) {
            report(`${at}/purl`, 'record/purl-version', 'the purl carries a version, qualifiers or a subpath (or an empty one after "@", "?" or "#"); matching needs the bare package.', `write ${bare} and put versions in "vulnerable" and "fixed".`);
        }
        if (purl.type === 'npm') {
            const scope = purl.namespace?.replace(/^@/, '');
            const full = purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name;
            if (!NPM_NAME.test(purl.name) ||
                (purl.namespace !== undefined &&
                    (!purl.namespace.startsWith('@') || !NPM_NAME.test(scope ?? ''))) ||
                full.length > 214) {
                report(`${at}/purl`, 'record/purl', `"${(0,src_text/* forLog */.Ig)(full, 120)}" is not a valid npm package name.`, 'write the name as npm publishes it: lower case letters, digits, "-", "." and "_", with an optional @scope/ (e.g. pkg:npm/%40babel/core).');
            }
        }
        if (!PURL_TYPES.has(purl.type)) {
            report(`${at}/purl`, 'record/purl-type', `"${(0,src_text/* forLog */.Ig)(purl.type, 40)}" is not a package type of the purl specification, so its versions are compared as plain dotted numbers.`, 'use a registered type such as npm, golang, pypi, cargo, maven or github.', 'warning');
        }
        const eco = ecosystemOfPurlType(purl.type);
        let range;
        if (p.vulnerable !== undefined) {
            try {
                range = parseRange(eco, p.vulnerable);
            }
            catch (e) {
                report(`${at}/vulnerable`, 'record/range', (e instanceof errors/* UserError */.yo ? e.message : String(e)).split(' Fix: ')[0], 'write comma-separated constraints such as ">= 1.0.0, < 1.6.3", with "||" between alternatives.');
            }
        }
        if (range) {
            const bad = range.anyOf
                .flat()
                .map((c) => versionProblem(eco, c.version))
                .find((x) => x !== undefined);
            if (bad) {
                report(`${at}/vulnerable`, 'record/range', `the range "${(0,src_text/* forLog */.Ig)(p.vulnerable, 120)}" has a version its ecosystem does not write so: ${bad}.`, `write each version as ${EXAMPLES[eco]}.`);
                range = undefined;
            }
            else if (range.anyOf.some((all) => alternativeIsEmpty(eco, all))) {
                report(`${at}/vulnerable`, 'record/range', `the range "${(0,src_text/* forLog */.Ig)(p.vulnerable, 120)}" contains no version: its lower bound is above its upper bound.`, 'correct the bounds, e.g. ">= 8.0.0, < 8.17.1".');
                range = undefined;
            }
        }
        if (p.fixed !== undefined) {
            const bad = versionProblem(eco, p.fixed);
            if (bad) {
                report(`${at}/fixed`, 'record/version', `${bad}.`, `write a version such as ${EXAMPLES[eco]}.`);
            }
            else if (range && satisfies(eco, p.fixed, range)) {
                report(`${at}/fixed`, 'record/fixed-in-range', `the fixed version ${(0,src_text/* forLog */.Ig)(p.fixed, 64)} is inside the vulnerable range "${(0,src_text/* forLog */.Ig)(p.vulnerable, 120)}"; a fixed version is not vulnerable.`, 'correct the fixed version, or the range so that it ends before the fix (e.g. "< 8.17.1" with fixed 8.17.1).');
            }
        }
    });
}

// EXTERNAL MODULE: ./packages/records/src/schema.ts + 3 modules
var schema = __webpack_require__(3764);
;// CONCATENATED MODULE: ./packages/records/src/text.ts
/**
 * The one check for free text that must be real reasoning: impact and action
 * statements, mitigations, workarounds, the advisory's potential impact and
 * dependency update, and short names such as an owner. A reviewer cannot
 * check a placeholder, a deferral or a restatement of the justification.
 */
/** Whole texts that say nothing; a reasoning field made of one is refused. */
const PLACEHOLDERS = new Set([
    '',
    '-',
    '--',
    '.',
    '?',
    'tbd',
    'tba',
    'tbc',
    'todo',
    'n/a',
    'na',
    'none',
    'nothing',
    'no',
    'not affected',
    'not applicable',
    'not relevant',
    'not used',
    'unused',
    'false positive',
    'ok',
    'fine',
    'see above',
    'see ticket',
    'wip',
    'xxx',
    'ignore',
    'ignored',
    'unknown',
    'unassigned',
    'nobody',
]);
/** Words that mark a text as unfinished wherever they appear. */
const PLACEHOLDER_WORDS = new Set([
    'tbd',
    'tba',
    'tbc',
    'todo',
    'fixme',
    'xxx',
    'wip',
    'lorem',
    'ipsum',
    'placeholder',
]);
/** Phrases that put the reasoning off to later. */
const DEFERRALS = [
    /\bto be (?:determined|decided|defined|confirmed|done|added|written|completed|filled|documented|provided|updated|investigated|clarified)\b/,
    /\bwill be (?:determined|decided|defined|confirmed|added|written|completed|filled|documented|provided|explained)\b/,
    /\b(?:fill|filled|write|written|add|added|complete|completed|explain|explained|update|updated|document|documented)(?: this| it| them)?(?: in| out| up)? (?:later|eventually|soon)\b/,
    /\bonce we know\b/,
    /\b(?:details|more|reasoning|explanation) (?:to follow|later|soon)\b/,
    /\bcoming soon\b/,
    /\bnot yet (?:known|determined|decided|analy[sz]ed|investigated|written)\b/,
];
/**
 * Words that carry no reasoning of their own: English function words, and
 * the words every record uses (product, code, vulnerability…). What remains
 * are the words of substance a reviewer can check.
 */
const STOP_WORDS = new Set(('a an the and or but nor so yet if then than that this these those it its ' +
    'is are was were be been being am do does did done has have had having ' +
    'will would shall should can could may might must of in on at to for by ' +
    'with from into onto over under about as per via out up down off ' +
    'not no nor never ever all any some each every both either neither ' +
    'only just also very really quite too even still again already ' +
    'we us our ours you your they them their he she his her i me my ' +
    'there here where when which who whom whose what why how ' +
    'at all whatsoever anyway anyhow always etc ' +
    'product products software component components code vulnerability ' +
    'vulnerabilities vulnerable issue issues cve affected affect affects ' +
    'build builds project package packages application app system').split(/\s+/));
function words(text) {
    return text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
}
/** The distinct words of substance in a text. */
function contentWords(text) {
    return new Set(words(text).filter((w) => w.length >= 2 && !STOP_WORDS.has(w) && !PLACEHOLDER_WORDS.has(w)));
}
/**
 * Why a free-text field is not real text, or undefined when it is: the one
 * check for every reasoning field (impact and action statements, advisory
 * fields, mitigations). It refuses blank text, placeholders (also repeated,
 * `TBD TBD`), texts that defer the reasoning (`to be determined`, `fill in
 * later`), restatements of `echo`, and texts with fewer than `minContent`
 * distinct words of substance.
 */
function weakText(text, rule = {}) {
    const { minWords = 1, minContent = 1, echo, says } = rule;
    const t = text.trim().toLowerCase();
    if (t === '')
        return 'is blank';
    if (PLACEHOLDERS.has(t.replace(/[.!]+$/, '')))
        return 'is a placeholder';
    const w = words(t);
    if (w.length > 0 &&
        w.every((x) => PLACEHOLDER_WORDS.has(x) || PLACEHOLDERS.has(x))) {
        return 'is a placeholder';
    }
    const marker = w.find((x) => PLACEHOLDER_WORDS.has(x));
    if (marker)
        return `contains the placeholder "${marker.toUpperCase()}"`;
    const normalized = w.join(' ');
    for (const re of DEFERRALS) {
        const m = re.exec(normalized);
        if (m)
            return `puts the reasoning off ("${m[0]}")`;
    }
    const all = contentWords(t);
    const own = echo
        ? new Set([...all].filter((x) => !contentWords(echo.replace(/_/g, ' ')).has(x)))
        : all;
    if (own.size < minContent) {
        if (echo && all.size > own.size)
            return 'only restates the justification';
        return `has ${own.size === 0 ? 'no' : `only ${own.size}`} word${own.size === 1 ? '' : 's'} of substance${says ? `; ${says}` : ''} (at least ${minContent})`;
    }
    if (w.length < minWords) {
        return `has ${w.length} words${says ? `; ${says}` : ''} (at least ${minWords} words)`;
    }
    return undefined;
}
/** The fewest words an impact statement needs to be reasoning. */
const MIN_REASONING_WORDS = 8;
/**
 * The fewest distinct words of substance an impact statement needs beyond
 * the words of its justification and the stop words. Four refuses a padded
 * restatement ("The vulnerable code is not in the execute path of our
 * product at all") and passes any statement that names the code path or
 * configuration and why.
 */
const MIN_REASONING_CONTENT = 4;
/**
 * Why an impact statement is not real reasoning, or undefined when it is.
 * Placeholders, restatements of the justification and one-liners without
 * substance do not convince a reviewer.
 */
function weakReasoning(statement, justification) {
    return weakText(statement, {
        minWords: MIN_REASONING_WORDS,
        minContent: MIN_REASONING_CONTENT,
        echo: justification,
        says: 'say which code or configuration makes the vulnerability unreachable and why',
    });
}
/**
 * The fewest distinct words of substance in a shorter reasoning field
 * (action statement, mitigation, advisory fields): a verb and its object,
 * e.g. "Upgrade ws".
 */
const MIN_ACTION_CONTENT = 2;
/** Is a short name (owner, tested version) blank or a placeholder? */
function placeholderName(text) {
    const t = text.trim().toLowerCase();
    return (PLACEHOLDERS.has(t) ||
        words(t).every((x) => PLACEHOLDER_WORDS.has(x) || PLACEHOLDERS.has(x)));
}

;// CONCATENATED MODULE: ./packages/records/src/validate.ts







function daysBetween(from, to) {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
/**
 * Checks one schema-valid record against the process rules. `today` is the
 * injected clock (YYYY-MM-DD).
 */
function checkRecordRules(record, file, positions, config, today) {
    const problems = [];
    const report = (pointer, rule, message, fix, severity = 'error') => {
        const pos = (0,schema/* lookup */.$I)(positions, pointer);
        problems.push({ file, ...pos, rule, message, fix, severity });
    };
    checkIds(record, report);
    checkPackages(record, report);
    checkStatus(record, config, today, report);
    checkDisclosure(record, config, report);
    checkFileName(record, file, report);
    problems.push(...checkCvss(record, file, positions));
    return problems;
}
function checkIds(record, report) {
    const all = [
        ['/id', record.id],
        ...record.aliases.map((a, i) => [`/aliases/${i}`, a]),
    ];
    for (const [pointer, id] of all) {
        const c = (0,src_ids/* checkId */.ij)(id);
        if (c.problem) {
            report(pointer, 'record/id-form', `the id "${(0,src_text/* forLog */.Ig)(id, 64)}" ${c.problem}.`, c.canonical
                ? `write ${c.canonical}.`
                : 'use the id as its database publishes it.');
        }
    }
    if (record.aliases.some((a) => (0,src_ids/* normalizeId */.XB)(a) === (0,src_ids/* normalizeId */.XB)(record.id))) {
        report('/aliases', 'record/alias-is-id', 'an alias repeats the primary id.', 'remove it from aliases.');
    }
    const cve = record.disclosure.cve_id;
    if (cve && cve !== record.id && !record.aliases.includes(cve)) {
        report('/disclosure/cve_id', 'record/cve-not-alias', `disclosure.cve_id ${cve} is neither the id nor an alias.`, 'add it to aliases so scanners that report it find this record.');
    }
    const ghsa = record.disclosure.ghsa_id;
    if (ghsa && ghsa !== record.id && !record.aliases.includes(ghsa)) {
        report('/disclosure/ghsa_id', 'record/ghsa-not-alias', `disclosure.ghsa_id ${ghsa} is neither the id nor an alias.`, 'add it to aliases so scanners that report it find this record.');
    }
}
/**
 * An embargoed record keeps its details where `private_details` says, not
 * in the public security folder (docs/embargo.md, rule 1): the statements
 * and advisory texts that are otherwise required may be left out.
 */
function detailsElsewhere(record) {
    const d = record.disclosure;
    return d.embargoed === true && !!d.private_details?.trim();
}
/** Reports a free-text field that is not real text (text.ts). */
function checkText(report, pointer, rule, value, says, minContent = MIN_ACTION_CONTENT) {
    if (value === undefined)
        return;
    const weak = weakText(value, { minContent, says });
    if (weak) {
        const field = pointer.slice(1).replace('/', '.');
        report(pointer, rule, `${field} ${weak}.`, `${says}.`);
    }
}
function checkStatus(record, config, today, report) {
    const { review } = record;
    if (review.decided > today) {
        report('/review/decided', 'record/decided-future', `review.decided ${review.decided} is in the future.`, 'write the date the decision was made.');
    }
    if (review.review_by && review.review_by < review.decided) {
        report('/review/review_by', 'record/review-order', 'review.review_by is before review.decided.', 'set a review date after the decision.');
    }
    switch (record.status) {
        case 'not_affected': {
            if (!record.justification) {
                report('/status', 'vex/justification', 'a not_affected decision needs a justification.', 'add `justification:` with one of the five OpenVEX justifications.');
            }
            if (record.impact_statement === undefined) {
                if (!detailsElsewhere(record)) {
                    report('/status', 'vex/impact-statement', 'a not_affected decision needs an impact_statement that explains why.', 'add `impact_statement:` with the reasoning a reviewer can check.');
                }
            }
            else {
                const weak = weakReasoning(record.impact_statement, record.justification);
                if (weak) {
                    report('/impact_statement', 'vex/weak-reasoning', `the impact_statement ${weak}.`, 'explain which code path, configuration or build makes the vulnerable code unreachable, so a reviewer can verify it.');
                }
            }
            if (!review.review_by) {
                report('/review', 'record/review-by', 'a not_affected decision needs review.review_by; it expires.', `add \`review_by:\` at most ${config.not_affected_max_days} days after review.decided.`);
            }
            else {
                if (daysBetween(review.decided, review.review_by) >
                    config.not_affected_max_days) {
                    report('/review/review_by', 'record/review-window', `review.review_by is ${daysBetween(review.decided, review.review_by)} days after review.decided; policy allows ${config.not_affected_max_days}.`, 'choose an earlier review date.');
                }
                if (review.review_by < today) {
                    // A warning: triage-gate owns the verdict on an expired decision.
                    report('/review/review_by', 'record/expired', `the not_affected decision expired on ${review.review_by}; triage-gate treats the finding as undecided.`, `review the reasoning again, then set review.decided to the day of the review and review_by at most ${config.not_affected_max_days} days later, or change the status.`, 'warning');
                }
            }
            break;
        }
        case 'affected':
            if (record.action_statement === undefined && !detailsElsewhere(record)) {
                report('/status', 'vex/action-statement', 'an affected decision needs an action_statement.', 'add `action_statement:` saying what users or the team must do.');
            }
            if (!record.due && record.fixed_in.length === 0) {
                report('/status', 'record/due', 'an affected decision needs a due date or the release with the mitigation.', 'add `due: YYYY-MM-DD` or `fixed_in: [vX.Y.Z]`.');
            }
            if (record.due && record.due < today && record.fixed_in.length === 0) {
                report('/due', 'record/overdue', `the mitigation was due on ${record.due} and no release with it is recorded.`, 'ship the mitigation and add `fixed_in:` (or set `status: fixed`), or agree a new due date and write it.', 'warning');
            }
            break;
        case 'fixed':
            if (record.fixed_in.length === 0) {
                report('/status', 'record/fixed-in', 'a fixed decision needs the release(s) that contain the fix.', 'add `fixed_in: [vX.Y.Z]`.');
            }
            break;
        case 'under_investigation':
            if (record.owner === undefined || placeholderName(record.owner)) {
                report(record.owner === undefined ? '/status' : '/owner', 'record/owner', record.owner === undefined
                    ? 'an under_investigation decision needs an owner.'
                    : `owner "${(0,src_text/* forLog */.Ig)(record.owner, 40)}" names nobody.`, 'add `owner:` with the handle of the person or team investigating.');
            }
            if (!record.due) {
                report('/status', 'record/due', 'an under_investigation decision needs a due date.', 'add `due: YYYY-MM-DD`.');
            }
            else if (record.due < today) {
                report('/due', 'record/overdue', `the investigation was due on ${record.due}.`, 'decide (not_affected, affected or fixed), or agree a new due date and write it.', 'warning');
            }
            break;
    }
    checkText(report, '/action_statement', 'vex/weak-reasoning', record.action_statement, 'say what users or the team must do, e.g. which package to upgrade to which version, or which setting to change');
    checkText(report, '/mitigation', 'record/weak-text', record.mitigation, 'say what mitigation is planned or done');
    checkText(report, '/workarounds', 'record/weak-text', record.workarounds, 'say what users can do until they update');
    record.fixed_in.forEach((release, i) => {
        const bad = releaseProblem(release);
        if (bad) {
            report(`/fixed_in/${i}`, 'record/fixed-in', `fixed_in: ${bad}; it names a release of this software.`, 'write the version of the release that contains the fix, e.g. v1.4.2.');
        }
    });
    if (record.justification && record.status !== 'not_affected') {
        report('/justification', 'vex/justification-status', `a justification belongs to not_affected, not ${record.status}.`, 'remove it, or change the status.');
    }
}
/**
 * The disclosure follows from the record's facts (docs/DESIGN §1): software
 * that is not distributed gets no CVE; a vulnerability customers fix by
 * updating a dynamically linked dependency gets an advisory; one that is
 * exploitable and fixed only by our release gets a CVE. For affected and
 * fixed records the facts must decide the kind; every record is refused
 * when its kind or ids contradict its facts.
 */
function checkDisclosure(record, config, report) {
    const d = record.disclosure;
    const distributed = d.distributed ?? config.distributed;
    const kind = d.kind;
    const decides = record.status === 'affected' || record.status === 'fixed';
    if (!distributed && record.status !== 'not_affected') {
        // A not_affected record may carry the upstream CVE it is not affected
        // by; any other record's cve_id is one reserved for this software.
        const at = kind === 'cve'
            ? '/disclosure/kind'
            : d.cve_id
                ? '/disclosure/cve_id'
                : d.cve_published
                    ? '/disclosure/cve_published'
                    : undefined;
        if (at) {
            report(at, 'disclosure/internal-no-cve', 'the software is not distributed (internal-only), and internal-only software gets no CVE.', 'set `kind: none` and remove cve_id and cve_published, or `distributed: true` if customers run it.');
        }
    }
    if (d.fix_by === 'dependency_update' && kind === 'cve') {
        report('/disclosure/kind', 'disclosure/advisory-not-cve', 'customers fix this by updating a dynamically linked dependency, which calls for a security advisory, not a CVE.', 'set `kind: advisory`.');
    }
    if (kind === 'cve' && record.status !== 'not_affected') {
        if (d.exploitable === false) {
            report('/disclosure/exploitable', 'disclosure/contradiction', 'kind is cve, but the record says the vulnerability is not exploitable; a CVE is for a vulnerability with a path of exploitation in the software as released.', 'set `exploitable: true` if there is one, or `kind: none`.');
        }
        const missing = [
            d.exploitable === undefined ? '`exploitable: true`' : undefined,
            d.fix_by === undefined ? '`fix_by: our_release`' : undefined,
        ].filter((x) => x !== undefined);
        if (missing.length > 0) {
            report('/disclosure/kind', 'disclosure/cve-facts', 'kind is cve, but the record does not state the facts a CVE follows from: exploitable, fixed only by our release, distributed.', `add ${missing.join(' and ')} under disclosure if they hold, or set the kind they call for.`);
        }
    }
    if (kind === 'advisory') {
        if (d.fix_by !== 'dependency_update') {
            report('/disclosure/kind', 'disclosure/advisory-fix-by', 'an advisory instead of a CVE is for vulnerabilities customers fix by updating a dynamically linked dependency.', 'set `fix_by: dependency_update`, or `kind: cve` if only our release fixes it.');
        }
        if (d.exploitable === false && record.status !== 'not_affected') {
            report('/disclosure/exploitable', 'disclosure/contradiction', 'kind is advisory, but the record says the vulnerability is not exploitable, so there is no impact to advise about.', 'set `exploitable: true` if there is a path of exploitation, or `kind: none`.');
        }
        for (const key of ['potential_impact', 'dependency_update']) {
            if (d[key] === undefined && !detailsElsewhere(record)) {
                report('/disclosure', `disclosure/${key.replace('_', '-')}`, `an advisory must name the ${key.replace('_', ' ')}.`, `add \`${key}:\` under disclosure.`);
            }
        }
        if (!d.versions_tested || d.versions_tested.length === 0) {
            report('/disclosure', 'disclosure/versions-tested', 'an advisory must list the versions tested with the dependency update.', 'add `versions_tested: [...]` under disclosure.');
        }
        if (!(0,src_ids/* isOwnAdvisoryId */.hK)(record)) {
            // The condition advisory-publish refuses the record on (toAdvisory).
            report('/id', 'disclosure/advisory-id', `the record is a dependency advisory, but its id ${(0,src_text/* forLog */.Ig)(record.id, 64)} is not an advisory of ours: a vulnerability database's id other than disclosure.ghsa_id is the dependency's vulnerability, and advisory-publish publishes nothing under it.`, `give the record a project-local id (e.g. EDGE-2026-003) and keep ${(0,src_text/* forLog */.Ig)(record.id, 64)} as an alias, or set disclosure.ghsa_id to the GHSA of our own repository advisory.`);
        }
        if (d.cve_id) {
            report('/disclosure/cve_id', 'disclosure/advisory-cve', 'an advisory is issued instead of a CVE, so it has no cve_id.', 'remove cve_id, or set `kind: cve`.');
        }
    }
    checkText(report, '/disclosure/potential_impact', 'disclosure/potential-impact', d.potential_impact, 'say what can happen to a customer who does not update');
    checkText(report, '/disclosure/dependency_update', 'disclosure/dependency-update', d.dependency_update, 'name the dependency and the version customers must update to');
    d.versions_tested?.forEach((v, i) => {
        if (placeholderName(v) || !/\d/.test(v)) {
            report(`/disclosure/versions_tested/${i}`, 'disclosure/versions-tested', `versions_tested entry "${(0,src_text/* forLog */.Ig)(v, 40)}" is not a version.`, 'list each version tested with the dependency update, e.g. 8.17.1.');
        }
    });
    if (decides &&
        distributed &&
        kind === 'none' &&
        d.exploitable === undefined) {
        report('/disclosure/kind', 'disclosure/facts', `the record is ${record.status} in distributed software and discloses nothing (kind: none), but does not say why: the facts that decide between a CVE, an advisory and nothing are missing.`, 'add `exploitable: false` when the vulnerability cannot be exploited in this software, or `exploitable: true` with `fix_by:` and the kind it calls for.', 'warning');
    }
    if (decides && distributed && d.exploitable === true) {
        if (d.fix_by === undefined) {
            report('/disclosure/exploitable', 'disclosure/fix-by', 'the vulnerability is exploitable in distributed software, so it needs a CVE or an advisory, and which one depends on how customers fix it; the record does not say.', 'add `fix_by: our_release` (with `kind: cve`) or `fix_by: dependency_update` (with `kind: advisory`).');
        }
        else if (d.fix_by === 'our_release' && kind !== 'cve') {
            report('/disclosure/kind', 'disclosure/needs-cve', 'the vulnerability is exploitable, fixed only by our release, and the software is distributed: it needs a CVE.', 'set `kind: cve`.');
        }
        else if (d.fix_by === 'dependency_update' && kind === 'none') {
            report('/disclosure/kind', 'disclosure/needs-advisory', 'the vulnerability is exploitable in distributed software and customers fix it by updating a dynamically linked dependency: it needs a security advisory.', 'set `kind: advisory` with potential_impact, dependency_update and versions_tested.');
        }
    }
    if (record.status === 'not_affected') {
        if (d.exploitable === true) {
            report('/disclosure/exploitable', 'disclosure/contradiction', 'the record says not_affected and also exploitable.', 'correct one of them.');
        }
        if (kind !== 'none') {
            report('/disclosure/kind', 'disclosure/not-affected', `a not_affected vulnerability has nothing to disclose, yet kind is ${kind}.`, 'set `kind: none`.');
        }
        // cve_id and ghsa_id may name the upstream vulnerability (as aliases);
        // a fix, a publication or advisory texts of our own contradict the status.
        const own = [
            'fix_by',
            'published',
            'cve_published',
            'potential_impact',
            'dependency_update',
            'versions_tested',
        ];
        for (const key of own) {
            if (d[key] === undefined)
                continue;
            report(`/disclosure/${key}`, 'disclosure/not-affected', key === 'fix_by'
                ? `a not_affected vulnerability has nothing for customers to fix, yet fix_by is ${String(d.fix_by)}.`
                : key === 'published' || key === 'cve_published'
                    ? `a not_affected record discloses nothing of its own, yet it says a disclosure was published (${key}).`
                    : `a not_affected record issues no advisory, yet it has ${key}.`, `remove ${key}; keep the upstream cve_id or ghsa_id as an alias if you like.`);
        }
    }
    if (d.embargoed) {
        for (const field of EMBARGO_DETAIL_FIELDS) {
            const v = detailAt(record, field);
            if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
                continue;
            report(field, 'embargo/details-in-public', `an embargoed record must not hold ${field.slice(1).replace('/', '.')} in the repository; it becomes public with the commit.`, 'move it to the place named in disclosure.private_details and add it back when the embargo lifts.');
        }
        if (d.private_details === undefined) {
            report('/disclosure', 'embargo/private-details', 'an embargoed record must say where its private details live.', 'add `private_details:` with a link to the private tracker or advisory draft.');
        }
        else if (placeholderName(d.private_details)) {
            report('/disclosure/private_details', 'embargo/private-details', `private_details "${(0,src_text/* forLog */.Ig)(d.private_details, 40)}" does not say where the private details live.`, 'write a link to the private tracker or advisory draft.');
        }
        if (d.published || d.cve_published) {
            report('/disclosure/embargoed', 'embargo/published', 'the record is embargoed but also says it was published.', 'set `embargoed: false` once the fix has shipped, or remove the published date.');
        }
    }
}
/** The words of a text, lower case: `-`, `_`, `.`, `/` separate as spaces. */
function wordsOf(s) {
    return s
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '');
}
/**
 * Does the path name the record by its id, an alias, its CVE or GHSA id or
 * a declared term (`security/CVE-2026-1234.yml`, `security/pixel_flood.yml`)?
 */
function fileNameReveals(record, file) {
    const path = wordsOf(file);
    const d = record.disclosure;
    const names = [
        record.id,
        ...record.aliases,
        ...(d.terms ?? []),
        ...(d.cve_id ? [d.cve_id] : []),
        ...(d.ghsa_id ? [d.ghsa_id] : []),
    ];
    return names.some((name) => {
        const w = wordsOf(name);
        if (w.length === 0)
            return false;
        for (let i = 0; i + w.length <= path.length; i++) {
            if (w.every((x, j) => path[i + j] === x))
                return true;
        }
        return false;
    });
}
/**
 * An embargoed record's file named after it is public with the commit, and
 * every message that names the record by its file prints it. The message
 * does not repeat the path.
 */
function checkFileName(record, file, report) {
    if (!record.disclosure.embargoed || !fileNameReveals(record, file))
        return;
    report('/id', 'embargo/file-name', "an embargoed record's file is named after it: its path holds the record's id, an alias or a term, and is public with the commit.", 'rename the file to a neutral name such as security/record-<n>.yml (`git mv`).');
}
/**
 * The fields of a record that describe a vulnerability rather than identify
 * it. An embargoed record keeps them in its private place (docs/embargo.md,
 * rule 1); the id, aliases, title, packages, owner and terms stay, because
 * the checks need them.
 */
const EMBARGO_DETAIL_FIELDS = [
    '/description',
    '/workarounds',
    '/mitigation',
    '/impact_statement',
    '/action_statement',
    '/references',
    '/credits',
    '/disclosure/potential_impact',
    '/disclosure/dependency_update',
];
/** The value at a JSON pointer of EMBARGO_DETAIL_FIELDS. */
function detailAt(record, field) {
    let v = record;
    for (const key of field.split('/').slice(1)) {
        v =
            v && typeof v === 'object'
                ? v[key]
                : undefined;
    }
    return v;
}
/** Problems of one id or alias appearing in two records. */
function checkDuplicates(loaded) {
    const owner = new Map();
    const problems = [];
    for (const l of loaded) {
        const ids = [l.record.id, ...l.record.aliases];
        ids.forEach((id, i) => {
            const key = (0,src_ids/* normalizeId */.XB)(id);
            const first = owner.get(key);
            if (first && first !== l.file) {
                const pos = (0,schema/* lookup */.$I)(l.positions, i === 0 ? '/id' : `/aliases/${i - 1}`);
                problems.push({
                    file: l.file,
                    ...pos,
                    rule: 'record/duplicate-id',
                    message: `${(0,src_text/* forLog */.Ig)(id, 64)} is already recorded in ${first}; one vulnerability has one record.`,
                    fix: 'merge the two records into one.',
                    severity: 'error',
                });
            }
            else if (!first) {
                owner.set(key, l.file);
            }
        });
    }
    return problems;
}


/***/ }),

/***/ 2366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zy: () => (/* binding */ compareVersions),
  ri: () => (/* binding */ isValidVersion)
});

// UNUSED EXPORTS: isGoPseudoVersion

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
;// CONCATENATED MODULE: ./packages/versions/src/pep440.ts
/**
 * PyPI versions, a subset of PEP 440: an optional epoch (`1!`), release
 * segments (`1.2.3`), one pre-release (`a`, `b`, `rc` and their spellings
 * `alpha`, `beta`, `c`, `pre`, `preview`), a post-release (`.post1`, `-1`),
 * a dev release (`.dev1`) and a local label (`+ubuntu.1`). Separators `.`,
 * `-` and `_` are interchangeable and case does not matter, as the PEP
 * normalises them.
 */
const PATTERN = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;
const PHASE = {
    a: 0,
    alpha: 0,
    b: 1,
    beta: 1,
    c: 2,
    rc: 2,
    pre: 2,
    preview: 2,
};
/** Parses a PEP 440 version, or returns undefined when it is not one. */
function parsePep440(text) {
    const m = PATTERN.exec(text.trim().toLowerCase());
    if (!m)
        return undefined;
    const [, epoch, release, phase, preN, postDash, post, postN, dev, devN] = m;
    const local = m[10];
    const v = {
        epoch: epoch ? Number(epoch) : 0,
        release: release.split('.').map(Number),
        local: local
            ? local.split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s))
            : [],
    };
    if (phase)
        v.pre = [PHASE[phase], preN ? Number(preN) : 0];
    if (postDash !== undefined)
        v.post = Number(postDash);
    else if (post)
        v.post = postN ? Number(postN) : 0;
    if (dev)
        v.dev = devN ? Number(devN) : 0;
    return v;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareRelease(a, b) {
    // 1.0 and 1.0.0 are the same release: missing segments count as zero.
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const c = cmp(a[i] ?? 0, b[i] ?? 0);
        if (c !== 0)
            return c;
    }
    return 0;
}
/**
 * The pre-release rank: a dev release of a final version (`1.0.dev1`) sorts
 * before its pre-releases, and a final or post release after them.
 */
function preRank(v) {
    if (v.pre)
        return [1, v.pre[0], v.pre[1]];
    if (v.post === undefined && v.dev !== undefined)
        return [0, 0, 0];
    return [2, 0, 0];
}
function compareLocal(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        // Numeric segments sort after alphanumeric ones.
        if (typeof x === 'number' && typeof y === 'number') {
            if (x !== y)
                return cmp(x, y);
        }
        else if (typeof x === 'number')
            return 1;
        else if (typeof y === 'number')
            return -1;
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Orders two PEP 440 versions: negative, zero or positive. */
function comparePep440(a, b) {
    let c = cmp(a.epoch, b.epoch);
    if (c !== 0)
        return c;
    c = compareRelease(a.release, b.release);
    if (c !== 0)
        return c;
    const ra = preRank(a);
    const rb = preRank(b);
    for (let i = 0; i < 3; i++)
        if (ra[i] !== rb[i])
            return cmp(ra[i], rb[i]);
    // No post release sorts before any post release.
    c = cmp(a.post ?? -1, b.post ?? -1);
    if (c !== 0)
        return c;
    // No dev release sorts after any dev release.
    c = cmp(a.dev ?? Infinity, b.dev ?? Infinity);
    if (c !== 0)
        return c;
    return compareLocal(a.local, b.local);
}

;// CONCATENATED MODULE: ./packages/versions/src/compare.ts
/**
 * Version ordering per ecosystem. npm and cargo are semver (the `semver`
 * library); Go is semver with a required `v` in go.mod, pseudo-versions that
 * order as pre-releases and `+incompatible` ignored as build metadata; PyPI
 * follows a PEP 440 subset (pep440.ts); anything else is dotted numeric.
 */




function parseSemver(text) {
    // The library strips a leading `v` and `=`; callers decide on those.
    if (!/^\d/.test(text))
        return undefined;
    try {
        return new (semver_default()).SemVer(text);
    }
    catch {
        return undefined;
    }
}
/**
 * A Go module version. Go requires the `v` in go.mod; ranges in records are
 * accepted with or without it. `+incompatible` marks a v2+ module without a
 * go.mod and is build metadata, which semver ignores for ordering as Go does.
 * A pseudo-version (`v0.0.0-20211112202133-69e39bad7dc2`, or
 * `v1.2.4-0.20240101120000-abcdefabcdef` after a tag) is a semver
 * pre-release, so it orders below the release it precedes.
 */
function parseGo(text) {
    const t = text.startsWith('v') ? text.slice(1) : text;
    // Go accepts the shorthands v1 and v1.2 for v1.0.0 and v1.2.0.
    const short = /^(\d+)(?:\.(\d+))?$/.exec(t);
    if (short)
        return parseSemver(`${short[1]}.${short[2] ?? 0}.0`);
    if (!/^\d+\.\d+\.\d+/.test(t))
        return undefined;
    return parseSemver(t);
}
// LIMITATION: ecosystems without their own rules (Maven, NuGet, RubyGems,
// Debian...) are compared as dotted numeric segments, where numbers compare
// as numbers, words as text and a word sorts before a number. That is right
// for plain releases and only approximately right for their qualifiers.
function parseGeneric(text) {
    const t = text.replace(/^v(?=\d)/, '');
    if (!/^[0-9A-Za-z]+(?:[.\-_+~][0-9A-Za-z]+)*$/.test(t))
        return undefined;
    return t
        .split(/[.\-_+~]|(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)/)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.toLowerCase()));
}
function parse(ecosystem, text) {
    const t = text.trim();
    switch (ecosystem) {
        case 'npm':
        case 'cargo': {
            // npm tolerates a leading `v` or `=`; cargo versions never have one.
            const s = ecosystem === 'cargo' ? t : t.replace(/^[v=]/, '');
            const v = parseSemver(s);
            return v ? { kind: 'semver', v } : undefined;
        }
        case 'go': {
            const v = parseGo(t);
            return v ? { kind: 'semver', v } : undefined;
        }
        case 'pypi': {
            const v = parsePep440(t);
            return v ? { kind: 'pep440', v } : undefined;
        }
        default: {
            const v = parseGeneric(t);
            return v ? { kind: 'generic', v } : undefined;
        }
    }
}
const EXAMPLE = {
    npm: '1.2.3 or 1.2.3-beta.1',
    go: 'v1.2.3, v0.0.0-20211112202133-69e39bad7dc2 or v24.0.7+incompatible',
    cargo: '1.2.3',
    pypi: '1.2.3, 1.2.3rc1, 1.2.3.post1 or 1!2.0.dev3',
    generic: '1.2.3',
};
/** Is `version` a valid version in the ecosystem? */
function isValidVersion(ecosystem, version) {
    return parse(ecosystem, version) !== undefined;
}
function parseOrThrow(ecosystem, version) {
    const p = parse(ecosystem, version);
    if (!p) {
        throw new errors/* UserError */.yo(`"${(0,src_text/* forLog */.Ig)(version, 80)}" is not a valid ${ecosystem} version. Fix: write a version such as ${EXAMPLE[ecosystem]}.`);
    }
    return p;
}
function compareGeneric(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i] ?? 0;
        const y = b[i] ?? 0;
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return x < y ? -1 : 1;
        if (typeof x === 'number')
            return 1;
        if (typeof y === 'number')
            return -1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/**
 * Orders two versions by the ecosystem's rules: negative when a < b, zero
 * when equal, positive when a > b. Throws a UserError naming an invalid one.
 */
function compareVersions(ecosystem, a, b) {
    const pa = parseOrThrow(ecosystem, a);
    const pb = parseOrThrow(ecosystem, b);
    if (pa.kind === 'semver' && pb.kind === 'semver') {
        return semver_default().compare(pa.v, pb.v);
    }
    if (pa.kind === 'pep440' && pb.kind === 'pep440') {
        return Math.sign(comparePep440(pa.v, pb.v));
    }
    if (pa.kind === 'generic' && pb.kind === 'generic') {
        return compareGeneric(pa.v, pb.v);
    }
    throw new Error('unreachable: versions parsed by different rules');
}
/** Is this Go version a pseudo-version (a commit, not a tag)? */
function isGoPseudoVersion(version) {
    return /-(?:0\.|.*\.0\.)?\d{14}-[0-9a-f]{12}(?:\+incompatible)?$/.test(version);
}


/***/ })

};
