"""Financial model for Kestrel Ridge Bancorp, Inc. (invented regional bank).

All amounts in thousands of dollars except per-share data and share counts.
The year-end balance sheets for 2023-2025 are rolled forward from an opening
2022 balance sheet by double-entry flows, so the balance sheet balances and the
cash flow statement reconciles by construction (both are asserted).
"""

YEARS = [2023, 2024, 2025]
TAX_OCI = 0.24

LOAN_TYPES = [
    "Commercial and industrial",
    "Commercial real estate \u2014 owner occupied",
    "Commercial real estate \u2014 non-owner occupied",
    "Construction and land development",
    "Residential mortgage",
    "Home equity lines of credit",
    "Consumer and other",
]
LOAN_MIX = {  # year-end share of total loans
    2022: [0.214, 0.142, 0.238, 0.061, 0.213, 0.072, 0.060],
    2023: [0.212, 0.141, 0.243, 0.066, 0.210, 0.070, 0.058],
    2024: [0.209, 0.139, 0.251, 0.069, 0.207, 0.0688, 0.0562],
    2025: [0.211, 0.137, 0.254, 0.072, 0.203, 0.068, 0.055],
}
CO_CATS = ["Commercial and industrial", "Commercial real estate",
           "Residential real estate", "Consumer and other"]
CHARGE_OFFS = {2023: [3420, 1150, 380, 2960], 2024: [5870, 2640, 290, 3310],
               2025: [6930, 4120, 340, 3580]}
RECOVERIES = {2023: [640, 210, 150, 820], 2024: [720, 180, 170, 870],
              2025: [910, 460, 210, 940]}
ACL_RATIO = {2023: 0.0116, 2024: 0.0119, 2025: 0.0122}

DEP_TYPES = ["Interest-bearing checking", "Savings and money market",
             "Time deposits"]
IB_MIX = {2022: [0.32, 0.44, 0.24], 2023: [0.30, 0.43, 0.27],
          2024: [0.29, 0.425, 0.285], 2025: [0.295, 0.43, 0.275]}

YIELDS = {  # percent
    "loans": {2023: 5.38, 2024: 5.92, 2025: 6.04},
    "sec_tax": {2023: 2.41, 2024: 2.86, 2025: 3.22},
    "sec_exempt": {2023: 2.95, 2024: 2.98, 2025: 3.01},
    "ib_cash": {2023: 5.02, 2024: 5.18, 2025: 4.31},
    "Interest-bearing checking": {2023: 0.62, 2024: 1.05, 2025: 1.12},
    "Savings and money market": {2023: 1.84, 2024: 2.71, 2025: 2.58},
    "Time deposits": {2023: 3.41, 2024: 4.38, 2025: 4.05},
    "st": {2023: 4.95, 2024: 5.21, 2025: 4.46},
    "ltd": {2023: 5.10, 2024: 5.36, 2025: 5.52},
}
AVG_IB_CASH = {2023: 290614, 2024: 430218, 2025: 505347}
AVG_ST = {2023: 262418, 2024: 281306, 2025: 171152}
AVG_LTD = {2023: 281207, 2024: 266093, 2025: 281466}
TAX_EXEMPT_SHARE = 0.18

NONINT_INCOME = [  # label, {year: amount}; BOLI and securities filled in later
    ("Service charges on deposit accounts", {2023: 21480, 2024: 20915, 2025: 21730}),
    ("Card and interchange fees", {2023: 15220, 2024: 15840, 2025: 16410}),
    ("Wealth management and trust fees", {2023: 18650, 2024: 20310, 2025: 22875}),
    ("Mortgage banking income", {2023: 5140, 2024: 5960, 2025: 6385}),
    ("Bank-owned life insurance income", None),
    ("Net securities gains (losses)", None),
    ("Other noninterest income", {2023: 6930, 2024: 7415, 2025: 8120}),
]
NONINT_EXPENSE = [
    ("Salaries and employee benefits", {2023: 112400, 2024: 118950, 2025: 124680}),
    ("Occupancy and equipment", {2023: 24310, 2024: 25180, 2025: 26040}),
    ("Data processing and software", {2023: 17860, 2024: 19720, 2025: 21390}),
    ("FDIC insurance assessments", {2023: 5820, 2024: 6140, 2025: 6010}),
    ("Professional fees", {2023: 5230, 2024: 6870, 2025: 5910}),
    ("Marketing and business development", {2023: 3960, 2024: 4210, 2025: 4480}),
    ("Amortization of intangible assets", None),
    ("Other noninterest expense", {2023: 14870, 2024: 15320, 2025: 16050}),
]
TAX_RATE = {2023: 0.212, 2024: 0.208, 2025: 0.214}

FLOWS = {
    "loan_growth": {2023: 318462, 2024: 297118, 2025: 356274},
    "sec_purch": {2023: 120386, 2024: 245117, 2025: 180642},
    "sec_sold_proceeds": {2023: 0, 2024: 195200, 2025: 0},
    "sec_gain": {2023: 0, 2024: -14800, 2025: 0},
    "sec_mat": {2023: 165214, 2024: 150476, 2025: 158309},
    "sec_amort": {2023: 3116, 2024: 2843, 2025: 2519},
    "afs_fv_hold": {2023: 24518, 2024: -5637, 2025: 31624},
    "htm_mat": {2023: 42117, 2024: 39562, 2025: 37841},
    "lhfs_chg": {2023: 1814, 2024: -3127, 2025: 2633},
    "capex": {2023: 9812, 2024: 11236, 2025: 14618},
    "dep": {2023: 7914, 2024: 8327, 2025: 8906},
    "amort_int": {2023: 3612, 2024: 3208, 2025: 2817},
    "boli_inc": {2023: 3706, 2024: 3852, 2025: 4063},
    "boli_purch": {2023: 0, 2024: 0, 2025: 25000},
    "def_tax": {2023: -1214, 2024: 907, 2025: -618},
    "oa_chg": {2023: 6431, 2024: -3817, 2025: 9126},
    "ol_chg": {2023: 4318, 2024: 7946, 2025: -2611},
    "nib_chg": {2023: -142318, 2024: -61042, 2025: 38127},
    "st_chg": {2023: 140250, 2024: -85110, 2025: -60375},
    "ltd_proc": {2023: 100000, 2024: 0, 2025: 75000},
    "ltd_repay": {2023: 40000, 2024: 60000, 2025: 50000},
    "sbc": {2023: 5412, 2024: 5936, 2025: 6618},
    "dps": {2023: 1.04, 2024: 1.10, 2025: 1.18},
    "rep_shares": {2023: 420000, 2024: 150000, 2025: 610000},
    "rep_price": {2023: 34.10, 2024: 36.20, 2025: 41.55},
    "cash_due": {2022: 118436, 2023: 124917, 2024: 131548, 2025: 127806},
    "dil_shares": {2023: 165000, 2024: 172000, 2025: 181000},
}
IB_DEPOSITS_YE = {2022: 4610184, 2023: 4928437, 2024: 5330216, 2025: 5701389}

OPEN = dict(  # December 31, 2022
    cash=118436 + 205318, afs=1310247, htm=498116, lhfs=14218, loans=5420372,
    acl=61813, prem=98542, gw=214617, intang=18926, boli=142331, oa=168019,
    nib=2150216, ib=4610184, st=185125, ltd=240000, ol=92014,
    cs=41250, apic=402136, aoci=-128412, treas=-46218,
    treas_sh=1210000, fhlb=180000, sub=60000,
)
SHARES_ISSUED = 41250000

NONACCRUAL = {  # by LOAN_TYPES order
    2023: [7120, 3180, 3270, 0, 5010, 1390, 540],
    2024: [9840, 4420, 6890, 1220, 5630, 1480, 610],
    2025: [14260, 6330, 10650, 2410, 6120, 1710, 690],
}
PD90 = {2023: 1520, 2024: 1870, 2025: 2340}
OREO = {2023: 3410, 2024: 2960, 2025: 1840}
RWA = {2024: 7348600, 2025: 7781200}
RATE_SHOCK = [("+200", 4.6, 6.1), ("+100", 2.4, 3.2), ("-100", -2.7, -3.5),
              ("-200", -5.8, -7.2)]  # (shift, 2025 %, 2024 %)
TIME_DEP_MATURITY = [("Three months or less", 0.31), ("Over three through six months", 0.27),
                     ("Over six through twelve months", 0.29), ("Over twelve months", 0.13)]


def _r(x):
    return int(round(x))


class BankModel:
    def __init__(self):
        self.bs = {2022: dict(OPEN)}
        self.inc = {}
        self.cf = {}
        self.avg = {}
        self.eq = {}
        self.acl = {}
        for y in YEARS:
            self._year(y)
        self._derived()

    # ------------------------------------------------------------------
    def _year(self, y):
        F = {k: v[y] for k, v in FLOWS.items() if y in v}
        p = self.bs[y - 1]
        b = dict(p)
        # ---- loans and allowance
        co, rec = sum(CHARGE_OFFS[y]), sum(RECOVERIES[y])
        b["loans"] = p["loans"] + F["loan_growth"] - co
        b["acl"] = _r(b["loans"] * ACL_RATIO[y])
        prov = b["acl"] - p["acl"] + co - rec
        self.acl[y] = dict(beg=p["acl"], co=CHARGE_OFFS[y], rec=RECOVERIES[y],
                           co_t=co, rec_t=rec, nco=co - rec, prov=prov, end=b["acl"])
        # ---- deposits / borrowings
        b["nib"] = p["nib"] + F["nib_chg"]
        b["ib"] = IB_DEPOSITS_YE[y]
        ib_chg = b["ib"] - p["ib"]
        b["st"] = p["st"] + F["st_chg"]
        b["ltd"] = p["ltd"] + F["ltd_proc"] - F["ltd_repay"]
        b["sub"] = p["sub"] + (F["ltd_proc"] if y == 2025 else 0)
        b["fhlb"] = b["ltd"] - b["sub"]
        # ---- average balance sheet (yields applied to averages)
        lo_avg = _r((p["loans"] + p["lhfs"] + b["loans"] + p["lhfs"] + F["lhfs_chg"]) / 2)
        sec_avg = _r((p["afs"] + p["htm"]) * 0.5 + (p["afs"] + p["htm"] + F["sec_purch"]
                      - F["sec_mat"] - F["htm_mat"] - F["sec_sold_proceeds"]) * 0.5)
        sec_ex = _r(sec_avg * TAX_EXEMPT_SHARE)
        sec_tx = sec_avg - sec_ex
        dep_avg = {}
        for i, t in enumerate(DEP_TYPES):
            dep_avg[t] = _r((IB_MIX[y - 1][i] * p["ib"] + IB_MIX[y][i] * b["ib"]) / 2)
        av = dict(loans=lo_avg, sec_tax=sec_tx, sec_exempt=sec_ex,
                  ib_cash=AVG_IB_CASH[y], st=AVG_ST[y], ltd=AVG_LTD[y], **dep_avg)
        intr = {k: _r(av[k] * YIELDS[k][y] / 100) for k in av}
        ii = dict(loans=intr["loans"], sec_tax=intr["sec_tax"],
                  sec_exempt=intr["sec_exempt"], ib_cash=intr["ib_cash"])
        ie = dict(dep=sum(intr[t] for t in DEP_TYPES), st=intr["st"], ltd=intr["ltd"])
        tii, tie = sum(ii.values()), sum(ie.values())
        nii = tii - tie
        # ---- noninterest income / expense
        noni = []
        for lab, d in NONINT_INCOME:
            if lab.startswith("Bank-owned"):
                v = F["boli_inc"]
            elif lab.startswith("Net securities"):
                v = F["sec_gain"]
            else:
                v = d[y]
            noni.append((lab, v))
        nonx = [(lab, F["amort_int"] if d is None else d[y]) for lab, d in NONINT_EXPENSE]
        tnoni, tnonx = sum(v for _, v in noni), sum(v for _, v in nonx)
        pretax = nii - prov + tnoni - tnonx
        tax = _r(pretax * TAX_RATE[y])
        ni = pretax - tax
        # ---- shares, EPS, dividends
        rep_cost = _r(F["rep_shares"] * F["rep_price"] / 1000)
        b["treas_sh"] = p["treas_sh"] + F["rep_shares"]
        out_beg, out_end = SHARES_ISSUED - p["treas_sh"], SHARES_ISSUED - b["treas_sh"]
        basic = _r((out_beg + out_end) / 2)
        diluted = basic + F["dil_shares"]
        div = _r(F["dps"] * basic / 1000)
        self.inc[y] = dict(ii=ii, ie=ie, tii=tii, tie=tie, nii=nii, prov=prov,
                           nii_after=nii - prov, noni=noni, nonx=nonx, tnoni=tnoni,
                           tnonx=tnonx, pretax=pretax, tax=tax, ni=ni,
                           basic=basic, diluted=diluted,
                           eps_b=round(ni * 1000 / basic, 2),
                           eps_d=round(ni * 1000 / diluted, 2), dps=F["dps"], div=div,
                           rep_cost=rep_cost, out_beg=out_beg, out_end=out_end)
        self.avg[y] = dict(bal=av, int=intr)
        # ---- securities
        g = F["sec_gain"]
        oci_pre = F["afs_fv_hold"] - g
        oci_tax = _r(oci_pre * TAX_OCI)
        b["afs"] = (p["afs"] + F["sec_purch"] - F["sec_sold_proceeds"] - F["sec_mat"]
                    - F["sec_amort"] + F["afs_fv_hold"])
        b["htm"] = p["htm"] - F["htm_mat"]
        b["lhfs"] = p["lhfs"] + F["lhfs_chg"]
        b["prem"] = p["prem"] + F["capex"] - F["dep"]
        b["intang"] = p["intang"] - F["amort_int"]
        b["boli"] = p["boli"] + F["boli_inc"] + F["boli_purch"]
        b["oa"] = p["oa"] + F["oa_chg"] - F["def_tax"] - oci_tax
        b["ol"] = p["ol"] + F["ol_chg"]
        b["apic"] = p["apic"] + F["sbc"]
        b["treas"] = p["treas"] - rep_cost
        b["aoci"] = p["aoci"] + oci_pre - oci_tax
        # ---- cash flow statement (indirect)
        op = [
            ("Net income", ni),
            ("Provision for credit losses", prov),
            ("Depreciation of premises and equipment", F["dep"]),
            ("Amortization of intangible assets", F["amort_int"]),
            ("Net amortization of securities premiums and discounts", F["sec_amort"]),
            ("Stock-based compensation expense", F["sbc"]),
            ("Net securities (gains) losses", -g),
            ("Increase in cash surrender value of bank-owned life insurance", -F["boli_inc"]),
            ("Deferred income tax expense (benefit)", F["def_tax"]),
            ("Net change in loans held for sale", -F["lhfs_chg"]),
            ("Net change in accrued interest receivable and other assets", -F["oa_chg"]),
            ("Net change in accrued interest payable and other liabilities", F["ol_chg"]),
        ]
        inv = [
            ("Purchases of securities available-for-sale", -F["sec_purch"]),
            ("Proceeds from sales of securities available-for-sale", F["sec_sold_proceeds"]),
            ("Proceeds from maturities, calls and paydowns of securities available-for-sale", F["sec_mat"]),
            ("Proceeds from maturities and paydowns of securities held-to-maturity", F["htm_mat"]),
            ("Net increase in loans", -(F["loan_growth"] - rec)),
            ("Purchases of bank-owned life insurance", -F["boli_purch"]),
            ("Purchases of premises and equipment", -F["capex"]),
        ]
        fin = [
            ("Net increase (decrease) in noninterest-bearing deposits", F["nib_chg"]),
            ("Net increase in interest-bearing deposits", ib_chg),
            ("Net increase (decrease) in short-term borrowings", F["st_chg"]),
            ("Proceeds from issuance of long-term debt", F["ltd_proc"]),
            ("Repayments of long-term debt", -F["ltd_repay"]),
            ("Cash dividends paid on common stock", -div),
            ("Repurchases of common stock", -rep_cost),
        ]
        s_op, s_inv, s_fin = (sum(v for _, v in x) for x in (op, inv, fin))
        chg = s_op + s_inv + s_fin
        b["cash"] = p["cash"] + chg
        b["cash_due"] = FLOWS["cash_due"][y]
        b["ib_cash"] = b["cash"] - b["cash_due"]
        self.cf[y] = dict(op=op, inv=inv, fin=fin, s_op=s_op, s_inv=s_inv, s_fin=s_fin,
                          chg=chg, beg=p["cash"], end=b["cash"])
        self.oci = getattr(self, "oci", {})
        self.oci[y] = dict(hold=F["afs_fv_hold"], reclass=-g, pre=oci_pre, tax=oci_tax,
                           net=oci_pre - oci_tax)
        self.bs[y] = b

    # ------------------------------------------------------------------
    def _derived(self):
        # retained earnings plug for the opening balance sheet, then roll
        o = self.bs[2022]
        assets = self.total_assets(o)
        o["re"] = assets - self.total_liab(o) - (o["cs"] + o["apic"] + o["aoci"] + o["treas"])
        for y in YEARS:
            self.bs[y]["re"] = self.bs[y - 1]["re"] + self.inc[y]["ni"] - self.inc[y]["div"]
        for y in [2022] + YEARS:
            b = self.bs[y]
            b["ta"] = self.total_assets(b)
            b["tl"] = self.total_liab(b)
            b["te"] = b["cs"] + b["apic"] + b["re"] + b["aoci"] + b["treas"]
            b["dep_total"] = b["nib"] + b["ib"]
            b["net_loans"] = b["loans"] - b["acl"]
            b["out"] = SHARES_ISSUED - b["treas_sh"]
            assert b["ta"] == b["tl"] + b["te"], (y, b["ta"] - b["tl"] - b["te"])
        for y in YEARS:
            c = self.cf[y]
            assert c["beg"] + c["chg"] == c["end"]
            assert self.bs[y]["ib_cash"] > 0
        # average balance sheet totals, NIM, ratios
        for y in YEARS:
            a = self.avg[y]
            bal, it = a["bal"], a["int"]
            ea = bal["loans"] + bal["sec_tax"] + bal["sec_exempt"] + bal["ib_cash"]
            ibl = sum(bal[t] for t in DEP_TYPES) + bal["st"] + bal["ltd"]
            p, b = self.bs[y - 1], self.bs[y]

            def av(k):
                return _r((p[k] + b[k]) / 2)
            nonearn = (_r((FLOWS["cash_due"][y - 1] + FLOWS["cash_due"][y]) / 2)
                       + av("prem") + av("gw") + av("intang") + av("boli") + av("oa")
                       - av("acl"))
            ta = ea + nonearn
            nib = av("nib")
            eq = av("te")
            ol = ta - ibl - nib - eq
            inc = self.inc[y]
            a.update(ea=ea, ibl=ibl, nonearn=nonearn, ta=ta, nib=nib, eq=eq, ol=ol,
                     ii=inc["tii"], ie=inc["tie"])
            a["y"] = {k: round(it[k] / bal[k] * 100, 2) for k in bal}
            a["ea_yield"] = round(inc["tii"] / ea * 100, 2)
            a["ibl_rate"] = round(inc["tie"] / ibl * 100, 2)
            a["spread"] = round(a["ea_yield"] - a["ibl_rate"], 2)
            a["nim"] = round(inc["nii"] / ea * 100, 2)
            dep_int = inc["ie"]["dep"]
            a["cost_ib_dep"] = round(dep_int / sum(bal[t] for t in DEP_TYPES) * 100, 2)
            a["cost_tot_dep"] = round(dep_int / (sum(bal[t] for t in DEP_TYPES) + nib) * 100, 2)
            inc["roa"] = round(inc["ni"] / ta * 100, 2)
            inc["roe"] = round(inc["ni"] / eq * 100, 2)
            inc["eff"] = round(inc["tnonx"] / (inc["nii"] + inc["tnoni"]) * 100, 1)
            adj_num = inc["tnonx"] - FLOWS["amort_int"][y]
            adj_den = inc["nii"] + inc["tnoni"] - FLOWS["sec_gain"][y]
            inc["eff_adj"] = round(adj_num / adj_den * 100, 1)
            inc["payout"] = round(inc["dps"] / inc["eps_d"] * 100, 1)
            inc["nco_ratio"] = round(self.acl[y]["nco"] / bal["loans"] * 100, 2)
        for y in YEARS:
            b = self.bs[y]
            b["bvps"] = round(b["te"] * 1000 / b["out"], 2)
            b["tbv"] = b["te"] - b["gw"] - b["intang"]
            b["tbvps"] = round(b["tbv"] * 1000 / b["out"], 2)
            b["tce_ratio"] = round(b["tbv"] / (b["ta"] - b["gw"] - b["intang"]) * 100, 2)
            b["eq_ratio"] = round(b["te"] / b["ta"] * 100, 2)
            b["ltd_ratio"] = round(b["loans"] / b["dep_total"] * 100, 1)
            b["loan_by_type"] = self._split(b["loans"], LOAN_MIX[y])
            b["ib_by_type"] = self._split(b["ib"], IB_MIX[y])
            na = NONACCRUAL[y]
            b["nonaccrual"] = na
            b["na_total"] = sum(na)
            b["npl"] = b["na_total"] + PD90[y]
            b["npa"] = b["npl"] + OREO[y]
            b["npa_ratio"] = round(b["npa"] / (b["loans"] + OREO[y]) * 100, 2)
            b["npl_ratio"] = round(b["na_total"] / b["loans"] * 100, 2)
            b["acl_ratio"] = round(b["acl"] / b["loans"] * 100, 2)
            b["acl_na"] = round(b["acl"] / b["na_total"] * 100, 1)
        self.bs[2022]["loan_by_type"] = self._split(self.bs[2022]["loans"], LOAN_MIX[2022])
        # regulatory capital
        self.cap = {}
        for y in (2024, 2025):
            b = self.bs[y]
            cet1 = b["te"] - b["aoci"] - b["gw"] - b["intang"]
            t2_acl = min(b["acl"], _r(RWA[y] * 0.0125))
            total = cet1 + b["sub"] + t2_acl
            q4avg = _r(b["ta"] * 0.992) - b["gw"] - b["intang"]
            self.cap[y] = dict(cet1=cet1, t1=cet1, total=total, rwa=RWA[y], lev_assets=q4avg,
                               sub=b["sub"], acl=t2_acl,
                               r_cet1=round(cet1 / RWA[y] * 100, 2),
                               r_t1=round(cet1 / RWA[y] * 100, 2),
                               r_tot=round(total / RWA[y] * 100, 2),
                               r_lev=round(cet1 / q4avg * 100, 2))
        # equity statement rows
        for y in YEARS:
            p, b, inc = self.bs[y - 1], self.bs[y], self.inc[y]
            self.eq[y] = dict(beg=p, end=b, ni=inc["ni"], oci=self.oci[y]["net"],
                              div=inc["div"], sbc=FLOWS["sbc"][y], rep=inc["rep_cost"],
                              rep_sh=FLOWS["rep_shares"][y])
            assert p["te"] + inc["ni"] + self.oci[y]["net"] - inc["div"] + FLOWS["sbc"][y] \
                - inc["rep_cost"] == b["te"]

    @staticmethod
    def _split(total, shares):
        parts = [_r(total * s) for s in shares[:-1]]
        return parts + [total - sum(parts)]

    @staticmethod
    def total_assets(b):
        return (b["cash"] + b["afs"] + b["htm"] + b["lhfs"] + b["loans"] - b["acl"]
                + b["prem"] + b["gw"] + b["intang"] + b["boli"] + b["oa"])

    @staticmethod
    def total_liab(b):
        return b["nib"] + b["ib"] + b["st"] + b["ltd"] + b["ol"]


if __name__ == "__main__":
    m = BankModel()
    for y in YEARS:
        i, b = m.inc[y], m.bs[y]
        print(y, "NII", i["nii"], "prov", i["prov"], "NI", i["ni"], "EPS", i["eps_d"],
              "TA", b["ta"], "cash", b["cash"], "ibcash", b["ib_cash"], "NIM", m.avg[y]["nim"],
              "eff", i["eff"], "ROA", i["roa"], "ROE", i["roe"], "TE", b["te"], "payout", i["payout"])
    for y in (2024, 2025):
        print(m.cap[y])
