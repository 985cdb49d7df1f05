"""Financial model for Halberstow Insurance Group, Inc. (invented P&C insurer).

All money is held as integer tenths of a million dollars, so every printed figure
("in millions", one decimal) is exact and every tie is checked with integer equality.
"""

from __future__ import annotations

from common import T

YEARS = [2023, 2024, 2025]
BS_YEARS = [2022, 2023, 2024, 2025]
SEGS = ["Personal Auto", "Homeowners", "Commercial Property", "Specialty Liability"]
TAX = 0.21
NOCHECK = False


def _r(x: float) -> int:
    return int(round(x))


class Halberstow:
    def __init__(self):
        y = YEARS
        # ------------------------------------------------------------ segments
        seg_in = {
            # npe, npw, current-year ex-cat loss ratio, cat, prior-year dev, acq, other uw
            "Personal Auto": dict(
                npe=[1180.4, 1262.8, 1341.6], npw=[1205.1, 1291.0, 1368.3],
                cy=[0.718, 0.705, 0.693], cat=[6.2, 8.9, 7.4], pyd=[12.5, -4.1, -9.8],
                acq=[0.152, 0.150, 0.149], oth=[0.108, 0.106, 0.104]),
            "Homeowners": dict(
                npe=[742.5, 801.3, 866.9], npw=[770.2, 828.4, 897.6],
                cy=[0.512, 0.505, 0.498], cat=[98.6, 121.4, 109.3], pyd=[-7.3, -11.8, -14.2],
                acq=[0.178, 0.176, 0.175], oth=[0.129, 0.127, 0.125]),
            "Commercial Property": dict(
                npe=[510.2, 548.7, 603.4], npw=[528.9, 571.8, 628.5],
                cy=[0.498, 0.492, 0.487], cat=[41.5, 52.7, 38.8], pyd=[-6.1, -8.4, -10.6],
                acq=[0.201, 0.198, 0.196], oth=[0.146, 0.144, 0.142]),
            "Specialty Liability": dict(
                npe=[318.6, 352.1, 394.8], npw=[334.0, 371.3, 412.9],
                cy=[0.628, 0.631, 0.634], cat=[0.0, 0.0, 0.0], pyd=[4.8, 9.6, 15.3],
                acq=[0.184, 0.182, 0.181], oth=[0.148, 0.146, 0.144]),
        }
        self.seg = {}
        for s, d in seg_in.items():
            rec = {k: {} for k in ("npe", "npw", "cy", "cat", "pyd", "loss", "acq", "oth",
                                   "uwexp", "uwinc", "cyinc")}
            for i, yr in enumerate(y):
                npe = T(d["npe"][i])
                rec["npe"][yr] = npe
                rec["npw"][yr] = T(d["npw"][i])
                cy = _r(npe * d["cy"][i])
                rec["cy"][yr] = cy
                rec["cat"][yr] = T(d["cat"][i])
                rec["pyd"][yr] = T(d["pyd"][i])
                rec["cyinc"][yr] = cy + rec["cat"][yr]
                rec["loss"][yr] = cy + rec["cat"][yr] + rec["pyd"][yr]
                rec["acq"][yr] = _r(npe * d["acq"][i])
                rec["oth"][yr] = _r(npe * d["oth"][i])
                rec["uwexp"][yr] = rec["acq"][yr] + rec["oth"][yr]
                rec["uwinc"][yr] = npe - rec["loss"][yr] - rec["uwexp"][yr]
            self.seg[s] = rec

        def tot(k):
            return {yr: sum(self.seg[s][k][yr] for s in SEGS) for yr in y}

        self.npe, self.npw = tot("npe"), tot("npw")
        self.loss, self.acq, self.oth = tot("loss"), tot("acq"), tot("oth")
        self.uwexp, self.uwinc = tot("uwexp"), tot("uwinc")
        self.cat, self.pyd, self.cyinc = tot("cat"), tot("pyd"), tot("cyinc")

        # ------------------------------------------------------------ investments
        self.nii_parts = {
            "Fixed maturities": dict(zip(y, map(T, [186.9, 212.4, 236.8]), strict=True)),
            "Equity securities": dict(zip(y, map(T, [9.8, 10.6, 11.9]), strict=True)),
            "Short-term investments and cash":
                dict(zip(y, map(T, [11.3, 13.2, 10.4]), strict=True)),
            "Other invested assets": dict(zip(y, map(T, [6.1, 7.3, 8.5]), strict=True)),
        }
        self.gross_ii = {yr: sum(v[yr] for v in self.nii_parts.values()) for yr in y}
        self.inv_exp = dict(zip(y, map(T, [12.7, 14.6, 15.9]), strict=True))
        self.nii = {yr: self.gross_ii[yr] - self.inv_exp[yr] for yr in y}
        self.r_fm = dict(zip(y, map(T, [-18.6, -6.2, 3.4]), strict=True))
        self.g_eq = dict(zip(y, map(T, [21.5, 34.8, 27.1]), strict=True))
        self.gains = {yr: self.r_fm[yr] + self.g_eq[yr] for yr in y}
        self.fees = dict(zip(y, map(T, [14.2, 15.1, 16.3]), strict=True))
        self.rev = {yr: self.npe[yr] + self.nii[yr] + self.gains[yr] + self.fees[yr] for yr in y}
        self.interest = dict(zip(y, map(T, [23.4, 23.4, 31.9]), strict=True))
        self.corp = dict(zip(y, map(T, [38.7, 41.2, 44.6]), strict=True))
        self.exp_total = {yr: self.loss[yr] + self.acq[yr] + self.oth[yr] + self.interest[yr]
                          + self.corp[yr] for yr in y}
        self.pretax = {yr: self.rev[yr] - self.exp_total[yr] for yr in y}
        eff = dict(zip(y, [0.196, 0.199, 0.201], strict=True))
        self.tax = {yr: _r(self.pretax[yr] * eff[yr]) for yr in y}
        self.ni = {yr: self.pretax[yr] - self.tax[yr] for yr in y}

        # tax reconciliation
        self.tax_stat = {yr: _r(self.pretax[yr] * TAX) for yr in y}
        self.tax_exempt = dict(zip(y, map(T, [-8.6, -8.1, -7.7]), strict=True))
        self.tax_drd = dict(zip(y, map(T, [-1.9, -2.0, -2.1]), strict=True))
        self.tax_state = dict(zip(y, map(T, [3.1, 3.4, 3.8]), strict=True))
        self.tax_other = {yr: self.tax[yr] - self.tax_stat[yr] - self.tax_exempt[yr]
                          - self.tax_drd[yr] - self.tax_state[yr] for yr in y}

        # shares (actual share counts) and per-share
        self.sh_out = dict(zip(BS_YEARS, [63_412_880, 62_904_115, 62_188_742, 61_457_306],
                               strict=True))
        self.w_basic = dict(zip(y, [63_158_400, 62_547_900, 61_822_600], strict=True))
        self.w_dil = dict(zip(y, [63_541_200, 62_968_300, 62_271_900], strict=True))
        self.eps_b = {yr: round(self.ni[yr] / 10 / (self.w_basic[yr] / 1e6), 2) for yr in y}
        self.eps_d = {yr: round(self.ni[yr] / 10 / (self.w_dil[yr] / 1e6), 2) for yr in y}
        self.dps = dict(zip(y, [1.36, 1.44, 1.52], strict=True))
        self.div = {yr: _r(self.dps[yr] * self.w_basic[yr] / 1e5) for yr in y}

        # ------------------------------------------------------------ balance sheet
        b = BS_YEARS
        self.fm_ac = dict(zip(b, map(T, [4650.0, 4805.0, 5072.0, 5538.0]), strict=True))
        self.unr = dict(zip(b, map(T, [-410.0, -265.0, -231.0, -118.0]), strict=True))
        self.unr_tax = {k: _r(v * TAX) for k, v in self.unr.items()}
        self.aoci = {k: self.unr[k] - self.unr_tax[k] for k in b}
        self.fm = {k: self.fm_ac[k] + self.unr[k] for k in b}
        self.eq = dict(zip(b, map(T, [402.0, 431.0, 478.0, 522.0]), strict=True))
        self.oia = dict(zip(b, map(T, [236.0, 262.0, 289.0, 317.0]), strict=True))
        self.cash = dict(zip(b, map(T, [148.6, 171.3, 163.9, 187.2]), strict=True))
        self.aii = dict(zip(b, map(T, [38.1, 41.6, 44.2, 48.9]), strict=True))
        self.prem_rec = dict(zip(b, map(T, [642.0, 688.4, 731.9, 779.3]), strict=True))
        self.recov = dict(zip(b, map(T, [488.0, 502.6, 523.1, 561.8]), strict=True))
        self.dta_o = dict(zip(b, map(T, [58.0, 60.3, 62.9, 66.4]), strict=True))
        self.dta = {k: self.dta_o[k] - self.unr_tax[k] for k in b}
        self.gw = dict.fromkeys(b, T(118.4))
        self.oth_assets = dict(zip(b, map(T, [176.0, 184.5, 192.2, 203.7]), strict=True))
        self.oth_liab = dict(zip(b, map(T, [268.0, 281.9, 297.4, 318.6]), strict=True))

        # premiums: ceded and assumed, UPR and prepaid reinsurance
        self.ceded_w = dict(zip(y, map(T, [262.1, 281.5, 305.8]), strict=True))
        self.ceded_e = dict(zip(y, map(T, [255.9, 276.4, 298.2]), strict=True))
        self.assumed_w = dict(zip(y, map(T, [18.2, 19.6, 21.4]), strict=True))
        self.assumed_e = dict(zip(y, map(T, [17.8, 19.1, 20.9]), strict=True))
        self.gross_w = {yr: self.npw[yr] + self.ceded_w[yr] for yr in y}
        self.gross_e = {yr: self.npe[yr] + self.ceded_e[yr] for yr in y}
        self.direct_w = {yr: self.gross_w[yr] - self.assumed_w[yr] for yr in y}
        self.direct_e = {yr: self.gross_e[yr] - self.assumed_e[yr] for yr in y}
        self.upr = {2022: T(1298.0)}
        self.prp = {2022: T(84.0)}
        for yr in y:
            self.upr[yr] = self.upr[yr - 1] + self.gross_w[yr] - self.gross_e[yr]
            self.prp[yr] = self.prp[yr - 1] + self.ceded_w[yr] - self.ceded_e[yr]
        self.ceded_l = dict(zip(y, map(T, [148.3, 171.9, 204.6]), strict=True))
        self.assumed_l = dict(zip(y, map(T, [11.2, 12.0, 13.1]), strict=True))
        self.direct_l = {yr: self.loss[yr] + self.ceded_l[yr] - self.assumed_l[yr] for yr in y}

        # DAC
        self.dac = {2022: T(218.0)}
        self.dac_cap = {}
        for yr, extra in zip(y, [9.1, 8.4, 10.2], strict=True):
            self.dac_cap[yr] = self.acq[yr] + T(extra)
            self.dac[yr] = self.dac[yr - 1] + self.dac_cap[yr] - self.acq[yr]

        # loss reserves roll-forward (net), gross = net + recoverables
        self.net_res = {2022: T(2905.0)}
        self.paid_cy, self.paid_py, self.paid = {}, {}, {}
        for yr, growth in zip(y, [118.0, 131.0, 149.0], strict=True):
            paid = self.loss[yr] - T(growth)
            self.paid[yr] = paid
            self.paid_cy[yr] = _r(self.cyinc[yr] * 0.46)
            self.paid_py[yr] = paid - self.paid_cy[yr]
            self.net_res[yr] = self.net_res[yr - 1] + self.loss[yr] - paid
        self.gross_res = {k: self.net_res[k] + self.recov[k] for k in b}

        # debt
        self.debt = {2022: T(546.2)}
        self.debt_amort = dict.fromkeys(y, T(0.5))
        self.debt_issue = {2023: 0, 2024: 0, 2025: T(296.3)}
        self.debt_repay = {2023: 0, 2024: 0, 2025: T(-150.0)}
        for yr in y:
            self.debt[yr] = (self.debt[yr - 1] + self.debt_amort[yr] + self.debt_issue[yr]
                             + self.debt_repay[yr])

        # equity
        self.cs = dict.fromkeys(b, T(0.8))
        self.sbc = dict(zip(y, map(T, [16.8, 18.2, 19.9]), strict=True))
        self.repo = dict(zip(y, map(T, [40.2, 55.6, 70.1]), strict=True))
        self.repo_sh = dict(zip(y, [731_420, 912_355, 1_004_816], strict=True))
        self.apic = {2022: T(798.0)}
        self.re = {2022: T(1610.0)}
        self.treas = {2022: T(-412.0)}
        for yr in y:
            self.apic[yr] = self.apic[yr - 1] + self.sbc[yr]
            self.re[yr] = self.re[yr - 1] + self.ni[yr] - self.div[yr]
            self.treas[yr] = self.treas[yr - 1] - self.repo[yr]
        self.equity = {k: self.cs[k] + self.apic[k] + self.re[k] + self.aoci[k] + self.treas[k]
                       for k in b}
        self.oci = {yr: self.aoci[yr] - self.aoci[yr - 1] for yr in y}
        self.oci_pretax = {yr: self.unr[yr] - self.unr[yr - 1] for yr in y}
        self.oci_tax = {yr: -(self.unr_tax[yr] - self.unr_tax[yr - 1]) for yr in y}
        self.oci_holding = {yr: self.oci_pretax[yr] + self.r_fm[yr] for yr in y}
        self.oci_reclass = {yr: -self.r_fm[yr] for yr in y}
        self.ci = {yr: self.ni[yr] + self.oci[yr] for yr in y}

        self.liab = {k: self.gross_res[k] + self.upr[k] + self.debt[k] + self.oth_liab[k]
                     for k in b}
        self.total_le = {k: self.liab[k] + self.equity[k] for k in b}
        nonst = {k: self.fm[k] + self.eq[k] + self.oia[k] + self.cash[k] + self.aii[k]
                 + self.prem_rec[k] + self.recov[k] + self.prp[k] + self.dac[k] + self.dta[k]
                 + self.gw[k] + self.oth_assets[k] for k in b}
        # short-term investments are the balancing item of the model
        self.st = {k: self.total_le[k] - nonst[k] for k in b}
        self.inv_total = {k: self.fm[k] + self.eq[k] + self.st[k] + self.oia[k] for k in b}
        self.total_assets = {k: nonst[k] + self.st[k] for k in b}

        # ------------------------------------------------------------ cash flows
        self.da = dict(zip(y, map(T, [21.4, 22.8, 24.1]), strict=True))
        self.capex = dict(zip(y, map(T, [26.0, 27.3, 29.5]), strict=True))
        self.p_fm = dict(zip(y, map(T, [1150.0, 1240.0, 1720.0]), strict=True))
        self.p_eq = dict(zip(y, map(T, [62.0, 70.0, 84.0]), strict=True))
        cf = {}
        for yr in y:
            p = yr - 1

            def d(s, yr=yr, p=p):
                return s[yr] - s[p]

            op = {
                "Net income": self.ni[yr],
                "Net realized and unrealized investment (gains) losses": -self.gains[yr],
                "Depreciation and amortization": self.da[yr],
                "Share-based compensation": self.sbc[yr],
                "Deferred income taxes": -d(self.dta_o),
                "Amortization of debt issuance costs and discount": self.debt_amort[yr],
                "Premiums receivable": -d(self.prem_rec),
                "Reinsurance recoverables": -d(self.recov),
                "Prepaid reinsurance premiums": -d(self.prp),
                "Deferred policy acquisition costs": -d(self.dac),
                "Accrued investment income": -d(self.aii),
                "Unpaid losses and loss adjustment expenses": d(self.gross_res),
                "Unearned premiums": d(self.upr),
                "Other assets and other liabilities, net": (d(self.oth_liab) - d(self.oth_assets)
                                                            + self.capex[yr] - self.da[yr]),
            }
            sale_fm = self.p_fm[yr] - d(self.fm_ac) + self.r_fm[yr]
            sale_eq = self.p_eq[yr] - d(self.eq) + self.g_eq[yr]
            inv = {
                "Purchases of fixed maturities": -self.p_fm[yr],
                "Proceeds from sales, maturities and repayments of fixed maturities": sale_fm,
                "Purchases of equity securities": -self.p_eq[yr],
                "Proceeds from sales of equity securities": sale_eq,
                "Net change in short-term investments": -d(self.st),
                "Net contributions to other invested assets": -d(self.oia),
                "Purchases of property, equipment and software": -self.capex[yr],
            }
            fin = {
                "Proceeds from issuance of senior notes, net of issuance costs":
                    self.debt_issue[yr],
                "Repayment of senior notes": self.debt_repay[yr],
                "Dividends paid to shareholders": -self.div[yr],
                "Repurchases of common stock": -self.repo[yr],
            }
            cf[yr] = dict(op=op, inv=inv, fin=fin, cfo=sum(op.values()), cfi=sum(inv.values()),
                          cff=sum(fin.values()))
            cf[yr]["net"] = cf[yr]["cfo"] + cf[yr]["cfi"] + cf[yr]["cff"]
        self.cf = cf

        # ------------------------------------------------------------ statutory and other
        self.stat_surplus = {2024: T(1872.3), 2025: T(2018.6)}
        self.stat_ni = {2024: T(244.9), 2025: T(281.4)}
        self.sub_div = {2024: T(140.0), 2025: T(165.0)}
        self.div_capacity_2026 = T(201.9)
        self.rbc = {2024: 4.31, 2025: 4.46}
        self.holdco_liquid = {2024: T(268.4), 2025: T(412.7)}
        self.repo_auth_left = T(184.6)
        self.cat_retention = T(75.0)
        self.cat_limit = T(600.0)
        self.duration = {2024: 4.1, 2025: 4.3}
        self.book_yield = {2024: 0.0402, 2025: 0.0419}

        self._portfolio()
        self._triangles()
        self._quarters()
        self.check()

    def _triangles(self):
        """Accident-year incurred and paid development (net of reinsurance), AY 2016-2025.

        Calendar-year changes for 2023-2025 equal each segment's prior-year development and
        the first evaluation of AY 2023-2025 equals the segment's current-year incurred.
        """
        ays = list(range(2016, 2026))
        self.ays = ays
        dev_pct = {"Personal Auto": [0.015, 0.005, -0.003, -0.002],
                   "Homeowners": [-0.015, -0.006, -0.002],
                   "Commercial Property": [-0.012, -0.005, -0.002, -0.001],
                   "Specialty Liability": [0.03, 0.025, 0.02, 0.015, 0.01, 0.005]}
        paid_pct = {"Personal Auto": [0.40, 0.66, 0.80, 0.89, 0.94, 0.97, 0.985, 0.995, 1.0],
                    "Homeowners": [0.55, 0.85, 0.93, 0.97, 0.99, 0.997, 1.0],
                    "Commercial Property": [0.45, 0.74, 0.86, 0.93, 0.965, 0.985, 0.995, 1.0],
                    "Specialty Liability": [0.07, 0.19, 0.33, 0.46, 0.58, 0.68, 0.76, 0.83,
                                            0.88, 0.92]}
        age_w = [0.42, 0.24, 0.14, 0.08, 0.05, 0.03, 0.02, 0.01, 0.01]
        self.tri_inc, self.tri_paid = {}, {}
        for s_ in SEGS:
            d = self.seg[s_]
            first = {}
            for a in ays:
                if a >= 2023:
                    first[a] = d["cyinc"][a]
                else:
                    first[a] = _r(d["cyinc"][2023] * (0.94 ** (2023 - a)))
            inc = {a: {a: first[a]} for a in ays}
            for c in range(2017, 2026):
                if c >= 2023:
                    total = d["pyd"][c]
                    olds = [a for a in ays if a < c]
                    ws = [age_w[c - a - 1] if c - a - 1 < len(age_w) else 0.0 for a in olds]
                    sw = sum(ws)
                    ch = {a: _r(total * w / sw) for a, w in zip(olds, ws, strict=True)}
                    ch[c - 1] += total - sum(ch.values())
                else:
                    ch = {}
                    for a in ays:
                        if a < c:
                            k = c - a - 1
                            pc = dev_pct[s_][k] if k < len(dev_pct[s_]) else 0.0
                            ch[a] = _r(first[a] * pc)
                for a, v in ch.items():
                    inc[a][c] = inc[a][c - 1] + v
            paid = {}
            for a in ays:
                paid[a] = {}
                prev = 0
                for c in range(a, 2026):
                    k = c - a
                    pp = paid_pct[s_][k] if k < len(paid_pct[s_]) else 1.0
                    v = max(prev, _r(inc[a][c] * pp))
                    paid[a][c] = v
                    prev = v
            self.tri_inc[s_], self.tri_paid[s_] = inc, paid
        self.tri_res = {s_: sum(self.tri_inc[s_][a][2025] - self.tri_paid[s_][a][2025]
                                for a in ays) for s_ in SEGS}
        self.ulae = T(212.4)
        self.pre2016 = self.net_res[2025] - sum(self.tri_res.values()) - self.ulae

    def _quarters(self):
        """Quarterly split of selected annual figures (unaudited)."""
        qw = {"npe": [0.243, 0.248, 0.253, 0.256], "nii": [0.238, 0.247, 0.254, 0.261],
              "ni": [0.262, 0.198, 0.251, 0.289], "cat": [0.31, 0.42, 0.17, 0.10]}
        self.q = {}
        for yr in (2024, 2025):
            self.q[yr] = {}
            for k, ws in qw.items():
                tot = getattr(self, k)[yr]
                parts = [_r(tot * w) for w in ws[:3]]
                self.q[yr][k] = parts + [tot - sum(parts)]

    def _portfolio(self):
        """Fixed maturity detail by class and by maturity (2024 and 2025 year-ends)."""
        classes = ["U.S. Treasury and government agencies", "States and political subdivisions",
                   "Corporate debt securities", "Residential mortgage-backed securities",
                   "Commercial mortgage-backed securities", "Other asset-backed securities"]
        self.fm_classes = classes
        w_ac = [0.12, 0.18, 0.41, 0.14, 0.08]
        w_g = [0.05, 0.30, 0.45, 0.08, 0.05]
        w_l = [0.10, 0.14, 0.46, 0.17, 0.08]
        self.gug = {2024: T(38.2), 2025: T(61.4)}
        self.gul = {k: self.gug[k] - self.unr[k] for k in (2024, 2025)}

        def split(total, ws):
            parts = [_r(total * w) for w in ws]
            return parts + [total - sum(parts)]

        self.fm_detail = {}
        for k in (2024, 2025):
            ac = split(self.fm_ac[k], w_ac)
            g = split(self.gug[k], w_g)
            lo = split(self.gul[k], w_l)
            self.fm_detail[k] = {c: dict(ac=a, g=gg, l=ll, fv=a + gg - ll)
                                 for c, a, gg, ll in zip(classes, ac, g, lo, strict=True)}
        # maturity buckets for 2025
        d25 = self.fm_detail[2025]
        plain = classes[:3]
        ac_p = sum(d25[c]["ac"] for c in plain)
        fv_p = sum(d25[c]["fv"] for c in plain)
        acs = split(ac_p, [0.09, 0.38, 0.33])
        fvs = split(fv_p, [0.092, 0.381, 0.326])
        buckets = ["Due in one year or less", "Due after one year through five years",
                   "Due after five years through ten years", "Due after ten years"]
        self.maturity = {b_: (a, f) for b_, a, f in zip(buckets, acs, fvs, strict=True)}
        self.maturity["Mortgage-backed and other asset-backed securities"] = (
            sum(d25[c]["ac"] for c in classes[3:]), sum(d25[c]["fv"] for c in classes[3:]))
        # segment allocation of balance sheet insurance items (Schedule III)
        segw = {2024: [0.43, 0.21, 0.19, 0.17], 2025: [0.42, 0.21, 0.19, 0.18]}
        self.seg_bs = {}
        for k in (2024, 2025):
            self.seg_bs[k] = {}
            for item, src in (("dac", self.dac), ("res", self.gross_res), ("upr", self.upr)):
                parts = split(src[k], segw[k][:3])
                for s_, v in zip(SEGS, parts, strict=True):
                    self.seg_bs[k].setdefault(s_, {})[item] = v

    # ---------------------------------------------------------------- derived metrics
    def loss_ratio(self, yr, s=None):
        src = self.seg[s] if s else dict(loss=self.loss, npe=self.npe)
        return src["loss"][yr] / src["npe"][yr]

    def exp_ratio(self, yr, s=None):
        src = self.seg[s] if s else dict(uwexp=self.uwexp, npe=self.npe)
        return src["uwexp"][yr] / src["npe"][yr]

    def combined(self, yr, s=None):
        return round(self.loss_ratio(yr, s), 3) + round(self.exp_ratio(yr, s), 3)

    def bvps(self, k):
        return round(self.equity[k] / 10 / (self.sh_out[k] / 1e6), 2)

    def core_income(self, yr):
        return self.ni[yr] - _r(self.gains[yr] * (1 - TAX))

    def roe(self, yr):
        return self.ni[yr] / ((self.equity[yr] + self.equity[yr - 1]) / 2)

    # ---------------------------------------------------------------- ties
    def check(self):
        for k in BS_YEARS:
            assert self.total_assets[k] == self.total_le[k]
            assert self.st[k] > T(100) or NOCHECK, (k, self.st[k])
        for yr in YEARS:
            c = self.cf[yr]
            assert c["net"] == self.cash[yr] - self.cash[yr - 1], (yr, c["net"])
            assert self.net_res[yr] == (self.net_res[yr - 1] + self.cyinc[yr] + self.pyd[yr]
                                        - self.paid_cy[yr] - self.paid_py[yr])
            assert self.loss[yr] == self.cyinc[yr] + self.pyd[yr]
            assert self.npw[yr] - self.npe[yr] == ((self.upr[yr] - self.upr[yr - 1])
                                                   - (self.prp[yr] - self.prp[yr - 1]))
            assert self.equity[yr] == (self.equity[yr - 1] + self.ni[yr] + self.oci[yr]
                                       - self.div[yr] + self.sbc[yr] - self.repo[yr])
            assert self.oci[yr] == self.oci_holding[yr] + self.oci_reclass[yr] + self.oci_tax[yr]
            assert self.tax_other[yr] == self.tax[yr] - (self.tax_stat[yr] + self.tax_exempt[yr]
                                                         + self.tax_drd[yr] + self.tax_state[yr])
            assert self.uwinc[yr] == self.npe[yr] - self.loss[yr] - self.acq[yr] - self.oth[yr]
            assert c["inv"]["Proceeds from sales of equity securities"] > 0
            assert self.ni[yr] > 0
        for k in (2024, 2025):
            d = self.fm_detail[k]
            assert sum(v["fv"] for v in d.values()) == self.fm[k]
            assert sum(v["ac"] for v in d.values()) == self.fm_ac[k]
            assert all(v["l"] >= 0 and v["g"] >= 0 for v in d.values())
        assert sum(a for a, _ in self.maturity.values()) == self.fm_ac[2025]
        assert T(40) < self.pre2016 < T(400) or NOCHECK, self.pre2016
        for s_ in SEGS:
            inc = self.tri_inc[s_]
            for c in (2023, 2024, 2025):
                assert inc[c][c] == self.seg[s_]["cyinc"][c]
                assert sum(inc[a][c] - inc[a][c - 1] for a in self.ays if a < c) == \
                    self.seg[s_]["pyd"][c]
        assert sum(f for _, f in self.maturity.values()) == self.fm[2025]


if __name__ == "__main__":
    from common import m1, pct

    h = Halberstow()
    for yr in YEARS:
        print(yr, "NPE", m1(h.npe[yr]), "NI", m1(h.ni[yr]), "EPS", h.eps_d[yr],
              "CR", pct(h.combined(yr)), "ROE", pct(h.roe(yr)), "CFO", m1(h.cf[yr]["cfo"]),
              "tax_other", m1(h.tax_other[yr]))
        for s in SEGS:
            print("   ", s, pct(h.combined(yr, s)))
    print("pre2016", m1(h.pre2016), {k: m1(v) for k, v in h.tri_res.items()})
    for k in BS_YEARS:
        print(k, "ST", m1(h.st[k]), "TA", m1(h.total_assets[k]), "EQ", m1(h.equity[k]),
              "BVPS", h.bvps(k), "UPR", m1(h.upr[k]), "res", m1(h.gross_res[k]))
