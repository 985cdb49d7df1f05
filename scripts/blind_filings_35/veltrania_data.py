"""Invented figures for Veltrania Specialty Health, Inc., Form 10-K for the fiscal year ended December 31, 2025.

Amounts are $ millions with one decimal; prescriptions and adjusted scripts in thousands; PBM claims in millions;
revenue per adjusted script and per claim in dollars (two decimals); shares in millions (one decimal). Years 2025,
2024 and 2023; balance sheet dates 2025 and 2024. Segment revenue builds consolidated revenue; the December 31, 2024
balance sheet is given (retained earnings balances it) and December 31, 2025 is derived through the 2025 cash flows
and the property, intangibles, goodwill, debt and equity roll-forwards, so the statements tie by construction.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

YEARS = (2025, 2024, 2023)
DATES = (2025, 2024)
SEGMENTS = {"sp": "Specialty Pharmacy", "inf": "Infusion Services", "pbm": "PBM Services"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


SEG_REV = {"sp": ("6412.8", "5874.3", "5302.6"), "inf": ("1286.4", "1142.9", "1018.7"),
           "pbm": ("2154.7", "2048.1", "1987.5")}
ELIM = ("-142.6", "-131.2", "-118.4")
SEG_AOI = {"sp": ("398.6", "352.1", "309.8"), "inf": ("142.3", "118.7", "97.4"), "pbm": ("176.9", "171.2", "168.0")}
CORP = ("-121.4", "-112.8", "-104.6")
RESTRUCT = ("18.4", "9.6", "22.1")
COST = ("8600.5", "7920.6", "7265.7")  # cost of products and services
SCRIPTS = (1842, 1736, 1621)  # specialty prescriptions dispensed, thousands
ADJ_SCRIPTS = (4716, 4402, 4088)  # specialty adjusted scripts (30-day equivalents), thousands
REFERRALS = (218, 197, 181)  # infusion patient referrals, thousands
CLAIMS = ("186.4", "179.2", "174.8")  # PBM adjusted claims, millions
INTEREST = ("96.8", "104.2", "98.7")
OTHER = ("4.2", "-1.8", "2.6")
TAX_CUR_FED = ("69.9", "59.3", "47.4")
TAX_CUR_STATE = ("14.6", "12.1", "9.4")
TAX_DEF_FED = ("6.1", "3.8", "4.7")
TAX_DEF_STATE = ("1.3", "0.9", "1.2")
STATE_RATE_ITEM = ("12.6", "10.3", "8.4")
NONDED = ("5.8", "4.9", "4.1")
SH_BASIC = ("71.4", "72.6", "73.1")
DILUTIVE = ("1.6", "1.3", "1.1")
SBC = {"rsu": ("28.4", "24.7", "21.3"), "psu": ("11.2", "9.6", "7.8"), "opt": ("3.9", "4.6", "5.2"),
       "espp": ("2.1", "1.8", "1.6")}
AMORT = {"cust": ("58.2", "54.6", "52.9"), "lic": ("17.4", "16.8", "16.3")}
OCI_FX = ("-3.6", "2.1", "-1.4")
OCI_SWAP = ("5.2", "-2.7", "8.9")
# 2024 and 2023 cash flow lines (2025 derives from the balance sheets)
CF_PRIOR = {
    2024: {"dep": "84.6", "dfee": "3.4", "ar": "-118.7", "inv": "-46.2", "prepaid": "-8.9", "ap": "92.4",
           "accrued": "21.6", "other": "3.8", "capex": "-97.3", "acq": "-42.5", "tl": "-45.0", "rcf_b": "180.0",
           "rcf_r": "-215.0", "repo": "-150.0", "taxw": "-11.2", "opt": "14.6"},
    2023: {"dep": "79.1", "dfee": "3.4", "ar": "-96.3", "inv": "-38.4", "prepaid": "4.2", "ap": "61.8",
           "accrued": "12.9", "other": "-2.7", "capex": "-88.9", "acq": "-214.6", "tl": "-45.0", "rcf_b": "260.0",
           "rcf_r": "-145.0", "repo": "-60.0", "taxw": "-8.7", "opt": "9.8"},
}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    segs = list(SEGMENTS)
    for i, y in enumerate(YEARS):
        for g in segs:
            put(f"seg.rev.{g}.{y}", SEG_REV[g][i])
            put(f"seg.aoi.{g}.{y}", SEG_AOI[g][i])
            put(f"seg.aom.{g}.{y}", pct(v[f"seg.aoi.{g}.{y}"], v[f"seg.rev.{g}.{y}"]))
        put(f"seg.rev.elim.{y}", ELIM[i])
        rev = put(f"is.rev.{y}", s(*[f"seg.rev.{g}.{y}" for g in segs], f"seg.rev.elim.{y}"))
        put(f"seg.rev.total.{y}", rev)
        for g in segs + ["elim"]:
            put(f"mix.{g}.{y}", pct(v[f"seg.rev.{g}.{y}"], rev))
        put(f"seg.aoi.corp.{y}", CORP[i])
        put(f"seg.aoi.total.{y}", s(*[f"seg.aoi.{g}.{y}" for g in segs], f"seg.aoi.corp.{y}"))
        for k, parts in SBC.items():
            put(f"sbc.{k}.{y}", parts[i])
        put(f"sbc.total.{y}", s(*[f"sbc.{k}.{y}" for k in SBC]))
        put(f"sbc.taxben.{y}", q(v[f"sbc.total.{y}"] * D("0.24"), 1))
        for k, parts in AMORT.items():
            put(f"amort.{k}.{y}", parts[i])
        put(f"amort.total.{y}", s(*[f"amort.{k}.{y}" for k in AMORT]))
        put(f"is.restruct.{y}", RESTRUCT[i])
        put(f"seg.amort.{y}", -v[f"amort.total.{y}"])
        put(f"seg.sbc.{y}", -v[f"sbc.total.{y}"])
        put(f"seg.restruct.{y}", -v[f"is.restruct.{y}"])
        oi = put(f"is.oi.{y}", v[f"seg.aoi.total.{y}"] - v[f"amort.total.{y}"] - v[f"sbc.total.{y}"]
                 - v[f"is.restruct.{y}"])
        put(f"seg.oi.{y}", oi)
        put(f"is.cos.{y}", COST[i])
        gp = put(f"is.gp.{y}", rev - v[f"is.cos.{y}"])
        put(f"is.amort.{y}", v[f"amort.total.{y}"])
        put(f"is.sga.{y}", gp - v[f"is.amort.{y}"] - v[f"is.restruct.{y}"] - oi)
        put(f"is.int.{y}", INTEREST[i])
        put(f"is.oth.{y}", OTHER[i])
        pre = put(f"is.pretax.{y}", oi - v[f"is.int.{y}"] + v[f"is.oth.{y}"])
        # income tax note
        put(f"tax.cur_fed.{y}", TAX_CUR_FED[i])
        put(f"tax.cur_state.{y}", TAX_CUR_STATE[i])
        put(f"tax.cur.{y}", s(f"tax.cur_fed.{y}", f"tax.cur_state.{y}"))
        put(f"tax.def_fed.{y}", TAX_DEF_FED[i])
        put(f"tax.def_state.{y}", TAX_DEF_STATE[i])
        put(f"tax.def.{y}", s(f"tax.def_fed.{y}", f"tax.def_state.{y}"))
        tax = put(f"is.tax.{y}", v[f"tax.cur.{y}"] + v[f"tax.def.{y}"])
        put(f"tax.total.{y}", tax)
        put(f"tax.stat.{y}", q(pre * D("0.21"), 1))
        put(f"tax.state.{y}", STATE_RATE_ITEM[i])
        put(f"tax.nonded.{y}", NONDED[i])
        put(f"tax.other.{y}", tax - s(f"tax.stat.{y}", f"tax.state.{y}", f"tax.nonded.{y}"))
        put(f"tax.rec_total.{y}", tax)
        ni = put(f"is.ni.{y}", pre - tax)
        # EPS note
        put(f"eps.ni.{y}", ni)
        put(f"eps.sh_b.{y}", SH_BASIC[i])
        put(f"eps.dil.{y}", DILUTIVE[i])
        put(f"eps.sh_d.{y}", v[f"eps.sh_b.{y}"] + v[f"eps.dil.{y}"])
        put(f"is.eps_b.{y}", q(ni / v[f"eps.sh_b.{y}"], 2))
        put(f"is.eps_d.{y}", q(ni / v[f"eps.sh_d.{y}"], 2))
        put(f"eps.eps_b.{y}", v[f"is.eps_b.{y}"])
        put(f"eps.eps_d.{y}", v[f"is.eps_d.{y}"])
        put(f"is.sh_b.{y}", v[f"eps.sh_b.{y}"])
        put(f"is.sh_d.{y}", v[f"eps.sh_d.{y}"])
        # comprehensive income
        put(f"ci.ni.{y}", ni)
        put(f"ci.fx.{y}", OCI_FX[i])
        put(f"ci.swap.{y}", OCI_SWAP[i])
        put(f"ci.oci.{y}", s(f"ci.fx.{y}", f"ci.swap.{y}"))
        put(f"ci.total.{y}", ni + v[f"ci.oci.{y}"])
        # operating statistics
        put(f"ops.scripts.{y}", SCRIPTS[i])
        put(f"ops.adj.{y}", ADJ_SCRIPTS[i])
        put(f"ops.rps.{y}", q(v[f"seg.rev.sp.{y}"] * 1000 / v[f"ops.adj.{y}"], 2))
        put(f"ops.ref.{y}", REFERRALS[i])
        put(f"ops.claims.{y}", CLAIMS[i])
        put(f"ops.rpc.{y}", q(v[f"seg.rev.pbm.{y}"] / v[f"ops.claims.{y}"], 2))
        put(f"mda.gpm.{y}", pct(gp, rev))
    put("chg.rev.2025", pct(v["is.rev.2025"] - v["is.rev.2024"], v["is.rev.2024"]))
    put("chg.scripts.2025", pct(v["ops.adj.2025"] - v["ops.adj.2024"], v["ops.adj.2024"]))
    # December 31, 2024 balance sheet (given)
    dec = {"cash": "412.8", "ar": "1286.4", "inv": "574.2", "prepaid": "96.3", "ppe": "486.9", "rou": "164.7",
           "gw": "1842.6", "int": "613.4", "other_a": "58.2", "ap": "1148.6", "accrued": "382.7",
           "lease_nc": "141.3", "dtax": "118.4", "other_l": "77.9", "cs": "0.8", "apic": "1236.9", "aoci": "-6.8",
           "treasury": "-420.0"}
    for k, amount in dec.items():
        put(f"bs.{k}.2024", amount)
    mar = {"ar": "1402.5", "inv": "631.8", "prepaid": "102.4", "ap": "1257.3", "accrued": "409.6", "other_l": "81.2"}
    for k, amount in mar.items():
        put(f"bs.{k}.2025", amount)
    for k in ("rou", "lease_nc", "cs"):
        put(f"bs.{k}.2025", v[f"bs.{k}.2024"])
    # debt (principal) at December 31, 2024 and movements in 2025
    put("debt.tl.2024", "765.0")
    put("debt.n29.2024", "500.0")
    put("debt.n32.2024", "600.0")
    put("debt.rcf.2024", "135.0")
    put("debt.fees.2024", "-18.6")
    put("cf.tl.2025", "-45.0")
    put("cf.rcf_b.2025", "320.0")
    put("cf.rcf_r.2025", "-260.0")
    put("cf.dfee.2025", "3.4")
    put("debt.tl.2025", v["debt.tl.2024"] + v["cf.tl.2025"])
    put("debt.n29.2025", v["debt.n29.2024"])
    put("debt.n32.2025", v["debt.n32.2024"])
    put("debt.rcf.2025", v["debt.rcf.2024"] + v["cf.rcf_b.2025"] + v["cf.rcf_r.2025"])
    put("debt.fees.2025", v["debt.fees.2024"] + v["cf.dfee.2025"])
    for d in DATES:
        put(f"debt.principal.{d}", s(*[f"debt.{k}.{d}" for k in ("tl", "n29", "n32", "rcf")]))
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.fees.{d}"])
        put(f"debt.cur.{d}", "45.0")
        put(f"debt.lt.{d}", v[f"debt.total.{d}"] - v[f"debt.cur.{d}"])
        put(f"bs.curdebt.{d}", v[f"debt.cur.{d}"])
        put(f"bs.debt.{d}", v[f"debt.lt.{d}"])
    # maturities of principal at December 31, 2025
    mat = {"y2026": "45.0", "y2027": "45.0", "y2028": "630.0", "y2029": "500.0", "y2030": "195.0"}
    for k, amount in mat.items():
        put(f"mat.{k}", amount)
    put("mat.after", v["debt.principal.2025"] - s(*[f"mat.{k}" for k in mat]))
    put("mat.total", v["debt.principal.2025"])
    put("debt.rcf_cap", "750.0")
    put("debt.rcf_avail", v["debt.rcf_cap"] - v["debt.rcf.2025"])
    put("debt.tl_rate", "6.42")
    put("debt.n29_rate", "5.375")
    put("debt.n32_rate", "6.125")
    # goodwill and intangibles
    gw_seg = {"sp": "1126.4", "inf": "498.7", "pbm": "217.5"}
    for g, amount in gw_seg.items():
        put(f"gw.{g}.2024", amount)
        put(f"gw.acq.{g}", "0.0")
        put(f"gw.fx.{g}", "0.0")
    put("gw.acq.inf", "38.6")
    put("gw.fx.pbm", "-0.4")
    for g in gw_seg:
        put(f"gw.{g}.2025", v[f"gw.{g}.2024"] + v[f"gw.acq.{g}"] + v[f"gw.fx.{g}"])
    put("gw.total.2024", s(*[f"gw.{g}.2024" for g in gw_seg]))
    put("gw.acq.total", s(*[f"gw.acq.{g}" for g in gw_seg]))
    put("gw.fx.total", s(*[f"gw.fx.{g}" for g in gw_seg]))
    put("gw.total.2025", s(*[f"gw.{g}.2025" for g in gw_seg]))
    put("bs.gw.2025", v["gw.total.2025"])
    put("int.gross.cust.2024", "842.6")
    put("int.gross.lic.2024", "261.8")
    put("int.acc.cust.2024", "-378.4")
    put("int.acc.lic.2024", "-112.6")
    put("int.acq.cust", "22.4")
    put("int.gross.cust.2025", v["int.gross.cust.2024"] + v["int.acq.cust"])
    put("int.gross.lic.2025", v["int.gross.lic.2024"])
    put("int.acc.cust.2025", v["int.acc.cust.2024"] - v["amort.cust.2025"])
    put("int.acc.lic.2025", v["int.acc.lic.2024"] - v["amort.lic.2025"])
    for d in DATES:
        for k in ("cust", "lic"):
            put(f"int.net.{k}.{d}", v[f"int.gross.{k}.{d}"] + v[f"int.acc.{k}.{d}"])
        for part in ("gross", "acc", "net"):
            put(f"int.{part}.total.{d}", s(f"int.{part}.cust.{d}", f"int.{part}.lic.{d}"))
    put("bs.int.2025", v["int.net.total.2025"])
    if v["bs.int.2024"] != v["int.net.total.2024"]:
        raise ValueError("intangibles at December 31, 2024 do not agree with the note")
    if v["bs.gw.2024"] != v["gw.total.2024"]:
        raise ValueError("goodwill at December 31, 2024 does not agree with the note")
    sched = {"y2026": "74.8", "y2027": "71.2", "y2028": "66.5", "y2029": "58.9", "y2030": "51.3"}
    for k, amount in sched.items():
        put(f"am.{k}", amount)
    put("am.after", v["int.net.total.2025"] - s(*[f"am.{k}" for k in sched]))
    put("am.total", v["int.net.total.2025"])
    # 2025 cash flows
    y = 2025
    put(f"cf.ni.{y}", v[f"is.ni.{y}"])
    put(f"cf.dep.{y}", "91.7")
    put(f"cf.amort.{y}", v[f"amort.total.{y}"])
    put(f"cf.sbc.{y}", v[f"sbc.total.{y}"])
    put(f"cf.dtax.{y}", v[f"tax.def.{y}"])
    put(f"cf.ar.{y}", v["bs.ar.2024"] - v["bs.ar.2025"])
    put(f"cf.inv.{y}", v["bs.inv.2024"] - v["bs.inv.2025"])
    put(f"cf.prepaid.{y}", v["bs.prepaid.2024"] - v["bs.prepaid.2025"])
    put(f"cf.ap.{y}", v["bs.ap.2025"] - v["bs.ap.2024"])
    put(f"cf.accrued.{y}", v["bs.accrued.2025"] - v["bs.accrued.2024"])
    put(f"cf.other.{y}", v["bs.other_l.2025"] - v["bs.other_l.2024"])
    put(f"cf.capex.{y}", "-104.6")
    put(f"cf.acq.{y}", -(v["gw.acq.total"] + v["int.acq.cust"]))
    put(f"cf.repo.{y}", "-175.0")
    put(f"cf.taxw.{y}", "-13.8")
    put(f"cf.opt.{y}", "17.2")
    for y in (2024, 2023):
        put(f"cf.ni.{y}", v[f"is.ni.{y}"])
        put(f"cf.amort.{y}", v[f"amort.total.{y}"])
        put(f"cf.sbc.{y}", v[f"sbc.total.{y}"])
        put(f"cf.dtax.{y}", v[f"tax.def.{y}"])
        for k, amount in CF_PRIOR[y].items():
            put(f"cf.{k}.{y}", amount)
    ops = ("ni", "dep", "amort", "sbc", "dtax", "dfee", "ar", "inv", "prepaid", "ap", "accrued", "other")
    for y in YEARS:
        put(f"cf.cfo.{y}", s(*[f"cf.{k}.{y}" for k in ops]))
        put(f"cf.cfi.{y}", s(f"cf.capex.{y}", f"cf.acq.{y}"))
        put(f"cf.cff.{y}", s(*[f"cf.{k}.{y}" for k in ("tl", "rcf_b", "rcf_r", "repo", "taxw", "opt")]))
        put(f"cf.change.{y}", s(f"cf.cfo.{y}", f"cf.cfi.{y}", f"cf.cff.{y}"))
        put(f"fcf.{y}", v[f"cf.cfo.{y}"] + v[f"cf.capex.{y}"])
    put("cf.begin.2025", v["bs.cash.2024"])
    put("cf.end.2025", v["cf.begin.2025"] + v["cf.change.2025"])
    put("cf.end.2024", v["bs.cash.2024"])
    put("cf.begin.2024", v["cf.end.2024"] - v["cf.change.2024"])
    put("cf.end.2023", v["cf.begin.2024"])
    put("cf.begin.2023", v["cf.end.2023"] - v["cf.change.2023"])
    put("bs.cash.2025", v["cf.end.2025"])
    put("bs.ppe.2025", v["bs.ppe.2024"] - v["cf.capex.2025"] - v["cf.dep.2025"])
    put("bs.other_a.2025", v["bs.other_a.2024"] + v["ci.oci.2025"] - v["gw.fx.total"])
    put("bs.dtax.2025", v["bs.dtax.2024"] + v["cf.dtax.2025"])
    put("bs.apic.2025", v["bs.apic.2024"] + v["cf.sbc.2025"] + v["cf.taxw.2025"] + v["cf.opt.2025"])
    put("bs.treasury.2025", v["bs.treasury.2024"] + v["cf.repo.2025"])
    put("bs.aoci.2025", v["bs.aoci.2024"] + v["ci.oci.2025"])
    for d in DATES:
        put(f"bs.ca.{d}", s(*[f"bs.{k}.{d}" for k in ("cash", "ar", "inv", "prepaid")]))
        put(f"bs.assets.{d}", v[f"bs.ca.{d}"] + s(*[f"bs.{k}.{d}" for k in ("ppe", "rou", "gw", "int", "other_a")]))
        put(f"bs.cl.{d}", s(*[f"bs.{k}.{d}" for k in ("ap", "accrued", "curdebt")]))
        put(f"bs.liab.{d}", v[f"bs.cl.{d}"] + s(*[f"bs.{k}.{d}" for k in ("debt", "lease_nc", "dtax", "other_l")]))
    put("bs.re.2024", v["bs.assets.2024"] - v["bs.liab.2024"] - s(*[f"bs.{k}.2024" for k in (
        "cs", "apic", "aoci", "treasury")]))
    put("bs.re.2025", v["bs.re.2024"] + v["is.ni.2025"])
    for d in DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{k}.{d}" for k in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
    # prose figures
    put("hc.employees", 9840)
    put("hc.pharmacists", 1215)
    put("hc.sites", 64)
    put("hc.lives", "11.8")
    put("sbc.unrec", "61.4")
    put("sbc.years", "2.3")
    put("mda.oim.2025", pct(v["is.oi.2025"], v["is.rev.2025"]))
    put("mda.oim.2024", pct(v["is.oi.2024"], v["is.rev.2024"]))
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for y in YEARS:
        t.append((f"IS {y}: revenue = segments", v[f"is.rev.{y}"],
                  s(*[f"seg.rev.{g}.{y}" for g in SEGMENTS], f"seg.rev.elim.{y}")))
        t.append((f"IS {y}: net income", v[f"is.ni.{y}"], v[f"is.rev.{y}"] - v[f"is.cos.{y}"] - v[f"is.sga.{y}"]
                  - v[f"is.amort.{y}"] - v[f"is.restruct.{y}"] - v[f"is.int.{y}"] + v[f"is.oth.{y}"]
                  - v[f"is.tax.{y}"]))
        t.append((f"Segments {y}: adjusted OI reconciles to operating income", v[f"is.oi.{y}"],
                  v[f"seg.aoi.total.{y}"] + v[f"seg.amort.{y}"] + v[f"seg.sbc.{y}"] + v[f"seg.restruct.{y}"]))
        t.append((f"Tax {y}: rate reconciliation", v[f"is.tax.{y}"],
                  s(f"tax.stat.{y}", f"tax.state.{y}", f"tax.nonded.{y}", f"tax.other.{y}")))
        t.append((f"EPS {y}: diluted shares", v[f"eps.sh_d.{y}"], v[f"eps.sh_b.{y}"] + v[f"eps.dil.{y}"]))
        t.append((f"CI {y}: comprehensive income", v[f"ci.total.{y}"], v[f"is.ni.{y}"] + v[f"ci.fx.{y}"]
                  + v[f"ci.swap.{y}"]))
        t.append((f"CF {y}: begin + change = end", v[f"cf.end.{y}"], v[f"cf.begin.{y}"] + v[f"cf.change.{y}"]))
        t.append((f"SBC {y}: note = cash flow add-back", v[f"cf.sbc.{y}"], s(*[f"sbc.{k}.{y}" for k in SBC])))
        holds(f"CF {y}: cash positive", v[f"cf.begin.{y}"] > 0 and v[f"cf.end.{y}"] > 0)
        holds(f"IS {y}: SG&A positive", v[f"is.sga.{y}"] > 0)
        holds(f"Tax {y}: other reconciling item small", abs(v[f"tax.other.{y}"]) < 10)
        holds(f"Mix {y} sums to 100 within rounding",
              abs(s(*[f"mix.{g}.{y}" for g in list(SEGMENTS) + ["elim"]]) - 100) <= D("0.2"))
    for d in DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"Debt {d}: note = balance sheet", v[f"debt.total.{d}"], v[f"bs.curdebt.{d}"] + v[f"bs.debt.{d}"]))
        t.append((f"Goodwill {d}: note = balance sheet", v[f"bs.gw.{d}"], v[f"gw.total.{d}"]))
        t.append((f"Intangibles {d}: note = balance sheet", v[f"bs.int.{d}"], v[f"int.net.total.{d}"]))
    t.append(("Cash 2025 = cash flow end", v["bs.cash.2025"], v["cf.end.2025"]))
    t.append(("Cash 2024 = cash flow end", v["bs.cash.2024"], v["cf.end.2024"]))
    t.append(("Maturities = principal", v["mat.total"], v["debt.principal.2025"]))
    t.append(("Amortization schedule = net intangibles", v["am.total"], v["int.net.total.2025"]))
    t.append(("AOCI roll-forward", v["bs.aoci.2025"], v["bs.aoci.2024"] + v["ci.oci.2025"]))
    holds("Maturities thereafter positive", v["mat.after"] > 0)
    holds("Amortization thereafter positive", v["am.after"] > 0)
    holds("Retained earnings positive", v["bs.re.2024"] > 0)
    return t
