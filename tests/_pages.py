"""Invented news pages for the batch, CLI, WARC and Dask tests, from small templates.

Every page is written here for warta's tests, in the layout of an outlet (an Indonesian portal in
the manner of Kompas or Detik, an English wire story in the manner of Reuters, and a copied page
text); names, places and figures are invented and vary with the page number, so no two pages are
the same record.
"""

from __future__ import annotations

CITIES = ("Bandung", "Semarang", "Makassar", "Medan", "Palembang", "Denpasar", "Pontianak")
NAMES = ("Rina Wulandari", "Agus Setiawan", "Dewi Anggraini", "Bambang Susilo", "Sri Handayani")
PLACES = ("Riverside", "Maple Bay", "Port Ellis", "Northgate", "Cedar Falls")
OFFICIALS = ("Laura Jenkins", "Tom Okafor", "Priya Raman", "Daniel Moss", "Hannah Kerr")


def indonesian_html(n: int) -> str:
    """An Indonesian portal page: header, headline, byline, dated body, related links, footer."""
    city, name = CITIES[n % len(CITIES)], NAMES[n % len(NAMES)]
    rumah = 120 + n
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam {rumah} Rumah di {city} - Kabar Nusantara</title>
<meta property="og:title" content="Banjir Rendam {rumah} Rumah di {city}">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/regional">Regional</a></nav>
<article>
<h1>Banjir Rendam {rumah} Rumah di {city}</h1>
<div class="byline">Penulis: {name} | Editor: Yoga Pratama</div>
<div class="date">Senin, 3 Juni 2024 14:{n % 60:02d} WIB</div>
<p><strong>{city.upper()}, KABARNUSANTARA.ID</strong> - Hujan deras yang turun sejak Minggu malam
membuat sungai di pinggiran {city} meluap dan merendam {rumah} rumah warga.</p>
<p>Kepala pelaksana badan penanggulangan bencana setempat mengatakan ketinggian air
mencapai {40 + n % 50} sentimeter di titik terparah, sementara {n % 9 + 2} posko pengungsian
sudah dibuka.</p>
<p>"Kami meminta warga di bantaran sungai tetap waspada karena hujan diperkirakan masih turun
hingga akhir pekan," kata {name} di lokasi pengungsian, Senin siang.</p>
<p><em>Baca juga: Cuaca Ekstrem Diprediksi Berlangsung Sepekan</em></p>
<p>Petugas gabungan mengerahkan {n % 7 + 3} perahu karet untuk mengevakuasi lansia dan anak-anak
ke tempat yang lebih tinggi.</p>
</article>
<footer>Copyright 2024 Kabar Nusantara. All rights reserved.</footer>
</body></html>
"""


def english_html(n: int) -> str:
    """An English wire story: headline, byline, dateline lead, quotes, editor's credit line."""
    place, official = PLACES[n % len(PLACES)], OFFICIALS[n % len(OFFICIALS)]
    return f"""<html><head>
<title>{place} council approves {n + 3} new bus routes | Wire</title></head>
<body><header><a href="/world">World</a> <a href="/business">Business</a></header>
<main><h1>{place} council approves {n + 3} new bus routes</h1>
<p class="byline">By {official}</p>
<p>{place.upper()}, June 4 (Wire) - The city council of {place} voted on Tuesday to add {n + 3}
bus routes next year, a plan officials say will cost about {n + 12} million dollars.</p>
<p>"This is the largest expansion of public transport the city has seen in a decade," council
member {official} told reporters after the vote.</p>
<p>Opponents said the money would be better spent repairing roads, and {n % 5 + 2} members voted
against the measure.</p>
<p>(Reporting by {official}; Editing by Mark Fenwick)</p></main>
<footer>All quotes delayed a minimum of 15 minutes.</footer></body></html>
"""


def indonesian_text(n: int) -> str:
    """The text a reader copies from a whole Indonesian news page: menus, story, links below."""
    city, name = CITIES[(n + 3) % len(CITIES)], NAMES[(n + 1) % len(NAMES)]
    return f"""Beranda
Nasional
Regional
Harga Cabai di {city} Naik {n % 40 + 10} Persen Jelang Iduladha
{name}
Selasa, 11 Juni 2024 | 09:{n % 60:02d} WIB

{city} - Harga cabai rawit di sejumlah pasar tradisional {city} naik {n % 40 + 10} persen dalam
sepekan terakhir menjelang Iduladha.

Seorang pedagang mengatakan pasokan dari petani berkurang karena cuaca yang tidak menentu sejak
awal bulan.

"Biasanya kami dapat kiriman tiap pagi, sekarang dua hari sekali," ujar pedagang itu.

Baca juga: Stok Beras Dipastikan Aman hingga Akhir Tahun

Bagikan
Copyright 2024 Kabar Nusantara
"""


def page(n: int) -> str:
    """Page number `n`, cycling through the templates."""
    return (indonesian_html, english_html, indonesian_text)[n % 3](n)
