// Each subcommand module registers itself when imported.
import '../../records/src/cli.js'
import '../../embargo/src/cli.js'
import '../../banner/src/cli.js'
import '../../cvss/src/cli.js'
import '../../triage/src/cli.js'
import '../../findings/src/cli.js'
import '../../disclosure/src/cli.js'
