#!/usr/bin/env python3
"""Build blind benchmark set 24: fiscal, labour, investment and business applications.

Provenance: written by hand in blind24-build.py (seed 242424) by a worker blind to the engine,
having read only: /work/shared/domain/spbe-reference.md; name-only listings of catalog-info,
catalog-info/agencies and bench/data; the agency and DPI ids (grep of '  name:' in
catalog-info/agencies and catalog-info/dpi); the first 3 lines of blind18-inventory.csv and the
format of blind18-groups.json and blind18-proposals.json (as given in the brief); nothing else
(no detector code, no other benchmark data, no docs).

Every row, group label and proposal below was written and labelled by hand. A group is a set of
rows serving the same government function (what a consolidation reviewer would merge into one
shared application). Trap rows share words or code names with a group but serve another
function; some trap rows form trap groups of their own. The script only adds deterministic
noise (blank/messy reference codes, jenis, status, year, url, blank fungsi, name-only rows),
shuffles the rows and assigns ids.

Python standard library only; deterministic (random.seed(242424)).
Outputs (same folder): blind24-inventory.csv, blind24-groups.json, blind24-proposals.json.
"""
import csv
import json
import os
import random
import re
import sys

random.seed(242424)

SOURCE = ("written by hand in blind24-build.py (seed 242424) by a worker blind to the engine, "
          "having read only: /work/shared/domain/spbe-reference.md; name-only listings of "
          "catalog-info, catalog-info/agencies and bench/data; the agency and DPI ids (grep of "
          "'  name:' in catalog-info/agencies and catalog-info/dpi); the first 3 lines of "
          "blind18-inventory.csv and the format of blind18-groups.json and blind18-proposals.json "
          "(as given in the brief); nothing else (no detector code, no other benchmark data, no docs).")

HERE = os.path.dirname(os.path.abspath(__file__))

# agency and DPI ids as grepped from catalog-info (the only ids allowed in instansi / dpi)
VALID_IDS = set("""
kemenko-polkam kemenko-kumham-imipas kemenko-pangan kemenko-ipk kemenko-pm kemenko-polhukam
kemenko-perekonomian kemenko-pmk kemenko-marves kemendagri kemlu kemhan kemenkumham kominfo
kemenpanrb kemenkeu kemnaker kemenperin kemendag kementan atr-bpn kementerian-bumn kemenkopukm
kemenag kemendikbudristek kemenkes kemensos kemenpppa kemenpora kemendes-pdtt kesdm kemenpupr
kemenhub kkp klhk kemenparekraf kementerian-investasi kemensetneg bappenas komdigi peruri
ina-digital bkn bps bssn brin lkpp anri lan bpkp bpom bmkg bnpb bnpt bnn big bkkbn basarnas
perpusnas bsn bapeten bakamla lemhannas bin bpip prov-aceh prov-sumatera-utara
prov-sumatera-barat prov-riau prov-kepulauan-riau prov-jambi prov-sumatera-selatan
prov-kepulauan-bangka-belitung prov-bengkulu prov-lampung prov-dki-jakarta prov-jawa-barat
prov-banten prov-jawa-tengah prov-di-yogyakarta prov-jawa-timur prov-bali
prov-nusa-tenggara-barat prov-nusa-tenggara-timur prov-kalimantan-barat prov-kalimantan-tengah
prov-kalimantan-selatan prov-kalimantan-timur prov-kalimantan-utara prov-sulawesi-utara
prov-gorontalo prov-sulawesi-tengah prov-sulawesi-barat prov-sulawesi-selatan
prov-sulawesi-tenggara prov-maluku prov-maluku-utara prov-papua prov-papua-barat
prov-papua-selatan prov-papua-tengah prov-papua-pegunungan prov-papua-barat-daya
""".split())
VALID_DPI = {"dpi-identitas-digital", "dpi-pembayaran", "dpi-pertukaran-data"}

# short aliases used in the data below -> (entity id, display name for description templates)
A = {
    "aceh": ("prov-aceh", "Provinsi Aceh"),
    "sumut": ("prov-sumatera-utara", "Provinsi Sumatera Utara"),
    "sumbar": ("prov-sumatera-barat", "Provinsi Sumatera Barat"),
    "riau": ("prov-riau", "Provinsi Riau"),
    "sumsel": ("prov-sumatera-selatan", "Provinsi Sumatera Selatan"),
    "lampung": ("prov-lampung", "Provinsi Lampung"),
    "dki": ("prov-dki-jakarta", "Provinsi DKI Jakarta"),
    "jabar": ("prov-jawa-barat", "Provinsi Jawa Barat"),
    "banten": ("prov-banten", "Provinsi Banten"),
    "jateng": ("prov-jawa-tengah", "Provinsi Jawa Tengah"),
    "diy": ("prov-di-yogyakarta", "DIY"),
    "jatim": ("prov-jawa-timur", "Provinsi Jawa Timur"),
    "bali": ("prov-bali", "Provinsi Bali"),
    "ntb": ("prov-nusa-tenggara-barat", "Provinsi NTB"),
    "ntt": ("prov-nusa-tenggara-timur", "Provinsi NTT"),
    "kalbar": ("prov-kalimantan-barat", "Provinsi Kalimantan Barat"),
    "kalsel": ("prov-kalimantan-selatan", "Provinsi Kalimantan Selatan"),
    "kaltim": ("prov-kalimantan-timur", "Provinsi Kalimantan Timur"),
    "sulut": ("prov-sulawesi-utara", "Provinsi Sulawesi Utara"),
    "sulsel": ("prov-sulawesi-selatan", "Provinsi Sulawesi Selatan"),
    "gtlo": ("prov-gorontalo", "Provinsi Gorontalo"),
    "papua": ("prov-papua", "Provinsi Papua"),
    "kemenkeu": ("kemenkeu", ""),
    "kemnaker": ("kemnaker", ""),
    "invest": ("kementerian-investasi", ""),
    "kukm": ("kemenkopukm", ""),
    "kemendag": ("kemendag", ""),
    "kemenperin": ("kemenperin", ""),
    "kemendagri": ("kemendagri", ""),
    "desa": ("kemendes-pdtt", ""),
    "bps": ("bps", ""),
    "bpkp": ("bpkp", ""),
    "lkpp": ("lkpp", ""),
    "bkn": ("bkn", ""),
    "panrb": ("kemenpanrb", ""),
    "ekon": ("kemenko-perekonomian", ""),
    "atr": ("atr-bpn", ""),
    "klhk": ("klhk", ""),
    "pupr": ("kemenpupr", ""),
    "bumn": ("kementerian-bumn", ""),
    "kementan": ("kementan", ""),
    "kemensos": ("kemensos", ""),
    "bappenas": ("bappenas", ""),
    "komdigi": ("komdigi", ""),
    "anri": ("anri", ""),
    "kemenag": ("kemenag", ""),
    "bpom": ("bpom", ""),
    "kemlu": ("kemlu", ""),
    "kumham": ("kemenkumham", ""),
    "bmkg": ("bmkg", ""),
    "inadigital": ("ina-digital", ""),
}

GROUPS = []      # regular groups and trap groups
SINGLES = []     # singleton rows (trap or not)


def G(key, ral="", rab="", raa="", jenis="Aplikasi Khusus", fungsi=(), tpl=(), rows=(), dpi="",
      trap=False, fn=""):
    """A hand-labelled duplicate group: rows = (nama, alias, deskripsi[, place]).
    deskripsi '' = none written, '~' = use one of the group's hand-written templates."""
    GROUPS.append(dict(key=key, ral=ral, rab=rab, raa=raa, jenis=jenis, fungsi=list(fungsi),
                       tpl=list(tpl), rows=list(rows), dpi=dpi, trap=trap, fn=fn))


def T(key, **kw):
    """A trap group: its rows duplicate each other, not the group they resemble."""
    G(key, trap=True, **kw)


def S(key, nama, alias, desc="", fungsi="", ral="", rab="", raa="", jenis="Aplikasi Khusus",
      trap=False, dpi=""):
    """A singleton row (no duplicate in the inventory)."""
    SINGLES.append(dict(key=key, nama=nama, alias=alias, desc=desc, fungsi=fungsi, ral=ral,
                        rab=rab, raa=raa, jenis=jenis, trap=trap, dpi=dpi))


PROPOSALS = []   # (nama, deskripsi, expected: group key, 'single:<key>' or None for novel)


def P(nama, deskripsi, expect=None):
    PROPOSALS.append((nama, deskripsi, expect))


# ---------------------------------------------------------------- noise helpers
def messy_code(code):
    if not code:
        return ""
    r = random.random()
    if r < 0.40:
        return code
    prefix, _, rest = code.partition(".")
    parts = rest.split(".")
    if r < 0.50:
        return prefix[:1] + prefix[1:].lower() + "." + rest
    if r < 0.65:
        return prefix + "." + ".".join(str(int(p)) if p.isdigit() else p for p in parts)
    if r < 0.80:
        return rest
    if len(parts) > 1:
        return prefix + "." + ".".join(parts[:-1])
    return code.lower()


ALL_CODES = {"ral": [], "rab": [], "raa": []}


def pick_code(kind, code):
    r = random.random()
    if r < 0.33:
        return ""
    if r < 0.40 and ALL_CODES[kind]:
        return messy_code(random.choice(ALL_CODES[kind]))   # clerk copied a wrong code
    return messy_code(code)


def pick_jenis(default):
    r = random.random()
    if r < 0.20:
        return ""
    if r < 0.36:
        return "Khusus" if "Khusus" in default else "Umum"
    if r < 0.40:
        return "Aplikasi Umum" if "Khusus" in default else "Aplikasi Khusus"
    return default


def pick_status():
    r = random.random()
    if r < 0.58:
        return "aktif"
    if r < 0.68:
        return "Aktif"
    if r < 0.76:
        return "tidak aktif"
    if r < 0.79:
        return "pengembangan"
    return ""


def pick_url(nama, inst):
    if random.random() > 0.22:
        return ""
    slug = re.sub(r"[^a-z0-9]", "", nama.lower().split("(")[0].split()[0]) or "app"
    if inst.startswith("prov-"):
        dom = inst[5:].replace("-", "") + "prov.go.id"
    else:
        dom = inst.replace("-", "") + ".go.id"
    return "https://" + slug + "." + dom


def run():
    for g in GROUPS:
        for k in ("ral", "rab", "raa"):
            if g[k]:
                ALL_CODES[k].append(g[k])
    rows = []          # dicts with all fields + 'gkey', 'trap'
    for g in GROUPS:
        for r in g["rows"]:
            nama, alias, desc = r[0], r[1], r[2]
            inst, disp = A[alias]
            place = r[3] if len(r) > 3 else disp
            rows.append(dict(nama=nama, inst=inst, desc=desc, place=place, fungsi=g["fungsi"],
                             tpl=g["tpl"], ral=g["ral"], rab=g["rab"], raa=g["raa"],
                             jenis=g["jenis"], dpi=g["dpi"], gkey=g["key"], trap=g["trap"]))
    for s in SINGLES:
        inst, disp = A[s["alias"]]
        rows.append(dict(nama=s["nama"], inst=inst, desc=s["desc"], place=disp,
                         fungsi=[s["fungsi"]] if s["fungsi"] else [], tpl=[], ral=s["ral"],
                         rab=s["rab"], raa=s["raa"], jenis=s["jenis"], dpi=s["dpi"],
                         gkey="single:" + s["key"], trap=s["trap"]))
    out = []
    for r in rows:
        desc = r["desc"]
        if desc == "~":
            t = random.choice(r["tpl"])
            desc = t.format(p=r["place"]).replace(" .", ".").replace("  ", " ").strip()
        name_only = (desc == "" and random.random() < 0.38)
        if name_only:
            rec = dict(nama=r["nama"], deskripsi="", fungsi="", instansi=r["inst"], jenis="",
                       kode_ral="", kode_rab="", kode_raa="", status="", tahun="", url="", dpi="")
        else:
            fungsi = random.choice(r["fungsi"]) if r["fungsi"] and random.random() < 0.66 else ""
            tahun = "" if random.random() < 0.15 else str(random.randint(2009, 2024))
            dpi = r["dpi"] if r["dpi"] and random.random() < 0.75 else ""
            rec = dict(nama=r["nama"], deskripsi=desc, fungsi=fungsi, instansi=r["inst"],
                       jenis=pick_jenis(r["jenis"]), kode_ral=pick_code("ral", r["ral"]),
                       kode_rab=pick_code("rab", r["rab"]), kode_raa=pick_code("raa", r["raa"]),
                       status=pick_status(), tahun=tahun, url=pick_url(r["nama"], r["inst"]),
                       dpi=dpi)
        rec["_g"] = r["gkey"]
        rec["_trap"] = r["trap"]
        out.append(rec)
    random.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = "b24-%04d" % i

    # ---- groups
    members = {}
    for rec in out:
        members.setdefault(rec["_g"], []).append(rec["id"])
    groups = []
    for gi, g in enumerate(GROUPS, 1):
        groups.append({"id": "g%02d" % gi, "members": sorted(members[g["key"]])})

    # ---- proposals
    props = []
    for pi, (nama, desc, exp) in enumerate(PROPOSALS, 1):
        if exp is None:
            e = []
        elif exp.startswith("single:"):
            e = list(members[exp])
        else:
            e = sorted(members[exp])
        props.append({"id": "p%02d" % pi, "nama": nama, "deskripsi": desc, "expected": e})

    # ---- checks
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "duplicate id"
    idset = set(ids)
    names = [r["nama"] for r in out]
    dupn = sorted({n for n in names if names.count(n) > 1})
    assert not dupn, ("duplicate row names", dupn)
    keys = [g["key"] for g in GROUPS] + ["single:" + s["key"] for s in SINGLES]
    assert len(keys) == len(set(keys)), "duplicate key"
    for g in groups:
        assert 2 <= len(g["members"]) <= 14, g
        assert all(m in idset for m in g["members"])
    for p in props:
        assert all(m in idset for m in p["expected"])
    for r in out:
        assert r["instansi"] in VALID_IDS, r["instansi"]
        assert r["dpi"] == "" or r["dpi"] in VALID_DPI
    n_reuse_g = sum(1 for x in PROPOSALS if x[2] and not x[2].startswith("single:"))
    n_reuse_s = sum(1 for x in PROPOSALS if x[2] and x[2].startswith("single:"))
    n_novel = sum(1 for x in PROPOSALS if x[2] is None)
    exp_keys = [x[2] for x in PROPOSALS if x[2]]
    assert len(exp_keys) == len(set(exp_keys)), "a group expected twice"

    # ---- write
    cols = ["id", "nama", "deskripsi", "fungsi", "instansi", "jenis", "kode_ral", "kode_rab",
            "kode_raa", "status", "tahun", "url", "dpi"]
    with open(os.path.join(HERE, "blind24-inventory.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in out:
            w.writerow([r[c] for c in cols])
    with open(os.path.join(HERE, "blind24-groups.json"), "w", encoding="utf-8") as f:
        json.dump({"source": SOURCE, "duplicateGroups": groups}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "blind24-proposals.json"), "w", encoding="utf-8") as f:
        json.dump({"source": SOURCE, "proposals": props}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    # ---- counts (no content)
    sizes = [len(g["members"]) for g in groups]
    print("rows", len(out))
    print("agencies", len({r["instansi"] for r in out}))
    print("groups", len(groups), "trap groups", sum(1 for g in GROUPS if g["trap"]),
          "size range", (min(sizes) if sizes else 0), (max(sizes) if sizes else 0),
          "rows in groups", sum(sizes))
    print("trap rows", sum(1 for r in out if r["_trap"]),
          "singletons", sum(1 for r in out if r["_g"].startswith("single:")))
    print("no desc", sum(1 for r in out if not r["deskripsi"]),
          "no fungsi", sum(1 for r in out if not r["fungsi"]),
          "no jenis", sum(1 for r in out if not r["jenis"]))
    print("proposals", len(props), "reuse-group", n_reuse_g, "reuse-single", n_reuse_s,
          "novel", n_novel)


# ================================================================ DATA


# ---------------------------------------------------------------- state and regional finance
G("anggaran", ral="RAL.02.02.01", rab="RAB.09.02.01", raa="RAA.02.02",
  fn="penyusunan anggaran daerah (RKA/DPA/APBD)",
  fungsi=["Penyusunan RKA-SKPD dan APBD", "Penganggaran daerah", "e-budgeting APBD",
          "Perencanaan anggaran & DPA"],
  tpl=["Aplikasi penyusunan RKA/DPA dan rancangan APBD {p}.",
       "Sistem penganggaran elektronik (e-budgeting) untuk penyusunan APBD {p}.",
       "Input RKA perangkat daerah, verifikasi TAPD dan cetak DPA {p}."],
  rows=[
      ("SIPD (Sistem Informasi Pemerintahan Daerah) - Modul Penganggaran", "kemendagri",
       "Modul penganggaran SIPD untuk penyusunan RKA SKPD sampai penetapan APBD seluruh pemda."),
      ("e-Budgeting Pemprov DKI", "dki", "~"),
      ("SIMDA Keu Modul Anggaran Kab. Deli Serdang", "sumut", ""),
      ("SIPKD - Penyusunan APBD Kota Mataram", "ntb", ""),
      ("e-Anggaran Kab. Banyumas", "jateng", "~", "Kabupaten Banyumas"),
      ("SIRKA (Sistem Informasi RKA)", "kalsel", ""),
      ("Aplikasi Penyusunan APBD", "gtlo", "Input RKA dan DPA perangkat daerah, cetak rancangan perda APBD."),
      ("eBudgeting Kota Surabaya v3", "jatim", "~", "Kota Surabaya"),
      ("SIMAKDA Penganggaran", "aceh", ""),
  ])

G("sp2d", ral="RAL.02.02.03", rab="RAB.09.02.03", raa="RAA.02.02",
  fn="penerbitan SPM dan SP2D (pembayaran kas daerah)",
  fungsi=["Penerbitan SP2D", "Pengajuan SPM & verifikasi SP2D", "Penatausahaan pembayaran BUD"],
  tpl=["Aplikasi pengajuan SPM oleh SKPD dan penerbitan SP2D oleh BUD {p}.",
       "Penerbitan SP2D elektronik dan pengiriman perintah transfer ke bank RKUD {p}."],
  rows=[
      ("e-SP2D BPKAD Kota Semarang", "jateng", "~", "Kota Semarang"),
      ("SP2D Online", "bali", ""),
      ("SIMSPM (Sistem Informasi Manajemen SPM-SP2D)", "lampung", "~"),
      ("Si-Cair Kab. Sumedang", "jabar",
       "Pengajuan SPM-LS/GU/TU dari OPD dan penerbitan SP2D non tunai Kabupaten Sumedang."),
      ("Aplikasi Penerbitan SP2D", "kalbar", ""),
      ("SP2D-Online (CMS Bank Sumut)", "sumut", "~"),
      ("e-SPM Kab. Kutai Kartanegara", "kaltim", ""),
  ])

G("spj", ral="RAL.02.02.04", rab="RAB.09.02.03", raa="RAA.02.02",
  fn="pertanggungjawaban belanja (SPJ) bendahara pengeluaran",
  fungsi=["Penyusunan SPJ bendahara", "SPJ fungsional & administratif",
          "Pelaporan pertanggungjawaban belanja"],
  tpl=["Penyusunan SPJ GU/TU bendahara pengeluaran OPD {p}.",
       "Aplikasi SPJ elektronik: BKU, bukti belanja dan laporan pertanggungjawaban bendahara {p}."],
  rows=[
      ("SIMPEL (Sistem Informasi Manajemen Pertanggungjawaban Elektronik)", "diy", "~"),
      ("e-SPJ Kota Bandung", "jabar", "~", "Kota Bandung"),
      ("SiSPJ", "sumbar", ""),
      ("Aplikasi SPJ Bendahara Online Kab. Banjar", "kalsel", ""),
      ("e-SPJ Fungsional Dinkes", "ntt",
       "SPJ fungsional bendahara pengeluaran pembantu Dinas Kesehatan Provinsi NTT."),
      ("SPJ Online v2", "riau", ""),
  ])

G("pbb", ral="RAL.01.29.01", rab="RAB.09.02.05", raa="RAA.02.01",
  fn="pajak bumi dan bangunan perdesaan dan perkotaan (PBB-P2)",
  fungsi=["Pendataan dan penetapan PBB-P2", "Cetak SPPT & pembayaran PBB", "Administrasi PBB-P2"],
  tpl=["Pengelolaan PBB-P2: pendataan objek, penetapan SPPT, pembayaran dan tunggakan {p}.",
       "Informasi tagihan dan pembayaran PBB-P2 bagi wajib pajak {p}."],
  rows=[
      ("SISMIOP PBB-P2 Bapenda Kota Medan", "sumut", "~", "Kota Medan"),
      ("e-PBB Kab. Sidoarjo", "jatim", ""),
      ("SIM PBB P2 Kab. Bogor", "jabar", "~", "Kabupaten Bogor"),
      ("Info PBB Online Kota Denpasar", "bali", "Cek tagihan SPPT PBB-P2 dan riwayat pembayaran Kota Denpasar."),
      ("SIPBB (Sistem Informasi PBB)", "sulsel", ""),
      ("PBB Mobile Kota Tangerang", "banten", "~", "Kota Tangerang"),
      ("Ngopeni PBB Kab. Kendal", "jateng", "Layanan PBB-P2 Kabupaten Kendal: cetak SPPT, mutasi objek pajak, pembayaran."),
      ("SISMIOP", "lampung", ""),
      ("e-SPPT PBB Kab. Bantul", "diy", ""),
  ])

G("bphtb", ral="RAL.01.29.02", rab="RAB.09.02.05", raa="RAA.02.01",
  fn="bea perolehan hak atas tanah dan bangunan (BPHTB)",
  fungsi=["Pelaporan & validasi BPHTB", "e-BPHTB", "Penetapan BPHTB transaksi tanah"],
  tpl=["Pelaporan BPHTB oleh PPAT/notaris dan validasi pembayaran oleh Bapenda {p}.",
       "e-BPHTB terintegrasi BPN untuk verifikasi transaksi jual beli tanah dan bangunan {p}."],
  rows=[
      ("e-BPHTB Kota Makassar", "sulsel", "~", "Kota Makassar"),
      ("BPHTB Online", "jabar", ""),
      ("SI-BPHTB Kab. Sleman", "diy", "~", "Kabupaten Sleman"),
      ("Validasi BPHTB (integrasi PPAT)", "kaltim", ""),
      ("e-BPHTB v2.1", "sumsel", ""),
      ("eBPHTB Kota Padang", "sumbar", "~", "Kota Padang"),
      ("Aplikasi BPHTB Notaris/PPAT", "gtlo", "Pendaftaran SSPD-BPHTB oleh notaris dan verifikasi lapangan."),
  ])

G("hotelresto", ral="RAL.01.29.03", rab="RAB.09.02.05", raa="RAA.02.01",
  fn="pelaporan dan pembayaran pajak hotel dan restoran (e-SPTPD)",
  fungsi=["Pelaporan pajak hotel & restoran", "e-SPTPD self assessment", "Pajak hotel, restoran, hiburan"],
  tpl=["Pelaporan omzet dan SPTPD pajak hotel, restoran dan hiburan secara daring {p}.",
       "Wajib pajak hotel/restoran melapor SPTPD bulanan dan mencetak kode bayar {p}."],
  rows=[
      ("e-SPTPD Kota Yogyakarta", "diy", "~", "Kota Yogyakarta"),
      ("SIMPATDA Hotel & Restoran", "kalsel", ""),
      ("e-Tax Badung", "bali", "~", "Kabupaten Badung"),
      ("Pajak Resto Online Kota Bukittinggi", "sumbar", ""),
      ("SPTPD Online (Hotel, Restoran, Hiburan)", "banten", "~"),
      ("Lapor Pajak Hotel Kota Manado", "sulut", ""),
  ])

G("samsat", ral="RAL.01.29.04", rab="RAB.09.02.05", raa="RAA.02.01",
  fn="pembayaran pajak kendaraan bermotor (Samsat online)",
  fungsi=["Pembayaran PKB online", "Info & bayar pajak kendaraan", "Samsat online"],
  tpl=["Cek dan bayar pajak kendaraan bermotor (PKB) serta SWDKLLJ secara online {p}.",
       "Layanan Samsat daring untuk pembayaran PKB dan pengesahan STNK tahunan {p}."],
  rows=[
      ("Sambara (Samsat Mobile Jawa Barat)", "jabar", "~"),
      ("SAKPOLE", "jateng", "~"),
      ("e-Samsat Jatim", "jatim", ""),
      ("Samsat Online Bali", "bali", ""),
      ("e-Samsat Sumut (Bapenda)", "sumut", ""),
      ("Info PKB Sulsel", "sulsel", "~"),
      ("Samsat Keliling Online Kalbar", "kalbar",
       "Jadwal samsat keliling dan pembayaran PKB non tunai Kalimantan Barat."),
  ])

G("retpasar", ral="RAL.01.29.06", rab="RAB.09.02.06", raa="RAA.02.01",
  fn="retribusi pelayanan pasar",
  fungsi=["Penagihan retribusi pasar", "Retribusi kios/los pasar", "e-Retribusi pasar"],
  tpl=["Penagihan retribusi kios, los dan pelataran pasar secara non tunai {p}.",
       "Pendataan pedagang pasar dan pencatatan setoran retribusi harian {p}."],
  rows=[
      ("e-Retribusi Pasar Kab. Banyuwangi", "jatim", "~", "Kabupaten Banyuwangi"),
      ("SIRETPAS (Sistem Retribusi Pasar)", "kalsel", ""),
      ("SIMPASAR (Sistem Informasi Manajemen Pasar) Kota Surakarta", "jateng",
       "Pendataan pedagang, kios/los dan penagihan retribusi pasar tradisional Kota Surakarta."),
      ("Retribusi Pasar Non Tunai (QRIS)", "ntb", ""),
      ("Galah Pasar Kota Bandar Lampung", "lampung", "~", "Kota Bandar Lampung"),
      ("e-Ret Pasar Disperindag", "gtlo", ""),
  ])

G("retparkir", ral="RAL.01.29.07", rab="RAB.09.02.06", raa="RAA.02.01",
  fn="retribusi parkir tepi jalan umum",
  fungsi=["Retribusi parkir tepi jalan", "Setoran juru parkir", "Parkir non tunai"],
  tpl=["Pencatatan karcis dan setoran retribusi parkir tepi jalan umum oleh juru parkir {p}.",
       "Pembayaran retribusi parkir non tunai dan monitoring setoran jukir {p}."],
  rows=[
      ("e-Parkir Dishub Kota Medan", "sumut", "~", "Kota Medan"),
      ("SiPARKIR Kota Parepare", "sulsel", ""),
      ("Parkir Online Kota Pekanbaru", "riau", "~", "Kota Pekanbaru"),
      ("Jukir Pintar Kota Surabaya (Retribusi Parkir TJU)", "jatim", ""),
      ("e-Retribusi Parkir Kab. Gianyar", "bali", ""),
  ])

T("smartparkir", ral="RAL.01.31.02", rab="RAB.03.05", raa="RAA.02.01",
  fn="sensor ketersediaan slot parkir (smart parking)",
  fungsi=["Informasi slot parkir", "Parking guidance"],
  tpl=["Deteksi ketersediaan slot parkir dengan sensor dan panduan arah ke slot kosong {p}."],
  rows=[
      ("Smart Parking Kota Bandung (sensor slot)", "jabar",
       "Sensor IoT di kantong parkir dan papan informasi slot kosong untuk pengendara."),
      ("Sistem Parkir Cerdas / Parking Guidance System", "dki", "~"),
      ("SIPARKIR-IoT Kota Makassar", "sulsel", "~", "Kota Makassar"),
  ])

G("retsampah", ral="RAL.01.29.08", rab="RAB.09.02.06", raa="RAA.02.01",
  fn="retribusi pelayanan persampahan/kebersihan",
  fungsi=["Retribusi sampah", "Penagihan retribusi kebersihan"],
  tpl=["Penagihan retribusi pelayanan persampahan rumah tangga dan tempat usaha {p}."],
  rows=[
      ("e-Retribusi Sampah DLH Kota Balikpapan", "kaltim", "~", "Kota Balikpapan"),
      ("SIRESA (Sistem Informasi Retribusi Sampah) Kota Bima", "ntb", ""),
      ("Retribusi Kebersihan Online", "bali", "~"),
      ("SiReSak Kab. Aceh Besar", "aceh", ""),
  ])

T("banksampah", ral="RAL.01.35.03", rab="RAB.07.02", raa="RAA.02.01",
  fn="tabungan bank sampah",
  fungsi=["Bank sampah", "Tabungan sampah nasabah"],
  tpl=["Pencatatan setoran sampah terpilah dan saldo tabungan nasabah bank sampah {p}."],
  rows=[
      ("e-Bank Sampah", "jateng", "Tabungan nasabah bank sampah: setoran sampah terpilah, saldo dan penarikan."),
      ("SIBASA (Sistem Informasi Bank Sampah)", "diy", "~"),
      ("Bank Sampah Digital Kota Pontianak", "kalbar", ""),
  ])

G("ebilling", ral="RAL.02.02.05", rab="RAB.09.02.05", raa="RAA.02.02", dpi="dpi-pembayaran",
  fn="kanal pembayaran & e-billing pendapatan daerah",
  fungsi=["Kode billing pendapatan daerah", "Payment gateway PAD", "Integrasi kanal pembayaran bank/QRIS"],
  tpl=["Penerbitan kode billing dan integrasi kanal pembayaran (bank, QRIS, e-commerce) untuk pendapatan daerah {p}.",
       "Payment gateway pajak & retribusi daerah dengan virtual account {p}."],
  rows=[
      ("e-Billing Pendapatan Daerah", "jabar", "~"),
      ("Payment Gateway Bapenda Jatim", "jatim", ""),
      ("SIPANDU Bayar (Kanal Pembayaran PAD) Kota Depok", "jabar", "~", "Kota Depok"),
      ("e-Billing PAD Kab. Lombok Timur", "ntb", ""),
      ("Ngiring Bayar (QRIS Pendapatan Daerah)", "bali",
       "Integrasi pembayaran QRIS dan virtual account untuk seluruh jenis pajak dan retribusi daerah Bali."),
      ("SIPAKDE (Sistem Pembayaran Pajak Daerah Elektronik)", "papua", ""),
      ("Kanal Bayar Daerah (H2H Bank NTT)", "ntt", ""),
  ])

G("pnbp", ral="RAL.02.02.06", rab="RAB.09.02.04", raa="RAA.01.02", dpi="dpi-pembayaran",
  fn="billing & penerimaan PNBP",
  fungsi=["Billing PNBP", "Pembayaran PNBP", "Penerimaan negara bukan pajak"],
  tpl=["Pembuatan kode billing dan pencatatan setoran PNBP layanan {p}."],
  rows=[
      ("SIMPONI (Sistem Informasi PNBP Online)", "kemenkeu",
       "Pembuatan kode billing dan rekonsiliasi penerimaan negara bukan pajak seluruh K/L."),
      ("e-PNBP Layanan Pertanahan", "atr", ""),
      ("SIPNBP Karantina", "kementan", "~"),
      ("e-PNBP Ditjen PKTN", "kemendag", ""),
      ("SIPNBP BMKG", "bmkg", "Billing PNBP layanan data dan informasi MKG berbayar."),
      ("SIPNBP Naker", "kemnaker",
       "Billing PNBP dana kompensasi penggunaan TKA dan layanan sertifikasi Kemnaker."),
  ])

G("danadesa", ral="RAL.02.01.04", rab="RAB.09.02.07", raa="RAA.02.02",
  fn="penyaluran dan pemantauan dana desa",
  fungsi=["Monitoring dana desa", "Penyaluran DD", "Pelaporan penggunaan dana desa"],
  tpl=["Pemantauan penyaluran dan realisasi penggunaan Dana Desa per tahap {p}.",
       "Monitoring syarat salur, penyaluran dan laporan realisasi Dana Desa {p}."],
  rows=[
      ("Aplikasi Penyaluran Dana Desa (OM-SPAN TKD)", "kemenkeu", "~"),
      ("SIPEDE (Sistem Pemantauan Dana Desa)", "desa", ""),
      ("Monev Dana Desa Prov Jateng", "jateng", "~"),
      ("Si-DADES Kab. Bone", "sulsel", ""),
      ("Pantau DD Kab. Lampung Selatan", "lampung",
       "Laporan realisasi Dana Desa per tahap dan syarat salur Kabupaten Lampung Selatan."),
  ])

G("siskeudes", ral="RAL.02.01.05", rab="RAB.09.01.04", raa="RAA.01.02",
  fn="pengelolaan keuangan desa (APBDes, penatausahaan, laporan)",
  fungsi=["Keuangan desa", "APBDes & penatausahaan desa", "Siskeudes"],
  tpl=["Penyusunan APBDes, penatausahaan dan pelaporan keuangan pemerintah desa {p}."],
  rows=[
      ("Siskeudes (Sistem Keuangan Desa)", "bpkp", "Aplikasi tata kelola keuangan desa kerja sama BPKP-Kemendagri."),
      ("Siskeudes Online", "kemendagri", ""),
      ("SIMKEUDES Kab. Ogan Ilir", "sumsel", "~", "Kabupaten Ogan Ilir"),
      ("e-Keuangan Desa", "ntt", ""),
      ("Siskeudes 2.0.6 - DPMD", "gtlo", ""),
      ("SKD Online (Sistem Keuangan Desa) Kab. Kubu Raya", "kalbar", ""),
  ])

T("profildesa", ral="RAL.02.01.06", rab="RAB.09.01.04", raa="RAA.02.02",
  fn="profil & administrasi pemerintahan desa (sistem informasi desa)",
  fungsi=["Profil desa", "Sistem informasi desa", "Administrasi desa"],
  tpl=["Sistem informasi desa: profil desa, data penduduk desa dan layanan surat desa {p}.",
       "Pendataan profil desa/kelurahan, potensi dan kelembagaan desa {p}."],
  rows=[
      ("Prodeskel (Profil Desa dan Kelurahan)", "kemendagri",
       "Pendataan profil desa/kelurahan: potensi, kelembagaan, perkembangan desa."),
      ("SIMADE (Sistem Informasi Manajemen Desa)", "jatim", "~"),
      ("Sistem Informasi Desa (SID) Kab. Gowa", "sulsel", "~", "Kabupaten Gowa"),
      ("Profil Desa Digital DPMD", "sumbar", ""),
  ])

T("bumdes", ral="RAL.02.01.07", rab="RAB.03.02", raa="RAA.02.02",
  fn="pendataan BUMDes",
  fungsi=["Data BUMDes", "Pembinaan BUMDes"],
  tpl=["Pendataan unit usaha, modal dan laporan usaha BUMDes {p}."],
  rows=[
      ("SIBUMDES (Sistem Informasi BUMDes)", "desa", "~"),
      ("Data BUMDes Kaltim", "kaltim", "~"),
  ])

G("hibah", ral="RAL.02.02.07", rab="RAB.09.02.02", raa="RAA.02.02",
  fn="penganggaran & pengelolaan hibah dan bantuan sosial daerah",
  fungsi=["Pengajuan & verifikasi hibah bansos", "e-Hibah", "Penganggaran hibah/bansos APBD"],
  tpl=["Pengajuan proposal hibah dan bansos, verifikasi OPD, penganggaran dan pertanggungjawaban {p}."],
  rows=[
      ("e-Hibah Bansos Pemprov Jatim", "jatim", "~"),
      ("SIHIBAH", "dki", ""),
      ("e-Hibah Kota Bekasi", "jabar", "~", "Kota Bekasi"),
      ("SIMHIBAH (Sistem Informasi Manajemen Hibah dan Bansos)", "sumut", ""),
      ("Hibah Online Prov. Aceh", "aceh",
       "Pengajuan usulan hibah masyarakat dan lembaga, evaluasi TAPD dan NPHD."),
  ])

G("bumd", ral="RAL.02.02.08", rab="RAB.02.05", raa="RAA.02.02",
  fn="pelaporan & pembinaan kinerja BUMD",
  fungsi=["Pelaporan BUMD", "Pembinaan BUMD"],
  tpl=["Pelaporan keuangan, dividen dan kinerja BUMD kepada Biro Perekonomian {p}."],
  rows=[
      ("SIMBUMD", "kemendagri", "Sistem informasi BUMD: profil, laporan keuangan dan kinerja BUMD seluruh daerah."),
      ("e-BUMD Biro Perekonomian", "jateng", "~"),
      ("Laporan Kinerja BUMD Online", "kalsel", ""),
      ("Dashboard BUMD Prov Sulut", "sulut", "~"),
  ])

G("asetbmd", ral="RAL.02.02.09", rab="RAB.09.02.08", raa="RAA.02.02",
  fn="penatausahaan barang milik daerah (aset)",
  fungsi=["Inventarisasi BMD", "Akuntansi aset daerah", "KIB & penyusutan"],
  tpl=["Pencatatan KIB, mutasi, penyusutan dan laporan barang milik daerah {p}."],
  rows=[
      ("SIMDA BMD", "bpkp", "Aplikasi SIMDA modul barang milik daerah untuk pemda."),
      ("e-Aset Kota Semarang", "jateng", ""),
      ("SIMBADA (Sistem Informasi Manajemen Barang Daerah)", "ntb", "~"),
      ("SIPKD Aset Kota Palembang", "sumsel", ""),
      ("Aset Daerah Online BPKAD", "papua", "~"),
      ("SIMASDA Kab. Malang", "jatim", ""),
      ("e-BMD v3", "kalbar", ""),
  ])

G("sakti", ral="RAL.02.02.10", rab="RAB.09.02.01", raa="RAA.01.02", jenis="Aplikasi Umum",
  fn="administrasi keuangan satker pusat (SAKTI dan modul yang diserapnya)",
  fungsi=["Perencanaan s.d. pelaporan keuangan satker", "Akuntansi & pelaporan satker K/L", "SAKTI"],
  tpl=["Aplikasi keuangan satker K/L: anggaran, komitmen, pembayaran, persediaan, aset dan akuntansi {p}."],
  rows=[
      ("SAKTI (Sistem Aplikasi Keuangan Tingkat Instansi)", "kemenkeu",
       "Aplikasi terintegrasi perencanaan hingga pertanggungjawaban anggaran satker K/L."),
      ("SAIBA (Sistem Akuntansi Instansi Berbasis Akrual)", "bps", ""),
      ("SIMAK-BMN 2019", "kemnaker", ""),
      ("Aplikasi Persediaan Satker", "kemenag", "Pencatatan persediaan barang habis pakai satker untuk laporan keuangan."),
      ("RKAKL-DIPA Satker", "bmkg", ""),
      ("SAKTI - Modul Bendahara", "kementan", "~"),
  ])

G("lkpd", ral="RAL.02.02.11", rab="RAB.09.02.09", raa="RAA.02.02",
  fn="penyusunan & konsolidasi laporan keuangan pemerintah daerah",
  fungsi=["Konsolidasi LKPD", "Penyusunan laporan keuangan", "Akuntansi akrual pemda"],
  tpl=["Penyusunan laporan keuangan SKPD dan konsolidasi LKPD (LRA, neraca, LO, CaLK) {p}."],
  rows=[
      ("e-LKPD", "ntt", "~"),
      ("SIAKD (Sistem Informasi Akuntansi Keuangan Daerah)", "bali", ""),
      ("Aplikasi Konsolidasi LK Pemda", "bpkp", "Alat bantu konsolidasi laporan keuangan pemda dari laporan SKPD."),
      ("SILAKU (Sistem Informasi Laporan Keuangan)", "gtlo", ""),
      ("LK Online Kab. Tabanan", "bali", "~", "Kabupaten Tabanan"),
  ])

G("audit", ral="RAL.02.07.02", rab="RAB.09.06.04", raa="RAA.02.02",
  fn="pengawasan internal APIP/inspektorat",
  fungsi=["Audit internal", "Manajemen pengawasan inspektorat", "Tindak lanjut temuan"],
  tpl=["Perencanaan PKPT, kertas kerja audit, laporan hasil pemeriksaan dan tindak lanjut temuan {p}."],
  rows=[
      ("SIMWAS", "bpkp", "~"),
      ("e-Audit Inspektorat Kota Surabaya", "jatim", "~", "Kota Surabaya"),
      ("SIPTL (Sistem Informasi Pemantauan Tindak Lanjut)", "sulsel", ""),
      ("SIMAWAS Itjen", "kemnaker", ""),
      ("Sistem Informasi Pengawasan Inspektorat Prov. Riau", "riau", ""),
      ("SI-APIP", "kemendagri", "Aplikasi manajemen pengawasan APIP daerah."),
  ])

T("pajakpusat", ral="RAL.01.29.09", rab="RAB.09.02.04", raa="RAA.01.01",
  fn="pelaporan pajak pusat (SPT) oleh wajib pajak",
  fungsi=["e-Filing SPT", "Layanan pajak pusat"],
  tpl=["Pelaporan SPT pajak penghasilan secara elektronik {p}."],
  rows=[
      ("DJP Online", "kemenkeu", "Layanan pajak pusat daring: e-Filing SPT, e-Billing pajak, NPWP."),
      ("e-Filing SPT Tahunan", "kemenkeu", ""),
  ])

T("penggajian", ral="RAL.02.04.05", rab="RAB.09.06.02", raa="RAA.02.02",
  fn="penggajian PNS daerah",
  fungsi=["Penggajian pegawai", "Daftar gaji & potongan"],
  tpl=["Perhitungan gaji, tunjangan, potongan dan cetak daftar gaji PNS daerah {p}."],
  rows=[
      ("SIMGAJI Kab. Lombok Timur", "ntb", "~", "Kabupaten Lombok Timur"),
      ("e-Gaji BPKAD", "sumsel", "~"),
      ("Aplikasi Gaji PNS Daerah (GPP Daerah)", "papua", ""),
  ])

T("ssh", ral="RAL.02.02.12", rab="RAB.09.02.01", raa="RAA.02.02",
  fn="standar satuan harga untuk penganggaran",
  fungsi=["Standar satuan harga", "SSH/HSPK"],
  tpl=["Penyusunan standar satuan harga barang/jasa sebagai acuan penyusunan anggaran {p}."],
  rows=[
      ("e-SSH (Standar Satuan Harga)", "jatim", "~"),
      ("SIHARGA SSH Kab. Kubu Raya", "kalbar", "~", "Kabupaten Kubu Raya"),
  ])

# ---------------------------------------------------------------- labour
G("loker", ral="RAL.01.14.01", rab="RAB.06.02.01", raa="RAA.02.01",
  fn="informasi lowongan kerja & bursa kerja/job fair",
  fungsi=["Bursa kerja online", "Informasi lowongan kerja", "Job fair", "Penempatan tenaga kerja"],
  tpl=["Informasi lowongan kerja, lamaran pencari kerja dan job fair {p}.",
       "Bursa kerja online yang mempertemukan pencari kerja dengan perusahaan {p}."],
  rows=[
      ("Karirhub (SIAPkerja)", "kemnaker", "Layanan lowongan kerja dan penempatan pada ekosistem SIAPkerja Kemnaker."),
      ("Bursa Kerja Online (BKOL)", "kemnaker", ""),
      ("Job Fair Virtual Disnaker Kota Tangerang", "banten", "~", "Kota Tangerang"),
      ("SiLoker", "jateng", ""),
      ("Info Loker Jatim", "jatim", "~"),
      ("Bursa Kerja Khusus (BKK) Online", "diy", ""),
      ("Mitra Dulur Gawe", "jabar", "Portal lowongan kerja dan job fair daring Jawa Barat."),
      ("e-Loker Kab. Deli Serdang", "sumut", ""),
      ("Padang Kerja", "sumbar", ""),
      ("Sipakatau Jobs Kota Makassar", "sulsel", "~", "Kota Makassar"),
      ("JobFair Online 2022", "ntb", ""),
  ])

T("casn", ral="RAL.02.04.01", rab="RAB.09.06.01", raa="RAA.01.02",
  fn="rekrutmen/seleksi calon ASN (CPNS/PPPK)",
  fungsi=["Seleksi CASN", "Rekrutmen PPPK"],
  tpl=["Pendaftaran dan seleksi administrasi calon pegawai ASN/PPPK {p}."],
  rows=[
      ("SSCASN", "bkn", "Portal pendaftaran seleksi CPNS dan PPPK nasional."),
      ("e-Rekrutmen PPPK Pemprov Kalsel", "kalsel", "~"),
      ("Seleksi CASN Online BKPSDM Kab. Sikka", "ntt", ""),
  ])

G("ak1", ral="RAL.01.14.02", rab="RAB.06.02.01", raa="RAA.02.01",
  fn="kartu pencari kerja (AK/I, kartu kuning)",
  fungsi=["Pembuatan kartu AK1", "Pendaftaran pencari kerja", "Kartu kuning online"],
  tpl=["Pendaftaran pencari kerja dan penerbitan kartu AK/I (kartu kuning) secara online {p}."],
  rows=[
      ("e-AK1 Disnaker Kota Bekasi", "jabar", "~", "Kota Bekasi"),
      ("Kartu Kuning Online", "jateng", ""),
      ("SIAK1 (Sistem Informasi AK/I)", "ntb", ""),
      ("AK-1 Online Kab. Sidoarjo", "jatim", "~", "Kabupaten Sidoarjo"),
      ("Kartu Pencari Kerja Digital", "kemnaker", "Kartu AK/I digital pada SIAPkerja."),
      ("Pendaftaran AK/I Disnakertrans Kalbar", "kalbar", ""),
  ])

G("blk", ral="RAL.01.14.03", rab="RAB.06.02.02", raa="RAA.02.01",
  fn="pelatihan vokasi di Balai Latihan Kerja",
  fungsi=["Pendaftaran pelatihan BLK", "Manajemen pelatihan vokasi", "Pelatihan berbasis kompetensi"],
  tpl=["Pendaftaran peserta, jadwal kejuruan dan sertifikat pelatihan Balai Latihan Kerja {p}."],
  rows=[
      ("SIBLK (Sistem Informasi Balai Latihan Kerja)", "kemnaker", "~"),
      ("Pelatihan Vokasi Online - SIAPkerja", "kemnaker", ""),
      ("e-BLK Disnaker Prov Sumsel", "sumsel", ""),
      ("Daftar Pelatihan UPTD BLK Kota Samarinda", "kaltim", "~", "Kota Samarinda"),
      ("SIPELA (Sistem Informasi Pelatihan Kerja)", "lampung", ""),
      ("BLK Online Kab. Indramayu", "jabar", ""),
      ("Latih Gawe Jogja", "diy", "Pendaftaran pelatihan kerja di Balai Latihan Kerja DIY."),
  ])

G("tka", ral="RAL.01.14.04", rab="RAB.06.02.03", raa="RAA.02.01",
  fn="pengesahan penggunaan tenaga kerja asing (RPTKA)",
  fungsi=["Pengesahan RPTKA", "Perizinan TKA", "Notifikasi TKA"],
  tpl=["Pengajuan dan pengesahan RPTKA serta notifikasi penggunaan tenaga kerja asing {p}."],
  rows=[
      ("TKA Online", "kemnaker", "Pengesahan RPTKA dan notifikasi TKA oleh Ditjen Binapenta."),
      ("SI-TKA", "riau", "~"),
      ("Perpanjangan IMTA Online", "dki", ""),
      ("e-RPTKA Perpanjangan Provinsi", "kaltim", "~"),
  ])

G("pmi", ral="RAL.01.14.05", rab="RAB.06.02.04", raa="RAA.02.01",
  fn="pelayanan dan pelindungan pekerja migran Indonesia",
  fungsi=["Pendataan PMI", "Layanan penempatan PMI", "Pelindungan pekerja migran"],
  tpl=["Pendataan calon/purna pekerja migran, layanan terpadu satu atap dan pelindungan PMI {p}."],
  rows=[
      ("SISKOP2MI (Sistem Komputerisasi Pelindungan PMI)", "kemnaker", ""),
      ("LTSA PMI Online Kab. Indramayu", "jabar", "~", "Kabupaten Indramayu"),
      ("SI-PMI Jatim", "jatim", ""),
      ("Pendataan Pekerja Migran Lombok Timur", "ntb", ""),
      ("Sistem Informasi Pelindungan PMI Prov NTT", "ntt", "~"),
  ])

G("upah", ral="RAL.01.14.06", rab="RAB.06.02.05", raa="RAA.02.02",
  fn="survei upah & kebutuhan hidup layak untuk penetapan upah minimum",
  fungsi=["Survei KHL", "Pengupahan", "Survei upah"],
  tpl=["Input survei kebutuhan hidup layak (KHL) dan data upah sebagai bahan rekomendasi upah minimum dewan pengupahan {p}."],
  rows=[
      ("Sistem Informasi Pengupahan", "kemnaker",
       "Data survei upah dan struktur skala upah untuk penetapan kebijakan pengupahan."),
      ("e-Survei KHL Dewan Pengupahan", "jateng", ""),
      ("Survei Upah Online Prov Banten", "banten", "~"),
  ])

T("skm", ral="RAL.02.07.03", rab="RAB.09.06.05", raa="RAA.02.02",
  fn="survei kepuasan masyarakat atas unit layanan",
  fungsi=["Survei kepuasan masyarakat", "Indeks kepuasan masyarakat"],
  tpl=["Survei kepuasan masyarakat (IKM) atas unit pelayanan publik {p}."],
  rows=[
      ("e-SKM Kota Bandar Lampung", "lampung", "~", "Kota Bandar Lampung"),
      ("Survei IKM DPMPTSP", "kaltim", ""),
      ("SKM Online Kemnaker", "kemnaker", "~"),
  ])

G("mediasi", ral="RAL.01.14.07", rab="RAB.06.02.06", raa="RAA.02.01",
  fn="mediasi perselisihan hubungan industrial",
  fungsi=["Mediasi PHI", "Pencatatan perselisihan hubungan industrial"],
  tpl=["Pengaduan dan pencatatan perselisihan hubungan industrial serta penjadwalan mediasi {p}."],
  rows=[
      ("e-Mediasi PHI", "kemnaker", "~"),
      ("SIPHI (Sistem Informasi Perselisihan Hubungan Industrial)", "jabar", ""),
      ("Mediasi HI Online Disnaker Kota Medan", "sumut", "~", "Kota Medan"),
      ("Lapor Perselisihan Kerja", "sulsel", ""),
  ])

G("k3", ral="RAL.01.14.08", rab="RAB.06.02.07", raa="RAA.02.01",
  fn="pelaporan dan pembinaan keselamatan dan kesehatan kerja (K3) perusahaan",
  fungsi=["Pelaporan K3", "Riksa uji K3", "P2K3 & kecelakaan kerja"],
  tpl=["Pelaporan P2K3, kecelakaan kerja dan pemeriksaan/pengujian K3 perusahaan {p}."],
  rows=[
      ("SI-K3 (Sistem Informasi K3)", "kemnaker", "~"),
      ("e-K3 Online", "jatim", ""),
      ("Lapor Kecelakaan Kerja & P2K3", "kalsel", "~"),
      ("Riksa Uji K3 Online UPT Pengawasan", "jateng", ""),
  ])

G("wasnaker", ral="RAL.01.14.09", rab="RAB.06.02.07", raa="RAA.02.01",
  fn="pengawasan ketenagakerjaan (norma kerja) oleh pengawas",
  fungsi=["Pengawasan ketenagakerjaan", "Pemeriksaan norma kerja", "Nota pemeriksaan"],
  tpl=["Penjadwalan pemeriksaan, nota pemeriksaan dan penegakan hukum norma ketenagakerjaan oleh pengawas {p}."],
  rows=[
      ("SIWASNAKER", "kemnaker", "~"),
      ("Pengawasan Ketenagakerjaan Online", "jabar", ""),
      ("e-Wasnaker UPT Wilayah", "jatim", ""),
      ("Siwas Norma Kerja", "sumut", "~"),
  ])

G("jamsos", ral="RAL.01.14.10", rab="RAB.04.03", raa="RAA.02.01",
  fn="pendaftaran kepesertaan jaminan sosial ketenagakerjaan",
  fungsi=["Kepesertaan BPJS Ketenagakerjaan", "Perlindungan pekerja rentan", "Jamsostek"],
  tpl=["Pendaftaran dan pembayaran iuran BPJS Ketenagakerjaan bagi pekerja rentan/informal yang dibiayai APBD {p}."],
  rows=[
      ("SIJAMSOS Pekerja Rentan", "jateng", "~"),
      ("e-Jamsostek Desa", "bali", ""),
      ("SiPeRa (Sistem Perlindungan Pekerja Rentan)", "jatim", ""),
      ("Jamsos TK Online Prov Kalsel", "kalsel", "~"),
  ])

# ---------------------------------------------------------------- investment and licensing
G("oss", ral="RAL.01.22.01", rab="RAB.02.06.01", raa="RAA.01.01",
  fn="perizinan berusaha (OSS-like)",
  fungsi=["Perizinan berusaha", "Penerbitan NIB & izin usaha", "Izin usaha online"],
  tpl=["Pelayanan perizinan berusaha: NIB, izin usaha dan izin komersial/operasional {p}.",
       "Permohonan dan penerbitan izin usaha secara elektronik di DPMPTSP {p}."],
  rows=[
      ("OSS-RBA (Online Single Submission Berbasis Risiko)", "invest",
       "Perizinan berusaha berbasis risiko terintegrasi secara elektronik."),
      ("SiCantik Cloud", "komdigi", "Aplikasi pelayanan perizinan untuk DPMPTSP daerah."),
      ("SIMPEL (Sistem Pelayanan Perijinan Elektronik) Kab. Kendal", "jateng", "~", "Kabupaten Kendal"),
      ("e-Perizinan Kota Pontianak", "kalbar", ""),
      ("SIUP Online", "kemendag", ""),
      ("Izin Usaha Online DPMPTSP Prov Sumbar", "sumbar", "~"),
      ("JEMPOL Izin (Jemput Bola Perizinan)", "sulut", ""),
      ("e-Licensing Kab. Tabanan", "bali", ""),
      ("Perizinan Online Gorontalo (SIPO)", "gtlo", ""),
  ])

G("pbg", ral="RAL.01.22.02", rab="RAB.03.04.01", raa="RAA.01.01",
  fn="persetujuan bangunan gedung (PBG/IMB)",
  fungsi=["PBG", "IMB online", "Persetujuan bangunan gedung"],
  tpl=["Permohonan persetujuan bangunan gedung (PBG), verifikasi teknis dan retribusi PBG {p}.",
       "Pengajuan izin mendirikan bangunan secara online {p}."],
  rows=[
      ("SIMBG (Sistem Informasi Manajemen Bangunan Gedung)", "pupr",
       "Penyelenggaraan PBG, SLF dan pendataan bangunan gedung nasional."),
      ("e-IMB Kota Surabaya", "jatim", "~", "Kota Surabaya"),
      ("PBG Online Kab. Badung", "bali", ""),
      ("IMB Online v2 DPMPTSP", "sulsel", ""),
      ("Si-IMB Kab. Kampar", "riau", ""),
      ("Izin Bangunan Online (SIBANG)", "dki", "~"),
  ])

G("lkpm", ral="RAL.01.22.03", rab="RAB.02.06.02", raa="RAA.02.01",
  fn="laporan kegiatan penanaman modal (LKPM)",
  fungsi=["LKPM", "Pelaporan realisasi investasi", "Pengawasan penanaman modal"],
  tpl=["Pelaporan realisasi penanaman modal (LKPM) triwulanan oleh pelaku usaha {p}."],
  rows=[
      ("LKPM Online", "invest", "~"),
      ("e-LKPM Prov Jateng", "jateng", ""),
      ("SIRI (Sistem Informasi Realisasi Investasi)", "kaltim", ""),
      ("Monitoring Realisasi Investasi DPMPTSP", "ntb", "~"),
      ("Lapor LKPM Kab. Bogor", "jabar", ""),
  ])

G("amdal", ral="RAL.01.35.01", rab="RAB.07.01.01", raa="RAA.02.01",
  fn="persetujuan lingkungan (AMDAL/UKL-UPL/SPPL)",
  fungsi=["Persetujuan lingkungan", "Penilaian AMDAL", "UKL-UPL"],
  tpl=["Penilaian dokumen AMDAL dan pemeriksaan UKL-UPL untuk persetujuan lingkungan {p}."],
  rows=[
      ("AMDALNET", "klhk", "Sistem informasi penilaian AMDAL dan persetujuan lingkungan."),
      ("e-UKL UPL Kab. Banjar", "kalsel", "~", "Kabupaten Banjar"),
      ("Persetujuan Lingkungan Online", "jatim", ""),
      ("SIPPLH (Sistem Informasi Persetujuan Lingkungan)", "sumsel", "~"),
      ("SPPL Online Kota Denpasar", "bali", ""),
  ])

G("antrian", ral="RAL.01.22.04", rab="RAB.09.06.05", raa="RAA.02.01",
  fn="antrean layanan DPMPTSP/Mal Pelayanan Publik",
  fungsi=["Antrian online", "Reservasi layanan MPP"],
  tpl=["Ambil nomor antrean dan reservasi jadwal layanan di DPMPTSP/MPP {p}."],
  rows=[
      ("Antrian Online DPMPTSP Kota Surakarta", "jateng", "~", "Kota Surakarta"),
      ("e-Antrian MPP", "dki", ""),
      ("SiAntri Perizinan", "lampung", ""),
      ("Antrean MPP Kab. Sumedang", "jabar", "~", "Kabupaten Sumedang"),
  ])

G("petainvest", ral="RAL.01.22.05", rab="RAB.02.06.03", raa="RAA.02.01",
  fn="peta & promosi peluang investasi",
  fungsi=["Promosi investasi", "Peta potensi investasi"],
  tpl=["Peta potensi dan profil proyek peluang investasi untuk promosi kepada calon investor {p}."],
  rows=[
      ("Regional Investment Map", "invest", "Peta peluang investasi proyek siap tawar seluruh provinsi."),
      ("Jatim Investment Map", "jatim", ""),
      ("SIPID (Sistem Informasi Potensi Investasi Daerah)", "sulsel", "~"),
      ("Peta Investasi Kalbar", "kalbar", ""),
      ("Invest in Sumut", "sumut", "~"),
  ])

# ---------------------------------------------------------------- cooperatives and SMEs
G("umkm", ral="RAL.01.23.01", rab="RAB.02.04.01", raa="RAA.02.01",
  fn="pendataan UMKM",
  fungsi=["Database UMKM", "Pendataan pelaku usaha mikro", "Data tunggal UMKM"],
  tpl=["Pendataan pelaku UMKM: profil usaha, omzet, tenaga kerja dan legalitas {p}."],
  rows=[
      ("SIDT-KUMKM (Sistem Informasi Data Tunggal KUMKM)", "kukm", "~"),
      ("SI-UMKM Kalsel", "kalsel", ""),
      ("Database UMKM Kota Bandung", "jabar", "~", "Kota Bandung"),
      ("e-UMKM Jogja", "diy", ""),
      ("SIUMKM Aceh", "aceh", ""),
      ("Data UMKM Terpadu Prov Gorontalo", "gtlo", "~"),
      ("SAKATO UMKM", "sumbar", ""),
  ])

G("koperasi", ral="RAL.01.23.02", rab="RAB.02.04.02", raa="RAA.02.01",
  fn="pelaporan & pemantauan koperasi (RAT, laporan keuangan koperasi)",
  fungsi=["Laporan koperasi", "Online data koperasi", "Monitoring RAT"],
  tpl=["Pelaporan RAT, keanggotaan dan laporan keuangan koperasi kepada dinas {p}."],
  rows=[
      ("ODS (Online Data System) Koperasi", "kukm", "Pelaporan data koperasi secara daring oleh koperasi ke Kemenkop UKM."),
      ("SIMPONI (Sistem Monitoring Koperasi) Kota Madiun", "jatim", "~", "Kota Madiun"),
      ("e-RAT Koperasi", "jateng", ""),
      ("SIKOP Prov NTB", "ntb", ""),
      ("Laporan Koperasi Online Diskop Sulsel", "sulsel", "~"),
      ("Mapalus Koperasi", "sulut", ""),
  ])

G("pelatihanumkm", ral="RAL.01.23.03", rab="RAB.02.04.03", raa="RAA.02.01",
  fn="pelatihan & pendampingan UMKM",
  fungsi=["Pelatihan UMKM", "Inkubasi & pendampingan usaha"],
  tpl=["Pendaftaran dan penyelenggaraan pelatihan kewirausahaan bagi pelaku UMKM {p}."],
  rows=[
      ("e-Learning UMKM", "kukm", "~"),
      ("Kelas UMKM Naik Kelas", "jatim", ""),
      ("SiPelatih KUMKM Prov Banten", "banten", ""),
      ("Pelatihan UMKM Online Kota Semarang", "jateng", "~", "Kota Semarang"),
  ])

G("katalogumkm", ral="RAL.01.23.04", rab="RAB.02.04.04", raa="RAA.02.01",
  fn="katalog/etalase produk UMKM untuk pemasaran",
  fungsi=["Katalog produk UMKM", "Pemasaran online UMKM"],
  tpl=["Etalase dan katalog produk UMKM lokal untuk promosi dan pemasaran daring {p}."],
  rows=[
      ("Katalog Produk UMKM Jabar", "jabar", "~"),
      ("Etalase UMKM Bali (Pasar Bali Digital)", "bali", ""),
      ("Pasar Digital UMKM Kab. Gowa", "sulsel", "~", "Kabupaten Gowa"),
      ("e-Katalog UMKM Sumsel", "sumsel", "~"),
      ("Galeri Produk IKM Online", "kemenperin", "Etalase daring produk industri kecil menengah binaan untuk promosi dan pemasaran."),
  ])

T("ekatalog", ral="RAL.02.06.03", rab="RAB.09.02.10", raa="RAA.01.02", jenis="Aplikasi Umum",
  fn="e-purchasing pengadaan pemerintah (katalog elektronik)",
  fungsi=["e-Purchasing", "Katalog elektronik pengadaan"],
  tpl=["Katalog elektronik untuk pembelian barang/jasa pemerintah daerah (e-purchasing) {p}."],
  rows=[
      ("e-Katalog LKPP", "lkpp", "Katalog elektronik untuk e-purchasing barang/jasa pemerintah."),
      ("e-Katalog Lokal Prov DKI", "dki", "~"),
      ("Toko Daring Pengadaan (Bela Pengadaan)", "lkpp", "Belanja pengadaan langsung pemerintah melalui toko daring/marketplace."),
  ])

G("halal", ral="RAL.01.23.05", rab="RAB.08.02", raa="RAA.02.01",
  fn="fasilitasi sertifikasi halal",
  fungsi=["Sertifikasi halal", "Fasilitasi halal UMKM"],
  tpl=["Pendaftaran dan pendampingan sertifikasi halal bagi pelaku usaha {p}."],
  rows=[
      ("SIHALAL", "kemenag", "Layanan permohonan sertifikasi halal BPJPH."),
      ("Fasilitasi Sertifikat Halal UMKM Diskop Jatim", "jatim", ""),
      ("SEHATI Prov NTB (Sertifikasi Halal Gratis)", "ntb", "~"),
      ("Pendampingan Halal Aceh", "aceh", ""),
  ])

G("kur", ral="RAL.01.23.06", rab="RAB.02.04.05", raa="RAA.02.01",
  fn="penyaluran & monitoring kredit usaha rakyat (KUR)",
  fungsi=["KUR", "Monitoring KUR", "Subsidi bunga kredit program"],
  tpl=["Pendataan calon debitur dan pemantauan penyaluran Kredit Usaha Rakyat {p}."],
  rows=[
      ("SIKP (Sistem Informasi Kredit Program)", "kemenkeu", "Data calon debitur, penyaluran dan subsidi bunga KUR."),
      ("Monitoring KUR", "ekon", "~"),
      ("e-KUR Prov Sumut", "sumut", ""),
      ("KUR Online Diskop Kota Cirebon", "jabar", ""),
  ])

# ---------------------------------------------------------------- trade and statistics
G("harga", ral="RAL.01.24.01", rab="RAB.02.03.01", raa="RAA.02.01",
  fn="pemantauan & informasi harga pasar bahan pokok",
  fungsi=["Informasi harga pasar", "Pemantauan harga bahan pokok", "Papan harga"],
  tpl=["Pemantauan dan publikasi harga harian bahan pokok di pasar tradisional {p}.",
       "Papan informasi harga komoditas pangan pada pasar rakyat {p}."],
  rows=[
      ("SP2KP (Sistem Pemantauan Pasar Kebutuhan Pokok)", "kemendag", "~"),
      ("SIHARGA Pasar Jatim", "jatim", ""),
      ("Info Harga Pasar Kota Banjarmasin", "kalsel", "~", "Kota Banjarmasin"),
      ("Panel Harga Pangan", "kementan", ""),
      ("e-Harga Bapok Disperindag Sulsel", "sulsel", ""),
      ("Harga Pasar Hari Ini - Kab. Banyumas", "jateng", ""),
      ("SIMHARGA Prov Lampung", "lampung", "~"),
      ("Pantau Harga Riau", "riau", ""),
      ("Harga Komoditas Pasar Aceh", "aceh", ""),
  ])

G("stok", ral="RAL.01.24.02", rab="RAB.02.03.02", raa="RAA.02.01",
  fn="pemantauan stok/ketersediaan bahan pokok",
  fungsi=["Stok bahan pokok", "Ketersediaan pangan", "Monitoring stok distributor"],
  tpl=["Pelaporan stok dan ketersediaan bahan pokok oleh distributor/gudang {p}."],
  rows=[
      ("SIMSTOK Bapok", "kemendag", "~"),
      ("Lapor Stok Distributor Prov Jabar", "jabar", ""),
      ("e-Stok Pangan", "jateng", ""),
      ("Neraca Stok Bapok Sulut", "sulut", "~"),
  ])

G("metrologi", ral="RAL.01.24.03", rab="RAB.02.03.03", raa="RAA.02.01",
  fn="pelayanan tera/tera ulang UTTP (metrologi legal)",
  fungsi=["Tera ulang", "Metrologi legal", "Pelayanan UTTP"],
  tpl=["Permohonan tera/tera ulang alat ukur, takar, timbang (UTTP) dan retribusi tera {p}."],
  rows=[
      ("SIMETRO (Sistem Informasi Metrologi Legal)", "kemendag", "~"),
      ("e-Tera Ulang UPTD Metrologi Kota Surabaya", "jatim", ""),
      ("Tera Online", "jateng", ""),
      ("SiMeLa Kota Yogyakarta", "diy", "~", "Kota Yogyakarta"),
      ("Layanan Metrologi Legal Kab. Badung", "bali", ""),
  ])

G("ska", ral="RAL.01.24.04", rab="RAB.02.03.04", raa="RAA.02.01",
  fn="penerbitan surat keterangan asal (SKA/COO) ekspor",
  fungsi=["Penerbitan SKA", "Certificate of Origin"],
  tpl=["Permohonan dan penerbitan Surat Keterangan Asal (Certificate of Origin) untuk eksportir {p}."],
  rows=[
      ("e-SKA", "kemendag", "~"),
      ("SKA Online Disperindag Jatim", "jatim", ""),
      ("Certificate of Origin (COO) Service", "dki", ""),
      ("SKA Prov Kalbar", "kalbar", "~"),
  ])

G("satudata", ral="RAL.02.09.01", rab="RAB.09.03.01", raa="RAA.01.02",
  fn="portal satu data & statistik sektoral",
  fungsi=["Statistik sektoral", "Portal satu data", "Open data"],
  tpl=["Portal data terbuka dan statistik sektoral perangkat daerah {p}."],
  rows=[
      ("Satu Data Indonesia (data.go.id)", "bappenas", "Katalog data terbuka nasional."),
      ("Open Data Jabar", "jabar", ""),
      ("Satu Data Jatim", "jatim", "~"),
      ("SIMDATA Statistik Sektoral Kab. Bantul", "diy", ""),
      ("Portal Statistik Sektoral Kota Makassar", "sulsel", "~", "Kota Makassar"),
      ("Satu Data Perdagangan", "kemendag", ""),
      ("e-Walidata Kalsel", "kalsel", ""),
  ])

# ---------------------------------------------------------------- general functions
G("simpeg", ral="RAL.02.04.02", rab="RAB.09.06.01", raa="RAA.01.02",
  fn="sistem informasi kepegawaian",
  fungsi=["Kepegawaian", "Data pegawai ASN", "SIMPEG"],
  tpl=["Pengelolaan data induk pegawai, riwayat jabatan/pangkat dan usulan layanan kepegawaian {p}."],
  rows=[
      ("SIASN", "bkn", "Sistem informasi ASN nasional."),
      ("MyASN", "bkn", "Aplikasi layanan mandiri data kepegawaian bagi pegawai ASN."),
      ("SIMPEG Kemnaker", "kemnaker", ""),
      ("SIMPEG v5 BKD", "sumsel", ""),
      ("SIMPEG", "kemendag", ""),
      ("SIMASN Prov NTT", "ntt", "~"),
      ("SiKepo (Sistem Kepegawain Online)", "sulut", ""),
      ("Sapa Pegawai Kab. Badung", "bali", ""),
      ("SIMPEG BKPSDM Kota Pontianak", "kalbar", "~", "Kota Pontianak"),
  ])

G("presensi", ral="RAL.02.04.03", rab="RAB.09.06.02", raa="RAA.02.02",
  fn="presensi/absensi pegawai",
  fungsi=["Presensi pegawai", "Absensi online"],
  tpl=["Presensi pegawai berbasis lokasi/wajah dan rekap kehadiran {p}."],
  rows=[
      ("e-Presensi", "kemenkeu", ""),
      ("Presensi Online Kemnaker", "kemnaker", "~"),
      ("SiAbsen", "ntb", ""),
      ("e-Absensi Face Recognition BKD", "kaltim", "~"),
      ("Huyula Absen", "gtlo", ""),
      ("Presensi Mobile BPS", "bps", ""),
      ("Absensi Fingerprint Online DPMPTSP", "sumbar", ""),
  ])

G("surat", ral="RAL.02.06.01", rab="RAB.09.07.01", raa="RAA.01.02", jenis="Aplikasi Umum",
  fn="persuratan & naskah dinas elektronik",
  fungsi=["Naskah dinas elektronik", "Persuratan", "Tata naskah dinas"],
  tpl=["Surat masuk/keluar, disposisi dan tanda tangan elektronik naskah dinas {p}."],
  rows=[
      ("SRIKANDI", "anri", "Aplikasi umum bidang kearsipan dinamis."),
      ("Nadine (Naskah Dinas Elektronik)", "kemenkeu", ""),
      ("e-Office", "kemnaker", ""),
      ("e-Surat", "kemendag", "~"),
      ("TNDE Prov Riau", "riau", ""),
      ("e-Office Kota Mataram", "ntb", "~", "Kota Mataram"),
      ("SIPAS (Sistem Informasi Persuratan)", "lampung", ""),
      ("Disposisi Online Setda", "papua", ""),
  ])

G("aduan", ral="RAL.02.07.01", rab="RAB.09.06.05", raa="RAA.01.01", jenis="Aplikasi Umum",
  fn="pengaduan masyarakat",
  fungsi=["Pengaduan masyarakat", "Penanganan aduan", "Integrasi SP4N-LAPOR"],
  tpl=["Penerimaan, disposisi dan tindak lanjut pengaduan masyarakat {p}."],
  rows=[
      ("SP4N-LAPOR!", "panrb", "Sistem pengelolaan pengaduan pelayanan publik nasional."),
      ("Sambat Online Kota Malang", "jatim", "~", "Kota Malang"),
      ("Pengaduan Online DPMPTSP", "banten", ""),
      ("Aduan Kemnaker", "kemnaker", "Kanal pengaduan masyarakat terhadap layanan Kemnaker."),
      ("e-Aduan Kalsel", "kalsel", ""),
      ("Lapor Gub Sulsel", "sulsel", "~"),
      ("Torang Lapor", "sulut", ""),
  ])

G("ppid", ral="RAL.02.09.02", rab="RAB.09.03.02", raa="RAA.02.01",
  fn="layanan informasi publik PPID",
  fungsi=["Permohonan informasi publik", "PPID"],
  tpl=["Permohonan informasi publik, keberatan dan daftar informasi publik PPID {p}."],
  rows=[
      ("e-PPID", "kemnaker", "~"),
      ("PPID Online Kemenkop UKM", "kukm", ""),
      ("SIPPID", "jateng", ""),
      ("PPID Kota Cirebon", "jabar", "~", "Kota Cirebon"),
      ("e-PPID v2 Diskominfo", "ntt", ""),
      ("Layanan Informasi Publik (PPID) BPS", "bps", ""),
  ])

G("perencanaan", ral="RAL.02.03.02", rab="RAB.09.05.01", raa="RAA.02.02",
  fn="perencanaan pembangunan daerah (musrenbang, RKPD, renja)",
  fungsi=["Perencanaan pembangunan daerah", "e-Musrenbang", "Penyusunan RKPD"],
  tpl=["Usulan musrenbang, penyusunan Renja OPD dan RKPD {p}."],
  rows=[
      ("e-Musrenbang Kab. Bone", "sulsel", ""),
      ("e-Planning", "kaltim", "~"),
      ("SIMRENDA (Sistem Informasi Perencanaan Daerah)", "bali", ""),
      ("Musrenbang Online Kota Padang", "sumbar", "~", "Kota Padang"),
      ("SIPD Perencanaan", "kemendagri", "Modul perencanaan SIPD: RPJMD, RKPD dan Renja perangkat daerah."),
  ])

G("sakip", ral="RAL.02.07.04", rab="RAB.09.06.03", raa="RAA.01.02", jenis="Aplikasi Umum",
  fn="akuntabilitas kinerja instansi (SAKIP/LKjIP)",
  fungsi=["SAKIP", "Laporan kinerja instansi", "Perjanjian kinerja & LKjIP"],
  tpl=["Penyusunan perjanjian kinerja, pengukuran capaian IKU dan LKjIP instansi {p}."],
  rows=[
      ("e-SAKIP", "panrb", "~"),
      ("SAKIP Online Prov Jatim", "jatim", ""),
      ("LAKIP Online", "kementan", ""),
      ("eSAKIP Kab. Sleman", "diy", "~", "Kabupaten Sleman"),
      ("SIKIP Kalbar", "kalbar", ""),
  ])

T("ekinerja", ral="RAL.02.04.04", rab="RAB.09.06.02", raa="RAA.01.02",
  fn="penilaian kinerja individu pegawai (SKP)",
  fungsi=["Kinerja pegawai", "SKP"],
  tpl=["Penyusunan SKP dan penilaian kinerja individu pegawai ASN {p}."],
  rows=[
      ("e-Kinerja BKN", "bkn", "Penilaian kinerja pegawai ASN (SKP) nasional."),
      ("SKP Online", "jateng", "~"),
      ("e-Kinerja ASN Kota Makassar", "sulsel", ""),
      ("Kinerja Pegawai (TPP) Kab. Sidoarjo", "jatim",
       "Aktivitas harian dan capaian SKP pegawai sebagai dasar TPP Kabupaten Sidoarjo."),
  ])

G("lpse", ral="RAL.02.06.02", rab="RAB.09.02.10", raa="RAA.01.02", jenis="Aplikasi Umum",
  fn="pengadaan secara elektronik (SPSE/LPSE)",
  fungsi=["e-Tendering", "LPSE", "Pengadaan barang/jasa"],
  tpl=["Layanan pengadaan secara elektronik (tender/seleksi) menggunakan SPSE {p}."],
  rows=[
      ("SPSE v4.5", "lkpp", "Sistem pengadaan secara elektronik."),
      ("LPSE Kemnaker", "kemnaker", ""),
      ("LPSE Prov Lampung", "lampung", ""),
      ("LPSE Kota Denpasar", "bali", "~", "Kota Denpasar"),
      ("LPSE Kemendag", "kemendag", ""),
  ])

G("splp", ral="RAL.02.09.03", rab="RAB.09.03.03", raa="RAA.01.02", jenis="Aplikasi Umum",
  dpi="dpi-pertukaran-data",
  fn="interoperabilitas / API gateway layanan pemerintah",
  fungsi=["Integrasi data antar aplikasi", "API gateway", "Pertukaran data"],
  tpl=["Penghubung layanan/API gateway untuk pertukaran data antar aplikasi {p}."],
  rows=[
      ("SPLP (Sistem Penghubung Layanan Pemerintah)", "komdigi", "~"),
      ("API Gateway Pemprov Jateng", "jateng", ""),
      ("Integrasi Layanan (ESB) Pusintek", "kemenkeu", ""),
      ("SPLP Daerah Prov Bali", "bali", ""),
  ])

G("sso", ral="RAL.02.09.04", rab="RAB.09.03.04", raa="RAA.01.02", jenis="Aplikasi Umum",
  dpi="dpi-identitas-digital",
  fn="single sign-on / identitas digital pengguna layanan",
  fungsi=["Single sign-on", "Identitas digital pengguna"],
  tpl=["Single sign-on satu akun untuk seluruh layanan digital {p}."],
  rows=[
      ("INApas", "inadigital", "Single sign-on dan dompet identitas digital untuk layanan pemerintah."),
      ("SSO Kemenkeu (Kemenkeu ID)", "kemenkeu", ""),
      ("SSO Pemprov DKI", "dki", "~"),
  ])

# ---------------------------------------------------------------- trap singletons
# (each shares words, acronyms or codes with a group above but serves another function)
S("pbbp5l", "PBB-P5L (Perkebunan, Perhutanan, Pertambangan)", "kemenkeu",
  "Administrasi PBB sektor perkebunan, perhutanan, pertambangan dan sektor lainnya oleh DJP.",
  "Pajak pusat PBB P5L", "RAL.01.29.01", "RAB.09.02.04", "RAA.02.01", trap=True)
S("sentuhtanah", "Sentuh Tanahku", "atr",
  "Informasi berkas permohonan dan sertipikat tanah, lokasi bidang tanah, antrean kantor pertanahan.",
  "", "RAL.01.28.01", "RAB.03.06", "RAA.02.01", trap=True)
S("usahapariwisata", "SIDUP (Sistem Pendaftaran Usaha Pariwisata) Dispar Bali", "bali",
  "Pendaftaran usaha pariwisata (hotel, restoran, biro perjalanan) dan sertifikat usaha pariwisata.",
  "Tanda daftar usaha pariwisata", "RAL.01.33.01", "RAB.02.07", "", trap=True)
S("ujikir", "Uji KIR Online Dishub Kota Samarinda", "kaltim",
  "Pendaftaran pengujian berkala kendaraan bermotor (KIR) angkutan barang dan umum.",
  "", "RAL.01.31.01", "RAB.03.05", "RAA.02.01", trap=True)
S("revitpasar", "SI-Revitalisasi Pasar Rakyat", "kemendag",
  "Monitoring usulan dan progres fisik pembangunan/revitalisasi pasar rakyat dana TP/DAK.",
  "Monitoring revitalisasi pasar", "RAL.01.24.05", "RAB.02.03", "", trap=True)
S("angkutsampah", "SI-Angkut Sampah (GPS Truk)", "dki",
  "Pelacakan GPS armada truk sampah dan ritase pengangkutan ke TPST.", "",
  "RAL.01.35.02", "RAB.07.02", "RAA.02.02", trap=True)
S("smsbapenda", "SMS Gateway Bapenda", "sumsel",
  "Notifikasi SMS jatuh tempo pajak kepada wajib pajak.", "Notifikasi wajib pajak",
  "RAL.02.02.05", "", "RAA.02.02", trap=True)
S("idm", "IDM (Indeks Desa Membangun)", "desa",
  "Pengukuran status perkembangan desa (mandiri, maju, berkembang, tertinggal).",
  "Indeks desa", "RAL.02.01.06", "RAB.03.02", "RAA.02.02", trap=True)
S("simademadrasah", "SIMADE (Sistem Informasi Madrasah)", "kemenag", "",
  "", "RAL.01.05.02", "RAB.06.01", "", trap=True)
S("siksng", "SIKS-NG", "kemensos",
  "Pengolahan data terpadu kesejahteraan sosial (DTKS) dan usulan penerima bantuan sosial.",
  "DTKS", "RAL.01.12.01", "RAB.04.01", "RAA.01.01", jenis="Aplikasi Umum", trap=True)
S("hibahriset", "Hibah Riset Balitbangda", "jateng",
  "Pendaftaran proposal penelitian dan seleksi penerima hibah riset daerah.", "",
  "RAL.01.42.01", "RAB.09.05", "", trap=True)
S("portalbumn", "Portal BUMN - Laporan Kinerja", "bumn",
  "Pelaporan kinerja, KPI dan laporan keuangan perusahaan BUMN ke Kementerian BUMN.",
  "", "RAL.02.02.08", "RAB.02.05", "RAA.02.02", trap=True)
S("inventaristik", "Inventaris Perangkat TIK & Helpdesk Pusdatin", "kemnaker",
  "Pencatatan perangkat TIK, tiket helpdesk dan penanganan gangguan jaringan.", "Helpdesk TIK",
  "RAL.02.09.05", "RAB.09.03", "", trap=True)
S("sisaktidinkes", "Si SAKTI (Sarana Kesehatan Terpadu) Dinkes", "ntt",
  "Pendataan sarana dan fasilitas pelayanan kesehatan se-Provinsi NTT.", "", "RAL.01.11.03",
  "RAB.04.02", "", trap=True)
S("monevfisik", "Dashboard Realisasi Fisik & Keuangan Kegiatan (e-Monev)", "gtlo",
  "Monitoring capaian fisik dan serapan anggaran kegiatan OPD per bulan.", "Monev pembangunan",
  "RAL.02.03.04", "RAB.09.05.06", "RAA.02.02", trap=True)
S("auditenergi", "e-Audit Energi Dinas ESDM Jabar", "jabar",
  "Pelaporan audit energi dan konservasi energi bangunan gedung dan industri.", "",
  "RAL.01.36.02", "RAB.07.03", "", trap=True)
S("pengawasanpom", "e-Pengawasan Sarana POM", "bpom",
  "Pemeriksaan sarana produksi dan distribusi obat dan makanan serta tindak lanjut temuan.",
  "Pengawasan obat & makanan", "RAL.01.11.05", "RAB.04.02", "RAA.02.01", trap=True)
S("siak", "SIAK Terpusat", "kemendagri",
  "Sistem Informasi Administrasi Kependudukan terpusat Ditjen Dukcapil.", "Administrasi kependudukan",
  "RAL.01.07.01", "RAB.03.07", "RAA.01.01", jenis="Aplikasi Umum", trap=True)
S("prakerja", "Kartu Prakerja", "ekon",
  "Program bantuan biaya pelatihan dan insentif bagi pencari kerja/pekerja terdampak.", "",
  "RAL.01.14.03", "RAB.06.02", "", trap=True)
S("relawanbpbd", "Pendaftaran Relawan BPBD", "ntb",
  "Rekrutmen dan database relawan kebencanaan BPBD Provinsi NTB.", "", "RAL.01.38.02",
  "RAB.05.02", "", trap=True)
S("elearningasn", "e-Learning ASN BPSDM Jateng", "jateng",
  "Pelatihan daring dan pengembangan kompetensi pegawai ASN pemprov.", "Pengembangan kompetensi ASN",
  "RAL.02.04.06", "RAB.09.06.01", "RAA.02.02", trap=True)
S("blkk", "SIBLKK (Bantuan BLK Komunitas)", "kemnaker",
  "Pengajuan dan verifikasi bantuan pembangunan BLK Komunitas di pesantren/lembaga keagamaan.",
  "", "RAL.01.14.03", "RAB.06.02.02", "", trap=True)
S("cyberext", "Cyber Extension", "kementan",
  "Materi penyuluhan dan pelatihan petani oleh penyuluh pertanian.", "Penyuluhan pertanian",
  "RAL.01.25.03", "RAB.07.04", "", trap=True)
S("izintinggal", "e-Izin Tinggal (ITAS/ITAP) Online", "kumham",
  "Permohonan izin tinggal terbatas dan tetap bagi warga negara asing.", "", "RAL.01.02.03",
  "RAB.01.02", "RAA.02.01", trap=True)
S("safetravel", "Safe Travel", "kemlu",
  "Informasi keamanan perjalanan dan lapor diri WNI di luar negeri.", "Pelindungan WNI",
  "RAL.01.02.01", "RAB.01.02", "RAA.02.01", trap=True)
S("mediasitanah", "Mediasi Sengketa Pertanahan", "atr",
  "Pengaduan dan penanganan sengketa dan konflik pertanahan melalui mediasi.", "",
  "RAL.01.28.03", "RAB.03.06", "", trap=True)
S("bpsk", "e-BPSK (Penyelesaian Sengketa Konsumen)", "kemendag",
  "Pendaftaran gugatan dan jadwal sidang mediasi/arbitrase sengketa konsumen di BPSK.", "",
  "RAL.01.24.06", "RAB.02.03", "", trap=True)
S("kapalrakyat", "SI Keselamatan Kapal Rakyat Dishub Sulut", "sulut",
  "Pendataan kapal rakyat dan pemeriksaan kelaiklautan/keselamatan pelayaran.", "", "RAL.01.31.04",
  "RAB.03.05", "", trap=True)
S("pbijk", "Usulan PBI JK", "kemensos",
  "Usulan dan verifikasi penerima bantuan iuran jaminan kesehatan dari DTKS.", "PBI JK",
  "RAL.01.12.02", "RAB.04.01", "RAA.02.01", trap=True)
S("izincuti", "Izin Cuti Online BKD", "kaltim",
  "Pengajuan dan persetujuan cuti pegawai secara elektronik.", "Cuti pegawai",
  "RAL.02.04.03", "RAB.09.06.02", "", trap=True)
S("izinpenelitian", "e-Izin Penelitian Kesbangpol", "diy", "", "Rekomendasi penelitian",
  "RAL.01.09.02", "RAB.09.01", "", trap=True)
S("simpelklhk", "SIMPEL (Sistem Informasi Pelaporan Elektronik Lingkungan Hidup)", "klhk",
  "Pelaporan pelaksanaan RKL-RPL dan kewajiban lingkungan oleh penanggung jawab usaha.",
  "Pelaporan kewajiban lingkungan", "RAL.01.35.01", "RAB.07.01", "RAA.02.01", trap=True)
S("antrianrsud", "Antrian Online RSUD", "sumbar",
  "Pendaftaran dan nomor antrean poliklinik rawat jalan RSUD.", "", "RAL.01.11.02",
  "RAB.04.02", "RAA.02.01", trap=True)
S("antrianpaspor", "Antrean Paspor Online (M-Paspor)", "kumham",
  "Pengajuan dan jadwal kedatangan permohonan paspor RI.", "", "RAL.01.02.02", "RAB.01.02",
  "RAA.02.01", trap=True)
S("gistaru", "GISTARU", "atr",
  "Peta rencana tata ruang (RTRW, RDTR) dan informasi kesesuaian pemanfaatan ruang.",
  "Informasi tata ruang", "RAL.01.28.02", "RAB.03.06", "RAA.02.01", trap=True)
S("petabencana", "Peta Rawan Bencana BPBD Jatim", "jatim",
  "Peta risiko dan kejadian bencana per kecamatan.", "", "RAL.01.38.01", "RAB.05.02", "",
  trap=True)
S("opac", "Katalog Online (OPAC) Perpustakaan Daerah", "sumut",
  "Penelusuran katalog koleksi buku perpustakaan daerah dan peminjaman.", "", "RAL.01.06.02",
  "RAB.08.03", "", trap=True)
S("ereg", "e-Registrasi Pangan Olahan", "bpom",
  "Permohonan nomor izin edar (registrasi) produk pangan olahan.", "Izin edar pangan",
  "RAL.01.11.05", "RAB.04.02", "RAA.02.01", trap=True)
S("lpdb", "SI-LPDB Dana Bergulir", "kukm",
  "Pengajuan dan monitoring pinjaman dana bergulir LPDB bagi koperasi.", "", "RAL.01.23.06",
  "RAB.02.04", "", trap=True)
S("kartutani", "Kartu Tani", "kementan",
  "Penebusan pupuk bersubsidi sesuai alokasi e-RDKK petani.", "Pupuk bersubsidi",
  "RAL.01.25.02", "RAB.07.04", "RAA.02.01", trap=True)
S("ihk", "Survei Harga Konsumen (SHK) CAPI", "bps",
  "Pencacahan harga konsumen untuk penghitungan IHK dan inflasi.", "Statistik harga",
  "RAL.01.24.07", "RAB.09.03", "", trap=True)
S("stokobat", "e-Logistik Stok Obat Dinkes Kalsel", "kalsel",
  "Pencatatan stok, distribusi dan kedaluwarsa obat dan BMHP di instalasi farmasi.", "",
  "RAL.01.11.04", "RAB.04.02", "", trap=True)
S("meteomaritim", "Info Meteorologi Maritim", "bmkg",
  "Prakiraan cuaca dan gelombang perairan untuk pelayaran.", "", "RAL.01.37.01", "RAB.07.05",
  "RAA.02.01", trap=True)
S("sertifikatikan", "e-Sertifikat Kesehatan Ikan Ekspor DKP Sulut", "sulut",
  "Permohonan sertifikat kesehatan/mutu hasil perikanan untuk ekspor.", "", "RAL.01.26.02",
  "RAB.07.06", "", trap=True)
S("pdn", "PDN (Pusat Data Nasional)", "komdigi",
  "Layanan komputasi awan dan hosting bersama untuk instansi pemerintah.", "Pusat data",
  "RAL.02.09.05", "RAB.09.03", "RAA.01.02", jenis="Aplikasi Umum", trap=True)
S("absensiswa", "Absensi Siswa Online Disdik", "dki",
  "Presensi harian peserta didik SMA/SMK dan notifikasi orang tua.", "", "RAL.01.05.03",
  "RAB.06.01", "", trap=True)
S("suratkelurahan", "e-Surat Keterangan Kelurahan", "jatim",
  "Permohonan surat keterangan domisili/usaha/tidak mampu oleh warga secara daring.", "",
  "RAL.01.07.03", "RAB.09.01", "", trap=True)
S("jdih", "JDIH Kemenkeu", "kemenkeu",
  "Jaringan dokumentasi dan informasi hukum: peraturan dan putusan.", "", "RAL.02.09.06",
  "RAB.09.03", "RAA.01.01", trap=True)
S("eformasi", "e-Formasi", "panrb",
  "Usulan dan penetapan kebutuhan (formasi) ASN instansi pusat dan daerah.", "Perencanaan kebutuhan ASN",
  "RAL.02.04.01", "RAB.09.06.01", "RAA.01.02", trap=True)
S("jip", "Jaringan Intra Pemerintah (JIP) Prov", "jateng",
  "Jaringan komunikasi data tertutup antar perangkat daerah.", "", "RAL.02.09.05", "RAB.09.04",
  "", trap=True)
S("ikd", "IKD (Identitas Kependudukan Digital)", "kemendagri",
  "KTP digital pada ponsel.", "", "RAL.01.07.02", "RAB.03.07", "RAA.01.01",
  jenis="Aplikasi Umum", trap=True, dpi="dpi-identitas-digital")
S("tte", "TTE (Tanda Tangan Elektronik) Diskominfo Jatim", "jatim",
  "Penerbitan sertifikat elektronik dan layanan tanda tangan elektronik dokumen.", "",
  "RAL.02.09.07", "RAB.09.03", "", trap=True)
S("dbh", "Monitoring DBH Sawit", "kemenkeu",
  "Penghitungan alokasi dan penyaluran dana bagi hasil sawit ke daerah.", "", "RAL.02.02.13",
  "RAB.09.02", "", trap=True)
S("kopnaker", "KOPNAKER Online (Simpan Pinjam Anggota)", "kemnaker",
  "Transaksi simpanan dan pinjaman anggota koperasi pegawai.", "", "", "", "", trap=True)
S("pasarlelang", "Pasar Lelang Komoditas Online", "kemendag",
  "Penyelenggaraan lelang forward komoditas pertanian antara penjual dan pembeli.", "",
  "RAL.01.24.08", "RAB.02.03", "", trap=True)
S("neracakomoditas", "SINAS NK (Neraca Komoditas)", "ekon",
  "Penetapan neraca kebutuhan dan pasokan komoditas sebagai dasar persetujuan impor/ekspor.",
  "Neraca komoditas", "RAL.01.24.09", "RAB.02.03", "RAA.02.02", trap=True)
S("sakernas", "Sakernas CAPI", "bps",
  "Pencacahan Survei Angkatan Kerja Nasional.", "Statistik ketenagakerjaan", "RAL.01.14.11",
  "RAB.09.03", "", trap=True)
S("anjab", "e-ANJAB ABK", "sumbar",
  "Analisis jabatan dan analisis beban kerja perangkat daerah.", "", "RAL.02.08.01",
  "RAB.09.06", "", trap=True)
S("kalibrasi", "SIKALIB Labkes", "jateng",
  "Pendaftaran pengujian dan kalibrasi alat kesehatan fasilitas pelayanan kesehatan.", "",
  "RAL.01.11.06", "RAB.04.02", "", trap=True)
S("resigudang", "Sistem Resi Gudang (SRG)", "kemendag",
  "Penerbitan dan registrasi resi gudang sebagai agunan pembiayaan komoditas.", "", "RAL.01.24.10",
  "RAB.02.03", "", trap=True)
S("sppd", "e-SPPD (Surat Perintah Perjalanan Dinas)", "kaltim",
  "Penerbitan SPT/SPPD perjalanan dinas pegawai dan rekap biaya perjalanan.", "", "RAL.02.05.02",
  "RAB.09.07", "", trap=True)
S("sikn", "SIKN-JIKN", "anri",
  "Sistem informasi kearsipan nasional: daftar arsip statis dan akses arsip publik.", "",
  "RAL.02.06.04", "RAB.09.07", "RAA.01.02", trap=True)
S("kswp", "Konfirmasi Status Wajib Pajak (KSWP)", "kemenkeu",
  "Konfirmasi status NPWP dan SPT untuk syarat layanan publik tertentu.", "", "RAL.01.29.09",
  "RAB.09.02.04", "", trap=True)
S("bsu", "BSU (Bantuan Subsidi Upah)", "kemnaker",
  "Penetapan dan penyaluran bantuan subsidi upah bagi pekerja.", "Subsidi upah", "RAL.01.14.06",
  "RAB.06.02", "", trap=True)

# ---------------------------------------------------------------- other singletons (unique functions)
S("pinjamandaerah", "SIPINDA (Sistem Informasi Pinjaman Daerah)", "kemenkeu",
  "Pengajuan, pertimbangan dan pemantauan pinjaman daerah serta batas kumulatif defisit.",
  "Pinjaman daerah", "RAL.02.02.14", "RAB.09.02.02", "RAA.02.02")
S("proyeksikas", "Proyeksi Kas BUD", "jabar",
  "Perencanaan dan proyeksi arus kas daerah, penempatan dana idle dan rekonsiliasi kas BUD.",
  "Manajemen kas daerah", "RAL.02.02.15", "RAB.09.02.03", "")
S("kesehatankop", "SIKESKOP (Penilaian Kesehatan Koperasi Simpan Pinjam)", "kukm",
  "Penilaian kesehatan KSP/USP: permodalan, kualitas aktiva, likuiditas dan skor kesehatan.",
  "", "RAL.01.23.07", "RAB.02.04.02", "RAA.02.01")
S("krisna", "KRISNA", "bappenas",
  "Kolaborasi perencanaan dan informasi kinerja anggaran K/L (Renja, RKA-K/L).", "",
  "RAL.02.03.01", "RAB.09.05.01", "RAA.01.02", jenis="Aplikasi Umum")
S("sirup", "SiRUP", "lkpp", "Pengumuman rencana umum pengadaan barang/jasa.", "RUP",
  "RAL.02.06.02", "RAB.09.02.10", "RAA.01.02", jenis="Aplikasi Umum")
S("wlkp", "WLKP Online (Wajib Lapor Ketenagakerjaan Perusahaan)", "kemnaker",
  "", "Wajib lapor ketenagakerjaan", "RAL.01.14.12", "RAB.06.02", "RAA.02.01")
S("cmsweb", "CMS Website OPD Terpadu", "diy",
  "Pengelolaan konten website resmi seluruh OPD dalam satu platform.", "", "RAL.02.09.08",
  "RAB.09.04", "")
S("sni", "Fasilitasi SNI IKM", "kemenperin",
  "Pendaftaran fasilitasi sertifikasi SNI bagi industri kecil menengah.", "", "RAL.01.21.02",
  "RAB.02.02", "")
S("siinas", "SIINas (Sistem Informasi Industri Nasional)", "kemenperin",
  "Pelaporan data industri oleh perusahaan industri dan kawasan industri.", "Data industri",
  "RAL.01.21.01", "RAB.02.02", "RAA.02.01")
S("ceisa", "CEISA", "kemenkeu", "", "Kepabeanan dan cukai", "RAL.01.30.01", "RAB.09.02.04",
  "RAA.02.01")
S("lelang", "lelang.go.id (e-Auction DJKN)", "kemenkeu",
  "Lelang barang milik negara dan eksekusi secara online.", "", "RAL.01.30.02", "RAB.09.02.08",
  "RAA.02.01")
S("bpum", "BPUM (Banpres Produktif Usaha Mikro)", "kukm",
  "Pengusulan dan penyaluran bantuan produktif bagi pelaku usaha mikro.", "", "RAL.01.23.08",
  "RAB.02.04", "")
S("manrisk", "e-MR (Manajemen Risiko)", "kemenkeu", "", "Register risiko unit", "RAL.02.07.05",
  "RAB.09.06.04", "")
S("lhkasn", "e-LHKASN", "panrb",
  "Pelaporan harta kekayaan aparatur sipil negara.", "", "RAL.02.04.07", "RAB.09.06", "RAA.01.02")
S("indeksspbe", "Evaluasi SPBE Mandiri (Self Assessment)", "panrb",
  "Penilaian mandiri indeks SPBE instansi: domain, aspek dan indikator.", "", "RAL.02.08.02",
  "RAB.09.06.03", "RAA.01.02")

# ---------------------------------------------------------------- proposals
# 30 reuse proposals expecting a whole group
P("Aplikasi e-Budgeting APBD Kabupaten",
  "Kami di BPKAD ingin membangun sistem penyusunan RKA dan DPA OPD sampai rancangan APBD secara online.", "anggaran")
P("SP2D elektronik BUD",
  "Pengajuan SPM dari OPD dan penerbitan SP2D non tunai langsung ke bank RKUD.", "sp2d")
P("Aplikasi SPJ bendahara",
  "Bendahara pengeluaran OPD menyusun laporan pertanggungjawaban GU/TU, BKU dan bukti belanja secara digital.", "spj")
P("Land and building tax (PBB-P2) system",
  "Manage PBB-P2 tax objects, issue SPPT bills and track payments and arrears for our municipality.", "pbb")
P("e-BPHTB",
  "Notaris/PPAT menginput transaksi jual beli tanah, Bapenda memvalidasi setoran bea perolehan hak.", "bphtb")
P("Lapor pajak restoran daring",
  "Wajib pajak hotel, restoran dan tempat hiburan melaporkan omzet bulanan dan mencetak kode bayar sendiri.", "hotelresto")
P("Vehicle tax mobile app",
  "Let citizens check and pay their annual motor vehicle tax online and get the STNK endorsed.", "samsat")
P("Sistem penagihan retribusi kios dan los pasar",
  "Dinas Perdagangan menagih retribusi harian pedagang pasar tradisional secara non tunai.", "retpasar")
P("Parkir TJU non tunai",
  "Juru parkir mencatat karcis dan menyetor retribusi parkir tepi jalan secara elektronik.", "retparkir")
P("Payment gateway PAD",
  "Satu kanal pembayaran QRIS/virtual account untuk semua jenis pajak dan retribusi daerah.", "ebilling")
P("Billing PNBP layanan balai",
  "Balai kami memungut PNBP atas layanan pengujian; perlu pembuatan kode billing dan rekonsiliasi setoran ke kas negara.", "pnbp")
P("Keuangan desa",
  "Aplikasi untuk perangkat desa menyusun APBDes, penatausahaan dan laporan keuangan desa.", "siskeudes")
P("e-Hibah",
  "Pengajuan proposal hibah dan bansos oleh ormas, verifikasi OPD teknis dan penganggarannya di APBD.", "hibah")
P("Inventaris barang milik daerah",
  "Pencatatan KIB, mutasi dan penyusutan aset pemda untuk neraca.", "asetbmd")
P("Laporan RAT koperasi online",
  "Koperasi di kabupaten kami melaporkan hasil RAT dan laporan keuangan tahunan ke Dinas Koperasi.", "koperasi")
P("Pendataan UMKM",
  "Basis data pelaku usaha mikro dan kecil: profil usaha, omzet, jumlah tenaga kerja.", "umkm")
P("Portal lowongan kerja & job fair virtual",
  "Perusahaan memasang lowongan, pencari kerja melamar, Disnaker menyelenggarakan bursa kerja online.", "loker")
P("AK/I online",
  "Pembuatan kartu kuning bagi pencari kerja tanpa datang ke kantor Disnaker.", "ak1")
P("Vocational training registration",
  "Registration and scheduling of vocational training courses at our BLK, with certificates for graduates.", "blk")
P("Foreign worker permits",
  "Processing RPTKA approvals and notifications for companies that employ foreign workers.", "tka")
P("Layanan pekerja migran",
  "Pendataan calon dan purna PMI serta layanan LTSA di kabupaten kantong PMI.", "pmi")
P("Aplikasi mediasi PHI",
  "Pencatatan perselisihan hubungan industrial dan penjadwalan sidang mediasi oleh mediator Disnaker.", "mediasi")
P("Izin usaha online",
  "Penerbitan NIB dan izin usaha bagi pelaku usaha di DPMPTSP.", "oss")
P("PBG",
  "Permohonan persetujuan bangunan gedung (dulu IMB) dan verifikasi teknis gambar bangunan.", "pbg")
P("Laporan realisasi investasi perusahaan",
  "Perusahaan PMA/PMDN melaporkan realisasi penanaman modal setiap triwulan.", "lkpm")
P("Market price board",
  "Daily prices of staple foods in traditional markets shown on a public dashboard.", "harga")
P("Tera ulang online",
  "Pendaftaran tera ulang timbangan pedagang dan pompa SPBU oleh UPTD Metrologi.", "metrologi")
P("Absensi pegawai berbasis GPS",
  "Presensi ASN dengan swafoto dan lokasi, rekap kehadiran bulanan.", "presensi")
P("SKP pegawai",
  "Penyusunan sasaran kinerja pegawai dan penilaian kinerja bulanan sebagai dasar TPP.", "ekinerja")
P("Smart parking sensors",
  "Sensors on each bay in the city's parking buildings and an app showing free slots to drivers.", "smartparkir")
# 2 reuse proposals expecting a single row
P("Monitoring pinjaman daerah",
  "Pemantauan usulan pinjaman pemda, pertimbangan dan batas kumulatif defisit.", "single:pinjamandaerah")
P("Penilaian kesehatan KSP",
  "Scoring kesehatan koperasi simpan pinjam: permodalan, likuiditas, kualitas aktiva.", "single:kesehatankop")
# 16 novel proposals (function exists nowhere in the inventory)
P("Pendampingan pendaftaran merek UMKM",
  "Fasilitasi pengajuan pendaftaran merek dagang (HKI) bagi pelaku UMKM binaan.")
P("Gratification reporting",
  "Employees report gifts they received (gratifikasi) to the gratification control unit.")
P("Reservasi gedung & lapangan pemda",
  "Warga memesan gedung serbaguna, aula dan lapangan olahraga milik pemda beserta jadwal pemakaiannya.")
P("Antrean truk bongkar muat pelabuhan",
  "Nomor antrean dan slot waktu bagi truk yang masuk terminal pelabuhan.")
P("Pengesahan badan hukum koperasi",
  "Pengajuan akta pendirian dan pengesahan badan hukum koperasi baru.")
P("Seleksi terbuka JPT",
  "Open bidding jabatan pimpinan tinggi: pendaftaran pejabat, assessment dan pengumuman hasil seleksi.")
P("Public bike sharing",
  "Bike rental and docking stations in the city centre.")
P("Beasiswa anak PMI",
  "Pendaftaran dan seleksi beasiswa pendidikan bagi anak pekerja migran.")
P("e-Logbook penangkapan ikan",
  "Nelayan melaporkan hasil tangkapan per trip.")
P("Tiket kapal penyeberangan perintis",
  "Jadwal dan pemesanan tiket kapal perintis antar pulau.")
P("Halal tourism guide",
  "Mobile guide to halal-friendly restaurants, mosques and attractions for tourists.")
P("e-Voting Pilkades",
  "Pemungutan suara elektronik pada pemilihan kepala desa.")
P("Air quality dashboard for industrial estates",
  "Real-time ambient air quality (ISPU) readings from sensors around industrial estates, published for residents.")
P("Sertifikat laik higiene sanitasi restoran",
  "Inspeksi kesehatan lingkungan dan penerbitan SLHS bagi restoran dan jasa boga.")
P("Perhutanan sosial desa",
  "Pengajuan dan pemantauan persetujuan pengelolaan hutan desa oleh kelompok tani hutan.")
P("Manajemen penghuni rusunawa",
  "Pendaftaran penghuni, kontrak sewa dan tagihan sewa bulanan rumah susun sewa milik pemda.")
random.shuffle(PROPOSALS)

# ================================================================ END
if __name__ == "__main__":
    run()
