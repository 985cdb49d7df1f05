"""Financial models: every input stated once; everything else derived with int / Fraction arithmetic."""

from fractions import Fraction as F

from kit import rnd

# ---------------------------------------------------------------- homebuilder ($ thousands)
YEARS = [2023, 2024, 2025]
REGIONS = ["West", "Mountain", "Central", "Southeast"]


def home_model():
    m = {}
    m["deliv"] = {2023: [1310, 1045, 1620, 1480], 2024: [1388, 1102, 1744, 1596], 2025: [1352, 1167, 1869, 1711]}
    m["hrev"] = {
        2023: [874_315, 563_208, 651_742, 611_903],
        2024: [931_664, 597_451, 712_388, 668_170],
        2025: [915_027, 641_880, 771_519, 729_346],
    }
    m["gross"] = {2023: [1498, 1191, 1802, 1663], 2024: [1561, 1240, 1955, 1788], 2025: [1587, 1302, 2061, 1893]}
    m["canc"] = {2023: [202, 161, 227, 199], 2024: [171, 129, 198, 176], 2025: [236, 152, 249, 204]}
    m["blu0"] = [742, 581, 866, 803]  # backlog units at Nov 30, 2022
    m["blv"] = {2024: [594_117, 382_905, 423_606, 398_642], 2025: [636_284, 413_527, 452_918, 438_055]}
    m["comm"] = {2024: [38, 31, 52, 47], 2025: [41, 34, 57, 52]}
    m["owned"] = {2024: [6_812, 5_244, 9_105, 8_337], 2025: [7_105, 5_690, 9_844, 9_012]}
    m["optioned"] = {2024: [4_920, 4_411, 8_260, 9_573], 2025: [5_388, 4_925, 9_611, 10_846]}
    m["land_rev"] = {2023: [6_420, 0, 11_215, 4_880], 2024: [9_850, 3_112, 0, 7_604], 2025: [12_310, 0, 8_945, 5_202]}
    m["land_cost"] = {2023: 19_870, 2024: 18_433, 2025: 23_618}
    m["fs_rev"] = {2023: 88_412, 2024: 96_075, 2025: 104_363}
    m["fs_exp"] = {2023: 54_908, 2024: 58_231, 2025: 62_947}
    m["cost_ex"] = {2023: 2_051_230, 2024: 2_178_664, 2025: 2_263_581}  # cost of home sales ex interest/impairments
    m["impair"] = {2023: 6_150, 2024: 11_420, 2025: 18_735}
    m["int_amort"] = {2023: 61_402, 2024: 63_917, 2025: 66_284}
    m["int_inc"] = {2023: 57_330, 2024: 56_805, 2025: 63_112}
    m["capint0"] = 148_260
    m["sga"] = {2023: 262_418, 2024: 281_335, 2025: 301_774}
    m["other"] = {2023: 9_812, 2024: 14_207, 2025: 11_560}
    m["state"] = {2023: 15_614, 2024: 16_402, 2025: 14_977}
    m["credits"] = {2023: -6_210, 2024: -9_884, 2025: -12_436}
    m["tax_other"] = {2023: 1_307, 2024: -842, 2025: 2_115}
    m["cur_tax"] = {2023: 96_880, 2024: 101_247, 2025: 97_309}
    m["basic"] = {2023: 34_118, 2024: 33_402, 2025: 32_561}
    m["dil_add"] = {2023: 402, 2024: 388, 2025: 351}
    m["seg_pt"] = {
        2023: [138_440, 79_812, 91_326, 83_905],
        2024: [151_027, 82_660, 104_914, 97_282],
        2025: [141_781, 86_402, 133_253, 102_617],
    }
    m["war0"] = 58_410
    m["war_prov"] = {2023: 24_306, 2024: 25_980, 2025: 27_114}
    m["war_pay"] = {2023: -21_877, 2024: -23_415, 2025: -26_052}
    m["war_adj"] = {2023: 1_120, 2024: -2_305, 2025: 3_480}
    # opening balance sheet, Nov 30, 2022 (not printed)
    m["bs0"] = dict(cash=612_400, rec=48_200, inv=2_910_000, loans=182_300, ppe=64_100, oth=96_500,
                    ap=168_900, acc=221_700, wh=154_800, apic=612_500, tsy=-210_000)
    m["d_rec"] = {2023: 3_105, 2024: -4_220, 2025: 6_847}
    m["inv_inv"] = {2023: 98_644, 2024: 231_905, 2025: 274_318}  # cash invested in inventory, net
    m["d_loans"] = {2023: -12_410, 2024: 21_655, 2025: 14_902}
    m["d_oth"] = {2023: 4_322, 2024: 7_915, 2025: -3_018}
    m["d_ap"] = {2023: 9_804, 2024: 12_511, 2025: 8_265}
    m["d_acc"] = {2023: -7_216, 2024: 15_408, 2025: 10_932}
    m["capex"] = {2023: 18_224, 2024: 21_507, 2025: 24_881}
    m["dep"] = {2023: 15_602, 2024: 17_118, 2025: 19_045}
    m["sbc"] = {2023: 17_905, 2024: 19_442, 2025: 21_380}
    m["d_wh"] = {2023: -11_306, 2024: 19_870, 2025: 13_514}
    m["div"] = {2023: 27_294, 2024: 30_062, 2025: 32_561}
    m["rep13"] = {2023: 74_820, 2024: 96_115}
    m["rep25_q13"] = 88_406
    m["q4"] = [("September 1 \u2013 30, 2025", 141_200, F(10_512, 100)), ("October 1 \u2013 31, 2025", 188_450,
               F(10_127, 100)), ("November 1 \u2013 30, 2025", 96_300, F(10_894, 100))]
    m["auth_left"] = 212_000  # remaining authorization, $ thousands
    m["notes"] = [  # (name, principal, issued year or None, repaid year or None, maturity)
        ("5.375% Senior Notes due 2025", 250_000, None, 2025, 2025),
        ("4.750% Senior Notes due 2028", 400_000, None, None, 2028),
        ("5.250% Senior Notes due 2030", 400_000, None, None, 2030),
        ("6.125% Senior Notes due 2033", 350_000, 2025, None, 2033),
    ]
    m["revolver"] = 800_000
    m["loc"] = 96_540
    m["huc"] = {2024: 1_192_640, 2025: 1_261_870}
    m["ldev"] = {2024: 1_508_210, 2025: 1_632_455}
    m["fs_units"] = {2024: 3_702, 2025: 3_815}
    m["co"] = {  # contractual obligations at Nov 30, 2025: interest, leases, land purchase
        "Interest on senior notes": [63_437, 126_875, 95_625, 85_750],
        "Operating leases": [9_814, 16_230, 11_405, 7_960],
        "Land purchase and option commitments": [418_620, 286_405, 92_310, 0],
    }
    return derive_home(m)


def derive_home(m):
    R = range(4)
    m["hrev_t"] = {y: sum(m["hrev"][y]) for y in YEARS}
    m["deliv_t"] = {y: sum(m["deliv"][y]) for y in YEARS}
    m["asp"] = {y: [rnd(F(m["hrev"][y][i] * 1000, m["deliv"][y][i])) for i in R] for y in YEARS}
    m["asp_t"] = {y: rnd(F(m["hrev_t"][y] * 1000, m["deliv_t"][y])) for y in YEARS}
    m["net"] = {y: [m["gross"][y][i] - m["canc"][y][i] for i in R] for y in YEARS}
    for k in ("gross", "canc", "net", "comm", "owned", "optioned"):
        m[k + "_t"] = {y: sum(v) for y, v in m[k].items()}
    m["canc_rate"] = {y: [F(m["canc"][y][i], m["gross"][y][i]) for i in R] for y in YEARS}
    m["canc_rate_t"] = {y: F(m["canc_t"][y], m["gross_t"][y]) for y in YEARS}
    blu, prev = {}, m["blu0"]
    for y in YEARS:
        blu[y] = [prev[i] + m["net"][y][i] - m["deliv"][y][i] for i in R]
        prev = blu[y]
    m["blu"] = blu
    m["blu_t"] = {y: sum(v) for y, v in blu.items()}
    m["blv_t"] = {y: sum(v) for y, v in m["blv"].items()}
    m["lots"] = {y: [m["owned"][y][i] + m["optioned"][y][i] for i in R] for y in (2024, 2025)}
    m["lots_t"] = {y: sum(v) for y, v in m["lots"].items()}
    m["land_rev_t"] = {y: sum(v) for y, v in m["land_rev"].items()}
    m["cost_home"] = {y: m["cost_ex"][y] + m["int_amort"][y] + m["impair"][y] for y in YEARS}
    m["hb_rev"] = {y: m["hrev_t"][y] + m["land_rev_t"][y] for y in YEARS}
    m["total_rev"] = {y: m["hb_rev"][y] + m["fs_rev"][y] for y in YEARS}
    m["gm"] = {y: m["hrev_t"][y] - m["cost_home"][y] for y in YEARS}
    m["adj_gm"] = {y: m["gm"][y] + m["int_amort"][y] + m["impair"][y] for y in YEARS}
    m["land_gm"] = {y: m["land_rev_t"][y] - m["land_cost"][y] for y in YEARS}
    m["hb_pt"] = {y: m["gm"][y] + m["land_gm"][y] - m["sga"][y] + m["other"][y] for y in YEARS}
    m["fs_pt"] = {y: m["fs_rev"][y] - m["fs_exp"][y] for y in YEARS}
    m["pretax"] = {y: m["hb_pt"][y] + m["fs_pt"][y] for y in YEARS}
    m["stat"] = {y: rnd(m["pretax"][y] * F(21, 100)) for y in YEARS}
    m["tax"] = {y: m["stat"][y] + m["state"][y] + m["credits"][y] + m["tax_other"][y] for y in YEARS}
    m["def_tax"] = {y: m["tax"][y] - m["cur_tax"][y] for y in YEARS}
    m["etr"] = {y: F(m["tax"][y], m["pretax"][y]) for y in YEARS}
    m["ni"] = {y: m["pretax"][y] - m["tax"][y] for y in YEARS}
    m["dil"] = {y: m["basic"][y] + m["dil_add"][y] for y in YEARS}
    m["eps_b"] = {y: rnd(F(m["ni"][y], m["basic"][y]), 2) for y in YEARS}
    m["eps_d"] = {y: rnd(F(m["ni"][y], m["dil"][y]), 2) for y in YEARS}
    m["seg_rev"] = {y: [m["hrev"][y][i] + m["land_rev"][y][i] for i in R] for y in YEARS}
    m["corp"] = {y: m["hb_pt"][y] - sum(m["seg_pt"][y]) for y in YEARS}
    # capitalized interest and warranty roll-forwards
    ci, w = {}, {}
    cb, wb = m["capint0"], m["war0"]
    for y in YEARS:
        ci[y] = (cb, m["int_inc"][y], -m["int_amort"][y], cb + m["int_inc"][y] - m["int_amort"][y])
        cb = ci[y][3]
        w[y] = (wb, m["war_prov"][y], m["war_pay"][y], m["war_adj"][y],
                wb + m["war_prov"][y] + m["war_pay"][y] + m["war_adj"][y])
        wb = w[y][4]
    m["capint"], m["war"] = ci, w
    # repurchases
    m["q4_amt"] = [rnd(s * p / 1000) for _, s, p in m["q4"]]
    m["q4_sh"] = sum(s for _, s, _ in m["q4"])
    m["q4_avg"] = rnd(F(sum(s * p for _, s, p in m["q4"]), m["q4_sh"]), 2)
    m["rep"] = dict(m["rep13"])
    m["rep"][2025] = m["rep25_q13"] + sum(m["q4_amt"])
    # debt
    m["notes_out"] = {}
    for y in [2022] + YEARS:
        m["notes_out"][y] = [p if ((iss is None or iss <= y) and (rep is None or rep > y)) else 0
                             for _, p, iss, rep, _ in m["notes"]]
    m["debt"] = {y: sum(m["notes_out"][y]) for y in [2022] + YEARS}
    m["issued"] = {y: sum(p for _, p, iss, _, _ in m["notes"] if iss == y) for y in YEARS}
    m["repaid"] = {y: sum(p for _, p, _, rep, _ in m["notes"] if rep == y) for y in YEARS}
    # balance sheets and cash flows
    b0 = m["bs0"]
    bal = {2022: dict(b0, war=m["war0"], notes=m["debt"][2022])}
    bal[2022]["re"] = (b0["cash"] + b0["rec"] + b0["inv"] + b0["loans"] + b0["ppe"] + b0["oth"]
                       - b0["ap"] - b0["acc"] - m["war0"] - m["debt"][2022] - b0["wh"] - b0["apic"] - b0["tsy"])
    cf = {}
    for y in YEARS:
        p = bal[y - 1]
        c = {}
        c["ni"], c["dep"], c["sbc"], c["imp"] = m["ni"][y], m["dep"][y], m["sbc"][y], m["impair"][y]
        c["rec"], c["inv"], c["loans"] = -m["d_rec"][y], -m["inv_inv"][y], -m["d_loans"][y]
        c["oth"], c["ap"], c["acc"] = -m["d_oth"][y], m["d_ap"][y], m["d_acc"][y]
        c["war"] = w[y][4] - w[y][0]
        c["cfo"] = sum(c[k] for k in ("ni", "dep", "sbc", "imp", "rec", "inv", "loans", "oth", "ap", "acc", "war"))
        c["capex"] = -m["capex"][y]
        c["cfi"] = c["capex"]
        c["iss"], c["repay"], c["wh"] = m["issued"][y], -m["repaid"][y], m["d_wh"][y]
        c["rep"], c["div"] = -m["rep"][y], -m["div"][y]
        c["cff"] = c["iss"] + c["repay"] + c["wh"] + c["rep"] + c["div"]
        c["net"] = c["cfo"] + c["cfi"] + c["cff"]
        c["beg"], c["end"] = p["cash"], p["cash"] + c["net"]
        cf[y] = c
        b = {}
        b["cash"] = c["end"]
        b["rec"] = p["rec"] + m["d_rec"][y]
        b["inv"] = p["inv"] + m["inv_inv"][y] - m["impair"][y]
        b["loans"] = p["loans"] + m["d_loans"][y]
        b["ppe"] = p["ppe"] + m["capex"][y] - m["dep"][y]
        b["oth"] = p["oth"] + m["d_oth"][y]
        b["ap"], b["acc"] = p["ap"] + m["d_ap"][y], p["acc"] + m["d_acc"][y]
        b["war"], b["notes"], b["wh"] = w[y][4], m["debt"][y], p["wh"] + m["d_wh"][y]
        b["apic"], b["tsy"] = p["apic"] + m["sbc"][y], p["tsy"] - m["rep"][y]
        b["re"] = p["re"] + m["ni"][y] - m["div"][y]
        bal[y] = b
    for y in [2022] + YEARS:
        b = bal[y]
        b["ta"] = b["cash"] + b["rec"] + b["inv"] + b["loans"] + b["ppe"] + b["oth"]
        b["tl"] = b["ap"] + b["acc"] + b["war"] + b["notes"] + b["wh"]
        b["eq"] = b["apic"] + b["tsy"] + b["re"]
        b["tle"] = b["tl"] + b["eq"]
    m["bal"], m["cf"] = bal, cf
    m["lfut"] = {y: bal[y]["inv"] - m["huc"][y] - m["ldev"][y] for y in (2024, 2025)}
    m["dtc"] = {y: F(bal[y]["notes"], bal[y]["notes"] + bal[y]["eq"]) for y in (2024, 2025)}
    nd = {y: bal[y]["notes"] - bal[y]["cash"] for y in (2024, 2025)}
    m["netdebt"] = nd
    m["ndtc"] = {y: F(nd[y], nd[y] + bal[y]["eq"]) for y in (2024, 2025)}
    m["liq"] = bal[2025]["cash"] + m["revolver"] - m["loc"]
    # contractual obligations: principal by bucket (<1y: 2026, 1-3: 2027-28, 3-5: 2029-30, >5)
    buckets = [(2026, 2026), (2027, 2028), (2029, 2030), (2031, 2099)]
    m["co_notes"] = [sum(p for _, p, _, rep, mat in m["notes"] if rep is None and lo <= mat <= hi)
                     for lo, hi in buckets]
    m["co_rows"] = [("Senior notes principal", m["co_notes"])] + list(m["co"].items())
    m["co_tot"] = [sum(r[1][i] for r in m["co_rows"]) for i in range(4)]
    m["co_rowtot"] = [sum(r[1]) for r in m["co_rows"]]
    return m


def check_home(m):
    for y in YEARS:
        b = m["bal"][y]
        assert b["ta"] == b["tle"], y
        assert m["cf"][y]["end"] == b["cash"]
        assert m["capint"][y][3] == m["capint"][y][0] + m["capint"][y][1] + m["capint"][y][2]
        assert sum(m["seg_pt"][y]) + m["corp"][y] + m["fs_pt"][y] == m["pretax"][y]
        assert m["corp"][y] < 0
        assert m["cur_tax"][y] + m["def_tax"][y] == m["tax"][y]
        assert all(u > 0 for u in m["blu"][y])
        eq0 = m["bal"][y - 1]["eq"]
        assert eq0 + m["ni"][y] + m["sbc"][y] - m["rep"][y] - m["div"][y] == b["eq"]
    for y in (2024, 2025):
        assert m["lfut"][y] > 0
        assert m["huc"][y] + m["ldev"][y] + m["lfut"][y] == m["bal"][y]["inv"]
    assert sum(m["co_notes"]) == m["debt"][2025]
    assert sum(m["co_tot"]) == sum(m["co_rowtot"])
    assert m["bal"][2022]["re"] > 0


# ---------------------------------------------------------------- telecom ($ millions, subs in thousands)
QS = ["Q1", "Q2", "Q3"]


def tel_model():
    t = {}
    t["rev"] = {  # per quarter Q1..Q3: wireless service, equipment, fixed broadband, wholesale & other
        2024: [[2_412, 2_436, 2_459], [611, 574, 642], [498, 507, 515], [187, 192, 196]],
        2025: [[2_487, 2_519, 2_548], [588, 603, 668], [531, 546, 562], [201, 198, 207]],
    }
    t["rev_names"] = ["Wireless service", "Wireless equipment", "Fixed broadband", "Wholesale and other"]
    t["cos"] = {2024: [828, 836, 844], 2025: [851, 862, 871]}  # cost of services excl. D&A
    t["coe"] = {2024: [652, 618, 688], 2025: [630, 647, 712]}
    t["sga"] = {2024: [902, 897, 915], 2025: [921, 934, 940]}
    t["da"] = {2024: [688, 694, 701], 2025: [709, 716, 724]}
    t["intexp"] = {2024: [214, 217, 219], 2025: [221, 226, 231]}
    t["oth"] = {2024: [12, 9, 14], 2025: [11, 16, 8]}
    t["taxr"] = F(245, 1000)
    t["sbc"] = {2024: [58, 61, 60], 2025: [63, 66, 64]}
    t["restr"] = {2024: [0, 24, 0], 2025: [0, 0, 37]}
    t["shares"] = {2024: [412.6, 411.8, 410.9], 2025: [409.5, 408.1, 406.7]}
    t["seg_w"] = {2024: [1_368, 1_392, 1_407], 2025: [1_412, 1_439, 1_471]}  # wireless segment adj. EBITDA
    # subscribers (thousands)
    t["pp0"] = 18_420
    t["pp_gross"] = {2024: [842, 861, 903], 2025: [858, 880, 936]}
    t["pp_disc"] = {2024: [763, 748, 781], 2025: [752, 771, 802]}
    t["pp_rev"] = {2024: [2_144, 2_163, 2_181], 2025: [2_205, 2_231, 2_254]}  # postpaid phone service revenue
    t["bb0"] = 3_105
    t["bb_net"] = {2024: [41, 38, 44], 2025: [52, 57, 61]}
    # balance sheet Dec 31, 2024 (opening)
    t["bs0"] = dict(cash=1_284, rec=2_417, eir=1_905, inv=612, pre=488, ppe=21_362, spec=28_914, gw=9_740,
                    rou=4_236, oth=1_377, ap=2_186, acc=1_904, lcur=612, lnc=3_955, dtl=4_812, olt=1_228,
                    apic=18_640, tsy=-2_310)
    t["debt_list"] = [  # name, Dec 2024, issued 9M25, repaid 9M25, current at Sep 30 2025
        ("3.625% Senior Notes due 2025", 1_000, 0, 1_000, False),
        ("4.375% Senior Notes due 2027", 1_250, 0, 0, False),
        ("5.150% Senior Notes due 2026", 900, 0, 0, True),
        ("4.900% Senior Notes due 2029", 2_000, 0, 0, False),
        ("5.700% Senior Notes due 2034", 1_750, 0, 0, False),
        ("5.450% Senior Notes due 2035", 0, 1_500, 0, False),
        ("Term loan A due 2028", 3_400, 0, 250, False),
        ("Spectrum-backed notes", 2_880, 0, 180, False),
    ]
    t["debt_cur24"] = 1_000 + 240
    t["sbn_cur25"] = 240
    t["d9"] = dict(rec=-46, eir=112, inv=-38, pre=27, ap=-95, acc=141, oth=-19, olt=-22)
    t["capex"] = {2024: [1_021, 987, 1_064], 2025: [1_048, 1_093, 1_117]}  # incl. capitalized software
    t["capsw"] = {2024: [142, 138, 151], 2025: [149, 156, 161]}
    t["spec_buy"] = {2024: 0, 2025: 316}
    t["rou_add"] = 298
    t["rou_amort"] = 470
    t["lease_pay"] = 588
    t["lease_cost"] = {2024: [196, 198, 199], 2025: [201, 203, 206]}
    t["dtl_chg"] = 84
    t["div_ps"] = F(34, 100)
    t["rep9"] = 412
    t["cf24"] = dict(beg=1_506, wc=-318, dtax=96, lease=-19, capex=None, spec=-640, iss=2_000, repay=-1_650,
                     div=None, rep=-388, other=-24)
    t["revolver"] = 4_000
    return derive_tel(t)


def derive_tel(t):
    yrs = (2024, 2025)
    t["rev_t"] = {y: [sum(t["rev"][y][k][q] for k in range(4)) for q in range(3)] for y in yrs}
    t["svc"] = {y: [t["rev"][y][0][q] + t["rev"][y][2][q] + t["rev"][y][3][q] for q in range(3)] for y in yrs}
    ox = {}
    for y in yrs:
        ox[y] = [t["cos"][y][q] + t["coe"][y][q] + t["sga"][y][q] + t["da"][y][q] for q in range(3)]
    t["opex"] = ox
    t["oi"] = {y: [t["rev_t"][y][q] - ox[y][q] for q in range(3)] for y in yrs}
    t["pt"] = {y: [t["oi"][y][q] - t["intexp"][y][q] + t["oth"][y][q] for q in range(3)] for y in yrs}
    t["tax"] = {y: [rnd(t["pt"][y][q] * t["taxr"]) for q in range(3)] for y in yrs}
    t["ni"] = {y: [t["pt"][y][q] - t["tax"][y][q] for q in range(3)] for y in yrs}
    t["ebitda"] = {y: [t["oi"][y][q] + t["da"][y][q] + t["sbc"][y][q] + t["restr"][y][q] for q in range(3)]
                   for y in yrs}
    t["seg_f"] = {y: [t["ebitda"][y][q] - t["seg_w"][y][q] for q in range(3)] for y in yrs}
    sh = {y: [F(str(s)) for s in t["shares"][y]] for y in yrs}
    t["sh"] = sh
    t["eps"] = {y: [rnd(t["ni"][y][q] / sh[y][q], 2) for q in range(3)] for y in yrs}
    t["sh9"] = {y: rnd(sum(sh[y]) / 3, 1) for y in yrs}
    t["eps9"] = {y: rnd(sum(t["ni"][y]) / t["sh9"][y], 2) for y in yrs}

    def s9(d):
        return {y: sum(d[y]) for y in yrs}

    for k in ("rev_t", "svc", "cos", "coe", "sga", "da", "intexp", "oth", "tax", "ni", "oi", "pt", "ebitda", "sbc",
              "restr", "opex", "seg_w", "seg_f", "capex", "capsw", "lease_cost", "pp_gross", "pp_disc", "pp_rev",
              "bb_net"):
        t[k + "9"] = s9(t[k])
    t["rev9"] = {y: [sum(t["rev"][y][k]) for k in range(4)] for y in yrs}
    # subscribers
    pp, bb = {}, {}
    beg, bbeg = t["pp0"], t["bb0"]
    for y in yrs:
        pp[y], bb[y] = [], []
        for q in range(3):
            if y == 2025 and q == 0:
                beg = t["pp_dec24"] = beg + 57  # Q4 2024 net additions (prose only)
                bbeg = t["bb_dec24"] = bbeg + 47
            net = t["pp_gross"][y][q] - t["pp_disc"][y][q]
            pp[y].append((beg, net, beg + net))
            bb[y].append((bbeg, t["bb_net"][y][q], bbeg + t["bb_net"][y][q]))
            beg, bbeg = beg + net, bbeg + t["bb_net"][y][q]
    t["pp"], t["bb"] = pp, bb
    t["pp_net"] = {y: [pp[y][q][1] for q in range(3)] for y in yrs}
    t["pp_net9"] = s9(t["pp_net"])
    t["avg"] = {y: [F(pp[y][q][0] + pp[y][q][2], 2) for q in range(3)] for y in yrs}
    t["churn"] = {y: [F(t["pp_disc"][y][q], t["avg"][y][q] * 3) for q in range(3)] for y in yrs}
    t["arpu"] = {y: [rnd(F(t["pp_rev"][y][q] * 1000) / (t["avg"][y][q] * 3), 2) for q in range(3)] for y in yrs}
    t["avg9"] = {y: sum(t["avg"][y]) / 3 for y in yrs}
    t["churn9"] = {y: F(t["pp_disc9"][y]) / (t["avg9"][y] * 9) for y in yrs}
    t["arpu9"] = {y: rnd(F(t["pp_rev9"][y] * 1000) / (t["avg9"][y] * 9), 2) for y in yrs}
    # debt
    dl = t["debt_list"]
    t["d24"] = sum(r[1] for r in dl)
    t["d25_rows"] = [r[1] + r[2] - r[3] for r in dl]
    t["d25"] = sum(t["d25_rows"])
    t["iss9"] = sum(r[2] for r in dl)
    t["repay9"] = sum(r[3] for r in dl)
    t["cur25"] = sum(v for v, r in zip(t["d25_rows"], dl, strict=True) if r[4]) + t["sbn_cur25"]
    # balance sheets
    b0 = dict(t["bs0"])
    b0["cur"], b0["ltd"] = t["debt_cur24"], t["d24"] - t["debt_cur24"]
    b0["re"] = (b0["cash"] + b0["rec"] + b0["eir"] + b0["inv"] + b0["pre"] + b0["ppe"] + b0["spec"] + b0["gw"]
                + b0["rou"] + b0["oth"] - b0["ap"] - b0["acc"] - b0["cur"] - b0["lcur"] - b0["ltd"] - b0["lnc"]
                - b0["dtl"] - b0["olt"] - b0["apic"] - b0["tsy"])
    d = t["d9"]
    dividends = rnd(t["div_ps"] * sum(sh[2025]))
    t["div9"] = dividends
    c = {}
    c["ni"], c["da"], c["sbc"], c["dtax"] = t["ni9"][2025], t["da9"][2025], t["sbc9"][2025], t["dtl_chg"]
    c["wc"] = -d["rec"] - d["eir"] - d["inv"] - d["pre"] + d["ap"] + d["acc"]
    lease_liab_chg = t["rou_add"] - t["lease_pay"] + (t["lease_cost9"][2025] - t["rou_amort"])
    c["lease"] = (t["rou_amort"] - t["rou_add"]) + lease_liab_chg  # net of ROU and liabilities (non-cash adds)
    c["other"] = -d["oth"] + d["olt"]
    c["cfo"] = sum(c[k] for k in ("ni", "da", "sbc", "dtax", "wc", "lease", "other"))
    c["capex"], c["spec"] = -t["capex9"][2025], -t["spec_buy"][2025]
    c["cfi"] = c["capex"] + c["spec"]
    c["iss"], c["repay"], c["div"], c["rep"] = t["iss9"], -t["repay9"], -dividends, -t["rep9"]
    c["cff"] = c["iss"] + c["repay"] + c["div"] + c["rep"]
    c["net"] = c["cfo"] + c["cfi"] + c["cff"]
    c["beg"], c["end"] = b0["cash"], b0["cash"] + c["net"]
    b = {}
    b["cash"] = c["end"]
    for k in ("rec", "eir", "inv", "pre", "ap", "acc", "oth", "olt"):
        b[k] = b0[k] + d[k]
    b["ppe"] = b0["ppe"] + t["capex9"][2025] - t["da9"][2025]
    b["spec"] = b0["spec"] + t["spec_buy"][2025]
    b["gw"] = b0["gw"]
    b["rou"] = b0["rou"] + t["rou_add"] - t["rou_amort"]
    tot_l = b0["lcur"] + b0["lnc"] + lease_liab_chg
    b["lcur"] = 631
    b["lnc"] = tot_l - b["lcur"]
    b["dtl"] = b0["dtl"] + t["dtl_chg"]
    b["cur"], b["ltd"] = t["cur25"], t["d25"] - t["cur25"]
    b["apic"], b["tsy"] = b0["apic"] + t["sbc9"][2025], b0["tsy"] - t["rep9"]
    b["re"] = b0["re"] + t["ni9"][2025] - dividends
    for x in (b0, b):
        x["tca"] = x["cash"] + x["rec"] + x["eir"] + x["inv"] + x["pre"]
        x["ta"] = x["tca"] + x["ppe"] + x["spec"] + x["gw"] + x["rou"] + x["oth"]
        x["tcl"] = x["ap"] + x["acc"] + x["cur"] + x["lcur"]
        x["tl"] = x["tcl"] + x["ltd"] + x["lnc"] + x["dtl"] + x["olt"]
        x["eq"] = x["apic"] + x["tsy"] + x["re"]
        x["tle"] = x["tl"] + x["eq"]
    t["b24"], t["b25"], t["cf25"] = b0, b, c
    # 2024 nine-month cash flow column
    k = dict(t["cf24"])
    k["ni"], k["da"], k["sbc"] = t["ni9"][2024], t["da9"][2024], t["sbc9"][2024]
    k["capex"] = -t["capex9"][2024]
    k["div"] = -rnd(t["div_ps"] * sum(sh[2024]) * F(32, 34))
    k["cfo"] = k["ni"] + k["da"] + k["sbc"] + k["dtax"] + k["wc"] + k["lease"] + k["other"]
    k["cfi"] = k["capex"] + k["spec"]
    k["cff"] = k["iss"] + k["repay"] + k["div"] + k["rep"]
    k["net"] = k["cfo"] + k["cfi"] + k["cff"]
    k["end"] = k["beg"] + k["net"]
    t["cf24c"] = k
    t["fcf"] = {2024: k["cfo"] + k["capex"], 2025: c["cfo"] + c["capex"]}
    t["netdebt"] = t["d25"] - b["cash"]
    t["ltm_ebitda_q4_24"] = 2_731  # Q4 2024 adjusted EBITDA (prose only)
    t["ltm_ebitda"] = t["ltm_ebitda_q4_24"] + t["ebitda9"][2025]
    t["lev"] = F(t["netdebt"], t["ltm_ebitda"])
    t["lease_tot"] = {"Dec": b0["lcur"] + b0["lnc"], "Sep": b["lcur"] + b["lnc"]}
    return t


def check_tel(t):
    b0, b, c = t["b24"], t["b25"], t["cf25"]
    assert b0["ta"] == b0["tle"] and b["ta"] == b["tle"]
    assert c["end"] == b["cash"]
    assert b0["re"] > 0 and b["lnc"] > 0
    assert b["cur"] + b["ltd"] == t["d25"]
    for y in (2024, 2025):
        for q in range(3):
            assert t["seg_w"][y][q] + t["seg_f"][y][q] == t["ebitda"][y][q]
            assert (t["ni"][y][q] + t["tax"][y][q] + t["intexp"][y][q] - t["oth"][y][q] + t["da"][y][q]
                    + t["sbc"][y][q] + t["restr"][y][q]) == t["ebitda"][y][q]
    assert t["b25"]["eq"] - t["b24"]["eq"] == t["ni9"][2025] + t["sbc9"][2025] - t["div9"] - t["rep9"]
    assert t["cf24c"]["end"] > 0


def check():
    h, t = home_model(), tel_model()
    check_home(h)
    check_tel(t)
    return h, t


if __name__ == "__main__":
    h, t = check()
    print(h["bal"][2025]["ta"], h["ni"], t["b25"]["ta"], t["cf25"]["end"], t["ni9"])
