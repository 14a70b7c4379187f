/** A path into a connection's plain value: mapping keys and list indexes, as strings. */
export type Path = readonly string[];

/** JSON Pointer (RFC 6901) of a path, the key findings and schema errors are matched on. */
export function pointer(path: Path): string {
  return path.map((key) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function parsePointer(text: string): string[] {
  return text === ''
    ? []
    : text
        .slice(1)
        .split('/')
        .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}
