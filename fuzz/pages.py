# ruff: noqa: E501  (page text: a copied page has one long line per paragraph)
"""Hand-written news pages for hostile-input tests, the fuzz seed corpus and the scaling benchmark.

Every page here is invented: the outlets' conventions (menus, datelines, bylines, "Baca juga"
promos, pagination, tags, footers) with made-up people, places and events. None is copied from
a real article.
"""

from __future__ import annotations

KOMPAS_TEXT = """\
Kompas.com
News
Nasional
Megapolitan
Regional
Ekonomi
Pemkot Depok Tambah 40 Pompa Air Jelang Puncak Musim Hujan
Kompas.com - 14/01/2025, 09:12 WIB
Penulis: Rini Astuti Wulandari
Editor: Dr. Bagus Prasetyo, M.Si.
DEPOK, KOMPAS.com - Pemerintah Kota Depok menambah 40 pompa air di enam kecamatan yang setiap tahun tergenang saat puncak musim hujan tiba.
Kepala Dinas Pekerjaan Umum Depok, Hendra Saputra, mengatakan pengadaan pompa itu menelan anggaran Rp 12,5 miliar dari APBD perubahan.
"Kami tidak mau warga menunggu air surut berhari-hari seperti tahun lalu. Pompa ini akan disiagakan 24 jam," kata Hendra di Balai Kota Depok, Selasa (14/1/2025).
Baca juga: Banjir Rendam 300 Rumah di Cimanggis, Warga Mengungsi ke Masjid
Menurut dia, jumlah titik genangan turun dari 58 titik pada 2023 menjadi 41 titik pada 2024, atau berkurang sekitar 29 persen.
Ia menyebutkan, curah hujan pada Januari diperkirakan naik hingga 350 milimeter per bulan.
Warga Kelurahan Tugu, Siti Marfuah (46), berharap pompa benar-benar dinyalakan saat hujan turun. "Jangan cuma dipajang di pinggir kali," ujarnya.
Halaman:
1
2
3
Tag:
banjir depok
pompa air
musim hujan
Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Group). All Rights Reserved.
"""

TRIBUN_TEXT = """\
TRIBUNNEWS.COM
Home
Nasional
Bisnis
Sport
Harga Cabai Rawit di Pasar Keputran Tembus Rp 95 Ribu per Kilogram
Senin, 3 Februari 2025 15:40 WIB
Penulis: Ahmad Fauzi
Editor: Wahyu Aji
Laporan Wartawan Tribunnews.com, Ahmad Fauzi
TRIBUNNEWS.COM, SURABAYA - Harga cabai rawit di Pasar Keputran, Surabaya, melonjak menjadi Rp 95.000 per kilogram pada awal Februari 2025.
Sepekan sebelumnya, harga cabai rawit masih Rp 60.000 per kilogram, sehingga naik lebih dari 58 persen.
Pedagang, Mulyono (52), mengaku pasokan dari Kediri dan Blitar berkurang separuh karena hujan deras merusak tanaman.
"Biasanya sehari saya ambil dua kuintal, sekarang cuma dapat satu kuintal," ucap Mulyono.
Baca juga: Pemprov Jatim Gelar Operasi Pasar Murah di 38 Kabupaten dan Kota
Kepala Dinas Perindustrian dan Perdagangan Jawa Timur, Ir. Sri Handayani, M.M., menyatakan pihaknya akan menggelar operasi pasar pekan depan.
Ia menambahkan, stok bawang merah masih aman dengan harga turun 5 persen menjadi Rp 32.000 per kilogram.
(Tribunnews.com/Ahmad Fauzi)
Baca Berita Terbaru Tribunnews.com di Google News
"""

DETIK_HTML = """\
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Kereta Cepat Catat 2 Juta Penumpang dalam Setahun - detikFinance</title>
<meta property="og:title" content="Kereta Cepat Catat 2 Juta Penumpang dalam Setahun">
<meta name="author" content="Dwi Rahmawati">
<meta name="publishdate" content="2025/03/10 10:15:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Kereta Cepat Catat 2 Juta Penumpang dalam Setahun",
 "datePublished": "2025-03-10T10:15:00+07:00",
 "author": {"@type": "Person", "name": "Dwi Rahmawati"}}
</script>
<style>.nav{display:flex}</style>
</head>
<body>
<nav><a href="/">detikFinance</a> <a href="/berita">Berita</a> <a href="/bursa">Bursa</a></nav>
<article>
<h1>Kereta Cepat Catat 2 Juta Penumpang dalam Setahun</h1>
<div class="detail__author">Dwi Rahmawati - detikFinance</div>
<div class="detail__date">Senin, 10 Mar 2025 10:15 WIB</div>
<figure><img src="/foto/kereta.jpg" alt="Kereta cepat"><figcaption>Kereta cepat melintas di Padalarang. Foto: Andi Nugroho/detikcom</figcaption></figure>
<div class="detail__body-text">
<p><strong>Jakarta</strong> - Operator kereta cepat mencatat 2,1 juta penumpang sepanjang tahun pertama beroperasi, naik dari target awal 1,8 juta penumpang.</p>
<p>Direktur Utama operator, Budi Santoso, menyebut okupansi rata-rata mencapai 78% pada akhir pekan.</p>
<p>"Kami akan menambah frekuensi perjalanan menjadi 62 kali sehari mulai April," kata Budi dalam konferensi pers, Senin (10/3/2025).</p>
<p><a href="/baca">Baca juga: Tarif Kereta Cepat Naik Rp 50 Ribu Mulai Bulan Depan</a></p>
<p>Ia mengatakan pendapatan tiket tahun lalu mencapai Rp 1,2 triliun, sementara biaya operasional turun 8 persen.</p>
<p>(dwr/hns)</p>
</div>
</article>
<footer>Copyright &copy; 2025 detikcom. All rights reserved.</footer>
</body>
</html>
"""

REUTERS_HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Indonesia's nickel exports rise 14% as new smelters start up | Reuters</title>
<meta property="og:title" content="Indonesia's nickel exports rise 14% as new smelters start up">
<meta property="article:published_time" content="2025-04-22T06:30:00Z">
</head>
<body>
<header><a href="/world">World</a> <a href="/business">Business</a> <a href="/markets">Markets</a></header>
<main>
<h1>Indonesia's nickel exports rise 14% as new smelters start up</h1>
<p class="byline">By Maya Lestari and Thomas Reed</p>
<time datetime="2025-04-22T06:30:00Z">April 22, 2025 6:30 AM UTC</time>
<p>JAKARTA, April 22 (Reuters) - Indonesia's exports of nickel products rose 14% in the first quarter to $9.3 billion, the statistics bureau said on Tuesday, as three new smelters in Sulawesi began shipping.</p>
<p>"The smelters are running close to capacity and we expect another 5% growth next quarter," Deputy Minister Arif Kurniawan told reporters.</p>
<p>Nickel pig iron shipments fell 3.2% to 1.1 million tonnes, while matte exports doubled, the bureau said.</p>
<p>Analysts at a Singapore bank said prices could drop below $15,000 a tonne if Chinese demand weakens.</p>
<p>Reporting by Maya Lestari; Editing by Thomas Reed</p>
<p>Our Standards: The Thomson Reuters Trust Principles.</p>
</main>
<footer>&copy; 2025 Reuters. All rights reserved.</footer>
</body>
</html>
"""

JAKPOST_TEXT = """\
The Jakarta Post
Home
Indonesia
Business
Opinion
Jakarta to ban single-use plastic bags in traditional markets from July
Nadia Pratiwi (The Jakarta Post)
Jakarta ● Wed, May 14, 2025
The Jakarta administration will extend its ban on single-use plastic bags to all 153 traditional markets in the capital from July 1, officials said on Tuesday.
The city environment agency head, Dewi Anggraini, said the ban had cut plastic waste at the Bantar Gebang landfill by about 4,000 tonnes last year.
"We started with shopping centers and minimarkets. Markets are harder, but vendors have had two years to prepare," Dewi said.
Read also: Citarum cleanup drive enters its eighth year with mixed results
Vendors who break the rule face fines of up to Rp 25 million (US$1,550), although the agency said it would issue warnings first.
Some traders said they worried that customers would move to stores outside the city.
Share this article
Topics: plastic waste, Jakarta, environment
Copyright 2025 The Jakarta Post. All rights reserved.
"""

OKEZONE_TEXT = """\
Okezone
Bola
Liga Indonesia
Klasemen
Klasemen Liga 1 Usai Pekan ke-20: Persikota Kukuh di Puncak, Bahari FC Tertahan
Dimas Aryo Wicaksono, Jurnalis · Minggu 16 Februari 2025 21:05 WIB
JAKARTA - Persikota Tangerang masih memuncaki klasemen sementara Liga 1 setelah menang 2-1 atas Perseta Tulungagung pada pekan ke-20, Minggu (16/2/2025).
Berikut klasemen sementara Liga 1 usai pekan ke-20:
Pos
Tim
Main
Poin
1
Persikota
20
44
2
Bahari FC
20
41
3
Persiraja Muda
19
37
4
Deltras Jaya
20
33
Hasil imbang 1-1 melawan Sinar Tenggara membuat Bahari FC tertinggal tiga poin dari pemuncak klasemen, dengan satu laga tunda yang belum dimainkan.
"Kami tidak boleh kehilangan poin lagi di kandang," kata pelatih Bahari FC, Rudi Hartanto.
Tag
liga 1
klasemen
"""

#: Every hand-written page, by a short name.
PAGES: dict[str, str] = {
    "kompas-text": KOMPAS_TEXT,
    "tribun-text": TRIBUN_TEXT,
    "detik-html": DETIK_HTML,
    "reuters-html": REUTERS_HTML,
    "jakpost-text": JAKPOST_TEXT,
    # A table copied from a page comes as one line a cell: the page of short lines.
    "okezone-text": OKEZONE_TEXT,
}


def grow(page: str, factor: int) -> str:
    """`page` with its body repeated `factor` times: a longer page of the same shape.

    For HTML, the paragraphs between the first and last `<p>` repeat; for text, the lines
    between the first and last sentence-length line do.

    >>> grow(KOMPAS_TEXT, 3).count("pompa air di enam kecamatan") == 3
    True
    """
    if factor <= 1:
        return page
    if page.lstrip().startswith("<"):
        start, end = page.index("<p>"), page.rindex("</p>") + len("</p>")
    else:
        lines = page.splitlines(keepends=True)
        long = [i for i, line in enumerate(lines) if len(line) > 80]
        start = sum(len(line) for line in lines[: long[0]])
        end = sum(len(line) for line in lines[: long[-1] + 1])
    return page[:start] + page[start:end] * factor + page[end:]
