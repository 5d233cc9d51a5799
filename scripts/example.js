// `npm run example`: runs the suite, from the committed bundle of the psirt
// CLI, on the embedded example repository (examples/), the way a security
// engineer would on their machine, and prints what each step shows.
import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const example = join(root, 'examples')
const releases = join(example, 'releases')
// A fixed date, so the example reads the same whatever the calendar says.
const today = '2026-12-03'

const steps = [
  {
    title: 'Validate the security folder (every record, the configuration)',
    args: ['validate', example, '--today', today],
    expect: 0,
  },
  {
    title:
      'Triage: every finding in the scanner reports has a current decision',
    args: ['triage', '--root', example, '--today', today],
    expect: 0,
  },
  {
    title: 'Score the CVSS v4.0 vector of EDGE-2026-001',
    args: [
      'score',
      'CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N',
    ],
    expect: 0,
  },
  {
    title: 'Release check of a good release (v1.4.2 of examples/releases/pass)',
    args: [
      'embargo',
      '--root',
      join(releases, 'pass'),
      '--version',
      'v1.4.2',
      '--notes',
      'RELEASE_NOTES.md',
      '--public-file',
      'CHANGELOG.md',
      '--today',
      '2026-12-01',
    ],
    expect: 0,
  },
  {
    title: 'Release check of notes that leak an embargoed vulnerability',
    args: [
      'embargo',
      '--root',
      join(releases, 'fail-1-leak'),
      '--version',
      'v1.4.2',
      '--notes',
      'RELEASE_NOTES.md',
      '--public-file',
      'CHANGELOG.md',
      '--today',
      '2026-12-01',
    ],
    expect: 1,
  },
  {
    title: 'The advisory v1.2.0 publishes for EDGE-2026-001 (markdown)',
    args: [
      'render',
      'EDGE-2026-001',
      '--root',
      example,
      '--format',
      'markdown',
    ],
    expect: 0,
  },
  {
    title: 'The README banner on the day of the example',
    args: ['banner', '--root', example, '--date', today],
    expect: 0,
  },
]

let failed = 0
for (const step of steps) {
  process.stdout.write(
    `\n=== ${step.title}\n$ psirt ${step.args.map((a) => a.replace(root + '/', '')).join(' ')}\n`,
  )
  const r = spawnSync(process.execPath, [cli, ...step.args], {
    cwd: root,
    stdio: 'inherit',
  })
  const verdict = r.status === step.expect ? 'as expected' : 'UNEXPECTED'
  process.stdout.write(`(exit ${r.status}, ${verdict})\n`)
  if (r.status !== step.expect) failed++
}
process.exitCode = failed === 0 ? 0 : 1
