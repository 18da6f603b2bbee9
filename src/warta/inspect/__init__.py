"""`warta inspect`: a self-contained HTML report of what was kept, what was removed and why.

>>> import warta
>>> from warta.inspect import render
>>> page = "Judul\\n\\nJakarta - Harga beras naik 10 persen bulan ini, kata pedagang di pasar."
>>> "<script>alert" in render(warta.extract(page), page + "<script>alert(1)</script>")
False
"""

from warta.inspect.render import IndexEntry, render, render_index

__all__ = ["IndexEntry", "render", "render_index"]
