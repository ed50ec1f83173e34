#!/usr/bin/env python3
"""sfm::Error messages that follow a live language switch (issue #5): an Error's message is made by a translator,
a lambda re-running the tr(...).arg(...) that made it, instead of being translated once.

  retranslate-errors.py check [FILE...]     list messages still made once; exit 1 if any (default: core, ui)
  retranslate-errors.py apply FILE...       turn them into translators in place, then run clang-format
  retranslate-errors.py merge FILE A B      join adjacent string literals of the tr() calls on lines A..B,
                                            for a hand edit clang-format should reflow

`apply` converts a message that is exactly one tr()/X::tr()/QCoreApplication::translate() call with an
optional .arg() chain, standing as the message of Error(...), ossl::error(...) or a `return {code, message,
...}`. It captures the local names the message uses, by value; an m_x member becomes `x = m_x`. It says which
captures to review: a name used as `name.member` may copy more than the message shows (a file, a key, a whole
configuration): capture the shown value instead, and call retranslated() on a wrapped Error. Ternaries,
concatenations (write `-> QString`) and messages built elsewhere are left for a hand edit; `check` lists
only what `apply` would convert."""
import re
import sys

KEYWORDS = {'nullptr', 'true', 'false', 'this', 'int', 'qint64', 'qsizetype', 'long', 'double', 'char',
            'const', 'auto', 'static_cast', 'sizeof', 'return', 'u', 'u8', 'L'}
CALLEES = {'Error': 1, 'sfm::Error': 1, 'ossl::error': 1}


def code_mask(s):
    """True for each character that is code (not in a string, char literal or comment)."""
    mask = [True] * len(s)
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if s.startswith('//', i):
            j = s.find('\n', i)
            j = n if j < 0 else j
            for k in range(i, j):
                mask[k] = False
            i = j
        elif s.startswith('/*', i):
            j = s.find('*/', i + 2) + 2
            for k in range(i, j):
                mask[k] = False
            i = j
        elif c == '"' or (c == "'" and not (i > 0 and s[i - 1].isdigit())):
            j = i + 1
            while s[j] != c:
                j += 2 if s[j] == '\\' else 1
            for k in range(i + 1, j):
                mask[k] = False
            i = j + 1
        else:
            i += 1
    return mask


def match(s, mask, i):
    """s[i] is an opening bracket; returns the index after its partner."""
    depth = 0
    while True:
        if mask[i]:
            if s[i] in '([{':
                depth += 1
            elif s[i] in ')]}':
                depth -= 1
                if depth == 0:
                    return i + 1
        i += 1


def skip_ws(s, i):
    while i < len(s) and s[i].isspace():
        i += 1
    return i


def back_ws(s, i):
    while i >= 0 and s[i].isspace():
        i -= 1
    return i


TR = re.compile(r'(?<![\w:.>])((?:[A-Za-z_]\w*::)*tr|QCoreApplication::translate)\s*\(')


def find_sites(s):
    mask = code_mask(s)
    sites = []
    for m in TR.finditer(s):
        st = m.start()
        if not mask[st]:
            continue
        # a definition such as `QString tr(` is not a call
        prev = back_ws(s, st - 1)
        e = match(s, mask, m.end() - 1)
        while True:
            j = skip_ws(s, e)
            if s.startswith('.arg(', j):
                e = match(s, mask, j + 4)
            else:
                break
        after = skip_ws(s, e)
        # the enclosing bracket and the argument index
        depth, o, commas = 0, st - 1, 0
        while o >= 0:
            if mask[o]:
                ch = s[o]
                if ch in ')]}':
                    depth += 1
                elif ch in '([{':
                    if depth == 0:
                        break
                    depth -= 1
                elif ch == ',' and depth == 0:
                    commas += 1
            o -= 1
        k = back_ws(s, o - 1)
        j = k
        while j >= 0 and (s[j].isalnum() or s[j] in '_:'):
            j -= 1
        callee = s[j + 1:k + 1]
        if s[o] == '{':
            callee = 'return{' if callee == 'return' else callee + '{'
        clean = s[prev] in ',' and s[after] in ',)}'
        kind = None
        if clean and commas == 1 and (CALLEES.get(callee) == 1 or callee == 'return{'):
            kind = 'convert'
        sites.append(dict(start=st, end=e, callee=callee, arg=commas, clean=clean, kind=kind,
                          line=s.count('\n', 0, st) + 1))
    return sites, mask


IDENT = re.compile(r'[A-Za-z_]\w*')


def captures(expr):
    mask = code_mask(expr)
    names, members, objects = [], [], []
    first = expr.index('(')
    for m in IDENT.finditer(expr):
        a, b = m.start(), m.end()
        if not mask[a] or a < first:
            continue
        name = m.group(0)
        before = expr[:a].rstrip()
        after = expr[b:].lstrip()
        if before.endswith(('.', '->', '::')) or after.startswith(('::', '(', '<')) or name in KEYWORDS:
            continue
        if name[0].isupper() or (len(name) > 1 and name[0] == 'k' and name[1].isupper()):
            continue  # a constant or an enumerator: usable without a capture
        if name.startswith('m_'):
            members.append(name)
        elif name not in names:
            names.append(name)
        if after.startswith(('.', '->')):
            objects.append(name)
    return names, sorted(set(members)), objects


def merge_literals(expr):
    """`"a " "b"` -> `"a b"`, so clang-format can break the text again at the new indentation."""
    mask = code_mask(expr)
    out, i = [], 0
    while i < len(expr):
        if expr[i] == '"' and mask[i] and i > 0 and not mask[i - 1]:  # a closing quote
            j = i + 1
            while j < len(expr) and expr[j].isspace():
                j += 1
            if j < len(expr) and expr[j] == '"' and j > i + 1:
                i = j + 1  # drop `" "` between two literals
                continue
        out.append(expr[i])
        i += 1
    return ''.join(out)


def lambda_for(expr):
    names, members, objects = captures(expr)
    body = merge_literals(expr)
    caps = list(names)
    for mname in members:
        short = mname[2:]
        caps.append(f'{short} = {mname}')
        body = re.sub(r'\b' + mname + r'\b', short, body)
    return f'[{", ".join(caps)}] {{ return {body}; }}', objects, members


def merge_calls(path, first, last):
    """Merges adjacent literals inside the tr() calls on lines first..last (after a hand edit)."""
    s = open(path, encoding='utf-8').read()
    sites, _ = find_sites(s)
    for site in reversed(sites):
        if first <= site['line'] <= last:
            s = s[:site['start']] + merge_literals(s[site['start']:site['end']]) + s[site['end']:]
    open(path, 'w', encoding='utf-8').write(s)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else 'check'
    if mode == 'merge':
        merge_calls(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
        return 0
    files = sys.argv[2:]
    if not files:
        import pathlib
        files = sorted(str(p) for d in ('core', 'ui') for p in pathlib.Path(d).rglob('*')
                       if p.suffix in ('.cpp', '.h'))
    found = 0
    for path in files:
        s = open(path, encoding='utf-8').read()
        sites, _ = find_sites(s)
        out, last = [], 0
        for site in sites:
            if site['kind'] != 'convert':
                continue
            found += 1
            expr = s[site['start']:site['end']]
            where = f"{path}:{site['line']}"
            lam, objects, members = lambda_for(expr)
            if mode == 'check':
                print(f"{where}: message made once: {' '.join(expr.split())[:100]}")
            else:
                note = f"review captures {objects}" if objects else ''
                note += f" members {members}" if members else ''
                if note:
                    print(f"{where}: {note.strip()}: {' '.join(lam.split())[:100]}")
            out.append(s[last:site['start']])
            out.append(lam)
            last = site['end']
        out.append(s[last:])
        if mode == 'apply':
            open(path, 'w', encoding='utf-8').write(''.join(out))
    return 1 if mode == 'check' and found else 0


if __name__ == '__main__':
    sys.exit(main())
