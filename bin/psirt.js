#!/usr/bin/env node
// The psirt command: the same engine the actions run, from the committed bundle.
import '../dist/cli/index.js'
