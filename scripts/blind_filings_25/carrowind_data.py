"""Invented figures for Carrowind Specialty Holdings, Inc., Form 10-Q for the quarter ended September 30, 2026.

Amounts are $ thousands (integers) unless the key says otherwise; shares in thousands, per-share amounts in $,
ratios as printed percentages. The December 31, 2025 balance sheet is given (additional paid-in capital balances
it); the September 30, 2026 balance sheet is derived from it through the nine-month cash flow statement and the
investment, reserve, unearned premium, deferred tax, debt and equity roll-forwards, so the statements tie by
construction and ties() re-proves every identity. The 2025 equity balances are rolled back from December 31, 2025
through fourth-quarter 2025 activity (not presented).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PERIODS = ("q3_26", "q3_25", "m9_26", "m9_25")  # three months 2026, 2025; nine months 2026, 2025
BS_DATES = ("sep26", "dec25")
LINES = {"cas": "Excess and surplus casualty", "pro": "Professional liability", "prop": "Specialty property",
         "sur": "Surety and fidelity"}


def D(x: str | int | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal, places: int = 1) -> Decimal:
    return q(num / den * 100, places)


# premiums by line; period order q3_26, q3_25, m9_26, m9_25
GPW = {"cas": (312486, 276912, 918406, 812318), "pro": (148204, 139806, 436812, 402106),
       "prop": (96318, 104612, 318604, 336218), "sur": (41206, 37418, 118912, 106804)}
NPW = {"cas": (248612, 219306, 731204, 642918), "pro": (121418, 113904, 358612, 327806),
       "prop": (58406, 61218, 186418, 198312), "sur": (37812, 34206, 109306, 97604)}
NPE = {"cas": (236418, 206812, 691306, 603412), "pro": (117206, 108418, 346218, 318604),
       "prop": (61812, 63406, 187912, 192406), "sur": (35604, 32118, 104818, 93212)}
# losses and LAE by line (total = statement)
LOSSES = {"cas": (161206, 139418, 470812, 410206), "pro": (72418, 69306, 214906, 205418),
          "prop": (41812, 45806, 121318, 131904), "sur": (8870, 8682, 31376, 30676)}
ACQ = (94718, 87106, 280412, 255118)
OTHER_UW = (36412, 34018, 108206, 99812)
NII = (58412, 49806, 168918, 141206)
GAINS = (6218, -2406, 11812, 4118)
FEES = (2106, 1918, 6312, 5604)
INTEREST = (8412, 7906, 25106, 23718)
OTHER_EXP = (4218, 3906, 12812, 11418)
TAX_RATE = ("0.2070", "0.2040", "0.2060", "0.2030")
BASIC = (38412, 38806, 38506, 38918)
DILUTED = (38906, 39318, 39012, 39446)
DPS = ("0.30", "0.26", "0.90", "0.78")
DIVIDENDS = (11522, 10088, 34668, 30376)
OCI = (28406, 31218, None, 52406)  # nine-month 2026 OCI comes from the unrealized-gain roll
SBC = (4206, 3812, 12618, 11406)
WITHHELD = (-612, -418, -6806, -5912)
PAR = (1, 1, 3, 3)
ISSUED_APIC = (806, 612, 2418, 2106)  # shares issued under stock plans, paid-in capital (excluding par)

# net investment income by source (q3_26, q3_25, m9_26, m9_25); investment expenses are the plug
NII_SOURCES = {"fm": (52806, 44918, 152418, 127306), "eq": (1412, 1318, 4206, 3918),
               "st": (2318, 2604, 7212, 7806), "lp": (3406, 2412, 9806, 6118)}

# fixed maturity portfolio: type -> (amortized cost, gross unrealized gains, gross unrealized losses)
FM_TYPES = {"ust": "U.S. Treasury and government agencies", "muni": "States, municipalities and political "
            "subdivisions", "corp": "Corporate debt securities", "rmbs": "Agency residential mortgage-backed "
            "securities", "cmbs": "Non-agency RMBS and commercial mortgage-backed securities",
            "abs": "Asset-backed securities", "forgn": "Foreign government"}
FM_DEC25 = {"ust": (612418, 1206, -14812), "muni": (486206, 4318, -16204), "corp": (1612806, 9406, -52618),
            "rmbs": (718612, 2106, -38412), "cmbs": (246318, 812, -12406), "abs": (312604, 1418, -6318),
            "forgn": (98412, 218, -4106)}
FM_SEP26 = {"ust": (768206, 3412, -8406), "muni": (512318, 6204, -10812), "corp": (None, 18406, -31204),
            "rmbs": (842406, 4818, -24606), "cmbs": (258912, 1406, -8218), "abs": (346812, 2912, -3406),
            "forgn": (104206, 612, -2318)}

# reserve roll-forward inputs: nine months 2026, 2025
RESERVES = {"m9_26": {"gross_begin": None, "recov_begin": None, "cy": 856218, "py": -17806, "paid_cy": 148612,
                      "paid_py": 412806, "recov_end": None},
            "m9_25": {"gross_begin": 3018206, "recov_begin": 912318, "cy": 789406, "py": -11202, "paid_cy": 136418,
                      "paid_py": 386204, "recov_end": 962604}}

REPURCHASES = {"jul": (118406, "52.84"), "aug": (96212, "54.17"), "sep": (115382, "55.11")}


def build() -> dict[str, Decimal]:
    v: dict[str, Decimal] = {}

    def put(key: str, value: Decimal | str | int) -> Decimal:
        v[key] = D(value)
        return v[key]

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    # ------------------------------------------------------------ premiums and statement of income
    for i, p in enumerate(PERIODS):
        for ln in LINES:
            put(f"prem.gpw.{ln}.{p}", GPW[ln][i])
            put(f"prem.npw.{ln}.{p}", NPW[ln][i])
            put(f"prem.npe.{ln}.{p}", NPE[ln][i])
            put(f"prem.ceded.{ln}.{p}", GPW[ln][i] - NPW[ln][i])
            put(f"uw.loss.{ln}.{p}", LOSSES[ln][i])
            put(f"uw.lr.{ln}.{p}", pct(v[f"uw.loss.{ln}.{p}"], v[f"prem.npe.{ln}.{p}"]))
        for col in ("gpw", "npw", "npe", "ceded"):
            put(f"prem.{col}.total.{p}", s(*[f"prem.{col}.{ln}.{p}" for ln in LINES]))
        put(f"is.npe.{p}", v[f"prem.npe.total.{p}"])
        put(f"is.nii.{p}", NII[i])
        put(f"is.gains.{p}", GAINS[i])
        put(f"is.fees.{p}", FEES[i])
        rev = put(f"is.rev.{p}", s(*[f"is.{k}.{p}" for k in ("npe", "nii", "gains", "fees")]))
        put(f"is.losses.{p}", s(*[f"uw.loss.{ln}.{p}" for ln in LINES]))
        put(f"is.acq.{p}", ACQ[i])
        put(f"is.other_uw.{p}", OTHER_UW[i])
        put(f"is.interest.{p}", INTEREST[i])
        put(f"is.other_exp.{p}", OTHER_EXP[i])
        exp = put(f"is.exp.{p}", s(*[f"is.{k}.{p}" for k in ("losses", "acq", "other_uw", "interest", "other_exp")]))
        pretax = put(f"is.pretax.{p}", rev - exp)
        tax = put(f"is.tax.{p}", q(pretax * D(TAX_RATE[i])))
        ni = put(f"is.ni.{p}", pretax - tax)
        put(f"is.shares_basic.{p}", BASIC[i])
        put(f"is.shares_diluted.{p}", DILUTED[i])
        put(f"eps.dilutive.{p}", DILUTED[i] - BASIC[i])
        put(f"is.eps_basic.{p}", q(ni / v[f"is.shares_basic.{p}"], 2))
        put(f"is.eps_diluted.{p}", q(ni / v[f"is.shares_diluted.{p}"], 2))
        put(f"is.dps.{p}", DPS[i])
        put(f"tax.rate.{p}", pct(tax, pretax))
        # underwriting ratios
        npe = v[f"is.npe.{p}"]
        put(f"uw.loss_ratio.{p}", pct(v[f"is.losses.{p}"], npe))
        put(f"uw.exp_ratio.{p}", pct(v[f"is.acq.{p}"] + v[f"is.other_uw.{p}"], npe))
        put(f"uw.combined.{p}", pct(v[f"is.losses.{p}"] + v[f"is.acq.{p}"] + v[f"is.other_uw.{p}"], npe))
        put(f"uw.acq_ratio.{p}", pct(v[f"is.acq.{p}"], npe))
        put(f"uw.other_ratio.{p}", pct(v[f"is.other_uw.{p}"], npe))
        put(f"uw.income.{p}", npe - v[f"is.losses.{p}"] - v[f"is.acq.{p}"] - v[f"is.other_uw.{p}"])
        put(f"uw.lr.total.{p}", v[f"uw.loss_ratio.{p}"])
        # net investment income detail
        for k, amounts in NII_SOURCES.items():
            put(f"nii.{k}.{p}", amounts[i])
        put(f"nii.gross.{p}", s(*[f"nii.{k}.{p}" for k in NII_SOURCES]))
        put(f"nii.expenses.{p}", v[f"is.nii.{p}"] - v[f"nii.gross.{p}"])
        put(f"nii.net.{p}", v[f"is.nii.{p}"])
    for p in ("q3", "m9"):
        for k in ("npe", "nii", "ni", "rev"):
            new, old = v[f"is.{k}.{p}_26"], v[f"is.{k}.{p}_25"]
            put(f"chg_pct.{k}.{p}", pct(new - old, old))
        for col in ("gpw", "npw", "npe"):
            for ln in list(LINES) + ["total"]:
                new, old = v[f"prem.{col}.{ln}.{p}_26"], v[f"prem.{col}.{ln}.{p}_25"]
                put(f"prem_chg.{col}.{ln}.{p}", pct(new - old, old))
    # catastrophe losses and prior-year development (quarter), stated in prose
    put("mda.cat.q3_26", "14806")
    put("mda.cat.q3_25", "21412")
    put("mda.pyd.q3_26", "6204")
    put("mda.pyd.q3_25", "3918")
    put("mda.cat_pts.q3_26", pct(v["mda.cat.q3_26"], v["is.npe.q3_26"]))

    # ------------------------------------------------------------ December 31, 2025 balance sheet (given)
    dec = {"eq_sec": 186412, "st": 142306, "oia": 212618, "cash": 98412, "aii": 31206, "prem_rec": 412618,
           "recov_unpaid": 986412, "recov_paid": 48206, "prepaid_reins": 298412, "dac": 186318, "gwi": 142806,
           "dta": 64218, "other_assets": 118406, "reserves": 3412604, "upr": 1186412, "ceded_pay": 142618,
           "accrued": 186204, "cs": 482, "re": 1412806, "treasury": -418206}
    for k, amount in dec.items():
        put(f"bs.{k}.dec25", amount)
    # fixed maturities detail
    for k, (ac, g, loss) in FM_DEC25.items():
        put(f"fm.ac.{k}.dec25", ac)
        put(f"fm.gain.{k}.dec25", g)
        put(f"fm.loss.{k}.dec25", loss)
    for k, (ac, g, loss) in FM_SEP26.items():
        if ac is not None:
            put(f"fm.ac.{k}.sep26", ac)
        put(f"fm.gain.{k}.sep26", g)
        put(f"fm.loss.{k}.sep26", loss)
    put("fm.ac.total.dec25", s(*[f"fm.ac.{k}.dec25" for k in FM_TYPES]))
    for d in BS_DATES:
        for col in ("gain", "loss"):
            put(f"fm.{col}.total.{d}", s(*[f"fm.{col}.{k}.{d}" for k in FM_TYPES]))
        put(f"fm.unreal.{d}", v[f"fm.gain.total.{d}"] + v[f"fm.loss.total.{d}"])
    put("bs.aoci.dec25", -q(-v["fm.unreal.dec25"] * D("0.79")))

    # ------------------------------------------------------------ nine-month investment activity
    inv = {"fm_purch": 1486412, "fm_sales": 412806, "fm_mat": 618204, "fm_realized": -3406, "fm_amort": 6218,
           "eq_purch": 48206, "eq_sales": 52418, "eq_gains": 15218, "lp_contrib": 24806, "lp_dist": 18412}
    for k, amount in inv.items():
        put(f"inv.{k}", amount)
    put("inv.gains_total", v["inv.fm_realized"] + v["inv.eq_gains"])
    put("fm.ac.total.sep26", v["fm.ac.total.dec25"] + v["inv.fm_purch"] - v["inv.fm_sales"] - v["inv.fm_mat"]
        + v["inv.fm_realized"] - v["inv.fm_amort"])
    put("fm.ac.corp.sep26", v["fm.ac.total.sep26"] - s(*[f"fm.ac.{k}.sep26" for k in FM_TYPES if k != "corp"]))
    for d in BS_DATES:
        for k in list(FM_TYPES) + ["total"]:
            put(f"fm.fv.{k}.{d}", v[f"fm.ac.{k}.{d}"] + v[f"fm.gain.{k}.{d}"] + v[f"fm.loss.{k}.{d}"])
        put(f"bs.fm.{d}", v[f"fm.fv.total.{d}"])
        put(f"bs.fm_ac.{d}", v[f"fm.ac.total.{d}"])
    put("bs.eq_sec.sep26", v["bs.eq_sec.dec25"] + v["inv.eq_purch"] - v["inv.eq_sales"] + v["inv.eq_gains"])
    put("bs.oia.sep26", v["bs.oia.dec25"] + v["inv.lp_contrib"] - v["inv.lp_dist"] + v["nii.lp.m9_26"])
    oci_pre = v["fm.unreal.sep26"] - v["fm.unreal.dec25"]
    put("oci.pretax.m9_26", oci_pre)
    put("oci.tax.m9_26", q(oci_pre * D("0.21")))
    put("oci.net.m9_26", oci_pre - v["oci.tax.m9_26"])

    # ------------------------------------------------------------ reserves
    r26 = RESERVES["m9_26"]
    r26["gross_begin"] = v["bs.reserves.dec25"]
    r26["recov_begin"] = v["bs.recov_unpaid.dec25"]
    r26["recov_end"] = 1048318
    for p, r in RESERVES.items():
        put(f"res.gross_begin.{p}", r["gross_begin"])
        put(f"res.recov_begin.{p}", -D(r["recov_begin"]))
        net_begin = put(f"res.net_begin.{p}", v[f"res.gross_begin.{p}"] + v[f"res.recov_begin.{p}"])
        put(f"res.cy.{p}", r["cy"])
        put(f"res.py.{p}", r["py"])
        inc = put(f"res.incurred.{p}", v[f"res.cy.{p}"] + v[f"res.py.{p}"])
        put(f"res.paid_cy.{p}", -D(r["paid_cy"]))
        put(f"res.paid_py.{p}", -D(r["paid_py"]))
        paid = put(f"res.paid.{p}", v[f"res.paid_cy.{p}"] + v[f"res.paid_py.{p}"])
        net_end = put(f"res.net_end.{p}", net_begin + inc + paid)
        put(f"res.recov_end.{p}", r["recov_end"])
        put(f"res.gross_end.{p}", net_end + v[f"res.recov_end.{p}"])
    put("bs.reserves.sep26", v["res.gross_end.m9_26"])
    put("bs.recov_unpaid.sep26", v["res.recov_end.m9_26"])
    put("res.py_favorable.m9_26", -v["res.py.m9_26"])

    # ------------------------------------------------------------ other September 30, 2026 balances (given)
    sep = {"st": 118204, "cash": None, "aii": 33812, "prem_rec": 446206, "recov_paid": 52418, "prepaid_reins": 318806,
           "dac": 198612, "other_assets": 124812, "ceded_pay": 151206, "accrued": 204618}
    for k, amount in sep.items():
        if amount is not None:
            put(f"bs.{k}.sep26", amount)
    put("gwi.amort.m9_26", 3206)
    put("bs.gwi.sep26", v["bs.gwi.dec25"] - v["gwi.amort.m9_26"])
    # unearned premiums: net change equals net written less net earned
    put("upr.net_change.m9_26", v["prem.npw.total.m9_26"] - v["prem.npe.total.m9_26"])
    put("bs.upr.sep26", v["bs.upr.dec25"] + v["upr.net_change.m9_26"] + v["bs.prepaid_reins.sep26"]
        - v["bs.prepaid_reins.dec25"])
    put("cf.deferred.m9_26", -2412)
    put("bs.dta.sep26", v["bs.dta.dec25"] - v["cf.deferred.m9_26"] - v["oci.tax.m9_26"])

    # ------------------------------------------------------------ debt
    notes = {"n31": ("5.125% Senior Notes due 2031", 300000, 300000), "n35": ("6.750% Senior Notes due 2035", 250000,
                                                                             250000),
             "rcf": ("Revolving credit facility, SOFR + 1.375%, matures 2029", 40000, 0)}
    for k, (_label, sep_amt, dec_amt) in notes.items():
        put(f"debt.{k}.sep26", sep_amt)
        put(f"debt.{k}.dec25", dec_amt)
    put("debt.costs.dec25", -5412)
    put("debt.amort.m9_26", 612)
    put("debt.costs.sep26", v["debt.costs.dec25"] + v["debt.amort.m9_26"])
    for d in BS_DATES:
        put(f"debt.principal.{d}", s(*[f"debt.{k}.{d}" for k in notes]))
        put(f"debt.total.{d}", v[f"debt.principal.{d}"] + v[f"debt.costs.{d}"])
        put(f"bs.debt.{d}", v[f"debt.total.{d}"])
    put("debt.rcf_capacity", 250000)
    put("debt.rcf_available", v["debt.rcf_capacity"] - v["debt.rcf.sep26"])
    put("debt.fair_value", 552406)
    put("debt.rcf_drawn.m9_26", v["debt.rcf.sep26"] - v["debt.rcf.dec25"])

    # ------------------------------------------------------------ share repurchases (Part II table)
    put("rep.authorization", 150000)
    put("rep.remaining.jun", 92418)
    remaining = v["rep.remaining.jun"]
    q3_cost = D(0)
    exact = D(0)
    for m, (shares, price) in REPURCHASES.items():
        put(f"rep.shares.{m}", shares)
        put(f"rep.price.{m}", price)
        cost = q(D(shares) * D(price) / 1000)
        exact += D(shares) * D(price)
        put(f"rep.cost.{m}", cost)
        remaining -= cost
        put(f"rep.remaining.{m}", remaining)
        q3_cost += cost
    put("rep.shares.total", s(*[f"rep.shares.{m}" for m in REPURCHASES]))
    put("rep.price.avg", q(exact / v["rep.shares.total"], 2))
    put("rep.cost.q3_26", q3_cost)
    put("rep.cost.h1_26", 22806)
    put("rep.cost.m9_26", q3_cost + v["rep.cost.h1_26"])
    put("rep.cost.q3_25", 14218)
    put("rep.cost.m9_25", 38612)
    put("rep.shares_k.m9_26", 742)  # thousands of shares repurchased in the nine months

    # ------------------------------------------------------------ equity roll-forward
    oci = {"q3_26": D(OCI[0]), "q3_25": D(OCI[1]), "m9_26": v["oci.net.m9_26"], "m9_25": D(OCI[3])}
    for i, p in enumerate(PERIODS):
        put(f"eq.ni.{p}", v[f"is.ni.{p}"])
        put(f"eq.oci.{p}", oci[p])
        put(f"eq.div.{p}", -DIVIDENDS[i])
        put(f"eq.sbc.{p}", SBC[i])
        put(f"eq.withheld.{p}", WITHHELD[i])
        put(f"eq.par.{p}", PAR[i])
        put(f"eq.issued.{p}", ISSUED_APIC[i])
        put(f"eq.repo.{p}", -v[f"rep.cost.{p}"])
        put(f"ci.oci.{p}", oci[p])
        put(f"ci.total.{p}", v[f"is.ni.{p}"] + oci[p])
    for k in ("cs", "re", "aoci", "treasury"):
        put(f"eq.{k}.dec25", v[f"bs.{k}.dec25"])
    # September 30, 2026 from December 31, 2025 (nine months) and June 30, 2026 from September 30, 2026 (quarter)
    moves = {"cs": ("par",), "apic": ("sbc", "withheld", "issued"), "re": ("ni", "div"), "aoci": ("oci",),
             "treasury": ("repo",)}
    # fourth-quarter 2025 activity, used to roll the 2025 balances back from December 31, 2025
    q4 = {"ni": 94318, "oci": -8206, "div": -10042, "sbc": 3918, "withheld": -306, "par": 0, "issued": 512,
          "repo": -12406}
    for k, amount in q4.items():
        put(f"eq.{k}.q4_25", amount)

    def finish_dec25() -> None:
        put("eq.apic.dec25", v["bs.apic.dec25"])
        for comp, keys in moves.items():
            put(f"eq.{comp}.sep26", v[f"eq.{comp}.dec25"] + s(*[f"eq.{k}.m9_26" for k in keys]))
            put(f"eq.{comp}.jun26", v[f"eq.{comp}.sep26"] - s(*[f"eq.{k}.q3_26" for k in keys]))
            put(f"eq.{comp}.sep25", v[f"eq.{comp}.dec25"] - s(*[f"eq.{k}.q4_25" for k in keys]))
            put(f"eq.{comp}.jun25", v[f"eq.{comp}.sep25"] - s(*[f"eq.{k}.q3_25" for k in keys]))
            put(f"eq.{comp}.dec24", v[f"eq.{comp}.sep25"] - s(*[f"eq.{k}.m9_25" for k in keys]))
        for d in ("sep26", "jun26", "dec25", "sep25", "jun25", "dec24"):
            put(f"eq.total.{d}", s(*[f"eq.{c}.{d}" for c in moves]))

    # shares outstanding (thousands)
    put("sh.out.dec25", 38604)
    put("sh.issued.m9_26", 286)
    put("sh.repo.m9_26", -v["rep.shares_k.m9_26"])
    put("sh.out.sep26", v["sh.out.dec25"] + v["sh.issued.m9_26"] + v["sh.repo.m9_26"])
    put("sh.out.dec24", 39412)
    put("sh.issued.m9_25", 264)
    put("sh.repo.m9_25", -812)
    put("sh.out.sep25", v["sh.out.dec24"] + v["sh.issued.m9_25"] + v["sh.repo.m9_25"])
    put("sh.issued_total.dec25", 48212)
    put("sh.issued_total.sep26", v["sh.issued_total.dec25"] + v["sh.issued.m9_26"])
    put("sh.treasury.dec25", v["sh.issued_total.dec25"] - v["sh.out.dec25"])
    put("sh.treasury.sep26", v["sh.issued_total.sep26"] - v["sh.out.sep26"])

    # ------------------------------------------------------------ nine-month cash flows
    p = "m9_26"
    put(f"cf.ni.{p}", v[f"is.ni.{p}"])
    put(f"cf.gains.{p}", -v["inv.gains_total"])
    put(f"cf.fm_amort.{p}", v["inv.fm_amort"])
    put(f"cf.lp_income.{p}", -v["nii.lp.m9_26"])
    put(f"cf.amort.{p}", v["gwi.amort.m9_26"] + v["debt.amort.m9_26"])
    put(f"cf.sbc.{p}", v["eq.sbc.m9_26"])
    for k in ("aii", "prem_rec", "recov_unpaid", "recov_paid", "prepaid_reins", "dac", "other_assets"):
        put(f"cf.{k}.{p}", v[f"bs.{k}.dec25"] - v[f"bs.{k}.sep26"])
    for k in ("reserves", "upr", "ceded_pay", "accrued"):
        put(f"cf.{k}.{p}", v[f"bs.{k}.sep26"] - v[f"bs.{k}.dec25"])
    put(f"cf.fm_purch.{p}", -v["inv.fm_purch"])
    put(f"cf.fm_sales.{p}", v["inv.fm_sales"])
    put(f"cf.fm_mat.{p}", v["inv.fm_mat"])
    put(f"cf.eq_purch.{p}", -v["inv.eq_purch"])
    put(f"cf.eq_sales.{p}", v["inv.eq_sales"])
    put(f"cf.st.{p}", v["bs.st.dec25"] - v["bs.st.sep26"])
    put(f"cf.lp_contrib.{p}", -v["inv.lp_contrib"])
    put(f"cf.lp_dist.{p}", v["inv.lp_dist"])
    put(f"cf.rcf.{p}", v["debt.rcf_drawn.m9_26"])
    put(f"cf.repo.{p}", v["eq.repo.m9_26"])
    put(f"cf.div.{p}", v["eq.div.m9_26"])
    put(f"cf.withheld.{p}", v["eq.withheld.m9_26"])
    put(f"cf.issued.{p}", v["eq.issued.m9_26"] + v["eq.par.m9_26"])
    cf25 = {"ni": None, "gains": None, "fm_amort": 7412, "lp_income": None, "amort": 3618, "sbc": None,
            "deferred": -1806, "aii": -1418, "prem_rec": -38206, "recov_unpaid": -50286, "recov_paid": -3612,
            "prepaid_reins": -24812, "dac": -14206, "other_assets": -6418, "reserves": 305868, "upr": 118604,
            "ceded_pay": 9418, "accrued": 14812, "fm_purch": -1312406, "fm_sales": 386218, "fm_mat": 512606,
            "eq_purch": -36412, "eq_sales": 41806, "st": 4206, "lp_contrib": -31218, "lp_dist": 12806, "rcf": 0,
            "repo": None, "div": None, "withheld": None, "issued": None}
    for k, amount in cf25.items():
        if amount is not None:
            put(f"cf.{k}.m9_25", amount)
    put("cf.ni.m9_25", v["is.ni.m9_25"])
    put("cf.gains.m9_25", -v["is.gains.m9_25"])
    put("cf.lp_income.m9_25", -v["nii.lp.m9_25"])
    put("cf.sbc.m9_25", v["eq.sbc.m9_25"])
    put("cf.repo.m9_25", v["eq.repo.m9_25"])
    put("cf.div.m9_25", v["eq.div.m9_25"])
    put("cf.withheld.m9_25", v["eq.withheld.m9_25"])
    put("cf.issued.m9_25", v["eq.issued.m9_25"] + v["eq.par.m9_25"])
    op = ("ni", "gains", "fm_amort", "lp_income", "amort", "sbc", "deferred", "aii", "prem_rec", "recov_unpaid",
          "recov_paid", "prepaid_reins", "dac", "other_assets", "reserves", "upr", "ceded_pay", "accrued")
    invest = ("fm_purch", "fm_sales", "fm_mat", "eq_purch", "eq_sales", "st", "lp_contrib", "lp_dist")
    fin = ("rcf", "repo", "div", "withheld", "issued")
    put("cf.begin.m9_26", v["bs.cash.dec25"])
    put("cf.begin.m9_25", 86218)
    for per in ("m9_26", "m9_25"):
        cfo = put(f"cf.cfo.{per}", s(*[f"cf.{k}.{per}" for k in op]))
        cfi = put(f"cf.cfi.{per}", s(*[f"cf.{k}.{per}" for k in invest]))
        cff = put(f"cf.cff.{per}", s(*[f"cf.{k}.{per}" for k in fin]))
        put(f"cf.change.{per}", cfo + cfi + cff)
        put(f"cf.end.{per}", v[f"cf.begin.{per}"] + v[f"cf.change.{per}"])
    put("bs.cash.sep26", v["cf.end.m9_26"])
    put("cf.tax_paid.m9_26", 61806)
    put("cf.int_paid.m9_26", 21418)

    # ------------------------------------------------------------ balance sheet assembly
    asset_keys = ("fm", "eq_sec", "st", "oia")
    other_assets = ("cash", "aii", "prem_rec", "recov_unpaid", "recov_paid", "prepaid_reins", "dac", "gwi", "dta",
                    "other_assets")
    liab_keys = ("reserves", "upr", "ceded_pay", "debt", "accrued")
    for d in BS_DATES:
        put(f"bs.inv_total.{d}", s(*[f"bs.{k}.{d}" for k in asset_keys]))
        put(f"bs.assets.{d}", v[f"bs.inv_total.{d}"] + s(*[f"bs.{k}.{d}" for k in other_assets]))
        put(f"bs.liab.{d}", s(*[f"bs.{k}.{d}" for k in liab_keys]))
    put("bs.apic.dec25", v["bs.assets.dec25"] - v["bs.liab.dec25"] - s("bs.cs.dec25", "bs.re.dec25", "bs.aoci.dec25",
                                                                      "bs.treasury.dec25"))
    finish_dec25()
    for c in ("cs", "apic", "re", "aoci", "treasury"):
        put(f"bs.{c}.sep26", v[f"eq.{c}.sep26"])
    for d in BS_DATES:
        put(f"bs.equity.{d}", s(*[f"bs.{c}.{d}" for c in ("cs", "apic", "re", "aoci", "treasury")]))
        put(f"bs.le.{d}", v[f"bs.liab.{d}"] + v[f"bs.equity.{d}"])
        put(f"bvps.{d}", q(v[f"bs.equity.{d}"] / v[f"sh.out.{d}"] , 2))
        put(f"cap.debt_pct.{d}", pct(v[f"bs.debt.{d}"], v[f"bs.debt.{d}"] + v[f"bs.equity.{d}"]))
        put(f"res.net.{d}", v[f"bs.reserves.{d}"] - v[f"bs.recov_unpaid.{d}"])
    put("bvps.chg", pct(v["bvps.sep26"] - v["bvps.dec25"], v["bvps.dec25"]))
    put("bvps.ex_aoci.sep26", q((v["bs.equity.sep26"] - v["bs.aoci.sep26"]) / v["sh.out.sep26"], 2))
    put("bvps.ex_aoci.dec25", q((v["bs.equity.dec25"] - v["bs.aoci.dec25"]) / v["sh.out.dec25"], 2))
    put("mda.roe.q3_26", pct(v["is.ni.q3_26"] * 4, (v["eq.total.jun26"] + v["eq.total.sep26"]) / 2))

    # ------------------------------------------------------------ fair value hierarchy at September 30, 2026
    level3 = {"corp": 24806, "cmbs": 6218}
    for k in FM_TYPES:
        fv = v[f"fm.fv.{k}.sep26"]
        l1 = fv if k == "ust" else D(0)
        l3 = D(level3.get(k, 0))
        put(f"fvh.l1.{k}", l1)
        put(f"fvh.l3.{k}", l3)
        put(f"fvh.l2.{k}", fv - l1 - l3)
        put(f"fvh.total.{k}", fv)
    put("fvh.l2.eq_sec", 12406)
    put("fvh.l1.eq_sec", v["bs.eq_sec.sep26"] - v["fvh.l2.eq_sec"])
    put("fvh.l3.eq_sec", 0)
    put("fvh.total.eq_sec", v["bs.eq_sec.sep26"])
    put("fvh.l1.st", v["bs.st.sep26"])
    put("fvh.l2.st", 0)
    put("fvh.l3.st", 0)
    put("fvh.total.st", v["bs.st.sep26"])
    for col in ("l1", "l2", "l3", "total"):
        put(f"fvh.{col}.fm", s(*[f"fvh.{col}.{k}" for k in FM_TYPES]))
        put(f"fvh.{col}.all", s(f"fvh.{col}.fm", f"fvh.{col}.eq_sec", f"fvh.{col}.st"))

    # ------------------------------------------------------------ portfolio composition (MD&A)
    for d in BS_DATES:
        comp = {"fm": v[f"bs.fm.{d}"], "eq_sec": v[f"bs.eq_sec.{d}"], "st": v[f"bs.st.{d}"], "oia": v[f"bs.oia.{d}"],
                "cash": v[f"bs.cash.{d}"]}
        total = sum(comp.values(), D(0))
        put(f"port.total.{d}", total)
        for k, amount in comp.items():
            put(f"port.{k}.{d}", amount)
            put(f"port.pct_{k}.{d}", pct(amount, total))

    # ------------------------------------------------------------ prose-only figures
    prose = {"mda.surplus": 1684206, "mda.rbc": 412, "mda.employees": 1286, "mda.brokers": 214,
             "mda.duration": "3.6", "mda.yield": "4.92", "mda.new_money": "5.31", "mda.div_q4": "0.30",
             "mda.submissions": "11", "mda.rate_change": "6.8", "mda.retention_cat": 40000}
    for k, amount in prose.items():
        put(k, amount)
    put("mda.holding_liquidity", 176218)
    return v


def ties(v: dict[str, Decimal]) -> list[tuple[str, Decimal, Decimal]]:
    """Identities the statements must satisfy: (description, left side, right side)."""
    t: list[tuple[str, Decimal, Decimal]] = []

    def s(*keys: str) -> Decimal:
        return sum((v[k] for k in keys), D(0))

    def holds(description: str, condition: bool) -> None:
        t.append((description, D(1) if condition else D(0), D(1)))

    for p in PERIODS:
        t.append((f"IS {p}: revenues foot", v[f"is.rev.{p}"], s(*[f"is.{k}.{p}" for k in ("npe", "nii", "gains",
                                                                                           "fees")])))
        t.append((f"IS {p}: expenses foot", v[f"is.exp.{p}"], s(*[f"is.{k}.{p}" for k in (
            "losses", "acq", "other_uw", "interest", "other_exp")])))
        t.append((f"IS {p}: pretax", v[f"is.pretax.{p}"], v[f"is.rev.{p}"] - v[f"is.exp.{p}"]))
        t.append((f"IS {p}: net income", v[f"is.ni.{p}"], v[f"is.pretax.{p}"] - v[f"is.tax.{p}"]))
        t.append((f"EPS {p}: basic", v[f"is.eps_basic.{p}"], q(v[f"is.ni.{p}"] / v[f"is.shares_basic.{p}"], 2)))
        t.append((f"EPS {p}: diluted", v[f"is.eps_diluted.{p}"], q(v[f"is.ni.{p}"] / v[f"is.shares_diluted.{p}"], 2)))
        t.append((f"CI {p}: comprehensive income", v[f"ci.total.{p}"], v[f"is.ni.{p}"] + v[f"ci.oci.{p}"]))
        t.append((f"Premiums {p}: NPE by line = statement", v[f"prem.npe.total.{p}"], v[f"is.npe.{p}"]))
        t.append((f"Premiums {p}: GPW = NPW + ceded", v[f"prem.gpw.total.{p}"],
                  v[f"prem.npw.total.{p}"] + v[f"prem.ceded.total.{p}"]))
        t.append((f"Losses {p}: by line = statement", s(*[f"uw.loss.{ln}.{p}" for ln in LINES]), v[f"is.losses.{p}"]))
        t.append((f"NII {p}: sources foot", v[f"nii.net.{p}"], v[f"nii.gross.{p}"] + v[f"nii.expenses.{p}"]))
        holds(f"NII {p}: investment expenses are a cost", v[f"nii.expenses.{p}"] < 0)
        # the printed ratios add up: loss ratio + expense ratio = combined ratio
        t.append((f"Ratios {p}: printed loss + expense = printed combined", v[f"uw.combined.{p}"],
                  v[f"uw.loss_ratio.{p}"] + v[f"uw.exp_ratio.{p}"]))
        t.append((f"Ratios {p}: printed acquisition + other = printed expense ratio", v[f"uw.exp_ratio.{p}"],
                  v[f"uw.acq_ratio.{p}"] + v[f"uw.other_ratio.{p}"]))
        for ln in LINES:
            holds(f"Premiums {p} {ln}: NPW <= GPW", v[f"prem.npw.{ln}.{p}"] <= v[f"prem.gpw.{ln}.{p}"])
        t.append((f"Equity {p}: net income = statement", v[f"eq.ni.{p}"], v[f"is.ni.{p}"]))
    for yr in ("26", "25"):
        end, mid = ("sep26", "jun26") if yr == "26" else ("sep25", "jun25")
        begin = "dec25" if yr == "26" else "dec24"
        flows_q = s(*[f"eq.{k}.q3_{yr}" for k in ("ni", "oci", "div", "sbc", "withheld", "par", "issued", "repo")])
        flows_9 = s(*[f"eq.{k}.m9_{yr}" for k in ("ni", "oci", "div", "sbc", "withheld", "par", "issued", "repo")])
        t.append((f"Equity 20{yr}: quarter roll", v[f"eq.total.{end}"], v[f"eq.total.{mid}"] + flows_q))
        t.append((f"Equity 20{yr}: nine-month roll", v[f"eq.total.{end}"], v[f"eq.total.{begin}"] + flows_9))
        t.append((f"CF 20{yr}: dividends = equity statement", v[f"cf.div.m9_{yr}"], v[f"eq.div.m9_{yr}"]))
        t.append((f"CF 20{yr}: repurchases = equity statement", v[f"cf.repo.m9_{yr}"], v[f"eq.repo.m9_{yr}"]))
        t.append((f"CF 20{yr}: net income = statement", v[f"cf.ni.m9_{yr}"], v[f"is.ni.m9_{yr}"]))
        t.append((f"Reserves 20{yr}: incurred = statement", v[f"res.incurred.m9_{yr}"], v[f"is.losses.m9_{yr}"]))
        t.append((f"Reserves 20{yr}: roll", v[f"res.net_end.m9_{yr}"], s(
            f"res.net_begin.m9_{yr}", f"res.incurred.m9_{yr}", f"res.paid.m9_{yr}")))
        t.append((f"Shares 20{yr}: roll", v[f"sh.out.{end}"], v[f"sh.out.{begin}"] + v[f"sh.issued.m9_{yr}"]
                  + v[f"sh.repo.m9_{yr}"]))
    t.append(("Equity: Q4 2025 roll (Sep 2025 -> Dec 2025)", v["eq.total.dec25"], v["eq.total.sep25"] + s(
        *[f"eq.{k}.q4_25" for k in ("ni", "oci", "div", "sbc", "withheld", "par", "issued", "repo")])))
    op = ("ni", "gains", "fm_amort", "lp_income", "amort", "sbc", "deferred", "aii", "prem_rec", "recov_unpaid",
          "recov_paid", "prepaid_reins", "dac", "other_assets", "reserves", "upr", "ceded_pay", "accrued")
    for per in ("m9_26", "m9_25"):
        t.append((f"CF {per}: operating foots", v[f"cf.cfo.{per}"], s(*[f"cf.{k}.{per}" for k in op])))
        t.append((f"CF {per}: begin + change = end", v[f"cf.end.{per}"], v[f"cf.begin.{per}"] + s(
            f"cf.cfo.{per}", f"cf.cfi.{per}", f"cf.cff.{per}")))
        holds(f"CF {per}: ending cash positive", v[f"cf.end.{per}"] > 0)
    for d in BS_DATES:
        t.append((f"BS {d}: assets = liabilities + equity", v[f"bs.assets.{d}"], v[f"bs.le.{d}"]))
        t.append((f"BS {d}: equity = equity statement", v[f"bs.equity.{d}"], v[f"eq.total.{d}"]))
        t.append((f"BS {d}: fixed maturities = portfolio note", v[f"bs.fm.{d}"], v[f"fm.fv.total.{d}"]))
        t.append((f"Portfolio {d}: fair value foots", v[f"fm.fv.total.{d}"], s(*[f"fm.fv.{k}.{d}" for k in FM_TYPES])))
        t.append((f"Portfolio {d}: fair value = cost + gains + losses", v[f"fm.fv.total.{d}"], s(
            f"fm.ac.total.{d}", f"fm.gain.total.{d}", f"fm.loss.total.{d}")))
        t.append((f"Debt {d}: carrying = principal + costs", v[f"bs.debt.{d}"], v[f"debt.principal.{d}"]
                  + v[f"debt.costs.{d}"]))
        t.append((f"Treasury shares {d}", v[f"sh.treasury.{d}"], v[f"sh.issued_total.{d}"] - v[f"sh.out.{d}"]))
        holds(f"BS {d}: APIC positive", v[f"bs.apic.{d}"] > 0)
    t.append(("CF: end = balance sheet cash", v["cf.end.m9_26"], v["bs.cash.sep26"]))
    t.append(("Reserves: gross end = balance sheet", v["res.gross_end.m9_26"], v["bs.reserves.sep26"]))
    t.append(("Reserves: recoverable end = balance sheet", v["res.recov_end.m9_26"], v["bs.recov_unpaid.sep26"]))
    t.append(("Reserves: gross begin = balance sheet", v["res.gross_begin.m9_26"], v["bs.reserves.dec25"]))
    t.append(("Portfolio: amortized cost roll", v["fm.ac.total.sep26"], v["fm.ac.total.dec25"] + v["inv.fm_purch"]
              - v["inv.fm_sales"] - v["inv.fm_mat"] + v["inv.fm_realized"] - v["inv.fm_amort"]))
    t.append(("Gains: statement = fixed maturities + equities", v["is.gains.m9_26"], v["inv.gains_total"]))
    t.append(("Other invested assets: roll", v["bs.oia.sep26"], v["bs.oia.dec25"] - v["cf.lp_contrib.m9_26"]
              - v["cf.lp_dist.m9_26"] - v["cf.lp_income.m9_26"]))
    t.append(("OCI: nine months = unrealized change net of tax", v["ci.oci.m9_26"], v["oci.pretax.m9_26"]
              - v["oci.tax.m9_26"]))
    t.append(("Unearned premiums: net change = NPW - NPE", (v["bs.upr.sep26"] - v["bs.upr.dec25"])
              - (v["bs.prepaid_reins.sep26"] - v["bs.prepaid_reins.dec25"]),
              v["prem.npw.total.m9_26"] - v["prem.npe.total.m9_26"]))
    t.append(("Repurchases: Q3 monthly costs = equity statement", -v["eq.repo.q3_26"],
              s("rep.cost.jul", "rep.cost.aug", "rep.cost.sep")))
    t.append(("Repurchases: authorization roll", v["rep.remaining.sep"], v["rep.remaining.jun"] - v["rep.cost.q3_26"]))
    t.append(("Debt: revolver draw = cash flow", v["cf.rcf.m9_26"], v["debt.rcf.sep26"] - v["debt.rcf.dec25"]))
    for k in list(FM_TYPES) + ["eq_sec", "st", "fm", "all"]:
        t.append((f"Fair value hierarchy: {k} levels foot", v[f"fvh.total.{k}"],
                  s(f"fvh.l1.{k}", f"fvh.l2.{k}", f"fvh.l3.{k}")))
    t.append(("Fair value hierarchy: fixed maturities = balance sheet", v["fvh.total.fm"], v["bs.fm.sep26"]))
    holds("Portfolio: corporate cost positive", v["fm.ac.corp.sep26"] > 0)
    holds("AOCI is a loss at both dates", v["bs.aoci.dec25"] < 0 and v["bs.aoci.sep26"] < 0)
    return t
