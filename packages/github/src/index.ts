/** The GitHub REST client of psirt-actions; see client.ts for the retry policy. */
export {
  createClient,
  requestStats,
  type ClientOptions,
  type GitHubClient,
  type RequestStats,
} from './client.js'
export { paginate, type PaginateOptions } from './paginate.js'
export {
  GitHubAccessError,
  forbiddenMessage,
  scopeOf,
  unauthorizedMessage,
} from './permissions.js'
