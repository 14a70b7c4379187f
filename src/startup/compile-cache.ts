import module from 'node:module';

// Imported first by the CLI entry. Node 22.1+ keeps V8's compiled code of the bundle's chunks on disk (in Node's
// default folder under the OS temp dir), so later runs skip compiling them; older Node has no such function.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for any Node program.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
