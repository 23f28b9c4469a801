#!/usr/bin/env node
// Validate every ```mermaid fenced block in Markdown files with mermaid.parse (Mermaid 11) under jsdom.
// Usage: node check-mermaid.mjs <file.md|dir>...   Exit: 0 all valid, 1 some invalid, 2 usage/IO error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

// Mermaid (via DOMPurify) looks for a DOM when it is first imported, so set up globals before importing it.
// Parsers also use bare browser globals (e.g. `new Option()` for sequence `box` colours), so expose every
// window property that Node lacks.
const { window } = new JSDOM('<!doctype html><html><body></body></html>',
  { url: 'http://localhost/', pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
for (const k of Object.getOwnPropertyNames(window)) {
  if (!(k in globalThis)) try { globalThis[k] = window[k]; } catch { /* some getters throw; skip them */ }
}
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

function collect(p, out) {
  if (statSync(p).isDirectory()) {
    for (const e of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (e.isDirectory() || (e.isFile() && e.name.endsWith('.md'))) collect(join(p, e.name), out);
    }
  } else out.push(p); // explicitly named files are checked whatever their extension
}

// CommonMark-style fences (``` or ~~~, 3+ long). Any indentation is accepted so fences inside list items
// are found; that many leading spaces are stripped from the content. Blocks with another info string are
// skipped as a whole, so a ```mermaid example inside a ````markdown block is not checked. An unclosed
// fence runs to the end of the file, as in CommonMark. Blockquoted (>) fences are not handled.
function extractBlocks(text) {
  const lines = text.split(/\r?\n/), blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open || (open[2][0] === '`' && open[3].includes('`'))) continue;
    const [, indent, fence, info] = open, body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ *(`{3,}|~{3,}) *$/.exec(lines[j]);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    if (info.trim() === 'mermaid') blocks.push({ line: i + 1, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

const args = process.argv.slice(2);
if (!args.length) { console.error('usage: check-mermaid.mjs <file.md|dir>...'); process.exit(2); }
const files = [];
try { for (const a of args) collect(a, files); } catch (e) { console.error(String(e.message)); process.exit(2); }

let nBlocks = 0, nFiles = 0, nBad = 0;
for (const file of files) {
  let text;
  try { text = readFileSync(file, 'utf8'); } catch (e) { console.error(String(e.message)); process.exit(2); }
  const blocks = extractBlocks(text);
  if (blocks.length) nFiles++;
  for (const b of blocks) {
    nBlocks++;
    try {
      await mermaid.parse(b.text);
    } catch (e) {
      nBad++;
      // Report the opening fence line: the parser's own "line N" counts lines after Mermaid has removed
      // front matter, %%{directives}%%, %% comment lines and leading blank lines, so it can't be mapped back.
      const msg = String(e?.message ?? e).trim().split('\n');
      let first = msg[0];
      // Jison errors are "Parse|Lexical error on line N:", an excerpt, a caret line, maybe "Expecting ..., got X".
      if (/^(Parse|Lexical) error on line/.test(first) && msg.length >= 3) {
        first += ` near "${msg[1]}"`;
        const x = /^Expecting (.*), got (.*)$/.exec(msg[3] ?? '');
        const exp = x ? x[1].split(', ') : [];
        if (x) first += `: expecting ${exp.slice(0, 5).join(', ')}${exp.length > 5 ? `, ... (${exp.length} in all)` : ''}, got ${x[2]}`;
      }
      console.log(`${file}:${b.line}: ${first.length > 300 ? first.slice(0, 297) + '...' : first}`);
    }
  }
}
console.log(`checked ${nBlocks} mermaid block(s) in ${nFiles} file(s) (${files.length} scanned): ${nBad} invalid`);
process.exitCode = nBad ? 1 : 0; // not process.exit(): let stdout drain when piped
