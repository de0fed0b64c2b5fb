import ts from 'typescript';
import type { Plugin } from 'rollup';

/**
 * Whitespace that is never significant: runs collapse to one space; in CSS,
 * comments go and no space is kept around braces, semicolons, commas, child
 * combinators or after a colon (before one it may be a descendant combinator).
 */
const compact = (text: string, tag: string) =>
  tag === 'css'
    ? text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/;}/g, '}')
    : text.replace(/\s+/g, ' ');

/**
 * Compacts the static text of Lit `css` and `html` tagged templates in our
 * sources, which terser leaves as written. Found through the TypeScript AST,
 * so expressions inside `${}` and other strings are never touched.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: [number, number, string][] = [];
      const visit = (node: ts.Node) => {
        if (
          ts.isTaggedTemplateExpression(node) &&
          ts.isIdentifier(node.tag) &&
          (node.tag.text === 'css' || node.tag.text === 'html')
        ) {
          const tag = node.tag.text;
          const { template } = node;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            // Raw text between the delimiters: ` or } before, ` or ${ after.
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
            edits.push([start, end, compact(code.slice(start, end), tag)]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
