// Each subcommand module registers itself when imported.
