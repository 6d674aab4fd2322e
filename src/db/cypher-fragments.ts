/**
 * Reviewed Cypher fragments (cypher/fragments/), so a rule several statements share is written
 * once. A statement names one with `@include(name)`, which stands for the text of
 * cypher/fragments/<name>.cypher (its comment lines stripped) and is replaced when the statement
 * is loaded. `@` is not Cypher, so a marker that was not replaced cannot run as something else.
 * The splice is static text from our own files: no value, no request text ever reaches it
 * (values stay $parameters). A fragment may include fragments; an unknown name, a marker that is
 * not `@include(name)` and an include cycle fail at load, naming the file.
 */

/** `@include(name)`; the name is a path under cypher/fragments/ without the extension. */
const INCLUDE = /@include\(([^()]*)\)/g;
const FRAGMENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The folder of cypher/ that holds fragments (not statements). */
export const FRAGMENTS_FOLDER = 'fragments';

/**
 * `text` (of cypher/<file>.cypher, comments already stripped) with every `@include(name)`
 * replaced by its fragment, recursively. `readFragment` gives a fragment's stripped text by its
 * path under cypher/ ("fragments/name"), or undefined when there is no such file. A fragment's
 * lines after its first are indented as the marker's line, so the expanded statement reads well
 * in logs and PROFILE output.
 */
export function expandIncludes(file: string, text: string, readFragment: (path: string) => string | undefined, chain: string[] = [file]): string {
  const markers = text.split('@include').length - 1;
  const wellFormed = [...text.matchAll(INCLUDE)].length;
  if (markers !== wellFormed) throw new Error(`cypher/${file}.cypher: an @include that is not @include(name)`);
  return text.replace(INCLUDE, (_marker, name: string, offset: number) => {
    if (!FRAGMENT_NAME.test(name)) throw new Error(`cypher/${file}.cypher: @include(${name}): not a fragment name (lower case, digits, - and /)`);
    const fragment = `${FRAGMENTS_FOLDER}/${name}`;
    if (chain.includes(fragment)) {
      throw new Error(`cypher/${file}.cypher: @include(${name}) makes an include cycle: ${[...chain, fragment].map((f) => `cypher/${f}.cypher`).join(' → ')}`);
    }
    const body = readFragment(fragment);
    if (body === undefined) throw new Error(`cypher/${file}.cypher: @include(${name}): no fragment cypher/${fragment}.cypher`);
    const expanded = expandIncludes(fragment, body, readFragment, [...chain, fragment]);
    const indent = /[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset) + 1))![0];
    return expanded.split('\n').join(`\n${indent}`);
  });
}
