export const id = 812;
export const ids = [812];
export const modules = {

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


/***/ })

};
