"""Invented figures for the hotel REIT annual report (amounts in thousands)."""

from __future__ import annotations

from chem_data import r2, rnd

Y = ("y25", "y24", "y23")
B = ("d25", "d24")

# (name, brand, market, rooms, year acquired, land tenure)
HOTELS = [
    ("Halcyon Grand Port Calder", "Halcyon Grand", "Port Calder", 412, 2016, "Fee simple"),
    ("Tessera Suites Port Calder Riverside", "Tessera Suites", "Port Calder", 268, 2018, "Fee simple"),
    ("Waypoint Select Wexbridge Downtown", "Waypoint Select", "Wexbridge", 221, 2017, "Ground lease"),
    ("Halcyon Grand Wexbridge", "Halcyon Grand", "Wexbridge", 486, 2019, "Ground lease"),
    ("Kinloch Residences Alder Bay", "Kinloch Residences", "Alder Bay", 194, 2016, "Fee simple"),
    ("The Marlowe Alder Bay", "Marlowe Collection", "Alder Bay", 156, 2021, "Fee simple"),
    ("Tessera Suites Marrowgate Airport", "Tessera Suites", "Marrowgate", 240, 2015, "Fee simple"),
    ("Waypoint Select Marrowgate Convention Center", "Waypoint Select", "Marrowgate", 305, 2018, "Ground lease"),
    ("Halcyon Grand Linden Cross", "Halcyon Grand", "Linden Cross", 372, 2020, "Fee simple"),
    ("Kinloch Residences Linden Cross", "Kinloch Residences", "Linden Cross", 168, 2022, "Fee simple"),
    ("Tessera Suites Quillon", "Tessera Suites", "Quillon", 232, 2017, "Fee simple"),
    ("Waypoint Select Quillon Harborfront", "Waypoint Select", "Quillon", 198, 2019, "Fee simple"),
    ("The Marlowe Ashmere", "Marlowe Collection", "Ashmere", 142, 2023, "Fee simple"),
    ("Halcyon Grand Ashmere Lakeside", "Halcyon Grand", "Ashmere", 318, 2021, "Ground lease"),
    ("Kinloch Residences Brisco Falls", "Kinloch Residences", "Brisco Falls", 176, 2022, "Fee simple"),
    ("Tessera Suites Brisco Falls Midtown", "Tessera Suites", "Brisco Falls", 254, 2025, "Fee simple"),
]
NONCOMP = "Tessera Suites Brisco Falls Midtown"
MARKETS = ["Port Calder", "Wexbridge", "Alder Bay", "Marrowgate", "Linden Cross", "Quillon", "Ashmere", "Brisco Falls"]
MKT_STATS = {  # occupancy, ADR for 2025 and 2024 (comparable hotels)
    "Port Calder": ((0.812, 262.40), (0.795, 255.10)),
    "Wexbridge": ((0.784, 248.75), (0.768, 244.30)),
    "Alder Bay": ((0.746, 281.20), (0.731, 279.85)),
    "Marrowgate": ((0.801, 214.60), (0.772, 209.45)),
    "Linden Cross": ((0.763, 236.90), (0.749, 231.15)),
    "Quillon": ((0.772, 221.35), (0.760, 215.80)),
    "Ashmere": ((0.738, 244.10), (0.721, 242.60)),
    "Brisco Falls": ((0.769, 198.75), (0.744, 193.20)),
}
BRANDS = ["Halcyon Grand", "Tessera Suites", "Waypoint Select", "Kinloch Residences", "Marlowe Collection"]


def stats(avail: int, sold: int, rev: float) -> dict:
    return dict(
        avail=avail,
        sold=sold,
        rev=rev,
        occ=round(sold / avail * 100 + 1e-9, 1),
        adr=r2(rev / sold),
        revpar=r2(rev / avail),
    )


def build() -> dict:
    d: dict = {"hotels": HOTELS}
    d["total_rooms"] = sum(h[3] for h in HOTELS)
    d["comp_rooms"] = sum(h[3] for h in HOTELS if h[0] != NONCOMP)
    d["brand_rooms"] = {b: sum(h[3] for h in HOTELS if h[1] == b) for b in BRANDS}
    d["brand_count"] = {b: sum(1 for h in HOTELS if h[1] == b) for b in BRANDS}

    # ---- hotel operating statistics (comparable = all but the 2025 acquisition) ----
    days = {"y25": 365, "y24": 366}
    mk = {}
    tot = {y: dict(avail=0, sold=0, rev=0.0) for y in ("y25", "y24")}
    for m in MARKETS:
        rooms = sum(h[3] for h in HOTELS if h[2] == m and h[0] != NONCOMP)
        mk[m] = {"rooms": rooms}
        for i, y in enumerate(("y25", "y24")):
            occ, adr = MKT_STATS[m][i]
            avail = rooms * days[y]
            sold = rnd(avail * occ)
            rev = round(sold * adr, 2)
            mk[m][y] = stats(avail, sold, rev)
            tot[y]["avail"] += avail
            tot[y]["sold"] += sold
            tot[y]["rev"] += rev
    d["mkt"] = mk
    d["comp"] = {y: stats(tot[y]["avail"], tot[y]["sold"], tot[y]["rev"]) for y in ("y25", "y24")}
    comp_rooms_rev = {y: rnd(tot[y]["rev"] / 1000) for y in ("y25", "y24")}
    # non-comparable: 2025 acquisition (from June 12, 2025) and a hotel sold on March 28, 2024
    nc25 = rnd(rnd(254 * 203 * 0.702) * 206.40 / 1000)
    nc24 = rnd(rnd(186 * 87 * 0.640) * 171.20 / 1000)
    rooms_rev = dict(y25=comp_rooms_rev["y25"] + nc25, y24=comp_rooms_rev["y24"] + nc24, y23=251870)
    d.update(comp_rooms_rev=comp_rooms_rev, nc_rooms_rev=dict(y25=nc25, y24=nc24))

    fb = dict(y25=78412, y24=75106, y23=70884)
    oth_rev = dict(y25=22318, y24=21045, y23=19612)
    rev = {y: rooms_rev[y] + fb[y] + oth_rev[y] for y in Y}
    ratios = {"y25": (0.251, 0.712, 0.236), "y24": (0.254, 0.718, 0.239), "y23": (0.258, 0.724, 0.243)}
    rooms_exp = {y: rnd(rooms_rev[y] * ratios[y][0]) for y in Y}
    fb_exp = {y: rnd(fb[y] * ratios[y][1]) for y in Y}
    oth_exp = {y: rnd(rev[y] * ratios[y][2]) for y in Y}
    mgmt = {y: rnd(rev[y] * 0.031) for y in Y}
    ptax = dict(y25=24615, y24=23380, y23=22104)
    da = dict(y25=58204, y24=56918, y23=55430)
    corp_da = dict(y25=412, y24=398, y23=385)
    ga = dict(y25=17842, y24=16905, y23=16210)
    sbc = dict(y25=5126, y24=4870, y23=4512)
    trans = dict(y25=1106, y24=384, y23=205)
    impair = dict(y25=0, y24=0, y23=8420)
    hotel_exp = {y: rooms_exp[y] + fb_exp[y] + oth_exp[y] + mgmt[y] + ptax[y] for y in Y}
    opex = {y: hotel_exp[y] + da[y] + ga[y] + trans[y] + impair[y] for y in Y}
    gain = dict(y25=0, y24=12648, y23=0)
    oi = {y: rev[y] - opex[y] + gain[y] for y in Y}
    int_exp = dict(y25=30412, y24=29806, y23=28950)
    dfc_amort = dict(y25=1037, y24=968, y23=925)
    int_inc = dict(y25=3184, y24=3902, y23=2715)
    loss_ext = dict(y25=1412, y24=0, y23=0)
    tax_cur_fed = dict(y25=612, y24=540, y23=402)
    tax_cur_st = dict(y25=288, y24=251, y23=198)
    tax_def = dict(y25=214, y24=195, y23=142)
    tax = {y: tax_cur_fed[y] + tax_cur_st[y] + tax_def[y] for y in Y}
    ibt = {y: oi[y] - int_exp[y] + int_inc[y] - loss_ext[y] for y in Y}
    ni = {y: ibt[y] - tax[y] for y in Y}
    pref = {y: 7331 for y in Y}
    basic = dict(y25=62418, y24=62905, y23=63120)
    units = {y: 1915 for y in Y}
    rsu = dict(y25=312, y24=287, y23=254)
    nci = {y: rnd((ni[y] - pref[y]) * units[y] / (basic[y] + units[y])) for y in Y}
    ni_co = {y: ni[y] - nci[y] for y in Y}
    ni_common = {y: ni_co[y] - pref[y] for y in Y}
    dil = {y: basic[y] + rsu[y] for y in Y}
    eps_b = {y: r2(ni_common[y] / basic[y]) for y in Y}
    eps_d = {y: r2(ni_common[y] / dil[y]) for y in Y}
    d.update(rooms_rev=rooms_rev, fb=fb, oth_rev=oth_rev, rev=rev, rooms_exp=rooms_exp, fb_exp=fb_exp,
             oth_exp=oth_exp, mgmt=mgmt, ptax=ptax, da=da, corp_da=corp_da, ga=ga, sbc=sbc, trans=trans,
             impair=impair, hotel_exp=hotel_exp, opex=opex, gain=gain, oi=oi, int_exp=int_exp,
             dfc_amort=dfc_amort, int_inc=int_inc, loss_ext=loss_ext, tax=tax, tax_cur_fed=tax_cur_fed,
             tax_cur_st=tax_cur_st, tax_def=tax_def, ibt=ibt, ni=ni, pref=pref, basic=basic, units=units,
             rsu=rsu, nci=nci, ni_co=ni_co, ni_common=ni_common, dil=dil, eps_b=eps_b, eps_d=eps_d)
    d["hotel_ebitda"] = {y: rev[y] - hotel_exp[y] for y in Y}

    # ---- FFO / AFFO ----
    re_da = {y: da[y] - corp_da[y] for y in Y}
    ffo_all = {y: ni[y] + re_da[y] - gain[y] + impair[y] for y in Y}
    ffo = {y: ffo_all[y] - pref[y] for y in Y}
    ground = dict(y25=1208, y24=1195, y23=1183)
    affo = {y: ffo[y] + trans[y] + loss_ext[y] + ground[y] + dfc_amort[y] for y in Y}
    ffo_sh = {y: basic[y] + rsu[y] + units[y] for y in Y}
    ffo_ps = {y: r2(ffo[y] / ffo_sh[y]) for y in Y}
    affo_ps = {y: r2(affo[y] / ffo_sh[y]) for y in Y}
    d.update(re_da=re_da, ffo_all=ffo_all, ffo=ffo, ground=ground, affo=affo, ffo_sh=ffo_sh, ffo_ps=ffo_ps,
             affo_ps=affo_ps)
    ebitda = {y: ni[y] + int_exp[y] + tax[y] + da[y] for y in Y}
    ebitdare = {y: ebitda[y] - gain[y] + impair[y] for y in Y}
    adj_ebitdare = {y: ebitdare[y] + loss_ext[y] + trans[y] + ground[y] + sbc[y] for y in Y}
    d.update(ebitda=ebitda, ebitdare=ebitdare, adj_ebitdare=adj_ebitdare)

    # ---- distributions ----
    d["dps_q"] = {"y25": (0.14, 0.15, 0.15, 0.16), "y24": (0.13, 0.14, 0.14, 0.15)}
    d["dps"] = {y: r2(sum(v)) for y, v in d["dps_q"].items()}
    d["price_q"] = {
        "y25": ((19.84, 16.92), (20.15, 17.38), (21.62, 18.75), (22.40, 19.96)),
        "y24": ((17.95, 15.10), (18.62, 15.84), (18.90, 16.27), (19.48, 17.05)),
    }

    # ---- debt ----
    debt = [
        # key, label, rate text, rate at 12/31/25 (%), maturity, d25, d24
        ("rcf", "Revolving credit facility", "SOFR + 1.60%", 5.96, "March 2029", 80000, 0),
        ("tl27", "2027 Term Loan", "SOFR + 1.45%\u2020", 4.12, "June 2027", 200000, 200000),
        ("tl30", "2030 Term Loan", "SOFR + 1.55%\u2020", 4.48, "January 2030", 175000, 0),
        ("mpc", "Mortgage loan \u2014 Halcyon Grand Port Calder", "4.65%", None, "Repaid 2025", 0, 168000),
        ("mwx", "Mortgage loan \u2014 Halcyon Grand Wexbridge", "5.08%", 5.08, "August 2028", 96400, 98150),
        ("mmg", "Mortgage loan \u2014 Tessera Suites Marrowgate Airport", "SOFR + 2.35%", 6.71, "June 2027",
         44800, 44800),
    ]
    d["debt"] = debt
    principal = {"d25": sum(x[5] for x in debt), "d24": sum(x[6] for x in debt)}
    dfc = dict(d24=3245)
    dfc["d25"] = dfc["d24"] + 2310 - dfc_amort["y25"] - 400
    debt_net = {k: principal[k] - dfc[k] for k in B}
    d.update(principal=principal, dfc=dfc, debt_net=debt_net)
    d["maturities"] = [("2026", 1840), ("2027", 246735), ("2028", 92625), ("2029", 80000), ("2030", 175000),
                       ("Thereafter", 0)]
    live = [x for x in debt if x[5]]
    d["wavg_rate"] = round(sum(x[3] * x[5] for x in live) / principal["d25"] + 1e-9, 2)
    d["var_unhedged"] = 80000 + 44800
    d["rcf_cap"] = 400000

    # ---- leases ----
    lease_pay = [("2026", 4905), ("2027", 4980), ("2028", 5060), ("2029", 5140), ("2030", 5225),
                 ("Thereafter", 118640)]
    lease_total = sum(v for _, v in lease_pay)
    oll = dict(d25=61472, d24=62155)
    d.update(lease_pay=lease_pay, lease_total=lease_total, lease_interest=lease_total - oll["d25"], oll=oll)
    d["lease_cost"] = dict(fixed=dict(y25=5975, y24=5890, y23=5812), var=dict(y25=1306, y24=1242, y23=1108))

    # ---- investment in hotel properties ----
    ihp = {
        "land": dict(d25=252830, d24=241630),
        "bldg": dict(d25=1289415, d24=1207720),
        "ffe": dict(d25=221608, d24=208945),
        "cip": dict(d25=14280, d24=9615),
    }
    ihp_gross = {k: sum(ihp[c][k] for c in ihp) for k in B}
    accum = dict(d25=-431270, d24=-378510)
    ihp_net = {k: ihp_gross[k] + accum[k] for k in B}
    d.update(ihp=ihp, ihp_gross=ihp_gross, accum=accum, ihp_net=ihp_net)
    d["acq_alloc"] = [("Land", 11200), ("Buildings and improvements", 59800),
                      ("Furniture, fixtures and equipment", 6900), ("Other assets and liabilities, net", 600)]
    d["acq_price"] = sum(v for _, v in d["acq_alloc"])

    # ---- equity roll-forward ----
    cols = ("pref", "csh", "cs", "apic", "dist", "aoci", "nci")
    openb = dict(pref=115000, csh=63042, cs=630, apic=1072615, dist=-362480, aoci=9812, nci=28405)
    dist_c = {"y24": rnd(0.56 * (63042 + 62688) / 2), "y25": rnd(0.60 * (62688 + 62213) / 2)}
    unit_dist = {y: rnd(d["dps"][y] * units[y]) for y in ("y25", "y24")}
    oci = dict(y25=-3905, y24=-4318)
    moves = {}
    for y, vest, rep_sh, rep_amt, whd in (("y24", 180, 534, 9612, 986), ("y25", 205, 680, 12240, 1105)):
        moves[y] = [
            ("ni", "Net income", dict(dist=ni_co[y], nci=nci[y])),
            ("oci", "Other comprehensive loss \u2014 interest rate swaps", dict(aoci=oci[y])),
            ("sbc", "Share-based compensation, net of shares withheld for taxes",
             dict(csh=vest, cs=2, apic=sbc[y] - 2 - whd)),
            ("rep", "Repurchases of common stock", dict(csh=-rep_sh, cs=-round(rep_sh / 100), apic=-rep_amt
                                                      + round(rep_sh / 100))),
            ("divc", f"Common distributions declared (${d['dps'][y]:.2f} per share)", dict(dist=-dist_c[y])),
            ("divp", "Preferred dividends declared ($1.59 per share)", dict(dist=-pref[y])),
            ("divu", "Distributions on Operating Partnership units", dict(nci=-unit_dist[y])),
        ]
    bal = {"d23": dict(openb)}
    cur = dict(openb)
    for y, k in (("y24", "d24"), ("y25", "d25")):
        for _, _, mv in moves[y]:
            for c, v in mv.items():
                cur[c] += v
        bal[k] = dict(cur)
    d.update(eq_moves=moves, eq_bal=bal, eq_cols=cols, dist_c=dist_c, unit_dist=unit_dist, oci=oci)
    for k in ("d23", "d24", "d25"):
        b = bal[k]
        b["tse"] = b["pref"] + b["cs"] + b["apic"] + b["dist"] + b["aoci"]
        b["te"] = b["tse"] + b["nci"]

    # ---- cash flows ----
    cf = {
        "ni": ni,
        "da": da,
        "dfc": dfc_amort,
        "ground": ground,
        "sbc": sbc,
        "lossext": loss_ext,
        "gain": {y: -gain[y] for y in Y},
        "impair": impair,
        "recv": dict(y25=-1272, y24=-845, y23=-1630),
        "ppd": dict(y25=-2418, y24=1106, y23=-907),
        "ap": dict(y25=3405, y24=1862, y23=2210),
        "adv": dict(y25=785, y24=-412, y23=1040),
    }
    cfo = {y: sum(cf[k][y] for k in cf) for y in Y}
    cfi_rows = {
        "acq": dict(y25=-78500, y24=0, y23=0),
        "capex": dict(y25=-46815, y24=-41206, y23=-38950),
        "sale": dict(y25=0, y24=38420, y23=0),
    }
    cfi = {y: sum(v[y] for v in cfi_rows.values()) for y in Y}
    cff_rows = {
        "rcfb": dict(y25=105000, y24=20000, y23=10000),
        "rcfr": dict(y25=-25000, y24=-45000, y23=-10000),
        "tlp": dict(y25=175000, y24=0, y23=0),
        "mrep": dict(y25=-169750, y24=-1665, y23=-1580),
        "dfcp": dict(y25=-2310, y24=0, y23=-150),
        "prepay": dict(y25=-1012, y24=0, y23=0),
        "rep": dict(y25=-12240, y24=-9612, y23=0),
        "divc": dict(y25=-36846, y24=-34570, y23=-32806),
        "divu": dict(y25=-1130, y24=-1054, y23=-996),
        "divp": dict(y25=-7331, y24=-7331, y23=-7331),
    }
    cff = {y: sum(v[y] for v in cff_rows.values()) for y in Y}
    net = {y: cfo[y] + cfi[y] + cff[y] for y in Y}
    beg23 = 118406
    beg = {"y23": beg23}
    beg["y24"] = beg23 + net["y23"]
    beg["y25"] = beg["y24"] + net["y24"]
    end = {y: beg[y] + net[y] for y in Y}
    restricted = dict(d25=31245, d24=28710)
    cash = dict(d25=end["y25"] - restricted["d25"], d24=end["y24"] - restricted["d24"])
    assert cash["d25"] > 40000 and cash["d24"] > 40000, cash
    d.update(cf=cf, cfo=cfo, cfi_rows=cfi_rows, cfi=cfi, cff_rows=cff_rows, cff=cff, net=net, beg=beg, end=end,
             restricted=restricted, cash=cash, int_paid=dict(y25=29205, y24=28690, y23=27912),
             tax_paid=dict(y25=905, y24=812, y23=655), accr_capex=dict(y25=5412, y24=4106, y23=3870))

    # ---- balance sheet ----
    dist_pay = {
        "d25": rnd(0.16 * bal["d25"]["csh"]) + rnd(0.16 * units["y25"]) + 1833,
        "d24": rnd(0.15 * bal["d24"]["csh"]) + rnd(0.15 * units["y24"]) + 1833,
    }
    bs = {
        "ihp": ihp_net,
        "cash": cash,
        "rcash": restricted,
        "recv": dict(d25=17812, d24=16540),
        "rou": dict(d25=52318, d24=53606),
        "ppd": dict(),
        "debt": debt_net,
        "ap": dict(d25=57904, d24=54218),
        "dpay": dist_pay,
        "oll": oll,
        "adv": dict(d25=12615, d24=11830),
        "ol": dict(d25=6214, d24=8105),
    }
    liab = ("debt", "ap", "dpay", "oll", "adv", "ol")
    tl = {k: sum(bs[x][k] for x in liab) for k in B}
    te = {k: bal[k]["te"] for k in B}
    for k in B:
        bs["ppd"][k] = tl[k] + te[k] - sum(bs[x][k] for x in ("ihp", "cash", "rcash", "recv", "rou"))
        assert 12000 < bs["ppd"][k] < 60000, (k, bs["ppd"][k])
    ta = {k: sum(bs[x][k] for x in ("ihp", "cash", "rcash", "recv", "rou", "ppd")) for k in B}
    d.update(bs=bs, tl=tl, te=te, ta=ta, tle={k: tl[k] + te[k] for k in B})
    d["net_debt"] = principal["d25"] - cash["d25"]
    return d


def ties(d: dict) -> list[tuple[str, float, float]]:
    out = []
    for y in Y:
        out.append((f"revenue components {y}", d["rooms_rev"][y] + d["fb"][y] + d["oth_rev"][y], d["rev"][y]))
        out.append((f"operating income {y}", d["rev"][y] - d["opex"][y] + d["gain"][y], d["oi"][y]))
        out.append((f"net income split {y}", d["ni_co"][y] + d["nci"][y], d["ni"][y]))
        out.append((f"basic EPS {y}", d["eps_b"][y], round(d["ni_common"][y] / d["basic"][y], 2)))
        out.append((f"income tax note {y}", d["tax_cur_fed"][y] + d["tax_cur_st"][y] + d["tax_def"][y], d["tax"][y]))
        out.append((f"FFO bridge {y}", d["ni"][y] + d["re_da"][y] - d["gain"][y] + d["impair"][y] - d["pref"][y],
                    d["ffo"][y]))
        out.append((f"cash flow reconciles {y}", d["beg"][y] + d["net"][y], d["end"][y]))
    for k in B:
        out.append((f"balance sheet balances {k}", d["ta"][k], d["tle"][k]))
        out.append((f"hotel property note = balance sheet {k}", d["ihp_gross"][k] + d["accum"][k], d["bs"]["ihp"][k]))
        out.append((f"equity roll-forward = balance sheet {k}", d["eq_bal"][k]["te"], d["te"][k]))
    out.append(("cash + restricted = cash flow end 2025", d["cash"]["d25"] + d["restricted"]["d25"], d["end"]["y25"]))
    out.append(("cash + restricted = cash flow begin 2025", d["cash"]["d24"] + d["restricted"]["d24"], d["beg"]["y25"]))
    out.append(("maturities = principal", sum(v for _, v in d["maturities"]), d["principal"]["d25"]))
    out.append(("lease PV = balance sheet", d["lease_total"] - d["lease_interest"], d["bs"]["oll"]["d25"]))
    out.append(("rooms = sum of hotels", sum(h[3] for h in d["hotels"]), d["total_rooms"]))
    out.append(("rooms by brand", sum(d["brand_rooms"].values()), d["total_rooms"]))
    out.append(("debt principal movement 2025", d["principal"]["d25"] - d["principal"]["d24"],
                sum(d["cff_rows"][k]["y25"] for k in ("rcfb", "rcfr", "tlp", "mrep"))))
    out.append(("acquisition price = cash paid", d["acq_price"], -d["cfi_rows"]["acq"]["y25"]))
    for y in ("y25", "y24"):
        out.append((f"comparable + non-comparable rooms revenue {y}",
                    d["comp_rooms_rev"][y] + d["nc_rooms_rev"][y], d["rooms_rev"][y]))
    return out


if __name__ == "__main__":
    dd = build()
    for name, a, b in ties(dd):
        if abs(a - b) > 1e-9:
            print("BAD", name, a, b)
    for k in ("rev", "oi", "ni", "nci", "eps_d", "ffo", "ffo_ps", "affo_ps", "adj_ebitdare", "cfo", "end"):
        print(k, dd[k])
    print("comp", dd["comp"], "ppd", dd["bs"]["ppd"], "cash", dd["cash"], dd["wavg_rate"], dd["net_debt"])
    print(dd["eq_bal"])
