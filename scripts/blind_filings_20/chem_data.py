"""Invented figures for the specialty-chemicals 10-Q (amounts in thousands).

Everything derived is computed here so the statements tie by construction;
`ties()` lists the identities that check_set.py re-verifies.
"""

from __future__ import annotations

P = ("q26", "q25", "n26", "n25")  # three months 2026/2025, nine months 2026/2025
SEGMENTS = ("pc", "ep", "sa")
SEG_NAMES = {"pc": "Performance Coatings", "ep": "Engineered Polymers", "sa": "Specialty Additives"}
REGIONS = ("na", "eu", "ap", "la")
REG_NAMES = {"na": "North America", "eu": "Europe, Middle East and Africa", "ap": "Asia Pacific", "la": "Latin America"}


def rnd(x: float) -> int:
    """Round half away from zero to an integer (thousands)."""
    return int(x + 0.5) if x >= 0 else -int(-x + 0.5)


def r2(x: float) -> float:
    return rnd(x * 100) / 100


def build() -> dict:
    d: dict = {}
    seg_sales = {
        "pc": dict(q26=312480, q25=298210, n26=921604, n25=884932),
        "ep": dict(q26=268915, q25=259644, n26=801377, n25=790215),
        "sa": dict(q26=174322, q25=158907, n26=509861, n25=468340),
    }
    d["seg_sales"] = seg_sales
    sales = {p: sum(seg_sales[s][p] for s in SEGMENTS) for p in P}
    d["sales"] = sales
    # region disaggregation: shares for the first three, Latin America is the remainder
    shares = {
        "q26": (0.4781, 0.2624, 0.1901),
        "q25": (0.4856, 0.2588, 0.1842),
        "n26": (0.4803, 0.2650, 0.1877),
        "n25": (0.4872, 0.2611, 0.1830),
    }
    reg = {r: {} for r in REGIONS}
    for p in P:
        vals = [rnd(sales[p] * s) for s in shares[p]]
        vals.append(sales[p] - sum(vals))
        for r, v in zip(REGIONS, vals, strict=True):
            reg[r][p] = v
    d["reg_sales"] = reg

    cogs = dict(q26=512340, q25=493018, n26=1517260, n25=1479905)
    sga = dict(q26=98412, q25=94106, n26=296845, n25=283770)
    rd = dict(q26=21307, q25=19884, n26=63118, n25=58902)
    amort = dict(q26=12450, q25=12880, n26=37420, n25=38640)
    restr = dict(q26=6215, q25=1904, n26=18730, n25=5112)
    interest = dict(q26=17842, q25=19215, n26=54106, n25=57990)
    other = dict(q26=-1238, q25=2417, n26=-3905, n25=4882)  # (income) expense
    tax_rate = dict(q26=0.228, q25=0.235, n26=0.231, n25=0.240)
    nci = dict(q26=1412, q25=1288, n26=4105, n25=3870)
    basic_sh = dict(q26=86412, q25=88205, n26=86905, n25=88640)
    dil_add = dict(q26=604, q25=512, n26=633, n25=540)
    antidil = dict(q26=212, q25=95, n26=198, n25=110)
    depr = dict(q26=28914, q25=27630, n26=85602, n25=82115)
    acq = dict(q26=2140, q25=3875, n26=6918, n25=9402)
    corp = dict(q26=-15306, q25=-14620, n26=-45880, n25=-43915)

    gp = {p: sales[p] - cogs[p] for p in P}
    oi = {p: gp[p] - sga[p] - rd[p] - amort[p] - restr[p] for p in P}
    ibt = {p: oi[p] - interest[p] - other[p] for p in P}
    tax = {p: rnd(ibt[p] * tax_rate[p]) for p in P}
    ni = {p: ibt[p] - tax[p] for p in P}
    ni_co = {p: ni[p] - nci[p] for p in P}
    dil_sh = {p: basic_sh[p] + dil_add[p] for p in P}
    eps_b = {p: r2(ni_co[p] / basic_sh[p]) for p in P}
    eps_d = {p: r2(ni_co[p] / dil_sh[p]) for p in P}
    da = {p: depr[p] + amort[p] for p in P}
    adj_ebitda = {p: oi[p] + da[p] + restr[p] + acq[p] for p in P}
    d.update(
        cogs=cogs, gp=gp, sga=sga, rd=rd, amort=amort, restr=restr, oi=oi, interest=interest,
        other=other, ibt=ibt, tax=tax, ni=ni, nci=nci, ni_co=ni_co, basic_sh=basic_sh,
        dil_add=dil_add, dil_sh=dil_sh, eps_b=eps_b, eps_d=eps_d, antidil=antidil, depr=depr,
        da=da, acq=acq, adj_ebitda=adj_ebitda, corp=corp,
    )
    # segment adjusted EBITDA: Coatings and Additives by margin, Polymers is the remainder
    seg_e = {"pc": {}, "ep": {}, "sa": {}}
    m_pc = dict(q26=0.221, q25=0.214, n26=0.219, n25=0.211)
    m_sa = dict(q26=0.243, q25=0.236, n26=0.241, n25=0.232)
    for p in P:
        seg_e["pc"][p] = rnd(seg_sales["pc"][p] * m_pc[p])
        seg_e["sa"][p] = rnd(seg_sales["sa"][p] * m_sa[p])
        seg_e["ep"][p] = adj_ebitda[p] - corp[p] - seg_e["pc"][p] - seg_e["sa"][p]
        assert 0.12 < seg_e["ep"][p] / seg_sales["ep"][p] < 0.28, (p, seg_e["ep"][p])
    d["seg_ebitda"] = seg_e
    d["seg_total_ebitda"] = {p: sum(seg_e[s][p] for s in SEGMENTS) for p in P}
    seg_da = {
        "pc": dict(q26=13204, q25=12960, n26=39318, n25=38705),
        "ep": dict(q26=15880, q25=15205, n26=47112, n25=45830),
        "sa": dict(q26=9716, q25=9870, n26=29340, n25=29415),
    }
    seg_da["corp"] = {p: da[p] - sum(seg_da[s][p] for s in SEGMENTS) for p in P}
    d["seg_da"] = seg_da

    # adjusted net income / EPS (non-GAAP, MD&A)
    adj_items = {p: restr[p] + amort[p] + acq[p] for p in P}
    adj_tax = {p: -rnd(adj_items[p] * 0.245) for p in P}
    adj_ni = {p: ni_co[p] + adj_items[p] + adj_tax[p] for p in P}
    adj_eps = {p: r2(adj_ni[p] / dil_sh[p]) for p in P}
    d.update(adj_tax=adj_tax, adj_ni=adj_ni, adj_eps=adj_eps)

    # other comprehensive income
    fx = dict(q26=-8412, q25=5207, n26=14630, n25=-21884)
    pens = dict(q26=612, q25=580, n26=1836, n25=1740)
    hedge = dict(q26=-1205, q25=944, n26=-2318, n25=1502)
    oci = {p: fx[p] + pens[p] + hedge[p] for p in P}
    ci = {p: ni[p] + oci[p] for p in P}
    oci_nci = dict(q26=-210, q25=130, n26=365, n25=-540)
    ci_nci = {p: nci[p] + oci_nci[p] for p in P}
    ci_co = {p: ci[p] - ci_nci[p] for p in P}
    d.update(fx=fx, pens=pens, hedge=hedge, oci=oci, ci=ci, ci_nci=ci_nci, ci_co=ci_co, oci_nci=oci_nci)

    # ---- inventories ----
    inv = {
        "raw": dict(s26=226814, d25=214520),
        "wip": dict(s26=71932, d25=68305),
        "fg": dict(s26=318770, d25=301842),
        "sup": dict(s26=29584, d25=28278),
    }
    inv_total = {k: sum(inv[c][k] for c in inv) for k in ("s26", "d25")}
    d.update(inv=inv, inv_total=inv_total)

    # ---- debt ----
    debt = {
        "rcf": dict(s26=45000, d25=70000),
        "tla": dict(s26=562500, d25=585000),
        "n28": dict(s26=500000, d25=500000),
        "n31": dict(s26=400000, d25=250000),
        "frl": dict(s26=28736, d25=24426),
        "fin": dict(s26=18650, d25=19870),
    }
    principal = {k: sum(debt[c][k] for c in debt) for k in ("s26", "d25")}
    issue_costs = dict(d25=12884)
    issue_costs["s26"] = issue_costs["d25"] + 1945 - 1410
    total_debt = {k: principal[k] - issue_costs[k] for k in ("s26", "d25")}
    cur_debt = dict(s26=61955, d25=58420)
    lt_debt = {k: total_debt[k] - cur_debt[k] for k in ("s26", "d25")}
    d.update(debt=debt, principal=principal, issue_costs=issue_costs, total_debt=total_debt,
             cur_debt=cur_debt, lt_debt=lt_debt)

    # ---- restructuring reserve (nine months 2026) ----
    rs = {
        "sev": dict(open=9412, chg=11206, cash=-10118, noncash=0, fxr=214),
        "fac": dict(open=2318, chg=3264, cash=-2940, noncash=0, fxr=36),
        "ast": dict(open=0, chg=4260, cash=0, noncash=-4260, fxr=0),
    }
    for c in rs.values():
        c["close"] = c["open"] + c["chg"] + c["cash"] + c["noncash"] + c["fxr"]
    rs["tot"] = {k: sum(rs[c][k] for c in ("sev", "fac", "ast")) for k in rs["sev"]}
    assert rs["tot"]["chg"] == restr["n26"]
    d["rs"] = rs

    # ---- cash flows (nine months) ----
    cf = {
        "ni": dict(n26=ni["n26"], n25=ni["n25"]),
        "da": dict(n26=da["n26"], n25=da["n25"]),
        "sbc": dict(n26=21406, n25=19872),
        "dtax": dict(n26=-5812, n25=-3490),
        "rsnc": dict(n26=4260, n25=0),
        "onc": dict(n26=3118, n25=2764),
        "ar": dict(n26=-42615, n25=-51208),
        "inv": dict(n26=-28904, n25=-12677),
        "ppd": dict(n26=-6210, n25=-4388),
        "ap": dict(n26=31420, n25=18935),
        "accr": dict(n26=-12806, n25=-20514),
        "oth": dict(n26=-4115, n25=-2906),
    }
    op_keys = list(cf)
    cfo = {k: sum(cf[c][k] for c in op_keys) for k in ("n26", "n25")}
    inv_rows = {
        "capex": dict(n26=-118462, n25=-104305),
        "acqn": dict(n26=0, n25=-84210),
        "aspr": dict(n26=6840, n25=2115),
        "oinv": dict(n26=-1204, n25=-980),
    }
    cfi = {k: sum(v[k] for v in inv_rows.values()) for k in ("n26", "n25")}
    fin_rows = {
        "stb": dict(n26=4310, n25=-2150),
        "rcf": dict(n26=-25000, n25=40000),
        "ltdp": dict(n26=150000, n25=0),
        "ltdr": dict(n26=-23720, n25=-24105),
        "dic": dict(n26=-1945, n25=0),
        "div": dict(n26=-109482, n25=-104760),
        "rep": dict(n26=-120350, n25=-75080),
        "exer": dict(n26=8215, n25=6402),
        "whd": dict(n26=-4102, n25=-3611),
        "ncid": dict(n26=-2870, n25=-2540),
    }
    cff = {k: sum(v[k] for v in fin_rows.values()) for k in ("n26", "n25")}
    fxc = dict(n26=3812, n25=-6045)
    net_chg = {k: cfo[k] + cfi[k] + cff[k] + fxc[k] for k in ("n26", "n25")}
    cash_beg = dict(n26=412306, n25=389118)
    cash_end = {k: cash_beg[k] + net_chg[k] for k in ("n26", "n25")}
    fcf = {k: cfo[k] + inv_rows["capex"][k] for k in ("n26", "n25")}
    d.update(cf=cf, cfo=cfo, cf_inv=inv_rows, cfi=cfi, cf_fin=fin_rows, cff=cff, fxc=fxc,
             net_chg=net_chg, cash_beg=cash_beg, cash_end=cash_end, fcf=fcf,
             int_paid=dict(n26=49870, n25=55214), tax_paid=dict(n26=61405, n25=58930))

    # ---- equity roll-forward (nine months 2026) ----
    eq_open = dict(cs=1012, apic=1284640, re=None, aoci=-186420, ts=-612880, nci=48315)
    dps_q = 0.42
    div_decl = -fin_rows["div"]["n26"]
    rf = {
        "ni": dict(re=ni_co["n26"], nci=nci["n26"]),
        "oci": dict(aoci=oci["n26"] - oci_nci["n26"], nci=oci_nci["n26"]),
        "sbc": dict(apic=cf["sbc"]["n26"]),
        "exer": dict(cs=3, apic=fin_rows["exer"]["n26"] - 3),
        "whd": dict(apic=fin_rows["whd"]["n26"]),
        "div": dict(re=-div_decl),
        "rep": dict(ts=fin_rows["rep"]["n26"]),
        "ncid": dict(nci=fin_rows["ncid"]["n26"]),
    }

    # ---- balance sheet ----
    bs = {
        "cash": dict(s26=cash_end["n26"], d25=cash_beg["n26"]),
        "ar": dict(s26=541208, d25=498730),
        "inv": inv_total,
        "ppd": dict(s26=92840, d25=86412),
        "ppe": dict(s26=1412876, d25=1384560),
        "rou": dict(s26=93115, d25=96274),
        "gw": dict(s26=1134920, d25=1128410),
        "intang": dict(s26=476215, d25=512880),
        "dta": dict(s26=35904, d25=34118),
        "oa": dict(s26=74312, d25=71905),
        "cur_debt": cur_debt,
        "ap": dict(s26=421806, d25=386512),
        "accr": dict(s26=None, d25=214870),  # Sept. 30 balance solves the balance sheet
        "itp": dict(s26=18930, d25=22416),
        "lt_debt": lt_debt,
        "oll": dict(s26=75812, d25=78940),
        "dtl": dict(s26=162418, d25=168702),
        "pens": dict(s26=88904, d25=92615),
        "ol": dict(s26=66185, d25=64280),
    }
    allow = dict(s26=13105, d25=12480)
    ca = ("cash", "ar", "inv", "ppd")
    nca = ("ppe", "rou", "gw", "intang", "dta", "oa")
    cl = ("cur_debt", "ap", "accr", "itp")
    ncl = ("lt_debt", "oll", "dtl", "pens", "ol")

    def tot(keys, k):
        return sum(bs[x][k] for x in keys)

    tca = {k: tot(ca, k) for k in ("s26", "d25")}
    ta = {k: tca[k] + tot(nca, k) for k in ("s26", "d25")}
    # December equity: retained earnings solves
    tcl_d = tot(cl, "d25")
    tl_d = tcl_d + tot(ncl, "d25")
    te_d = ta["d25"] - tl_d
    eq_open["re"] = te_d - eq_open["nci"] - (eq_open["cs"] + eq_open["apic"] + eq_open["aoci"] + eq_open["ts"])
    eq_close = dict(eq_open)
    for mv in rf.values():
        for c, v in mv.items():
            eq_close[c] += v
    te_s = sum(eq_close.values())
    bs["accr"]["s26"] = ta["s26"] - te_s - (tot(("cur_debt", "ap", "itp"), "s26") + tot(ncl, "s26"))
    assert 150000 < bs["accr"]["s26"] < 280000, bs["accr"]["s26"]
    tcl = {k: tot(cl, k) for k in ("s26", "d25")}
    tl = {k: tcl[k] + tot(ncl, k) for k in ("s26", "d25")}
    eq = {c: dict(s26=eq_close[c], d25=eq_open[c]) for c in eq_open}
    tse = {k: sum(eq[c][k] for c in ("cs", "apic", "re", "aoci", "ts")) for k in ("s26", "d25")}
    te = {k: tse[k] + eq["nci"][k] for k in ("s26", "d25")}
    tle = {k: tl[k] + te[k] for k in ("s26", "d25")}
    gw = {"pc": dict(open=452180, fx=2840), "ep": dict(open=398615, fx=2415), "sa": dict(open=277615)}
    gw["sa"]["fx"] = bs["gw"]["s26"] - bs["gw"]["d25"] - gw["pc"]["fx"] - gw["ep"]["fx"]
    for g in gw.values():
        g["close"] = g["open"] + g["fx"]
    gw["tot"] = {k: sum(gw[c][k] for c in ("pc", "ep", "sa")) for k in ("open", "fx", "close")}
    d["gw"] = gw
    aoci = {"fx": dict(open=-141260, chg=fx["n26"] - oci_nci["n26"]), "pens": dict(open=-52880, chg=pens["n26"]),
            "hedge": dict(chg=hedge["n26"])}
    aoci["hedge"]["open"] = eq_open["aoci"] - aoci["fx"]["open"] - aoci["pens"]["open"]
    for a in aoci.values():
        a["close"] = a["open"] + a["chg"]
    aoci["tot"] = {k: sum(aoci[c][k] for c in ("fx", "pens", "hedge")) for k in ("open", "chg", "close")}
    d["aoci"] = aoci
    d.update(bs=bs, allow=allow, tca=tca, ta=ta, tcl=tcl, tl=tl, eq=eq, tse=tse, te=te, tle=tle,
             rf=rf, dps_q=dps_q, div_decl=div_decl)
    d["shares"] = dict(issued_s26=101534, issued_d25=101226, treas_s26=15408, treas_d25=14011)

    # ---- share repurchases in the quarter (Item 2) ----
    d["rep_months"] = [
        ("July 1 \u2013 July 31, 2026", 142300, 88.14),
        ("August 1 \u2013 August 31, 2026", 118650, 91.72),
        ("September 1 \u2013 September 30, 2026", 96410, 93.05),
    ]
    d["rep_q_shares"] = sum(m[1] for m in d["rep_months"])
    d["rep_q_avg"] = r2(sum(m[1] * m[2] for m in d["rep_months"]) / d["rep_q_shares"])
    d["auth_remaining"] = [412650, 401767, 392796]

    # ---- liquidity / market risk ----
    d["rcf_capacity"] = 750000
    d["lc_out"] = 11840
    d["rcf_avail"] = d["rcf_capacity"] - debt["rcf"]["s26"] - d["lc_out"]
    d["liquidity"] = d["rcf_avail"] + cash_end["n26"]
    d["var_debt"] = debt["rcf"]["s26"] + debt["tla"]["s26"]
    d["rate_sens"] = rnd(d["var_debt"] * 0.01)
    d["capex_guid"] = (160, 170)
    return d


def ties(d: dict) -> list[tuple[str, float, float]]:
    """Identities that must hold in the printed statements."""
    out = []
    for p in P:
        out.append((f"segment sales = consolidated {p}", sum(d["seg_sales"][s][p] for s in SEGMENTS), d["sales"][p]))
        out.append((f"region sales = consolidated {p}", sum(d["reg_sales"][r][p] for r in REGIONS), d["sales"][p]))
        out.append((f"segment EBITDA + corporate = adjusted EBITDA {p}",
                    d["seg_total_ebitda"][p] + d["corp"][p], d["adj_ebitda"][p]))
        out.append((f"adjusted EBITDA bridge {p}",
                    d["ni"][p] + d["tax"][p] + d["interest"][p] + d["other"][p] + d["da"][p] + d["restr"][p]
                    + d["acq"][p], d["adj_ebitda"][p]))
        out.append((f"gross profit {p}", d["sales"][p] - d["cogs"][p], d["gp"][p]))
        out.append((f"net income split {p}", d["ni_co"][p] + d["nci"][p], d["ni"][p]))
        out.append((f"basic EPS {p}", d["eps_b"][p], round(d["ni_co"][p] / d["basic_sh"][p], 2)))
        out.append((f"diluted EPS {p}", d["eps_d"][p], round(d["ni_co"][p] / d["dil_sh"][p], 2)))
        out.append((f"comprehensive income {p}", d["ci_co"][p] + d["ci_nci"][p], d["ni"][p] + d["oci"][p]))
        out.append((f"segment D&A {p}", sum(d["seg_da"][s][p] for s in ("pc", "ep", "sa", "corp")), d["da"][p]))
    for k in ("s26", "d25"):
        out.append((f"balance sheet balances {k}", d["ta"][k], d["tle"][k]))
        out.append((f"inventory note = balance sheet {k}", d["inv_total"][k], d["bs"]["inv"][k]))
        out.append((f"debt note = balance sheet {k}", d["total_debt"][k], d["cur_debt"][k] + d["lt_debt"][k]))
    for k in ("n26", "n25"):
        out.append((f"cash flow reconciles {k}", d["cash_beg"][k] + d["net_chg"][k], d["cash_end"][k]))
    out.append(("cash end = balance sheet", d["cash_end"]["n26"], d["bs"]["cash"]["s26"]))
    out.append(("cash begin = balance sheet", d["cash_beg"]["n26"], d["bs"]["cash"]["d25"]))
    out.append(("AOCI components (close)", d["aoci"]["tot"]["close"], d["eq"]["aoci"]["s26"]))
    out.append(("goodwill roll-forward = balance sheet (open)", d["gw"]["tot"]["open"], d["bs"]["gw"]["d25"]))
    out.append(("goodwill roll-forward = balance sheet (close)", d["gw"]["tot"]["close"], d["bs"]["gw"]["s26"]))
    out.append(("restructuring charges = statement", d["rs"]["tot"]["chg"], d["restr"]["n26"]))
    for c in d["eq"]:
        mv = sum(m.get(c, 0) for m in d["rf"].values())
        out.append((f"equity roll-forward {c}", d["eq"][c]["d25"] + mv, d["eq"][c]["s26"]))
    out.append(("debt principal movement",
                d["principal"]["s26"] - d["principal"]["d25"],
                sum(d["cf_fin"][x]["n26"] for x in ("stb", "rcf", "ltdp", "ltdr"))))
    out.append(("repurchase months total", sum(m[1] for m in d["rep_months"]), d["rep_q_shares"]))
    return out


if __name__ == "__main__":
    dd = build()
    for name, a, b in ties(dd):
        print(("OK " if abs(a - b) < 1e-9 else "BAD"), name, a, b)
    print("accrued s26", dd["bs"]["accr"]["s26"], "RE open", dd["eq"]["re"]["d25"], "cash end", dd["cash_end"])
    print("adj ebitda", dd["adj_ebitda"], "eps", dd["eps_d"], dd["seg_ebitda"]["ep"])
