// The part of Go's text/template (and Helm's functions) that charts/platform uses - enough to render it without Helm,
// which cannot be installed here. Actions: {{ pipeline }}, if / else if / else / end, range (lists and maps, with
// `$k, $v :=` or `$v :=`), define + include, comments, `{{-` and `-}}` trimming. Pipelines: fields (.A.b, $.A, $v.a),
// literals, parentheses, `|`. Functions: include, quote, default, required, toYaml, nindent, indent, not, and, or, eq,
// ne, b64enc, printf (%s %d %v), toString, trunc, trimSuffix. Anything else is an error, so templates cannot drift
// into constructs this renderer would silently get wrong.
import YAML from 'yaml';

export class TemplateError extends Error {}

function lex(src, file) {
  const parts = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) { parts.push({ t: 'text', v: src.slice(i) }); break; }
    parts.push({ t: 'text', v: src.slice(i, open) });
    const close = src.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError(`${file}: unclosed action`);
    let inner = src.slice(open + 2, close);
    const trimLeft = inner.startsWith('- ') || inner === '-';
    const trimRight = inner.endsWith(' -');
    if (trimLeft) inner = inner.slice(1);
    if (trimRight) inner = inner.slice(0, -1);
    parts.push({ t: 'action', v: inner.trim(), trimLeft, trimRight, line: src.slice(0, open).split('\n').length });
    i = close + 2;
  }
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.t !== 'action') continue;
    if (p.trimLeft && parts[k - 1]?.t === 'text') parts[k - 1].v = parts[k - 1].v.replace(/\s+$/, '');
    if (p.trimRight && parts[k + 1]?.t === 'text') parts[k + 1].v = parts[k + 1].v.replace(/^\s+/, '');
  }
  return parts.filter((p) => p.t !== 'action' || !p.v.startsWith('/*'));
}

function tokenize(expr, where) {
  const tokens = [];
  const re = /\s*(?:("(?:[^"\\]|\\.)*")|(\d+(?:\.\d+)?)|(\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)|(\.[A-Za-z0-9_.]*)|([A-Za-z_][A-Za-z0-9_]*)|(:=|\||\(|\)|,))/y;
  let m;
  re.lastIndex = 0;
  while (re.lastIndex < expr.length) {
    const at = re.lastIndex;
    if (!(m = re.exec(expr))) {
      if (/^\s*$/.test(expr.slice(at))) break;
      throw new TemplateError(`${where}: cannot read "${expr.slice(at)}"`);
    }
    if (m[1]) tokens.push({ k: 'str', v: JSON.parse(m[1]) });
    else if (m[2]) tokens.push({ k: 'num', v: Number(m[2]) });
    else if (m[3]) tokens.push({ k: 'var', v: m[3] });
    else if (m[4]) tokens.push({ k: 'field', v: m[4] });
    else if (m[5]) tokens.push({ k: 'ident', v: m[5] });
    else tokens.push({ k: 'op', v: m[6] });
  }
  return tokens;
}

// pipeline := command ('|' command)* ; command := operand+ ; operand := literal | field | var | '(' pipeline ')'
function parsePipeline(tokens, where) {
  let pos = 0;
  const pipeline = () => {
    const commands = [command()];
    while (tokens[pos]?.v === '|' && tokens[pos].k === 'op') { pos++; commands.push(command()); }
    return { k: 'pipe', commands };
  };
  const command = () => {
    const operands = [];
    while (pos < tokens.length && !(tokens[pos].k === 'op' && ['|', ')'].includes(tokens[pos].v))) {
      const t = tokens[pos++];
      if (t.k === 'op' && t.v === '(') {
        operands.push(pipeline());
        if (tokens[pos++]?.v !== ')') throw new TemplateError(`${where}: missing )`);
      } else if (t.k === 'op') throw new TemplateError(`${where}: unexpected ${t.v}`);
      else operands.push(t);
    }
    if (operands.length === 0) throw new TemplateError(`${where}: empty command`);
    return operands;
  };
  const result = pipeline();
  if (pos !== tokens.length) throw new TemplateError(`${where}: unexpected ${tokens[pos].v}`);
  return result;
}

function parse(parts, file) {
  const root = [];
  const stack = [{ body: root }];
  const defines = {};
  const top = () => stack[stack.length - 1];
  for (const p of parts) {
    if (p.t === 'text') { if (p.v) top().body.push({ k: 'text', v: p.v }); continue; }
    const where = `${file}:${p.line}`;
    const [word] = p.v.split(/\s+/, 1);
    const rest = p.v.slice(word.length).trim();
    if (word === 'if') {
      const node = { k: 'if', branches: [{ cond: parsePipeline(tokenize(rest, where), where), body: [] }], otherwise: null, where };
      top().body.push(node);
      stack.push({ node, body: node.branches[0].body });
    } else if (word === 'else') {
      const frame = stack.pop();
      if (!frame.node || frame.node.k !== 'if') throw new TemplateError(`${where}: else outside if`);
      if (rest.startsWith('if ')) {
        const branch = { cond: parsePipeline(tokenize(rest.slice(3), where), where), body: [] };
        frame.node.branches.push(branch);
        stack.push({ node: frame.node, body: branch.body });
      } else {
        frame.node.otherwise = [];
        stack.push({ node: frame.node, body: frame.node.otherwise, closedElse: true });
      }
    } else if (word === 'range') {
      const tokens = tokenize(rest, where);
      let vars = [];
      const assign = tokens.findIndex((t) => t.v === ':=');
      if (assign >= 0) { vars = tokens.slice(0, assign).filter((t) => t.k === 'var').map((t) => t.v); tokens.splice(0, assign + 1); }
      const node = { k: 'range', vars, pipe: parsePipeline(tokens, where), body: [], where };
      top().body.push(node);
      stack.push({ node, body: node.body });
    } else if (word === 'define') {
      const node = { k: 'define', name: JSON.parse(rest), body: [] };
      defines[node.name] = node.body;
      stack.push({ node, body: node.body });
    } else if (word === 'end') {
      if (stack.length === 1) throw new TemplateError(`${where}: end without a block`);
      stack.pop();
    } else if (['with', 'template', 'block', 'break', 'continue'].includes(word)) {
      throw new TemplateError(`${where}: "${word}" is not supported by this renderer`);
    } else {
      top().body.push({ k: 'action', pipe: parsePipeline(tokenize(p.v, where), where), where });
    }
  }
  if (stack.length !== 1) throw new TemplateError(`${file}: unclosed block`);
  return { root, defines };
}

const truthy = (v) => !(v === undefined || v === null || v === false || v === 0 || v === ''
  || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0));

function show(v) {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') throw new TemplateError(`cannot print an object (${JSON.stringify(v).slice(0, 60)}): use toYaml`);
  return String(v);
}

function lookup(value, path) {
  for (const name of path.split('.').filter(Boolean)) value = value == null ? undefined : value[name];
  return value;
}

export class Renderer {
  constructor() { this.defines = {}; this.files = []; }

  add(file, text) {
    const { root, defines } = parse(lex(text, file), file);
    Object.assign(this.defines, defines);
    this.files.push({ file, root });
  }

  render(file, context) {
    const entry = this.files.find((f) => f.file === file);
    return this.#block(entry.root, context, { $: context });
  }

  #block(nodes, dot, vars) {
    let out = '';
    for (const node of nodes) {
      if (node.k === 'text') out += node.v;
      else if (node.k === 'action') out += show(this.#pipe(node.pipe, dot, vars, node.where));
      else if (node.k === 'if') {
        const branch = node.branches.find((b) => truthy(this.#pipe(b.cond, dot, vars, node.where)));
        if (branch) out += this.#block(branch.body, dot, vars);
        else if (node.otherwise) out += this.#block(node.otherwise, dot, vars);
      } else if (node.k === 'range') {
        const items = this.#pipe(node.pipe, dot, vars, node.where);
        if (!truthy(items)) continue;
        const entries = Array.isArray(items) ? items.map((v, i) => [i, v]) : Object.keys(items).sort().map((k) => [k, items[k]]);
        for (const [key, value] of entries) {
          const scope = { ...vars };
          if (node.vars.length === 2) { scope[node.vars[0]] = key; scope[node.vars[1]] = value; }
          else if (node.vars.length === 1) scope[node.vars[0]] = value;
          out += this.#block(node.body, value, scope);
        }
      }
    }
    return out;
  }

  #pipe(pipe, dot, vars, where) {
    let value;
    pipe.commands.forEach((operands, index) => {
      value = this.#command(operands, dot, vars, where, index === 0 ? [] : [value]);
    });
    return value;
  }

  #operand(t, dot, vars, where) {
    if (t.k === 'pipe') return this.#pipe(t, dot, vars, where);
    if (t.k === 'str' || t.k === 'num') return t.v;
    if (t.k === 'field') return t.v === '.' ? dot : lookup(dot, t.v);
    if (t.k === 'var') {
      const [name, ...path] = t.v.split('.');
      if (!(name in vars)) throw new TemplateError(`${where}: undefined variable ${name}`);
      return lookup(vars[name], path.join('.'));
    }
    if (t.k === 'ident' && ['true', 'false', 'nil'].includes(t.v)) return { true: true, false: false, nil: null }[t.v];
    throw new TemplateError(`${where}: unexpected ${t.v}`);
  }

  #command(operands, dot, vars, where, piped) {
    const [head, ...rest] = operands;
    if (head.k !== 'ident' || ['true', 'false', 'nil'].includes(head.v)) {
      if (rest.length || piped.length) throw new TemplateError(`${where}: a value cannot take arguments`);
      return this.#operand(head, dot, vars, where);
    }
    const fn = this.#functions(where)[head.v];
    if (!fn) throw new TemplateError(`${where}: function "${head.v}" is not supported by this renderer`);
    const args = [...rest.map((t) => this.#operand(t, dot, vars, where)), ...piped];
    return fn(...args);
  }

  #functions(where) {
    return {
      include: (name, context) => {
        if (!this.defines[name]) throw new TemplateError(`${where}: no template "${name}"`);
        return this.#block(this.defines[name], context, { $: context });
      },
      quote: (v) => JSON.stringify(show(v)),
      default: (fallback, v) => (truthy(v) ? v : fallback),
      required: (message, v) => {
        if (!truthy(v)) throw new TemplateError(message);
        return v;
      },
      toYaml: (v) => (v === undefined || v === null ? '' : YAML.stringify(v).trimEnd()),
      nindent: (n, s) => '\n' + indent(n, show(s)),
      indent: (n, s) => indent(n, show(s)),
      not: (v) => !truthy(v),
      and: (...vs) => vs.reduce((a, b) => (truthy(a) ? b : a)),
      or: (...vs) => vs.reduce((a, b) => (truthy(a) ? a : b)),
      eq: (a, b) => a === b,
      ne: (a, b) => a !== b,
      b64enc: (s) => Buffer.from(show(s)).toString('base64'),
      printf: (format, ...args) => format.replace(/%[sdv]/g, () => show(args.shift())),
      toString: (v) => show(v),
      trunc: (n, s) => show(s).slice(0, n),
      trimSuffix: (suffix, s) => (show(s).endsWith(suffix) ? show(s).slice(0, -suffix.length) : show(s)),
    };
  }
}

function indent(n, s) {
  const pad = ' '.repeat(n);
  return s.split('\n').map((line) => pad + line).join('\n');
}
