/*
 * A small SQL formatter and highlighter for the askdb page: clause keywords start new lines,
 * long select lists get one item per line, and tokens get classes for colour. It only changes
 * white space between tokens (never inside strings or quoted names), and a line comment always
 * keeps its line break, so the formatted SQL means what the original did.
 */
(function (global) {
  'use strict';

  const KEYWORDS = new Set((
    'select from where group by order having limit offset fetch first next rows only top distinct as on ' +
    'join inner left right full outer cross natural using and or not in is null like ilike between exists ' +
    'case when then else end union all intersect except with recursive asc desc nulls over partition ' +
    'window filter cast interval true false any some values lateral escape collate'
  ).split(' '));
  const CLAUSE_STARTS = new Set(['select', 'from', 'where', 'having', 'limit', 'offset', 'fetch', 'union',
    'intersect', 'except', 'window', 'with']);
  const TWO_WORD_CLAUSES = new Set(['group', 'order']);
  const JOIN_PREFIXES = new Set(['inner', 'left', 'right', 'full', 'cross', 'natural']);

  const TOKEN = /\s+|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^']|'')*(?:'|$)|"(?:[^"]|"")*(?:"|$)|\[[^\]]*(?:\]|$)|`[^`]*(?:`|$)|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*|<=|>=|<>|!=|\|\||::|[\s\S]/g;

  function tokenize(sql) {
    const tokens = [];
    for (const match of sql.matchAll(TOKEN)) {
      const text = match[0];
      let type = 'op';
      if (/^\s/.test(text)) type = 'ws';
      else if (text.startsWith('--') || text.startsWith('/*')) type = 'comment';
      else if (text.startsWith("'")) type = 'string';
      else if (/^["`[]/.test(text)) type = 'quoted';
      else if (/^\d/.test(text)) type = 'number';
      else if (/^[A-Za-z_\u00C0-\uFFFF]/.test(text)) type = KEYWORDS.has(text.toLowerCase()) ? 'keyword' : 'word';
      else if ('(),;.'.includes(text)) type = 'punct';
      tokens.push({ type, text });
    }
    return tokens;
  }

  /** Counts the top-level items of the select list starting after token index i. */
  function selectItems(tokens, i) {
    let depth = 0;
    let items = 1;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.text === '(') depth++;
      else if (t.text === ')') { if (depth === 0) break; depth--; }
      else if (depth === 0 && t.text === ',') items++;
      else if (depth === 0 && t.type === 'keyword' && t.text.toLowerCase() === 'from') break;
    }
    return items;
  }

  function format(sql) {
    const tokens = tokenize(sql.trim()).filter((t) => t.type !== 'ws');
    const out = [];
    let depth = 0;
    let atLineStart = true;
    let pendingListBreak = false; // break before the first select item (after DISTINCT / TOP n)
    let afterBetween = false;
    const listBreaks = [];        // per depth: whether commas break lines in the current select list
    const clause = [];            // per depth: the current clause keyword
    const newline = (d) => {
      if (atLineStart && out.length) out.pop();
      out.push('\n' + '  '.repeat(d));
      atLineStart = true;
    };

    tokens.forEach((t, i) => {
      const lower = t.text.toLowerCase();
      const prevToken = i > 0 ? tokens[i - 1] : null;
      const prevLower = prevToken ? prevToken.text.toLowerCase() : '';
      const isKeyword = t.type === 'keyword';
      const startsClause = isKeyword && (CLAUSE_STARTS.has(lower) || TWO_WORD_CLAUSES.has(lower)
        || JOIN_PREFIXES.has(lower) || (lower === 'join' && !JOIN_PREFIXES.has(prevLower) && prevLower !== 'outer'))
;
      const breaksCondition = isKeyword && (lower === 'and' || lower === 'or')
        && ['where', 'having', 'on'].includes(clause[depth]) && !(lower === 'and' && afterBetween);

      if (pendingListBreak && !(isKeyword && lower === 'distinct') && !(prevLower === 'top' && t.type === 'number')
          && !(isKeyword && lower === 'top')) {
        pendingListBreak = false;
        newline(depth + 1);
      }
      if (out.length && startsClause && !(lower === 'select' && prevToken && prevToken.text === '(')) {
        newline(depth);
      } else if (breaksCondition) {
        newline(depth + 1);
      } else if (!atLineStart && needsSpace(prevToken, t)) {
        out.push(' ');
      }
      out.push(isKeyword ? t.text.toUpperCase() : t.text);
      atLineStart = false;
      if (t.type === 'comment' && t.text.startsWith('--')) newline(depth);

      if (isKeyword) {
        if (lower === 'between') afterBetween = true;
        else if (lower === 'and') afterBetween = false;
        if (startsClause || lower === 'on') clause[depth] = lower;
        if (lower === 'select') {
          listBreaks[depth] = selectItems(tokens, i) > 3;
          pendingListBreak = listBreaks[depth];
        }
        if (['from', 'where', 'group', 'order', 'having'].includes(lower)) listBreaks[depth] = false;
      }
      if (t.text === '(') {
        depth++;
        clause[depth] = null;
        listBreaks[depth] = false;
      } else if (t.text === ')') {
        depth = Math.max(0, depth - 1);
      } else if (t.text === ',' && listBreaks[depth]) {
        newline(depth + 1);
      }
    });
    return out.join('').replace(/[ \t]+\n/g, '\n').trim();
  }

  function needsSpace(prev, t) {
    if (!prev) return false;
    if (t.text === ',' || t.text === ')' || t.text === '.' || t.text === ';') return false;
    if (prev.text === '(' || prev.text === '.') return false;
    if (t.text === '(' && (prev.type === 'word' || prev.type === 'quoted')) return false;
    return true;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  /** HTML with spans: k keyword, f function, s string, n number, c comment, i quoted name. */
  function highlight(sql) {
    const tokens = tokenize(sql);
    return tokens.map((t, i) => {
      const text = escapeHtml(t.text);
      switch (t.type) {
        case 'keyword': return '<span class="k">' + text + '</span>';
        case 'string': return '<span class="s">' + text + '</span>';
        case 'number': return '<span class="n">' + text + '</span>';
        case 'comment': return '<span class="c">' + text + '</span>';
        case 'quoted': return '<span class="i">' + text + '</span>';
        case 'word': {
          const next = tokens.slice(i + 1).find((x) => x.type !== 'ws');
          return next && next.text === '(' ? '<span class="f">' + text + '</span>' : text;
        }
        default: return text;
      }
    }).join('');
  }

  global.AskdbSql = { tokenize, format, highlight, escapeHtml };
})(window);
