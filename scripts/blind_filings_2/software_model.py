"""Financial model for Vellichor Systems, Inc. (invented SaaS company).

Quarterly model for 2024 Q1 through 2025 Q3, rolled forward from a December 31,
2023 balance sheet.  Amounts in thousands of dollars, shares in actual units.
The balance sheet balances and the cash flow statement reconciles by
construction; both are asserted.
"""

QS = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"]


def _r(x):
    return int(round(x))


def qv(*vals):
    return dict(zip(QS, vals))


P = dict(
    sub=qv(118412, 123897, 129653, 135824, 140761, 146928, 153483),
    ps=qv(14213, 15036, 14478, 13962, 13149, 13871, 13417),
    c_sub=qv(.228, .225, .222, .219, .216, .213, .210),
    c_ps=qv(1.04, 1.02, 1.03, 1.05, 1.06, 1.03, 1.01),
    rd=qv(.265, .262, .258, .252, .244, .238, .232),
    sm=qv(.392, .388, .381, .376, .365, .356, .348),
    ga=qv(.142, .139, .137, .134, .129, .125, .121),
    restr=qv(0, 0, 0, 0, 6842, 1127, 311),
    sbc=qv(17423, 18131, 18764, 19052, 19883, 20412, 20957),
    dep=qv(3947, 4082, 4196, 4311, 4428, 4563, 4702),
    amort_int=qv(1840, 1840, 1840, 1840, 1840, 1840, 1840),
    dc_add=qv(9812, 10264, 10731, 12418, 10096, 10853, 11472),
    dc_amort=qv(8216, 8477, 8753, 9034, 9312, 9588, 9861),
    lease_nc=qv(1652, 1652, 1671, 1671, 1694, 1694, 1718),
    lease_acc=qv(341, 333, 326, 318, 311, 303, 296),
    lease_pay=qv(2214, 2214, 2236, 2236, 2259, 2259, 2281),
    debt_amort=qv(619, 619, 619, 619, 619, 619, 619),
    coupon=qv(250, 250, 250, 250, 250, 250, 250),
    int_inc=qv(3912, 3968, 3871, 3744, 3602, 3517, 3486),
    other=qv(-184, 97, -311, 226, -142, 413, -87),
    tax=qv(512, 566, 604, 688, 731, 796, 842),
    def_tax=qv(81, 79, 84, 77, 86, 82, 88),
    d_ar=qv(-18412, 6213, 3917, 27634, -21306, 7118, 4627),
    d_dr=qv(-9813, 4127, -1206, 31718, -11412, 5291, -904),
    d_pre=qv(2116, -1412, 906, -614, 2833, -1127, 1318),
    d_ap=qv(-3217, 1904, 1126, 2418, -2911, 1617, 806),
    d_acc=qv(-4813, 1713, 2241, 2912, -5612, 2118, 2507),
    d_comp=qv(-7987, 2598, 3362, 4301, -8476, 3097, 3788),
    capex=qv(2412, 2218, 2694, 3107, 2256, 2871, 3342),
    capsw=qv(3118, 3264, 3382, 3519, 3607, 3748, 3911),
    purch=qv(82400, 91250, 76800, 88100, 104300, 97650, 112400),
    matur=qv(88200, 84500, 92100, 79400, 96850, 101200, 98700),
    unreal=qv(-121, 214, 938, -331, 182, 263, 307),
    espp=qv(1847, 6412, 2108, 6893, 2311, 7126, 2604),
    rsu_tax=qv(3912, 4108, 4317, 4462, 4683, 4817, 5036),
    fx=qv(-213, 342, 618, -484, 152, 887, -263),
    rsu_sh=qv(412300, 418700, 426100, 431900, 438200, 446700, 452400),
    espp_sh=qv(41200, 138600, 44100, 142300, 43800, 139700, 45300),
    dil=qv(0, 0, 0, 0, 0, 0, 2146000),
)
# share repurchases (program authorized February 2025, $150.0 million)
REP_MONTHS = {
    "2025Q2": [("April 1 \u2013 30, 2025", 0, 0.0), ("May 1 \u2013 31, 2025", 171500, 55.42),
               ("June 1 \u2013 30, 2025", 193200, 56.31)],
    "2025Q3": [("July 1 \u2013 31, 2025", 112400, 58.37), ("August 1 \u2013 31, 2025", 138900, 61.12),
               ("September 1 \u2013 30, 2025", 96300, 63.48)],
}
AUTH = 150000
GEO = [("United States", .784), ("Europe, Middle East and Africa", .151), ("Asia-Pacific and other", None)]
SBC_SPLIT = [("Cost of revenue \u2014 subscription", .07), ("Cost of revenue \u2014 professional services", .04),
             ("Research and development", .34), ("Sales and marketing", .31), ("General and administrative", None)]
DC_CUR = 0.36
DR_NONCUR = 0.054
NOTES_PRINCIPAL = 400000
OPEN = dict(
    cash=242318, mkt=318614, ar=121452, dc=82100, pre=21706, ppe=31217, rou=38912, intang=29440, gw=186753,
    oa=8914, ap=9812, acc=24607, comp=38214, dr=273112, ll=44731, notes=390108, ol=6318,
    cs=7, apic=912436, treas=0, aoci=-1852, shares=72140000, treas_sh=0,
)


class SoftwareModel:
    def __init__(self):
        self.q = {}
        self.bs = {"2023Q4": dict(OPEN)}
        prev = "2023Q4"
        for k in QS:
            self._quarter(k, prev)
            prev = k
        o = self.bs["2023Q4"]
        o["deficit"] = self._assets(o) - self._liab(o) - (o["cs"] + o["apic"] + o["treas"] + o["aoci"])
        prev = "2023Q4"
        for k in QS:
            self.bs[k]["deficit"] = self.bs[prev]["deficit"] + self.q[k]["ni"]
            prev = k
        for k in ["2023Q4"] + QS:
            b = self.bs[k]
            b["ta"], b["tl"] = self._assets(b), self._liab(b)
            b["te"] = b["cs"] + b["apic"] + b["treas"] + b["aoci"] + b["deficit"]
            b["dc_cur"] = _r(b["dc"] * DC_CUR)
            b["dc_non"] = b["dc"] - b["dc_cur"]
            b["dr_non"] = _r(b["dr"] * DR_NONCUR)
            b["dr_cur"] = b["dr"] - b["dr_non"]
            b["ll_cur"] = _r(b["ll"] * 0.19)
            b["ll_non"] = b["ll"] - b["ll_cur"]
            b["tca"] = b["cash"] + b["mkt"] + b["ar"] + b["dc_cur"] + b["pre"]
            b["tcl"] = b["ap"] + b["acc"] + b["comp"] + b["dr_cur"] + b["ll_cur"]
            b["out"] = b["shares"] - b["treas_sh"]
            assert b["ta"] == b["tl"] + b["te"], (k, b["ta"] - b["tl"] - b["te"])
        self.periods()

    # ------------------------------------------------------------------
    def _quarter(self, k, prev):
        p = {n: v[k] for n, v in P.items()}
        rev = p["sub"] + p["ps"]
        cs_, cp_ = _r(p["sub"] * p["c_sub"]), _r(p["ps"] * p["c_ps"])
        rd, sm, ga = (_r(rev * p[x]) for x in ("rd", "sm", "ga"))
        opx = rd + sm + ga + p["restr"]
        gp = rev - cs_ - cp_
        oi = gp - opx
        ie = p["coupon"] + p["debt_amort"]
        pre = oi + p["int_inc"] - ie + p["other"]
        ni = pre - p["tax"]
        sbc_parts = [_r(p["sbc"] * s) for _, s in SBC_SPLIT[:-1]]
        sbc_parts.append(p["sbc"] - sum(sbc_parts))
        # repurchases
        months = REP_MONTHS.get(k, [])
        rep_sh = sum(s for _, s, _ in months)
        rep = _r(sum(s * pr for _, s, pr in months) / 1000)
        b0 = self.bs[prev]
        b = dict(b0)
        # operating cash flow (indirect)
        op = dict(ni=ni, da=p["dep"] + p["amort_int"], sbc=p["sbc"], dc_amort=p["dc_amort"],
                  debt_amort=p["debt_amort"], lease_nc=p["lease_nc"], def_tax=p["def_tax"],
                  ar=-p["d_ar"], dc=-p["dc_add"], pre=-p["d_pre"], ap=p["d_ap"],
                  acc=p["d_acc"] + p["d_comp"], dr=p["d_dr"], ll=p["lease_acc"] - p["lease_pay"])
        inv = dict(capex=-p["capex"], capsw=-p["capsw"], purch=-p["purch"], matur=p["matur"])
        fin = dict(espp=p["espp"], rsu_tax=-p["rsu_tax"], rep=-rep)
        s_op, s_inv, s_fin = sum(op.values()), sum(inv.values()), sum(fin.values())
        chg = s_op + s_inv + s_fin + p["fx"]
        b["cash"] = b0["cash"] + chg
        b["mkt"] = b0["mkt"] + p["purch"] - p["matur"] + p["unreal"]
        b["ar"] = b0["ar"] + p["d_ar"]
        b["dc"] = b0["dc"] + p["dc_add"] - p["dc_amort"]
        b["pre"] = b0["pre"] + p["d_pre"]
        # depreciation here covers PP&E and capitalized software (both in PP&E, net)
        b["ppe"] = b0["ppe"] + p["capex"] + p["capsw"] - p["dep"]
        b["rou"] = b0["rou"] - p["lease_nc"]
        b["intang"] = b0["intang"] - p["amort_int"]
        b["ap"] = b0["ap"] + p["d_ap"]
        b["acc"] = b0["acc"] + p["d_acc"]
        b["comp"] = b0["comp"] + p["d_comp"]
        b["dr"] = b0["dr"] + p["d_dr"]
        b["ll"] = b0["ll"] + p["lease_acc"] - p["lease_pay"]
        b["notes"] = b0["notes"] + p["debt_amort"]
        b["ol"] = b0["ol"] + p["def_tax"]
        b["apic"] = b0["apic"] + p["sbc"] + p["espp"] - p["rsu_tax"]
        b["treas"] = b0["treas"] - rep
        b["aoci"] = b0["aoci"] + p["unreal"] + p["fx"]
        b["shares"] = b0["shares"] + p["rsu_sh"] + p["espp_sh"]
        b["treas_sh"] = b0["treas_sh"] + rep_sh
        out0 = b0["shares"] - b0["treas_sh"]
        out1 = b["shares"] - b["treas_sh"]
        basic = _r((out0 + out1) / 2)
        self.q[k] = dict(sub=p["sub"], ps=p["ps"], rev=rev, c_sub=cs_, c_ps=cp_, cor=cs_ + cp_, gp=gp, rd=rd,
                         sm=sm, ga=ga, restr=p["restr"], opx=opx, oi=oi, int_inc=p["int_inc"], int_exp=ie,
                         other=p["other"], pre=pre, tax=p["tax"], ni=ni, basic=basic,
                         diluted=basic + (p["dil"] if ni > 0 else 0), sbc=p["sbc"], sbc_parts=sbc_parts,
                         amort_int=p["amort_int"], op=op, inv=inv, fin=fin, s_op=s_op, s_inv=s_inv,
                         s_fin=s_fin, fx=p["fx"], chg=chg, unreal=p["unreal"], rep=rep, rep_sh=rep_sh,
                         espp=p["espp"], espp_sh=p["espp_sh"], rsu_tax=p["rsu_tax"], rsu_sh=p["rsu_sh"],
                         billings=rev + p["d_dr"], dep=p["dep"], capex=p["capex"], capsw=p["capsw"])
        self.bs[k] = b

    @staticmethod
    def _assets(b):
        return (b["cash"] + b["mkt"] + b["ar"] + b["dc"] + b["pre"] + b["ppe"] + b["rou"] + b["intang"]
                + b["gw"] + b["oa"])

    @staticmethod
    def _liab(b):
        return b["ap"] + b["acc"] + b["comp"] + b["dr"] + b["ll"] + b["notes"] + b["ol"]

    # ------------------------------------------------------------------
    def periods(self):
        """Aggregate into the four columns used by the 10-Q."""
        spans = {"3M25": ["2025Q3"], "3M24": ["2024Q3"], "9M25": QS[4:7], "9M24": QS[0:3]}
        self.per = {}
        add = ["sub", "ps", "rev", "c_sub", "c_ps", "cor", "gp", "rd", "sm", "ga", "restr", "opx", "oi",
               "int_inc", "int_exp", "other", "pre", "tax", "ni", "sbc", "amort_int", "s_op", "s_inv", "s_fin",
               "fx", "chg", "unreal", "rep", "rep_sh", "billings", "dep", "capex", "capsw", "espp", "rsu_tax"]
        for name, qs in spans.items():
            d = {a: sum(self.q[k][a] for k in qs) for a in add}
            d["basic"] = _r(sum(self.q[k]["basic"] for k in qs) / len(qs))
            dil = _r(sum(self.q[k]["diluted"] - self.q[k]["basic"] for k in qs) / len(qs))
            d["diluted"] = d["basic"] + (dil if d["ni"] > 0 else 0)
            d["eps_b"] = round(d["ni"] * 1000 / d["basic"], 2)
            d["eps_d"] = round(d["ni"] * 1000 / d["diluted"], 2)
            d["sbc_parts"] = [sum(self.q[k]["sbc_parts"][i] for k in qs) for i in range(5)]
            for grp in ("op", "inv", "fin"):
                d[grp] = {x: sum(self.q[k][grp][x] for k in qs) for x in self.q[qs[0]][grp]}
            d["gm"] = round(d["gp"] / d["rev"] * 100, 1)
            d["om"] = round(d["oi"] / d["rev"] * 100, 1)
            d["ngoi"] = d["oi"] + d["sbc"] + d["amort_int"] + d["restr"]
            d["ngom"] = round(d["ngoi"] / d["rev"] * 100, 1)
            d["fcf"] = d["s_op"] - d["capex"] - d["capsw"]
            geo = [_r(d["rev"] * s) for _, s in GEO[:-1]]
            d["geo"] = geo + [d["rev"] - sum(geo)]
            self.per[name] = d
        # cash roll for the 9-month cash flow statements
        self.per["9M25"]["cash_beg"], self.per["9M25"]["cash_end"] = self.bs["2024Q4"]["cash"], self.bs["2025Q3"]["cash"]
        self.per["9M24"]["cash_beg"], self.per["9M24"]["cash_end"] = self.bs["2023Q4"]["cash"], self.bs["2024Q3"]["cash"]
        for n in ("9M25", "9M24"):
            d = self.per[n]
            assert d["cash_beg"] + d["chg"] == d["cash_end"]
        # deferred revenue roll-forward, nine months 2025 and 2024
        self.drroll = {}
        for n, beg, end in (("9M25", "2024Q4", "2025Q3"), ("9M24", "2023Q4", "2024Q3")):
            d = self.per[n]
            b0, b1 = self.bs[beg]["dr"], self.bs[end]["dr"]
            assert b0 + d["billings"] - d["rev"] == b1
            self.drroll[n] = dict(beg=b0, bill=d["billings"], rev=d["rev"], end=b1,
                                  from_beg=_r(b0 * (0.912 if n == "9M25" else 0.905)))


if __name__ == "__main__":
    m = SoftwareModel()
    for n, d in m.per.items():
        print(n, "rev", d["rev"], "gm", d["gm"], "oi", d["oi"], "ni", d["ni"], "eps", d["eps_d"], "ngom", d["ngom"],
              "fcf", d["fcf"], "op", d["s_op"])
    for k in ("2024Q4", "2025Q3"):
        b = m.bs[k]
        print(k, "cash", b["cash"], "mkt", b["mkt"], "ta", b["ta"], "te", b["te"], "tca", b["tca"], "tcl", b["tcl"],
              "out", b["out"])
