export const id = 874;
export const ids = [874];
export const modules = {

/***/ 3874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* reexport */ load/* loadConfig */.Z9),
  loadSecurityFolder: () => (/* reexport */ load/* loadSecurityFolder */.DY)
});

// UNUSED EXPORTS: DEFAULT_CONFIG, DEFAULT_CONFIG_FILE, DISCLOSURE_KINDS, FIX_PATHS, JUSTIFICATIONS, RECORD_SCHEMA_VERSION, SEVERITIES, STATUSES, checkId, isOwnAdvisoryId, isoToday, normalizeId, positionOf, recordSeverity, weakReasoning

// EXTERNAL MODULE: ./packages/records/src/ids.ts
var ids = __webpack_require__(3780);
// EXTERNAL MODULE: ./packages/records/src/load.ts + 1 modules
var load = __webpack_require__(7207);
// EXTERNAL MODULE: ./packages/cvss/src/index.ts
var src = __webpack_require__(1729);
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
    for (const [vector, versions] of [
        [cvss.v4, ['4.0']],
        [cvss.v3, ['3.1', '3.0']],
        [cvss.v2, ['2.0']],
    ]) {
        if (vector === undefined)
            continue;
        try {
            const r = scoreVector(vector);
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

// EXTERNAL MODULE: ./packages/records/src/validate.ts + 8 modules
var validate = __webpack_require__(523);
;// CONCATENATED MODULE: ./packages/records/src/index.ts
/** The security folder: record and configuration types, loading, validation. */







/***/ })

};
