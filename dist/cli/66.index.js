export const id = 66;
export const ids = [66];
export const modules = {

/***/ 2066:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
// EXTERNAL MODULE: ./packages/cli/src/cli.ts + 1 modules
var cli = __webpack_require__(5983);
// EXTERNAL MODULE: ./packages/records/src/load.ts + 1 modules
var load = __webpack_require__(7207);
;// CONCATENATED MODULE: ./packages/records/src/cli.ts
/**
 * `psirt validate [dir]`: loads the configuration and the security folder of
 * a repository and reports every problem with file:line:col.
 */







const HELP = `usage: psirt validate [DIR] [--config FILE] [--today YYYY-MM-DD] [--json]

Checks the configuration (.github/psirt.yml) and every record in the security
folder of the repository at DIR (default: the current directory).
Exit codes: 0 valid (warnings allowed), 1 problems found, 2 usage error
(including a DIR that does not exist or a --today that is not a date).`;
async function validate(args, io) {
    const { values, positionals } = (0,cli/* usageErrors */.jY)('validate', () => (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            config: { type: 'string' },
            today: { type: 'string' },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }));
    if (values.help) {
        io.out(HELP);
        return cli/* EXIT */.dc.ok;
    }
    if (positionals.length > 1)
        throw new src_errors/* UserError */.yo('give at most one directory.');
    const today = (0,cli/* dateOption */.Kw)('today', values.today) ?? (0,load/* isoToday */.XI)();
    const given = positionals[0] ?? '.';
    const root = (0,external_node_path_.resolve)(io.cwd, given);
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new src_errors/* UserError */.yo(`the repository directory "${(0,src_text/* forLog */.Ig)(given, 200)}" ${info ? 'is not a directory' : 'does not exist'}. Fix: give the root of the repository to check (default: the current directory).`);
    }
    const { config, problems: configProblems, ignored, } = await (0,load/* loadConfig */.Z9)(root, values.config);
    // With security_dir refused there is no folder to check: the default
    // would be a guess, and its problems would mislead.
    const { records, problems: recordProblems } = ignored.includes('security_dir')
        ? { records: [], problems: [] }
        : await (0,load/* loadSecurityFolder */.DY)(root, config, today, { reveal: !values.json });
    const problems = [...configProblems, ...recordProblems];
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    if (values.json) {
        io.out(JSON.stringify({
            valid: errors === 0,
            // Machine output may be kept or shown anywhere: a record under
            // embargo is named by its file only.
            records: records.map((r) => r.record.disclosure?.embargoed === true
                ? { file: r.file, embargoed: true }
                : { file: r.file, id: r.record.id, status: r.record.status }),
            errors,
            warnings,
            problems,
        }, null, 2));
    }
    else {
        // Messages quote file names and record text: each is one line that
        // cannot be read as a workflow command.
        for (const p of problems)
            io.out((0,src_text/* forLog */.Ig)((0,src_errors/* formatProblem */.Vw)(p), 4000));
        const folder = ignored.includes('security_dir')
            ? 'the security folder (not checked: fix security_dir first)'
            : `${config.security_dir}/`;
        io.out((0,src_text/* forLog */.Ig)(`${records.length} record(s) in ${folder}: ${errors} error(s), ${warnings} warning(s).`, 4000));
    }
    return errors > 0 ? cli/* EXIT */.dc.findings : cli/* EXIT */.dc.ok;
}
(0,cli/* register */.kz)('validate', 'check the configuration and every record', validate);

// EXTERNAL MODULE: ./packages/records/src/severity.ts
var src_severity = __webpack_require__(3855);
// EXTERNAL MODULE: ./packages/records/src/types.ts
var types = __webpack_require__(3039);
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
        if ((0,compare/* isValidVersion */.ri)(eco, a) && (0,compare/* isValidVersion */.ri)(eco, b)) {
            return (0,compare/* compareVersions */.Zy)(eco, a, b);
        }
    }
    return undefined;
}
/** Is release `version` one of `releases` (a record's fixed_in)? */
function listsRelease(releases, version) {
    return releases.some((r) => sameRelease(r, version));
}

;// CONCATENATED MODULE: ./packages/embargo/src/release.ts
/**
 * Release versions: which releases a record's fix is in, and whether one of
 * them is public (tags compare as in versions/src/releases.ts).
 */

/** Does the record say this release contains its fix? */
function fixedInRelease(loaded, version) {
    return listsRelease(loaded.record.fixed_in, version);
}
// LIMITATION: without the list of public releases (no token, or the CLI
// without --released), release order stands in for it: a version before the
// one under release is taken as public even if it was never published.
/**
 * Is the record's fix in a release that is already public? With the list of
 * released versions, one of fixed_in must be in it; without it, a fixed_in
 * version that orders before the version under release counts as released
 * (the release process ships versions in order).
 */
function fixedInPublicRelease(loaded, version, released) {
    return loaded.record.fixed_in.some((v) => {
        if (sameRelease(v, version))
            return false;
        if (released)
            return released.some((r) => sameRelease(r, v));
        const order = compareReleases(v, version);
        return order !== undefined && order < 0;
    });
}

;// CONCATENATED MODULE: ./packages/embargo/src/scan.ts
function scan_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// LIMITATION: matching is literal after normalisation (below). A leak that
// paraphrases the vulnerability without its declared terms, or encodes them
// otherwise (URL-encoded, split by markup), is not found; declare the
// distinctive words as terms.
/** Zero-width characters and the soft hyphen: removed. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Unicode hyphens and minus signs: read as `-`. */
const HYPHENS = '\\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d';
/** Named character references that can hide a word or a hyphen. */
const ENTITIES = {
    nbsp: ' ',
    ensp: ' ',
    emsp: ' ',
    thinsp: ' ',
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    hyphen: '-',
    dash: '-',
    ndash: '-',
    mdash: '-',
    minus: '-',
    shy: '',
    zwsp: '',
    zwnj: '',
    zwj: '',
    nobreak: '',
    zerowidthspace: '',
};
// An entity or numeric character reference; a hyphen at the end of a line
// (an id split across lines); anything outside ASCII.
const SPECIAL = new RegExp(`&(?:#\\d{1,7}|#[xX][\\da-fA-F]{1,6}|[A-Za-z][A-Za-z\\d]{1,31});` +
    `|[${HYPHENS}][ \\t]*\\r?\\n[ \\t]*|[^\\x00-\\x7f]`, 'gu');
const HAS_SPECIAL = new RegExp(SPECIAL.source, 'u');
const HYPHEN_START = new RegExp(`^[${HYPHENS}]`, 'u');
/** One character as read: invisible ones go, hyphens become `-`, NFKC. */
function readChar(c) {
    const cp = c.codePointAt(0) ?? 0;
    if (INVISIBLE.has(cp))
        return '';
    if (HYPHEN_START.test(c))
        return '-';
    return c.normalize('NFKC');
}
/** What a matched special sequence reads as. */
function readSpecial(m) {
    if (m.startsWith('&')) {
        const body = m.slice(1, -1);
        if (body.startsWith('#')) {
            const cp = body[1] === 'x' || body[1] === 'X'
                ? parseInt(body.slice(2), 16)
                : parseInt(body.slice(1), 10);
            return cp > 0 && cp <= 0x10ffff ? readChar(String.fromCodePoint(cp)) : m;
        }
        return ENTITIES[body.toLowerCase()] ?? m;
    }
    if (m.length > 1 && /\n/.test(m))
        return '-';
    return readChar(m);
}
/**
 * The text as matching reads it: character references decoded, zero-width
 * characters removed, Unicode hyphens read as `-`, NFKC (full-width
 * letters, no-break spaces), and a hyphen ending a line joined to the next
 * line (`CVE-2026-` / `1234`). The map gives the original offsets back, so
 * a place is reported where it is in the file.
 */
function normalise(text) {
    if (!HAS_SPECIAL.test(text))
        return { text };
    const pieces = [];
    const map = { norm: [0], orig: [0] };
    let n = 0;
    let last = 0;
    for (const m of text.matchAll(SPECIAL)) {
        const read = readSpecial(m[0]);
        if (read === m[0])
            continue;
        pieces.push(text.slice(last, m.index), read);
        n += m.index - last;
        map.norm.push(n);
        map.orig.push(m.index);
        n += read.length;
        map.norm.push(n);
        map.orig.push(m.index + m[0].length);
        last = m.index + m[0].length;
    }
    if (last === 0)
        return { text };
    pieces.push(text.slice(last));
    return { text: pieces.join(''), map };
}
/** The original offset of a normalised one. */
function originalOffset(map, i) {
    if (!map)
        return i;
    let lo = 0;
    let hi = map.norm.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (map.norm[mid] <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    const at = map.orig[lo] + (i - map.norm[lo]);
    // Inside a replacement: its start.
    return lo + 1 < map.orig.length ? Math.min(at, map.orig[lo + 1]) : at;
}
// Titles shorter than this are too generic to be evidence of a leak.
const MIN_TITLE_LENGTH = 16;
/**
 * The words that would reveal an embargoed record: its id and aliases, the
 * CVE and GHSA ids it holds, the terms it declares and its title.
 */
function revealingWords(loaded) {
    const r = loaded.record;
    const words = [r.id, ...(r.aliases ?? []), ...(r.disclosure?.terms ?? [])];
    if (r.disclosure?.cve_id)
        words.push(r.disclosure.cve_id);
    if (r.disclosure?.ghsa_id)
        words.push(r.disclosure.ghsa_id);
    if (r.title && r.title.trim().length >= MIN_TITLE_LENGTH)
        words.push(r.title);
    return [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
}
const WORD_CHARS = /[\p{L}\p{N}_]+/gu;
/** Indexes a text once for findWords. */
function indexText(original) {
    const { text, map } = normalise(original);
    const words = new Map();
    for (const m of text.matchAll(WORD_CHARS)) {
        const key = m[0].toLowerCase();
        const list = words.get(key);
        if (list)
            list.push(m.index);
        else
            words.set(key, [m.index]);
    }
    return { text, starts: lineStarts(original), words, map };
}
const compiled = new Map();
/** A matcher for one word or phrase, whole and case-insensitive. */
function matcher(word, flags) {
    const key = `${flags}\u0000${word}`;
    let re = compiled.get(key);
    if (!re) {
        const body = scan_escape(word).replace(/\s+/g, '\\s+');
        // A word character on either side means it is part of a longer word.
        re = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, flags);
        // Patterns are reused across texts and runs; the cache stays bounded.
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(key, re);
    }
    return re;
}
/**
 * Where to try a word: the occurrences of one of its parts, shifted back to
 * where the word would start. A word without spaces (an id) is looked up by
 * its rarest part, since ids share prefixes (GHSA-, CVE-2026-); a phrase by
 * its first word, since spaces in the text may be any run of whitespace.
 */
function candidates(index, word) {
    const parts = [...word.matchAll(WORD_CHARS)].map((m) => ({
        key: m[0].toLowerCase(),
        offset: m.index,
    }));
    if (parts.length === 0 || parts[0].offset !== 0)
        return undefined;
    const usable = /\s/.test(word) ? [parts[0]] : parts;
    let best = usable[0];
    for (const p of usable) {
        const n = index.words.get(p.key)?.length ?? 0;
        if (n < (index.words.get(best.key)?.length ?? 0))
            best = p;
    }
    return (index.words.get(best.key) ?? [])
        .map((pos) => pos - best.offset)
        .filter((pos) => pos >= 0);
}
const normalisedWords = new Map();
/** A record's word as matching reads it, normalised once. */
function normalisedWord(word) {
    let n = normalisedWords.get(word);
    if (n === undefined) {
        // Words are reused across texts and runs; the cache stays bounded.
        if (normalisedWords.size > 10_000)
            normalisedWords.clear();
        n = normalise(word).text;
        normalisedWords.set(word, n);
    }
    return n;
}
/** Every place in the indexed text where one of the words stands. */
function findWords(index, words) {
    const found = new Set();
    for (const written of words) {
        // A record's words are read as the text is (a full-width id, a term
        // with a no-break space).
        const word = normalisedWord(written);
        const starts = candidates(index, word);
        if (!starts) {
            // Starts with punctuation: no word to look up, so scan the text.
            for (const m of index.text.matchAll(matcher(word, 'giu'))) {
                found.add(m.index);
            }
            continue;
        }
        if (/\s/.test(word)) {
            const at = matcher(word, 'iuy');
            for (const pos of starts) {
                at.lastIndex = pos;
                if (at.test(index.text))
                    found.add(pos);
            }
            continue;
        }
        // No whitespace: a same-length, case-insensitive comparison and a look
        // at the characters on either side, without compiling a pattern.
        const lower = word.toLowerCase();
        for (const pos of starts) {
            const end = pos + word.length;
            if (index.text.slice(pos, end).toLowerCase() === lower &&
                !wordCharBefore(index.text, pos) &&
                !wordCharAt(index.text, end)) {
                found.add(pos);
            }
        }
    }
    return [...found]
        .sort((a, b) => a - b)
        .map((i) => position(index.starts, originalOffset(index.map, i)));
}
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
function wordCharAt(text, i) {
    const c = text.codePointAt(i);
    return c !== undefined && WORD_CHAR.test(String.fromCodePoint(c));
}
function wordCharBefore(text, i) {
    if (i <= 0)
        return false;
    const low = text.charCodeAt(i - 1);
    // The character before may be the second half of a surrogate pair.
    const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
    return wordCharAt(text, start);
}
/** Does the indexed text mention any of the words? */
function mentionsIn(index, words) {
    return findWords(index, words).length > 0;
}
/** Does `text` mention any of the words? (Indexes it: for one look-up.) */
function mentions(text, words) {
    return mentionsIn(indexText(text), words);
}
const indexes = new WeakMap();
/** The index of a public text, built once per text object. */
function indexOf(t) {
    let index = indexes.get(t);
    if (!index) {
        index = indexText(t.text);
        indexes.set(t, index);
    }
    return index;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
function position(starts, index) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, col: index - starts[lo] + 1 };
}
const pathIndexes = new Map();
/** In a path, `-`, `_`, `.` and `/` separate words as spaces do. */
function asWords(s) {
    return s.replace(/[-_./\\\s]+/g, ' ').trim();
}
/**
 * Does the path name a record under embargo by one of its words
 * (`docs/CVE-2026-1234.md`, `notes/pixel_flood.md`)? Both sides are
 * compared with separators as spaces.
 */
function pathReveals(path, words) {
    let index = pathIndexes.get(path);
    if (!index) {
        if (pathIndexes.size > 10_000)
            pathIndexes.clear();
        index = indexText(asWords(path));
        pathIndexes.set(path, index);
    }
    return mentionsIn(index, words.map(asWords).filter((w) => w !== ''));
}
/** Does an embargoed record's own file path name it? */
function recordFileReveals(loaded) {
    return pathReveals(loaded.file, revealingWords(loaded));
}

;// CONCATENATED MODULE: ./packages/embargo/src/subject.ts
/** How messages name the file of an embargoed record named after it. */
const WITHHELD_RECORD_FILE = "an embargoed record's file (name withheld)";
/**
 * The subject of messages about a record. `mayName` is true only when the
 * record's id is public: it is not embargoed, or this release discloses it
 * and is already published. `fileWithheld`: the record's own file is named
 * after it (embargo/record-file-name), so not even the file names it.
 */
function subjectOf(loaded, mayName, fileWithheld = false) {
    const file = loaded.file;
    if (!mayName) {
        return {
            label: `an embargoed vulnerability (${fileWithheld ? WITHHELD_RECORD_FILE : `record ${file}`})`,
            file,
            embargoed: true,
        };
    }
    return {
        label: `${loaded.record.id} (record ${file})`,
        file,
        embargoed: false,
    };
}

;// CONCATENATED MODULE: ./packages/embargo/src/context.ts
/**
 * What every rule needs: the input, how to name a record, where its fields
 * sit, and a place to put problems. Messages are built from a Subject (see
 * subject.ts), locations and the rule's own words, never from record text.
 */





/** Is the record's fix in the release under check? */
function fixedHere(ctx, loaded) {
    return fixedInRelease(loaded, ctx.input.version);
}
/** Is the record's fix in a release that is already public? */
function fixedPublicly(ctx, loaded) {
    return fixedInPublicRelease(loaded, ctx.input.version, ctx.input.releasedVersions);
}
/** Marked embargoed, and no public release (nor this one) carries its fix. */
function underEmbargo(ctx, loaded) {
    return (loaded.record.disclosure?.embargoed === true &&
        !fixedHere(ctx, loaded) &&
        !fixedPublicly(ctx, loaded));
}
/**
 * How messages name the record. Anything marked embargoed stays anonymous
 * unless this release discloses it and is already public.
 */
function subject(ctx, loaded) {
    const marked = loaded.record.disclosure?.embargoed === true;
    const disclosedNow = fixedPublicly(ctx, loaded) ||
        (fixedHere(ctx, loaded) && ctx.input.releasePublic);
    const mayName = !marked || disclosedNow;
    return subjectOf(loaded, mayName, !mayName && recordFileReveals(loaded));
}
/** Medium or higher, or unknown (which counts as medium: fail closed). */
function atLeastMedium(loaded) {
    const s = (0,src_severity/* recordSeverity */.j)(loaded.record)?.severity;
    return s === undefined || s === 'medium' || s === 'high' || s === 'critical';
}
/** The record's file at the position of one of its fields. */
function inRecord(loaded, field) {
    const pos = (0,types/* positionOf */.df)(loaded, field);
    return { file: loaded.file, line: pos.line, col: pos.col };
}
/** Adds a problem about a record. */
function report(ctx, p) {
    ctx.problems.push({
        rule: p.rule,
        recordFile: p.about.file,
        line: p.field ? (0,types/* positionOf */.df)(p.loaded, p.field).line : undefined,
        location: p.location,
        message: p.message,
        fix: p.fix,
        level: p.level ?? 'error',
    });
}

;// CONCATENATED MODULE: ./packages/embargo/src/types.ts
const EMBARGO_RULES = {
    leak: 'embargo/leak',
    details: 'embargo/embargoed-details',
    publishedEarly: 'embargo/published-before-fix',
    notMentioned: 'embargo/missing-from-notes',
    lockfile: 'embargo/lockfile-still-vulnerable',
    cveId: 'embargo/missing-cve-id',
    wait: 'embargo/release-overdue',
    recordFileName: 'embargo/record-file-name',
};

;// CONCATENATED MODULE: ./packages/embargo/src/disclosure.ts


/** Where the record or the API says it is already public, if anywhere. */
function publishedBy(ctx, loaded) {
    const d = loaded.record.disclosure;
    const today = ctx.input.today;
    if (d.published && d.published <= today)
        return '/disclosure/published';
    // A dependency's CVE is the upstream project's to publish, and usually
    // public long before our release; only our own CVE record counts here.
    if (d.cve_published &&
        d.cve_published <= today &&
        d.fix_by !== 'dependency_update')
        return '/disclosure/cve_published';
    const ids = new Set([
        loaded.record.id,
        ...loaded.record.aliases,
        d.ghsa_id ?? '',
        d.cve_id ?? '',
    ]
        .filter((s) => s !== '')
        .map((s) => s.toUpperCase()));
    const advisory = (ctx.input.advisories ?? []).find((a) => a.state === 'published' &&
        (ids.has(a.ghsa_id.toUpperCase()) ||
            (a.cve_id ? ids.has(a.cve_id.toUpperCase()) : false)));
    return advisory ? 'api' : undefined;
}
/** Rule 2 for every record with something to fix. */
function checkPublishedEarly(ctx) {
    for (const loaded of ctx.input.records) {
        // A not_affected record has no fix to wait for.
        if (loaded.record.status === 'not_affected')
            continue;
        if (fixedPublicly(ctx, loaded))
            continue;
        const where = publishedBy(ctx, loaded);
        if (!where)
            continue;
        const about = subject(ctx, loaded);
        const source = where === 'api'
            ? 'GitHub reports its repository security advisory as published'
            : `${loaded.file} records it as published (${where.slice(1).replace('/', '.')})`;
        const field = where === 'api' ? '/disclosure' : where;
        if (fixedHere(ctx, loaded)) {
            report(ctx, {
                rule: EMBARGO_RULES.publishedEarly,
                about,
                loaded,
                field,
                location: inRecord(loaded, field),
                level: 'warning',
                message: `${about.label} was made public before any release carried its fix: ${source}. This release ships the fix.`,
                fix: 'publish this release now, and publish advisories only after the release with the fix next time.',
            });
            continue;
        }
        report(ctx, {
            rule: EMBARGO_RULES.publishedEarly,
            about,
            loaded,
            field,
            location: inRecord(loaded, field),
            message: `${about.label} is public while no public release contains its fix: ${source}.`,
            fix: `ship the fix in a release and add its version to fixed_in in ${loaded.file}; if the publication was a mistake, withdraw the advisory.`,
        });
    }
}
/**
 * Does the record need a CVE? Its kind says so, or its facts do: an
 * exploitable vulnerability, fixed only by our release, in distributed
 * software (the rule validation's disclosure/needs-cve applies).
 */
function needsCve(ctx, loaded) {
    const d = loaded.record.disclosure;
    if (d.kind === 'cve')
        return 'kind';
    const distributed = d.distributed ?? ctx.input.config.distributed;
    if (d.exploitable === true && d.fix_by === 'our_release' && distributed) {
        return 'facts';
    }
    return undefined;
}
/** Rule 5 for every record this release fixes. */
function checkCveIds(ctx) {
    for (const loaded of ctx.input.records) {
        if (!fixedHere(ctx, loaded))
            continue;
        const d = loaded.record.disclosure;
        const why = needsCve(ctx, loaded);
        if (!why || d.cve_id?.trim())
            continue;
        const about = subject(ctx, loaded);
        report(ctx, {
            rule: EMBARGO_RULES.cveId,
            about,
            loaded,
            field: '/disclosure/kind',
            location: inRecord(loaded, '/disclosure/kind'),
            message: why === 'kind'
                ? `${about.label} needs a CVE, and this release fixes it, but no CVE id is reserved.`
                : `${about.label} needs a CVE (exploitable, fixed only by our release, in distributed software), and this release fixes it, but its kind is ${d.kind} and no CVE id is reserved.`,
            fix: (why === 'kind' ? '' : `set \`kind: cve\` in ${loaded.file}, `) +
                `reserve a CVE id (through the repository security advisory or your CNA) and set disclosure.cve_id in ${loaded.file} before releasing.`,
        });
    }
}

// EXTERNAL MODULE: ./packages/records/src/validate.ts + 6 modules
var src_validate = __webpack_require__(3981);
;// CONCATENATED MODULE: ./packages/embargo/src/leaks.ts





// LIMITATION: only the notes, the public-files globs and the security folder
// (contents and paths) are scanned; commit messages, branch and tag names,
// and pull request titles are not.
// Enough places to find and fix the leak without flooding the log.
const MAX_HITS_PER_TEXT = 5;
/** Rule 1 for every record under embargo. */
function checkLeaks(ctx) {
    const texts = [ctx.input.notes, ...ctx.input.publicFiles];
    const secret = ctx.input.records.filter((l) => underEmbargo(ctx, l));
    // Files whose own name reveals a record under embargo: messages about
    // them do not give their path. Record files keep theirs: messages name
    // records by file (name them neutrally, see docs/embargo.md).
    const words = secret.flatMap(revealingWords);
    const records = new Set(ctx.input.records.map((l) => l.file));
    const withheld = new Set(texts
        .filter((t) => !records.has(t.path) && pathReveals(t.path, words))
        .map((t) => t.path));
    for (const loaded of secret) {
        checkRecordFileName(ctx, loaded);
        checkMentions(ctx, loaded, texts, withheld);
        checkDetails(ctx, loaded);
    }
}
/**
 * An embargoed record's own file named after it (`security/CVE-2026-1.yml`)
 * reveals it to anyone who lists the repository, and every message that
 * names the record by its file would print it. The file is reported without
 * its name, and every other message withholds it too (outcome.ts).
 */
function checkRecordFileName(ctx, loaded) {
    if (!recordFileReveals(loaded))
        return;
    report(ctx, {
        rule: EMBARGO_RULES.recordFileName,
        about: subject(ctx, loaded),
        loaded,
        location: { file: WITHHELD_RECORD_FILE, nameWithheld: true },
        message: `${WITHHELD_RECORD_FILE} is named after it: its path holds the record's id, an alias or a term, and is public with the commit.`,
        fix: 'rename the file to a neutral name such as security/record-<n>.yml (`git mv`), before the commit that adds it is pushed if you can; messages name records by their file.',
    });
}
function checkMentions(ctx, loaded, texts, withheld) {
    const words = revealingWords(loaded);
    if (words.length === 0)
        return;
    const about = subject(ctx, loaded);
    for (const t of texts) {
        // The record's own file is checked for details, not for its own id.
        if (t.path === loaded.file)
            continue;
        // A file named after the vulnerability reveals it by its name alone;
        // then the name is withheld from every message about the file.
        const named = withheld.has(t.path);
        const file = named ? WITHHELD_FILE : t.path;
        if (named && pathReveals(t.path, words)) {
            report(ctx, {
                rule: EMBARGO_RULES.leak,
                about,
                loaded,
                location: { file, nameWithheld: true },
                message: `The name of ${file} reveals ${about.label}, whose fix is in no public release yet.`,
                fix: `rename or remove the public file whose path holds the record's id or a term (\`git ls-files\` lists the names) until a release with the fix is public.`,
            });
        }
        const hits = findWords(indexOf(t), words);
        for (const hit of hits.slice(0, MAX_HITS_PER_TEXT)) {
            report(ctx, {
                rule: EMBARGO_RULES.leak,
                about,
                loaded,
                location: named
                    ? { file, nameWithheld: true }
                    : { file, line: hit.line, col: hit.col },
                message: `${file} reveals ${about.label}, whose fix is in no public release yet.`,
                fix: `remove it from ${file} until a release with the fix is public, or ship the fix in this release (add the version to fixed_in in ${loaded.file}).`,
            });
        }
        if (hits.length > MAX_HITS_PER_TEXT) {
            report(ctx, {
                rule: EMBARGO_RULES.leak,
                about,
                loaded,
                location: named ? { file, nameWithheld: true } : { file },
                message: `${file} reveals ${about.label} in ${hits.length - MAX_HITS_PER_TEXT} more places.`,
                fix: `remove every mention from ${file}.`,
            });
        }
    }
}
/** How messages name a public file whose own name reveals a record. */
const WITHHELD_FILE = 'a public file (name withheld)';
function checkDetails(ctx, loaded) {
    const about = subject(ctx, loaded);
    const r = loaded.record;
    for (const field of src_validate/* EMBARGO_DETAIL_FIELDS */.qd) {
        const v = (0,src_validate/* detailAt */.BC)(loaded.record, field);
        if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0))
            continue;
        const name = field.slice(1).replace('/', '.');
        report(ctx, {
            rule: EMBARGO_RULES.details,
            about,
            loaded,
            field,
            location: inRecord(loaded, field),
            message: `${about.label} has a public \`${name}\` while under embargo.`,
            fix: `move \`${name}\` to the private place named in disclosure.private_details and delete it from ${loaded.file} until the embargo lifts.`,
        });
    }
    if (!r.disclosure.private_details?.trim()) {
        report(ctx, {
            rule: EMBARGO_RULES.details,
            about,
            loaded,
            field: '/disclosure',
            location: inRecord(loaded, '/disclosure'),
            message: `${about.label} does not say where its private details live.`,
            fix: `set disclosure.private_details in ${loaded.file} to the place (a draft security advisory, a private issue) that holds them.`,
        });
    }
}

// EXTERNAL MODULE: ./packages/versions/src/ecosystem.ts
var src_ecosystem = __webpack_require__(8651);
// EXTERNAL MODULE: ./packages/versions/src/lockfiles.ts
var lockfiles = __webpack_require__(3509);
// EXTERNAL MODULE: ./packages/versions/src/range.ts
var range = __webpack_require__(1746);
;// CONCATENATED MODULE: ./packages/embargo/src/lockfile.ts
/**
 * Rule 4: a record fixed by a dependency update, which says this release
 * fixes it, must not find the vulnerable version still resolved by the
 * release's lockfiles (go.mod/go.sum, package-lock.json, Cargo.lock).
 */







const READABLE = ['go', 'npm', 'cargo'];
/**
 * Fixed by updating a dependency: said so (fix_by), or, when fix_by is not
 * given, implied by a package with a fixed version. `fix_by: our_release`
 * means the package is the product itself, which no lockfile lists.
 */
function byDependencyUpdate(loaded) {
    const fixBy = loaded.record.disclosure.fix_by;
    if (fixBy !== undefined)
        return fixBy === 'dependency_update';
    return loaded.record.packages.some((p) => p.fixed !== undefined);
}
/** Rule 4 for every record this release fixes by a dependency update. */
function checkLockfiles(ctx) {
    for (const loaded of ctx.input.records) {
        if (!fixedHere(ctx, loaded) || !byDependencyUpdate(loaded))
            continue;
        const about = subject(ctx, loaded);
        const checkable = loaded.record.packages
            .map((pkg, i) => ({ pkg, field: `/packages/${i}` }))
            .filter(({ pkg }) => pkg.vulnerable || pkg.fixed);
        if (checkable.length === 0) {
            report(ctx, {
                rule: EMBARGO_RULES.lockfile,
                about,
                loaded,
                field: '/packages',
                location: inRecord(loaded, '/packages'),
                message: `${about.label} is fixed by a dependency update in this release, but no package in it gives a vulnerable range or fixed version to check.`,
                fix: `set packages[].vulnerable (e.g. ">= 1.0.0, < 1.6.3") or packages[].fixed in ${loaded.file}.`,
            });
            continue;
        }
        for (const { pkg, field } of checkable) {
            checkPackage(ctx, loaded, about, pkg, field);
        }
    }
}
function checkPackage(ctx, loaded, about, pkg, field) {
    const at = (f) => ({
        field: f,
        location: inRecord(loaded, f),
    });
    let ecosystem;
    try {
        ecosystem = (0,src_ecosystem/* parsePurl */.$l)(pkg.purl).ecosystem;
    }
    catch (e) {
        if (!(e instanceof src_errors/* UserError */.yo))
            throw e;
        report(ctx, {
            rule: EMBARGO_RULES.lockfile,
            about,
            loaded,
            ...at(`${field}/purl`),
            message: `${about.label} names a package whose purl cannot be read, so the lockfiles cannot be checked.`,
            fix: `write packages[].purl in ${loaded.file} as pkg:<type>/<namespace>/<name>.`,
        });
        return;
    }
    // Every lockfile directory that knows the ecosystem answers; one
    // vulnerable version anywhere fails the rule.
    const answers = (ctx.input.lockfiles ?? [])
        .map((state) => ({ state, versions: (0,lockfiles/* versionsIn */.bS)(state, pkg.purl) }))
        .filter((a) => a.versions !== undefined);
    if (answers.length === 0) {
        const readable = READABLE.includes(ecosystem);
        report(ctx, {
            rule: EMBARGO_RULES.lockfile,
            about,
            loaded,
            ...at(`${field}/purl`),
            level: readable ? 'error' : 'warning',
            message: readable
                ? `${about.label} is fixed by a dependency update in this release, but the release has no ${ecosystem} lockfile to show the update.`
                : `${about.label} is fixed by a dependency update in this release, but ${ecosystem} lockfiles cannot be read yet, so the update is unchecked.`,
            fix: readable
                ? 'run the check on the release commit with its go.mod, package-lock.json or Cargo.lock (set lockfile-dirs when they are not at the root).'
                : 'check the dependency update by hand before publishing.',
        });
        return;
    }
    // Absent from every lockfile: the dependency is gone, or the purl names
    // it differently from the lockfile. Either way, not a silent pass.
    if (answers.every((a) => a.versions.length === 0)) {
        report(ctx, {
            rule: EMBARGO_RULES.lockfile,
            about,
            loaded,
            ...at(`${field}/purl`),
            level: 'warning',
            message: about.embargoed
                ? `${about.label} is fixed by a dependency update in this release, but its package is in none of the release's lockfiles.`
                : `${about.label} is fixed by a dependency update in this release, but ${pkg.purl} is in none of the release's lockfiles.`,
            fix: `check that packages[].purl in ${loaded.file} names the package as the lockfile does; if the dependency was removed, ignore this warning.`,
        });
        return;
    }
    for (const { state, versions } of answers) {
        let vulnerable;
        try {
            vulnerable = versions.filter((v) => pkg.vulnerable
                ? (0,range/* satisfies */.ib)(ecosystem, v, pkg.vulnerable)
                : (0,compare/* compareVersions */.Zy)(ecosystem, v, pkg.fixed) < 0);
        }
        catch (e) {
            if (!(e instanceof src_errors/* UserError */.yo))
                throw e;
            const which = pkg.vulnerable ? 'vulnerable' : 'fixed';
            report(ctx, {
                rule: EMBARGO_RULES.lockfile,
                about,
                loaded,
                ...at(`${field}/${which}`),
                // The parser's message quotes the range; for an embargoed record
                // that range could identify the vulnerability, so it is not repeated.
                message: about.embargoed
                    ? `${about.label} has a packages[].${which} value that cannot be compared with the lockfile versions.`
                    : `${about.label}: ${e.message}`,
                fix: `correct packages[].${which} in ${loaded.file}.`,
            });
            return;
        }
        if (vulnerable.length === 0)
            continue;
        const lockfile = inDir(state, (0,lockfiles/* lockfileFor */.zK)(state, ecosystem) ?? 'lockfile');
        // An embargoed record's annotation points at its own file: a line in a
        // lockfile would say which dependency is vulnerable.
        const location = about.embargoed
            ? inRecord(loaded, field)
            : lockfileLocation(state, lockfile, pkg.purl, ecosystem);
        report(ctx, {
            rule: EMBARGO_RULES.lockfile,
            about,
            loaded,
            field,
            location,
            message: about.embargoed
                ? `This release claims to fix ${about.label} by a dependency update, but ${lockfile} still resolves a version in the record's vulnerable range.`
                : `This release claims to fix ${about.label} by a dependency update, but ${lockfile} still resolves ${vulnerable.join(', ')} of ${pkg.purl}, in the vulnerable range.`,
            fix: `update the dependency past the vulnerable range and regenerate ${lockfile}, or remove this version from fixed_in in ${loaded.file}.`,
        });
    }
}
/** A lockfile's path from the repository root. */
function inDir(state, file) {
    return !state.dir || state.dir === '.' ? file : `${state.dir}/${file}`;
}
function lockfileLocation(state, lockfile, purl, ecosystem) {
    if (ecosystem === 'go' && state.go) {
        const name = (0,src_ecosystem/* parsePurl */.$l)(purl).name;
        const m = state.go.modules.find((x) => x.path === name);
        if (m)
            return { file: lockfile, line: m.line, col: 1 };
    }
    return { file: lockfile };
}

;// CONCATENATED MODULE: ./packages/embargo/src/notes.ts



function ids(loaded) {
    const r = loaded.record;
    return [
        r.id,
        ...r.aliases,
        r.disclosure.cve_id ?? '',
        r.disclosure.ghsa_id ?? '',
    ]
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** The record's path, or its advisory link (`.../security/advisories/GHSA-...`). */
function pointsToRecord(notes, loaded) {
    const advisories = ids(loaded)
        .filter((id) => /^ghsa-/i.test(id))
        .map((ghsa) => `security/advisories/${ghsa}`);
    return mentionsIn(notes, [loaded.file, ...advisories]);
}
/** Rule 3 for every record this release fixes. */
function checkNotes(ctx) {
    const notes = ctx.input.notes;
    for (const loaded of ctx.input.records) {
        if (!fixedHere(ctx, loaded) || !atLeastMedium(loaded))
            continue;
        const named = mentionsIn(indexOf(notes), ids(loaded));
        const pointed = pointsToRecord(indexOf(notes), loaded);
        if (named && pointed)
            continue;
        const about = subject(ctx, loaded);
        const missing = !named && !pointed
            ? 'neither name it nor link its record'
            : !named
                ? 'link its record but do not name it by id or alias'
                : 'name it but do not link its record';
        report(ctx, {
            rule: EMBARGO_RULES.notMentioned,
            about,
            loaded,
            location: { file: notes.path },
            message: `This release fixes ${about.label}, of medium or higher severity, but the release notes (${notes.path}) ${missing}.`,
            fix: `add a line to the release notes giving the record's id or an alias and the path ${loaded.file} (or its security advisory link).`,
        });
    }
}

;// CONCATENATED MODULE: ./packages/embargo/src/wait.ts
/**
 * Rule 6: a fixed medium-or-higher vulnerability must reach a public
 * release within config.release_wait_days of the fix being decided
 * (review.decided). A warning in the last quarter of that window, then a
 * failure.
 */


const DAY_MS = 24 * 60 * 60 * 1000;
function daysBetween(from, to) {
    const a = Date.parse(`${from}T00:00:00Z`);
    const b = Date.parse(`${to}T00:00:00Z`);
    if (Number.isNaN(a) || Number.isNaN(b))
        return undefined;
    return Math.floor((b - a) / DAY_MS);
}
// LIMITATION: only `fixed` records are timed. An `affected` record whose fix
// is merged but not yet recorded as `fixed` has no date to start from; its
// deadline is triage-gate's `due` check instead.
/** Rule 6 for every fixed record no release has shipped yet. */
function checkWaiting(ctx) {
    const window = ctx.input.config.release_wait_days;
    for (const loaded of ctx.input.records) {
        if (loaded.record.status !== 'fixed')
            continue;
        if (fixedHere(ctx, loaded) || fixedPublicly(ctx, loaded))
            continue;
        if (!atLeastMedium(loaded))
            continue;
        const waited = daysBetween(loaded.record.review.decided, ctx.input.today);
        if (waited === undefined)
            continue;
        const warnFrom = Math.ceil(window * 0.75);
        if (waited < warnFrom)
            continue;
        const about = subject(ctx, loaded);
        const over = waited > window;
        report(ctx, {
            rule: EMBARGO_RULES.wait,
            about,
            loaded,
            field: '/review/decided',
            location: inRecord(loaded, '/review/decided'),
            level: over ? 'error' : 'warning',
            message: over
                ? `The fix for ${about.label} has waited ${waited} days for a release; the policy allows ${window}.`
                : `The fix for ${about.label} has waited ${waited} days for a release; the policy allows ${window}, ${window - waited} left.`,
            fix: `ship a release containing the fix and add its version to fixed_in in ${loaded.file}, or change release_wait_days in the configuration.`,
        });
    }
}

;// CONCATENATED MODULE: ./packages/embargo/src/check.ts
/**
 * The release-embargo-check engine: a pure function of the records, the
 * configuration, the release and what is already public.
 */






/** Runs every rule (numbered as in docs/embargo.md) on one release. */
function checkRelease(input) {
    const ctx = { input, problems: [] };
    checkLeaks(ctx); // 1
    checkPublishedEarly(ctx); // 2
    checkNotes(ctx); // 3
    checkLockfiles(ctx); // 4
    checkCveIds(ctx); // 5
    checkWaiting(ctx); // 6
    const lifted = [];
    for (const loaded of input.records) {
        if (loaded.record.disclosure?.embargoed !== true)
            continue;
        if (!fixedHere(ctx, loaded))
            continue;
        const about = subject(ctx, loaded);
        lifted.push(about.embargoed
            ? { file: loaded.file }
            : { file: loaded.file, id: loaded.record.id });
    }
    const problems = ctx.problems.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) ||
        a.recordFile.localeCompare(b.recordFile) ||
        a.rule.localeCompare(b.rule) ||
        a.location.file.localeCompare(b.location.file) ||
        (a.location.line ?? 0) - (b.location.line ?? 0) ||
        (a.location.col ?? 0) - (b.location.col ?? 0));
    return {
        version: input.version,
        problems,
        lifted: lifted.sort((a, b) => a.file.localeCompare(b.file)),
        fixed: input.records
            .filter((l) => fixedHere(ctx, l))
            .map((l) => l.file)
            .sort(),
        embargoed: input.records
            .filter((l) => underEmbargo(ctx, l))
            .map((l) => l.file)
            .sort(),
        checked: input.records.length,
    };
}

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var fast_glob_out = __webpack_require__(5648);
var out_default = /*#__PURE__*/__webpack_require__.n(fast_glob_out);
;// CONCATENATED MODULE: ./packages/embargo/src/gather.ts
/**
 * Reading a release from disk for the engine: configuration, records,
 * public files and lockfiles. The CLI and the action both use this; only
 * where the notes, released versions and advisories come from differs.
 */







/** What is scanned when no public files are named: the changelog. */
const DEFAULT_PUBLIC_FILES = ['CHANGELOG*', 'CHANGES*', 'HISTORY*'];
// LIMITATION: public files larger than this are not scanned (reported as a
// warning), so a leak inside a huge generated file goes unseen.
const MAX_PUBLIC_FILE_BYTES = 5 * 1024 * 1024;
/** What the engine needs, plus the problems found while reading it. */
async function gatherRelease(o) {
    const root = (0,external_node_path_.resolve)(o.root);
    const loadedConfig = await (0,load/* loadConfig */.Z9)(root, o.configFile);
    // Record paths in problems are repository-relative and normalised
    // (`security/x.yml`); the folder is written the same way, so `./security`,
    // `security/` or an absolute path name the same folder.
    const config = {
        ...loadedConfig.config,
        security_dir: relativeDir(root, o.securityDir ?? loadedConfig.config.security_dir),
    };
    const folder = await (0,load/* loadSecurityFolder */.DY)(root, config, o.today);
    const problems = [...loadedConfig.problems, ...folder.problems];
    const publicFiles = [];
    const named = o.publicFiles.length > 0;
    for (const g of o.publicFiles) {
        // A pattern that matches nothing scans nothing: a typo would pass.
        if ((await expandGlobs(root, [g])).length === 0) {
            throw new src_errors/* UserError */.yo(`The public-files pattern "${(0,src_text/* forLog */.Ig)(g, 100)}" matches no file, so nothing would be scanned for it. Fix: correct the pattern (it is case-sensitive and relative to the repository root), or remove it.`);
        }
    }
    const paths = new Set(await expandGlobs(root, named ? o.publicFiles : DEFAULT_PUBLIC_FILES, {
        // changelog.md and Changes.txt are the changelog too
        caseSensitive: named,
    }));
    // The security folder is public: every record in it is scanned for the
    // others' words (a record is not scanned for its own, see leaks.ts).
    for (const path of await recordFiles(root, config.security_dir)) {
        paths.add(path);
    }
    for (const path of [...paths].sort()) {
        if (path === o.notes.path)
            continue;
        const abs = (0,external_node_path_.join)(root, path);
        if ((await (0,promises_.stat)(abs)).size > MAX_PUBLIC_FILE_BYTES) {
            problems.push({
                file: path,
                rule: 'embargo/unscanned-file',
                message: `${path} is larger than 5 MB and was not scanned for embargoed vulnerabilities.`,
                fix: 'narrow the public-files globs, or check this file by hand.',
                severity: 'warning',
            });
            continue;
        }
        const text = await (0,promises_.readFile)(abs, 'utf8');
        // LIMITATION: binary files (PDF, images, archives) matched by the globs
        // are skipped; text inside them is not scanned.
        if (text.includes('\u0000'))
            continue;
        publicFiles.push({ path, text });
    }
    return {
        input: {
            records: folder.records,
            config,
            version: o.version,
            notes: o.notes,
            publicFiles,
            lockfiles: lockfileDirs(o.lockfileDirs).map((d) => (0,lockfiles/* readLockfiles */.HT)(inside(root, d, 'lockfile-dirs'), d)),
            releasedVersions: o.releasedVersions,
            advisories: o.advisories,
            today: o.today,
            releasePublic: o.releasePublic,
        },
        problems,
    };
}
/** `dir` (relative to root, or absolute) as a normalised relative path. */
function relativeDir(root, dir) {
    return (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, dir)).split(external_node_path_.sep).join('/') || '.';
}
function lockfileDirs(dirs) {
    const list = (dirs ?? []).map((d) => d.replace(/\/+$/, '') || '.');
    return list.length > 0 ? [...new Set(list)] : ['.'];
}
/** `dir` under root; a path that leaves the repository is refused. */
function inside(root, dir, what) {
    const abs = (0,external_node_path_.resolve)(root, dir);
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel.startsWith('..') || (0,external_node_path_.resolve)(rel) === rel) {
        throw new src_errors/* UserError */.yo(`The ${what} entry "${(0,src_text/* forLog */.Ig)(dir, 100)}" points outside the repository. Fix: give directories relative to the repository root, such as . or sdk.`);
    }
    return abs;
}
/** The YAML files of the security folder, as the loader names them. */
async function recordFiles(root, dir) {
    if (dir.startsWith('../') || dir === '..')
        return [];
    const base = dir === '.' ? '' : `${out_default().escapePath(dir)}/`;
    const found = await out_default()(`${base}**/*.{yml,yaml}`, {
        cwd: root,
        onlyFiles: true,
        // as the loader: every YAML file of the folder, hidden ones too
        dot: true,
        caseSensitiveMatch: false,
        ignore: ['**/node_modules/**', '.git/**'],
    });
    return found.map((f) => f.split(external_node_path_.sep).join('/'));
}
/** Repository-relative paths matching the globs, sorted, never outside root. */
async function expandGlobs(root, globs, options = {}) {
    if (globs.length === 0)
        return [];
    for (const g of globs) {
        if (g.startsWith('/') || g.split('/').includes('..')) {
            throw new src_errors/* UserError */.yo(`The public-files pattern "${(0,src_text/* forLog */.Ig)(g, 100)}" points outside the repository. Fix: write patterns relative to the repository root, such as CHANGELOG.md or docs/**/*.md.`);
        }
    }
    const found = await out_default()(globs, {
        cwd: root,
        onlyFiles: true,
        dot: false,
        caseSensitiveMatch: options.caseSensitive ?? true,
        ignore: ['**/node_modules/**', '.git/**'],
    });
    return found.map((f) => f.split(external_node_path_.sep).join('/')).sort();
}
/** Reads a notes file given relative to root (or absolute, for the CLI). */
async function readNotesFile(root, file) {
    const abs = (0,external_node_path_.resolve)(root, file);
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch {
        throw new src_errors/* UserError */.yo(`Cannot read the release notes file ${(0,src_text/* forLog */.Ig)(file, 200)}. Fix: give the path of the notes, relative to the repository root.`, { file });
    }
    const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
    return { path: rel.startsWith('..') ? file : rel, text };
}

;// CONCATENATED MODULE: ./packages/embargo/src/redact.ts
// LIMITATION: values shorter than this (a 3-letter term) are not withheld
// by this guard; the messages themselves never carry them.
// Shorter strings are too common to withhold without mangling messages.
const MIN_SECRET_LENGTH = 4;
/** The text fields of a record that would identify or describe it. */
function secretsOf(loaded) {
    const r = loaded.record;
    const d = r.disclosure ?? { kind: 'none' };
    const out = [
        r.id,
        ...(r.aliases ?? []),
        r.title,
        r.description,
        r.impact_statement,
        r.action_statement,
        r.mitigation,
        r.workarounds,
        r.owner,
        ...(r.credits ?? []),
        ...(r.references ?? []),
        ...(r.packages ?? []).map((p) => p.purl),
        // A purl written with a version: the package alone names it too.
        ...(r.packages ?? []).map((p) => p.purl?.replace(/[@?#].*$/, '')),
        d.cve_id,
        d.ghsa_id,
        d.private_details,
        ...(d.terms ?? []),
        d.potential_impact,
        d.dependency_update,
    ];
    return out
        .filter((s) => typeof s === 'string')
        .map((s) => s.trim())
        .filter((s) => s.length >= MIN_SECRET_LENGTH);
}
function redact_escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A redactor for the given records' secrets (case-insensitive). Record file
 * paths are public and are what messages name records by, so they are kept
 * even when a file is named after the id it holds.
 */
function redactor(embargoed, keep = []) {
    const kept = [...new Set(keep)].sort((a, b) => b.length - a.length);
    const secrets = [...new Set(embargoed.flatMap(secretsOf))].sort((a, b) => b.length - a.length);
    let n = 0;
    const pattern = secrets.length > 0
        ? new RegExp(secrets.map((s) => redact_escape(s).replace(/\s+/g, '\\s+')).join('|'), 'gi')
        : undefined;
    const redact = ((text) => {
        if (!pattern)
            return text;
        // Kept paths become placeholders (private-use characters, which are
        // stripped from the input first) while secrets are replaced.
        let t = text.replace(/[\uE000-\uF8FF]/g, '');
        kept.forEach((k, i) => {
            t = t.split(k).join(String.fromCharCode(0xe000 + i));
        });
        t = t.replace(pattern, () => {
            n++;
            return '[withheld]';
        });
        kept.forEach((k, i) => {
            t = t.split(String.fromCharCode(0xe000 + i)).join(k);
        });
        return t;
    });
    redact.count = () => n;
    return redact;
}

;// CONCATENATED MODULE: ./packages/embargo/src/outcome.ts
/**
 * From an EmbargoReport and the loading problems to what is shown: one line
 * per problem, a markdown summary and a JSON document. Every string leaves
 * through the Redactor (redact.ts).
 */







/** Records whose text must be withheld from everything shown. */
function secretRecords(input) {
    return input.records.filter((l) => l.record.disclosure?.embargoed === true &&
        !fixedInPublicRelease(l, input.version, input.releasedVersions) &&
        !(fixedInRelease(l, input.version) && input.releasePublic));
}
/**
 * The security folder as a path prefix (`security/`), however it was
 * written: `./security`, `security/`, `a//b`. Loader paths are normalised
 * repository-relative paths, so the prefix must be too. An absolute folder
 * is made relative by gatherRelease before it gets here.
 */
function folderPrefix(dir) {
    const norm = external_node_path_.posix
        .normalize(dir.split('\\').join('/'))
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    return norm === '.' || norm === '' ? '' : norm + '/';
}
/** A repository-relative path in the form the loader writes. */
function normalPath(file) {
    return external_node_path_.posix.normalize(file.split('\\').join('/')).replace(/^(\.\/)+/, '');
}
/**
 * Loading problems as shown. A file in the security folder that did not
 * load may be an embargoed record, so its message (which can quote the
 * file) is replaced, and it fails the check: it could not be checked.
 * Process-rule problems of records that loaded are triage-gate's; they are
 * shown as notices here, and for a record under embargo without their
 * message, which may quote any of its values (a package, a range, a key).
 * Configuration problems keep their level.
 */
function loadingProblems(problems, input) {
    const loaded = new Set(input.records.map((l) => normalPath(l.file)));
    const secret = new Set(secretRecords(input).map((l) => normalPath(l.file)));
    const dir = folderPrefix(input.config.security_dir);
    return problems.map((p) => {
        const file = normalPath(p.file);
        const location = { file: p.file, line: p.line, col: p.col };
        const inFolder = file.startsWith(dir);
        if (inFolder && !loaded.has(file)) {
            return shown({
                level: 'error',
                rule: 'embargo/unreadable-record',
                title: 'Record cannot be checked',
                location,
                message: `${p.file} cannot be read as a record (${p.rule}), so this release cannot be checked against it; the details are withheld because it may be under embargo.`,
                fix: `run \`psirt validate\` locally to see the problem, and correct ${p.file}.`,
            });
        }
        if (inFolder && secret.has(file)) {
            return shown({
                level: 'notice',
                rule: p.rule,
                title: 'Record',
                location,
                message: `${p.file} breaks ${p.rule}; the details are withheld because the record is under embargo.`,
                fix: `run \`psirt validate\` locally to see the problem, and correct ${p.file}.`,
            });
        }
        return shown({
            level: inFolder ? 'notice' : p.severity,
            rule: p.rule,
            title: p.rule === 'embargo/advisories-unread'
                ? 'GitHub API'
                : inFolder
                    ? 'Record'
                    : 'Configuration',
            location,
            message: p.message,
            fix: p.fix,
        });
    });
}
function shown(p) {
    const fix = p.fix ? ` Fix: ${p.fix}` : '';
    return {
        ...p,
        text: `${(0,src_errors/* formatLocation */.j$)(p.location)}: ${p.level} ${p.rule}: ${p.message}${fix}`,
    };
}
const TITLES = {
    'embargo/leak': 'Embargoed vulnerability revealed',
    'embargo/embargoed-details': 'Embargoed details in the security folder',
    'embargo/published-before-fix': 'Published before the fix is public',
    'embargo/missing-from-notes': 'Fixed vulnerability missing from the notes',
    'embargo/lockfile-still-vulnerable': 'Lockfile still vulnerable',
    'embargo/missing-cve-id': 'CVE id missing',
    'embargo/release-overdue': 'Fix waiting for a release',
    'embargo/record-file-name': 'Embargoed record file named after it',
};
/** Everything shown for a run, redacted. */
function buildOutcome(report, input, loadProblems, failOnWarnings) {
    const secret = secretRecords(input);
    // An embargoed record's file named after it (embargo/record-file-name) is
    // withheld from everything shown, not kept as record paths are.
    const hidden = new Set(secret.filter(recordFileReveals).map((l) => l.file));
    const redact = withholding(redactor(secret, input.records.map((l) => l.file).filter((f) => !hidden.has(f))), [...hidden]);
    const all = [
        ...loadingProblems(loadProblems, input),
        ...report.problems.map((p) => shown({
            level: p.level,
            rule: p.rule,
            title: TITLES[p.rule] ?? p.rule,
            location: p.location,
            message: p.message,
            fix: p.fix,
        })),
    ].map((p) => scrub(p, redact));
    const errors = all.filter((p) => p.level === 'error').length;
    const warnings = all.filter((p) => p.level === 'warning').length;
    const passed = errors === 0 && (!failOnWarnings || warnings === 0);
    const lifted = report.lifted.map((l) => ({
        file: redact(l.file),
        ...(l.id ? { id: redact(l.id) } : {}),
    }));
    const json = {
        version: redact(report.version),
        passed,
        errors,
        warnings,
        problems: all,
        lifted,
        fixed: report.fixed.map(redact),
        embargoed: report.embargoed.map(redact),
        checked: report.checked,
    };
    const summary = redact(renderSummary(json));
    return { passed, problems: all, json, summary, redactions: redact.count() };
}
/** The redactor, after replacing each of `paths` by WITHHELD_RECORD_FILE. */
function withholding(redact, paths) {
    const sorted = [...paths].sort((a, b) => b.length - a.length);
    const r = ((text) => redact(sorted.reduce((t, f) => t.split(f).join(WITHHELD_RECORD_FILE), text)));
    r.count = () => redact.count();
    return r;
}
function scrub(p, redact) {
    const file = redact(p.location.file);
    return {
        ...p,
        location: {
            ...p.location,
            file,
            ...(file !== p.location.file ? { nameWithheld: true } : {}),
        },
        text: redact(p.text),
        message: redact(p.message),
        fix: p.fix === undefined ? undefined : redact(p.fix),
    };
}
function renderSummary(j) {
    const lines = [];
    const verdict = j.passed ? 'passed' : 'failed';
    lines.push(`## Release embargo check: ${(0,src_text/* forMarkdown */.Bm)(j.version)} ${verdict}`);
    lines.push('');
    lines.push(`${j.checked} records checked: ${j.errors} errors, ${j.warnings} warnings. ` +
        `This release fixes ${j.fixed.length} and lifts the embargo on ${j.lifted.length}; ${j.embargoed.length} stay under embargo.`);
    const shown = j.problems.filter((p) => p.level !== 'notice');
    if (shown.length > 0) {
        lines.push('', '| | Where | Problem | Fix |', '|---|---|---|---|');
        for (const p of shown) {
            const icon = p.level === 'error' ? '❌' : '⚠️';
            lines.push(`| ${icon} | ${(0,src_text/* forMarkdown */.Bm)((0,src_errors/* formatLocation */.j$)(p.location))} | ${(0,src_text/* forMarkdown */.Bm)(p.message)} | ${(0,src_text/* forMarkdown */.Bm)(p.fix ?? '')} |`);
        }
    }
    if (j.lifted.length > 0) {
        lines.push('', '### Embargo lifted by this release', '');
        for (const l of j.lifted) {
            lines.push(`- ${(0,src_text/* forMarkdown */.Bm)(l.file)}${l.id ? ` (${(0,src_text/* forMarkdown */.Bm)(l.id)})` : ''}`);
        }
    }
    const notices = j.problems.filter((p) => p.level === 'notice');
    if (notices.length > 0) {
        lines.push('', `<details><summary>${notices.length} record problems for triage-gate</summary>`, '', (0,src_text/* codeFence */.d6)(notices.map((p) => p.text).join('\n')), '', '</details>');
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/embargo/src/cli.ts
/**
 * `psirt embargo`: the release-embargo-check on a local checkout, before
 * tagging. Same engine and same redaction as the action.
 */









const cli_HELP = `usage: psirt embargo --version vX.Y.Z --notes FILE [--root DIR]
         [--public-file GLOB]... [--lockfile-dir DIR]... [--released TAG,...]
         [--config FILE]
         [--today YYYY-MM-DD] [--fail-on-warnings] [--json]

Checks a release before it is published: nothing in the notes or public files
reveals an embargoed vulnerability, nothing is published before its fix, every
medium-or-higher fix is in the notes, dependency fixes are in the lockfiles,
CVE ids are reserved, and no fix has waited too long (docs/embargo.md).
--public-file defaults to the changelog (CHANGELOG*, CHANGES*, HISTORY*).
--notes, --public-file and --lockfile-dir are relative to --root (default:
the current directory).
--lockfile-dir names directories whose lockfiles ship (default: the root).
--released lists the tags already public; without it, fixed_in versions older
than --version count as released.
Exit codes: 0 passed, 1 problems found, 2 usage error.`;
async function embargo(args, io) {
    const { values } = (0,cli/* usageErrors */.jY)('embargo', () => (0,external_node_util_.parseArgs)({
        args,
        options: {
            version: { type: 'string' },
            notes: { type: 'string' },
            root: { type: 'string' },
            'public-file': { type: 'string', multiple: true },
            'lockfile-dir': { type: 'string', multiple: true },
            released: { type: 'string' },
            config: { type: 'string' },
            today: { type: 'string' },
            'fail-on-warnings': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }));
    if (values.help) {
        io.out(cli_HELP);
        return cli/* EXIT */.dc.ok;
    }
    if (!values.version) {
        throw new src_errors/* UserError */.yo('--version is required, e.g. --version v1.4.2.');
    }
    if (!values.notes) {
        throw new src_errors/* UserError */.yo('--notes is required: the release notes file.');
    }
    (0,cli/* dateOption */.Kw)('today', values.today);
    const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
    const { input, problems } = await gatherRelease({
        root,
        configFile: values.config,
        version: values.version,
        notes: await readNotesFile(root, values.notes),
        publicFiles: values['public-file'] ?? [],
        lockfileDirs: values['lockfile-dir'],
        releasedVersions: values.released
            ?.split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        today: values.today ?? (0,load/* isoToday */.XI)(),
        // Run before publishing: ids of the records it discloses stay unprinted.
        releasePublic: false,
    });
    const report = checkRelease(input);
    const outcome = buildOutcome(report, input, problems, values['fail-on-warnings']);
    if (values.json) {
        io.out(JSON.stringify(outcome.json, null, 2));
    }
    else {
        // forLog: the CLI also runs in workflow steps, where `::` is a command.
        for (const p of outcome.problems)
            io.out((0,src_text/* forLog */.Ig)(p.text, 2000));
        const j = outcome.json;
        io.out(`${input.version}: ${j.passed ? 'passed' : 'failed'}, ${j.errors} error(s), ${j.warnings} warning(s); ` +
            `fixes ${j.fixed.length}, lifts the embargo on ${j.lifted.length} (${j.lifted.map((l) => l.file).join(', ') || 'none'}).`);
    }
    return outcome.passed ? cli/* EXIT */.dc.ok : cli/* EXIT */.dc.findings;
}
(0,cli/* register */.kz)('embargo', 'check a release against the embargo rules', embargo);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
const banner_DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1970-01-01 for a `YYYY-MM-DD` date, or undefined if invalid. */
function dayNumber(date) {
    const m = ISO_DATE.exec(date);
    if (!m)
        return undefined;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const back = new Date(ms).toISOString().slice(0, 10);
    return back === date ? Math.round(ms / banner_DAY_MS) : undefined;
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

;// CONCATENATED MODULE: ./packages/banner/src/modes.ts
/** The banner's modes, kept apart so an entry can check inputs cheaply. */
const APPLY_MODES = (/* unused pure expression or super */ null && (['commit', 'pull-request', 'none']));
const BANNER_MODES = (/* unused pure expression or super */ null && (['update', 'expire']));
/** The pull request branch when none is named. */
const DEFAULT_PR_BRANCH = 'psirt/readme-banner';

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
        head: options.branch ?? DEFAULT_PR_BRANCH,
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

;// CONCATENATED MODULE: ./packages/banner/src/cli.ts
/**
 * `psirt banner`: prints the README banner the records give for a date, and
 * with `--write` puts it into the file, exactly as the action would.
 */







const src_cli_HELP = `usage: psirt banner [--date YYYY-MM-DD] [--root DIR] [--config FILE]
                    [--release TAG] [--write]

Prints the banner block (the text between the psirt:banner markers) that the
records of the repository at DIR (default: the current directory) give on
the date (default: today, UTC). With --write, also applies it to the banner
file (banner.file in the configuration, default README.md), changing nothing
outside the markers. --release TAG counts the records that release discloses
as published on the date when they carry no publication date yet.
Exit codes: 0 done, 2 usage error or invalid records.`;
async function banner(args, io) {
    const { values, positionals } = (0,cli/* usageErrors */.jY)('banner', () => (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            date: { type: 'string' },
            root: { type: 'string' },
            config: { type: 'string' },
            release: { type: 'string' },
            write: { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }));
    if (values.help) {
        io.out(src_cli_HELP);
        return cli/* EXIT */.dc.ok;
    }
    if (positionals.length > 0) {
        throw new src_errors/* UserError */.yo('banner takes no positional arguments; use --root DIR.');
    }
    const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
    const today = (0,cli/* dateOption */.Kw)('date', values.date) ?? (0,load/* isoToday */.XI)();
    const options = {
        root,
        today,
        mode: 'update',
        apply: 'none',
        config: values.config,
        release: values.release,
    };
    const outcome = values.write
        ? await runBanner(options)
        : await planBanner(options);
    for (const n of outcome.notes)
        io.err((0,src_errors/* formatProblem */.Vw)(n));
    if (outcome.block === '') {
        io.err(`No critical or high advisory published in the ${outcome.config.banner.days} days up to ${today}: the banner is empty.`);
    }
    else {
        io.out(outcome.block);
    }
    if (outcome.result) {
        io.err(outcome.result.changed
            ? `${(0,src_text/* forLog */.Ig)(outcome.file)}: banner updated.`
            : `${(0,src_text/* forLog */.Ig)(outcome.file)}: already up to date.`);
    }
    return cli/* EXIT */.dc.ok;
}
(0,cli/* register */.kz)('banner', 'print (or --write) the README security banner', banner);

// EXTERNAL MODULE: ./packages/cvss/src/score.ts + 2 modules
var score = __webpack_require__(7199);
// EXTERNAL MODULE: ./packages/cvss/src/types.ts
var src_types = __webpack_require__(3700);
;// CONCATENATED MODULE: ./packages/cvss/src/cli.ts
/**
 * `psirt score`: scores CVSS vectors given as arguments, or one per line on
 * standard input, for a person (a line per vector) or a program (`--json`).
 */






const cvss_src_cli_HELP = 'score CVSS v4.0/v3.x/v2.0 vectors: score [--json] [VECTOR...]';
const USAGE = `usage: psirt score [--json] [VECTOR...]

Scores each CVSS vector (v4.0, v3.1, v3.0 or v2.0) as FIRST's calculators do.
With no VECTOR, reads one vector per line from standard input (only the
line ending is removed; blank lines are skipped). A vector is refused if it
holds any whitespace, as an argument or a line.
  --json   print a JSON array with one entry per vector: the score, or
           {"vector": ..., "error": ...} for a vector that is refused
Exit status: 0 when every vector is valid, 2 when any is not.`;
function options(args) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            options: {
                json: { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            allowPositionals: true,
            strict: true,
        });
        return { json: values.json, help: values.help, vectors: positionals };
    }
    catch (e) {
        throw new src_errors/* UserError */.yo(`${(0,src_errors/* errorMessage */.gJ)(e)} Run \`psirt score --help\`.`);
    }
}
/** One line a person reads: version, score, severity and what it covers. */
function describeResult(r) {
    const parts = [`CVSS ${r.version}`, r.score.toFixed(1), r.severity];
    if (r.nomenclature)
        parts.push(r.nomenclature);
    if (r.macrovector)
        parts.push(`macrovector ${r.macrovector}`);
    if (r.version !== '4.0') {
        parts.push(`base ${r.baseScore.toFixed(1)}`);
        if (r.temporalScore !== undefined)
            parts.push(`temporal ${r.temporalScore.toFixed(1)}`);
        if (r.environmentalScore !== undefined)
            parts.push(`environmental ${r.environmentalScore.toFixed(1)}`);
    }
    if (r.supplemental) {
        const s = Object.entries(r.supplemental).map(([k, v]) => `${k}:${v}`);
        parts.push(`supplemental ${s.join('/')}`);
    }
    // The vector passed the parser, so it holds no control characters.
    parts.push(r.vector);
    return parts.join('  ');
}
async function cli_score(args, io) {
    const opts = options(args);
    if (opts.help) {
        io.out(USAGE);
        return cli/* EXIT */.dc.ok;
    }
    let vectors = opts.vectors;
    if (vectors.length === 0 && io.stdin) {
        // Only the line ending goes: other whitespace is refused, as it is in
        // an argument.
        vectors = (await io.stdin()).split(/\r?\n/).filter((l) => l !== '');
    }
    if (vectors.length === 0) {
        throw new src_errors/* UserError */.yo('no vector given. Fix: pass vectors as arguments (psirt score CVSS:4.0/AV:N/...) or one per line on standard input.');
    }
    // One entry per vector, in order: a refused vector is in the JSON too.
    const results = [];
    let invalid = 0;
    for (const vector of vectors) {
        try {
            results.push((0,score/* scoreVector */.YE)(vector));
        }
        catch (e) {
            if (!(e instanceof src_types/* CvssError */.a))
                throw e;
            invalid++;
            results.push({ vector, error: e.message });
            io.err((0,src_text/* forLog */.Ig)(`psirt score: ${e.message}`, 2000));
        }
    }
    if (opts.json)
        io.out(JSON.stringify(results, null, 2));
    else {
        for (const r of results) {
            if ('score' in r)
                io.out((0,src_text/* forLog */.Ig)(describeResult(r), 2000));
        }
    }
    return invalid === 0 ? cli/* EXIT */.dc.ok : cli/* EXIT */.dc.usage;
}
(0,cli/* register */.kz)('score', cvss_src_cli_HELP, cli_score);

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
;// CONCATENATED MODULE: ./packages/purl/src/index.ts
/**
 * Package URLs (purl) as the findings and records compare them: canonical,
 * without version, qualifiers or subpath, and with the case rules of the
 * purl spec's type definitions applied (npm and PyPI names are
 * case-insensitive, Go module paths are not).
 */



/**
 * Parses a purl. The result's `purl` is the canonical form used for
 * matching; a malformed purl is the user's mistake and is refused.
 */
function parsePurl(input) {
    const text = String(input ?? '').trim();
    const { base, version } = splitVersion(text);
    let p;
    try {
        // The version is parsed apart: it is dropped from the canonical form,
        // and packageurl-js 2.0.1 fails with a ReferenceError on a Go version
        // that is not semver.
        p = packageurl_js.PackageURL.fromString(base);
    }
    catch (e) {
        const why = e instanceof Error ? e.message.replace(/^Invalid purl: /, '') : '';
        throw new src_errors/* UserError */.yo(`"${(0,src_text/* forLog */.Ig)(text, 120)}" is not a valid package URL (${why}). Fix: write it as pkg:<type>/<namespace>/<name>, e.g. pkg:npm/lodash or pkg:golang/github.com/a/b.`);
    }
    let namespace = p.namespace ?? '';
    let name = p.name;
    // Tools disagree on whether a Go module path is one escaped name
    // (`github.com%2Fa%2Fb`, govulncheck) or namespace plus name
    // (`github.com/a/b`, GitHub): a purl name cannot contain `/`, so the
    // escaped form is split the way the spec writes it.
    const slash = name.lastIndexOf('/');
    if (slash > 0) {
        namespace = namespace
            ? `${namespace}/${name.slice(0, slash)}`
            : name.slice(0, slash);
        name = name.slice(slash + 1);
    }
    if (name === '') {
        throw new src_errors/* UserError */.yo(`"${(0,src_text/* forLog */.Ig)(text, 120)}" has no package name after its namespace. Fix: name the package, e.g. pkg:golang/github.com/a/b.`);
    }
    // PyPI compares names as PEP 503 normalises them: runs of `-`, `_` and
    // `.` are one `-` (the purl spec's own rule covers only `_`).
    if (p.type === 'pypi')
        name = name.toLowerCase().replace(/[-_.]+/g, '-');
    const canonical = new packageurl_js.PackageURL(p.type, namespace || undefined, name, undefined, undefined, undefined).toString();
    return {
        type: p.type,
        namespace,
        name,
        version,
        purl: canonical,
    };
}
/** The purl without qualifiers, subpath and version, and the version. */
function splitVersion(text) {
    let s = text;
    const hash = s.indexOf('#');
    if (hash >= 0)
        s = s.slice(0, hash);
    const query = s.indexOf('?');
    if (query >= 0)
        s = s.slice(0, query);
    const at = s.lastIndexOf('@');
    // An `@` before the last `/` is an npm scope, not a version.
    if (at < 0 || at < s.lastIndexOf('/'))
        return { base: s, version: '' };
    let version = s.slice(at + 1);
    try {
        version = decodeURIComponent(version);
    }
    catch {
        // a malformed escape is kept as written; the version is informational
    }
    return { base: s.slice(0, at), version };
}
/** The canonical purl without version, qualifiers or subpath. */
function normalizePurl(input) {
    return parsePurl(input).purl;
}
/**
 * Ecosystem names of OSV (`Go`, `crates.io`, ...), of Dependabot and the
 * dependency graph (`go`, `pip`, `cargo`, ...), of Trivy result types
 * (`gomod`, `cargo`, ...) and of Grype package types (`go-module`,
 * `rust-crate`, ...), all mapped to their purl type.
 */
const ECOSYSTEM_TYPES = {
    // OSV
    go: 'golang',
    npm: 'npm',
    pypi: 'pypi',
    'crates.io': 'cargo',
    maven: 'maven',
    nuget: 'nuget',
    rubygems: 'gem',
    packagist: 'composer',
    pub: 'pub',
    hex: 'hex',
    'github actions': 'githubactions',
    swifturl: 'swift',
    cran: 'cran',
    hackage: 'hackage',
    conan: 'conan',
    debian: 'deb',
    ubuntu: 'deb',
    alpine: 'apk',
    // Dependabot / dependency graph
    pip: 'pypi',
    cargo: 'cargo',
    composer: 'composer',
    actions: 'githubactions',
    githubactions: 'githubactions',
    golang: 'golang',
    swift: 'swift',
    // the GitHub advisory database's own names
    rust: 'cargo',
    erlang: 'hex',
    // Trivy result types
    gomod: 'golang',
    gobinary: 'golang',
    pipenv: 'pypi',
    poetry: 'pypi',
    'python-pkg': 'pypi',
    yarn: 'npm',
    pnpm: 'npm',
    bun: 'npm',
    uv: 'pypi',
    'composer-vendor': 'composer',
    sbt: 'maven',
    'mix-lock': 'hex',
    'node-pkg': 'npm',
    bundler: 'gem',
    gemspec: 'gem',
    jar: 'maven',
    pom: 'maven',
    gradle: 'maven',
    'dotnet-core': 'nuget',
    'packages-props': 'nuget',
    rustbinary: 'cargo',
    // Grype package types
    'go-module': 'golang',
    python: 'pypi',
    gem: 'gem',
    'java-archive': 'maven',
    'rust-crate': 'cargo',
    dotnet: 'nuget',
    'php-composer': 'composer',
    'github-action': 'githubactions',
    'github-action-workflow': 'githubactions',
    'dart-pub': 'pub',
    'hex-package': 'hex',
    deb: 'deb',
    rpm: 'rpm',
    apk: 'apk',
};
/** Purl type to the OSV ecosystem name, for ecosystemOf. */
const OSV_ECOSYSTEMS = {
    golang: 'Go',
    npm: 'npm',
    pypi: 'PyPI',
    cargo: 'crates.io',
    maven: 'Maven',
    nuget: 'NuGet',
    gem: 'RubyGems',
    composer: 'Packagist',
    pub: 'Pub',
    hex: 'Hex',
    githubactions: 'GitHub Actions',
    swift: 'SwiftURL',
    cran: 'CRAN',
    hackage: 'Hackage',
    conan: 'ConanCenter',
    deb: 'Debian',
    apk: 'Alpine',
    rpm: 'Red Hat',
};
/** The purl type for an ecosystem name, or undefined when unknown. */
function purlTypeOf(ecosystem) {
    return ECOSYSTEM_TYPES[ecosystem.trim().toLowerCase()];
}
/**
 * The canonical purl (no version) for a package named in an ecosystem's own
 * terms. Maven names are `group:artifact`; npm scopes are kept as the
 * namespace. An unknown ecosystem is refused, naming it.
 */
function purlFromEcosystem(ecosystem, name) {
    const type = purlTypeOf(ecosystem);
    if (!type) {
        throw new src_errors/* UserError */.yo(`Unknown package ecosystem "${(0,src_text/* forLog */.Ig)(ecosystem, 60)}" for package "${(0,src_text/* forLog */.Ig)(name, 120)}". Fix: use an OSV ecosystem name (Go, npm, PyPI, crates.io, Maven, NuGet, RubyGems, Packagist, Pub, Hex, GitHub Actions) or a Dependabot one (go, npm, pip, cargo, maven, nuget, rubygems, composer, actions).`);
    }
    const n = name.trim();
    if (n === '') {
        throw new src_errors/* UserError */.yo(`A package in ecosystem "${(0,src_text/* forLog */.Ig)(ecosystem, 60)}" has an empty name.`);
    }
    let namespace;
    let short = n;
    if (type === 'maven' && n.includes(':')) {
        const i = n.indexOf(':');
        namespace = n.slice(0, i);
        short = n.slice(i + 1);
    }
    else if (n.includes('/')) {
        // npm scopes, Go module paths, GitHub Actions owner/repo, Packagist
        // vendor/package: everything before the last `/` is the namespace.
        const i = n.lastIndexOf('/');
        namespace = n.slice(0, i);
        short = n.slice(i + 1);
    }
    const purl = new packageurl_js.PackageURL(type, namespace, short, undefined, undefined, undefined);
    return normalizePurl(purl.toString());
}
/** The OSV ecosystem name of a purl (`pkg:cargo/regex` → `crates.io`). */
function ecosystemOf(purl) {
    const { type } = parsePurl(purl);
    return OSV_ECOSYSTEMS[type] ?? type;
}
/**
 * The package name as the ecosystem writes it (`@babel/core`,
 * `github.com/a/b`, `org.x:y`), for messages and record titles.
 */
function packageNameOf(purl) {
    const p = parsePurl(purl);
    if (!p.namespace)
        return p.name;
    return p.type === 'maven'
        ? `${p.namespace}:${p.name}`
        : `${p.namespace}/${p.name}`;
}

;// CONCATENATED MODULE: ./packages/findings/src/ids.ts
/**
 * Vulnerability ids as the sources spell them, made comparable: `CVE-` ids
 * upper-case, GHSA ids with the `GHSA-` prefix upper and the rest lower-case
 * as GitHub writes them, and the prefixes of the OSV databases (`GO-`,
 * `RUSTSEC-`, `PYSEC-`, ...) upper-case.
 */
// GitHub draws GHSA ids from 23456789cfghjmpqrvwx; any alphanumerics are
// accepted so that made-up ids in tests and drafts are normalised too.
const GHSA = /^ghsa(-[a-z0-9]{4}){3}$/i;
const CVE = /^cve-\d{4}-\d{4,}$/i;
/** OSV database ids: a prefix, a year, a number (GO-2021-0265, RUSTSEC-…). */
const OSV_STYLE = /^([a-z][a-z0-9]*)-(\d{4})-([a-z0-9]+)$/i;
/** Prefixes that name a vulnerability database, so an id is a vulnerability. */
const KNOWN_PREFIXES = new Set([
    'CVE',
    'GHSA',
    'GO',
    'RUSTSEC',
    'PYSEC',
    'OSV',
    'GSD',
    'MAL',
    'BIT',
    'DLA',
    'DSA',
    'USN',
    'ALSA',
    'ALBA',
    'RHSA',
    'RLSA',
    'SUSE',
    'OESA',
    'PSF',
    'CURL',
    'HSEC',
    'UVI',
    'CGA',
    'MGASA',
    'DEBIAN',
    'UBUNTU',
    'ELSA',
    'CSAF',
    'RXSA',
    'LBSEC',
]);
/** The id as GitHub and the OSV databases spell it. */
function normalizeVulnId(id) {
    const s = String(id ?? '').trim();
    if (GHSA.test(s))
        return 'GHSA-' + s.slice(5).toLowerCase();
    if (CVE.test(s))
        return s.toUpperCase();
    const m = OSV_STYLE.exec(s);
    if (m && KNOWN_PREFIXES.has(m[1].toUpperCase())) {
        return `${m[1].toUpperCase()}-${m[2]}-${m[3].toUpperCase()}`;
    }
    return s;
}
/** Is this a vulnerability id of a known database (not a rule or CWE id)? */
function isVulnId(id) {
    const s = String(id ?? '').trim();
    if (GHSA.test(s) || CVE.test(s))
        return true;
    const m = OSV_STYLE.exec(s);
    return m !== null && KNOWN_PREFIXES.has(m[1].toUpperCase());
}
const EMBEDDED = /\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[a-z0-9]{4}){3}|(?:GO|RUSTSEC|PYSEC|OSV|GSD|MAL)-\d{4}-[A-Za-z0-9]+)\b/gi;
/** Every vulnerability id written inside a text (a URL, a rule id, a tag). */
function vulnIdsIn(text) {
    const out = [];
    for (const m of String(text ?? '').matchAll(EMBEDDED)) {
        out.push(normalizeVulnId(m[0]));
    }
    return out;
}
/** Ids normalised, without duplicates, in first-seen order. */
function uniqueIds(ids) {
    const seen = new Set();
    for (const id of ids) {
        if (typeof id !== 'string' || id.trim() === '')
            continue;
        seen.add(normalizeVulnId(id));
    }
    return [...seen];
}
const RANK = {
    GHSA: 0,
    CVE: 1,
    GO: 2,
    RUSTSEC: 3,
    PYSEC: 4,
};
/**
 * Which id of an alias set to show first: GHSA, then CVE, then the language
 * databases, then anything else; ties alphabetical, so the choice does not
 * depend on the order the sources came in.
 */
function compareIdPreference(a, b) {
    const ra = RANK[a.slice(0, a.indexOf('-')).toUpperCase()] ?? 9;
    const rb = RANK[b.slice(0, b.indexOf('-')).toUpperCase()] ?? 9;
    if (ra !== rb)
        return ra - rb;
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./packages/cvss/src/index.ts
var src = __webpack_require__(1729);
;// CONCATENATED MODULE: ./packages/findings/src/severity.ts
/**
 * A finding's severity from the best data its source has: a CVSS v4.0
 * vector, then v3.x, then v2.0, then the source's own label. A vector that
 * does not score falls back to the next and is noted, never thrown: one bad
 * vector in a scanner report must not hide the finding.
 */



/** Rank of a severity source: lower is better data. */
const SOURCE_RANK = {
    'cvss-v4': 0,
    'cvss-v3': 1,
    'cvss-v2': 2,
    label: 3,
    alias: 4,
};
const ORDER = [
    'unknown',
    'none',
    'low',
    'medium',
    'high',
    'critical',
];
/** Numeric order of severities, `unknown` lowest. */
function severityRank(s) {
    return ORDER.indexOf(s);
}
/**
 * A source's severity word as ours: `moderate` is `medium`; Grype's
 * `negligible` and npm's `info` are kept as `low` rather than dropped, so
 * they still need a decision. Anything unreadable is undefined.
 */
function severityFromLabel(label) {
    if (typeof label !== 'string')
        return undefined;
    switch (label.trim().toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
        case 'important':
            return 'high';
        case 'medium':
        case 'moderate':
            return 'medium';
        case 'low':
        case 'negligible':
        case 'info':
        case 'informational':
            return 'low';
        case 'none':
            return 'none';
        default:
            return undefined;
    }
}
/** The CVSS qualitative rating of a 0–10 score. */
function severityFromScore(score) {
    if (!Number.isFinite(score) || score < 0 || score > 10)
        return undefined;
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
/** Which CVSS version a vector string claims to be. */
function vectorVersion(vector) {
    const v = vector.trim();
    if (/^CVSS:4\./i.test(v))
        return 'v4';
    if (/^CVSS:3\./i.test(v))
        return 'v3';
    return 'v2';
}
/**
 * Scores every vector given and picks the best version that scores; falls
 * back to a bare score, then to the label. Vectors that fail are noted.
 */
function assessSeverity(input) {
    const notes = [];
    const cvss = {};
    const scored = {};
    for (const raw of input.vectors ?? []) {
        if (typeof raw !== 'string' || raw.trim() === '')
            continue;
        const vector = raw.trim();
        const version = vectorVersion(vector);
        if (scored[version])
            continue;
        try {
            const r = (0,src/* scoreVector */.YE)(vector);
            scored[version] = { severity: r.severity, score: r.score };
            cvss[version] = vector;
        }
        catch (e) {
            notes.push(`CVSS vector "${(0,src_text/* forLog */.Ig)(vector, 80)}" could not be scored (${(0,src_text/* forLog */.Ig)((0,src_errors/* errorMessage */.gJ)(e), 160)}); using the next best severity data.`);
        }
    }
    const sources = [
        ['v4', 'cvss-v4'],
        ['v3', 'cvss-v3'],
        ['v2', 'cvss-v2'],
    ];
    for (const [version, source] of sources) {
        const s = scored[version];
        if (s) {
            cvss.score = s.score;
            return { severity: s.severity, severitySource: source, cvss, notes };
        }
    }
    // A bare score is still CVSS data, so it goes before a label.
    const keep = Object.keys(cvss).length > 0 ? cvss : undefined;
    if (input.score !== undefined) {
        const fromScore = severityFromScore(input.score);
        if (fromScore) {
            return {
                severity: fromScore,
                severitySource: 'label',
                cvss: { ...keep, score: input.score },
                notes,
            };
        }
    }
    const fromLabel = severityFromLabel(input.label);
    if (fromLabel) {
        return { severity: fromLabel, severitySource: 'label', cvss: keep, notes };
    }
    const l = typeof input.label === 'string' ? input.label.trim() : '';
    if (l !== '' && !/^unknown$/i.test(l)) {
        notes.push(`Severity label "${(0,src_text/* forLog */.Ig)(l, 40)}" is not one psirt knows.`);
    }
    return { severity: 'unknown', cvss: keep, notes };
}

;// CONCATENATED MODULE: ./packages/findings/src/merge.ts
/**
 * Findings from every source folded into one per vulnerability and package.
 * Two findings are the same vulnerability when their alias sets connect,
 * directly or through a third (a GO- id lists a CVE, a GHSA lists the same
 * CVE): a union-find over the ids does this in near-linear time.
 */



/** Disjoint sets over alias strings, with path halving and union by size. */
class AliasSets {
    index = new Map();
    parent = [];
    size = [];
    id(alias) {
        let i = this.index.get(alias);
        if (i === undefined) {
            i = this.parent.length;
            this.index.set(alias, i);
            this.parent.push(i);
            this.size.push(1);
        }
        return i;
    }
    find(i) {
        while (this.parent[i] !== i) {
            this.parent[i] = this.parent[this.parent[i]];
            i = this.parent[i];
        }
        return i;
    }
    union(a, b) {
        let ra = this.find(a);
        let rb = this.find(b);
        if (ra === rb)
            return;
        if (this.size[ra] < this.size[rb])
            [ra, rb] = [rb, ra];
        this.parent[rb] = ra;
        this.size[ra] += this.size[rb];
    }
}
/** normalizePurl, remembered per call: reports repeat the same packages. */
function purlNormaliser() {
    const cache = new Map();
    return (purl) => {
        if (!purl)
            return '';
        let out = cache.get(purl);
        if (out === undefined) {
            try {
                out = normalizePurl(purl);
            }
            catch {
                out = purl.trim();
            }
            cache.set(purl, out);
        }
        return out;
    };
}
/** Every installed version a finding reports, `version` first. */
function merge_installedVersions(f) {
    return f.versions ?? (f.version ? [f.version] : []);
}
const REACH = { required: 1, imported: 2, called: 3 };
/**
 * Merges findings: one per connected alias set and normalised purl. A
 * finding without a purl joins every finding of its alias set that has one
 * (it says the vulnerability is present without saying where); alone, it
 * stays a finding with purl ''. The merged finding keeps every source, the
 * severity from the best data (v4 > v3 > v2 > label; among equals the
 * higher), the most specific reachability, and `introduced` if any source
 * says so. The same package installed at several versions (two lockfiles)
 * stays one finding that keeps every version. Output is sorted by id, then
 * purl.
 */
function mergeFindings(findings) {
    const sets = new AliasSets();
    const purlOf = purlNormaliser();
    const prepared = findings.map((f) => {
        const ids = [
            normalizeVulnId(f.id),
            ...f.aliases.map(normalizeVulnId),
        ].filter((x) => x !== '');
        const nodes = ids.map((a) => sets.id(a));
        for (let i = 1; i < nodes.length; i++)
            sets.union(nodes[0], nodes[i]);
        return { f, ids, node: nodes[0], purl: purlOf(f.purl) };
    });
    // Group by alias set and purl; findings without a purl wait.
    const groups = new Map();
    const purlsOfSet = new Map();
    const withoutPurl = [];
    for (const p of prepared) {
        const root = p.node === undefined ? -1 : sets.find(p.node);
        const f = { ...p.f, id: p.ids[0] ?? p.f.id, aliases: p.ids, purl: p.purl };
        if (p.purl === '') {
            withoutPurl.push({ root, f });
            continue;
        }
        const key = `${root}\u0000${p.purl}`;
        let g = groups.get(key);
        if (!g) {
            groups.set(key, (g = []));
            const list = purlsOfSet.get(root) ?? [];
            list.push(key);
            purlsOfSet.set(root, list);
        }
        g.push(f);
    }
    // LIMITATION: a finding without purl joins every package its alias set is
    // reported in, since it cannot say which one it meant.
    for (const { root, f } of withoutPurl) {
        const keys = purlsOfSet.get(root);
        if (keys && root !== -1) {
            for (const key of keys)
                groups.get(key).push(f);
        }
        else {
            const key = `${root}\u0000`;
            const g = groups.get(key);
            if (g)
                g.push(f);
            else
                groups.set(key, [f]);
        }
    }
    const merged = [...groups.values()].map(mergeGroup);
    return merged.sort((a, b) => a.id < b.id
        ? -1
        : a.id > b.id
            ? 1
            : a.purl < b.purl
                ? -1
                : a.purl > b.purl
                    ? 1
                    : 0);
}
function mergeGroup(group) {
    const purl = group.find((f) => f.purl !== '')?.purl ?? '';
    const aliases = [...new Set(group.flatMap((f) => f.aliases))].sort(compareIdPreference);
    const best = bestSeverity(group);
    const out = {
        id: aliases[0],
        aliases,
        purl,
        severity: best.severity,
        sources: uniqueSources(group),
    };
    const first = (k) => group.find((f) => f[k] !== undefined && f[k] !== '')?.[k];
    const versions = [...new Set(group.flatMap(merge_installedVersions))];
    if (versions.length > 0)
        out.version = versions[0];
    if (versions.length > 1)
        out.versions = versions;
    const fixed = first('fixedVersion');
    if (fixed)
        out.fixedVersion = fixed;
    const title = first('title');
    if (title)
        out.title = title;
    const source = best.severitySource ??
        (group.some((f) => f.severitySource === 'alias') ? 'alias' : undefined);
    if (source)
        out.severitySource = source;
    if (best.cvss)
        out.cvss = best.cvss;
    if (group.some((f) => f.scope === 'runtime'))
        out.scope = 'runtime';
    else if (developmentOnly(group))
        out.scope = 'development';
    let reach = 0;
    for (const f of group)
        reach = Math.max(reach, REACH[f.reachability ?? ''] ?? 0);
    if (reach > 0) {
        out.reachability = ['required', 'imported', 'called'][reach - 1];
    }
    const published = group
        .map((f) => f.published)
        .filter((p) => !!p)
        .sort()[0];
    if (published)
        out.published = published;
    if (group.some((f) => f.introduced))
        out.introduced = true;
    const alerts = new Map();
    for (const f of group) {
        for (const a of [...(f.alerts ?? []), ...(f.alert ? [f.alert] : [])]) {
            if (!alerts.has(a.number))
                alerts.set(a.number, a);
        }
    }
    if (alerts.size > 0) {
        out.alerts = [...alerts.values()].sort((a, b) => a.number - b.number);
        out.alert = out.alerts[0];
    }
    // Suppressed only when every source hid it: one that still reports it
    // outweighs a scanner's ignore rule.
    if (group.every((f) => f.suppressed))
        out.suppressed = group[0].suppressed;
    const notes = [...new Set(group.flatMap((f) => f.notes ?? []))];
    if (notes.length > 0)
        out.notes = notes;
    return out;
}
/**
 * Development-only when a source says so and none says otherwise. A source
 * that gives the scope of some packages and not of this one (osv-scanner
 * marks only dev dependency groups) leaves it unknown: lodash dev-only in
 * one lockfile and a plain dependency in another is not development-only.
 */
function developmentOnly(group) {
    if (!group.some((f) => f.scope === 'development'))
        return false;
    const scoped = new Set(group.filter((f) => f.scope).flatMap((f) => f.sources.map((s) => s.kind)));
    return group.every((f) => f.scope === 'development' ||
        (f.scope === undefined && !f.sources.some((s) => scoped.has(s.kind))));
}
/** The finding with the best severity data; among equals, the higher. */
function bestSeverity(group) {
    let best = group[0];
    const rank = (f) => f.severity === 'unknown' || !f.severitySource
        ? 9
        : SOURCE_RANK[f.severitySource];
    for (const f of group.slice(1)) {
        const d = rank(f) - rank(best);
        if (d < 0 ||
            (d === 0 && severityRank(f.severity) > severityRank(best.severity))) {
            best = f;
        }
    }
    return best;
}
function uniqueSources(group) {
    const seen = new Set();
    const out = [];
    for (const f of group) {
        for (const s of f.sources) {
            const key = `${s.kind}\u0000${s.file ?? ''}\u0000${s.ref ?? ''}\u0000${s.tool ?? ''}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(s);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(1928);
;// CONCATENATED MODULE: ./packages/findings/src/read.ts
/**
 * Helpers every report parser shares: JSON read with the file's name and
 * position in the error, and narrow accessors for untyped input, so a
 * parser says what it expected instead of failing on `undefined`.
 */





/** Line and column (1-based) of a character offset. */
function lineColOf(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, col: offset - start + 1 };
}
/** The error for a file that is empty: never read as "no findings". */
function emptyFileError(file, what) {
    return new src_errors/* UserError */.yo(`${file} is empty, so it cannot be read as ${what}. Fix: check the step that writes it; an empty report is never taken as "no findings".`, { file });
}
/**
 * Parses one JSON document. An empty file or invalid JSON is the user's
 * mistake, reported with the file, line and column.
 */
function readJson(text, file, what) {
    if (text.trim() === '')
        throw emptyFileError(file, what);
    try {
        return JSON.parse(stripBom(text));
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const where = jsonErrorPosition(text);
        throw new src_errors/* UserError */.yo(`${file} is not valid JSON (${(0,src_text/* forLog */.Ig)(msg, 120)}), so it cannot be read as ${what}. Fix: point the report glob at the scanner's JSON output.`, { file, ...where });
    }
}
/**
 * Where a JSON text first goes wrong, as line and column. JSON.parse does
 * not always say (Node 20 omits the offset for an unexpected token), so the
 * position comes from jsonc-parser's strict mode.
 */
function jsonErrorPosition(text) {
    const errors = [];
    (0,main.parse)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
    });
    return errors.length > 0 ? lineColOf(text, errors[0].offset) : {};
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The value as an object, or {} when it is not one. */
function obj(v) {
    return isObject(v) ? v : {};
}
/** The value as an array, or [] when it is not one. */
function arr(v) {
    return Array.isArray(v) ? v : [];
}
/** The value as a non-empty trimmed string, or undefined. */
function str(v) {
    if (typeof v === 'number')
        return String(v);
    if (typeof v !== 'string')
        return undefined;
    const s = v.trim();
    return s === '' ? undefined : s;
}
/** The error for a document of the wrong shape, naming what was expected. */
function shapeError(file, what, expected) {
    return new src_errors/* UserError */.yo(`${file} is not ${what}: expected ${expected}. Fix: point the report glob at the scanner's own output in that format, or remove the file from the globs.`, { file });
}
/**
 * A purl normalised, or '' with a note when a source gives one that does
 * not parse (the finding is kept; merge joins it by alias).
 */
function safePurl(purl, notes) {
    const s = str(purl);
    if (!s)
        return '';
    try {
        return normalizePurl(s);
    }
    catch {
        notes.push(`Package URL "${(0,src_text/* forLog */.Ig)(s, 120)}" is not valid; the finding is kept without a package.`);
        return '';
    }
}
/** Assembles a Finding, dropping empty optional fields. */
function makeFinding(parts) {
    const id = normalizeVulnId(parts.id);
    const aliases = uniqueIds([id, ...parts.aliases]);
    const f = {
        id,
        aliases,
        purl: parts.purl,
        severity: parts.severity.severity,
        sources: [parts.source],
    };
    if (parts.version)
        f.version = parts.version;
    if (parts.fixedVersion)
        f.fixedVersion = parts.fixedVersion;
    if (parts.title)
        f.title = parts.title;
    if (parts.severity.severitySource)
        f.severitySource = parts.severity.severitySource;
    if (parts.severity.cvss && Object.keys(parts.severity.cvss).length > 0) {
        f.cvss = parts.severity.cvss;
    }
    if (parts.scope)
        f.scope = parts.scope;
    if (parts.reachability)
        f.reachability = parts.reachability;
    if (parts.published)
        f.published = parts.published;
    if (parts.introduced)
        f.introduced = true;
    if (parts.alert)
        f.alert = parts.alert;
    if (parts.suppressed)
        f.suppressed = parts.suppressed;
    const notes = [...(parts.notes ?? []), ...parts.severity.notes];
    if (notes.length > 0)
        f.notes = notes;
    return f;
}
/**
 * The purl for a package named in its ecosystem's terms, or '' with a note
 * when the ecosystem is not one psirt maps.
 */
function ecosystemPurl(ecosystem, name, notes) {
    const e = str(ecosystem);
    const n = str(name);
    if (!e || !n)
        return '';
    try {
        return purlFromEcosystem(e, n);
    }
    catch {
        notes.push(`Package "${(0,src_text/* forLog */.Ig)(n, 120)}" is in ecosystem "${(0,src_text/* forLog */.Ig)(e, 40)}", which psirt does not map to a package URL; the finding is kept without a package.`);
        return '';
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/dependabot.ts
/**
 * Dependabot alerts as the REST API returns them
 * (`GET /repos/{owner}/{repo}/dependabot/alerts`), and the dependency graph
 * compare of a pull request (`GET .../dependency-graph/compare/{basehead}`).
 */




/**
 * Alerts to findings. Alerts in state `fixed` are left out: the dependency
 * no longer has the vulnerability, so there is nothing to triage (a record
 * that claims a fix is checked against the scanners instead). Open,
 * dismissed and auto-dismissed alerts are kept with their state, so triage
 * can dismiss or reopen them.
 */
function parseDependabotAlerts(alerts, source) {
    if (!Array.isArray(alerts)) {
        throw new src_errors/* UserError */.yo(`${source} is not a list of Dependabot alerts. Fix: pass the JSON array the alerts endpoint returns.`);
    }
    const out = [];
    alerts.forEach((a, i) => {
        if (!isObject(a) ||
            !isObject(a.security_advisory) ||
            !isObject(a.dependency)) {
            throw new src_errors/* UserError */.yo(`${source}: item ${i + 1} is not a Dependabot alert (expected "security_advisory" and "dependency"). Fix: pass the response of the Dependabot alerts endpoint unchanged.`, { file: source });
        }
        if (str(a.state) === 'fixed')
            return;
        out.push(alertFinding(a, source));
    });
    return out;
}
function alertFinding(a, source) {
    const adv = obj(a.security_advisory);
    const vuln = obj(a.security_vulnerability);
    const dep = obj(a.dependency);
    const pkg = obj(dep.package);
    const notes = [];
    const ghsa = str(adv.ghsa_id);
    const ids = uniqueIds([
        ghsa,
        str(adv.cve_id),
        ...arr(adv.identifiers).map((x) => str(obj(x).value)),
    ]);
    const sev = obj(adv.cvss_severities);
    const number = typeof a.number === 'number' ? a.number : Number(a.number);
    const scope = str(dep.scope);
    return makeFinding({
        id: ids[0] ?? `dependabot-alert-${number}`,
        aliases: ids,
        purl: ecosystemPurl(pkg.ecosystem, pkg.name, notes),
        fixedVersion: str(obj(vuln.first_patched_version).identifier),
        title: str(adv.summary),
        severity: assessSeverity({
            vectors: [
                str(obj(sev.cvss_v4).vector_string),
                str(obj(sev.cvss_v3).vector_string),
                str(obj(adv.cvss).vector_string),
            ],
            label: str(vuln.severity) ?? adv.severity,
        }),
        scope: scope === 'development'
            ? 'development'
            : scope === 'runtime'
                ? 'runtime'
                : undefined,
        published: str(adv.published_at),
        alert: {
            number,
            state: str(a.state) ?? 'open',
            dismissed_reason: a.dismissed_reason ?? null,
        },
        source: {
            kind: 'dependabot',
            file: source,
            ref: String(number),
        },
        notes,
    });
}
/**
 * The dependency graph compare of a pull request: each dependency the PR
 * adds with known vulnerabilities is a finding marked `introduced`. Removed
 * dependencies add nothing. The API's `moderate` is `medium`.
 */
function parseDependencyGraphCompare(changes, source) {
    if (!Array.isArray(changes)) {
        throw new src_errors/* UserError */.yo(`${source} is not a dependency graph diff. Fix: pass the JSON array the compare endpoint returns.`);
    }
    const out = [];
    changes.forEach((c, i) => {
        if (!isObject(c) || typeof c.change_type !== 'string') {
            throw new src_errors/* UserError */.yo(`${source}: item ${i + 1} is not a dependency change (expected "change_type"). Fix: pass the response of the dependency graph compare endpoint unchanged.`, { file: source });
        }
        if (c.change_type !== 'added')
            return;
        const notes = [];
        const purl = safePurl(c.package_url, notes) ||
            ecosystemPurl(c.ecosystem, c.name, notes);
        const scope = str(c.scope);
        for (const v of arr(c.vulnerabilities).filter(isObject)) {
            const id = str(v.advisory_ghsa_id);
            if (!id)
                continue;
            out.push(makeFinding({
                id: uniqueIds([id])[0],
                aliases: uniqueIds([id]),
                purl,
                version: str(c.version),
                title: str(v.advisory_summary),
                severity: assessSeverity({ label: v.severity }),
                scope: scope === 'development'
                    ? 'development'
                    : scope === 'runtime'
                        ? 'runtime'
                        : undefined,
                introduced: true,
                source: { kind: 'dependency-review', file: source, ref: id },
                notes: [...notes],
            }));
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./packages/findings/src/osv.ts
/**
 * osv-scanner's JSON report (`--format json`), and the pieces of an OSV
 * entry other sources (govulncheck) share: severity vectors, the fixed
 * version, the summary.
 */



const WHAT = 'an osv-scanner JSON report';
/** The severity data of an OSV entry: its vectors and its database's label. */
function osvSeverityData(entry) {
    const vectors = [];
    const add = (list) => {
        for (const s of arr(list)) {
            const v = str(obj(s).score);
            if (v && /^CVSS_V[234]$/i.test(str(obj(s).type) ?? ''))
                vectors.push(v);
        }
    };
    add(entry.severity);
    for (const a of arr(entry.affected)) {
        add(obj(a).severity);
        const cvss = str(obj(obj(a).database_specific).cvss);
        if (cvss)
            vectors.push(cvss);
    }
    const label = obj(entry.database_specific).severity;
    return { vectors, label };
}
/**
 * The first fixed version an OSV entry gives for a package name.
 * LIMITATION: the first `fixed` event of the package's ranges, not the one
 * on the installed version's branch (e.g. 2.8.19 for a 2.9.x install).
 */
function osvFixedVersion(entry, name) {
    for (const a of arr(entry.affected)) {
        const pkg = obj(obj(a).package);
        if (str(pkg.name) !== name)
            continue;
        for (const r of arr(obj(a).ranges)) {
            for (const ev of arr(obj(r).events)) {
                const fixed = str(obj(ev).fixed);
                if (fixed)
                    return fixed;
            }
        }
    }
    return undefined;
}
/** Every id an OSV entry names: its own, its aliases, its upstream. */
function osvIds(entry) {
    return uniqueIds([
        str(entry.id),
        ...arr(entry.aliases).map(str),
        ...arr(entry.upstream).map(str),
    ]);
}
/**
 * Parses an osv-scanner JSON report: one finding per package and alias
 * group (osv-scanner's `groups` already fold a GHSA and its RUSTSEC twin),
 * or per vulnerability when the report predates groups.
 */
function parseOsvScanner(text, file) {
    const doc = readJson(text, file, WHAT);
    if (!isObject(doc) || !Array.isArray(doc.results)) {
        throw shapeError(file, WHAT, 'an object with a "results" array');
    }
    const findings = [];
    for (const result of doc.results) {
        if (!isObject(result) || !Array.isArray(result.packages)) {
            throw shapeError(file, WHAT, 'each of "results" to have a "packages" array');
        }
        for (const p of result.packages) {
            findings.push(...packageFindings(obj(p), file));
        }
    }
    return findings;
}
function packageFindings(p, file) {
    const pkg = obj(p.package);
    const name = str(pkg.name) ?? '';
    const notes = [];
    const purl = safePurl(pkg.purl, notes) || ecosystemPurl(pkg.ecosystem, name, notes);
    const vulns = arr(p.vulnerabilities).filter(isObject);
    const byId = new Map();
    for (const v of vulns) {
        const id = str(v.id);
        if (id)
            byId.set(normalizeVulnId(id), v);
    }
    const groups = arr(p.groups)
        .filter(isObject)
        .map((g) => ({
        ids: uniqueIds(arr(g.ids).map(str)),
        aliases: uniqueIds(arr(g.aliases).map(str)),
        max: Number(str(g.max_severity)),
        analysis: obj(g.experimentalAnalysis),
    }))
        .filter((g) => g.ids.length > 0);
    // A vulnerability no group lists still is one: it gets its own group
    // (merge joins it to the others by alias).
    const grouped = new Set(groups.flatMap((g) => g.ids));
    for (const id of byId.keys()) {
        if (grouped.has(id))
            continue;
        groups.push({ ids: [id], aliases: [], max: NaN, analysis: {} });
    }
    // `dependency_groups: ["dev"]`: a development-only dependency. npm's
    // devOptional is ["dev", "optional"]: also an optional dependency of the
    // product, so not development-only.
    const depGroups = arr(p.dependency_groups).map(str);
    const devOnly = depGroups.length > 0 && depGroups.every((g) => g === 'dev');
    return groups.map((g) => {
        const members = g.ids.map((id) => byId.get(id)).filter(isObject);
        const vectors = [];
        let label;
        for (const m of members) {
            const d = osvSeverityData(m);
            vectors.push(...(d.vectors ?? []));
            label ??= d.label;
        }
        const severity = assessSeverity({
            vectors,
            label,
            score: Number.isFinite(g.max) ? g.max : undefined,
        });
        const first = members[0] ?? {};
        const called = Object.values(g.analysis).some((a) => obj(a).called === true);
        return makeFinding({
            id: g.ids[0],
            aliases: uniqueIds([
                ...g.ids,
                ...g.aliases,
                ...members.flatMap((m) => osvIds(m)),
            ]),
            purl,
            version: str(pkg.version),
            fixedVersion: members
                .map((m) => osvFixedVersion(m, name))
                .find((v) => v !== undefined),
            title: str(first.summary) ?? str(first.details)?.slice(0, 200),
            severity,
            reachability: called ? 'called' : undefined,
            scope: devOnly ? 'development' : undefined,
            published: str(first.published),
            source: { kind: 'osv-scanner', file, ref: g.ids[0] },
            notes,
        });
    });
}

;// CONCATENATED MODULE: ./packages/findings/src/govulncheck.ts
/**
 * govulncheck's JSON output (`-format json`): a stream of concatenated JSON
 * objects, one message each (`config`, `progress`, `SBOM`, `osv`,
 * `finding`), not one document. Reachability comes from the trace: a trace
 * whose first frame names a function reaches the vulnerable symbol.
 */







const govulncheck_WHAT = 'a govulncheck JSON stream';
const MESSAGE_KEYS = new Set(['config', 'progress', 'SBOM', 'osv', 'finding']);
/**
 * Splits concatenated JSON values at the top level, tracking strings and
 * escapes, so whitespace and newlines inside strings do not matter. Each
 * value comes with its starting offset for error positions.
 */
function* splitJsonStream(text) {
    let depth = 0;
    let inString = false;
    let escaped = false;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c === '\\')
                escaped = true;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"') {
            inString = true;
            if (depth === 0)
                throw new StreamError(i, 'a string outside any object');
        }
        else if (c === '{' || c === '[') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (c === '}' || c === ']') {
            depth--;
            if (depth < 0)
                throw new StreamError(i, `an unmatched "${c}"`);
            if (depth === 0) {
                yield { json: text.slice(start, i + 1), offset: start };
                start = -1;
            }
        }
        else if (depth === 0 && !/\s/.test(c)) {
            throw new StreamError(i, `"${c}" outside any object`);
        }
    }
    if (depth !== 0 || inString) {
        throw new StreamError(start < 0 ? text.length : start, 'an object that is never closed');
    }
}
class StreamError extends Error {
    offset;
    what;
    constructor(offset, what) {
        super(what);
        this.offset = offset;
        this.what = what;
    }
}
const REACH_RANK = {
    required: 0,
    imported: 1,
    called: 2,
};
/** The reachability a govulncheck trace shows. */
function traceReachability(trace) {
    const top = obj(trace[0]);
    if (str(top.function))
        return 'called';
    if (str(top.package))
        return 'imported';
    return 'required';
}
/**
 * Parses a govulncheck JSON stream into one finding per vulnerability and
 * module, with the most specific reachability any of its findings shows.
 * Severity comes from the OSV entry when it has any; Go's database has
 * none, so it is usually `unknown` from source `alias`, for merge to fill
 * from another source that knows the same alias.
 */
function parseGovulncheck(text, file) {
    const messages = readMessages(text, file);
    const osv = new Map();
    let known = 0;
    for (const { msg } of messages) {
        if (Object.keys(msg).some((k) => MESSAGE_KEYS.has(k)))
            known++;
        const entry = msg.osv;
        if (isObject(entry) && str(entry.id)) {
            osv.set(normalizeVulnId(str(entry.id)), entry);
        }
    }
    if (known === 0) {
        throw new src_errors/* UserError */.yo(`${file} has no govulncheck messages (config, progress, osv, finding). Fix: write it with \`govulncheck -format json ./...\`.`, { file });
    }
    const byKey = new Map();
    for (const { msg, offset } of messages) {
        if (!isObject(msg.finding))
            continue;
        const f = msg.finding;
        const id = str(f.osv);
        const trace = arr(f.trace);
        if (!id || trace.length === 0) {
            throw new src_errors/* UserError */.yo(`${file} has a govulncheck finding without "osv" or "trace". Fix: regenerate the report with a current govulncheck.`, { file, ...lineColOf(text, offset) });
        }
        const vulnId = normalizeVulnId(id);
        const top = obj(trace[0]);
        const module = str(top.module) ?? '';
        const reach = traceReachability(trace);
        const key = `${vulnId}\u0000${module}`;
        const existing = byKey.get(key);
        if (existing && existing.rank >= REACH_RANK[reach])
            continue;
        byKey.set(key, {
            finding: toFinding(vulnId, f, top, module, reach, osv.get(vulnId), file),
            rank: REACH_RANK[reach],
        });
    }
    return [...byKey.values()].map((v) => v.finding);
}
function readMessages(text, file) {
    const body = stripBom(text);
    if (body.trim() === '')
        throw emptyFileError(file, govulncheck_WHAT);
    const out = [];
    try {
        for (const { json, offset } of splitJsonStream(body)) {
            let value;
            try {
                value = JSON.parse(json);
            }
            catch (e) {
                throw new StreamError(offset, `invalid JSON (${e instanceof Error ? e.message : e})`);
            }
            if (!isObject(value))
                throw new StreamError(offset, 'a value that is not an object');
            out.push({ msg: value, offset });
        }
    }
    catch (e) {
        if (!(e instanceof StreamError))
            throw e;
        throw new src_errors/* UserError */.yo(`${file} is not ${govulncheck_WHAT}: ${(0,src_text/* forLog */.Ig)(e.what, 160)}. Fix: write it with \`govulncheck -format json ./...\`.`, { file, ...lineColOf(body, e.offset) });
    }
    return out;
}
function toFinding(id, f, top, module, reachability, entry, file) {
    const notes = [];
    let purl = '';
    if (module) {
        try {
            purl = purlFromEcosystem('Go', module);
        }
        catch {
            notes.push(`Go module "${(0,src_text/* forLog */.Ig)(module, 120)}" does not make a package URL.`);
        }
    }
    const data = entry ? osvSeverityData(entry) : {};
    let severity = assessSeverity(data);
    if (severity.severity === 'unknown') {
        severity = { ...severity, severitySource: 'alias' };
    }
    return makeFinding({
        id,
        aliases: entry ? osvIds(entry) : [id],
        purl,
        version: str(top.version),
        fixedVersion: str(f.fixed_version) ??
            (entry ? osvFixedVersion(entry, module) : undefined),
        title: entry
            ? (str(entry.summary) ?? str(entry.details)?.slice(0, 200))
            : undefined,
        severity,
        reachability,
        published: entry ? str(entry.published) : undefined,
        source: { kind: 'govulncheck', file, ref: id },
        notes,
    });
}

;// CONCATENATED MODULE: ./packages/findings/src/grype.ts
/**
 * Grype's JSON report (`-o json`): `matches[]`, each a vulnerability in an
 * artifact. `relatedVulnerabilities` carry the aliases (a GHSA match relates
 * its CVE). Matches an ignore rule removed (`ignoredMatches`) are kept as
 * suppressed findings: Grype was told to ignore them, psirt still needs its
 * own decision.
 */



const grype_WHAT = 'a Grype JSON report';
/** Parses `grype -o json` into one finding per match. */
function parseGrype(text, file) {
    const doc = readJson(text, file, grype_WHAT);
    if (!isObject(doc) || !Array.isArray(doc.matches)) {
        throw shapeError(file, grype_WHAT, 'an object with a "matches" array');
    }
    const out = doc.matches.filter(isObject).map((m) => matchFinding(m, file));
    for (const ignored of arr(doc.ignoredMatches).filter(isObject)) {
        const f = matchFinding(ignored, file);
        const rule = obj(arr(ignored.appliedIgnoreRules)[0]);
        f.suppressed = {
            status: str(rule['vex-status']) ?? 'ignored',
            statement: str(rule.reason) ?? str(rule['vex-justification']),
            source: '.grype.yaml',
        };
        out.push(f);
    }
    return out;
}
function matchFinding(m, file) {
    const vuln = obj(m.vulnerability);
    const artifact = obj(m.artifact);
    const related = arr(m.relatedVulnerabilities).filter(isObject);
    const notes = [];
    const id = str(vuln.id);
    if (!id)
        throw shapeError(file, grype_WHAT, 'every match to have vulnerability.id');
    const purl = safePurl(artifact.purl, notes) ||
        ecosystemPurl(artifact.type, artifact.name, notes);
    // The match's own CVSS first, then what related records (NVD) say.
    const vectors = [];
    for (const c of [vuln, ...related].flatMap((v) => arr(obj(v).cvss))) {
        vectors.push(str(obj(c).vector));
    }
    const fixVersions = arr(obj(vuln.fix).versions).map(str).filter(Boolean);
    return makeFinding({
        id,
        aliases: uniqueIds([id, ...related.map((r) => str(r.id))]),
        purl,
        version: str(artifact.version),
        fixedVersion: fixVersions[0],
        title: str(vuln.description)?.slice(0, 200),
        severity: assessSeverity({ vectors, label: vuln.severity }),
        source: { kind: 'grype', file, ref: id },
        notes,
    });
}

;// CONCATENATED MODULE: ./packages/findings/src/npm-audit.ts
/**
 * `npm audit --json` from npm 7 and later (auditReportVersion 2). Each
 * vulnerable package lists its advisories in `via`; a `via` entry that is a
 * string names another vulnerable package it depends on, whose advisories
 * are reported under that package, so it adds no finding of its own.
 */




const npm_audit_WHAT = 'an npm audit v2 report';
/**
 * Parses `npm audit --json` (v2): one finding per advisory and package.
 * LIMITATION: npm audit v2 gives the vulnerable range, not the installed
 * version, so these findings have no `version`.
 */
function parseNpmAudit(text, file) {
    const doc = readJson(text, file, npm_audit_WHAT);
    if (!isObject(doc))
        throw shapeError(file, npm_audit_WHAT, 'a JSON object');
    if (isObject(doc.error)) {
        const summary = str(obj(doc.error).summary) ?? str(obj(doc.error).code) ?? 'an error';
        throw new src_errors/* UserError */.yo(`${file} is npm's error output, not an audit report: npm said "${summary.slice(0, 200)}". Fix: make \`npm audit --json\` succeed (a lockfile must exist) before triage reads it.`, { file });
    }
    if (doc.auditReportVersion === undefined && isObject(doc.advisories)) {
        throw new src_errors/* UserError */.yo(`${file} is an npm audit v1 report (npm 6), which psirt does not read. Fix: run \`npm audit --json\` with npm 7 or later.`, { file });
    }
    if (doc.auditReportVersion !== 2 || !isObject(doc.vulnerabilities)) {
        throw shapeError(file, npm_audit_WHAT, '"auditReportVersion": 2 and a "vulnerabilities" object');
    }
    const seen = new Set();
    const findings = [];
    for (const [key, value] of Object.entries(doc.vulnerabilities)) {
        const v = obj(value);
        const pkgName = str(v.name) ?? key;
        for (const via of arr(v.via)) {
            if (!isObject(via))
                continue;
            const name = str(via.name) ?? pkgName;
            const url = str(via.url) ?? '';
            const ids = uniqueIds([...vulnIdsIn(url), ...arr(via.cves).map(str)]);
            const id = ids[0] ??
                (via.source !== undefined
                    ? `npm-advisory-${str(via.source)}`
                    : undefined);
            if (!id)
                continue;
            const key2 = `${id}\u0000${name}`;
            if (seen.has(key2))
                continue;
            seen.add(key2);
            const notes = [];
            const cvss = obj(via.cvss);
            const fix = obj(v.fixAvailable);
            findings.push(makeFinding({
                id,
                aliases: ids,
                purl: ecosystemPurl('npm', name, notes),
                fixedVersion: str(fix.name) === name ? str(fix.version) : undefined,
                title: str(via.title),
                severity: assessSeverity({
                    vectors: [str(cvss.vectorString)],
                    label: via.severity,
                }),
                source: { kind: 'npm-audit', file, ref: str(via.source) ?? id },
                notes,
            }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/findings/src/sarif.ts
/**
 * SARIF 2.1.0 reports from dependency scanners (Grype, osv-scanner, Trivy)
 * and from CodeQL or any other tool.
 *
 * What a finding is here: every rule of osv-scanner, every Trivy rule
 * tagged `vulnerability`, every Grype `<id>-<package>` rule; for any other
 * tool, a result whose rule names a vulnerability of a known database (CVE,
 * GHSA, GO-, RUSTSEC-, PYSEC-, OSV...) in its id, its deprecated ids, its
 * tags (`external/cve/CVE-…`) or its properties. Code
 * scanning rules such as `js/zipslip` find weaknesses in the project's own
 * code, not known vulnerabilities in a dependency; they have their own
 * alert workflow and are not findings for triage. A SARIF file whose
 * results are all such rules is valid and gives zero findings.
 */






const sarif_WHAT = 'a SARIF 2.1.0 report';
/** Lockfile names to the ecosystem their packages come from. */
const LOCKFILES = [
    [/(^|\/)cargo\.(lock|toml)$/i, 'cargo'],
    [
        /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|package\.json|bun\.lock)$/i,
        'npm',
    ],
    [/(^|\/)go\.(mod|sum)$/i, 'go'],
    [
        /(^|\/)(requirements[^/]*\.txt|poetry\.lock|pipfile\.lock|pdm\.lock|uv\.lock|pyproject\.toml)$/i,
        'pip',
    ],
    [/(^|\/)gemfile\.lock$/i, 'rubygems'],
    [/(^|\/)composer\.lock$/i, 'composer'],
    [/(^|\/)(pom\.xml|gradle\.lockfile|buildscript-gradle\.lockfile)$/i, 'maven'],
    [
        /(^|\/)(packages\.lock\.json|packages\.config|[^/]*\.deps\.json)$/i,
        'nuget',
    ],
    [/(^|\/)pubspec\.lock$/i, 'pub'],
    [/(^|\/)mix\.lock$/i, 'hex'],
];
/**
 * The ecosystem a lockfile path implies, if its name is a known lockfile.
 * LIMITATION: osv-scanner and Trivy SARIF name a package without its
 * ecosystem; it is inferred from the lockfile name only, and a finding from
 * any other file has no purl (merge joins it by alias).
 */
function ecosystemOfLockfile(path) {
    for (const [re, eco] of LOCKFILES)
        if (re.test(path))
            return eco;
    return undefined;
}
/** A tool's flavour, from `tool.driver.name`. */
function flavourOf(name) {
    const n = name.toLowerCase();
    if (n === 'grype')
        return 'grype';
    if (n === 'osv-scanner' || n === 'osv scanner')
        return 'osv-scanner';
    if (n === 'trivy')
        return 'trivy';
    if (n === 'codeql')
        return 'codeql';
    return 'other';
}
/** Parses a SARIF 2.1.0 report; see the module comment for what counts. */
function parseSarif(text, file) {
    const doc = readJson(text, file, sarif_WHAT);
    if (!isObject(doc) || !Array.isArray(doc.runs)) {
        throw shapeError(file, sarif_WHAT, 'an object with a "runs" array');
    }
    if (doc.version !== undefined && str(doc.version) !== '2.1.0') {
        throw shapeError(file, sarif_WHAT, `SARIF version 2.1.0, not ${(0,src_text/* forLog */.Ig)(doc.version, 20)}`);
    }
    if (doc.runs.length === 0) {
        throw shapeError(file, sarif_WHAT, 'at least one run (a report with "runs": [] says no scan ran)');
    }
    const findings = [];
    for (const run of doc.runs) {
        if (!isObject(run) || !isObject(obj(run.tool).driver)) {
            throw shapeError(file, sarif_WHAT, 'each run to have tool.driver');
        }
        checkRunSucceeded(run, file);
        findings.push(...runFindings(run, file));
    }
    return findings;
}
/**
 * A run that failed, or that produced no results array, is not "no
 * findings": SARIF 2.1.0 (3.14.23) says an absent `results` means the tool
 * did not produce results, and `executionSuccessful: false` (3.20.14) that
 * it failed. Either is refused, naming the file, so a broken scan cannot
 * pass the gate.
 */
function checkRunSucceeded(run, file) {
    const tool = (0,src_text/* forLog */.Ig)(str(obj(obj(run.tool).driver).name) ?? 'the tool', 60);
    const failed = arr(run.invocations).find((i) => isObject(i) && i.executionSuccessful === false);
    if (failed) {
        const why = arr(obj(failed).toolExecutionNotifications)
            .map((n) => str(obj(obj(n).message).text))
            .filter((t) => !!t)
            .slice(0, 3)
            .map((t) => (0,src_text/* forLog */.Ig)(t, 200))
            .join('; ');
        throw new src_errors/* UserError */.yo(`${file}: the ${tool} scan failed (invocations[].executionSuccessful is false${why ? `: ${why}` : ''}), so its findings are unknown. Fix: make the scan succeed and regenerate the report; do not treat a failed scan as "no findings".`, { file });
    }
    if (run.results === undefined || run.results === null) {
        throw new src_errors/* UserError */.yo(`${file}: the ${tool} run has no "results" array, which in SARIF 2.1.0 means the tool did not produce results. Fix: check the scan's log, make it succeed and regenerate the report (a clean scan writes "results": []).`, { file });
    }
    if (!Array.isArray(run.results)) {
        throw shapeError(file, sarif_WHAT, 'each run\'s "results" to be an array');
    }
}
function runFindings(run, file) {
    const driver = obj(obj(run.tool).driver);
    const tool = str(driver.name) ?? 'unknown';
    const flavour = flavourOf(tool);
    const rules = arr(driver.rules).filter(isObject);
    for (const ext of arr(obj(run.tool).extensions)) {
        rules.push(...arr(obj(ext).rules).filter(isObject));
    }
    const ruleById = new Map();
    for (const r of rules) {
        const id = str(r.id);
        if (id && !ruleById.has(id))
            ruleById.set(id, r);
    }
    const out = [];
    for (const result of arr(run.results)) {
        if (!isObject(result))
            continue;
        const ruleId = str(result.ruleId) ?? str(obj(result.rule).id) ?? '';
        const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : -1;
        const rule = ruleById.get(ruleId) ?? (index >= 0 ? rules[index] : undefined) ?? {};
        const f = resultFinding(result, rule, ruleId, flavour, tool, file);
        if (f)
            out.push(f);
    }
    return out;
}
function resultFinding(result, rule, ruleId, flavour, tool, file) {
    const ids = vulnerabilityIds(result, rule, ruleId, flavour);
    if (ids.length === 0)
        return undefined;
    const notes = [];
    const message = str(obj(result.message).text) ?? '';
    const props = { ...obj(rule.properties), ...obj(result.properties) };
    const location = str(obj(obj(obj(arr(result.locations)[0]).physicalLocation).artifactLocation)
        .uri);
    const pkg = packageOf(props, message, location, flavour, notes);
    // Trivy writes "0.0" when its severity source has no v3 score (or the
    // severity is UNKNOWN), so a zero says nothing and the label is used.
    const raw = Number(str(props['security-severity']));
    const score = raw > 0 ? raw : undefined;
    const tagLabel = arr(rule.properties && obj(rule.properties).tags)
        .map(str)
        .find((t) => t !== undefined && severityFromLabel(t) !== undefined);
    const severity = assessSeverity({
        vectors: [
            str(props.cvssV4Vector),
            str(props.cvssV3Vector),
            str(props.cvssV3_1Vector),
        ],
        label: tagLabel ?? labelInText(message),
        score,
    });
    return makeFinding({
        id: ids[0],
        aliases: ids,
        purl: pkg.purl,
        version: pkg.version,
        fixedVersion: pkg.fixed,
        title: str(obj(rule.shortDescription).text) ?? message.slice(0, 200),
        severity,
        source: { kind: 'sarif', file, ref: ruleId, tool },
        notes,
    });
}
/** The rule's vulnerability ids, primary first; [] when it is not one. */
function vulnerabilityIds(result, rule, ruleId, flavour) {
    const ids = [];
    const props = obj(rule.properties);
    const tags = arr(props.tags).map(str);
    // Rules of the dependency scanners are vulnerabilities whatever their id
    // looks like (RHSA-2023:1234, UBUNTU-CVE-…): osv-scanner's every rule,
    // Trivy's rules tagged `vulnerability`.
    const scannerVuln = flavour === 'osv-scanner' ||
        (flavour === 'trivy' && tags.includes('vulnerability'));
    if (ruleId && (scannerVuln || isVulnId(ruleId))) {
        ids.push(normalizeVulnId(ruleId));
    }
    else if (flavour === 'grype') {
        // Grype rule ids are `<vulnerability id>-<package name>`; the short
        // description starts with the vulnerability id.
        const first = str(obj(rule.shortDescription).text)?.split(/\s+/)[0];
        if (first && ruleId.startsWith(`${first}-`))
            ids.push(first);
    }
    for (const d of arr(rule.deprecatedIds)) {
        const s = str(d);
        if (s && (flavour === 'osv-scanner' || isVulnId(s)))
            ids.push(s);
    }
    for (const s of tags) {
        // CodeQL style: `external/cve/cve-2021-44228`
        if (s && /^external\/(cve|ghsa|osv)\//i.test(s))
            ids.push(...vulnIdsIn(s));
    }
    for (const key of [
        'cve',
        'cveId',
        'ghsa',
        'ghsaId',
        'aliases',
        'vulnerabilityId',
    ]) {
        const v = props[key] ?? obj(result.properties)[key];
        for (const s of Array.isArray(v) ? v : [v]) {
            const id = str(s);
            if (id && isVulnId(id))
                ids.push(id);
        }
    }
    if (ids.length === 0)
        return [];
    // osv-scanner names the other ids of the group in its message too.
    if (flavour === 'osv-scanner') {
        ids.push(...vulnIdsIn(str(obj(result.message).text) ?? ''));
    }
    return uniqueIds(ids);
}
/** Package, version and fix from properties, the message or the location. */
function packageOf(props, message, location, flavour, notes) {
    const purls = [...arr(props.purls), props.purl, props.packageUrl].map(str);
    const given = purls.find((p) => p !== undefined);
    if (given) {
        const purl = safePurl(given, notes);
        const version = /@([^?#]+)/.exec(given.slice(given.lastIndexOf('/')))?.[1];
        return {
            purl,
            version: version ? decodeURIComponentSafe(version) : undefined,
        };
    }
    let name;
    let version;
    let fixed;
    if (flavour === 'osv-scanner') {
        // "Package 'regex@1.5.1' is vulnerable to 'CVE-…'"
        const m = /Package '([^']+)@([^'@]+)'/.exec(message);
        if (m)
            [name, version] = [m[1], m[2]];
    }
    else if (flavour === 'trivy') {
        // "Package: debug\nInstalled Version: 3.0.1\n…\nFixed Version: 3.1.0"
        name = /^Package: (.+)$/m.exec(message)?.[1]?.trim();
        version = /^Installed Version: (.+)$/m.exec(message)?.[1]?.trim();
        fixed = /^Fixed Version: (.+)$/m.exec(message)?.[1]?.trim() || undefined;
    }
    if (!name)
        return { purl: '' };
    const eco = location ? ecosystemOfLockfile(location) : undefined;
    if (!eco) {
        notes.push(`Package "${(0,src_text/* forLog */.Ig)(name, 120)}" is named without its ecosystem; the finding is kept without a package URL and joins others by alias.`);
        return { purl: '', version, fixed };
    }
    try {
        return { purl: purlFromEcosystem(eco, name), version, fixed };
    }
    catch {
        return { purl: '', version, fixed };
    }
}
function labelInText(message) {
    return /^Severity: (\w+)$/im.exec(message)?.[1];
}
function decodeURIComponentSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/trivy.ts
/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2).
 *
 * `ExperimentalModifiedFindings` are vulnerabilities Trivy found and then
 * hid because a VEX document or ignore file told it to. They are kept as
 * findings marked `suppressed` (with the status, statement and source Trivy
 * gives): the vulnerability is present, and triage wants a decision psirt
 * can see and review, not one only the scanner knows. The decision itself
 * is read from the VEX document by the decision readers.
 */



const trivy_WHAT = 'a Trivy JSON report';
/** Parses `trivy --format json` (SchemaVersion 2). */
function parseTrivy(text, file) {
    const doc = readJson(text, file, trivy_WHAT);
    if (!isObject(doc) || doc.SchemaVersion !== 2) {
        throw shapeError(file, trivy_WHAT, 'an object with "SchemaVersion": 2');
    }
    if (doc.Results !== undefined && !Array.isArray(doc.Results)) {
        throw shapeError(file, trivy_WHAT, '"Results" to be an array');
    }
    const findings = [];
    for (const result of arr(doc.Results).filter(isObject)) {
        const type = str(result.Type);
        for (const v of arr(result.Vulnerabilities).filter(isObject)) {
            findings.push(vulnFinding(v, type, file));
        }
        for (const m of arr(result.ExperimentalModifiedFindings).filter(isObject)) {
            if (str(m.Type) !== 'vulnerability' || !isObject(m.Finding))
                continue;
            const f = vulnFinding(m.Finding, type, file);
            f.suppressed = {
                status: str(m.Status) ?? 'ignored',
                statement: str(m.Statement),
                source: str(m.Source),
            };
            findings.push(f);
        }
    }
    return findings;
}
function vulnFinding(v, type, file) {
    const notes = [];
    const id = str(v.VulnerabilityID);
    if (!id)
        throw shapeError(file, trivy_WHAT, 'every vulnerability to have a VulnerabilityID');
    const purl = safePurl(obj(v.PkgIdentifier).PURL, notes) ||
        ecosystemPurl(type, v.PkgName, notes);
    // The vendor Trivy took its severity from first, then NVD, then the rest.
    const cvss = obj(v.CVSS);
    const vendors = [str(v.SeveritySource), 'nvd', 'ghsa', ...Object.keys(cvss)];
    const vectors = [];
    for (const key of ['V40Vector', 'V3Vector', 'V2Vector']) {
        for (const vendor of vendors) {
            if (vendor)
                vectors.push(str(obj(cvss[vendor])[key]));
        }
    }
    const fixed = str(v.FixedVersion)?.split(',')[0]?.trim();
    return makeFinding({
        id,
        aliases: uniqueIds([id, ...arr(v.VendorIDs).map(str)]),
        purl,
        version: str(v.InstalledVersion),
        fixedVersion: fixed,
        title: str(v.Title),
        severity: assessSeverity({ vectors, label: v.Severity }),
        published: str(v.PublishedDate),
        source: { kind: 'trivy', file, ref: id },
        notes,
    });
}

;// CONCATENATED MODULE: ./packages/findings/src/reports.ts
/**
 * Report files: which parser a file needs, and every file the configured
 * globs match, parsed. A glob that matches no file is an error, not zero
 * findings: a scanner step that failed to write its report, or a path that
 * moved, would otherwise pass the gate silently.
 */













const REPORT_FORMATS = (/* unused pure expression or super */ null && ([
    'osv-scanner',
    'govulncheck',
    'sarif',
    'npm-audit',
    'grype',
    'trivy',
    'dependabot',
    'dependency-review',
]));
const FORMATS_HELP = 'osv-scanner JSON, govulncheck JSON, SARIF 2.1.0, npm audit v2, Grype JSON, Trivy JSON, Dependabot alerts or a dependency graph compare';
const GOVULNCHECK_START = /^\s*\{\s*"(config|progress|SBOM|osv|finding)"\s*:/;
/**
 * Which report format a file holds, from its content (never its name). An
 * empty or unrecognised file is refused, naming the formats psirt reads.
 */
function detectFormat(text, file) {
    const body = stripBom(text);
    if (body.trim() === '')
        throw emptyFileError(file, `a report (${FORMATS_HELP})`);
    let doc;
    try {
        doc = JSON.parse(body);
    }
    catch {
        if (GOVULNCHECK_START.test(body))
            return 'govulncheck';
        throw new src_errors/* UserError */.yo(`${file} is neither JSON nor a govulncheck JSON stream, so psirt cannot read it as a report (${FORMATS_HELP}). Fix: point the report glob at the scanner's JSON or SARIF output.`, { file, ...jsonErrorPosition(body) });
    }
    if (Array.isArray(doc)) {
        if (doc.length === 0) {
            throw new src_errors/* UserError */.yo(`${file} is an empty JSON array; psirt cannot tell which report it is. Fix: Dependabot alerts and dependency graph diffs are read from the API; remove this file from the report globs.`, { file });
        }
        const first = doc[0];
        if (isObject(first) && 'security_advisory' in first)
            return 'dependabot';
        if (isObject(first) && 'change_type' in first)
            return 'dependency-review';
    }
    else if (isObject(doc)) {
        if (Array.isArray(doc.runs))
            return 'sarif';
        if ('auditReportVersion' in doc ||
            ('advisories' in doc && 'metadata' in doc)) {
            return 'npm-audit';
        }
        if (Array.isArray(doc.matches))
            return 'grype';
        if ('SchemaVersion' in doc)
            return 'trivy';
        if (Array.isArray(doc.results))
            return 'osv-scanner';
        if (Object.keys(doc).length === 1 && GOVULNCHECK_START.test(body)) {
            return 'govulncheck';
        }
        if (typeof doc['@context'] === 'string' &&
            doc['@context'].includes('openvex')) {
            throw new src_errors/* UserError */.yo(`${file} is an OpenVEX document: it holds decisions, not findings. Fix: remove it from the report globs and put it in a VEX folder (vex_dirs, default .vex/).`, { file });
        }
    }
    throw new src_errors/* UserError */.yo(`${file} is JSON but not a report format psirt reads (${FORMATS_HELP}). Fix: point the report glob at one of those outputs.`, { file });
}
/** Parses a report file's text with the parser its content needs. */
function parseReport(text, file) {
    const format = detectFormat(text, file);
    switch (format) {
        case 'osv-scanner':
            return parseOsvScanner(text, file);
        case 'govulncheck':
            return parseGovulncheck(text, file);
        case 'sarif':
            return parseSarif(text, file);
        case 'npm-audit':
            return parseNpmAudit(text, file);
        case 'grype':
            return parseGrype(text, file);
        case 'trivy':
            return parseTrivy(text, file);
        case 'dependabot':
            return parseDependabotAlerts(JSON.parse(stripBom(text)), file);
        case 'dependency-review':
            return parseDependencyGraphCompare(JSON.parse(stripBom(text)), file);
    }
}
async function isDirectory(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Reads every report the globs match (relative to `cwd`; a glob starting
 * with `!` excludes). Each glob must match at least one file; the files
 * are read in path order and each must parse. Findings are not merged.
 */
async function readReports(globs, cwd) {
    const include = globs
        .map((g) => g.trim())
        .filter((g) => g !== '' && !g.startsWith('!'));
    const ignore = globs
        .filter((g) => g.trim().startsWith('!'))
        .map((g) => g.trim().slice(1));
    const files = new Set();
    for (const glob of include) {
        const matched = await out_default()(glob, { cwd, dot: true, onlyFiles: true, ignore });
        if (matched.length === 0) {
            if (await isDirectory(external_node_path_default().resolve(cwd, glob))) {
                throw new src_errors/* UserError */.yo(`Report glob "${(0,src_text/* forLog */.Ig)(glob, 200)}" is a folder, not files. Fix: write "${(0,src_text/* forLog */.Ig)(glob.replace(/\/+$/, ''), 200)}/*.json" (or the report's own name).`);
            }
            throw new src_errors/* UserError */.yo(`Report glob "${(0,src_text/* forLog */.Ig)(glob, 200)}" matches no file under ${(0,src_text/* forLog */.Ig)(cwd, 200)}. Fix: check that the scanner step ran and wrote its report there, or remove the glob; a missing report is never taken as "no findings".`);
        }
        for (const f of matched)
            files.add(f);
    }
    const findings = [];
    for (const file of [...files].sort()) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
        }
        catch (e) {
            throw new src_errors/* UserError */.yo(`Report ${(0,src_text/* forLog */.Ig)(file, 200)} cannot be read (${(0,src_text/* forLog */.Ig)((0,src_errors/* errorMessage */.gJ)(e), 200)}). Fix: check the file's permissions and that it is a regular file.`, { file });
        }
        findings.push(...parseReport(text, file));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/triage/src/match.ts





/**
 * The package part of a purl, for comparison: the canonical purl without
 * version, qualifiers and subpath, as the findings carry it.
 */
function match_purlKey(purl) {
    const hit = keys.get(purl);
    if (hit !== undefined)
        return hit;
    let key;
    try {
        key = normalizePurl(purl);
    }
    catch {
        // Not a valid purl: the record validator reports it; match it loosely.
        key = looseKey(purl);
    }
    if (keys.size > 100_000)
        keys.clear();
    keys.set(purl, key);
    return key;
}
const keys = new Map();
function looseKey(purl) {
    let s = purl.trim();
    const hash = s.indexOf('#');
    if (hash >= 0)
        s = s.slice(0, hash);
    const q = s.indexOf('?');
    if (q >= 0)
        s = s.slice(0, q);
    const slash = s.lastIndexOf('/');
    const at = s.indexOf('@', slash + 1);
    if (at >= 0)
        s = s.slice(0, at);
    const m = /^pkg:\/*([^/]+)\/(.+)$/i.exec(s);
    if (!m)
        return s;
    const type = m[1].toLowerCase();
    let name = m[2];
    if (type === 'pypi')
        name = name.toLowerCase().replace(/[-_.]+/g, '-');
    if (type === 'github' || type === 'cargo')
        name = name.toLowerCase();
    return `pkg:${type}/${name}`;
}
/** The key ids are matched by: trimmed and upper-cased. */
function match_idKey(id) {
    return id.trim().toUpperCase();
}
function rangeOf(key, vulnerable) {
    const type = key.slice(4, key.indexOf('/'));
    try {
        return (0,range/* parseRange */.RC)((0,src_ecosystem/* ecosystemOfPurlType */.ju)(type), vulnerable);
    }
    catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
    }
}
/** A record as a decision. */
function recordDecision(loaded) {
    const r = loaded.record;
    const pos = (0,types/* positionOf */.df)(loaded, '/status');
    return {
        kind: 'record',
        id: r.id,
        aliases: r.aliases ?? [],
        status: r.status,
        justification: r.justification,
        impact_statement: r.impact_statement,
        action_statement: r.action_statement,
        file: loaded.file,
        line: pos.line,
        col: pos.col,
        packages: (r.packages ?? []).map((p) => {
            const key = match_purlKey(p.purl);
            return {
                key,
                purl: p.purl,
                vulnerable: p.vulnerable,
                fixed: p.fixed,
                range: p.vulnerable ? rangeOf(key, p.vulnerable) : undefined,
            };
        }),
        loaded,
    };
}
/** An OpenVEX statement or ignore-file entry as a decision. */
function externalDecision(x) {
    return {
        kind: 'external',
        id: x.id,
        aliases: x.aliases ?? [],
        status: x.status,
        justification: x.justification,
        impact_statement: x.impact_statement,
        action_statement: x.action_statement,
        file: x.file,
        line: x.line ?? 1,
        col: 1,
        packages: x.purl ? [externalPackage(x.purl, x.version)] : [],
        external: x,
    };
}
/**
 * The package of an external decision. A purl with a version (OpenVEX
 * `…/spring-boot@2.6.0-M3`) covers that version only: the range `= version`,
 * compared by the ecosystem's rules.
 */
function externalPackage(purl, version) {
    const key = match_purlKey(purl);
    if (!version)
        return { key, purl };
    const vulnerable = `= ${version}`;
    return {
        key,
        purl: `${purl}@${version}`,
        vulnerable,
        range: rangeOf(key, vulnerable),
    };
}
/** Decisions indexed by id key. */
class DecisionIndex {
    decisions;
    byId = new Map();
    constructor(decisions) {
        this.decisions = decisions;
        for (const d of decisions) {
            const keys = new Set([d.id, ...d.aliases].map(match_idKey));
            for (const k of keys) {
                const list = this.byId.get(k);
                if (list)
                    list.push(d);
                else
                    this.byId.set(k, [d]);
            }
        }
    }
    /** Every decision sharing an id with the finding, each once. */
    candidates(f) {
        const seen = new Set();
        for (const a of [f.id, ...f.aliases]) {
            for (const d of this.byId.get(match_idKey(a)) ?? [])
                seen.add(d);
        }
        return [...seen];
    }
}
/**
 * Does the decision apply to the finding's package and version? Returns the
 * package entry it matched through (undefined for a decision naming no
 * package) or a reason it does not apply.
 */
function applies(d, f) {
    const result = appliesOpenly(d, f);
    // The reason quotes the record's packages and ranges: for a record under
    // embargo it names the file only.
    if (!result.ok && d.loaded?.record.disclosure?.embargoed === true) {
        return {
            ok: false,
            reason: `${d.file} does not cover this package or version (the record is under embargo; its details are withheld)`,
        };
    }
    return result;
}
function appliesOpenly(d, f) {
    if (d.packages.length === 0)
        return { ok: true };
    if (!f.purl) {
        // LIMITATION: a finding without a package (some SARIF results) is
        // matched by id alone, to a record for any package.
        // The source named no package; the id alone decides.
        return { ok: true, pkg: d.packages[0] };
    }
    const key = match_purlKey(f.purl);
    const same = d.packages.filter((p) => p.key === key);
    if (same.length === 0) {
        return {
            ok: false,
            reason: `${d.file} is about ${d.packages.map((p) => p.purl).join(', ')}, not ${f.purl}`,
        };
    }
    const versions = merge_installedVersions(f);
    if (versions.length === 0)
        return { ok: true, pkg: same[0] };
    // Every installed version must be covered: a decision for 4.x says
    // nothing about the 3.x another lockfile resolves.
    let matched;
    const reasons = [];
    for (const version of versions) {
        const hit = coveringEntry(same, version);
        if ('reason' in hit) {
            reasons.push(hit.reason);
            continue;
        }
        matched ??= hit.pkg;
    }
    if (reasons.length === 0)
        return { ok: true, pkg: matched };
    const covered = matched && versions.length > 1
        ? ` (it covers only some of the installed versions ${versions.join(', ')})`
        : '';
    return { ok: false, reason: `${d.file}: ${reasons.join('; ')}${covered}` };
}
/** The package entry whose range holds the version, or why none does. */
function coveringEntry(same, version) {
    const reasons = [];
    for (const p of same) {
        if (!p.range)
            return { pkg: p };
        if ('error' in p.range) {
            reasons.push(`its range "${p.vulnerable}" cannot be read`);
            continue;
        }
        try {
            if ((0,range/* satisfies */.ib)(p.range.ecosystem, version, p.range))
                return { pkg: p };
            reasons.push(`version ${version} is outside "${p.vulnerable}"`);
        }
        catch {
            reasons.push(`version ${version} cannot be compared with "${p.vulnerable}"`);
        }
    }
    return { reason: reasons.join('; ') };
}

;// CONCATENATED MODULE: ./packages/triage/src/scanner-form.ts


/** The spelling scanners report for an id, or undefined when it is fine. */
function canonicalId(id) {
    const t = id.trim();
    let want = t;
    const cve = /^cve-(\d{4})-(\d{4,})$/i.exec(t);
    const ghsa = /^ghsa((?:-[0-9a-z]{4}){3})$/i.exec(t);
    const prefixed = /^(go|rustsec|pysec|osv)-(.+)$/i.exec(t);
    if (cve)
        want = `CVE-${cve[1]}-${cve[2]}`;
    else if (ghsa)
        want = `GHSA${ghsa[1].toLowerCase()}`;
    else if (prefixed)
        want = `${prefixed[1].toUpperCase()}-${prefixed[2]}`;
    return want === id ? undefined : want;
}
function problem(loaded, path, rule, message, fix) {
    const pos = (0,types/* positionOf */.df)(loaded, path);
    return {
        file: loaded.file,
        line: pos.line,
        col: pos.col,
        rule,
        message,
        fix,
        severity: 'error',
    };
}
/** What would keep Trivy or Grype from matching an OpenVEX export of it. */
function scannerFormProblems(loaded) {
    const r = loaded.record;
    const out = [];
    const ids = [['/id', r.id]];
    (r.aliases ?? []).forEach((a, i) => ids.push([`/aliases/${i}`, a]));
    for (const [path, id] of ids) {
        const want = canonicalId(id);
        if (want !== undefined) {
            out.push(problem(loaded, path, 'triage/id-form', `"${id}" is not spelled the way scanners report it, so Trivy and Grype would not match the exported statement.`, `write it as "${want}".`));
        }
    }
    // Trivy and Grype report Go vulnerabilities by CVE or GHSA, never by the
    // Go database's GO- id: a statement named only GO-… matches neither.
    if (ids.every(([, id]) => /^go-/i.test(id.trim()))) {
        out.push({
            ...problem(loaded, '/id', 'triage/id-form', `"${r.id}" is a Go vulnerability database id and the record has no CVE or GHSA alias; Trivy and Grype report Go vulnerabilities by CVE or GHSA, so they would never match the exported statement.`, 'add the CVE or GHSA id under `aliases:` (the GO- entry lists them at https://pkg.go.dev/vuln/).'),
            severity: 'warning',
        });
    }
    ;
    (r.packages ?? []).forEach((p, i) => {
        const path = `/packages/${i}/purl`;
        const key = match_purlKey(p.purl);
        const extra = [];
        if (p.purl.includes('#'))
            extra.push('a subpath');
        if (p.purl.includes('?'))
            extra.push('qualifiers');
        const afterName = p.purl.slice(p.purl.lastIndexOf('/') + 1);
        if (afterName.includes('@'))
            extra.push('a version');
        if (extra.length > 0) {
            out.push(problem(loaded, path, 'triage/purl-form', `The purl "${p.purl}" carries ${extra.join(' and ')}; a statement with it would match only that exact form.`, `write "${key}" and put the versions in \`vulnerable:\`.`));
        }
        else if (key !== p.purl.trim() && key.startsWith('pkg:')) {
            out.push(problem(loaded, path, 'triage/purl-form', `The purl "${p.purl}" is not in canonical form, so scanners would not match it.`, `write "${key}".`));
        }
        if (key.startsWith('pkg:golang/')) {
            for (const field of ['vulnerable', 'fixed']) {
                const v = p[field];
                if (v && /(^|[<>=,|\s])\d/.test(v)) {
                    out.push(problem(loaded, `/packages/${i}/${field}`, 'triage/go-version-form', `Go module versions start with "v" (as in go.mod, Trivy and Grype), but ${field} is "${v}".`, `write the versions with a "v" prefix, e.g. "v1.2.3".`));
                }
            }
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./packages/triage/src/verdict.ts




const verdict_VERDICTS = [
    'decided',
    'untriaged',
    'expired',
    'overdue',
    'fixed_but_reported',
    'contradiction',
    'incomplete',
    'expiring',
    'grace',
];
const EVENTS = [
    'pull_request',
    'merge_group',
    'schedule',
    'push',
    'workflow_dispatch',
    'local',
];
const DAY = 86_400_000;
/** `YYYY-MM-DD` of a date, in UTC. */
function isoDay(d) {
    return d.toISOString().slice(0, 10);
}
/** The date `days` after an ISO date (or timestamp), as an ISO date. */
function addDays(date, days) {
    const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
    return isoDay(new Date(t + days * DAY));
}
function verdict_daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}
function rank(s) {
    // Unknown severity ranks as critical: the gate fails closed.
    return s === 'unknown' ? types/* SEVERITIES */.oC.length - 1 : types/* SEVERITIES */.oC.indexOf(s);
}
/** Days the policy allows for a finding of this severity. */
function deadlineDays(config, severity) {
    if (severity === 'none')
        return undefined;
    return config.deadlines[severity === 'unknown' ? 'critical' : severity];
}
/**
 * Does a finding without a current decision fail the check? Severity against
 * `fail_on` (unknown fails), development dependencies under `relaxed` only on
 * critical, and `new-only` on pull requests only when the PR introduced it.
 */
function gate(f, config, event) {
    const prLike = event === 'pull_request' || event === 'merge_group';
    if (config.mode === 'new-only' && prLike) {
        if (f.introduced === false) {
            return {
                fails: false,
                why: 'not introduced by this pull request (mode new-only)',
            };
        }
        if (f.introduced === undefined) {
            const s = gateSeverity(f, config);
            return {
                fails: s.fails,
                why: `mode new-only, but whether this pull request introduced it is unknown (enable dependency-review), so it counts; ${s.why}`,
            };
        }
    }
    return gateSeverity(f, config);
}
function gateSeverity(f, config) {
    const relaxed = f.scope === 'development' && config.dev_dependencies === 'relaxed';
    const threshold = relaxed ? 'critical' : config.fail_on;
    const sev = f.severity;
    const fails = rank(sev) >= types/* SEVERITIES */.oC.indexOf(threshold);
    const label = sev === 'unknown'
        ? 'unknown severity (counted as critical)'
        : `severity ${sev}`;
    const where = relaxed
        ? 'the threshold for development dependencies (relaxed) is critical'
        : `fail_on is ${threshold}`;
    return { fails, why: `${label}; ${where}` };
}
function ref(d) {
    return {
        kind: d.kind,
        id: d.id,
        status: d.status,
        justification: d.justification,
        file: d.file,
        line: d.line,
        col: d.col,
        ...(d.loaded?.record.disclosure?.embargoed === true
            ? { embargoed: true }
            : {}),
    };
}
/**
 * The better of two decisions applying to one finding: a record, then the
 * newest of two OpenVEX statements (OpenVEX: the latest statement about a
 * product is the current one), then one naming the package.
 */
function better(a, b) {
    if (a.kind !== b.kind)
        return a.kind === 'record' ? a : b;
    const ta = vexTime(a);
    const tb = vexTime(b);
    if (ta !== undefined && tb !== undefined && ta !== tb) {
        return ta > tb ? a : b;
    }
    const specific = (d) => (d.packages.length > 0 ? 1 : 0);
    if (specific(a) !== specific(b))
        return specific(a) > specific(b) ? a : b;
    return a.file <= b.file ? a : b;
}
/** When an OpenVEX statement was made, in epoch ms, if it says. */
function vexTime(d) {
    if (d.external?.format !== 'openvex' || !d.external.timestamp)
        return;
    const t = Date.parse(d.external.timestamp);
    return Number.isNaN(t) ? undefined : t;
}
/** When a not_affected decision stops applying, and which rule says so. */
function expiryOf(d, config) {
    if (d.kind === 'external') {
        const exp = d.external?.expires?.slice(0, 10);
        const made = vexTime(d);
        const byMax = made === undefined
            ? undefined
            : addDays(isoDay(new Date(made)), config.not_affected_max_days);
        if (byMax && (!exp || byMax < exp)) {
            return {
                date: byMax,
                rule: `not_affected_max_days (${config.not_affected_max_days}) after the statement's timestamp ${isoDay(new Date(made))}`,
            };
        }
        return exp ? { date: exp, rule: 'its expiry date' } : { rule: '' };
    }
    const review = d.loaded?.record.review;
    const byMax = review?.decided
        ? addDays(review.decided, config.not_affected_max_days)
        : undefined;
    const byReview = review?.review_by;
    if (byReview && (!byMax || byReview <= byMax)) {
        return { date: byReview, rule: 'review.review_by' };
    }
    if (byMax) {
        return {
            date: byMax,
            rule: `not_affected_max_days (${config.not_affected_max_days}) after review.decided ${review?.decided}`,
        };
    }
    return { rule: '' };
}
function classify(f, d, input, today) {
    const { config, event } = input;
    const dref = ref(d);
    const what = `${d.kind === 'record' ? 'record' : (d.external?.format ?? 'decision')} ${d.file}`;
    const g = gate(f, config, event);
    if (d.status === 'fixed') {
        return {
            verdict: 'fixed_but_reported',
            fails: true,
            decision: dref,
            explanation: `${what} says fixed, but ${sourcesText(f)} still reports ${f.purl || 'it'}${installed(f)}: update the dependency or correct the record.`,
        };
    }
    if (d.status === 'not_affected' &&
        d.justification === 'vulnerable_code_not_in_execute_path' &&
        f.reachability === 'called') {
        return {
            verdict: 'contradiction',
            fails: true,
            decision: dref,
            explanation: `${what} says not_affected because the vulnerable code is not in the execute path, but govulncheck finds a call path to the vulnerable symbol.`,
        };
    }
    if (d.kind === 'external') {
        const missing = d.status === 'not_affected' && !d.justification
            ? 'no justification'
            : d.status === 'not_affected' &&
                d.external?.format === 'openvex' &&
                vexTime(d) === undefined
                ? 'no timestamp (so it would never expire)'
                : d.status === 'affected' && !d.action_statement
                    ? 'no action statement'
                    : d.status === 'under_investigation'
                        ? 'no owner or due date'
                        : undefined;
        if (missing) {
            return {
                verdict: 'incomplete',
                fails: g.fails,
                decision: dref,
                explanation: `${what} (${d.external?.format}) says ${d.status} with ${missing}; ${g.why}. Convert it to a record with \`psirt import\` and complete it.`,
            };
        }
    }
    if (d.status === 'not_affected') {
        const exp = expiryOf(d, config);
        if (exp.date && today > exp.date) {
            return {
                verdict: 'expired',
                fails: g.fails,
                decision: dref,
                expires: exp.date,
                explanation: `${what} says not_affected, but the decision expired on ${exp.date} (${exp.rule}); ${g.why}. Review it and set a new review date.`,
            };
        }
        if (exp.date &&
            verdict_daysBetween(today, exp.date) <= config.expiry_warning_days) {
            return {
                verdict: 'expiring',
                fails: false,
                decision: dref,
                expires: exp.date,
                explanation: `${what} says not_affected until ${exp.date} (${exp.rule}): ${verdict_daysBetween(today, exp.date)} days left to review it.`,
            };
        }
        return {
            verdict: 'decided',
            fails: false,
            decision: dref,
            expires: exp.date,
            explanation: `${what} says not_affected (${d.justification ?? 'impact statement'})${exp.date ? ` until ${exp.date}` : ''}.`,
        };
    }
    // affected or under_investigation: a deadline applies.
    const rec = d.kind === 'record' ? d.loaded?.record : undefined;
    const due = rec?.due;
    if (!due && d.status === 'affected' && rec && rec.fixed_in.length > 0) {
        return {
            verdict: 'decided',
            fails: false,
            decision: dref,
            explanation: `${what} says affected, mitigated in ${rec.fixed_in.join(', ')}.`,
        };
    }
    if (!due) {
        return {
            verdict: 'incomplete',
            fails: g.fails,
            decision: dref,
            explanation: `${what} says ${d.status} without a due date; ${g.why}. ${d.kind === 'record'
                ? 'Add `due:`.'
                : `This ${d.external?.format ?? 'decision'} file cannot carry a due date: convert it to a record with \`psirt import\` and set \`due:\` there.`}`,
        };
    }
    if (today > due) {
        return {
            verdict: 'overdue',
            fails: g.fails,
            decision: dref,
            deadline: due,
            explanation: `${what} says ${d.status}, due ${due}: ${verdict_daysBetween(due, today)} days overdue; ${g.why}.`,
        };
    }
    return {
        verdict: 'decided',
        fails: false,
        decision: dref,
        deadline: due,
        explanation: `${what} says ${d.status}, due ${due} (${verdict_daysBetween(today, due)} days left).`,
    };
}
/** The record field an annotation for this verdict points at. */
function faultPath(v, d) {
    switch (v.verdict) {
        case 'expired':
        case 'expiring':
            return d.loaded?.record.review.review_by === v.expires
                ? '/review/review_by'
                : '/review/decided';
        case 'overdue':
            return '/due';
        case 'contradiction':
            return '/justification';
        default:
            return '/status';
    }
}
function installed(f) {
    const versions = merge_installedVersions(f);
    return versions.length > 0 ? ` ${versions.join(', ')}` : '';
}
function sourcesText(f) {
    const kinds = [...new Set(f.sources.map((s) => s.tool ?? s.kind))];
    return kinds.length > 0 ? kinds.join(', ') : 'a scanner';
}
function untriaged(f, input, misses) {
    const { config, event, today } = input;
    const g = gate(f, config, event);
    const near = misses.length > 0
        ? ` Nearby decisions do not apply: ${misses.join('; ')}.`
        : '';
    const days = deadlineDays(config, f.severity);
    if (f.published && g.fails) {
        const published = Date.parse(f.published);
        const age = today.getTime() - published;
        if (!Number.isNaN(published) &&
            age >= 0 &&
            age < config.grace_hours * 3_600_000) {
            return {
                verdict: 'grace',
                fails: false,
                explanation: `No decision yet, but the advisory was published ${Math.floor(age / 3_600_000)} hours ago (grace period ${config.grace_hours} hours); ${g.why}. Add a record before the grace period ends.${near}`,
            };
        }
    }
    let deadline;
    let when = '';
    const policy = f.severity === 'unknown'
        ? 'The policy deadline for an unknown severity is the critical one,'
        : `The policy deadline for ${f.severity} is`;
    if (days !== undefined) {
        if (f.published && !Number.isNaN(Date.parse(f.published))) {
            deadline = addDays(f.published, days);
            const left = verdict_daysBetween(isoDay(today), deadline);
            when =
                left >= 0
                    ? ` ${policy} ${days} days after publication: ${deadline} (${left} days left).`
                    : ` ${policy} ${days} days after publication: ${deadline}, passed ${-left} days ago.`;
        }
        else {
            when = ` ${policy} ${days} days after publication (publication date unknown).`;
        }
    }
    return {
        verdict: 'untriaged',
        fails: g.fails,
        deadline,
        explanation: `No record or decision covers this finding; ${g.why}.${when}${near}`,
    };
}
/**
 * Classifies every finding against the records and external decisions, and
 * checks every record the other way. Pure: the same input gives the same
 * report.
 */
function triage(input) {
    const today = isoDay(input.today);
    const decisions = [
        ...input.records.map(recordDecision),
        ...input.external.map(externalDecision),
    ];
    const index = new DecisionIndex(decisions);
    const used = new Set();
    const verdicts = [];
    for (const f of input.findings) {
        let best;
        const misses = [];
        for (const d of index.candidates(f)) {
            const a = applies(d, f);
            if (!a.ok) {
                misses.push(a.reason);
                continue;
            }
            used.add(d);
            best = best ? better(best, d) : d;
        }
        const v = best
            ? classify(f, best, input, today)
            : untriaged(f, input, misses);
        if (best?.loaded && v.decision) {
            const pos = (0,types/* positionOf */.df)(best.loaded, faultPath(v, best));
            v.decision.line = pos.line;
            v.decision.col = pos.col;
        }
        verdicts.push({
            finding: f,
            ...v,
            level: v.fails ? 'error' : v.verdict === 'decided' ? 'notice' : 'warning',
        });
    }
    const problems = [];
    for (const loaded of input.records)
        problems.push(...scannerFormProblems(loaded));
    // LIMITATION: "stale" is relative to the sources that ran: a record for a
    // package no configured scanner covers is reported stale.
    if (input.config.stale_records !== 'off') {
        for (const d of decisions) {
            if (d.kind !== 'record' || used.has(d) || !d.loaded)
                continue;
            // A fixed vulnerability is expected to be gone from the scans.
            if (d.status === 'fixed')
                continue;
            const pos = (0,types/* positionOf */.df)(d.loaded, '/id');
            problems.push({
                file: d.file,
                line: pos.line,
                col: pos.col,
                rule: 'triage/stale-record',
                severity: input.config.stale_records,
                message: `Record ${d.id} (${d.status}) matches no finding from any source.`,
                fix: d.status === 'affected' || d.status === 'under_investigation'
                    ? 'If the dependency was updated or removed, set `status: fixed` (with `fixed_in`); otherwise check the record id and purl against the scanner output.'
                    : 'If the dependency was removed, delete the record; otherwise check its id and purl against the scanner output.',
            });
        }
    }
    const counts = Object.fromEntries(verdict_VERDICTS.map((v) => [v, 0]));
    for (const v of verdicts)
        counts[v.verdict]++;
    const failed = verdicts.some((v) => v.fails) ||
        problems.some((p) => p.severity === 'error');
    return { today, event: input.event, verdicts, problems, counts, failed };
}
/**
 * Drops triage's own scanner-form problems where the record validator
 * already reported the same place (it says the same, in its own words):
 * the action and `psirt triage` print each spot once.
 */
function dedupeProblems(loader, report) {
    const at = new Set(loader.map((p) => `${p.file}:${p.line}:${p.col}`));
    report.problems = report.problems.filter((p) => p.rule === 'triage/stale-record' ||
        !at.has(`${p.file}:${p.line}:${p.col}`));
}

;// CONCATENATED MODULE: ./packages/triage/src/openvex.ts


const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
function productPurl(repository, version) {
    const [owner, name] = repository.toLowerCase().split('/');
    return `pkg:github/${owner}/${name}${version ? `@${encodeURIComponent(version)}` : ''}`;
}
function expiry(r, config) {
    const byMax = r.review?.decided
        ? addDays(r.review.decided, config.not_affected_max_days)
        : undefined;
    const byReview = r.review?.review_by;
    if (byReview && byMax)
        return byReview < byMax ? byReview : byMax;
    return byReview ?? byMax;
}
/** Records that may appear in a published OpenVEX document. */
function exportable(records) {
    return records.filter((l) => l.record.disclosure?.embargoed !== true);
}
/** `1.4` from `v1.4.2`: the major.minor line of a release tag. */
function line(version) {
    return version.replace(/^v/i, '').split('.').slice(0, 2).join('.');
}
/**
 * Does release `version` contain the fix released in `fixedIn` (one version
 * per release line)? Undefined when `version` is not a tag they order
 * against.
 */
function containsFix(fixedIn, version) {
    if (fixedIn.length === 0 || !RELEASE_TAG.test(version))
        return undefined;
    if (fixedIn.some((f) => sameRelease(f, version)))
        return true;
    const orders = fixedIn.map((f) => compareReleases(f, version));
    if (orders.some((o) => o === undefined))
        return undefined;
    const before = fixedIn.filter((_, i) => orders[i] < 0);
    if (before.length === fixedIn.length)
        return true;
    return before.some((f) => line(f) === line(version));
}
/** The statement fields for one record's decision, as of `today`. */
function decision(r, file, today, config, version) {
    switch (r.status) {
        case 'not_affected': {
            const until = expiry(r, config);
            if (until && today > until) {
                return {
                    status: 'under_investigation',
                    status_notes: `The not_affected decision in ${file} expired on ${until} and is under review.`,
                };
            }
            return {
                status: 'not_affected',
                justification: r.justification,
                impact_statement: r.impact_statement,
                ...(!r.justification && !r.impact_statement
                    ? { impact_statement: `See ${file}.` }
                    : {}),
            };
        }
        case 'affected':
            return {
                status: 'affected',
                action_statement: r.action_statement ?? r.mitigation ?? `See ${file} for the plan.`,
                ...(r.due ? { status_notes: `Mitigation due ${r.due}.` } : {}),
            };
        case 'fixed':
            if (containsFix(r.fixed_in ?? [], version) === false) {
                return {
                    status: 'affected',
                    action_statement: `Update to ${r.fixed_in.join(' or ')}, which contain the fix (${file}).`,
                };
            }
            return {
                status: 'fixed',
                ...(r.fixed_in?.length
                    ? { status_notes: `Fixed in ${r.fixed_in.join(', ')}.` }
                    : {}),
            };
        case 'under_investigation':
            return {
                status: 'under_investigation',
                status_notes: [r.owner ? `Owner: ${r.owner}.` : '', r.due ? `Due ${r.due}.` : '']
                    .filter(Boolean)
                    .join(' ') || undefined,
            };
    }
}
function clean(o) {
    for (const k of Object.keys(o)) {
        if (o[k] === undefined)
            delete o[k];
    }
    return o;
}
/** Every record as OpenVEX statements about this repository. */
function toOpenVex(records, opts) {
    const today = isoDay(opts.today);
    const product = productPurl(opts.repository, opts.version);
    const statements = [];
    const sorted = exportable(records).sort((a, b) => a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);
    for (const { record: r, file } of sorted) {
        // LIMITATION: OpenVEX has no version ranges; a statement names the package
        // without a version, so it applies to every version of the subcomponent,
        // not only those in `vulnerable`.
        const subs = [...new Set((r.packages ?? []).map((p) => p.purl))].map((purl) => ({ '@id': purl, identifiers: { purl } }));
        const ids = [...new Set([r.id, ...(r.aliases ?? [])])];
        const fields = decision(r, file, today, opts.config, opts.version);
        for (const name of ids) {
            const aliases = ids.filter((a) => a !== name);
            statements.push(clean({
                vulnerability: clean({
                    name,
                    aliases: aliases.length ? aliases : undefined,
                }),
                timestamp: r.review?.decided
                    ? `${r.review.decided}T00:00:00Z`
                    : undefined,
                products: [
                    clean({
                        '@id': product,
                        identifiers: { purl: product },
                        subcomponents: subs.length ? subs : undefined,
                    }),
                ],
                ...clean({ ...fields }),
            }));
        }
    }
    return {
        '@context': OPENVEX_CONTEXT,
        '@id': `https://github.com/${opts.repository}/security/openvex/${encodeURIComponent(opts.version || 'HEAD')}`,
        author: opts.author ?? opts.repository.split('/')[0],
        timestamp: opts.today.toISOString(),
        version: 1,
        tooling: 'psirt-actions triage-gate',
        statements,
    };
}

;// CONCATENATED MODULE: ./packages/triage/src/render.ts



/** The hidden marker that identifies the one triage-gate comment. */
const COMMENT_MARKER = '<!-- psirt:triage-gate -->';
/** GitHub refuses comments longer than this. */
const MAX_COMMENT_CHARS = 65_536;
// LIMITATION: the summary table shows the first MAX_SUMMARY_ROWS findings
// (failing first) and the comment as many records as fit in GitHub's limit;
// the JSON report always has them all.
/** GitHub truncates a step summary beyond 1 MiB; stay well below. */
const MAX_SUMMARY_ROWS = 500;
const render_ORDER = [
    'contradiction',
    'fixed_but_reported',
    'expired',
    'overdue',
    'incomplete',
    'untriaged',
    'grace',
    'expiring',
    'decided',
];
/** Failing verdicts first, then by the order above, then by id. */
function sortVerdicts(vs) {
    return [...vs].sort((a, b) => Number(b.fails) - Number(a.fails) ||
        render_ORDER.indexOf(a.verdict) - render_ORDER.indexOf(b.verdict) ||
        (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0));
}
function mark(v) {
    if (v.fails)
        return '❌';
    return v.level === 'warning' ? '⚠️' : '✅';
}
function pkg(v) {
    const f = v.finding;
    if (!f.purl)
        return '—';
    const versions = installedVersions(f);
    return forMarkdown(versions.length > 0 ? `${f.purl}@${versions.join(', ')}` : f.purl, 200);
}
function sources(v) {
    const names = [
        ...new Set(v.finding.sources.map((s) => s.tool ?? s.kind)),
    ].sort();
    return forMarkdown(names.join(', '), 120);
}
function findingCell(v) {
    const f = v.finding;
    const others = f.aliases.filter((a) => a !== f.id);
    const head = forMarkdown(f.id, 80);
    return others.length > 0
        ? `${head}<br><sub>${forMarkdown(others.join(', '), 200)}</sub>`
        : head;
}
function recordCell(v, link) {
    const d = v.decision;
    if (!d)
        return '—';
    const text = forMarkdown(`${d.file}${d.line > 1 ? `:${d.line}` : ''}`, 160);
    if (!link)
        return text;
    // The link target is built from the repository and a path we read, not
    // typed by a person; it is still percent-encoded.
    return `[${text}](${safeUrl(link(d.file))}#L${d.line})`;
}
/** A URL for a markdown link target: nothing in it can close the link. */
function safeUrl(url) {
    return encodeURI(url).replace(/[()<>"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function countsLine(report) {
    return VERDICTS.filter((v) => report.counts[v] > 0)
        .map((v) => `${v}: ${report.counts[v]}`)
        .join(' · ');
}
function problemLines(problems) {
    return problems.map((p) => `- ${p.severity === 'error' ? '❌' : '⚠️'} \`${forMarkdown(p.rule, 60)}\` ${forMarkdown(`${p.file}${p.line ? `:${p.line}` : ''}`, 160)}: ${forMarkdown(p.message, 300)}${p.fix ? ` Fix: ${forMarkdown(p.fix, 300)}` : ''}`);
}
/** The job summary: result, counts, a table of findings, problems. */
function summaryMarkdown(report, opts = {}) {
    const all = [...(opts.problems ?? []), ...report.problems];
    const failed = report.failed || opts.error !== undefined;
    const out = [
        `## triage-gate: ${failed ? '❌ failed' : '✅ passed'}`,
        '',
    ];
    if (opts.error !== undefined) {
        // The verdict may pass while the step fails: say which, and why.
        out.push(`**The step failed${report.failed ? '' : ' although the findings pass the policy'}:** ${forMarkdown(opts.error, 1000)}`, '');
    }
    out.push(`${report.verdicts.length} findings on ${report.today} (${report.event}). ${countsLine(report)}`, '');
    if (report.verdicts.length > 0) {
        out.push('| | finding | package | severity | source | verdict | record | why |', '|---|---|---|---|---|---|---|---|');
        const sorted = sortVerdicts(report.verdicts);
        for (const v of sorted.slice(0, MAX_SUMMARY_ROWS)) {
            out.push(`| ${mark(v)} | ${findingCell(v)} | ${pkg(v)} | ${forMarkdown(v.finding.severity, 10)} | ${sources(v)} | ${v.verdict} | ${recordCell(v, opts.link)} | ${forMarkdown(v.explanation, 600)} |`);
        }
        if (sorted.length > MAX_SUMMARY_ROWS) {
            out.push('', `${sorted.length - MAX_SUMMARY_ROWS} more findings are in the JSON report (output \`report\`).`);
        }
        out.push('');
    }
    if (all.length > 0) {
        out.push('### Records and inputs', '', ...problemLines(all), '');
    }
    if (opts.templates && opts.templates.length > 0) {
        out.push('### Records to commit', '', opts.templatesNote ?? '', '', ...templateBlocks(opts.templates, 1_000_000));
    }
    return out.join('\n') + '\n';
}
function templateBlocks(items, budget) {
    const out = [];
    let used = 0;
    for (let i = 0; i < items.length; i++) {
        const { verdict: v, template: t } = items[i];
        const block = [
            `#### ${forMarkdown(v.finding.id, 80)} in ${pkg(v)}`,
            '',
            forMarkdown(v.explanation, 600),
            '',
            `<details><summary>${forMarkdown(t.file, 160)}</summary>`,
            '',
            codeFence(t.yaml, 'yaml'),
            '',
            '</details>',
            '',
        ].join('\n');
        if (used + block.length > budget) {
            out.push(`${items.length - i} more untriaged findings did not fit; run \`psirt triage\` locally or see the job summary.`);
            break;
        }
        out.push(block);
        used += block.length;
    }
    return out;
}
/**
 * The sticky PR comment: the marker, the result, and a ready-to-commit
 * record for each untriaged finding. Stays under GitHub's comment limit.
 */
function commentMarkdown(report, templates, runUrl) {
    const failing = sortVerdicts(report.verdicts).filter((v) => v.fails && v.verdict !== 'untriaged');
    const head = [
        COMMENT_MARKER,
        `## triage-gate: ${report.failed ? '❌ failed' : '✅ passed'}`,
        '',
        countsLine(report) || 'No findings.',
        '',
    ];
    if (failing.length > 0) {
        head.push('### Decisions to fix', '');
        for (const v of failing.slice(0, 50)) {
            head.push(`- ❌ **${v.verdict}** ${forMarkdown(v.finding.id, 80)} in ${pkg(v)}: ${forMarkdown(v.explanation, 400)}`);
        }
        if (failing.length > 50)
            head.push(`- … and ${failing.length - 50} more`);
        head.push('');
    }
    if (templates.length > 0) {
        head.push('### Untriaged findings', '', 'Each needs a decision. Committing the record below puts it under investigation, owned by you and due by the policy deadline; change it when you decide.', '');
    }
    const tail = runUrl ? `\n[Full report](${safeUrl(runUrl)})\n` : '';
    const budget = MAX_COMMENT_CHARS - head.join('\n').length - tail.length - 500;
    return [...head, ...templateBlocks(templates, budget)].join('\n') + tail;
}
/**
 * Annotations at the record lines at fault; findings without a record are
 * annotated on the report file they came from, when there is one.
 */
function annotations(report, problems = []) {
    const out = [];
    for (const p of [...problems, ...report.problems]) {
        out.push({
            level: p.severity,
            title: p.rule,
            message: `${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`,
            file: p.file,
            line: p.line,
            col: p.col,
        });
    }
    for (const v of sortVerdicts(report.verdicts)) {
        if (v.level === 'notice')
            continue;
        const d = v.decision;
        const reportFile = v.finding.sources.find((s) => s.file && !s.file.startsWith('/repos/') && !s.file.startsWith('GET '))?.file;
        out.push({
            level: v.level,
            title: `triage ${v.verdict}: ${v.finding.id}`,
            message: `${v.finding.id} in ${v.finding.purl || 'unknown package'}: ${v.explanation}`,
            file: d ? d.file : reportFile,
            line: d ? d.line : undefined,
            col: d ? d.col : undefined,
        });
    }
    return out;
}
/** The machine-readable report written to the `report` output path. */
function reportJson(report, problems = []) {
    return {
        tool: 'psirt-actions triage-gate',
        today: report.today,
        event: report.event,
        failed: report.failed,
        counts: report.counts,
        verdicts: sortVerdicts(report.verdicts).map((v) => ({
            id: v.finding.id,
            aliases: v.finding.aliases,
            purl: v.finding.purl,
            version: v.finding.version,
            versions: v.finding.versions,
            severity: v.finding.severity,
            scope: v.finding.scope,
            introduced: v.finding.introduced,
            sources: v.finding.sources,
            verdict: v.verdict,
            fails: v.fails,
            level: v.level,
            explanation: v.explanation,
            decision: v.decision?.embargoed
                ? {
                    kind: v.decision.kind,
                    file: v.decision.file,
                    line: v.decision.line,
                    col: v.decision.col,
                    embargoed: true,
                }
                : v.decision,
            deadline: v.deadline,
            expires: v.expires,
        })),
        problems: [...problems, ...report.problems],
    };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./packages/findings/src/decision-read.ts
/** Helpers the decision readers share: dates, lines, purls. */



/** The 1-based line where a text first contains `needle`, if it does. */
function lineOf(text, needle) {
    const i = text.indexOf(needle);
    if (i < 0)
        return undefined;
    let line = 1;
    for (let k = 0; k < i; k++)
        if (text.charCodeAt(k) === 10)
            line++;
    return line;
}
/**
 * An expiry as `YYYY-MM-DD`: from a TOML date, a YAML or JSON string (a
 * date, a timestamp, or a date in words as audit-ci allows), or epoch
 * milliseconds. Unreadable is the user's mistake: an expiry psirt cannot
 * read must not become "never expires".
 */
function isoDate(value, what, where) {
    if (value === undefined || value === null || value === '')
        return undefined;
    let d;
    if (value instanceof Date)
        d = value;
    else if (typeof value === 'number')
        d = new Date(value);
    else if (typeof value === 'string') {
        const s = value.trim();
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        d = m ? new Date(`${s}T00:00:00Z`) : new Date(Date.parse(s));
    }
    if (!d || Number.isNaN(d.getTime())) {
        throw new src_errors/* UserError */.yo(`${where.file}: ${what} "${(0,src_text/* forLog */.Ig)(String(value), 60)}" is not a date psirt can read. Fix: write it as YYYY-MM-DD.`, where);
    }
    return d.toISOString().slice(0, 10);
}
/** A purl normalised, or a user error naming where it was written. */
function purlOrError(purl, context, file, line) {
    return parsedPurlOrError(purl, context, file, line).purl;
}
/** A purl parsed (canonical form and version), or a user error as above. */
function parsedPurlOrError(purl, context, file, line) {
    try {
        return parsePurl(purl);
    }
    catch (e) {
        throw new src_errors/* UserError */.yo(`${context}: ${e instanceof Error ? e.message : e}`, {
            file,
            line,
        });
    }
}

;// CONCATENATED MODULE: ./packages/findings/src/ignore-files.ts
/**
 * The ignore files of common scanners, read as decisions. None of them can
 * say *why* a vulnerability does not apply in OpenVEX terms, so each entry
 * becomes `not_affected` with NO justification: triage reports the decision
 * as incomplete until someone writes a record with a justification. The
 * entry's own reason is kept as `status_notes`, its expiry as `expires`.
 *
 * Entries that name no vulnerability (a whole package or path ignored, a
 * rule about VEX) cannot become a per-vulnerability decision; they are
 * skipped with a warning, so their findings stay untriaged (fail closed).
 */









function ignore_files_decision(id, format, file, extra = {}) {
    const d = {
        id: normalizeVulnId(id),
        aliases: uniqueIds([id]),
        purl: '',
        status: 'not_affected',
        file,
        format,
    };
    for (const [k, v] of Object.entries(extra)) {
        if (v !== undefined && v !== '')
            d[k] = v;
    }
    return d;
}
function skipped(problems, file, line, rule, message, fix) {
    problems?.push({ file, line, rule, message, fix, severity: 'warning' });
}
function yamlDoc(text, file, what) {
    if (text.trim() === '')
        throw emptyFileError(file, what);
    let doc;
    try {
        doc = (0,js_yaml/* load */.Hh)(text);
    }
    catch (e) {
        const mark = e.mark;
        throw new src_errors/* UserError */.yo(`${file} is not valid YAML (${(0,src_text/* forLog */.Ig)((0,src_errors/* errorMessage */.gJ)(e).split('\n')[0], 160)}), so it cannot be read as ${what}.`, {
            file,
            line: mark?.line !== undefined ? mark.line + 1 : undefined,
            col: mark?.column !== undefined ? mark.column + 1 : undefined,
        });
    }
    if (!isObject(doc)) {
        throw new src_errors/* UserError */.yo(`${file} is not ${what}: expected a YAML mapping at the top.`, { file });
    }
    return doc;
}
/** osv-scanner.toml: `[[IgnoredVulns]]` entries (id, ignoreUntil, reason). */
function parseOsvScannerToml(text, file, problems) {
    const what = 'an osv-scanner configuration';
    if (text.trim() === '')
        throw emptyFileError(file, what);
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        const line = e.line;
        throw new src_errors/* UserError */.yo(`${file} is not valid TOML (${(0,src_text/* forLog */.Ig)((0,src_errors/* errorMessage */.gJ)(e).split('\n')[0], 160)}), so it cannot be read as ${what}.`, { file, line });
    }
    const out = [];
    for (const entry of arr(doc.IgnoredVulns)) {
        const e = obj(entry);
        const id = str(e.id);
        if (!id) {
            throw new src_errors/* UserError */.yo(`${file}: an [[IgnoredVulns]] entry has no id. Fix: add id = "GHSA-…".`, { file });
        }
        const line = lineOf(text, `"${id}"`);
        out.push(ignore_files_decision(id, 'osv-scanner.toml', file, {
            line,
            expires: isoDate(e.ignoreUntil, 'ignoreUntil', { file, line }),
            status_notes: str(e.reason),
        }));
    }
    for (const entry of arr(doc.PackageOverrides)) {
        const e = obj(entry);
        const ignores = e.ignore === true || obj(e.vulnerability).ignore === true;
        if (!ignores)
            continue;
        const name = str(e.name) ?? '?';
        skipped(problems, file, lineOf(text, `"${name}"`), 'decisions/package-wide-ignore', `The [[PackageOverrides]] entry for "${(0,src_text/* forLog */.Ig)(name, 80)}" ignores every vulnerability of a package; psirt needs a decision per vulnerability, so it is not read as one.`, 'Write a record for each vulnerability of that package, or keep the override for osv-scanner only.');
    }
    return out;
}
/** .trivyignore: one id per line, `exp:YYYY-MM-DD` after it or in a comment. */
function parseTrivyIgnore(text, file, problems) {
    const out = [];
    let comments = [];
    let pendingExp;
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = i + 1;
        const s = raw.trim();
        if (s === '') {
            comments = [];
            pendingExp = undefined;
            return;
        }
        if (s.startsWith('#')) {
            const body = s.replace(/^#+\s*/, '');
            const exp = /^exp:(\S+)$/.exec(body);
            if (exp)
                pendingExp = exp[1];
            else if (!/^Source:/i.test(body))
                comments.push(body);
            return;
        }
        const [id, ...rest] = s.split(/\s+/);
        const expToken = rest.find((t) => t.startsWith('exp:'))?.slice(4) ?? pendingExp;
        const notes = comments.join(' ');
        comments = [];
        pendingExp = undefined;
        if (!isVulnId(id)) {
            skipped(problems, file, line, 'decisions/not-a-vulnerability', `"${(0,src_text/* forLog */.Ig)(id, 80)}" is not a vulnerability id (a misconfiguration or secret rule?), so it is not read as a decision.`, 'Nothing to do if it is not a vulnerability.');
            return;
        }
        out.push(ignore_files_decision(id, '.trivyignore', file, {
            line,
            expires: isoDate(expToken, 'exp', { file, line }),
            status_notes: notes,
        }));
    });
    return out;
}
/** .trivyignore.yaml: `vulnerabilities:` with id, paths, purls, expired_at, statement. */
function parseTrivyIgnoreYaml(text, file) {
    const doc = yamlDoc(text, file, 'a Trivy ignore file');
    if (doc.vulnerabilities !== undefined &&
        !Array.isArray(doc.vulnerabilities)) {
        throw new src_errors/* UserError */.yo(`${file}: "vulnerabilities" must be a list.`, { file });
    }
    const out = [];
    for (const v of arr(doc.vulnerabilities)) {
        const e = obj(v);
        const id = str(e.id);
        if (!id) {
            throw new src_errors/* UserError */.yo(`${file}: an entry under "vulnerabilities" has no id. Fix: add "id: CVE-…".`, { file });
        }
        const line = lineOf(text, id);
        const base = {
            line,
            expires: isoDate(e.expired_at, 'expired_at', { file, line }),
            status_notes: str(e.statement),
        };
        const purls = arr(e.purls)
            .map(str)
            .filter((p) => !!p);
        if (purls.length === 0) {
            // LIMITATION: `paths` restrictions are not kept; the decision covers the id in any package.
            out.push(ignore_files_decision(id, '.trivyignore.yaml', file, base));
        }
        for (const p of purls) {
            const purl = purlOrError(p, `${file}: ${(0,src_text/* forLog */.Ig)(id, 60)}`, file, line);
            out.push(ignore_files_decision(id, '.trivyignore.yaml', file, { ...base, purl }));
        }
    }
    return out;
}
/** .grype.yaml: `ignore:` rules with vulnerability, reason, package. */
function parseGrypeIgnore(text, file, problems) {
    const doc = yamlDoc(text, file, 'a Grype configuration');
    if (doc.ignore !== undefined && !Array.isArray(doc.ignore)) {
        throw new src_errors/* UserError */.yo(`${file}: "ignore" must be a list of rules.`, { file });
    }
    const out = [];
    arr(doc.ignore).forEach((r, i) => {
        const rule = obj(r);
        const id = str(rule.vulnerability);
        const pkg = obj(rule.package);
        if (!id) {
            skipped(problems, file, undefined, 'decisions/no-vulnerability', `Ignore rule ${i + 1} names no vulnerability (it matches by ${Object.keys(rule).join(', ') || 'nothing'}), so it is not read as a decision.`, 'Write a record per vulnerability the rule was meant to cover.');
            return;
        }
        const line = lineOf(text, id);
        let purl = '';
        const name = str(pkg.name);
        const type = str(pkg.type);
        if (name && type) {
            try {
                purl = purlFromEcosystem(type, name);
            }
            catch {
                skipped(problems, file, line, 'decisions/unknown-package-type', `Ignore rule for ${(0,src_text/* forLog */.Ig)(id, 60)} names package type "${(0,src_text/* forLog */.Ig)(type, 40)}", which psirt does not map to a package URL; the decision is read for any package.`, 'Check the imported record and add the package purl by hand.');
            }
        }
        // LIMITATION: the rule's package version, location and fix-state are kept only in status_notes.
        const details = [
            str(rule.reason),
            str(pkg.version) ? `package version ${str(pkg.version)}` : undefined,
            str(pkg.location) ? `location ${str(pkg.location)}` : undefined,
            str(rule['fix-state'])
                ? `fix-state ${str(rule['fix-state'])}`
                : undefined,
        ].filter(Boolean);
        out.push(ignore_files_decision(id, '.grype.yaml', file, {
            line,
            purl,
            status_notes: details.join('; '),
        }));
    });
    return out;
}
/** Snyk vulnerability id prefixes to the ecosystem of their packages. */
const SNYK_ECOSYSTEMS = [
    [/^(npm:|SNYK-JS-)/i, 'npm'],
    [/^(pip:|SNYK-PYTHON-)/i, 'pip'],
    [/^SNYK-GOLANG-/i, 'go'],
    [/^(maven:|SNYK-JAVA-)/i, 'maven'],
    [/^(rubygems:|SNYK-RUBY-)/i, 'rubygems'],
    [/^SNYK-RUST-/i, 'cargo'],
    [/^(nuget:|SNYK-DOTNET-)/i, 'nuget'],
    [/^(composer:|SNYK-PHP-)/i, 'composer'],
];
/** .snyk: `ignore.<id>[].<path or *>.{reason, expires}`. */
function parseSnyk(text, file) {
    const doc = yamlDoc(text, file, 'a Snyk policy file');
    if (doc.ignore !== undefined && !isObject(doc.ignore)) {
        throw new src_errors/* UserError */.yo(`${file}: "ignore" must be a mapping of vulnerability ids.`, { file });
    }
    const out = [];
    for (const [id, entries] of Object.entries(obj(doc.ignore))) {
        const line = lineOf(text, id);
        const eco = SNYK_ECOSYSTEMS.find(([re]) => re.test(id))?.[1];
        const seen = new Set();
        for (const entry of arr(entries)) {
            for (const [path, rule] of Object.entries(obj(entry))) {
                const r = obj(rule);
                // LIMITATION: only the last package of a Snyk path is kept, and its
                // ecosystem comes from the id prefix; other ids apply to any package.
                const last = path.split('>').pop().trim();
                const name = last.replace(/@[^@/]*$/, '');
                let purl = '';
                if (path.trim() !== '*' && eco && name) {
                    try {
                        purl = purlFromEcosystem(eco, name);
                    }
                    catch {
                        purl = '';
                    }
                }
                if (seen.has(purl))
                    continue;
                seen.add(purl);
                out.push(ignore_files_decision(id, '.snyk', file, {
                    line,
                    purl,
                    expires: isoDate(r.expires, 'expires', { file, line }),
                    status_notes: str(r.reason),
                    timestamp: str(r.created),
                }));
            }
        }
    }
    return out;
}
/**
 * audit-ci.jsonc: `allowlist` entries, either strings (`GHSA-…`,
 * `GHSA-…|a>b>pkg`, a module name) or NSPRecords
 * `{ "<entry>": { active, notes, expiry } }`. Module-name entries allow a
 * whole package and are skipped with a warning.
 */
function parseAuditCi(text, file, problems) {
    const what = 'an audit-ci configuration';
    if (text.trim() === '')
        throw emptyFileError(file, what);
    const errors = [];
    const doc = (0,main.parse)(text, errors, { allowTrailingComma: true });
    if (errors.length > 0) {
        throw new src_errors/* UserError */.yo(`${file} is not valid JSONC (${(0,main.printParseErrorCode)(errors[0].error)}), so it cannot be read as ${what}.`, { file, ...lineColOf(text, errors[0].offset) });
    }
    if (!isObject(doc) ||
        (doc.allowlist !== undefined && !Array.isArray(doc.allowlist))) {
        throw new src_errors/* UserError */.yo(`${file} is not ${what}: expected an object whose "allowlist" is an array.`, { file });
    }
    const out = [];
    for (const item of arr(doc.allowlist)) {
        if (typeof item === 'string') {
            const d = allowlistEntry(item, {}, text, file, problems);
            if (d)
                out.push(d);
        }
        else if (isObject(item)) {
            for (const [key, rec] of Object.entries(item)) {
                const r = obj(rec);
                if (r.active === false)
                    continue;
                const d = allowlistEntry(key, r, text, file, problems);
                if (d)
                    out.push(d);
            }
        }
        else {
            throw new src_errors/* UserError */.yo(`${file}: an allowlist entry is neither a string nor an object.`, { file });
        }
    }
    return out;
}
function allowlistEntry(entry, record, text, file, problems) {
    const line = lineOf(text, `"${entry}"`);
    const [idPart, path] = entry.split('|');
    const id = /^\d+$/.test(idPart) ? `npm-advisory-${idPart}` : idPart;
    if (!isVulnId(id) && !id.startsWith('npm-advisory-')) {
        skipped(problems, file, line, 'decisions/package-wide-ignore', `Allowlist entry "${(0,src_text/* forLog */.Ig)(entry, 80)}" allows a whole module, not a vulnerability, so it is not read as a decision.`, 'Write a record for each vulnerability of that module.');
        return undefined;
    }
    let purl = '';
    if (path) {
        // LIMITATION: a path record keeps only the package at the end of the path.
        const name = path.split('>').pop().trim();
        if (name && !name.includes('*'))
            purl = purlFromEcosystem('npm', name);
    }
    return ignore_files_decision(id, 'audit-ci', file, {
        line,
        purl,
        expires: isoDate(record.expiry, 'expiry', { file, line }),
        status_notes: str(record.notes),
    });
}

;// CONCATENATED MODULE: ./packages/findings/src/vex.ts
/**
 * OpenVEX documents read as decisions: the OpenVEX 0.2.0 form, govulncheck's
 * (product "Unknown Product", the module as subcomponent) and the form where
 * the dependency is listed as a second product beside the project itself
 * (fleetdm's security folder). Each statement gives one decision per
 * package it names.
 */






const vex_WHAT = 'an OpenVEX document';
/** Is this JSON an OpenVEX document (by its `@context`)? */
function isOpenVex(doc) {
    const ctx = isObject(doc) ? doc['@context'] : undefined;
    return typeof ctx === 'string' && /^https:\/\/openvex\.dev\/ns/.test(ctx);
}
/**
 * Parses an OpenVEX document. Its shape is checked: a statement without a
 * vulnerability, with a status or justification OpenVEX does not define,
 * or with a malformed purl is refused, naming the statement.
 */
function parseOpenVex(text, file) {
    const doc = readJson(text, file, vex_WHAT);
    if (!isOpenVex(doc)) {
        throw new src_errors/* UserError */.yo(`${file} is not ${vex_WHAT}: its "@context" must be https://openvex.dev/ns/v0.2.0. Fix: keep only OpenVEX documents in the VEX folders (CSAF and CycloneDX VEX are not read).`, { file });
    }
    const d = doc;
    if (!Array.isArray(d.statements)) {
        throw new src_errors/* UserError */.yo(`${file} is not ${vex_WHAT}: it has no "statements" array.`, {
            file,
        });
    }
    const out = [];
    d.statements.forEach((s, i) => {
        out.push(...statementDecisions(obj(s), i + 1, d, text, file));
    });
    return out;
}
function statementDecisions(s, n, doc, text, file) {
    const vuln = typeof s.vulnerability === 'string'
        ? { name: s.vulnerability }
        : obj(s.vulnerability);
    const atId = str(vuln['@id']);
    const name = str(vuln.name) ?? (atId ? (vulnIdsIn(atId)[0] ?? atId) : undefined);
    const line = name ? lineOf(text, `"${name}"`) : undefined;
    const where = { file, line };
    if (!name) {
        throw new src_errors/* UserError */.yo(`${file}: statement ${n} has no vulnerability name or @id. Fix: add "vulnerability": {"name": "CVE-…"}.`, where);
    }
    const status = str(s.status);
    if (!status || !types/* STATUSES */.f.includes(status)) {
        throw new src_errors/* UserError */.yo(`${file}: statement ${n} (${(0,src_text/* forLog */.Ig)(name, 60)}) has status "${(0,src_text/* forLog */.Ig)(status ?? '', 40)}". Fix: use one of ${types/* STATUSES */.f.join(', ')}.`, where);
    }
    const justification = str(s.justification);
    if (justification &&
        !types/* JUSTIFICATIONS */.Ii.includes(justification)) {
        throw new src_errors/* UserError */.yo(`${file}: statement ${n} (${(0,src_text/* forLog */.Ig)(name, 60)}) has justification "${(0,src_text/* forLog */.Ig)(justification, 60)}", which OpenVEX does not define. Fix: use one of ${types/* JUSTIFICATIONS */.Ii.join(', ')}.`, where);
    }
    const purls = statementPurls(s, n, name, file, line);
    const base = {
        id: normalizeVulnId(name),
        aliases: uniqueIds([
            name,
            ...(atId ? vulnIdsIn(atId) : []),
            ...arr(vuln.aliases).map(str),
        ]),
        status: status,
        file,
        format: 'openvex',
    };
    if (line)
        base.line = line;
    if (justification)
        base.justification = justification;
    const impact = str(s.impact_statement);
    if (impact)
        base.impact_statement = impact;
    const action = str(s.action_statement);
    if (action)
        base.action_statement = action;
    const notes = str(s.status_notes);
    if (notes)
        base.status_notes = notes;
    // The newest statement about a package wins, and a not_affected one
    // expires not_affected_max_days after it was made: the statement's own
    // time, else the document's (statements inherit it).
    const timestamp = str(s.last_updated) ??
        str(s.timestamp) ??
        str(doc.last_updated) ??
        str(doc.timestamp);
    if (timestamp)
        base.timestamp = timestamp;
    const author = str(doc.author);
    if (author)
        base.author = author;
    if (purls.length === 0)
        return [{ ...base, purl: '' }];
    return purls.map(({ purl, version }) => version ? { ...base, purl, version } : { ...base, purl });
}
/**
 * LIMITATION: the product a subcomponent belongs to is not kept; the
 * decision applies to the package wherever this repository has it.
 *
 * The packages a statement is about: each product's subcomponents when it
 * has any, else the product itself when its id is a purl. Products that are
 * not purls ("Unknown Product", a project name) name no package. A purl
 * with a version is about that version only; the same package without a
 * version is about every version, and outweighs the versioned ones.
 */
function statementPurls(s, n, name, file, line) {
    const products = arr(s.products);
    const versions = new Map();
    const add = (p) => {
        const item = typeof p === 'string' ? { '@id': p } : obj(p);
        const ids = [str(item['@id']), str(obj(item.identifiers).purl)];
        for (const id of ids) {
            if (id && /^pkg:/i.test(id)) {
                const parsed = parsedPurlOrError(id, `${file}: statement ${n} (${(0,src_text/* forLog */.Ig)(name, 60)})`, file, line);
                const known = versions.get(parsed.purl);
                if (!parsed.version)
                    versions.set(parsed.purl, 'any');
                else if (known === undefined) {
                    versions.set(parsed.purl, new Set([parsed.version]));
                }
                else if (known !== 'any')
                    known.add(parsed.version);
                return;
            }
        }
    };
    for (const p of products) {
        const subs = arr(obj(p).subcomponents);
        if (subs.length > 0)
            subs.forEach(add);
        else
            add(p);
    }
    const out = [];
    for (const purl of [...versions.keys()].sort()) {
        const v = versions.get(purl);
        if (v === 'any')
            out.push({ purl });
        else
            for (const version of [...v].sort())
                out.push({ purl, version });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/findings/src/decisions.ts
/**
 * Decisions that are not records: OpenVEX documents and the ignore files of
 * scanners, found at the places those tools read them from.
 */









/**
 * Ignore files at the repository root, where their tools look by default
 * (Trivy's YAML form must be passed with --ignorefile; `.trivyignore.yaml`
 * is its documented name).
 */
const IGNORE_FILES = {
    'osv-scanner.toml': 'osv-scanner.toml',
    '.trivyignore': '.trivyignore',
    '.trivyignore.yaml': '.trivyignore.yaml',
    '.trivyignore.yml': '.trivyignore.yaml',
    '.grype.yaml': '.grype.yaml',
    '.grype.yml': '.grype.yaml',
    '.grype/config.yaml': '.grype.yaml',
    '.snyk': '.snyk',
    'audit-ci.jsonc': 'audit-ci',
    'audit-ci.json': 'audit-ci',
    '.audit-ci.jsonc': 'audit-ci',
};
/**
 * The decision format of a file, from its name (an OpenVEX document is any
 * `.json` not named otherwise); undefined when the name says nothing.
 */
function decisionFormatOf(file) {
    const norm = file.replace(/\\/g, '/');
    for (const [name, format] of Object.entries(IGNORE_FILES)) {
        if (norm === name || norm.endsWith(`/${name}`))
            return format;
    }
    const base = external_node_path_default().posix.basename(norm);
    if (/^osv-scanner.*\.toml$/.test(base))
        return 'osv-scanner.toml';
    if (/trivyignore\.ya?ml$/.test(base))
        return '.trivyignore.yaml';
    if (/trivyignore/.test(base))
        return '.trivyignore';
    if (/grype.*\.ya?ml$/.test(base))
        return '.grype.yaml';
    if (/^\.snyk$/.test(base))
        return '.snyk';
    if (/^\.?audit-ci.*\.jsonc?$/.test(base))
        return 'audit-ci';
    if (/\.json$/.test(base))
        return 'openvex';
    return undefined;
}
/**
 * Parses one decision file by its format (from its name unless given).
 * Skipped entries (package-wide ignores) are added to `problems`.
 */
function parseDecisionFile(text, file, format = decisionFormatOf(file), problems) {
    switch (format) {
        case 'openvex':
            return parseOpenVex(text, file);
        case 'osv-scanner.toml':
            return parseOsvScannerToml(text, file, problems);
        case '.trivyignore':
            return parseTrivyIgnore(text, file, problems);
        case '.trivyignore.yaml':
            return parseTrivyIgnoreYaml(text, file);
        case '.grype.yaml':
            return parseGrypeIgnore(text, file, problems);
        case '.snyk':
            return parseSnyk(text, file);
        case 'audit-ci':
            return parseAuditCi(text, file, problems);
        default:
            throw new src_errors/* UserError */.yo(`${file} is not a decision file psirt reads. Fix: pass an OpenVEX document (.json), osv-scanner.toml, .trivyignore, .trivyignore.yaml, .grype.yaml, .snyk or audit-ci.jsonc.`, { file });
    }
}
async function isDir(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
async function readText(abs, file) {
    try {
        return await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        throw new src_errors/* UserError */.yo(`Decision file ${(0,src_text/* forLog */.Ig)(file, 200)} cannot be read (${(0,src_text/* forLog */.Ig)((0,src_errors/* errorMessage */.gJ)(e), 200)}).`, { file });
    }
}
/**
 * Every external decision in a repository: the ignore files at `root` and
 * every `.json` document under each VEX folder (relative to `root`), all
 * of which must be OpenVEX. A VEX folder that does not exist holds no
 * decisions; that only leaves findings untriaged, so it fails closed.
 * Paths in the decisions are relative to `root`.
 */
async function readDecisionFiles(root, vexDirs, problems) {
    const out = [];
    for (const [name, format] of Object.entries(IGNORE_FILES)) {
        const text = await readText(external_node_path_default().join(root, name), name);
        if (text === undefined)
            continue;
        out.push(...parseDecisionFile(text, name, format, problems));
    }
    const vexFiles = new Set();
    for (const dir of vexDirs) {
        const rel = dir.replace(/\\/g, '/').replace(/\/+$/, '');
        if (!(await isDir(external_node_path_default().join(root, rel))))
            continue;
        const files = await out_default()(`${out_default().escapePath(rel)}/**/*.json`, {
            cwd: root,
            dot: true,
            onlyFiles: true,
        });
        for (const f of files)
            vexFiles.add(f);
    }
    for (const file of [...vexFiles].sort()) {
        const text = await readText(external_node_path_default().join(root, file), file);
        if (text !== undefined)
            out.push(...parseOpenVex(text, file));
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/triage/src/sources.ts



/** Findings from all sources, one per vulnerability and package. */
function mergeAll(findings) {
    return mergeFindings(findings);
}
/**
 * Marks each merged finding as introduced by the change or not, once the
 * dependency graph compare has run: introduced when the change adds its
 * package with one of its ids, otherwise not.
 */
function labelIntroduced(findings, introduced) {
    const added = new Set();
    for (const f of introduced) {
        for (const a of f.aliases)
            added.add(`${purlKey(f.purl)} ${idKey(a)}`);
    }
    return findings.map((f) => {
        const key = purlKey(f.purl);
        const hit = f.introduced === true ||
            [f.id, ...f.aliases].some((a) => added.has(`${key} ${idKey(a)}`));
        return { ...f, introduced: hit };
    });
}
/**
 * OpenVEX documents (the configured VEX folders) and scanner ignore files,
 * read as decisions; problems in them are added to `problems`.
 */
async function readExternalDecisions(root, config, problems) {
    return readDecisionFiles(root, config.vex_dirs, problems);
}

;// CONCATENATED MODULE: ./packages/triage/src/cli.ts
/**
 * `psirt triage`: the triage-gate verdict, offline, on report files. The
 * same engine and the same policy as the action; no GitHub API.
 */













const triage_src_cli_HELP = `usage: psirt triage [--root DIR] [--reports GLOB]... [--config FILE]
                    [--event NAME] [--today YYYY-MM-DD] [--json]
                    [--openvex FILE [--repository OWNER/NAME] [--version REF]]

Matches the findings in scanner reports (osv-scanner, govulncheck, SARIF,
npm audit, Grype, Trivy) to the records of the repository at DIR and prints
each verdict with its reason. Report globs default to \`reports\` in the
configuration. --openvex writes the records as an OpenVEX document (product
pkg:github/OWNER/NAME@REF; --repository defaults to \`repository\` in the
configuration). Exit codes: 0 pass, 1 the check fails, 2 usage error.`;
async function triageCommand(args, io) {
    const { values } = (0,cli/* usageErrors */.jY)('triage', () => (0,external_node_util_.parseArgs)({
        args,
        options: {
            root: { type: 'string' },
            reports: { type: 'string', multiple: true },
            config: { type: 'string' },
            event: { type: 'string' },
            today: { type: 'string' },
            json: { type: 'boolean', default: false },
            openvex: { type: 'string' },
            repository: { type: 'string' },
            version: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }));
    if (values.help) {
        io.out(triage_src_cli_HELP);
        return cli/* EXIT */.dc.ok;
    }
    (0,cli/* dateOption */.Kw)('today', values.today);
    const event = (values.event ?? 'local');
    if (!EVENTS.includes(event)) {
        throw new src_errors/* UserError */.yo(`--event must be one of ${EVENTS.join(', ')}.`);
    }
    const today = values.today
        ? new Date(`${values.today}T12:00:00Z`)
        : new Date();
    const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
    const { config, problems: configProblems } = await (0,load/* loadConfig */.Z9)(root, values.config);
    const folder = await (0,load/* loadSecurityFolder */.DY)(root, config, today.toISOString().slice(0, 10));
    const problems = [...configProblems, ...folder.problems];
    const globs = values.reports ?? config.reports;
    if (globs.length === 0) {
        throw new src_errors/* UserError */.yo('no report to read. Fix: pass --reports GLOB, or list report globs under `reports:` in the configuration.');
    }
    const findings = mergeAll(await readReports(globs, root));
    const external = await readExternalDecisions(root, config, problems);
    const report = triage({
        findings,
        records: folder.records,
        external,
        config,
        today,
        event,
    });
    if (problems.some((p) => p.severity === 'error'))
        report.failed = true;
    dedupeProblems(problems, report);
    if (values.openvex !== undefined) {
        const repository = values.repository ?? config.repository;
        if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
            throw new src_errors/* UserError */.yo('--openvex needs the repository as OWNER/NAME. Fix: pass --repository OWNER/NAME or set `repository:` in the configuration.');
        }
        if (exportable(folder.records).length === 0) {
            throw new src_errors/* UserError */.yo('--openvex: there are no records to export (embargoed ones are left out), and an OpenVEX document needs at least one statement.');
        }
        const doc = toOpenVex(folder.records, {
            repository,
            version: values.version ?? '',
            today,
            config,
        });
        const file = (0,external_node_path_.resolve)(io.cwd, values.openvex);
        await (0,promises_.writeFile)(file, JSON.stringify(doc, null, 2) + '\n');
        io.err((0,src_text/* forLog */.Ig)(`wrote ${doc.statements.length} OpenVEX statements to ${file}`, 1000));
    }
    if (values.json) {
        io.out(JSON.stringify(reportJson(report, problems), null, 2));
    }
    else {
        for (const p of [...problems, ...report.problems]) {
            io.out((0,src_text/* forLog */.Ig)((0,src_errors/* formatProblem */.Vw)(p), 1000));
        }
        for (const v of sortVerdicts(report.verdicts)) {
            const mark = v.fails ? 'FAIL' : v.level === 'warning' ? 'warn' : 'ok  ';
            const versions = merge_installedVersions(v.finding);
            const pkg = v.finding.purl
                ? ` ${v.finding.purl}${versions.length > 0 ? `@${versions.join(', ')}` : ''}`
                : '';
            io.out((0,src_text/* forLog */.Ig)(`${mark} ${v.verdict.padEnd(18)} ${v.finding.id}${pkg} [${v.finding.severity}]: ${v.explanation}`, 1000));
        }
        const counts = verdict_VERDICTS.filter((v) => report.counts[v] > 0)
            .map((v) => `${v} ${report.counts[v]}`)
            .join(', ');
        io.out(`${report.verdicts.length} finding(s)${counts ? `: ${counts}` : ''}. triage ${report.failed ? 'fails' : 'passes'}.`);
    }
    return report.failed ? cli/* EXIT */.dc.findings : cli/* EXIT */.dc.ok;
}
(0,cli/* register */.kz)('triage', 'match scanner findings to records and give each a verdict', triageCommand);

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/records/src/ids.ts
var src_ids = __webpack_require__(3780);
;// CONCATENATED MODULE: ./packages/findings/src/cli.ts
/**
 * `psirt import`: external decisions (OpenVEX documents, scanner ignore
 * files) turned into record files, so a repository can adopt the security
 * folder without retyping its history.
 *
 * An ignore-file entry says "ignore" but not why in OpenVEX terms. With
 * `--owner` and `--due` it becomes `under_investigation` (someone owns the
 * question, with a date): a valid record. Without them it is written as
 * `not_affected` with TODO comments for the missing justification, impact
 * statement and review date; the validator refuses it until a person
 * completes it. Either way the entry's own reason is kept as a comment, and
 * nothing is accepted silently.
 */















const findings_src_cli_HELP = `usage: psirt import FILE... [--out DIR] [--dry-run] [--author NAME]
                    [--owner NAME --due YYYY-MM-DD] [--review-by YYYY-MM-DD]

Converts external decisions into record files, one per vulnerability:
OpenVEX documents (.json), osv-scanner.toml, .trivyignore, .trivyignore.yaml,
.grype.yaml, .snyk and audit-ci.jsonc.

  --out DIR          folder to write to (default: security)
  --dry-run          print the records instead of writing them
  --author NAME      review.author of the records (default: the VEX author)
  --owner, --due     turn ignore-file entries, which have no justification,
                     into under_investigation records owned by NAME, due then
  --review-by DATE   review_by for not_affected records without an expiry

Existing files are never overwritten. What is written is checked as
\`psirt validate\` checks it: a record that needs completing (an id that is
not a CVE or GHSA, a missing justification, impact or action statement) is
still written, with TODO comments, and listed with file:line. Exit codes:
0 written and valid, 1 some decisions conflict or a record needs
completing, 2 usage error.`;
/** A file name for an id: safe on every file system. */
function recordFileName(id) {
    return `${id.replace(/[^A-Za-z0-9._-]+/g, '-')}.yml`;
}
/**
 * Records for decisions, one per vulnerability id. Decisions for the same
 * id from several files join into one record when they agree on status;
 * when they disagree, no record is made for that id and the conflict is
 * reported in `conflicts`.
 */
function importDecisions(decisions, opts) {
    const byId = new Map();
    for (const d of decisions) {
        const id = (0,src_ids/* normalizeId */.XB)(d.id);
        const list = byId.get(id) ?? [];
        list.push(d);
        byId.set(id, list);
    }
    const records = [];
    const conflicts = [];
    for (const [id, group] of [...byId].sort(([a], [b]) => compareIdPreference(a, b))) {
        const statuses = [...new Set(group.map((d) => d.status))];
        const justifications = [...new Set(group.map((d) => d.justification ?? ''))];
        if (statuses.length > 1 || justifications.length > 1) {
            const where = group.map((d) => `${d.file}${d.line ? `:${d.line}` : ''} (${d.status}${d.justification ? `/${d.justification}` : ''})`);
            conflicts.push(`${id}: the decisions disagree: ${where.join(', ')}. Write its record by hand.`);
            continue;
        }
        records.push({
            name: recordFileName(id),
            yaml: recordYaml(id, group, opts),
        });
    }
    return { records, conflicts };
}
function recordYaml(id, group, opts) {
    const d = group[0];
    const todo = [];
    const aliases = [...new Set(group.flatMap((x) => x.aliases).map(src_ids/* normalizeId */.XB))]
        .filter((a) => a !== id)
        .sort(compareIdPreference);
    const purls = [...new Set(group.map((x) => x.purl))].sort();
    const anyPackage = purls.includes('');
    const packages = anyPackage ? [] : purls;
    const impact = [
        ...new Set(group.map((x) => x.impact_statement).filter((n) => !!n)),
    ];
    const action = [
        ...new Set(group.map((x) => x.action_statement).filter((n) => !!n)),
    ];
    const expires = group
        .map((x) => x.expires)
        .filter((x) => !!x)
        .sort()[0];
    if ((0,src_ids/* checkId */.ij)(id).problem || !(0,src_ids/* checkId */.ij)(id).kind) {
        todo.push(`replace id ${id} (a ${d.format} id) with the vulnerability's GHSA or CVE id`);
    }
    if (anyPackage) {
        todo.push('the source named no package: add `packages:` with the purl, or leave it out if the decision covers every package');
    }
    const author = opts.author ?? group.find((x) => x.author)?.author;
    if (!author)
        throw new src_errors/* UserError */.yo('--author is required: no decision names who made it.');
    const rec = {
        schema: types/* RECORD_SCHEMA_VERSION */.pw,
        id,
    };
    if (aliases.length > 0)
        rec.aliases = aliases;
    rec.title =
        packages.length === 1 ? `${id} in ${packageNameOf(packages[0])}` : id;
    if (packages.length > 0) {
        rec.packages = packages.map((purl) => {
            // A decision about named versions only (an OpenVEX purl with a
            // version) stays about those versions.
            const versions = group
                .filter((x) => x.purl === purl)
                .map((x) => x.version);
            if (versions.some((v) => !v))
                return { purl };
            const vulnerable = [...new Set(versions)]
                .sort()
                .map((v) => `= ${v}`)
                .join(' || ');
            return { purl, vulnerable };
        });
    }
    const ignoreEntry = d.status === 'not_affected' && !d.justification;
    if (ignoreEntry && opts.owner && opts.due) {
        rec.status = 'under_investigation';
        rec.owner = opts.owner;
        rec.due = opts.due;
    }
    else {
        rec.status = d.status;
        statusFields(rec, d, { impact, action, todo, opts });
    }
    // LIMITATION: `decided` is the import date, not the VEX timestamp: the
    // person importing reviews and owns the decision from now on.
    rec.review = { author, decided: opts.today };
    const reviewBy = rec.status === 'not_affected' ? (expires ?? opts.reviewBy) : undefined;
    if (reviewBy)
        rec.review.review_by = reviewBy;
    else if (rec.status === 'not_affected')
        todo.push('add review.review_by: the date this decision expires');
    rec.disclosure = { kind: 'none' };
    const header = [
        `# Imported by psirt import on ${opts.today} from:`,
        ...group.map((x) => `#   ${x.file}${x.line ? `:${x.line}` : ''} (${x.format})`),
        // The ignore file's own reason is shown for the reviewer, not taken as
        // the impact statement: "accept the risk" is not OpenVEX reasoning.
        ...group
            .filter((x) => x.status_notes)
            .map((x) => `# Note in ${x.file}: ${x.status_notes}`),
        ...todo.map((t) => `# TODO: ${t}`),
    ];
    return `${header.map(comment).join('\n')}\n${(0,js_yaml/* dump */.Bh)(rec, { lineWidth: 80, noRefs: true })}`;
}
function statusFields(rec, d, ctx) {
    const { impact, action, todo, opts } = ctx;
    switch (d.status) {
        case 'not_affected':
            if (d.justification)
                rec.justification = d.justification;
            else
                todo.push('add justification: one of the five OpenVEX justifications (the ignore file gave none)');
            if (impact.length > 0) {
                rec.impact_statement = impact.join(' ');
            }
            else {
                todo.push('add impact_statement: why the vulnerability cannot be exploited here');
            }
            break;
        case 'affected':
            if (action.length > 0)
                rec.action_statement = action.join(' ');
            else
                todo.push('add action_statement: what users or the team must do');
            if (opts.due)
                rec.due = opts.due;
            else
                todo.push('add due: the date the mitigation must ship');
            break;
        case 'fixed':
            rec.fixed_in = [];
            todo.push('add fixed_in: the releases that contain the fix');
            break;
        case 'under_investigation':
            if (opts.owner)
                rec.owner = opts.owner;
            else
                todo.push('add owner: who investigates');
            if (opts.due)
                rec.due = opts.due;
            else
                todo.push('add due: the date the investigation ends');
            break;
    }
}
/** A YAML comment line that cannot break out of the comment. */
function comment(line) {
    return (0,src_text/* forLog */.Ig)(line, 300).replace(/^(?!#)/, '# ');
}
async function importCommand(args, io) {
    const { values, positionals } = (0,cli/* usageErrors */.jY)('import', () => (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            out: { type: 'string' },
            'dry-run': { type: 'boolean', default: false },
            author: { type: 'string' },
            owner: { type: 'string' },
            due: { type: 'string' },
            'review-by': { type: 'string' },
            today: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }));
    if (values.help) {
        io.out(findings_src_cli_HELP);
        return cli/* EXIT */.dc.ok;
    }
    if (positionals.length === 0) {
        throw new src_errors/* UserError */.yo('name at least one file to import (see `psirt import --help`).');
    }
    if (values.owner !== undefined && values.due === undefined) {
        throw new src_errors/* UserError */.yo('--owner needs --due: an investigation needs a deadline.');
    }
    const opts = {
        author: values.author,
        owner: values.owner,
        due: (0,cli/* dateOption */.Kw)('due', values.due),
        reviewBy: (0,cli/* dateOption */.Kw)('review-by', values['review-by']),
        today: (0,cli/* dateOption */.Kw)('today', values.today) ?? (0,load/* isoToday */.XI)(),
    };
    const decisions = [];
    const problems = [];
    for (const file of positionals) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, file), 'utf8');
        }
        catch (e) {
            throw new src_errors/* UserError */.yo(`${file} cannot be read (${(0,src_text/* forLog */.Ig)((0,src_errors/* errorMessage */.gJ)(e), 200)}).`, { file });
        }
        decisions.push(...parseDecisionFile(text, file, undefined, problems));
    }
    for (const p of problems)
        io.err((0,src_text/* forLog */.Ig)((0,src_errors/* formatProblem */.Vw)(p), 1000));
    const { records, conflicts } = importDecisions(decisions, opts);
    for (const c of conflicts)
        io.err(`psirt import: ${(0,src_text/* forLog */.Ig)(c, 1000)}`);
    const out = external_node_path_default().resolve(io.cwd, values.out ?? 'security');
    const shown = external_node_path_default().relative(io.cwd, out) || '.';
    if (!values['dry-run'])
        await (0,promises_.mkdir)(out, { recursive: true });
    let written = 0;
    const writtenNames = [];
    for (const r of records) {
        const target = external_node_path_default().join(out, r.name);
        const rel = external_node_path_default().join(shown, r.name);
        if (values['dry-run']) {
            io.out((0,src_text/* forLog */.Ig)(`--- ${rel}${(0,external_node_fs_.existsSync)(target) ? ' (exists; would not be overwritten)' : ''}`, 1000));
            io.out(r.yaml);
            continue;
        }
        try {
            await (0,promises_.writeFile)(target, r.yaml, { flag: 'wx' });
            written++;
            writtenNames.push(r.name);
            io.out((0,src_text/* forLog */.Ig)(`wrote ${rel}`, 1000));
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
            io.err((0,src_text/* forLog */.Ig)(`psirt import: ${rel} exists; not overwritten.`, 1000));
        }
    }
    // What was written is checked as `psirt validate` would: a record with a
    // TODO (an id that is not a vulnerability id, a missing statement) is
    // written for a person to complete, but the command does not pass.
    const incomplete = values['dry-run']
        ? await validateDryRun(records, shown, io.cwd, opts.today)
        : await validateWritten(writtenNames, shown, io.cwd, opts.today);
    for (const p of incomplete)
        io.err((0,src_text/* forLog */.Ig)((0,src_errors/* formatProblem */.Vw)(p), 1000));
    const files = new Set(incomplete.map((p) => p.file)).size;
    if (files > 0) {
        io.err(`psirt import: ${files} record(s) ${values['dry-run'] ? 'would not' : 'do not'} pass \`psirt validate\` yet: complete the fields named above (the TODO comments in each file say what), then run \`psirt validate\`.`);
    }
    if (!values['dry-run']) {
        io.out(`${written} record(s) written, ${records.length - written} left as they were, ${conflicts.length} conflict(s), ${files} to complete.`);
    }
    return conflicts.length > 0 || files > 0 ? cli/* EXIT */.dc.findings : cli/* EXIT */.dc.ok;
}
/**
 * The problems `psirt validate` reports in the records just written (and
 * their duplicates among the records already in the folder), with the
 * repository's policy when the working directory has one.
 */
async function validateWritten(names, shown, cwd, today) {
    if (names.length === 0)
        return [];
    const { config } = await (0,load/* loadConfig */.Z9)(cwd).catch(() => ({
        config: structuredClone(load/* DEFAULT_CONFIG */.PV),
    }));
    const ours = new Set(names.map((n) => external_node_path_default().join(shown, n)));
    const { problems } = await (0,load/* loadSecurityFolder */.DY)(cwd, { ...config, security_dir: shown }, today);
    return problems.filter((p) => ours.has(external_node_path_default().normalize(p.file)));
}
/** The same check for a dry run, on a copy in a temporary folder. */
async function validateDryRun(records, shown, cwd, today) {
    if (records.length === 0)
        return [];
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'psirt-import-'));
    try {
        await (0,promises_.mkdir)(external_node_path_default().join(tmp, 'security'));
        for (const r of records) {
            await (0,promises_.writeFile)(external_node_path_default().join(tmp, 'security', r.name), r.yaml);
        }
        const { config } = await (0,load/* loadConfig */.Z9)(cwd).catch(() => ({
            config: structuredClone(load/* DEFAULT_CONFIG */.PV),
        }));
        const { problems } = await (0,load/* loadSecurityFolder */.DY)(tmp, { ...config, security_dir: 'security' }, today);
        return problems.map((p) => ({
            ...p,
            file: external_node_path_default().join(shown, external_node_path_default().relative('security', p.file)),
        }));
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
(0,cli/* register */.kz)('import', 'turn OpenVEX documents and scanner ignore files into records', importCommand);

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/records/src/index.ts
var records_src = __webpack_require__(8982);
;// CONCATENATED MODULE: ./packages/disclosure/src/ranges.ts
/**
 * The affected package of a record, seen the way OSV and CVE JSON describe
 * it: an ecosystem, a package name, and version intervals. A record writes
 * its range as comparators (`>= 1.0.0, < 1.6.3`, alternatives joined by
 * `||`); both formats need the same intervals as `introduced`/`fixed` pairs.
 */



const ECOSYSTEMS = {
    npm: {
        osv: 'npm',
        rangeType: 'SEMVER',
        versionType: 'semver',
        collectionURL: 'https://registry.npmjs.org',
    },
    golang: {
        osv: 'Go',
        rangeType: 'SEMVER',
        versionType: 'semver',
        collectionURL: 'https://pkg.go.dev',
    },
    cargo: {
        osv: 'crates.io',
        rangeType: 'SEMVER',
        versionType: 'semver',
        collectionURL: 'https://crates.io',
    },
    pypi: {
        osv: 'PyPI',
        rangeType: 'ECOSYSTEM',
        versionType: 'python',
        collectionURL: 'https://pypi.python.org',
    },
    maven: {
        osv: 'Maven',
        rangeType: 'ECOSYSTEM',
        versionType: 'maven',
        collectionURL: 'https://repo.maven.apache.org/maven2',
    },
    nuget: {
        osv: 'NuGet',
        rangeType: 'ECOSYSTEM',
        versionType: 'custom',
        collectionURL: 'https://nuget.org/packages',
    },
    gem: {
        osv: 'RubyGems',
        rangeType: 'ECOSYSTEM',
        versionType: 'custom',
        collectionURL: 'https://rubygems.org',
    },
    composer: {
        osv: 'Packagist',
        rangeType: 'ECOSYSTEM',
        versionType: 'custom',
        collectionURL: 'https://packagist.org',
    },
    hex: {
        osv: 'Hex',
        rangeType: 'ECOSYSTEM',
        versionType: 'custom',
        collectionURL: 'https://repo.hex.pm',
    },
    pub: {
        osv: 'Pub',
        rangeType: 'ECOSYSTEM',
        versionType: 'custom',
        collectionURL: 'https://pub.dev',
    },
    githubactions: {
        osv: 'GitHub Actions',
        rangeType: 'ECOSYSTEM',
        versionType: 'git',
        collectionURL: 'https://github.com',
    },
};
/** Go versions carry a `v` the OSV SEMVER type does not accept. */
function normalizeVersion(type, v) {
    return type === 'golang' ? v.replace(/^v(?=\d)/, '') : v;
}
const COMPARATOR = /^(>=|<=|>|<|=|==)?\s*([^\s<>=]+)$/;
/**
 * Intervals of a record's `vulnerable` range, closed by `fixed` when the
 * range has no upper bound. A `>` lower bound cannot be expressed as an
 * `introduced` event and is refused rather than widened.
 */
function parseIntervals(type, vulnerable, fixed, where = {}) {
    const fix = fixed ? normalizeVersion(type, fixed) : undefined;
    if (!vulnerable || vulnerable.trim() === '' || vulnerable.trim() === '*') {
        return [{ introduced: '0', ...(fix ? { fixed: fix } : {}) }];
    }
    const out = [];
    for (const alt of vulnerable.split('||')) {
        const iv = { introduced: '0' };
        for (const raw of alt.split(/,|\s+(?=[<>=])/)) {
            const part = raw.trim();
            if (part === '')
                continue;
            const m = COMPARATOR.exec(part);
            if (!m) {
                throw new src_errors/* UserError */.yo(`The range "${(0,src_text/* forLog */.Ig)(vulnerable, 80)}" has a part "${(0,src_text/* forLog */.Ig)(part, 40)}" that is not a comparison. Fix: write it as ">= 1.0.0, < 1.2.3".`, where);
            }
            const op = m[1] ?? '=';
            const v = normalizeVersion(type, m[2]);
            if (op === '>=')
                iv.introduced = v;
            else if (op === '<')
                iv.fixed = v;
            else if (op === '<=')
                iv.last_affected = v;
            else if (op === '=' || op === '==') {
                iv.introduced = v;
                iv.last_affected = v;
            }
            else {
                throw new src_errors/* UserError */.yo(`The range "${(0,src_text/* forLog */.Ig)(vulnerable, 80)}" uses ">", which OSV and CVE ranges cannot express. Fix: use ">=" with the first affected version.`, where);
            }
        }
        if (!iv.fixed && !iv.last_affected && fix)
            iv.fixed = fix;
        out.push(iv);
    }
    return out;
}
/** Resolve a record's affected package; a bad purl is the user's mistake. */
function resolvePackage(pkg, where = {}) {
    let p;
    try {
        p = parsePurl(pkg.purl);
    }
    catch (e) {
        if (e instanceof src_errors/* UserError */.yo)
            throw new src_errors/* UserError */.yo(e.message, where);
        throw e;
    }
    const info = ECOSYSTEMS[p.type];
    return {
        purl: pkg.purl,
        type: p.type,
        ecosystem: info?.osv,
        name: packageNameOf(p.purl),
        rangeType: info?.rangeType ?? 'ECOSYSTEM',
        versionType: info?.versionType ?? 'custom',
        collectionURL: info?.collectionURL,
        intervals: parseIntervals(p.type, pkg.vulnerable, pkg.fixed, where),
        vulnerable: pkg.vulnerable,
        fixed: pkg.fixed,
    };
}

;// CONCATENATED MODULE: ./packages/disclosure/src/advisory.ts
/**
 * The advisory as every document sees it: one normalised view of a record,
 * its scores and the release that fixes it. Each renderer (markdown, CVE
 * JSON, OSV, MITRE text, email) is a pure function of this view, so they
 * cannot disagree about a version, a score or a severity.
 */






const SEVERITY_RANK = {
    unknown: -1,
    none: 0,
    low: 1,
    medium: 2,
    high: 3,
    critical: 4,
};
/** true when `a` is at least as severe as `b`. */
function atLeast(a, b) {
    return SEVERITY_RANK[a] >= SEVERITY_RANK[b];
}
function advisory_score(loaded, field, vector) {
    const at = (0,types/* positionOf */.df)(loaded, `/cvss/${field}`);
    let s;
    try {
        s = (0,src/* scoreVector */.YE)(vector);
    }
    catch (e) {
        if (e instanceof src_errors/* UserError */.yo) {
            throw new src_errors/* UserError */.yo(e.message, { file: loaded.file, ...at });
        }
        throw e;
    }
    // The record schema allows v4.0 in cvss.v4 and v3.1 or v3.0 in cvss.v3.
    const version = String(s.version);
    const allowed = field === 'v4' ? ['4.0'] : ['3.1', '3.0'];
    if (!allowed.includes(version)) {
        throw new src_errors/* UserError */.yo(`cvss.${field} holds a CVSS ${(0,src_text/* forLog */.Ig)(version, 10)} vector, not ${allowed.join(' or ')}. Fix: move it to cvss.v${version.charAt(0)}.`, { file: loaded.file, ...at });
    }
    return {
        version: version,
        vector,
        score: s.score,
        severity: s.severity,
        baseScore: s.baseScore,
        baseSeverity: s.baseSeverity,
        ...(s.nomenclature ? { nomenclature: s.nomenclature } : {}),
    };
}
const SEMVER_TAG = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/;
/**
 * A record about our own code may name no package: the affected product is
 * then the repository, affected before the first release with the fix.
 */
function repositoryPackage(repository, fixedIn) {
    if (!repository || !repository.includes('/'))
        return [];
    const tag = fixedIn[0];
    const semver = tag ? SEMVER_TAG.exec(tag) : null;
    return [
        {
            purl: `pkg:github/${repository.toLowerCase()}`,
            type: 'github',
            name: repository,
            rangeType: 'ECOSYSTEM',
            versionType: semver || !tag ? 'semver' : 'custom',
            collectionURL: 'https://github.com',
            intervals: [
                {
                    introduced: '0',
                    ...(tag ? { fixed: semver ? semver[1] : tag } : {}),
                },
            ],
            fixed: tag,
        },
    ];
}
/**
 * A dependency advisory is ours, about our product: its id is the record's
 * project-local id or our own GHSA (`disclosure.ghsa_id`, the repository
 * advisory GitHub assigned us). A record id from a vulnerability database
 * that is not our GHSA is the upstream's id of the dependency's
 * vulnerability, and no document of ours may go out under it.
 */
function checkOwnId(loaded) {
    const r = loaded.record;
    if ((0,src_ids/* isOwnAdvisoryId */.hK)(r))
        return;
    throw new src_errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(r.id, 80)} is a dependency advisory, but its id is the dependency's vulnerability, not an advisory of ours. Fix: give the record a project-local id (such as PROJECT-2026-001) and keep ${(0,src_text/* forLog */.Ig)(r.id, 80)} under aliases, or set disclosure.ghsa_id to the GHSA of our own repository advisory.`, { file: loaded.file, ...(0,types/* positionOf */.df)(loaded, '/id') });
}
function severityOf(r, scores) {
    if (scores.length > 0)
        return scores[0].severity;
    return r.cvss?.severity ?? 'unknown';
}
/**
 * The advisory view of a record at the release that fixes it. `now` fixes
 * every date in the documents, so the same inputs give the same bytes.
 */
function toAdvisory(loaded, config, release, now) {
    const r = loaded.record;
    if (r.disclosure.kind === 'none') {
        throw new src_errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(r.id, 80)} has disclosure.kind none; there is nothing to publish. Fix: set disclosure.kind to cve or advisory.`, { file: loaded.file, ...(0,types/* positionOf */.df)(loaded, '/disclosure/kind') });
    }
    const scores = [];
    if (r.cvss?.v4)
        scores.push(advisory_score(loaded, 'v4', r.cvss.v4));
    if (r.cvss?.v3)
        scores.push(advisory_score(loaded, 'v3', r.cvss.v3));
    // An advisory instead of a CVE is, by the process, the dependency case.
    const dependency = r.disclosure.kind === 'advisory';
    if (dependency)
        checkOwnId(loaded);
    const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const resolved = r.packages.map((p, i) => resolvePackage(p, {
        file: loaded.file,
        ...(0,types/* positionOf */.df)(loaded, `/packages/${i}`),
    }));
    return {
        id: r.id,
        file: loaded.file,
        title: r.title,
        summary: r.description?.trim() || r.title,
        kind: r.disclosure.kind,
        dependency,
        // A dependency advisory never carries a CVE of ours.
        cve_id: dependency ? undefined : r.disclosure.cve_id,
        ghsa_id: r.disclosure.ghsa_id,
        aliases: r.aliases,
        related: dependency
            ? r.aliases.filter((x) => x !== r.id && x !== r.disclosure.ghsa_id)
            : [],
        severity: severityOf(r, scores),
        scores,
        // The packages of a dependency advisory are the dependency (what
        // scanners report and triage matches); the product is ours.
        packages: resolved.length > 0 && !dependency
            ? resolved
            : repositoryPackage(config.repository, r.fixed_in),
        dependencies: dependency ? resolved : [],
        fixed_in: r.fixed_in,
        release,
        cwe: r.cwe,
        impact: r.disclosure.potential_impact ?? r.impact_statement,
        workarounds: r.workarounds,
        credits: r.credits,
        references: r.references,
        dependency_update: r.disclosure.dependency_update,
        versions_tested: r.disclosure.versions_tested ?? [],
        repository: config.repository,
        published: r.disclosure.published ?? release.published ?? iso.slice(0, 10),
        published_by_record: r.disclosure.published !== undefined,
        now: iso,
    };
}
/** The ids a reader knows this advisory by, primary first, no repeats. */
function allIds(a) {
    const ids = [a.ghsa_id, a.cve_id, a.id, ...a.aliases];
    return [...new Set(ids.filter((x) => !!x))];
}
/**
 * The ids a headline names: the CVE, then the GHSA (our own id until
 * GitHub gives one), no repeats: before the advisory exists a CVE
 * record's own id is its CVE id.
 */
function headlineIds(a) {
    const ids = [a.cve_id, a.ghsa_id ?? a.id];
    return [...new Set(ids.filter((x) => !!x))];
}

;// CONCATENATED MODULE: ./packages/disclosure/src/markup.ts
/**
 * Record text made safe for the documents it ends up in: markdown blocks
 * (advisory, release notes, Discourse) and HTML (email). Inline text goes
 * through core's forMarkdown; these helpers keep paragraphs and links.
 */

// `@name` at the start of a word: GitHub and Discourse would notify the
// user or team. A zero-width space after the `@` (as an entity, so it
// survives editors) keeps the text and stops the mention.
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9_])/g;
/**
 * Record text for inline markdown: core's forMarkdown, and no `@mention`
 * that would notify someone.
 */
function mdText(text, max) {
    return (0,src_text/* forMarkdown */.Bm)(text, max).replace(MENTION, '@&#8203;');
}
/** Multi-line record text as markdown paragraphs, every line escaped. */
function markdownBlock(text) {
    if (!text)
        return '';
    return text
        .trim()
        .split(/\r?\n|\r/)
        .map((line) => mdText(line.trim(), 5000))
        .join('\n');
}
/** An http(s) URL in canonical form, or undefined for anything else. */
function markup_safeUrl(text) {
    try {
        const u = new URL(text.trim());
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return undefined;
        // URL leaves these unencoded in some parts; a link target must not hold them.
        return u.href.replace(/[<>"'()\s`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    }
    catch {
        return undefined;
    }
}
/** A reference as a markdown link when it is a web URL, else as text. */
function markdownLink(text) {
    const url = markup_safeUrl(text);
    if (!url)
        return mdText(text);
    return `[${mdText(text)}](${url})`;
}
/** A markdown bullet list, or '' when there is nothing to list. */
function markdownList(items) {
    return items.map((i) => `- ${i}`).join('\n');
}
const HTML_SPECIAL = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text for HTML element content or a quoted attribute. */
function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]);
}
/** Multi-line text as HTML paragraphs, escaped. */
function htmlParagraphs(text) {
    if (!text)
        return '';
    return text
        .trim()
        .split(/(?:\r?\n){2,}/)
        .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
        .join('\n');
}
/** A capitalised severity for people: `high` reads `High`. */
function severityLabel(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./packages/disclosure/src/cve.ts
/**
 * The CVE record in CVE JSON 5.1.1: the CNA container (what a CNA submits
 * to CVE Services) and the whole published record (what a CNA that submits
 * by other means files). Field names are the schema's.
 */



const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-4[0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$/;
// Schema limits that record text may exceed.
const MAX_DESCRIPTION = 4096;
const MAX_TITLE = 256;
function clip(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
function versionsOf(p) {
    return p.intervals.map((iv) => {
        if (iv.last_affected && iv.last_affected === iv.introduced) {
            return { version: iv.introduced, status: 'affected' };
        }
        const entry = {
            version: iv.introduced,
            status: 'affected',
            versionType: p.versionType,
        };
        if (iv.fixed)
            entry.lessThan = iv.fixed;
        else if (iv.last_affected)
            entry.lessThanOrEqual = iv.last_affected;
        // No fix yet: the range is open, which CVE JSON writes as `*`.
        else
            entry.lessThan = '*';
        return entry;
    });
}
function affectedOf(a, vendor) {
    if (a.packages.length === 0) {
        throw new src_errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(a.id, 80)} names no package, and a CVE record must list an affected product. Fix: add an entry under packages with its purl and vulnerable range.`, { file: a.file });
    }
    return a.packages.map((p) => ({
        vendor,
        // The repository as product: its name, the owner being the vendor.
        product: p.type === 'github' ? (p.name.split('/').pop() ?? p.name) : p.name,
        ...(p.collectionURL
            ? { collectionURL: p.collectionURL, packageName: p.name }
            : {}),
        versions: versionsOf(p),
        defaultStatus: 'unaffected',
    }));
}
function referencesOf(a) {
    const refs = [];
    const seen = new Set();
    const add = (text, tags) => {
        const url = markup_safeUrl(text);
        if (!url || seen.has(url))
            return;
        seen.add(url);
        refs.push(tags ? { url, tags } : { url });
    };
    if (a.ghsa_id && a.repository) {
        add(`https://github.com/${a.repository}/security/advisories/${a.ghsa_id}`, [
            'vendor-advisory',
        ]);
    }
    if (a.release.url)
        add(a.release.url, ['release-notes']);
    for (const r of a.references)
        add(r);
    if (refs.length === 0) {
        throw new src_errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(a.id, 80)} has no web reference, and a CVE record needs at least one. Fix: add the advisory or fix URL under references.`, { file: a.file });
    }
    return refs;
}
function problemTypesOf(a) {
    return a.cwe.map((c) => /^CWE-[1-9][0-9]*$/.test(c)
        ? {
            descriptions: [{ lang: 'en', cweId: c, description: c, type: 'CWE' }],
        }
        : { descriptions: [{ lang: 'en', description: c, type: 'text' }] });
}
// The CVE JSON 5.1.1 metric of each CVSS version.
const CVE_METRIC = {
    '4.0': 'cvssV4_0',
    '3.1': 'cvssV3_1',
    '3.0': 'cvssV3_0',
};
function metricsOf(a) {
    return a.scores.map((s) => ({
        format: 'CVSS',
        scenarios: [{ lang: 'en', value: 'GENERAL' }],
        [CVE_METRIC[s.version]]: {
            version: s.version,
            vectorString: s.vector,
            baseScore: s.baseScore,
            baseSeverity: s.baseSeverity.toUpperCase(),
        },
    }));
}
function checkProvider(a, p) {
    if (!UUID.test(p.orgId)) {
        throw new src_errors/* UserError */.yo(`The CVE organisation id "${(0,src_text/* forLog */.Ig)(p.orgId, 60)}" is not a UUID. Fix: set cve-org-id to your CNA's organisation UUID from CVE Services.`);
    }
    if (!a.cve_id || !/^CVE-[0-9]{4}-[0-9]{4,19}$/.test(a.cve_id)) {
        throw new src_errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(a.id, 80)} has no valid disclosure.cve_id, so no CVE record can be written. Fix: reserve a CVE id and set disclosure.cve_id.`, { file: a.file });
    }
}
/** The CNA container (`containers.cna`) of the advisory's CVE record. */
function renderCveContainer(a, provider) {
    checkProvider(a, provider);
    const vendor = provider.vendor ??
        a.repository?.split('/')[0] ??
        provider.shortName ??
        'n/a';
    const description = [a.summary, a.impact].filter((x) => !!x).join('\n\n');
    const cna = {
        providerMetadata: {
            orgId: provider.orgId,
            ...(provider.shortName ? { shortName: provider.shortName } : {}),
        },
        title: clip(a.title, MAX_TITLE),
        datePublic: `${a.published}T00:00:00.000Z`,
        descriptions: [{ lang: 'en', value: clip(description, MAX_DESCRIPTION) }],
        affected: affectedOf(a, vendor),
        references: referencesOf(a),
    };
    const problemTypes = problemTypesOf(a);
    if (problemTypes.length > 0)
        cna.problemTypes = problemTypes;
    const metrics = metricsOf(a);
    if (metrics.length > 0)
        cna.metrics = metrics;
    if (a.workarounds) {
        cna.workarounds = [
            { lang: 'en', value: clip(a.workarounds, MAX_DESCRIPTION) },
        ];
    }
    if (a.fixed_in.length > 0) {
        cna.solutions = [
            { lang: 'en', value: `Update to ${a.fixed_in.join(', ')} or later.` },
        ];
    }
    // LIMITATION: records do not say what each credited person did; all are
    // credited as finders.
    if (a.credits.length > 0) {
        cna.credits = [...new Set(a.credits)].map((c) => ({
            lang: 'en',
            value: clip(c, MAX_DESCRIPTION),
            type: 'finder',
        }));
    }
    return cna;
}
/** The whole published CVE record, as a CNA files it. */
function renderCveRecord(a, provider) {
    const cna = renderCveContainer(a, provider);
    return {
        dataType: 'CVE_RECORD',
        dataVersion: '5.1',
        cveMetadata: {
            cveId: a.cve_id,
            assignerOrgId: provider.orgId,
            ...(provider.shortName ? { assignerShortName: provider.shortName } : {}),
            state: 'PUBLISHED',
            datePublished: a.now,
        },
        containers: { cna },
    };
}

;// CONCATENATED MODULE: ./packages/disclosure/src/defaults.ts
/**
 * The built-in templates. templates/ holds the same text as files for
 * adopters to copy and change; a test keeps the two identical. They live
 * here as well so the bundled action needs no files beside it.
 */
/** The advisory in markdown (templates/advisory.md). */
const ADVISORY_MD = `# {{title}}

**Severity:** {{severity}} · **Advisory:** {{id}}{{#cve_id}} · **CVE:** {{cve_id}}{{/cve_id}}{{#ghsa_id}} · **GHSA:** {{ghsa_id}}{{/ghsa_id}}
**Fixed in:** {{fixed_in}} · **Published:** {{published}}

## Summary

{{summary}}

{{#scores}}
## Severity and CVSS

{{scores}}
{{/scores}}

## Affected and fixed versions

{{packages}}

{{#dependency_update}}
## Required dependency update

{{dependency_update}}

{{#dependencies}}
{{dependencies}}

{{/dependencies}}
{{#related}}
The dependency's vulnerability: {{related}}

{{/related}}
{{#versions_tested}}
Versions tested with this update: {{versions_tested}}
{{/versions_tested}}
{{/dependency_update}}

{{#impact}}
## Potential impact

{{impact}}
{{/impact}}

## Workarounds

{{#workarounds}}
{{workarounds}}
{{/workarounds}}
{{^workarounds}}
None known. Update to {{release}} or later.
{{/workarounds}}

{{#cwe}}
## Weakness

{{cwe}}
{{/cwe}}

{{#credits}}
## Credits

{{credits}}
{{/credits}}

{{#references}}
## References

{{references}}
{{/references}}
`;
/** The plain-text email body (templates/email.txt). */
const EMAIL_TEXT = `{{title}}

Severity: {{severity}}
Advisory: {{id}}{{#cve_id}}
CVE: {{cve_id}}{{/cve_id}}
Fixed in: {{fixed_in}}

{{summary}}

Affected and fixed versions:
{{packages}}
{{#dependency_update}}

Required dependency update: {{dependency_update}}{{#dependencies}}
{{dependencies}}{{/dependencies}}{{#related}}
The dependency's vulnerability: {{related}}{{/related}}{{#versions_tested}}
Versions tested with this update: {{versions_tested}}{{/versions_tested}}
{{/dependency_update}}
{{#impact}}

Potential impact:
{{impact}}
{{/impact}}
{{#workarounds}}

Workarounds:
{{workarounds}}
{{/workarounds}}
{{#references}}

References:
{{references}}
{{/references}}
`;
/** The HTML email body (templates/email.html). */
const EMAIL_HTML = `<!doctype html>
<html>
  <body>
    <h1>{{title}}</h1>
    <p>
      <strong>Severity:</strong> {{severity}}<br />
      <strong>Advisory:</strong> {{id}}{{#cve_id}}<br />
      <strong>CVE:</strong> {{cve_id}}{{/cve_id}}<br />
      <strong>Fixed in:</strong> {{fixed_in}}
    </p>
    {{summary}}
    <h2>Affected and fixed versions</h2>
    {{packages}} {{#dependency_update}}
    <h2>Required dependency update</h2>
    <p>{{dependency_update}}</p>
    {{dependencies}} {{#related}}
    <p>The dependency's vulnerability: {{related}}</p>
    {{/related}} {{#versions_tested}}
    <p>Versions tested with this update: {{versions_tested}}</p>
    {{/versions_tested}} {{/dependency_update}} {{#impact}}
    <h2>Potential impact</h2>
    {{impact}} {{/impact}} {{#workarounds}}
    <h2>Workarounds</h2>
    {{workarounds}} {{/workarounds}} {{#references}}
    <h2>References</h2>
    {{references}} {{/references}}
  </body>
</html>
`;

;// CONCATENATED MODULE: ./packages/disclosure/src/template.ts
/**
 * Adopter-overridable templates with a deliberately tiny syntax, so a
 * template can never run code:
 *
 *   {{name}}                  the value of `name`
 *   {{#name}} ... {{/name}}   the block, only when `name` is not empty
 *   {{^name}} ... {{/name}}   the block, only when `name` is empty
 *
 * Values are prepared by the caller (already escaped for the target
 * format), so the engine only substitutes text. An unknown name or an
 * unclosed block is the adopter's mistake and names the line and column.
 */


const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function where(source, at, file) {
    const before = source.slice(0, at);
    const line = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    return { file, line, col };
}
function parse(source, file) {
    const root = [];
    const stack = [];
    let body = root;
    let last = 0;
    for (const m of source.matchAll(TAG)) {
        const at = m.index ?? 0;
        if (at > last)
            body.push({ kind: 'text', text: source.slice(last, at) });
        last = at + m[0].length;
        const [, sigil, name] = m;
        if (sigil === '#' || sigil === '^') {
            const block = {
                kind: 'block',
                name,
                negated: sigil === '^',
                body: [],
                at,
            };
            body.push(block);
            stack.push({ name, body, at });
            body = block.body;
        }
        else if (sigil === '/') {
            const open = stack.pop();
            if (!open || open.name !== name) {
                throw new src_errors/* UserError */.yo(`Template closes {{/${name}}} without a matching {{#${name}}}. Fix: close the blocks in the order they were opened.`, where(source, at, file));
            }
            body = open.body;
        }
        else {
            body.push({ kind: 'value', name, at });
        }
    }
    const open = stack.pop();
    if (open) {
        throw new src_errors/* UserError */.yo(`Template opens {{#${open.name}}} and never closes it. Fix: add {{/${open.name}}} where the block ends.`, where(source, open.at, file));
    }
    if (last < source.length)
        body.push({ kind: 'text', text: source.slice(last) });
    return root;
}
function value(values, name, source, at, file) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
        const known = Object.keys(values).sort().join(', ');
        throw new src_errors/* UserError */.yo(`Template uses {{${(0,src_text/* forLog */.Ig)(name, 60)}}}, which is not a known placeholder. Fix: use one of ${known}.`, where(source, at, file));
    }
    return values[name];
}
/** Fill a template; `file` names it in messages about the template. */
function renderTemplate(source, values, file = '<template>') {
    const walk = (nodes) => {
        let out = '';
        for (const n of nodes) {
            if (n.kind === 'text')
                out += n.text;
            else if (n.kind === 'value')
                out += value(values, n.name, source, n.at, file);
            else {
                const v = value(values, n.name, source, n.at, file).trim();
                if ((v !== '') !== n.negated)
                    out += walk(n.body);
            }
        }
        return out;
    };
    return walk(parse(source, file));
}
/**
 * Fill a template and tidy the blank lines that omitted blocks leave, so
 * an adopter can put each block on lines of its own.
 */
function renderDocument(source, values, file) {
    return (renderTemplate(source, values, file)
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n');
}

;// CONCATENATED MODULE: ./packages/disclosure/src/markdown.ts



/** An interval for people: `>= 1.0.0, < 1.6.3`. */
function intervalText(iv) {
    const parts = [];
    if (iv.introduced !== '0')
        parts.push(`>= ${iv.introduced}`);
    if (iv.fixed)
        parts.push(`< ${iv.fixed}`);
    if (iv.last_affected)
        parts.push(`<= ${iv.last_affected}`);
    return parts.length > 0 ? parts.join(', ') : 'all versions';
}
/** A dependency to update, for people: `ws (npm): affected >= 8.0.0, < 8.17.1, fixed in 8.17.1`. */
function dependencyText(p) {
    return (`${p.name} (${p.ecosystem ?? p.type}): affected ${p.intervals.map(intervalText).join(' or ')}` +
        (p.fixed ? `, fixed in ${p.fixed}` : ''));
}
function fixedText(p) {
    const fixes = p.intervals.map((iv) => iv.fixed).filter((f) => !!f);
    return fixes.length > 0 ? fixes.join(', ') : (p.fixed ?? 'none');
}
function packagesTable(a) {
    if (a.packages.length === 0)
        return 'No package is named in the record.';
    const rows = a.packages.map((p) => `| ${mdText(p.name)} (${mdText(p.ecosystem ?? p.type)}) | ${mdText(p.intervals.map(intervalText).join(' or '))} | ${mdText(fixedText(p))} |`);
    return ['| Package | Affected | Fixed |', '|---|---|---|', ...rows].join('\n');
}
function scoresTable(a) {
    if (a.scores.length === 0)
        return '';
    // Vectors were parsed by the scorer, so they hold only `A-Z0-9:/.`.
    const rows = a.scores.map((s) => `| CVSS ${s.version} | \`${s.vector}\` | ${s.score.toFixed(1)} | ${severityLabel(s.severity)} |`);
    return [
        '| Version | Vector | Score | Severity |',
        '|---|---|---|---|',
        ...rows,
    ].join('\n');
}
function releaseText(a) {
    const url = a.release.url ? markup_safeUrl(a.release.url) : undefined;
    const tag = mdText(a.release.tag);
    return url ? `[${tag}](${url})` : tag;
}
/** The placeholders every markdown template may use, escaped. */
function markdownValues(a) {
    return {
        id: mdText(a.id),
        title: mdText(a.title),
        summary: markdownBlock(a.summary),
        severity: severityLabel(a.severity),
        cve_id: mdText(a.cve_id ?? ''),
        ghsa_id: mdText(a.ghsa_id ?? ''),
        aliases: mdText(a.aliases.join(', ')),
        related: mdText(a.related.join(', ')),
        dependencies: markdownList(a.dependencies.map((p) => mdText(dependencyText(p)))),
        scores: scoresTable(a),
        packages: packagesTable(a),
        fixed_in: mdText(a.fixed_in.join(', ')),
        release: releaseText(a),
        published: a.published,
        dependency_update: markdownBlock(a.dependency_update),
        versions_tested: mdText(a.versions_tested.join(', ')),
        impact: markdownBlock(a.impact),
        workarounds: markdownBlock(a.workarounds),
        cwe: markdownList(a.cwe.map((c) => mdText(c))),
        credits: markdownList(a.credits.map((c) => mdText(c))),
        references: markdownList(a.references.map(markdownLink)),
        repository: mdText(a.repository ?? ''),
    };
}
/** The advisory in markdown, from the built-in or the adopter's template. */
function renderMarkdown(a, template) {
    return renderDocument(template?.text ?? ADVISORY_MD, markdownValues(a), template?.file ?? 'advisory.md');
}

;// CONCATENATED MODULE: ./packages/disclosure/src/email.ts
/**
 * The announcement email: a subject line, a plain-text body and an HTML
 * body. Every record field is HTML-escaped in the HTML body; the record
 * can never contribute markup of its own.
 */





const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Text for a plain-text body: control characters removed. */
function email_plain(text) {
    return String(text ?? '')
        .replace(/\r\n?/g, '\n')
        .replace(CONTROL, '')
        .trim();
}
/** One header line: no line breaks, so no header can be injected. */
function headerLine(text, max = 200) {
    const s = text
        .replace(/[\r\n]+/g, ' ')
        .replace(CONTROL, '')
        .trim();
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
/** The subject of the announcement. */
function emailSubject(a) {
    const ids = headlineIds(a).join(', ');
    return headerLine(`[Security] ${severityLabel(a.severity)}: ${a.title} (${ids}), fixed in ${a.release.tag}`);
}
function packageLines(a) {
    return a.packages.map((p) => `${p.name}: affected ${p.intervals.map(intervalText).join(' or ')}` +
        (p.fixed ? `, fixed in ${p.fixed}` : ''));
}
function textValues(a) {
    return {
        id: email_plain(a.id),
        title: email_plain(a.title),
        summary: email_plain(a.summary),
        severity: severityLabel(a.severity),
        cve_id: email_plain(a.cve_id),
        ghsa_id: email_plain(a.ghsa_id),
        fixed_in: email_plain(a.fixed_in.join(', ')),
        release: email_plain(a.release.tag),
        packages: packageLines(a)
            .map((l) => `- ${email_plain(l)}`)
            .join('\n'),
        dependency_update: email_plain(a.dependency_update),
        dependencies: a.dependencies
            .map((p) => `- ${email_plain(dependencyText(p))}`)
            .join('\n'),
        related: email_plain(a.related.join(', ')),
        versions_tested: email_plain(a.versions_tested.join(', ')),
        impact: email_plain(a.impact),
        workarounds: email_plain(a.workarounds),
        references: a.references.map((r) => `- ${email_plain(r)}`).join('\n'),
    };
}
function htmlLink(text) {
    const url = markup_safeUrl(text);
    return url
        ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`
        : escapeHtml(text);
}
function htmlList(items) {
    if (items.length === 0)
        return '';
    return `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
}
function htmlValues(a) {
    return {
        id: escapeHtml(a.id),
        title: escapeHtml(a.title),
        summary: htmlParagraphs(a.summary),
        severity: escapeHtml(severityLabel(a.severity)),
        cve_id: escapeHtml(a.cve_id),
        ghsa_id: escapeHtml(a.ghsa_id),
        fixed_in: escapeHtml(a.fixed_in.join(', ')),
        release: escapeHtml(a.release.tag),
        packages: htmlList(packageLines(a).map(escapeHtml)),
        dependency_update: escapeHtml(a.dependency_update),
        dependencies: htmlList(a.dependencies.map((p) => escapeHtml(dependencyText(p)))),
        related: escapeHtml(a.related.join(', ')),
        versions_tested: escapeHtml(a.versions_tested.join(', ')),
        impact: htmlParagraphs(a.impact),
        workarounds: htmlParagraphs(a.workarounds),
        references: htmlList(a.references.map(htmlLink)),
    };
}
/** The announcement email of an advisory. */
function renderEmail(a, templates = {}) {
    return {
        subject: emailSubject(a),
        text: renderDocument(templates.text?.text ?? EMAIL_TEXT, textValues(a), templates.text?.file ?? 'email.txt'),
        html: renderDocument(templates.html?.text ?? EMAIL_HTML, htmlValues(a), templates.html?.file ?? 'email.html'),
    };
}

;// CONCATENATED MODULE: ./packages/disclosure/src/mitre.ts
/**
 * The CVE assignment information format: the plain-text sections a CNA
 * pastes into MITRE's request form when it does not use CVE Services.
 */



const mitre_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function mitre_plain(text) {
    return String(text ?? '')
        .replace(/\r\n?/g, '\n')
        .replace(mitre_CONTROL, '')
        .trim();
}
/** The value of one CVSS metric in the advisory's first vector. */
function metric(a, names) {
    for (const s of a.scores) {
        for (const part of s.vector.split('/')) {
            const [k, v] = part.split(':');
            if (names.includes(k))
                return v;
        }
    }
    return undefined;
}
// Attack type follows the CVSS attack vector.
const ATTACK_TYPE = {
    N: 'Remote',
    A: 'Remote (adjacent network)',
    L: 'Local',
    P: 'Physical',
};
function impacts(a) {
    const hit = (names) => {
        const v = metric(a, names);
        return v === 'H' || v === 'L';
    };
    const out = [];
    if (hit(['VC', 'C']))
        out.push('Information Disclosure');
    if (hit(['VI', 'I']))
        out.push('Other (integrity)');
    if (hit(['VA', 'A']))
        out.push('Denial of Service');
    return out.length > 0 ? out : ['Other'];
}
function section(name, body) {
    return `[${name}]\n${body || 'n/a'}\n`;
}
/** The advisory in MITRE's CVE assignment information format. */
function renderMitre(a, vendor) {
    // The text requests a CVE: a record that gets none must not produce it.
    if (a.kind !== 'cve') {
        throw new src_errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(a.id, 80)} is a dependency advisory (disclosure.kind ${a.kind}): it gets no CVE, so there is no CVE request text for MITRE.`, { file: a.file });
    }
    const rule = '-'.repeat(42) + '\n';
    const product = a.packages
        .map((p) => `${p.name} - ${p.intervals.map(intervalText).join(' or ')}`)
        .join('\n');
    const vectors = a.scores.map((s) => `CVSS ${s.version}: ${s.vector}`);
    const av = metric(a, ['AV']);
    const sections = [
        section('Suggested description', mitre_plain(a.summary)),
        section('Additional Information', [
            mitre_plain(a.impact),
            a.fixed_in.length ? `Fixed in ${a.fixed_in.join(', ')}.` : '',
        ]
            .filter((x) => x)
            .join('\n')),
        section('VulnerabilityType Other', a.cwe.map(mitre_plain).join(', ')),
        section('Vendor of Product', mitre_plain(vendor ?? a.repository?.split('/')[0] ?? '')),
        section('Affected Product Code Base', mitre_plain(product)),
        section('Affected Component', a.packages.map((p) => p.purl).join('\n')),
        section('Attack Type', av ? (ATTACK_TYPE[av] ?? 'Other') : 'Other'),
        section('Impact', impacts(a).join('\n')),
        section('Attack Vectors', vectors.join('\n')),
        section('Reference', a.references.map(mitre_plain).join('\n')),
        section('Discoverer', a.credits.map(mitre_plain).join('\n')),
    ];
    return sections.join(rule);
}

;// CONCATENATED MODULE: ./packages/disclosure/src/osv.ts


const OSV_SCHEMA_VERSION = '1.7.5';
// The id prefixes OSV accepts for a home database (schema `$defs/prefix`).
const OSV_PREFIX = /^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)/;
/**
 * The OSV id: the CVE when there is one (known from the record, so stable
 * across runs), else the GitHub advisory, else the record's id; a
 * project-local id gets OSV's `x_` prefix for ids outside the known
 * databases.
 */
function osvId(a) {
    const id = a.cve_id ?? a.ghsa_id ?? a.id;
    return OSV_PREFIX.test(id) ? id : `x_${id}`;
}
function eventsOf(iv) {
    const events = [{ introduced: iv.introduced }];
    if (iv.fixed)
        events.push({ fixed: iv.fixed });
    else if (iv.last_affected)
        events.push({ last_affected: iv.last_affected });
    return events;
}
function osv_affectedOf(p) {
    // OSV cannot name a package outside its ecosystems.
    if (!p.ecosystem)
        return undefined;
    return {
        package: { ecosystem: p.ecosystem, name: p.name, purl: p.purl },
        ranges: [{ type: p.rangeType, events: p.intervals.flatMap(eventsOf) }],
    };
}
function osv_referencesOf(a) {
    const refs = [];
    const seen = new Set();
    const add = (type, text) => {
        const url = markup_safeUrl(text);
        if (!url || seen.has(url))
            return;
        seen.add(url);
        refs.push({ type, url });
    };
    if (a.ghsa_id && a.repository) {
        add('ADVISORY', `https://github.com/${a.repository}/security/advisories/${a.ghsa_id}`);
    }
    if (a.release.url)
        add('PACKAGE', a.release.url);
    for (const r of a.references)
        add('WEB', r);
    return refs;
}
/** The OSV entry of an advisory. */
function renderOsv(a) {
    const id = osvId(a);
    const own = (xs) => [
        ...new Set(xs.filter((x) => !!x && x !== id && `x_${x}` !== id)),
    ];
    // A dependency advisory is about our product; the upstream ids in the
    // record name the dependency's vulnerability, which is related, not the
    // same entry.
    const aliases = a.dependency
        ? own([a.ghsa_id, a.id])
        : own([a.ghsa_id, a.cve_id, a.id, ...a.aliases]);
    const related = own(a.related);
    // Our product; the dependency to update is told in the details.
    const affected = a.packages
        .map(osv_affectedOf)
        .filter((x) => x !== undefined);
    const details = [
        a.summary,
        a.impact,
        a.dependency_update &&
            `Required dependency update: ${a.dependency_update}` +
                a.dependencies.map((p) => `\n- ${dependencyText(p)}`).join('') +
                (a.versions_tested.length > 0
                    ? `\nVersions tested with this update: ${a.versions_tested.join(', ')}`
                    : ''),
        a.workarounds && `Workarounds: ${a.workarounds}`,
    ]
        .filter((x) => !!x)
        .join('\n\n');
    const entry = {
        schema_version: OSV_SCHEMA_VERSION,
        id,
        modified: a.now,
        published: `${a.published}T00:00:00Z`,
        aliases,
        ...(related.length > 0 ? { related } : {}),
        summary: a.title,
        details,
        affected,
        references: osv_referencesOf(a),
        database_specific: {
            severity: a.severity.toUpperCase(),
            cwe_ids: a.cwe,
            fixed_in: a.fixed_in,
            ...(a.dependency && a.dependency_update
                ? {
                    dependency_update: a.dependency_update,
                    versions_tested: a.versions_tested,
                }
                : {}),
        },
    };
    if (a.scores.length > 0) {
        entry.severity = a.scores.map((s) => ({
            type: s.version === '4.0' ? 'CVSS_V4' : 'CVSS_V3',
            score: s.vector,
        }));
    }
    if (a.credits.length > 0) {
        entry.credits = a.credits.map((name) => ({ name }));
    }
    return entry;
}

;// CONCATENATED MODULE: ./packages/disclosure/src/cli.ts
/**
 * `psirt render <id>`: previews the documents advisory-publish would
 * publish for one record, locally and without any network.
 */














const FORMATS = ['markdown', 'cve', 'osv', 'mitre', 'email', 'all'];
const disclosure_src_cli_HELP = `usage: psirt render ID [--root DIR] [--format FORMAT] [--tag TAG]
                   [--org-id UUID] [--config FILE] [--template FILE]

Prints the documents advisory-publish renders for the record ID (or one of
its aliases) in the repository at DIR (default: the current directory):
  markdown  the advisory (GitHub advisory, release notes, Discourse)
  cve       the CVE JSON 5.1.1 record (needs --org-id, the CNA's UUID)
  osv       the OSV entry
  mitre     the CVE assignment information text for MITRE's form
A dependency advisory (disclosure.kind advisory) gets no CVE: asked for cve
or mitre alone it exits 2 saying so; with all, a notice on stderr says
they are left out.
  email     subject, plain text and HTML
  all       every one of them (the default)
--tag names the release that fixes it (default: the record's last fixed_in).
Exit codes: 0 rendered, 2 usage error or a record that cannot be rendered.`;
/**
 * Standard output with the runner's workflow commands stopped: record text
 * in a document may hold lines such as `::error::` or `::set-output`, which
 * a runner would obey when the command runs in a workflow step. The first
 * section opens `::stop-commands::<token>` (a random token no record can
 * know), and close() resumes with `::<token>::`, so every document between
 * is printed byte for byte and none of it is a command.
 */
function guardedOut(io) {
    const token = `psirt-render-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    let open = false;
    return {
        section(name, text) {
            if (!open) {
                io.out(`::stop-commands::${token}`);
                open = true;
            }
            io.out(`==> ${name} <==`);
            io.out(text.replace(/\n$/, ''));
            io.out('');
        },
        close() {
            if (open)
                io.out(`::${token}::`);
            open = false;
        },
    };
}
async function render(args, io) {
    const { values, positionals } = (0,cli/* usageErrors */.jY)('render', () => (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            root: { type: 'string' },
            format: { type: 'string', default: 'all' },
            tag: { type: 'string' },
            'org-id': { type: 'string' },
            config: { type: 'string' },
            template: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }));
    if (values.help) {
        io.out(disclosure_src_cli_HELP);
        return cli/* EXIT */.dc.ok;
    }
    if (positionals.length !== 1) {
        throw new src_errors/* UserError */.yo('give exactly one record id (see `psirt render --help`).');
    }
    const format = values.format;
    if (!FORMATS.includes(format)) {
        throw new src_errors/* UserError */.yo(`--format must be one of ${FORMATS.join(', ')}, not "${(0,src_text/* forLog */.Ig)(values.format, 40)}".`);
    }
    const root = (0,external_node_path_.resolve)(io.cwd, values.root ?? '.');
    const { config, problems } = await (0,records_src.loadConfig)(root, values.config);
    const folder = await (0,records_src.loadSecurityFolder)(root, config);
    const wanted = positionals[0].toUpperCase();
    const loaded = folder.records.find((l) => l.record.id.toUpperCase() === wanted ||
        l.record.aliases.some((a) => a.toUpperCase() === wanted));
    if (!loaded) {
        const errors = [...problems, ...folder.problems].filter((p) => p.severity === 'error');
        for (const p of errors)
            io.err((0,src_errors/* formatProblem */.Vw)(p));
        throw new src_errors/* UserError */.yo(`no record with id or alias ${(0,src_text/* forLog */.Ig)(positionals[0], 80)} in ${(0,src_text/* forLog */.Ig)(config.security_dir, 200)}${errors.length ? ' (records with the errors above were not loaded)' : ''}.`);
    }
    const r = loaded.record;
    const tag = values.tag ?? r.fixed_in.at(-1) ?? 'unreleased';
    const repository = config.repository;
    const a = toAdvisory(loaded, config, {
        tag,
        url: repository
            ? `https://github.com/${repository}/releases/tag/${encodeURIComponent(tag)}`
            : undefined,
    }, new Date());
    const template = values.template
        ? {
            text: (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, values.template), 'utf8'),
            file: values.template,
        }
        : undefined;
    const out = guardedOut(io);
    try {
        printDocuments(io, out.section, a, r.id, format, values['org-id'], template);
    }
    finally {
        out.close();
    }
    return cli/* EXIT */.dc.ok;
}
function printDocuments(io, section, a, id, format, orgId, template) {
    const all = format === 'all';
    if (all || format === 'markdown') {
        section('markdown', renderMarkdown(a, template));
    }
    // A dependency advisory gets no CVE: neither a CVE record nor the text
    // that requests one from MITRE.
    const noCve = `${(0,src_text/* forLog */.Ig)(id, 80)} is a dependency advisory (disclosure.kind ${a.kind}): it gets no CVE`;
    if (all || format === 'cve') {
        if (a.kind !== 'cve') {
            if (!all)
                throw new src_errors/* UserError */.yo(`${noCve}, so there is no CVE record.`);
            io.err(`psirt render: ${noCve}, so no CVE record is shown.`);
        }
        else if (!orgId) {
            if (!all)
                throw new src_errors/* UserError */.yo('--format cve needs --org-id, the CNA organisation UUID.');
            io.err('psirt render: no --org-id, so the CVE record is not shown.');
        }
        else {
            const rec = renderCveRecord(a, { orgId });
            section('cve', JSON.stringify(rec, null, 2));
        }
    }
    if (all || format === 'osv') {
        section('osv', JSON.stringify(renderOsv(a), null, 2));
    }
    if (all || format === 'mitre') {
        if (a.kind !== 'cve') {
            if (!all) {
                throw new src_errors/* UserError */.yo(`${noCve}, so there is no CVE request for MITRE.`);
            }
            io.err(`psirt render: ${noCve}, so no MITRE text is shown.`);
        }
        else
            section('mitre', renderMitre(a));
    }
    if (all || format === 'email') {
        const e = renderEmail(a);
        section('email subject', e.subject);
        section('email text', e.text);
        section('email html', e.html);
    }
}
(0,cli/* register */.kz)('render', 'preview the advisory, CVE, OSV, MITRE and email documents of a record', render);

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts
// Each subcommand module registers itself when imported.









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

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.Z9),
/* harmony export */   loadSecurityFolder: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.DY)
/* harmony export */ });
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3780);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7207);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3855);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3981);
/** The security folder: record and configuration types, loading, validation. */







/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* binding */ DEFAULT_CONFIG),
  XI: () => (/* binding */ isoToday),
  Z9: () => (/* binding */ loadConfig),
  DY: () => (/* binding */ loadSecurityFolder)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_FILE, securityDirProblem

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
// EXTERNAL MODULE: ./packages/records/src/validate.ts + 6 modules
var validate = __webpack_require__(3981);
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
/* harmony export */   Ii: () => (/* binding */ JUSTIFICATIONS),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   pw: () => (/* binding */ RECORD_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports DISCLOSURE_KINDS, FIX_PATHS */
/**
 * The security-folder record: one YAML file per vulnerability. The field
 * names follow OpenVEX (`status`, `justification`, `impact_statement`,
 * `action_statement`) so a record maps to a VEX statement without renaming.
 * docs/records.md is the reference page; schema/record.schema.json the
 * published JSON Schema.
 */
const RECORD_SCHEMA_VERSION = 1;
const STATUSES = [
    'not_affected',
    'affected',
    'fixed',
    'under_investigation',
];
/** The five OpenVEX justifications for `not_affected`. */
const JUSTIFICATIONS = [
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
];
const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'];
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

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qd: () => (/* binding */ EMBARGO_DETAIL_FIELDS),
  $T: () => (/* binding */ checkDuplicates),
  Vw: () => (/* binding */ checkRecordRules),
  BC: () => (/* binding */ detailAt)
});

// UNUSED EXPORTS: fileNameReveals, weakReasoning, weakText

// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/runner.ts
/**
 * The Actions runner's protocol (inputs from INPUT_* variables, outputs and
 * the job summary through the files the runner names, workflow commands on
 * stdout), for the part of `@actions/core` the actions use.
 *
 * Why not `@actions/core` itself: version 3 pulls in `@actions/http-client`
 * and undici for OIDC tokens we never request, and loading that alone takes
 * about 3× as long as `node -e ""`, twice the start-up budget of a whole
 * action (DESIGN.md §6). The protocol is small and documented; the tests run
 * this module and `@actions/core` side by side and compare what the runner
 * would read.
 */


/** A value as the runner reads it: strings as they are, others as JSON. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    return JSON.stringify(value);
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command line: `::name key=value,…::message`. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(commandValue(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(commandValue(message))}${EOL}`);
}
/** The runner's name for an input's variable: spaces to `_`, upper case. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** An input's value, trimmed; '' when absent. */
function getInput(name, options = {}) {
    const raw = process.env[inputVariable(name)] ?? '';
    if (options.required && raw === '') {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    return options.trimWhitespace === false ? raw : raw.trim();
}
/** Appends `name<<delimiter` … to a file command (GITHUB_OUTPUT, …). */
function fileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`${variable} is not set; not running in a runner?`);
    const text = commandValue(value);
    // Random enough: a value that contains its delimiter is refused below.
    // (node:crypto's randomUUID would cost a module load at start-up.)
    const delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`the value of ${name} contains its delimiter`);
    }
    appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`);
}
/** Sets a step output. */
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        fileCommand('GITHUB_OUTPUT', name, value);
        return;
    }
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
/** Masks a value in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotation(level, message, props = {}) {
    issueCommand(level, {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
    }, message instanceof Error ? message.toString() : message);
}
function error(message, props) {
    annotation('error', message, props);
}
function warning(message, props) {
    annotation('warning', message, props);
}
function notice(message, props) {
    annotation('notice', message, props);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Fails the step: exit code 1 and an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The job summary, buffered and appended to GITHUB_STEP_SUMMARY. */
class Summary {
    buffer = '';
    addRaw(text, addEOL = false) {
        this.buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    addEOL() {
        return this.addRaw(external_node_os_.EOL);
    }
    addHeading(text, level = 1) {
        const n = Math.min(6, Math.max(1, Number(level) || 1));
        return this.addRaw(`<h${n}>${text}</h${n}>`).addEOL();
    }
    addBreak() {
        return this.addRaw('<br>').addEOL();
    }
    stringify() {
        return this.buffer;
    }
    isEmptyBuffer() {
        return this.buffer.length === 0;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /** Appends the buffer to the summary file and empties it. */
    async write() {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file) {
            throw new Error('GITHUB_STEP_SUMMARY is not set; the job summary is only written in a runner.');
        }
        (0,external_node_fs_.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();

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
    const { loadConfig, loadSecurityFolder } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8982));
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
// EXTERNAL MODULE: ./packages/versions/src/ecosystem.ts
var ecosystem = __webpack_require__(8651);
// EXTERNAL MODULE: ./packages/versions/src/compare.ts + 1 modules
var compare = __webpack_require__(2366);
// EXTERNAL MODULE: ./packages/versions/src/range.ts
var src_range = __webpack_require__(1746);
// EXTERNAL MODULE: ./packages/versions/src/gomod.ts
var gomod = __webpack_require__(3169);
// EXTERNAL MODULE: ./packages/versions/src/npmlock.ts
var npmlock = __webpack_require__(3345);
// EXTERNAL MODULE: ./packages/versions/src/lockfiles.ts
var lockfiles = __webpack_require__(3509);
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
    return all.some((c) => c.op === '=' && !(0,src_range/* satisfies */.ib)(ecosystem, c.version, range));
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
        const eco = (0,ecosystem/* ecosystemOfPurlType */.ju)(purl.type);
        let range;
        if (p.vulnerable !== undefined) {
            try {
                range = (0,src_range/* parseRange */.RC)(eco, p.vulnerable);
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
            else if (range && (0,src_range/* satisfies */.ib)(eco, p.fixed, range)) {
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


/***/ }),

/***/ 8651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   ju: () => (/* binding */ ecosystemOfPurlType)
/* harmony export */ });
/* unused harmony exports ECOSYSTEMS, ecosystemOf */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _core_src_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6158);
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
function parsePurl(purl) {
    let p;
    try {
        p = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
    }
    catch {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`"${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(purl, 120)}" is not a package URL. Fix: write it as pkg:<type>/<namespace>/<name>, e.g. pkg:golang/golang.org/x/net or pkg:npm/lodash.`);
    }
    const type = p.type.toLowerCase();
    const ecosystem = ecosystemOfPurlType(type);
    let name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
    // PyPI names compare case-insensitively with -, _ and . equivalent (PEP 503).
    if (ecosystem === 'pypi')
        name = name.toLowerCase().replace(/[-_.]+/g, '-');
    return { ecosystem, type, name };
}


/***/ }),

/***/ 3169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yd: () => (/* binding */ readGoState),
/* harmony export */   nQ: () => (/* binding */ goVersionsOf)
/* harmony export */ });
/* unused harmony exports parseGoMod, selectedModules, parseGoSum, readGoModules */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _core_src_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6158);
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
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file}: the "${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(block, 40)}" block is never closed. Fix: end it with a line holding ")".`, { file });
    }
    return mod;
}
function directive(mod, verb, args, indirect, where) {
    const bad = (syntax) => new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where.file}:${where.line}: cannot read this "${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)(verb, 20)}" line. Fix: write it as ${syntax}.`, where);
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
function readGoState(dir) {
    const modFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'go.mod');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(modFile))
        return undefined;
    const mod = parseGoMod((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(modFile, 'utf8'), 'go.mod');
    const sumFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'go.sum');
    const sum = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sumFile)
        ? parseGoSum((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(sumFile, 'utf8'))
        : new Map();
    return { modules: selectedModules(mod), sum };
}
/**
 * Module path → selected version, from go.mod in `dir` with its
 * replacements applied. Throws a UserError when there is no go.mod.
 */
function readGoModules(dir) {
    const state = readGoState(dir);
    if (!state) {
        throw new UserError(`No go.mod in ${forLog(dir, 200)}.`, {
            file: join(dir, 'go.mod'),
        });
    }
    return new Map(state.modules.map((m) => [m.path, m.version]));
}
/** Versions of one module a Go build may contain (see the file comment). */
function goVersionsOf(state, path) {
    const selected = state.modules.filter((m) => m.path === path);
    if (selected.length > 0)
        return selected.map((m) => m.version);
    // Replaced into place: a fork named by this path's replacement target.
    const asReplacement = state.modules.filter((m) => m.replacedBy?.path === path && m.replacedBy.version);
    if (asReplacement.length > 0)
        return asReplacement.map((m) => m.replacedBy.version);
    return state.sum.get(path) ?? [];
}


/***/ }),

/***/ 3509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ readLockfiles),
/* harmony export */   bS: () => (/* binding */ versionsIn),
/* harmony export */   zK: () => (/* binding */ lockfileFor)
/* harmony export */ });
/* unused harmony exports parseCargoLock, resolvedVersions */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7638);
/* harmony import */ var _core_src_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6158);
/* harmony import */ var _ecosystem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8651);
/* harmony import */ var _gomod_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3169);
/* harmony import */ var _npmlock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3345);
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
    const go = (0,_gomod_js__WEBPACK_IMPORTED_MODULE_5__/* .readGoState */ .Yd)(dir);
    if (go) {
        state.go = go;
        state.files.push('go.mod');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'go.sum')))
            state.files.push('go.sum');
    }
    const npm = (0,_npmlock_js__WEBPACK_IMPORTED_MODULE_6__/* .readNpmPackages */ .xZ)(dir);
    if (npm) {
        state.npm = npm;
        state.files.push((0,_npmlock_js__WEBPACK_IMPORTED_MODULE_6__/* .npmLockFile */ .Jb)(dir));
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Cargo.lock'))) {
        state.cargo = parseCargoLock((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'Cargo.lock'), 'utf8'));
        state.files.push('Cargo.lock');
    }
    return state;
}
/** Every `[[package]]` of a Cargo.lock. */
function parseCargoLock(text) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cargo.lock is not valid TOML (${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_7__/* .forLog */ .Ig)((0,_core_src_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e), 120)}). Fix: regenerate it with cargo update.`, { file: 'Cargo.lock' });
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
    const { ecosystem, name } = (0,_ecosystem_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePurl */ .$l)(purl);
    switch (ecosystem) {
        case 'go':
            return state.go ? (0,_gomod_js__WEBPACK_IMPORTED_MODULE_5__/* .goVersionsOf */ .nQ)(state.go, name) : undefined;
        case 'npm':
            return state.npm
                ? unique(state.npm.filter((p) => p.name === name).map((p) => p.version))
                : undefined;
        case 'cargo':
            return state.cargo
                ? unique(state.cargo.filter((p) => p.name === name).map((p) => p.version))
                : undefined;
        default:
            // LIMITATION: PyPI and other ecosystems have no lockfile reader yet.
            return undefined;
    }
}
function unique(list) {
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


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ npmLockFile),
/* harmony export */   xZ: () => (/* binding */ readNpmPackages)
/* harmony export */ });
/* unused harmony exports parseNpmLock, readNpmLock */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _core_src_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6158);
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
        throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file} is not valid JSON (${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_3__/* .forLog */ .Ig)((0,_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e), 120)}). Fix: regenerate it with npm install.`, { file });
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
    throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file} has neither "packages" nor "dependencies". Fix: regenerate it with npm install (npm 7 or later writes lockfileVersion 3).`, { file });
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
function npmLockFile(dir) {
    for (const f of ['npm-shrinkwrap.json', 'package-lock.json']) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)))
            return f;
    }
    return undefined;
}
/** Every installed package in `dir`'s lockfile, or undefined without one. */
function readNpmPackages(dir) {
    const f = npmLockFile(dir);
    if (!f)
        return undefined;
    return parseNpmLock((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f), 'utf8'), f);
}
/**
 * Package name → every version installed, from `dir`'s lockfile. Throws a
 * UserError when there is none.
 */
function readNpmLock(dir) {
    const pkgs = readNpmPackages(dir);
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


/***/ }),

/***/ 1746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   ib: () => (/* binding */ satisfies)
/* harmony export */ });
/* unused harmony export RANGE_SYNTAX */
/* harmony import */ var _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _core_src_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6158);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2366);
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
            if (!m || !(0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidVersion */ .ri)(ecosystem, m[2])) {
                const what = part === ''
                    ? 'an empty constraint'
                    : m
                        ? `"${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(part, 80)}" (not a valid ${ecosystem} version)`
                        : `"${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(part, 80)}"`;
                throw new _core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot read the version range "${(0,_core_src_text_js__WEBPACK_IMPORTED_MODULE_2__/* .forLog */ .Ig)(text, 120)}": ${what}. Fix: write ${RANGE_SYNTAX}.`);
            }
            const op = (m[1] === '==' ? '=' : (m[1] ?? '='));
            all.push({ op, version: m[2] });
        }
        anyOf.push(all);
    }
    return { ecosystem, anyOf, text };
}
function holds(ecosystem, version, c) {
    const d = (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(ecosystem, version, c.version);
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


/***/ })

};
