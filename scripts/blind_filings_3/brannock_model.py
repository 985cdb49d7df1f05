"""Financial model for Brannock Hearth Company (invented fast-casual restaurant chain).

Money is held in integer thousands of dollars. Quarter labels: Q1/Q2 of fiscal 2025 and 2024.
"""

from __future__ import annotations

P = ["Q2_25", "Q2_24", "H1_25", "H1_24"]  # presentation order of IS columns


def _r(x: float) -> int:
    return int(round(x))


class Brannock:
    def __init__(self):
        q = {}
        base = {
            "Q1_24": dict(crs=259_344, fr=8_540, food=0.309, labor=0.318, occ=0.161, ga=22_011,
                          da=11_402, pre=1_512, imp=2_187, int=2_962, tax=0.245),
            "Q2_24": dict(crs=271_836, fr=8_912, food=0.306, labor=0.313, occ=0.156, ga=22_705,
                          da=11_736, pre=1_907, imp=412, int=2_893, tax=0.246),
            "Q1_25": dict(crs=281_907, fr=9_361, food=0.301, labor=0.316, occ=0.158, ga=23_806,
                          da=12_511, pre=1_744, imp=538, int=2_487, tax=0.244),
            "Q2_25": dict(crs=298_412, fr=9_874, food=0.298, labor=0.309, occ=0.152, ga=24_118,
                          da=12_904, pre=2_318, imp=1_206, int=2_416, tax=0.243),
        }
        for k, d in base.items():
            r = dict(crs=d["crs"], fr=d["fr"])
            r["rev"] = r["crs"] + r["fr"]
            r["food"] = _r(d["crs"] * d["food"])
            r["labor"] = _r(d["crs"] * d["labor"])
            r["occ"] = _r(d["crs"] * d["occ"])
            for f in ("ga", "da", "pre", "imp", "int"):
                r[f] = d[f]
            r["costs"] = sum(r[f] for f in ("food", "labor", "occ", "ga", "da", "pre", "imp"))
            r["ifo"] = r["rev"] - r["costs"]
            r["pretax"] = r["ifo"] - r["int"]
            r["tax"] = _r(r["pretax"] * d["tax"])
            r["ni"] = r["pretax"] - r["tax"]
            q[k] = r
        for yy in ("25", "24"):
            q[f"H1_{yy}"] = {f: q[f"Q1_{yy}"][f] + q[f"Q2_{yy}"][f] for f in q[f"Q1_{yy}"]}
        self.q = q
        self.sh_b = {"Q1_25": 38_590, "Q2_25": 38_412, "Q1_24": 39_215, "Q2_24": 39_106}
        self.sh_d = {"Q1_25": 39_140, "Q2_25": 38_957, "Q1_24": 39_770, "Q2_24": 39_688}
        for yy in ("25", "24"):
            for d in (self.sh_b, self.sh_d):
                d[f"H1_{yy}"] = _r((d[f"Q1_{yy}"] + d[f"Q2_{yy}"]) / 2)
        self.eps_b = {k: round(q[k]["ni"] / self.sh_b[k], 2) for k in P + ["Q1_25", "Q1_24"]}
        self.eps_d = {k: round(q[k]["ni"] / self.sh_d[k], 2) for k in P + ["Q1_25", "Q1_24"]}
        self.sbc = {"Q1_25": 2_338, "Q2_25": 2_588, "Q1_24": 2_104, "Q2_24": 2_271}
        self.noncash_imp = {"Q1_25": 380, "Q2_25": 905, "Q1_24": 1_960, "Q2_24": 290}
        self.amort = {"Q1_25": 305, "Q2_25": 305, "Q1_24": 305, "Q2_24": 305}
        for d in (self.sbc, self.noncash_imp, self.amort):
            for yy in ("25", "24"):
                d[f"H1_{yy}"] = d[f"Q1_{yy}"] + d[f"Q2_{yy}"]

        # KPIs (stated in MD&A)
        self.comp = {"Q2_25": 0.038, "Q2_24": 0.019, "H1_25": 0.031, "H1_24": 0.014}
        self.traffic = {"Q2_25": 0.012, "H1_25": 0.006}
        self.auv = 3.62  # $ millions, trailing twelve months
        self.fr_sales = {"Q2_25": 132_640, "Q2_24": 119_880, "H1_25": 257_310, "H1_24": 232_470}
        self.units = {  # company, franchise
            "open": (312, 148), "q1_open": (6, 3), "q1_close": (1, 1), "q2_open": (8, 4),
            "q2_close": (2, 0)}
        c0, f0 = self.units["open"]
        self.units["end_q1"] = (c0 + 6 - 1, f0 + 3 - 1)
        self.units["end_q2"] = (self.units["end_q1"][0] + 8 - 2, self.units["end_q1"][1] + 4)

        # balance sheet: Dec 29, 2024 ("D24") and Jun 29, 2025 ("J25")
        b = {
            "ar": (14_862, 16_207), "inv": (8_914, 9_486), "prepaid": (11_305, 10_122),
            "rou": (512_604, 534_918), "gw": (118_742, 118_742), "oth_a": (9_871, 10_334),
            "ap": (24_611, 27_930), "payroll": (28_406, 25_118), "accrued": (31_772, 33_559),
            "lease_c": (48_215, 50_102), "debt_c": (10_000, 10_000), "lease_lt": (521_338,
                                                                                541_977),
            "oth_l": (14_227, 15_011), "cs": (412, 412),
        }
        self.bs = {k: {"D24": v[0], "J25": v[1]} for k, v in b.items()}
        bs = self.bs
        h1 = q["H1_25"]
        self.capex = {"H1_25": 54_380, "H1_24": 47_915}
        self.disp = {"H1_25": 1_150, "H1_24": 640}
        self.def_tax = {"H1_25": 1_842, "H1_24": 1_296}
        bs["intang"] = {"D24": 21_560}
        bs["intang"]["J25"] = 21_560 - self.amort["H1_25"]
        bs["ppe"] = {"D24": 486_230}
        dep = h1["da"] - self.amort["H1_25"]
        bs["ppe"]["J25"] = (486_230 + self.capex["H1_25"] - dep - self.noncash_imp["H1_25"]
                            - self.disp["H1_25"])
        bs["dtl"] = {"D24": 12_406, "J25": 12_406 + self.def_tax["H1_25"]}
        # debt: term loan and revolver
        self.term_repay = {"H1_25": -5_000, "H1_24": -5_000}
        self.rev_borrow = {"H1_25": 20_000, "H1_24": 15_000}
        self.rev_repay = {"H1_25": -32_500, "H1_24": -10_000}
        bs["debt_lt"] = {"D24": 168_500}
        bs["debt_lt"]["J25"] = (168_500 + self.term_repay["H1_25"] + self.rev_borrow["H1_25"]
                                + self.rev_repay["H1_25"])
        # equity activity by quarter
        self.opt = {"Q1_25": 512, "Q2_25": 900, "Q1_24": 388, "Q2_24": 611}
        self.wh = {"Q1_25": -803, "Q2_25": -284, "Q1_24": -712, "Q2_24": -198}
        self.repo = {"Q1_25": -11_480, "Q2_25": -13_480, "Q1_24": -8_250, "Q2_24": -9_905}
        self.repo_sh = {"Q1_25": 262, "Q2_25": 291, "Q1_24": 214, "Q2_24": 247}
        self.issued_sh = {"Q1_25": 58, "Q2_25": 71, "Q1_24": 47, "Q2_24": 52}
        for d in (self.opt, self.wh, self.repo, self.repo_sh, self.issued_sh):
            for yy in ("25", "24"):
                d[f"H1_{yy}"] = d[f"Q1_{yy}"] + d[f"Q2_{yy}"]
        # equity balances (common, apic, re, treasury), shares outstanding (thousands)
        self.eq = {"D23": dict(cs=412, apic=279_455, re=98_337, tr=-35_120, sh=39_412),
                   "D24": dict(cs=412, apic=292_118, re=142_905, tr=-60_214, sh=38_703)}
        for yy, prev, labels in (("24", "D23", ("M24", "J24")), ("25", "D24", ("M25", "J25"))):
            cur = dict(self.eq[prev])
            for qq, lab in zip(("Q1", "Q2"), labels, strict=True):
                k = f"{qq}_{yy}"
                cur = dict(cur)
                cur["apic"] += self.sbc[k] + self.opt[k] + self.wh[k]
                cur["re"] += q[k]["ni"]
                cur["tr"] += self.repo[k]
                cur["sh"] += self.issued_sh[k] - self.repo_sh[k]
                self.eq[lab] = cur
        for e in self.eq.values():
            e["total"] = e["cs"] + e["apic"] + e["re"] + e["tr"]
        for f, k in (("apic", "apic"), ("re", "re"), ("tr", "tr")):
            bs[f] = {"D24": self.eq["D24"][k], "J25": self.eq["J25"][k]}

        self.noncash_assets = ["ar", "inv", "prepaid", "ppe", "rou", "gw", "intang", "oth_a"]
        self.liabs = ["ap", "payroll", "accrued", "lease_c", "debt_c", "debt_lt", "lease_lt",
                      "dtl", "oth_l"]
        self.equity_items = ["cs", "apic", "re", "tr"]
        for p in ("D24", "J25"):
            le = sum(bs[k][p] for k in self.liabs + self.equity_items)
            bs.setdefault("cash", {})[p] = le - sum(bs[k][p] for k in self.noncash_assets)
        self.tot = {}
        for p in ("D24", "J25"):
            t = self.tot.setdefault(p, {})
            t["ca"] = sum(bs[k][p] for k in ("cash", "ar", "inv", "prepaid"))
            t["assets"] = t["ca"] + sum(bs[k][p] for k in ("ppe", "rou", "gw", "intang", "oth_a"))
            t["cl"] = sum(bs[k][p] for k in ("ap", "payroll", "accrued", "lease_c", "debt_c"))
            t["liab"] = t["cl"] + sum(bs[k][p] for k in ("debt_lt", "lease_lt", "dtl", "oth_l"))
            t["equity"] = sum(bs[k][p] for k in self.equity_items)
            t["le"] = t["liab"] + t["equity"]

        # cash flows (six months)
        def d(k):
            return bs[k]["J25"] - bs[k]["D24"]

        lease_net = d("lease_c") + d("lease_lt") - d("rou")
        self.cf = {"H1_25": dict(
            op={"Net income": h1["ni"], "Depreciation and amortization": h1["da"],
                "Stock-based compensation": self.sbc["H1_25"],
                "Impairment of long-lived assets": self.noncash_imp["H1_25"],
                "Deferred income taxes": self.def_tax["H1_25"],
                "Accounts receivable": -d("ar"), "Inventories": -d("inv"),
                "Prepaid expenses and other current assets": -d("prepaid"),
                "Other assets": -d("oth_a"), "Accounts payable": d("ap"),
                "Accrued payroll and benefits": d("payroll"),
                "Accrued and other liabilities": d("accrued") + d("oth_l"),
                "Operating lease assets and liabilities, net": lease_net},
            inv={"Purchases of property and equipment": -self.capex["H1_25"],
                 "Proceeds from sale of property and equipment": self.disp["H1_25"]},
            fin={"Borrowings under revolving credit facility": self.rev_borrow["H1_25"],
                 "Repayments under revolving credit facility": self.rev_repay["H1_25"],
                 "Repayments of term loan": self.term_repay["H1_25"],
                 "Repurchases of common stock": self.repo["H1_25"],
                 "Proceeds from exercise of stock options": self.opt["H1_25"],
                 "Taxes paid related to net share settlement of equity awards":
                     self.wh["H1_25"]})}
        h4 = q["H1_24"]
        self.cf["H1_24"] = dict(
            op={"Net income": h4["ni"], "Depreciation and amortization": h4["da"],
                "Stock-based compensation": self.sbc["H1_24"],
                "Impairment of long-lived assets": self.noncash_imp["H1_24"],
                "Deferred income taxes": self.def_tax["H1_24"],
                "Accounts receivable": -1_118, "Inventories": -402,
                "Prepaid expenses and other current assets": 1_365, "Other assets": -287,
                "Accounts payable": 2_806, "Accrued payroll and benefits": -4_115,
                "Accrued and other liabilities": 2_244,
                "Operating lease assets and liabilities, net": 1_533},
            inv={"Purchases of property and equipment": -self.capex["H1_24"],
                 "Proceeds from sale of property and equipment": self.disp["H1_24"]},
            fin={"Borrowings under revolving credit facility": self.rev_borrow["H1_24"],
                 "Repayments under revolving credit facility": self.rev_repay["H1_24"],
                 "Repayments of term loan": self.term_repay["H1_24"],
                 "Repurchases of common stock": self.repo["H1_24"],
                 "Proceeds from exercise of stock options": self.opt["H1_24"],
                 "Taxes paid related to net share settlement of equity awards":
                     self.wh["H1_24"]})
        for c in self.cf.values():
            c["cfo"] = sum(c["op"].values())
            c["cfi"] = sum(c["inv"].values())
            c["cff"] = sum(c["fin"].values())
            c["net"] = c["cfo"] + c["cfi"] + c["cff"]
        self.cash_beg = {"H1_25": bs["cash"]["D24"], "H1_24": 41_276}
        self.cash_end = {k: self.cash_beg[k] + self.cf[k]["net"] for k in self.cf}
        self.check()

    # ------------------------------------------------------------------ metrics
    def rlop(self, k):
        r = self.q[k]
        return r["crs"] - r["food"] - r["labor"] - r["occ"]

    def adj_ebitda(self, k):
        r = self.q[k]
        return r["ni"] + r["int"] + r["tax"] + r["da"] + self.sbc[k] + r["imp"]

    def check(self):
        bs, t = self.bs, self.tot
        for p in ("D24", "J25"):
            assert t[p]["assets"] == t[p]["le"]
            assert 20_000 < bs["cash"][p] < 90_000, bs["cash"][p]
            assert t[p]["equity"] == self.eq[p]["total"]
        assert self.cash_end["H1_25"] == bs["cash"]["J25"]
        for k in P:
            r = self.q[k]
            rl = r["ifo"] + r["ga"] + r["da"] + r["pre"] + r["imp"] - r["fr"]
            assert rl == self.rlop(k)
            assert r["ni"] > 0
        for yy in ("25", "24"):
            for f in ("crs", "ni", "rev"):
                assert self.q[f"H1_{yy}"][f] == self.q[f"Q1_{yy}"][f] + self.q[f"Q2_{yy}"][f]
        c, f = self.units["end_q2"]
        assert (c, f) == (323, 154)


if __name__ == "__main__":
    m = Brannock()
    for k in P:
        print(k, m.q[k]["rev"], m.q[k]["ifo"], m.q[k]["ni"], m.eps_d[k],
              round(m.rlop(k) / m.q[k]["crs"], 4), m.adj_ebitda(k))
    print("cash", m.bs["cash"], "eq", m.tot["J25"]["equity"], "cash24", m.cash_end["H1_24"])
    print({k: v["cfo"] for k, v in m.cf.items()})
