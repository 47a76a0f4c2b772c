/**
 * `pnpm tsx scripts/code-sizes.ts [dir] [--functions N] [--files N] [--all]`: the source files over
 * N lines (default 400) and the functions over N lines (default 80) below dir (default
 * packages/ingest/src), largest first, so a clean-up can see what is left to split.
 *
 * Functions are read with the TypeScript compiler API: declarations, methods, and arrow or
 * function expressions (named by the variable or property they are assigned to). A function
 * nested inside a larger one is listed on its own as well, since it is a place to split.
 * `--all` lists every file and function, not only those over the limits.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Options {
  dir: string;
  maxFunctionLines: number;
  maxFileLines: number;
  all: boolean;
}

function readOptions(argv: string[]): Options {
  const opts: Options = { dir: join(root, 'packages/ingest/src'), maxFunctionLines: 80, maxFileLines: 400, all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--functions') opts.maxFunctionLines = Number(argv[++i]);
    else if (a === '--files') opts.maxFileLines = Number(argv[++i]);
    else if (a === '--all') opts.all = true;
    else opts.dir = join(process.cwd(), a);
  }
  return opts;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    // Installed packages (and the workspace links among them) are not ours to size.
    if (name === 'node_modules' || name === 'dist') continue;
    if (lstatSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

interface Measured {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** The name a reader would search for: the declaration's own, or the variable or property holding it. */
function functionName(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name) || ts.isPrivateIdentifier(named.name))) return named.name.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(sf);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

function measureFunctions(file: string, text: string): Measured[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Measured[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ file, name: functionName(node, sf), line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function main(): void {
  const opts = readOptions(process.argv.slice(2));
  const files: { file: string; lines: number }[] = [];
  const functions: Measured[] = [];
  for (const path of sourceFiles(opts.dir)) {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path);
    files.push({ file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
    functions.push(...measureFunctions(file, text));
  }
  const bigFiles = files.filter((f) => opts.all || f.lines > opts.maxFileLines).sort((a, b) => b.lines - a.lines);
  const bigFunctions = functions.filter((f) => opts.all || f.lines > opts.maxFunctionLines).sort((a, b) => b.lines - a.lines);
  const limit = (n: number) => (opts.all ? '' : ` over ${n} lines`);
  console.log(`files${limit(opts.maxFileLines)}: ${bigFiles.length} of ${files.length}`);
  for (const f of bigFiles) console.log(`${String(f.lines).padStart(6)}  ${f.file}`);
  console.log(`\nfunctions${limit(opts.maxFunctionLines)}: ${bigFunctions.length} of ${functions.length}`);
  for (const f of bigFunctions) console.log(`${String(f.lines).padStart(6)}  ${f.file}:${f.line}  ${f.name}`);
}

main();
