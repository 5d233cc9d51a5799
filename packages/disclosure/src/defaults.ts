/**
 * The built-in templates. templates/ holds the same text as files for
 * adopters to copy and change; a test keeps the two identical. They live
 * here as well so the bundled action needs no files beside it.
 */

/** The advisory in markdown (templates/advisory.md). */
export const ADVISORY_MD = `# {{title}}

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
`

/** The plain-text email body (templates/email.txt). */
export const EMAIL_TEXT = `{{title}}

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
`

/** The HTML email body (templates/email.html). */
export const EMAIL_HTML = `<!doctype html>
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
`
