"""The report's inline stylesheet, its small optional script, and the Content-Security-Policy.

Everything is inline so one report file is the whole report: it opens offline, can be attached to
a bug, and loads nothing from anywhere. The CSP is a second wall behind escaping: only the script
whose hash is listed may run, so even an escaping bug could not let a page's own script execute.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache

CSS = """
:root { --body:#2e7d32; --heading:#558b2f; --field:#1565c0; --removed:#c62828; --unknown:#8d6e63;
  --quote:#fff1a8; --figure:#0d47a1; --change:#e65100; --dateline:#6a1b9a; --ink:#1d1d1f; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fafafa; }
header { padding: 1rem 1.5rem .6rem; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { margin: 0 0 .3rem; font-size: 1.35rem; }
.summary { margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .35rem; }
.stat { background: #eef1f4; border-radius: 1rem; padding: .05rem .6rem; font-size: .85rem; }
.stat b { font-size: .95rem; }
.glance { margin: .1rem 0 .4rem; font-size: .9rem; }
.legend { font-size: .8rem; color: #555; margin: .4rem 0 0; }
.legend .chip { margin-right: .2rem; }
.toggle { font-size: .85rem; margin-left: 1rem; }
body:has(#hide-removed:checked) .blk.removed { display: none; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1.2rem;
  padding: 1rem 1.5rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
main h2, aside h2 { font-size: 1rem; margin: 0 0 .5rem; color: #444; }
aside { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .8rem 1rem;
  position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; font-size: .88rem; }
aside h3 { font-size: .9rem; margin: 1rem 0 .3rem; border-bottom: 1px solid #eee; }
dl { margin: 0; display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: .15rem .6rem; }
dt { color: #666; } dd { margin: 0; overflow-wrap: anywhere; }
.none { color: #aaa; }
ol.items { margin: 0; padding-left: 1.2rem; }
ol.items li { margin: .25rem 0; overflow-wrap: anywhere; }
.blk { background: #fff; border-left: 5px solid var(--unknown); margin: .35rem 0;
  padding: .35rem .7rem; border-radius: 0 4px 4px 0; }
.blk .meta { font-size: .75rem; color: #666; display: flex; gap: .4rem; align-items: baseline; }
.blk .meta .why { font-family: ui-monospace, monospace; }
.blk .meta .idx { margin-left: auto; color: #999; }
.blk .text { white-space: pre-wrap; overflow-wrap: anywhere; }
.blk.kept { border-left-color: var(--body); }
.blk.lab-heading { border-left-color: var(--heading); font-weight: 600; }
.blk.field { border-left-color: var(--field); background: #f3f8ff; }
.blk.removed { border-left: 5px dashed var(--removed); background: #f3f3f3; color: #777;
  font-size: .85rem; padding: .2rem .7rem; }
.blk.unused { border-left-color: var(--unknown); background: #f7f4f2; color: #666;
  font-size: .9rem; }
.blk.orphan { border-left-style: double; }
.blk.removed, .blk.unused { display: flex; flex-wrap: wrap; gap: 0 .6rem; align-items: baseline; }
.blk.removed .text, .blk.unused .text { flex: 1 1 20rem; }
.blk.removed .meta .idx, .blk.unused .meta .idx { margin-left: 0; }
details.fold { margin: .35rem 0; border-left: 5px dashed var(--removed); background: #f3f3f3;
  padding: .2rem .7rem; font-size: .85rem; color: #666; }
details.fold[open] { padding-bottom: .4rem; }
details.fold summary { cursor: pointer; }
details.fold .blk.removed { border-left-width: 3px; }
body:has(#hide-removed:checked) details.fold { display: none; }
.chip { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .72rem;
  font-weight: 700; letter-spacing: .02em; text-transform: uppercase; color: #fff;
  background: var(--unknown); }
.chip.kept { background: var(--body); } .chip.field { background: var(--field); }
.chip.removed { background: var(--removed); } .chip.kind { background: #fff; color: var(--removed);
  border: 1px solid var(--removed); }
.para { margin: .15rem 0; }
.pno { color: var(--body); font-size: .75rem; font-weight: 700; margin-right: .35rem;
  user-select: none; }
.outside { color: #888; font-style: italic; }
.attrs { color: #666; font-size: .8rem; font-family: ui-monospace, monospace;
  overflow-wrap: anywhere; }
.m { border-radius: 2px; }
.m-quote { background: var(--quote); }
.m-figure { border-bottom: 2px solid var(--figure); color: var(--figure); font-weight: 600; }
.m-change { text-decoration: underline wavy var(--change); text-underline-offset: 4px; }
.m-dateline { border: 1px solid var(--dateline); color: var(--dateline); }
.hot { outline: 2px solid #ff6d00; }
sup.ref, b.ref { font-size: .68rem; font-weight: 700; border-radius: 3px; padding: 0 .2rem;
  margin-left: 1px; color: #fff; background: #777; font-style: normal; }
.r-quote { background: #b08d00 !important; } .r-figure { background: var(--figure) !important; }
.r-change { background: var(--change) !important; }
.r-dateline { background: var(--dateline) !important; }
ul.notes { margin: .2rem 0 .3rem; padding-left: 1rem; font-size: .8rem; color: #444;
  list-style: none; }
ul.notes li { margin: .1rem 0; }
.before { text-decoration: line-through; color: #777; }
.after { font-weight: 700; }
table.index { border-collapse: collapse; margin: 1rem 1.5rem; background: #fff; }
table.index th, table.index td { border: 1px solid #ddd; padding: .3rem .6rem; text-align: left;
  font-size: .9rem; vertical-align: top; }
table.index td.num { text-align: right; }
.error { color: var(--removed); }
"""

# Hovering a highlight, a ref badge or a note lights up every piece of the same quote or figure
# (overlapping spans are cut into several pieces, see `warta.inspect.marks`). The "js" class on
# <html> says the report's own script ran: the browser tests check it beside a hostile page's
# script not running, so "nothing ran" cannot pass just because scripts were off.
SCRIPT = """
document.documentElement.classList.add("js");
document.addEventListener("mouseover", function (event) {
  document.querySelectorAll(".hot").forEach(function (n) { n.classList.remove("hot"); });
  var target = event.target.closest ? event.target.closest("[data-ref]") : null;
  if (!target) { return; }
  target.getAttribute("data-ref").split(" ").forEach(function (ref) {
    if (!/^[A-Z][0-9]*$/.test(ref)) { return; }
    document.querySelectorAll('.m[data-ref~="' + ref + '"]').forEach(function (n) {
      n.classList.add("hot");
    });
  });
});
"""


@cache
def content_security_policy() -> str:
    """The report's CSP: nothing from the network, and only our own script may run.

    >>> "default-src 'none'" in content_security_policy()
    True
    """
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
