export const id = 194;
export const ids = [194];
export const modules = {

/***/ 1194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// UNUSED EXPORTS: renderRecord

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/text.ts
var src_text = __webpack_require__(6158);
// EXTERNAL MODULE: ./packages/cvss/src/index.ts
var src = __webpack_require__(1729);
// EXTERNAL MODULE: ./packages/records/src/ids.ts
var ids = __webpack_require__(3780);
// EXTERNAL MODULE: ./packages/records/src/types.ts
var types = __webpack_require__(3039);
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
        throw new errors/* UserError */.yo(`"${(0,src_text/* forLog */.Ig)(text, 120)}" is not a valid package URL (${why}). Fix: write it as pkg:<type>/<namespace>/<name>, e.g. pkg:npm/lodash or pkg:golang/github.com/a/b.`);
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
        throw new errors/* UserError */.yo(`"${(0,src_text/* forLog */.Ig)(text, 120)}" has no package name after its namespace. Fix: name the package, e.g. pkg:golang/github.com/a/b.`);
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
        throw new UserError(`Unknown package ecosystem "${forLog(ecosystem, 60)}" for package "${forLog(name, 120)}". Fix: use an OSV ecosystem name (Go, npm, PyPI, crates.io, Maven, NuGet, RubyGems, Packagist, Pub, Hex, GitHub Actions) or a Dependabot one (go, npm, pip, cargo, maven, nuget, rubygems, composer, actions).`);
    }
    const n = name.trim();
    if (n === '') {
        throw new UserError(`A package in ecosystem "${forLog(ecosystem, 60)}" has an empty name.`);
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
    const purl = new PackageURL(type, namespace, short, undefined, undefined, undefined);
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
                throw new errors/* UserError */.yo(`The range "${(0,src_text/* forLog */.Ig)(vulnerable, 80)}" has a part "${(0,src_text/* forLog */.Ig)(part, 40)}" that is not a comparison. Fix: write it as ">= 1.0.0, < 1.2.3".`, where);
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
                throw new errors/* UserError */.yo(`The range "${(0,src_text/* forLog */.Ig)(vulnerable, 80)}" uses ">", which OSV and CVE ranges cannot express. Fix: use ">=" with the first affected version.`, where);
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
        if (e instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(e.message, where);
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
function score(loaded, field, vector) {
    const at = (0,types/* positionOf */.df)(loaded, `/cvss/${field}`);
    let s;
    try {
        s = (0,src/* scoreVector */.YE)(vector);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo) {
            throw new errors/* UserError */.yo(e.message, { file: loaded.file, ...at });
        }
        throw e;
    }
    // The record schema allows v4.0 in cvss.v4 and v3.1 or v3.0 in cvss.v3.
    const version = String(s.version);
    const allowed = field === 'v4' ? ['4.0'] : ['3.1', '3.0'];
    if (!allowed.includes(version)) {
        throw new errors/* UserError */.yo(`cvss.${field} holds a CVSS ${(0,src_text/* forLog */.Ig)(version, 10)} vector, not ${allowed.join(' or ')}. Fix: move it to cvss.v${version.charAt(0)}.`, { file: loaded.file, ...at });
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
    if ((0,ids/* isOwnAdvisoryId */.hK)(r))
        return;
    throw new errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(r.id, 80)} is a dependency advisory, but its id is the dependency's vulnerability, not an advisory of ours. Fix: give the record a project-local id (such as PROJECT-2026-001) and keep ${(0,src_text/* forLog */.Ig)(r.id, 80)} under aliases, or set disclosure.ghsa_id to the GHSA of our own repository advisory.`, { file: loaded.file, ...(0,types/* positionOf */.df)(loaded, '/id') });
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
        throw new errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(r.id, 80)} has disclosure.kind none; there is nothing to publish. Fix: set disclosure.kind to cve or advisory.`, { file: loaded.file, ...(0,types/* positionOf */.df)(loaded, '/disclosure/kind') });
    }
    const scores = [];
    if (r.cvss?.v4)
        scores.push(score(loaded, 'v4', r.cvss.v4));
    if (r.cvss?.v3)
        scores.push(score(loaded, 'v3', r.cvss.v3));
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

// EXTERNAL MODULE: ./packages/disclosure/src/channels/cve-services.ts
var cve_services = __webpack_require__(6669);
// EXTERNAL MODULE: ./packages/disclosure/src/channels/fetch.ts
var fetch = __webpack_require__(6984);
// EXTERNAL MODULE: ./packages/disclosure/src/channels/types.ts
var channels_types = __webpack_require__(6869);
;// CONCATENATED MODULE: ./packages/disclosure/src/channels/discourse.ts
/**
 * Channel 5: the community forum. The topic carries the advisory id as its
 * `external_id`, so it is looked up before it is created and a re-run
 * never posts twice. Critical and high advisories (the configured
 * threshold) are pinned until the banner period ends.
 */





/** External ids are path segments: keep them to safe characters. */
function externalId(a) {
    return a.id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 50);
}
function check(status, what) {
    if (status === 401 || status === 403) {
        throw new errors/* UserError */.yo(`Discourse refused to ${what} (${status}). Fix: check the discourse-api-key and discourse-api-username inputs; the key needs to create topics in category and, for pinning, moderate them.`);
    }
    if (status < 200 || status >= 300) {
        throw new channels_types/* ChannelError */.Q(`Discourse answered ${status} when asked to ${what}.`);
    }
}
function addDays(iso, days) {
    const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}
/** Creates (or completes) the forum topic of an advisory. */
async function publishDiscourse(site, a, markdown, dryRun) {
    const base = { record: a.id, channel: 'discourse' };
    const root = site.url.replace(/\/+$/, '');
    const auth = { 'Api-Key': site.apiKey, 'Api-Username': site.apiUsername };
    const ext = externalId(a);
    // Discourse answers the external id with a redirect to the topic.
    const found = await (0,fetch/* requestJson */.S)(`${root}/t/external_id/${encodeURIComponent(ext)}.json`, { headers: auth });
    if (found.status !== 404)
        check(found.status, `look up topic ${ext}`);
    let topic = found.status === 404 ? undefined : found.data;
    const pin = atLeast(a.severity, site.pinSeverity);
    const link = (t) => `${root}/t/${t.slug ?? 'topic'}/${t.id}`;
    // LIMITATION: a topic already posted is not edited when the record
    // changes later; the GitHub advisory is the text kept up to date.
    if (topic && (!pin || topic.pinned)) {
        return {
            ...base,
            outcome: 'already',
            detail: `topic ${topic.id} exists`,
            url: link(topic),
        };
    }
    if (dryRun) {
        return {
            ...base,
            outcome: 'planned',
            detail: topic
                ? `would pin topic ${topic.id}`
                : `would post a topic in category ${site.category}${pin ? ' and pin it' : ''}`,
        };
    }
    let detail = '';
    if (!topic) {
        const created = await (0,fetch/* requestJson */.S)(`${root}/posts.json`, {
            method: 'POST',
            headers: auth,
            body: {
                title: `[Security] ${a.title}`.slice(0, 255),
                raw: markdown,
                category: site.category,
                external_id: ext,
            },
        });
        check(created.status, `create the topic of ${(0,src_text/* forLog */.Ig)(a.id, 80)}`);
        topic = { id: created.data.topic_id, slug: created.data.topic_slug };
        detail = `topic ${topic.id} posted`;
    }
    if (pin) {
        const pinned = await (0,fetch/* requestJson */.S)(`${root}/t/${topic.id}/status.json`, {
            method: 'PUT',
            headers: auth,
            body: {
                status: 'pinned',
                enabled: 'true',
                until: addDays(a.now, site.pinDays),
            },
        });
        check(pinned.status, `pin topic ${topic.id}`);
        detail = detail ? `${detail} and pinned` : `topic ${topic.id} pinned`;
    }
    return { ...base, outcome: 'published', detail, url: link(topic) };
}

// EXTERNAL MODULE: ./packages/disclosure/src/channels/email.ts
var email = __webpack_require__(7068);
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

// EXTERNAL MODULE: ./packages/disclosure/src/markup.ts
var markup = __webpack_require__(8311);
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
                throw new errors/* UserError */.yo(`Template closes {{/${name}}} without a matching {{#${name}}}. Fix: close the blocks in the order they were opened.`, where(source, at, file));
            }
            body = open.body;
        }
        else {
            body.push({ kind: 'value', name, at });
        }
    }
    const open = stack.pop();
    if (open) {
        throw new errors/* UserError */.yo(`Template opens {{#${open.name}}} and never closes it. Fix: add {{/${open.name}}} where the block ends.`, where(source, open.at, file));
    }
    if (last < source.length)
        body.push({ kind: 'text', text: source.slice(last) });
    return root;
}
function value(values, name, source, at, file) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
        const known = Object.keys(values).sort().join(', ');
        throw new errors/* UserError */.yo(`Template uses {{${(0,src_text/* forLog */.Ig)(name, 60)}}}, which is not a known placeholder. Fix: use one of ${known}.`, where(source, at, file));
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
    const rows = a.packages.map((p) => `| ${(0,markup/* mdText */.bC)(p.name)} (${(0,markup/* mdText */.bC)(p.ecosystem ?? p.type)}) | ${(0,markup/* mdText */.bC)(p.intervals.map(intervalText).join(' or '))} | ${(0,markup/* mdText */.bC)(fixedText(p))} |`);
    return ['| Package | Affected | Fixed |', '|---|---|---|', ...rows].join('\n');
}
function scoresTable(a) {
    if (a.scores.length === 0)
        return '';
    // Vectors were parsed by the scorer, so they hold only `A-Z0-9:/.`.
    const rows = a.scores.map((s) => `| CVSS ${s.version} | \`${s.vector}\` | ${s.score.toFixed(1)} | ${(0,markup/* severityLabel */.yi)(s.severity)} |`);
    return [
        '| Version | Vector | Score | Severity |',
        '|---|---|---|---|',
        ...rows,
    ].join('\n');
}
function releaseText(a) {
    const url = a.release.url ? (0,markup/* safeUrl */.Pl)(a.release.url) : undefined;
    const tag = (0,markup/* mdText */.bC)(a.release.tag);
    return url ? `[${tag}](${url})` : tag;
}
/** The placeholders every markdown template may use, escaped. */
function markdownValues(a) {
    return {
        id: (0,markup/* mdText */.bC)(a.id),
        title: (0,markup/* mdText */.bC)(a.title),
        summary: (0,markup/* markdownBlock */.dI)(a.summary),
        severity: (0,markup/* severityLabel */.yi)(a.severity),
        cve_id: (0,markup/* mdText */.bC)(a.cve_id ?? ''),
        ghsa_id: (0,markup/* mdText */.bC)(a.ghsa_id ?? ''),
        aliases: (0,markup/* mdText */.bC)(a.aliases.join(', ')),
        related: (0,markup/* mdText */.bC)(a.related.join(', ')),
        dependencies: (0,markup/* markdownList */.Al)(a.dependencies.map((p) => (0,markup/* mdText */.bC)(dependencyText(p)))),
        scores: scoresTable(a),
        packages: packagesTable(a),
        fixed_in: (0,markup/* mdText */.bC)(a.fixed_in.join(', ')),
        release: releaseText(a),
        published: a.published,
        dependency_update: (0,markup/* markdownBlock */.dI)(a.dependency_update),
        versions_tested: (0,markup/* mdText */.bC)(a.versions_tested.join(', ')),
        impact: (0,markup/* markdownBlock */.dI)(a.impact),
        workarounds: (0,markup/* markdownBlock */.dI)(a.workarounds),
        cwe: (0,markup/* markdownList */.Al)(a.cwe.map((c) => (0,markup/* mdText */.bC)(c))),
        credits: (0,markup/* markdownList */.Al)(a.credits.map((c) => (0,markup/* mdText */.bC)(c))),
        references: (0,markup/* markdownList */.Al)(a.references.map(markup/* markdownLink */.iQ)),
        repository: (0,markup/* mdText */.bC)(a.repository ?? ''),
    };
}
/** The advisory in markdown, from the built-in or the adopter's template. */
function renderMarkdown(a, template) {
    return renderDocument(template?.text ?? ADVISORY_MD, markdownValues(a), template?.file ?? 'advisory.md');
}

;// CONCATENATED MODULE: ./packages/disclosure/src/channels/github-advisory.ts
/**
 * Channel 2: the GitHub repository security advisory. The advisory is found
 * first (by the record's ghsa_id, else by the hidden record marker in its
 * description, the CVE id or the summary), then created or updated as a
 * draft, then published. A re-run after any step picks up from there.
 * Writing advisories needs a GitHub App or fine-grained token: the built-in
 * GITHUB_TOKEN has no permission for them, which http.ts turns into that
 * sentence on a 403.
 */




// GitHub's advisory ecosystems, by purl type.
const GH_ECOSYSTEM = {
    npm: 'npm',
    pypi: 'pip',
    maven: 'maven',
    nuget: 'nuget',
    gem: 'rubygems',
    composer: 'composer',
    golang: 'go',
    cargo: 'rust',
    hex: 'erlang',
    githubactions: 'actions',
    pub: 'pub',
    swift: 'swift',
};
/** The hidden line that ties an advisory to its record across runs. */
function recordMarker(id) {
    return `<!-- psirt:record:${id.replace(/[^A-Za-z0-9._:-]/g, '_')} -->`;
}
function rangeText(p) {
    return p.intervals
        .map((iv) => [
        iv.introduced !== '0' ? `>= ${iv.introduced}` : '',
        iv.fixed ? `< ${iv.fixed}` : '',
        iv.last_affected ? `<= ${iv.last_affected}` : '',
    ]
        .filter((x) => x)
        .join(', '))
        .join(' || ');
}
/** The create/update body of the advisory. */
function advisoryBody(a, template) {
    const v3 = a.scores.find((s) => s.version === '3.1');
    const body = {
        summary: a.title.slice(0, 1024),
        description: `${renderMarkdown(a, template)}\n${recordMarker(a.id)}\n`.slice(0, 65535),
        vulnerabilities: a.packages.map((p) => ({
            package: { ecosystem: GH_ECOSYSTEM[p.type] ?? 'other', name: p.name },
            vulnerable_version_range: rangeText(p) || null,
            patched_versions: p.intervals.map((iv) => iv.fixed).filter((f) => f)[0] ?? null,
        })),
        cwe_ids: a.cwe.filter((c) => /^CWE-\d+$/.test(c)),
    };
    // LIMITATION: GitHub credits need logins; record credits are names, so
    // they reach the advisory only through the description.
    if (a.cve_id)
        body.cve_id = a.cve_id;
    // GitHub scores a v3.1 vector itself; otherwise it takes the severity.
    if (v3)
        body.cvss_vector_string = v3.vector;
    else if (a.severity !== 'unknown' && a.severity !== 'none') {
        body.severity = a.severity;
    }
    else
        body.severity = 'low';
    return body;
}
async function find(gh, a) {
    if (a.ghsa_id) {
        const reply = await gh.call('GET', gh.repoPath(`/security-advisories/${encodeURIComponent(a.ghsa_id)}`), undefined, { notFound: 'reply' });
        if (reply.status === 404) {
            throw new errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(a.id, 80)} names disclosure.ghsa_id ${(0,src_text/* forLog */.Ig)(a.ghsa_id, 40)}, but this repository has no such security advisory. Fix: correct the ghsa_id, or remove it to let this action create the advisory.`, { file: a.file });
        }
        return reply.data;
    }
    const all = await gh.list(gh.repoPath('/security-advisories?per_page=100'));
    const marker = recordMarker(a.id);
    // LIMITATION: an advisory whose description lost the marker and whose
    // summary and CVE id changed by hand is not found; a second is created.
    return (all.find((x) => (x.description ?? '').includes(marker)) ??
        all.find((x) => !!a.cve_id && x.cve_id === a.cve_id) ??
        all.find((x) => x.summary === a.title.slice(0, 1024)));
}
const normal = (text) => (text ?? '').replace(/\r\n?/g, '\n').trim();
/** Calendar dates (escaped for Markdown or not) as one placeholder. */
const undated = (text) => text.replace(/\b\d{4}\\?-\d{2}\\?-\d{2}\b/g, 'YYYY-MM-DD');
/**
 * A published advisory of ours (it carries the record marker) whose text
 * no longer matches the record is brought up to date; one written by hand
 * is left alone.
 */
async function keepPublished(gh, a, current, opts) {
    const base = {
        record: a.id,
        channel: 'github-advisory',
        url: current.html_url,
    };
    const body = advisoryBody(a, opts.template);
    const ours = normal(current.description).includes(recordMarker(a.id));
    // A text that differs only in its dates is not rewritten: an earlier run
    // wrote the publication date it knew then, unless the record sets one.
    const comparable = (text) => a.published_by_record ? normal(text) : undated(normal(text));
    const same = comparable(current.description) === comparable(String(body.description)) &&
        current.summary === body.summary;
    if (!ours || same) {
        return {
            ...base,
            outcome: 'already',
            detail: `${current.ghsa_id} is published`,
        };
    }
    if (opts.dryRun) {
        return {
            ...base,
            outcome: 'planned',
            detail: `would update the text of published ${current.ghsa_id}`,
        };
    }
    await gh.call('PATCH', gh.repoPath(`/security-advisories/${encodeURIComponent(current.ghsa_id)}`), { summary: body.summary, description: body.description });
    return {
        ...base,
        outcome: 'published',
        detail: `${current.ghsa_id} was published; its text is updated`,
    };
}
/**
 * Creates or completes the repository advisory. On success the advisory's
 * ghsa_id (and a CVE GitHub assigned) is set on `a` for later channels.
 */
async function publishGitHubAdvisory(gh, a, opts) {
    const base = { record: a.id, channel: 'github-advisory' };
    let current = await find(gh, a);
    if (current?.state === 'published') {
        a.ghsa_id = current.ghsa_id;
        // The advisory's day of publication is the advisory's date from now on.
        if (!a.published_by_record && current.published_at) {
            a.published = current.published_at.slice(0, 10);
        }
        if (!a.cve_id && current.cve_id && a.kind === 'cve')
            a.cve_id = current.cve_id;
        return keepPublished(gh, a, current, opts);
    }
    if (current && current.state !== 'draft' && current.state !== 'triage') {
        return {
            ...base,
            outcome: 'failed',
            detail: `${current.ghsa_id} is ${current.state}; reopen it as a draft or remove the record's ghsa_id`,
            url: current.html_url,
        };
    }
    if (opts.dryRun) {
        return {
            ...base,
            outcome: 'planned',
            detail: current
                ? `would update and publish draft ${current.ghsa_id}`
                : 'would create and publish a repository security advisory',
        };
    }
    if (current)
        a.ghsa_id = current.ghsa_id;
    const body = advisoryBody(a, opts.template);
    if (!current) {
        const created = await gh.call('POST', gh.repoPath('/security-advisories'), body);
        current = created.data;
    }
    else {
        const updated = await gh.call('PATCH', gh.repoPath(`/security-advisories/${encodeURIComponent(current.ghsa_id)}`), body);
        current = updated.data;
    }
    if (!current || typeof current.ghsa_id !== 'string') {
        throw new channels_types/* ChannelError */.Q('GitHub answered the advisory write without a GHSA id; nothing was published.');
    }
    a.ghsa_id = current.ghsa_id;
    if (opts.requestCve && a.kind === 'cve' && !a.cve_id && !current.cve_id) {
        // GitHub assigns the CVE when it reviews the request, not now.
        await gh.call('POST', gh.repoPath(`/security-advisories/${encodeURIComponent(current.ghsa_id)}/cve`));
    }
    // The text names its own GHSA id now that it has one.
    const published = await gh.call('PATCH', gh.repoPath(`/security-advisories/${encodeURIComponent(current.ghsa_id)}`), {
        state: 'published',
        description: advisoryBody(a, opts.template).description,
    });
    if (!a.cve_id && published.data.cve_id && a.kind === 'cve') {
        a.cve_id = published.data.cve_id;
    }
    return {
        ...base,
        outcome: 'published',
        detail: `${current.ghsa_id} published`,
        url: published.data.html_url ?? current.html_url,
    };
}

;// CONCATENATED MODULE: ./packages/disclosure/src/channels/release-notes.ts
/**
 * Channel 4: the security section of the release notes, kept between two
 * markers in the release body. Everything outside the markers is kept byte
 * for byte. Each entry ends in a hidden id comment, so a re-run updates its
 * own entries, keeps the others, and never adds one twice. The email
 * channel records what it sent in the same section (see email.ts).
 */



const SECTION_START = '<!-- psirt:security:start -->';
const SECTION_END = '<!-- psirt:security:end -->';
const ENTRY = /^- .*<!-- psirt:advisory:(\S+) -->$/;
const SENT = /^<!-- psirt:email-sent:(\S+) -->$/;
/** Ids are written into HTML comments: nothing that could close one. */
function safeId(id) {
    return id.replace(/[^A-Za-z0-9._:-]/g, '_');
}
/** Splits a release body at the markers; malformed markers are refused. */
function parseSection(body) {
    const start = body.indexOf(SECTION_START);
    const end = body.indexOf(SECTION_END);
    const entries = new Map();
    const sent = new Set();
    if (start === -1 && end === -1) {
        return { before: body, after: '', present: false, entries, sent };
    }
    if (start === -1 ||
        end < start ||
        body.indexOf(SECTION_START, start + 1) !== -1 ||
        body.indexOf(SECTION_END, end + 1) !== -1) {
        throw new errors/* UserError */.yo(`The release body has a broken security section: it needs exactly one "${SECTION_START}" followed by one "${SECTION_END}". Fix: edit the release notes so both markers appear once, in that order, or remove both.`);
    }
    const inside = body.slice(start + SECTION_START.length, end);
    for (const line of inside.split(/\r?\n/)) {
        const e = ENTRY.exec(line);
        if (e)
            entries.set(e[1], line);
        const s = SENT.exec(line);
        if (s)
            sent.add(s[1]);
    }
    return {
        before: body.slice(0, start),
        after: body.slice(end + SECTION_END.length),
        present: true,
        entries,
        sent,
    };
}
/** The entry line of one advisory. */
function entryLine(a) {
    const ids = headlineIds(a);
    const link = a.ghsa_id && a.repository
        ? (0,markup/* safeUrl */.Pl)(`https://github.com/${a.repository}/security/advisories/${a.ghsa_id}`)
        : undefined;
    const label = (0,markup/* mdText */.bC)(ids.join(' / '));
    const name = link ? `[${label}](${link})` : label;
    return `- **${(0,markup/* severityLabel */.yi)(a.severity)}** ${name}: ${(0,markup/* mdText */.bC)(a.title, 200)} <!-- psirt:advisory:${safeId(a.id)} -->`;
}
/** The section text, markers included. */
function sectionText(s) {
    const lines = [
        SECTION_START,
        '## Security',
        '',
        'This release fixes the following vulnerabilities:',
        '',
        ...s.entries.values(),
    ];
    if (s.sent.size > 0) {
        lines.push('', ...[...s.sent].map((id) => `<!-- psirt:email-sent:${id} -->`));
    }
    lines.push(SECTION_END);
    return lines.join('\n');
}
/** The body with the section replaced, or appended after the notes. */
function withSection(body, s) {
    if (s.present)
        return s.before + sectionText(s) + s.after;
    const gap = body === '' ? '' : body.endsWith('\n') ? '\n' : '\n\n';
    return body + gap + sectionText(s) + '\n';
}
/**
 * The body with the advisories' entries added or updated. Returns the same
 * string when nothing changes, so the caller can skip the write.
 */
function addEntries(body, advisories) {
    const s = parseSection(body);
    let changed = !s.present && advisories.length > 0;
    for (const a of advisories) {
        const line = entryLine(a);
        const id = safeId(a.id);
        if (s.entries.get(id) !== line) {
            s.entries.set(id, line);
            changed = true;
        }
    }
    return changed ? withSection(body, s) : body;
}
/** The body with the email of `id` recorded as sent. */
function markEmailSent(body, id) {
    const s = parseSection(body);
    if (s.sent.has(safeId(id)))
        return body;
    s.sent.add(safeId(id));
    return withSection(body, s);
}
/** Whether the release body records the email of `id` as sent. */
function emailSent(body, id) {
    return parseSection(body).sent.has(safeId(id));
}
/** Whether the release body lists the advisory `id`, exactly as rendered. */
function hasEntry(body, a) {
    return parseSection(body).entries.get(safeId(a.id)) === entryLine(a);
}

;// CONCATENATED MODULE: ./packages/disclosure/src/channels/release.ts
/**
 * Channel 1: the release that carries the fix must be public before
 * anything about the vulnerability is. GitHub does not return a draft
 * release by tag, so "not found" also means "not published yet". Its notes
 * must have a security section the release-notes channel can write.
 */



/** The release, or the sentence that says why it is not public. */
async function checkRelease(gh, tag, allowPrerelease) {
    const reply = await gh.call('GET', gh.repoPath(`/releases/tags/${encodeURIComponent(tag)}`), undefined, { notFound: 'reply' });
    const t = (0,src_text/* forLog */.Ig)(tag, 80);
    if (reply.status === 404) {
        return {
            problem: `release ${t} is not published (GitHub has no public release with that tag); publish the release first`,
        };
    }
    const r = reply.data;
    const release = {
        id: r.id,
        tag: r.tag_name,
        body: r.body ?? '',
        html_url: r.html_url,
        draft: r.draft,
        prerelease: r.prerelease,
        published_at: r.published_at ?? null,
    };
    if (r.draft) {
        return { problem: `release ${t} is still a draft; publish it first` };
    }
    if (r.prerelease && !allowPrerelease) {
        return {
            problem: `release ${t} is a pre-release, which does not lift an embargo; set allow-prerelease: true to publish on pre-releases`,
        };
    }
    // The security section is written later, after the advisory and the CVE
    // record are out: broken markers must stop the run before anything is.
    try {
        parseSection(release.body);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        return {
            broken: true,
            problem: `the notes of release ${t} have a broken security section: they need exactly one "${SECTION_START}" followed by one "${SECTION_END}", and nothing was disclosed. Fix: edit release ${t} on GitHub so both markers appear once, in that order (or remove both), then re-run`,
        };
    }
    return { release };
}

// EXTERNAL MODULE: ./packages/disclosure/src/cve.ts
var cve = __webpack_require__(4807);
;// CONCATENATED MODULE: ./packages/disclosure/src/email.ts
/**
 * The announcement email: a subject line, a plain-text body and an HTML
 * body. Every record field is HTML-escaped in the HTML body; the record
 * can never contribute markup of its own.
 */





const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Text for a plain-text body: control characters removed. */
function plain(text) {
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
    return headerLine(`[Security] ${(0,markup/* severityLabel */.yi)(a.severity)}: ${a.title} (${ids}), fixed in ${a.release.tag}`);
}
function packageLines(a) {
    return a.packages.map((p) => `${p.name}: affected ${p.intervals.map(intervalText).join(' or ')}` +
        (p.fixed ? `, fixed in ${p.fixed}` : ''));
}
function textValues(a) {
    return {
        id: plain(a.id),
        title: plain(a.title),
        summary: plain(a.summary),
        severity: (0,markup/* severityLabel */.yi)(a.severity),
        cve_id: plain(a.cve_id),
        ghsa_id: plain(a.ghsa_id),
        fixed_in: plain(a.fixed_in.join(', ')),
        release: plain(a.release.tag),
        packages: packageLines(a)
            .map((l) => `- ${plain(l)}`)
            .join('\n'),
        dependency_update: plain(a.dependency_update),
        dependencies: a.dependencies
            .map((p) => `- ${plain(dependencyText(p))}`)
            .join('\n'),
        related: plain(a.related.join(', ')),
        versions_tested: plain(a.versions_tested.join(', ')),
        impact: plain(a.impact),
        workarounds: plain(a.workarounds),
        references: a.references.map((r) => `- ${plain(r)}`).join('\n'),
    };
}
function htmlLink(text) {
    const url = (0,markup/* safeUrl */.Pl)(text);
    return url
        ? `<a href="${(0,markup/* escapeHtml */.ZD)(url)}">${(0,markup/* escapeHtml */.ZD)(text)}</a>`
        : (0,markup/* escapeHtml */.ZD)(text);
}
function htmlList(items) {
    if (items.length === 0)
        return '';
    return `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
}
function htmlValues(a) {
    return {
        id: (0,markup/* escapeHtml */.ZD)(a.id),
        title: (0,markup/* escapeHtml */.ZD)(a.title),
        summary: (0,markup/* htmlParagraphs */.N9)(a.summary),
        severity: (0,markup/* escapeHtml */.ZD)((0,markup/* severityLabel */.yi)(a.severity)),
        cve_id: (0,markup/* escapeHtml */.ZD)(a.cve_id),
        ghsa_id: (0,markup/* escapeHtml */.ZD)(a.ghsa_id),
        fixed_in: (0,markup/* escapeHtml */.ZD)(a.fixed_in.join(', ')),
        release: (0,markup/* escapeHtml */.ZD)(a.release.tag),
        packages: htmlList(packageLines(a).map(markup/* escapeHtml */.ZD)),
        dependency_update: (0,markup/* escapeHtml */.ZD)(a.dependency_update),
        dependencies: htmlList(a.dependencies.map((p) => (0,markup/* escapeHtml */.ZD)(dependencyText(p)))),
        related: (0,markup/* escapeHtml */.ZD)(a.related.join(', ')),
        versions_tested: (0,markup/* escapeHtml */.ZD)(a.versions_tested.join(', ')),
        impact: (0,markup/* htmlParagraphs */.N9)(a.impact),
        workarounds: (0,markup/* htmlParagraphs */.N9)(a.workarounds),
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
        throw new errors/* UserError */.yo(`Record ${(0,src_text/* forLog */.Ig)(a.id, 80)} is a dependency advisory (disclosure.kind ${a.kind}): it gets no CVE, so there is no CVE request text for MITRE.`, { file: a.file });
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
function affectedOf(p) {
    // OSV cannot name a package outside its ecosystems.
    if (!p.ecosystem)
        return undefined;
    return {
        package: { ecosystem: p.ecosystem, name: p.name, purl: p.purl },
        ranges: [{ type: p.rangeType, events: p.intervals.flatMap(eventsOf) }],
    };
}
function referencesOf(a) {
    const refs = [];
    const seen = new Set();
    const add = (type, text) => {
        const url = (0,markup/* safeUrl */.Pl)(text);
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
        .map(affectedOf)
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
        references: referencesOf(a),
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

// EXTERNAL MODULE: ./packages/disclosure/src/select.ts + 1 modules
var src_select = __webpack_require__(1023);
;// CONCATENATED MODULE: ./packages/disclosure/src/publish.ts
/**
 * The publishing run: for each record whose embargo the release lifts,
 * render the documents, then apply the channels in the one order that
 * keeps the CVE record from being the first disclosure:
 *
 *   release public → GitHub advisory → CVE record → release notes →
 *   Discourse → email
 *
 * Every channel reads the current state first, so a re-run completes what
 * is missing and repeats nothing. A record whose channel fails goes no
 * further; the other records go on.
 */


















function rel(root, file) {
    const r = external_node_path_default().relative(root, file);
    return r.startsWith('..') || external_node_path_default().isAbsolute(r) ? file : r;
}
function write(root, file, text, files) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, text);
    files.push(rel(root, file));
}
/** Safe as one path segment. */
function segment(id) {
    return id.replace(/[^A-Za-z0-9._-]/g, '_');
}
/** Renders a record's documents and writes them; pure but for the files. */
function renderRecord(a, config, opts, publicCopy) {
    const dir = external_node_path_default().join(opts.outDir, segment(a.id));
    const files = [];
    const markdown = renderMarkdown(a, opts.templates.advisory);
    const email = renderEmail(a, {
        text: opts.templates.emailText,
        html: opts.templates.emailHtml,
    });
    write(opts.root, external_node_path_default().join(dir, 'advisory.md'), markdown, files);
    // Only a record that gets a CVE has a CVE request for MITRE.
    if (a.kind === 'cve') {
        write(opts.root, external_node_path_default().join(dir, 'mitre.txt'), renderMitre(a), files);
    }
    write(opts.root, external_node_path_default().join(dir, 'email-subject.txt'), email.subject + '\n', files);
    write(opts.root, external_node_path_default().join(dir, 'email.txt'), email.text, files);
    write(opts.root, external_node_path_default().join(dir, 'email.html'), email.html, files);
    const osv = JSON.stringify(renderOsv(a), null, 2) + '\n';
    write(opts.root, external_node_path_default().join(dir, 'osv.json'), osv, files);
    // LIMITATION: the action writes the copy but does not commit it (nor the
    // GHSA ids it learns); a later workflow step must.
    if (publicCopy) {
        // The public machine-readable copy, for the repository to commit.
        const target = external_node_path_default().join(opts.root, config.security_dir, 'osv', `${segment(osvId(a))}.json`);
        write(opts.root, target, osv, files);
    }
    let cveFile;
    if (a.kind === 'cve' && a.cve_id && opts.cveProvider) {
        const record = (0,cve/* renderCveRecord */.a)(a, opts.cveProvider);
        cveFile = external_node_path_default().join(dir, `${segment(a.cve_id)}.json`);
        write(opts.root, cveFile, JSON.stringify(record, null, 2) + '\n', files);
    }
    return { advisory: a, markdown, email, files, cveFile };
}
/**
 * A channel's error as its result. A bug is that channel's failure too:
 * earlier channels may have published already, and the report of what
 * they did must reach the summary and the outputs.
 */
function failure(record, channel, e) {
    if (e instanceof errors/* UserError */.yo || e instanceof channels_types/* ChannelError */.Q) {
        return { record, channel, outcome: 'failed', detail: e.message };
    }
    const why = e instanceof Error ? e.message : String(e);
    return {
        record,
        channel,
        outcome: 'failed',
        detail: `unexpected error in advisory-publish (please report it): ${why}`,
    };
}
const OK = new Set(['published', 'already', 'planned']);
/** Runs the whole publication for one release. */
async function publish(records, config, opts) {
    const report = {
        tag: opts.tag,
        dryRun: opts.dryRun,
        results: [],
        rendered: [],
        files: [],
    };
    const lifted = (0,src_select/* liftedRecords */.R)(records, opts.tag);
    opts.log(`Release ${(0,src_text/* forLog */.Ig)(opts.tag, 80)} lifts the embargo of ${lifted.length} record(s)${opts.dryRun ? ' (dry run: nothing is published)' : ''}.`);
    if (lifted.length === 0)
        return report;
    const add = (r) => {
        report.results.push(r);
        opts.log(`${(0,src_text/* forLog */.Ig)(r.record, 80)} ${r.channel}: ${r.outcome} (${(0,src_text/* forLog */.Ig)(r.detail, 300)})`);
    };
    // 1. The release with the fix is public.
    let release;
    let releaseProblem;
    let releaseBroken = false;
    if (opts.github) {
        try {
            const checked = await checkRelease(opts.github, opts.tag, opts.allowPrerelease);
            release = checked.release;
            releaseProblem = checked.problem;
            releaseBroken = !!checked.broken;
        }
        catch (e) {
            releaseProblem = failure('', 'release', e).detail;
        }
    }
    else {
        releaseProblem = 'no GitHub token to check the release';
    }
    const info = {
        tag: opts.tag,
        published: release?.published_at?.slice(0, 10) || undefined,
        url: release?.html_url ??
            (config.repository
                ? `https://github.com/${config.repository}/releases/tag/${encodeURIComponent(opts.tag)}`
                : undefined),
    };
    // The documents, for every lifted record, even when publishing stops.
    let alive = [];
    for (const l of lifted) {
        try {
            const a = toAdvisory(l, config, info, opts.now);
            const r = renderRecord(a, config, opts, false);
            report.rendered.push(r);
            report.files.push(...r.files);
            alive.push(r);
        }
        catch (e) {
            add(failure(l.record.id, 'documents', e));
        }
    }
    for (const r of alive) {
        if (release) {
            add({
                record: r.advisory.id,
                channel: 'release',
                outcome: 'already',
                detail: `${opts.tag} is public`,
                url: release.html_url,
            });
        }
        else {
            add({
                record: r.advisory.id,
                channel: 'release',
                // A dry run previews a release that may not exist yet; notes that
                // a real run could not write are its failure too.
                outcome: opts.dryRun && !releaseBroken ? 'skipped' : 'failed',
                detail: String(releaseProblem),
            });
        }
    }
    if (!release && !opts.dryRun) {
        return report;
    }
    /** Runs one channel for the records still going; drops those that fail. */
    const stage = async (channel, run) => {
        const next = [];
        for (const r of alive) {
            let result;
            try {
                result = await run(r);
            }
            catch (e) {
                result = failure(r.advisory.id, channel, e);
            }
            add(result);
            if (result.outcome !== 'failed')
                next.push(r);
        }
        alive = next;
    };
    // 2. The GitHub repository security advisory.
    const advisoryPublic = new Set();
    await stage('github-advisory', async (r) => {
        let result;
        if (!opts.githubAdvisory) {
            result = {
                record: r.advisory.id,
                channel: 'github-advisory',
                outcome: 'skipped',
                detail: 'github-advisory is false',
            };
        }
        else if (!opts.github) {
            result = {
                record: r.advisory.id,
                channel: 'github-advisory',
                outcome: 'skipped',
                detail: 'no GitHub token',
            };
        }
        else {
            result = await publishGitHubAdvisory(opts.github, r.advisory, {
                dryRun: opts.dryRun,
                requestCve: opts.requestCve,
                template: opts.templates.advisory,
            });
        }
        if (OK.has(result.outcome))
            advisoryPublic.add(r.advisory.id);
        return result;
    });
    // The advisory may have learned its GHSA (and CVE) id: render again, now
    // with the public OSV copy.
    const rendered = [];
    for (const r of alive) {
        try {
            const again = renderRecord(r.advisory, config, opts, !opts.dryRun);
            report.rendered[report.rendered.indexOf(r)] = again;
            for (const f of again.files) {
                if (!report.files.includes(f))
                    report.files.push(f);
            }
            rendered.push(again);
        }
        catch (e) {
            add(failure(r.advisory.id, 'documents', e));
        }
    }
    alive = rendered;
    // 3. The CVE record, only after a public advisory.
    await stage('cve', async (r) => {
        const a = r.advisory;
        const base = { record: a.id, channel: 'cve' };
        if (a.kind !== 'cve') {
            return {
                ...base,
                outcome: 'skipped',
                detail: 'a dependency advisory gets no CVE',
            };
        }
        if (!a.cve_id) {
            return {
                ...base,
                outcome: 'skipped',
                detail: 'no disclosure.cve_id yet (reserve one, or set request-cve: true)',
            };
        }
        // LIMITATION: when GitHub advisories are switched off, the CVE channel
        // is skipped too: the release notes come later and cannot be the public
        // reference that must precede the CVE record.
        if (!advisoryPublic.has(a.id)) {
            return {
                ...base,
                outcome: 'skipped',
                detail: 'the advisory is not public on GitHub, and a CVE record must not be the first disclosure',
            };
        }
        if (!opts.cveProvider) {
            return {
                ...base,
                outcome: 'skipped',
                detail: 'no cve-org-id: set it to render and submit the CVE record',
            };
        }
        if (!opts.cveServices) {
            return {
                ...base,
                outcome: 'skipped',
                detail: `CVE Services not configured; submit ${r.cveFile ? rel(opts.root, r.cveFile) : 'the record'} by hand`,
            };
        }
        return (0,cve_services/* publishCveRecord */.xu)(opts.cveServices, a, opts.cveProvider, opts.dryRun);
    });
    // 4. The security section of the release notes.
    if (release && opts.github) {
        const gh = opts.github;
        const rel0 = release;
        let existing = new Set();
        let failed;
        try {
            existing = new Set(alive
                .filter((r) => hasEntry(rel0.body, r.advisory))
                .map((r) => r.advisory.id));
            const body = addEntries(rel0.body, alive.map((r) => r.advisory));
            if (body !== rel0.body && !opts.dryRun) {
                const updated = await gh.call('PATCH', gh.repoPath(`/releases/${rel0.id}`), { body });
                rel0.body = updated.data.body ?? body;
            }
        }
        catch (e) {
            failed = failure('', 'release-notes', e);
        }
        await stage('release-notes', async (r) => {
            const base = { record: r.advisory.id, channel: 'release-notes' };
            if (failed)
                return { ...failed, record: r.advisory.id };
            if (existing.has(r.advisory.id)) {
                return {
                    ...base,
                    outcome: 'already',
                    detail: 'listed in the security section',
                    url: rel0.html_url,
                };
            }
            return opts.dryRun
                ? {
                    ...base,
                    outcome: 'planned',
                    detail: 'would add it to the security section',
                }
                : {
                    ...base,
                    outcome: 'published',
                    detail: 'added to the security section',
                    url: rel0.html_url,
                };
        });
    }
    else {
        await stage('release-notes', async (r) => ({
            record: r.advisory.id,
            channel: 'release-notes',
            outcome: 'planned',
            detail: 'would add it to the security section once the release is public',
        }));
    }
    // 5. The community forum.
    await stage('discourse', async (r) => {
        if (!opts.discourse) {
            return {
                record: r.advisory.id,
                channel: 'discourse',
                outcome: 'skipped',
                detail: 'Discourse is not configured (channels.discourse and discourse-api-key)',
            };
        }
        return publishDiscourse(opts.discourse, r.advisory, r.markdown, opts.dryRun);
    });
    // 6. Email, recorded in the release body so it is sent once.
    await stage('email', async (r) => {
        const gh = opts.github;
        return (0,email/* publishEmail */.E)(opts.smtp, r.advisory, r.email, {
            sent: release ? emailSent(release.body, r.advisory.id) : false,
            record: async () => {
                if (!gh || !release)
                    throw new channels_types/* ChannelError */.Q('no release to record in');
                const latest = await checkRelease(gh, opts.tag, true);
                if (!latest.release) {
                    throw new channels_types/* ChannelError */.Q(String(latest.problem));
                }
                const body = markEmailSent(latest.release.body, r.advisory.id);
                const updated = await gh.call('PATCH', gh.repoPath(`/releases/${release.id}`), { body });
                release.body = updated.data.body ?? body;
            },
        }, opts.dryRun);
    });
    return report;
}


/***/ })

};
