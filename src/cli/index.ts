#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ can keep compiled code between runs; most of a one-file run is compiling the bundle. It must be
// switched on before the rest loads, hence the dynamic import. On older Node this is a no-op.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
void import('./main.js');
