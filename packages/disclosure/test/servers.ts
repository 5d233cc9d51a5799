/**
 * Loopback stand-ins for the services advisory-publish talks to, each
 * keeping real state and checking what it is sent:
 *
 * - GitHub: the suite's API test server (tests/harness/api-server.ts, which
 *   validates against GitHub's OpenAPI) with handlers keeping a release and
 *   repository advisories;
 * - CVE Services: requests checked against the CVE JSON 5.1.1 container
 *   schema, the record it keeps against the whole-record schema;
 * - Discourse: requests and responses checked against the endpoint extract;
 * - SMTP: a real SMTP server (smtp-server) collecting messages.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import {
  sample,
  startApiServer,
  type ApiServer,
} from '../../../tests/harness/api-server.js'
import { schemaCheck } from './schemas.js'
import { schemas } from './fixtures.js'

const addFormats = ((addFormatsModule as unknown as { default?: unknown })
  .default ?? addFormatsModule) as (ajv: Ajv) => unknown

// ---------------------------------------------------------------------------
// GitHub

export interface GitHubRelease {
  id: number
  tag_name: string
  body: string
  draft: boolean
  prerelease: boolean
  /** ISO 8601; null (the default) as in the sample */
  published_at?: string | null
}

export interface GitHubAdvisory {
  ghsa_id: string
  cve_id: string | null
  summary: string
  description: string
  state: 'draft' | 'published' | 'triage' | 'closed' | 'withdrawn'
  cvss_vector_string?: string
  severity?: string
  /** set when the advisory is published, as GitHub does */
  published_at?: string | null
}

export interface FakeGitHub {
  api: ApiServer
  release?: GitHubRelease
  advisories: GitHubAdvisory[]
  /** how many advisories were created, for duplicate checks */
  created: number
  close(): Promise<void>
}

const R = '/repos/{owner}/{repo}'

/** The API test server with a repository that has a release and advisories. */
export async function fakeGitHub(
  release?: Partial<GitHubRelease>,
): Promise<FakeGitHub> {
  const api = await startApiServer()
  const gh: FakeGitHub = {
    api,
    release: release
      ? {
          id: 7001,
          tag_name: 'v1.4.2',
          body: '## Changes\n\n- Faster uploads\n',
          draft: false,
          prerelease: false,
          ...release,
        }
      : undefined,
    advisories: [],
    created: 0,
    close: () => api.close(),
  }
  const releaseBody = (r: GitHubRelease) => ({
    ...sample(`GET ${R}/releases/tags/{tag}`),
    ...r,
    html_url: `https://github.com/acme/widget/releases/tag/${r.tag_name}`,
  })
  const advisoryBody = (a: GitHubAdvisory) => {
    const s = sample(`GET ${R}/security-advisories/{ghsa_id}`)
    return {
      ...s,
      ghsa_id: a.ghsa_id,
      cve_id: a.cve_id,
      summary: a.summary,
      description: a.description,
      state: a.state,
      published_at: a.published_at ?? null,
      html_url: `https://github.com/acme/widget/security/advisories/${a.ghsa_id}`,
      url: `https://api.github.com/repos/acme/widget/security-advisories/${a.ghsa_id}`,
    }
  }
  api.on('GET', `${R}/releases/tags/{tag}`, (req) => {
    const r = gh.release
    if (!r || r.draft || r.tag_name !== req.params.tag) {
      return {
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com',
        },
      }
    }
    return { body: releaseBody(r) }
  })
  api.on('PATCH', `${R}/releases/{release_id}`, (req) => {
    const r = gh.release
    if (!r || String(r.id) !== req.params.release_id) {
      return {
        status: 404,
        body: {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com',
        },
      }
    }
    const b = req.body as { body?: string }
    if (typeof b.body === 'string') r.body = b.body
    return { body: releaseBody(r) }
  })
  api.on('GET', `${R}/security-advisories`, () => ({
    body: gh.advisories.map(advisoryBody),
  }))
  const findAdvisory = (id: string) =>
    gh.advisories.find((a) => a.ghsa_id === id)
  const notFound = {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com',
    },
  }
  api.on('GET', `${R}/security-advisories/{ghsa_id}`, (req) => {
    const a = findAdvisory(req.params.ghsa_id)
    return a ? { body: advisoryBody(a) } : notFound
  })
  api.on('POST', `${R}/security-advisories`, (req) => {
    const b = req.body as Partial<GitHubAdvisory>
    gh.created += 1
    const a: GitHubAdvisory = {
      ghsa_id: `GHSA-test-${String(gh.created).padStart(4, '0')}-xxxx`,
      cve_id: b.cve_id ?? null,
      summary: String(b.summary),
      description: String(b.description),
      state: 'draft',
      cvss_vector_string: b.cvss_vector_string,
      severity: b.severity,
    }
    gh.advisories.push(a)
    return { status: 201, body: advisoryBody(a) }
  })
  api.on('PATCH', `${R}/security-advisories/{ghsa_id}`, (req) => {
    const a = findAdvisory(req.params.ghsa_id)
    if (!a) return notFound
    const b = req.body as Partial<GitHubAdvisory>
    for (const k of ['summary', 'description', 'cve_id', 'state'] as const) {
      if (b[k] !== undefined)
        (a as unknown as Record<string, unknown>)[k] = b[k]
    }
    if (a.state === 'published' && !a.published_at) {
      a.published_at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    }
    return { body: advisoryBody(a) }
  })
  api.on('POST', `${R}/security-advisories/{ghsa_id}/cve`, () => ({
    status: 202,
    body: {},
  }))
  return gh
}

// ---------------------------------------------------------------------------
// Plain loopback servers

interface Loopback {
  url: string
  server: Server
  /** requests that broke the contract; a test asserts it stays empty */
  violations: string[]
  requests: {
    method: string
    path: string
    body: unknown
    headers: IncomingMessage['headers']
  }[]
  close(): Promise<void>
}

async function listen(
  handle: (
    req: IncomingMessage,
    body: unknown,
    res: ServerResponse,
    lb: Loopback,
  ) => void | Promise<void>,
): Promise<Loopback> {
  const lb: Loopback = {
    url: '',
    server: undefined as unknown as Server,
    violations: [],
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        lb.server.closeAllConnections?.()
        lb.server.close(() => resolve())
      }),
  }
  lb.server = createServer((req, res) => {
    let raw = ''
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')))
    req.on('end', () => {
      let body: unknown
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        lb.violations.push(`${req.method} ${req.url}: body is not JSON`)
      }
      lb.requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        body,
        headers: req.headers,
      })
      Promise.resolve(handle(req, body, res, lb)).catch((e: unknown) => {
        lb.violations.push(`handler threw: ${String(e)}`)
        res.writeHead(500).end()
      })
    })
  })
  await new Promise<void>((r) => lb.server.listen(0, '127.0.0.1', r))
  lb.url = `http://127.0.0.1:${(lb.server.address() as AddressInfo).port}`
  return lb
}

function send(res: ServerResponse, status: number, body?: unknown) {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json' }).end(text)
}

function compile(schema: unknown): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const s = JSON.parse(JSON.stringify(schema)) as { $schema?: string }
  delete s.$schema
  return ajv.compile(s)
}

function problems(v: ValidateFunction, doc: unknown): string[] {
  return v(doc)
    ? []
    : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
}

// ---------------------------------------------------------------------------
// CVE Services

export interface FakeCveServices extends Loopback {
  /** records by CVE id, as CVE Services would return them */
  records: Map<string, { [k: string]: unknown }>
  /** answer the next write with this status */
  failNextWrite?: number
  /** called as each write arrives, before it is stored */
  onWrite?: (id: string) => void
}

const CVE_HEADERS = ['cve-api-org', 'cve-api-user', 'cve-api-key']

/** CVE Services on loopback, for account `acme`/`bot`/`secret`. */
export async function fakeCveServices(orgId: string): Promise<FakeCveServices> {
  const container = schemaCheck('cve/CVE_JSON_cnaPublishedContainer_5.1.1.json')
  const whole = schemaCheck('cve/CVE_JSON_bundled_5.1.1.json')
  const endpoints = JSON.parse(
    readFileSync(
      path.join(schemas, 'cve-services/cve-services-endpoints.json'),
      'utf8',
    ),
  ) as { paths: { [k: string]: unknown } }
  const records = new Map<string, { [k: string]: unknown }>()
  let serial = 0
  const lb = (await listen((req, body, res, self) => {
    const fake = self as FakeCveServices
    const url = new URL(req.url ?? '/', 'http://x')
    const m = /^\/api\/cve\/(CVE-\d{4}-\d+)(\/cna)?$/.exec(url.pathname)
    const route = m ? `${req.method} /cve/{id}${m[2] ? '/cna' : ''}` : ''
    if (!m || !endpoints.paths[route]) {
      self.violations.push(
        `${req.method} ${url.pathname} is not a CVE Services endpoint`,
      )
      return send(res, 404, { error: 'NOT_FOUND', message: 'no such endpoint' })
    }
    for (const h of CVE_HEADERS) {
      if (!req.headers[h]) self.violations.push(`${route} without header ${h}`)
    }
    if (req.headers['cve-api-key'] !== 'secret') {
      return send(res, 401, { error: 'UNAUTHORIZED', message: 'bad key' })
    }
    const id = m[1]
    if (route === 'GET /cve/{id}') {
      const rec = records.get(id)
      return rec
        ? send(res, 200, rec)
        : send(res, 404, {
            error: 'CVE_RECORD_DNE',
            message: 'The cve record for the cve id does not exist.',
          })
    }
    const envelope = body as { cnaContainer?: unknown }
    const keys = Object.keys(envelope ?? {})
    if (keys.length !== 1 || keys[0] !== 'cnaContainer') {
      self.violations.push(
        `${route}: body must be {cnaContainer}, got keys ${keys.join(',')}`,
      )
    }
    for (const p of container(envelope?.cnaContainer)) {
      self.violations.push(`${route} cnaContainer${p}`)
    }
    fake.onWrite?.(id)
    if (fake.failNextWrite) {
      const status = fake.failNextWrite
      fake.failNextWrite = undefined
      return send(res, status, { error: 'SERVER_ERROR', message: 'try again' })
    }
    const exists = records.has(id)
    if (req.method === 'POST' && exists) {
      return send(res, 400, { error: 'CVE_RECORD_EXISTS', message: 'exists' })
    }
    if (req.method === 'PUT' && !exists) {
      return send(res, 404, {
        error: 'CVE_RECORD_DNE',
        message: 'does not exist',
      })
    }
    serial += 1
    const cna = {
      ...(envelope.cnaContainer as object),
      providerMetadata: {
        orgId,
        shortName: 'acme',
        dateUpdated: '2026-12-03T10:00:00.000Z',
      },
    }
    const record = {
      dataType: 'CVE_RECORD',
      dataVersion: '5.1',
      cveMetadata: {
        cveId: id,
        assignerOrgId: orgId,
        assignerShortName: 'acme',
        state: 'PUBLISHED',
        serial,
        datePublished: '2026-12-03T10:00:00.000Z',
      },
      containers: { cna },
    }
    for (const p of whole(record)) self.violations.push(`stored record${p}`)
    records.set(id, record)
    return send(res, 200, {
      message: `${id} record was successfully ${exists ? 'updated' : 'created'}.`,
      [exists ? 'updated' : 'created']: record,
    })
  })) as FakeCveServices
  lb.records = records
  lb.url = `${lb.url}/api`
  return lb
}

// ---------------------------------------------------------------------------
// Discourse

export interface FakeDiscourse extends Loopback {
  topics: {
    id: number
    external_id: string
    title: string
    raw: string
    category: number
    pinned: boolean
  }[]
  failNextPost?: number
}

type Schema = { [k: string]: unknown }

/** A value valid for a schema of the Discourse extract (nullable types too). */
function minimal(s: Schema | undefined): unknown {
  if (!s) return null
  const type = s.type
  if (Array.isArray(type))
    return type.includes('null') ? null : minimal({ ...s, type: type[0] })
  if (Array.isArray(s.enum)) return s.enum[0]
  switch (type ?? (s.properties ? 'object' : undefined)) {
    case 'object': {
      const out: { [k: string]: unknown } = {}
      const props = (s.properties ?? {}) as { [k: string]: Schema }
      for (const k of (s.required as string[] | undefined) ?? [])
        out[k] = minimal(props[k])
      return out
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 1
    case 'boolean':
      return false
    case 'string':
      return 'x'
    default:
      return null
  }
}

/** Discourse on loopback, for API key `dkey`. */
export async function fakeDiscourse(): Promise<FakeDiscourse> {
  const extract = JSON.parse(
    readFileSync(
      path.join(schemas, 'discourse/discourse-endpoints.json'),
      'utf8',
    ),
  ) as { paths: { [k: string]: Schema } }
  const json = (route: string, part: 'request' | number): Schema => {
    const op = extract.paths[route]
    const holder =
      part === 'request'
        ? (op.requestBody as Schema)
        : ((op.responses as Schema)[String(part)] as Schema)
    return ((holder.content as Schema)['application/json'] as Schema)
      .schema as Schema
  }
  const postRequest = compile(json('POST /posts.json', 'request'))
  const postResponse = compile(json('POST /posts.json', 200))
  const statusRequest = compile(json('PUT /t/{id}/status.json', 'request'))
  const topicResponse = compile(json('GET /t/{id}.json', 200))
  const topics: FakeDiscourse['topics'] = []

  const lb = (await listen((req, body, res, self) => {
    const fake = self as FakeDiscourse
    const url = new URL(req.url ?? '/', 'http://x')
    if (req.headers['api-key'] !== 'dkey' || !req.headers['api-username']) {
      return send(res, 403, {
        errors: ['You are not permitted to view the requested resource.'],
      })
    }
    let m = /^\/t\/external_id\/([^/]+)\.json$/.exec(url.pathname)
    if (req.method === 'GET' && m) {
      const t = topics.find((x) => x.external_id === decodeURIComponent(m![1]))
      if (!t) return send(res, 404, { errors: ['not found'] })
      res.writeHead(301, { location: `/t/${t.id}.json` }).end()
      return
    }
    m = /^\/t\/(\d+)\.json$/.exec(url.pathname)
    if (req.method === 'GET' && m) {
      const t = topics.find((x) => x.id === Number(m![1]))
      if (!t) return send(res, 404, { errors: ['not found'] })
      const reply = {
        ...(minimal(json('GET /t/{id}.json', 200)) as object),
        id: t.id,
        title: t.title,
        slug: 'security-topic',
        category_id: t.category,
        pinned: t.pinned,
      }
      for (const p of problems(topicResponse, reply))
        self.violations.push(`topic response${p}`)
      return send(res, 200, reply)
    }
    if (req.method === 'POST' && url.pathname === '/posts.json') {
      for (const p of problems(postRequest, body))
        self.violations.push(`POST /posts.json${p}`)
      if (fake.failNextPost) {
        const status = fake.failNextPost
        fake.failNextPost = undefined
        return send(res, status, { errors: ['server error'] })
      }
      const b = body as {
        title: string
        raw: string
        category: number
        external_id: string
      }
      if (topics.some((t) => t.external_id === b.external_id)) {
        return send(res, 422, {
          errors: ['External ID has already been taken'],
        })
      }
      const t = {
        id: 500 + topics.length,
        external_id: b.external_id,
        title: b.title,
        raw: b.raw,
        category: b.category,
        pinned: false,
      }
      topics.push(t)
      const reply = {
        ...(minimal(json('POST /posts.json', 200)) as object),
        id: 9000 + t.id,
        topic_id: t.id,
        topic_slug: 'security-topic',
      }
      for (const p of problems(postResponse, reply))
        self.violations.push(`post response${p}`)
      return send(res, 200, reply)
    }
    m = /^\/t\/(\d+)\/status\.json$/.exec(url.pathname)
    if (req.method === 'PUT' && m) {
      for (const p of problems(statusRequest, body))
        self.violations.push(`PUT status${p}`)
      const b = body as { status: string; enabled: string; until?: string }
      if (b.status === 'pinned' && !b.until)
        self.violations.push('pinning without until')
      const t = topics.find((x) => x.id === Number(m![1]))
      if (!t) return send(res, 404, { errors: ['not found'] })
      if (b.status === 'pinned') t.pinned = b.enabled === 'true'
      return send(res, 200, { success: 'OK', topic_status_update: null })
    }
    self.violations.push(
      `${req.method} ${url.pathname} is not in the Discourse extract`,
    )
    return send(res, 404, { errors: ['not found'] })
  })) as FakeDiscourse
  lb.topics = topics
  return lb
}

// ---------------------------------------------------------------------------
// SMTP

export interface Mail {
  from: string
  to: string[]
  raw: string
}

export interface FakeSmtp {
  url: string
  mails: Mail[]
  close(): Promise<void>
}

/** A real SMTP server on loopback that accepts user `mailer`/`pw`. */
export async function fakeSmtp(): Promise<FakeSmtp> {
  const mails: Mail[] = []
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'mailer' && auth.password === 'pw') {
        cb(null, { user: 'mailer' })
      } else cb(new Error('Invalid username or password'))
    },
    onData(stream, session, cb) {
      let raw = ''
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')))
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom
            ? session.envelope.mailFrom.address
            : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        })
        cb()
      })
    },
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://mailer:pw@127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}
