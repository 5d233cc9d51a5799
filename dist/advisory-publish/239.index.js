export const id = 239;
export const ids = [239];
export const modules = {

/***/ 4239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* reexport */ loadConfig),
  loadSecurityFolder: () => (/* reexport */ loadSecurityFolder)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, DEFAULT_CONFIG_FILE, DISCLOSURE_KINDS, FIX_PATHS, JUSTIFICATIONS, RECORD_SCHEMA_VERSION, SEVERITIES, STATUSES, checkId, isoToday, normalizeId, positionOf, recordSeverity, weakReasoning

;// CONCATENATED MODULE: ./packages/records/src/ids.ts
/**
 * Vulnerability ids by form. Each database spells its ids one way, and
 * scanners match them literally (Trivy and Grype compare VEX ids as strings),
 * so a record must use the canonical spelling.
 */
const FORMS = [
    {
        kind: 'GHSA',
        re: /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/,
        example: 'GHSA-q7pp-wcgr-pffx',
    },
    { kind: 'CVE', re: /^CVE-\d{4}-\d{4,}$/, example: 'CVE-2023-36308' },
    { kind: 'GO', re: /^GO-\d{4}-\d{4,}$/, example: 'GO-2023-1990' },
    {
        kind: 'RUSTSEC',
        re: /^RUSTSEC-\d{4}-\d{4}$/,
        example: 'RUSTSEC-2021-0001',
    },
    { kind: 'PYSEC', re: /^PYSEC-\d{4}-\d+$/, example: 'PYSEC-2021-123' },
    {
        // Other OSV databases: a prefix and an id (e.g. MAL-2024-1, GSD-2021-1).
        kind: 'OSV',
        re: /^(?:MAL|GSD|OSV|DSA|DLA|USN|ALSA|ALBA|RHSA|SUSE|BIT|CGA|CURL|DEBIAN|HSEC|LBSEC|MGASA|PSF|R|RLSA|RXSA|UBUNTU|V8)-[A-Za-z0-9:._-]+$/,
        example: 'MAL-2024-1234',
    },
];
/** A project-local id: an upper-case prefix, a year and a number. */
const LOCAL = /^[A-Z][A-Z0-9]{1,15}-\d{4}-\d{1,6}$/;
/** The canonical spelling of an id, e.g. `cve-2023-1` → `CVE-2023-1`. */
function normalizeId(id) {
    const t = id.trim();
    const m = /^(ghsa)-(.+)$/i.exec(t);
    if (m)
        return `GHSA-${m[2].toLowerCase()}`;
    const p = /^([a-z]+)-(.+)$/i.exec(t);
    if (p && ['CVE', 'GO', 'RUSTSEC', 'PYSEC'].includes(p[1].toUpperCase())) {
        return `${p[1].toUpperCase()}-${p[2]}`;
    }
    return t;
}
/** Classifies an id, saying what is wrong with a malformed one. */
function checkId(id) {
    for (const f of FORMS)
        if (f.re.test(id))
            return { kind: f.kind };
    if (LOCAL.test(id))
        return { kind: 'LOCAL' };
    const canonical = normalizeId(id);
    if (canonical !== id) {
        for (const f of FORMS) {
            if (f.re.test(canonical)) {
                return {
                    canonical,
                    problem: `is spelt differently from its database (${canonical}); scanners compare ids literally`,
                };
            }
        }
    }
    const prefix = /^([A-Za-z]+)-/.exec(id)?.[1]?.toUpperCase();
    const form = FORMS.find((f) => f.kind === prefix);
    if (form) {
        return {
            problem: `does not have the form of a ${form.kind} id (e.g. ${form.example})`,
        };
    }
    return {
        problem: 'is not a GHSA, CVE, GO, RUSTSEC, PYSEC or OSV id, nor a project-local id such as ZITI-2026-001',
    };
}

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
            throw new errors/* UserError */.yo(`${file}:${line}:${col}: not valid YAML: ${e.reason}. Fix: correct the syntax at that place (indentation, quotes, colons).`, { file, line, col });
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
                positions.set(path, positionAt(starts, ev.valueStart));
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
                    fail(ev.anchorStart, `alias *${name} has no anchor.`, `define &${name} before using it.`);
                }
                const value = anchors.get(name);
                aliasBudget -= countNodes(value);
                if (aliasBudget < 0) {
                    fail(ev.anchorStart, `aliases expand to more than ${limits.maxAliasNodes} values.`, 'write the values out instead of repeating them through aliases.');
                }
                positions.set(path, positionAt(starts, ev.anchorStart));
                return structuredClone(value);
            }
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                noTag(ev);
                if (depth >= limits.maxDepth) {
                    fail(ev.start, `nesting is deeper than ${limits.maxDepth}.`, 'flatten the structure.');
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
                    fail(ev.start, `nesting is deeper than ${limits.maxDepth}.`, 'flatten the structure.');
                }
                positions.set(path, positionAt(starts, ev.start));
                const out = Object.create(null);
                while (events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
                    const keyEv = events[i];
                    if (keyEv.type !== js_yaml/* EVENT_ID */.hy.SCALAR) {
                        const at = 'start' in keyEv ? keyEv.start : 0;
                        fail(at, 'a mapping key must be a plain word.', 'write the key as text, e.g. `status:`.');
                    }
                    const k = keyEv;
                    noTag(k);
                    const key = (0,js_yaml/* getScalarValue */.KE)(text, k);
                    const keyPos = positionAt(starts, k.valueStart);
                    i++;
                    if (key === '<<') {
                        fail(k.valueStart, 'merge keys (<<) are not allowed.', 'write the keys out in full.');
                    }
                    if (Object.prototype.hasOwnProperty.call(out, key)) {
                        const first = positions.get(`${path}/${escapeKey(key)}#key`);
                        fail(k.valueStart, `duplicate key "${key.slice(0, 60)}"${first ? ` (first at line ${first.line})` : ''}.`, 'keep one of them.');
                    }
                    const childPath = `${path}/${escapeKey(key)}`;
                    positions.set(`${childPath}#key`, keyPos);
                    out[key] = readValue(childPath, depth + 1);
                    // A key's own line is where a reader looks for a scalar value.
                    if (!positions.has(childPath))
                        positions.set(childPath, keyPos);
                }
                i++;
                const plain = Object.assign({}, out);
                const name = anchorOf(ev);
                if (name)
                    anchors.set(name, plain);
                return plain;
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

// EXTERNAL MODULE: ./packages/cvss/src/index.ts + 7 modules
var src = __webpack_require__(1461);
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
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: false });
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
function describe(e, root) {
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
        case 'enum':
            return {
                at: e.instancePath,
                message: `${field} has a value that is not allowed.`,
                fix: `use one of: ${e.params.allowedValues.join(', ')}.`,
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
        case 'type':
            return {
                at: e.instancePath,
                message: `${field} must be ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'a mapping' : `a ${e.params.type}`}.`,
                fix: e.params.type === 'array'
                    ? 'write it as a list (`- item` lines or `[a, b]`).'
                    : e.params.type === 'string'
                        ? 'quote the value.'
                        : `write a ${e.params.type}.`,
            };
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
                fix: 'see docs/records.md.',
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
        const d = describe(e, root);
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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
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
function pep440_comparePep440(a, b) {
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
        throw new UserError(`"${forLog(version, 80)}" is not a valid ${ecosystem} version. Fix: write a version such as ${EXAMPLE[ecosystem]}.`);
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
function compare_compareVersions(ecosystem, a, b) {
    const pa = parseOrThrow(ecosystem, a);
    const pb = parseOrThrow(ecosystem, b);
    if (pa.kind === 'semver' && pb.kind === 'semver') {
        return semver.compare(pa.v, pb.v);
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
            if (!m || !isValidVersion(ecosystem, m[2])) {
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
    const d = compareVersions(ecosystem, version, c.version);
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
var smol_toml_dist = __webpack_require__(3292);
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

;// CONCATENATED MODULE: ./packages/versions/src/index.ts
/** Ecosystem version rules and the lockfile readers built on them. */







;// CONCATENATED MODULE: ./packages/records/src/validate.ts
/**
 * The rules of the process that a schema cannot express: id forms, purls and
 * ranges, the OpenVEX requirements of each status, and the disclosure rules
 * (who gets a CVE, who an advisory). A record that contradicts its own facts
 * is refused with the reason.
 */






/** Words that say nothing; an impact statement made of them is refused. */
const PLACEHOLDERS = new Set([
    '',
    '-',
    '--',
    '.',
    '?',
    'tbd',
    'tba',
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
]);
/** The fewest words an impact statement needs to be reasoning. */
const MIN_REASONING_WORDS = 8;
function words(text) {
    return text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
}
/**
 * Why an impact statement is not real reasoning, or undefined when it is.
 * Placeholders, restatements of the justification and one-liners without
 * substance do not convince a reviewer.
 */
function weakReasoning(statement, justification) {
    const t = statement
        .trim()
        .toLowerCase()
        .replace(/[.!]+$/, '');
    if (PLACEHOLDERS.has(t))
        return 'is a placeholder';
    const w = words(statement);
    if (justification) {
        const j = new Set(words(justification.replace(/_/g, ' ')));
        const filler = new Set([
            'the',
            'is',
            'are',
            'a',
            'an',
            'it',
            'this',
            'our',
            'in',
            'of',
            'so',
        ]);
        const rest = w.filter((x) => !j.has(x) && !filler.has(x));
        if (rest.length < 3)
            return 'only restates the justification';
    }
    if (w.length < MIN_REASONING_WORDS) {
        return `has ${w.length} words; say which code or configuration makes the vulnerability unreachable and why (at least ${MIN_REASONING_WORDS} words)`;
    }
    return undefined;
}
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
        const pos = lookup(positions, pointer);
        problems.push({ file, ...pos, rule, message, fix, severity });
    };
    checkIds(record, report);
    checkPackages(record, report);
    checkStatus(record, config, today, report);
    checkDisclosure(record, config, report);
    return problems;
}
function checkIds(record, report) {
    const all = [
        ['/id', record.id],
        ...record.aliases.map((a, i) => [`/aliases/${i}`, a]),
    ];
    for (const [pointer, id] of all) {
        const c = checkId(id);
        if (c.problem) {
            report(pointer, 'record/id-form', `the id "${(0,src_text/* forLog */.Ig)(id, 64)}" ${c.problem}.`, c.canonical
                ? `write ${c.canonical}.`
                : 'use the id as its database publishes it.');
        }
    }
    if (record.aliases.some((a) => normalizeId(a) === normalizeId(record.id))) {
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
function checkPackages(record, report) {
    record.packages.forEach((p, i) => {
        let purl;
        try {
            purl = packageurl_js.PackageURL.fromString(p.purl);
        }
        catch (e) {
            report(`/packages/${i}/purl`, 'record/purl', `"${(0,src_text/* forLog */.Ig)(p.purl, 120)}" is not a valid package URL: ${(0,src_text/* forLog */.Ig)(e.message, 120)}.`, 'write pkg:<type>/<namespace>/<name>, e.g. pkg:golang/github.com/disintegration/imaging.');
            return;
        }
        if (purl.version || purl.qualifiers || purl.subpath) {
            report(`/packages/${i}/purl`, 'record/purl-version', 'the purl carries a version, qualifiers or a subpath; matching needs the bare package.', `write ${new packageurl_js.PackageURL(purl.type, purl.namespace, purl.name, undefined, undefined, undefined).toString()} and put versions in "vulnerable" and "fixed".`);
        }
        const eco = ecosystemOfPurlType(purl.type);
        if (p.vulnerable !== undefined) {
            try {
                parseRange(eco, p.vulnerable);
            }
            catch (e) {
                report(`/packages/${i}/vulnerable`, 'record/range', (e instanceof errors/* UserError */.yo ? e.message : String(e)).split(' Fix: ')[0], 'write comma-separated constraints such as ">= 1.0.0, < 1.6.3", with "||" between alternatives.');
            }
        }
        if (p.fixed !== undefined && !isValidVersion(eco, p.fixed)) {
            report(`/packages/${i}/fixed`, 'record/version', `"${(0,src_text/* forLog */.Ig)(p.fixed, 64)}" is not a valid ${eco} version.`, eco === 'go'
                ? 'write a Go module version such as v1.6.3.'
                : 'write a version such as 1.6.3.');
        }
    });
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
            if (!record.impact_statement) {
                report('/status', 'vex/impact-statement', 'a not_affected decision needs an impact_statement that explains why.', 'add `impact_statement:` with the reasoning a reviewer can check.');
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
            else if (daysBetween(review.decided, review.review_by) >
                config.not_affected_max_days) {
                report('/review/review_by', 'record/review-window', `review.review_by is ${daysBetween(review.decided, review.review_by)} days after review.decided; policy allows ${config.not_affected_max_days}.`, 'choose an earlier review date.');
            }
            break;
        }
        case 'affected':
            if (!record.action_statement) {
                report('/status', 'vex/action-statement', 'an affected decision needs an action_statement.', 'add `action_statement:` saying what users or the team must do.');
            }
            if (!record.due && record.fixed_in.length === 0) {
                report('/status', 'record/due', 'an affected decision needs a due date or the release with the mitigation.', 'add `due: YYYY-MM-DD` or `fixed_in: [vX.Y.Z]`.');
            }
            break;
        case 'fixed':
            if (record.fixed_in.length === 0) {
                report('/status', 'record/fixed-in', 'a fixed decision needs the release(s) that contain the fix.', 'add `fixed_in: [vX.Y.Z]`.');
            }
            break;
        case 'under_investigation':
            if (!record.owner) {
                report('/status', 'record/owner', 'an under_investigation decision needs an owner.', 'add `owner:` with the handle of the person or team investigating.');
            }
            if (!record.due) {
                report('/status', 'record/due', 'an under_investigation decision needs a due date.', 'add `due: YYYY-MM-DD`.');
            }
            break;
    }
    if (record.justification && record.status !== 'not_affected') {
        report('/justification', 'vex/justification-status', `a justification belongs to not_affected, not ${record.status}.`, 'remove it, or change the status.');
    }
}
function checkDisclosure(record, config, report) {
    const d = record.disclosure;
    const distributed = d.distributed ?? config.distributed;
    const kind = d.kind;
    if (!distributed && kind === 'cve') {
        report('/disclosure/kind', 'disclosure/internal-no-cve', 'the software is not distributed (internal-only), and internal-only software gets no CVE.', 'set `kind: none`, or `distributed: true` if customers run it.');
    }
    if (d.fix_by === 'dependency_update' && kind === 'cve') {
        report('/disclosure/kind', 'disclosure/advisory-not-cve', 'customers fix this by updating a dynamically linked dependency, which calls for a security advisory, not a CVE.', 'set `kind: advisory`.');
    }
    if (kind === 'advisory') {
        if (d.fix_by !== 'dependency_update') {
            report('/disclosure/kind', 'disclosure/advisory-fix-by', 'an advisory instead of a CVE is for vulnerabilities customers fix by updating a dynamically linked dependency.', 'set `fix_by: dependency_update`, or `kind: cve` if only our release fixes it.');
        }
        for (const key of ['potential_impact', 'dependency_update']) {
            if (!d[key]) {
                report('/disclosure', `disclosure/${key.replace('_', '-')}`, `an advisory must name the ${key.replace('_', ' ')}.`, `add \`${key}:\` under disclosure.`);
            }
        }
        if (!d.versions_tested || d.versions_tested.length === 0) {
            report('/disclosure', 'disclosure/versions-tested', 'an advisory must list the versions tested with the dependency update.', 'add `versions_tested: [...]` under disclosure.');
        }
        if (d.cve_id) {
            report('/disclosure/cve_id', 'disclosure/advisory-cve', 'an advisory is issued instead of a CVE, so it has no cve_id.', 'remove cve_id, or set `kind: cve`.');
        }
    }
    if (d.exploitable === true &&
        d.fix_by === 'our_release' &&
        distributed &&
        kind !== 'cve') {
        report('/disclosure/kind', 'disclosure/needs-cve', 'the vulnerability is exploitable, fixed only by our release, and the software is distributed: it needs a CVE.', 'set `kind: cve`.');
    }
    if (record.status === 'not_affected') {
        if (d.exploitable === true) {
            report('/disclosure/exploitable', 'disclosure/contradiction', 'the record says not_affected and also exploitable.', 'correct one of them.');
        }
        if (kind !== 'none') {
            report('/disclosure/kind', 'disclosure/not-affected', `a not_affected vulnerability has nothing to disclose, yet kind is ${kind}.`, 'set `kind: none`.');
        }
    }
    if (d.embargoed) {
        if (record.description !== undefined || record.workarounds !== undefined) {
            report(record.description !== undefined ? '/description' : '/workarounds', 'embargo/details-in-public', 'an embargoed record must not hold its description or workarounds in the repository; they become public with the commit.', 'move them to the place named in disclosure.private_details and add them back when the embargo lifts.');
        }
        if (!d.private_details) {
            report('/disclosure', 'embargo/private-details', 'an embargoed record must say where its private details live.', 'add `private_details:` with a link to the private tracker or advisory draft.');
        }
        if (d.published || d.cve_published) {
            report('/disclosure/embargoed', 'embargo/published', 'the record is embargoed but also says it was published.', 'set `embargoed: false` once the fix has shipped, or remove the published date.');
        }
    }
}
/** Problems of one id or alias appearing in two records. */
function checkDuplicates(loaded) {
    const owner = new Map();
    const problems = [];
    for (const l of loaded) {
        const ids = [l.record.id, ...l.record.aliases];
        ids.forEach((id, i) => {
            const key = normalizeId(id);
            const first = owner.get(key);
            if (first && first !== l.file) {
                const pos = lookup(l.positions, i === 0 ? '/id' : `/aliases/${i - 1}`);
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

;// CONCATENATED MODULE: ./packages/records/src/load.ts
/**
 * Loading the repository configuration and the security folder. Every
 * problem is collected with its file, line and column; callers decide
 * whether problems fail the run (the actions and `psirt validate` do).
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
function load_parse(text, file) {
    try {
        return loadYaml(text, file);
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo) {
            // The loader's message starts with file:line:col and ends with the fix.
            const [message, fix] = e.message
                .replace(/^[^:]+:\d+:\d+: /, '')
                .split(' Fix: ');
            return {
                file,
                line: e.line,
                col: e.col,
                rule: 'yaml/syntax',
                message,
                fix,
                severity: 'error',
            };
        }
        throw e;
    }
}
/**
 * Reads `.github/psirt.yml` (or `file`), applying defaults. A missing
 * default file means all defaults; a missing named file is an error.
 */
async function loadConfig(root, file) {
    const path = (0,external_node_path_.join)(root, file ?? DEFAULT_CONFIG_FILE);
    const shown = rel(root, path);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (file === undefined || file === DEFAULT_CONFIG_FILE) {
            return { config: structuredClone(DEFAULT_CONFIG), problems: [] };
        }
        return {
            config: structuredClone(DEFAULT_CONFIG),
            problems: [
                {
                    file: shown,
                    rule: 'config/missing',
                    message: `the configuration file ${shown} does not exist.`,
                    fix: 'create it, or point the `config` input at the right path.',
                    severity: 'error',
                },
            ],
        };
    }
    const data = load_parse(await (0,promises_.readFile)(path, 'utf8'), shown);
    if ('rule' in data)
        return { config: structuredClone(DEFAULT_CONFIG), problems: [data] };
    const problems = checkSchema('config', data.value, shown, data.positions);
    const given = (data.value ?? {});
    const config = {
        ...structuredClone(DEFAULT_CONFIG),
        ...given,
        deadlines: { ...DEFAULT_CONFIG.deadlines, ...(given.deadlines ?? {}) },
        banner: { ...DEFAULT_CONFIG.banner, ...(given.banner ?? {}) },
        channels: { ...(given.channels ?? {}) },
    };
    if (config.channels.discourse && !config.channels.discourse.pin_severity) {
        config.channels.discourse.pin_severity = 'high';
    }
    return { config, problems };
}
async function yamlFiles(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await yamlFiles(full)));
        else if (/\.ya?ml$/i.test(entry.name))
            out.push(full);
    }
    return out.sort();
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
            const pos = lookup(loaded.positions, `/cvss/${key}`);
            problems.push({
                file: loaded.file,
                ...pos,
                rule: 'record/cvss-vector',
                message: e.message,
                fix: "correct the vector; FIRST's calculator shows the valid form.",
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
async function loadSecurityFolder(root, config, today = isoToday()) {
    const dir = (0,external_node_path_.join)(root, config.security_dir);
    if (!(0,external_node_fs_.existsSync)(dir)) {
        return {
            records: [],
            problems: [
                {
                    file: config.security_dir,
                    rule: 'records/missing-folder',
                    message: `the security folder ${config.security_dir}/ does not exist.`,
                    fix: 'create it with one record per vulnerability, or set `security_dir` in the configuration.',
                    severity: 'error',
                },
            ],
        };
    }
    const records = [];
    const problems = [];
    for (const path of await yamlFiles(dir)) {
        const file = rel(root, path);
        const data = load_parse(await (0,promises_.readFile)(path, 'utf8'), file);
        if ('rule' in data) {
            problems.push(data);
            continue;
        }
        const structural = checkSchema('record', data.value, file, data.positions);
        problems.push(...structural);
        if (structural.length > 0)
            continue;
        const loaded = {
            record: withDefaults(data.value),
            file,
            positions: data.positions,
        };
        problems.push(...checkRecordRules(loaded.record, file, loaded.positions, config, today));
        problems.push(...checkVectors(loaded));
        records.push(loaded);
    }
    problems.push(...checkDuplicates(records));
    return { records, problems };
}

;// CONCATENATED MODULE: ./packages/records/src/severity.ts

/**
 * A record's severity and score: from its CVSS v4.0 vector, else v3.x, else
 * v2, else the severity written in the record; undefined when it has none.
 * Every part of the suite takes severity from here, so they agree.
 */
function recordSeverity(record) {
    const cvss = record.cvss;
    if (!cvss)
        return undefined;
    for (const vector of [cvss.v4, cvss.v3, cvss.v2]) {
        if (vector === undefined)
            continue;
        try {
            const r = scoreVector(vector);
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

;// CONCATENATED MODULE: ./packages/records/src/index.ts
/** The security folder: record and configuration types, loading, validation. */







/***/ })

};
