"""Every input of the two invented filings stated once; everything else derived with exact integer / Fraction
arithmetic.

Bank 10-K (``k``): thousands of dollars as integers, share counts in shares, calendar years 2025, 2024 and 2023.
The December 31, 2024 balance sheet is stated (retained earnings is the plug that balances it); the December 31,
2025 balance sheet is rolled forward from it through the 2025 cash flow statement; equity, cash and allowance
balances at the end of 2023 and 2022 are rolled back through the printed activity.

Medical-device 10-Q (``q``): tenths of a million dollars as integers (printed in millions with one decimal),
share counts in thousands; periods q25, q24 (three months ended September 30) and n25, n24 (nine months).  The
December 31, 2024 balance sheet is stated (retained earnings is the plug); September 30, 2025 is rolled forward
through the nine-month cash flow statement.  ``check()`` asserts the tie-outs."""

from fractions import Fraction as F

from kit import rnd

Y = (2025, 2024, 2023)
P = ("q25", "q24", "n25", "n24")


def y3(a, b, c):
    return {2025: a, 2024: b, 2023: c}


def ssum(*ds):
    return {y: sum(d[y] for d in ds) for y in ds[0]}


# ====================================================================================================== bank
LOAN_CLASSES = ("cre_oo", "cre_noo", "cons_land", "ci", "resi", "heloc", "consumer")
LOAN_NAMES = {
    "cre_oo": "Commercial real estate \u2013 owner occupied",
    "cre_noo": "Commercial real estate \u2013 non-owner occupied",
    "cons_land": "Construction and land development",
    "ci": "Commercial and industrial",
    "resi": "Residential mortgage",
    "heloc": "Home equity lines of credit",
    "consumer": "Consumer and other",
}
SEGS = ("cre", "ci", "res", "con")
SEG_NAMES = {
    "cre": "Commercial real estate",
    "ci": "Commercial and industrial",
    "res": "Residential mortgage",
    "con": "Consumer",
}
SEG_OF = {
    "cre_oo": "cre",
    "cre_noo": "cre",
    "cons_land": "cre",
    "ci": "ci",
    "resi": "res",
    "heloc": "res",
    "consumer": "con",
}
AFS_TYPES = ("ust", "agy", "mbs", "cmo", "muni", "corp")
AFS_NAMES = {
    "ust": "U.S. Treasury securities",
    "agy": "U.S. government agency securities",
    "mbs": "Agency mortgage-backed securities",
    "cmo": "Agency collateralized mortgage obligations",
    "muni": "Obligations of states and political subdivisions",
    "corp": "Corporate debt securities",
}
HTM_TYPES = ("muni", "mbs")
EA = ("loans", "tsec", "xsec", "ibd")  # interest-earning assets
IBL = ("chk", "sav", "tim", "fhlb", "sub")  # interest-bearing liabilities


def bank():
    k = {}
    # ------------------------------------------------------------ income statement inputs
    k["ii"] = {
        "loans": y3(402318, 371964, 318227),
        "tsec": y3(41872, 37019, 31588),
        "xsec": y3(7413, 7688, 7902),
        "ibd": y3(10655, 13471, 9844),
    }
    k["ie"] = {
        "chk": y3(20841, 19233, 11482),
        "sav": y3(68410, 66884, 44106),
        "tim": y3(58930, 58341, 37660),
        "fhlb": y3(19826, 21460, 24311),
        "sub": y3(7188, 7188, 7188),
    }
    k["prov"] = y3(14250, 11820, 8410)
    k["nii_items"] = ("svc", "wealth", "card", "mort", "boli", "secg", "other")
    k["nonii"] = {
        "svc": y3(18436, 17512, 16928),
        "wealth": y3(15218, 13906, 12874),
        "card": y3(13104, 12687, 12311),
        "mort": y3(5612, 4388, 3957),
        "boli": y3(4127, 3874, 3610),
        "secg": y3(0, -14862, 312),
        "other": y3(6331, 5918, 6206),
    }
    k["nonie_items"] = ("sal", "occ", "data", "fdic", "prof", "mkt", "cdi", "other")
    k["nonie"] = {
        "sal": y3(108562, 103817, 98344),
        "occ": y3(19218, 18874, 18302),
        "data": y3(21706, 19948, 18117),
        "fdic": y3(6412, 6891, 5918),
        "prof": y3(5914, 6628, 5207),
        "mkt": y3(3806, 3512, 3364),
        "cdi": y3(3398, 3874, 4350),
        "other": y3(20117, 19306, 18652),
    }
    k["tax"] = y3(28917, 21418, 24210)
    k["sh_basic"] = y3(38352116, 38714508, 39106227)
    k["sh_dil_eff"] = y3(231844, 198310, 176402)
    k["dps"] = y3(F("0.96"), F("0.92"), F("0.88"))
    k["div"] = y3(36762, 35556, 34318)
    # ------------------------------------------------------------ December 31, 2024 balance sheet
    b = {}
    b["cash_due"] = 98412
    b["ibd"] = 212655
    b["htm"] = 402118
    b["fhlb_stock"] = 24870
    b["prem"] = 71336
    b["boli"] = 148920
    b["gw"] = 187440
    b["cdi"] = 14682
    b["oth_a_core"] = 134222  # other assets excluding the deferred tax asset on AFS unrealized losses
    b["dep_nib"] = 1812406
    b["dep_chk"] = 1538221
    b["dep_sav"] = 2517893
    b["dep_tim"] = 1391480
    b["fhlb_st"] = 230000
    b["fhlb_lt"] = 225000
    b["sub"] = 125000
    b["oth_l"] = 96418
    b["cs"] = 42500
    b["apic"] = 402661
    b["treas"] = -88417
    k["sh_issued"] = 42500000
    k["treas_sh24"] = 3912886
    k["loans24"] = {
        "cre_oo": 842117,
        "cre_noo": 1968534,
        "cons_land": 412886,
        "ci": 1184209,
        "resi": 1318452,
        "heloc": 286131,
        "consumer": 400178,
    }
    k["acl_seg24"] = {"cre": 34618, "ci": 19870, "res": 14402, "con": 9324}
    # AFS at Dec 31, 2024: amortized cost, gross unrealized gains, gross unrealized losses by type
    k["afs24"] = {
        "ust": (98214, 112, 2318),
        "agy": (64550, 41, 3106),
        "mbs": (612408, 318, 68411),
        "cmo": (214336, 96, 19874),
        "muni": (226845, 604, 15203),
        "corp": (82418, 211, 4977),
    }
    k["htm24"] = {"muni": (171904, 82, 13115), "mbs": (230214, 0, 28179)}
    k["tax_rate_oci"] = F(24, 100)
    # ------------------------------------------------------------ 2025 flows
    k["afs_purch"] = y3(186420, 94512, 121884)
    k["afs_sale"] = y3(0, 148306, 22410)  # proceeds
    k["afs_mat"] = y3(128514, 117209, 96322)
    k["afs_amort"] = y3(2106, 2388, 2671)  # net premium amortization on AFS
    k["htm_mat"] = y3(27618, 25944, 24801)
    k["htm_amort"] = y3(412, 436, 458)
    k["fhlb_stock_net"] = y3(-1215, -2630, 3410)  # purchases (redemptions), investing outflow when positive
    k["capex"] = y3(9814, 8366, 7720)
    k["dep_exp"] = y3(7942, 7618, 7306)
    k["sbc"] = y3(4218, 3906, 3517)
    k["def_tax"] = y3(-1884, -3912, 1206)
    k["op_oa"] = y3(-6318, 4127, -8814)  # net change in accrued interest receivable and other assets (cash)
    k["op_ol"] = y3(7406, -3341, 5218)
    k["fin_dep"] = y3(214838, 188410, 96217)
    k["fin_fhlb_st"] = y3(-45000, 60000, -85000)
    k["fin_fhlb_lt_in"] = y3(50000, 0, 100000)
    k["fin_fhlb_lt_out"] = y3(75000, 50000, 25000)
    k["repurch"] = y3(21204, 12556, 8318)
    k["repurch_sh"] = y3(620000, 410000, 290000)
    k["rsu_sh"] = y3(142316, 128904, 121550)  # shares reissued from treasury on vesting
    k["rsu_cost"] = y3(3184, 2861, 2688)  # treasury cost of the reissued shares (moved to APIC)
    # charge-offs and recoveries by segment, 2025; totals only for 2024 and 2023
    k["co_seg25"] = {"cre": 3614, "ci": 5208, "res": 412, "con": 4306}
    k["rec_seg25"] = {"cre": 522, "ci": 1306, "res": 188, "con": 1211}
    k["prov_seg25"] = {"cre": 5118, "ci": 4986, "res": 1204, "con": 2942}
    k["co_tot"] = {2024: 11926, 2023: 7815}
    k["rec_tot"] = {2024: 2418, 2023: 2106}
    k["loans25"] = {
        "cre_oo": 871402,
        "cre_noo": 2014318,
        "cons_land": 389507,
        "ci": 1262840,
        "resi": 1371206,
        "heloc": 301448,
        "consumer": None,
    }  # consumer derived from the cash flow statement
    # ------------------------------------------------------------ average balances (2025, 2024)
    k["avg"] = {
        2025: {
            "loans": 6541806,
            "tsec": 1378216,
            "xsec": 262914,
            "ibd": 231870,
            "nea": 560118,
            "chk": 1561208,
            "sav": 2534470,
            "tim": 1402118,
            "fhlb": 428650,
            "sub": 125000,
            "nib": 1841906,
            "eq": 958212,
        },
        2024: {
            "loans": 6318904,
            "tsec": 1312508,
            "xsec": 271640,
            "ibd": 268114,
            "nea": 606342,
            "chk": 1498772,
            "sav": 2488915,
            "tim": 1371260,
            "fhlb": 461208,
            "sub": 125000,
            "nib": 1868330,
            "eq": 902418,
        },
    }
    # ------------------------------------------------------------ nonperforming assets
    k["nonaccrual"] = {
        2025: {"cre": 24318, "ci": 11206, "res": 6412, "con": 1318},
        2024: {"cre": 19874, "ci": 8342, "res": 5906, "con": 1102},
    }
    k["pd90"] = {2025: 2114, 2024: 1806}
    k["oreo"] = {2025: 2406, 2024: 3210}
    # ------------------------------------------------------------ capital
    k["rwa"] = {2025: 7214380, 2024: 6985104}
    k["lev_assets"] = {2025: 8908412, 2024: 8641276}  # fourth-quarter average assets for leverage, net
    k["bank_cet1_extra"] = {2025: 104218, 2024: 98606}  # bank CET1 above the company's (holding-company debt)
    k["rwa_bank"] = {2025: 7206114, 2024: 6978220}
    # ------------------------------------------------------------ narrative figures
    k["fte"] = 1286
    k["branches"] = 64
    k["fhlb_cap"] = 1842  # remaining FHLB borrowing capacity, $ millions (prose only)
    k["frb_cap"] = 612  # discount window capacity, $ millions (prose only)
    k["uninsured"] = F("27.4")  # estimated uninsured deposits, percent of total deposits (prose only)
    k["div_next"] = F("0.25")  # dividend declared in January 2026 (prose only)
    k["buyback_left"] = 1135000  # shares remaining under the program (prose only)
    k["q4_rep"] = [
        ("October 1 \u2013 31, 2025", 84200, F("34.18")),
        ("November 1 \u2013 30, 2025", 121500, F("35.02")),
        ("December 1 \u2013 31, 2025", 96300, F("36.41")),
    ]
    # premises components (gross) at Dec 31 2024 and accumulated depreciation; disposals of fully depreciated
    k["prem24"] = {"land": 14218, "bldg": 78406, "lease": 21344, "furn": 58990}
    k["prem_capex_split"] = {"land": 0, "bldg": 3118, "lease": 1806, "furn": 4890}
    k["prem_disp"] = 3412  # fully depreciated furniture and equipment written off in 2025
    # FHLB long-term advances maturities at Dec 31 2025 and 2024 (sum derived checks)
    k["lt_mat25"] = {2026: 55000, 2027: 60000, 2028: 45000, 2029: 25000, 2030: 15000}
    k["tax_split"] = {"cur_fed": y3(None, None, None), "cur_state": y3(5314, 4806, 4718)}
    k["rr"] = {
        "state": y3(4198, 3797, 3727),
        "exempt": y3(-1968, -2041, -2096),
        "boli": y3(-867, -814, -758),
        "credit": y3(-2315, -2244, -2108),
    }
    k["fv_l3_corp"] = 38614  # corporate debt (subordinated notes of other banks) at Level 3, Dec 31 2025
    return finish_bank(k, b)


def finish_bank(k, b):
    # ---- income statement
    k["ii_tot"] = ssum(*k["ii"].values())
    k["ie_dep"] = ssum(k["ie"]["chk"], k["ie"]["sav"], k["ie"]["tim"])
    k["ie_tot"] = ssum(*k["ie"].values())
    k["nii"] = {y: k["ii_tot"][y] - k["ie_tot"][y] for y in Y}
    k["nii_after"] = {y: k["nii"][y] - k["prov"][y] for y in Y}
    k["nonii_tot"] = ssum(*k["nonii"].values())
    k["nonie_tot"] = ssum(*k["nonie"].values())
    k["pti"] = {y: k["nii_after"][y] + k["nonii_tot"][y] - k["nonie_tot"][y] for y in Y}
    k["ni"] = {y: k["pti"][y] - k["tax"][y] for y in Y}
    k["sh_dil"] = {y: k["sh_basic"][y] + k["sh_dil_eff"][y] for y in Y}
    k["eps_b"] = {y: rnd(F(k["ni"][y] * 1000, k["sh_basic"][y]), 2) for y in Y}
    k["eps_d"] = {y: rnd(F(k["ni"][y] * 1000, k["sh_dil"][y]), 2) for y in Y}
    k["eff"] = {y: F(100 * k["nonie_tot"][y], k["nii"][y] + k["nonii_tot"][y]) for y in Y}
    k["ie"]["dep"] = k["ie_dep"]
    # ---- taxes: current federal is the plug of the provision; reconciliation 'other' is the plug
    k["tax_split"]["cur_fed"] = {y: k["tax"][y] - k["tax_split"]["cur_state"][y] - k["def_tax"][y] for y in Y}
    k["rr"]["stat"] = {y: rnd(F(21, 100) * k["pti"][y]) for y in Y}
    k["rr"]["other"] = {
        y: k["tax"][y] - sum(k["rr"][n][y] for n in ("stat", "state", "exempt", "boli", "credit")) for y in Y
    }
    k["etr"] = {y: F(100 * k["tax"][y], k["pti"][y]) for y in Y}
    # ---- securities at Dec 31 2024
    afs24 = k["afs24"]
    b["afs_ac"] = sum(v[0] for v in afs24.values())
    b["afs_u"] = sum(v[1] - v[2] for v in afs24.values())
    b["afs"] = b["afs_ac"] + b["afs_u"]
    assert sum(v[0] for v in k["htm24"].values()) == b["htm"]
    # ---- loans and allowance at Dec 31 2024
    b["loans"] = sum(k["loans24"].values())
    b["acl"] = sum(k["acl_seg24"].values())
    # ---- AOCI and the deferred tax asset on it
    b["oci_tax"] = rnd(-k["tax_rate_oci"] * b["afs_u"])  # positive deferred tax asset for losses
    b["aoci"] = b["afs_u"] + b["oci_tax"]
    b["oth_a"] = b["oth_a_core"] + b["oci_tax"]
    b["cash"] = b["cash_due"] + b["ibd"]
    b["dep"] = b["dep_nib"] + b["dep_chk"] + b["dep_sav"] + b["dep_tim"]
    b["fhlb"] = b["fhlb_st"] + b["fhlb_lt"]
    fin_bank_bs(b)
    b["re"] = b["ta"] - b["tl"] - (b["cs"] + b["apic"] + b["aoci"] + b["treas"])
    b["eq"] = b["cs"] + b["apic"] + b["re"] + b["aoci"] + b["treas"]
    # ---- 2025 flows
    y = 2025
    co25, rec25, prov25 = (sum(k[x].values()) for x in ("co_seg25", "rec_seg25", "prov_seg25"))
    assert prov25 == k["prov"][y], (prov25, k["prov"][y])
    k["co_tot"][y], k["rec_tot"][y] = co25, rec25
    k["acl_seg25"] = {s: k["acl_seg24"][s] + k["prov_seg25"][s] - k["co_seg25"][s] + k["rec_seg25"][s] for s in SEGS}
    # ---- allowance by year (rolled back for 2023 and 2022)
    acl = {2025: sum(k["acl_seg25"].values()), 2024: b["acl"]}
    acl[2023] = acl[2024] - k["prov"][2024] + k["co_tot"][2024] - k["rec_tot"][2024]
    acl[2022] = acl[2023] - k["prov"][2023] + k["co_tot"][2023] - k["rec_tot"][2023]
    k["acl"] = acl
    k["nco"] = {yy: k["co_tot"][yy] - k["rec_tot"][yy] for yy in Y}
    # ---- the cash flow statement, three years
    cf = {}
    for yy in Y:
        c = {}
        c["ni"] = k["ni"][yy]
        c["prov"] = k["prov"][yy]
        c["dep"] = k["dep_exp"][yy]
        c["cdi"] = k["nonie"]["cdi"][yy]
        c["amort"] = k["afs_amort"][yy] + k["htm_amort"][yy]
        c["sbc"] = k["sbc"][yy]
        c["secg"] = -k["nonii"]["secg"][yy]
        c["boli"] = -k["nonii"]["boli"][yy]
        c["def_tax"] = k["def_tax"][yy]
        c["op_oa"] = k["op_oa"][yy]
        c["op_ol"] = k["op_ol"][yy]
        c["op"] = sum(
            c[x] for x in ("ni", "prov", "dep", "cdi", "amort", "sbc", "secg", "boli", "def_tax", "op_oa", "op_ol")
        )
        c["afs_purch"] = -k["afs_purch"][yy]
        c["afs_sale"] = k["afs_sale"][yy]
        c["afs_mat"] = k["afs_mat"][yy]
        c["htm_mat"] = k["htm_mat"][yy]
        c["fhlb_stock"] = -k["fhlb_stock_net"][yy]
        c["capex"] = -k["capex"][yy]
        cf[yy] = c
    # loans: 2025 consumer class is derived from a stated net loan cash flow
    k["loan_cash"] = y3(-262000, -388106, -352214)
    dl25 = -k["loan_cash"][2025] - co25 + rec25  # change in gross loans
    k["loans25"]["consumer"] = b["loans"] + dl25 - sum(v for v in k["loans25"].values() if v is not None)
    for yy in Y:
        c = cf[yy]
        c["loans"] = k["loan_cash"][yy]
        c["inv"] = sum(c[x] for x in ("afs_purch", "afs_sale", "afs_mat", "htm_mat", "fhlb_stock", "loans", "capex"))
        c["fin_dep"] = k["fin_dep"][yy]
        c["fin_fhlb_st"] = k["fin_fhlb_st"][yy]
        c["fin_fhlb_lt_in"] = k["fin_fhlb_lt_in"][yy]
        c["fin_fhlb_lt_out"] = -k["fin_fhlb_lt_out"][yy]
        c["repurch"] = -k["repurch"][yy]
        c["div"] = -k["div"][yy]
        c["fin"] = sum(c[x] for x in ("fin_dep", "fin_fhlb_st", "fin_fhlb_lt_in", "fin_fhlb_lt_out", "repurch", "div"))
        c["net"] = c["op"] + c["inv"] + c["fin"]
    k["cf"] = cf
    # ---- December 31, 2025 balance sheet
    c = cf[2025]
    a = {}
    a["cash"] = b["cash"] + c["net"]
    a["cash_due"] = 104306
    a["ibd"] = a["cash"] - a["cash_due"]
    gain = k["nonii"]["secg"][y]
    a["afs_ac"] = b["afs_ac"] + k["afs_purch"][y] - (k["afs_sale"][y] - gain) - k["afs_mat"][y] - k["afs_amort"][y]
    a["htm"] = b["htm"] - k["htm_mat"][y] - k["htm_amort"][y]
    a["fhlb_stock"] = b["fhlb_stock"] + k["fhlb_stock_net"][y]
    a["loans"] = sum(k["loans25"].values())
    assert a["loans"] == b["loans"] + dl25
    a["acl"] = acl[2025]
    a["prem"] = b["prem"] + k["capex"][y] - k["dep_exp"][y]
    a["boli"] = b["boli"] + k["nonii"]["boli"][y]
    a["gw"] = b["gw"]
    a["cdi"] = b["cdi"] - k["nonie"]["cdi"][y]
    # AFS by type at Dec 31 2025 (amortized cost, gains, losses); the corporate amortized cost is the plug
    afs25 = {
        "ust": (112406, 308, 1404),
        "agy": (58218, 96, 2212),
        "mbs": (648210, 1206, 55318),
        "cmo": (201880, 244, 16106),
        "muni": (219634, 918, 12472),
        "corp": None,
    }
    corp_ac = a["afs_ac"] - sum(v[0] for v in afs25.values() if v)
    afs25["corp"] = (corp_ac, 406, 3118)
    k["afs25"] = afs25
    a["afs_u"] = sum(v[1] - v[2] for v in afs25.values())
    a["afs"] = a["afs_ac"] + a["afs_u"]
    htm_mat_split = {"muni": 12206, "mbs": None}
    htm_amort_split = {"muni": 248, "mbs": None}
    htm_mat_split["mbs"] = k["htm_mat"][y] - htm_mat_split["muni"]
    htm_amort_split["mbs"] = k["htm_amort"][y] - htm_amort_split["muni"]
    k["htm25"] = {
        "muni": (k["htm24"]["muni"][0] - htm_mat_split["muni"] - htm_amort_split["muni"], 214, 10418),
        "mbs": (k["htm24"]["mbs"][0] - htm_mat_split["mbs"] - htm_amort_split["mbs"], 38, 23906),
    }
    assert sum(v[0] for v in k["htm25"].values()) == a["htm"]
    a["oci_tax"] = rnd(-k["tax_rate_oci"] * a["afs_u"])
    a["aoci"] = a["afs_u"] + a["oci_tax"]
    a["oth_a"] = b["oth_a"] - k["op_oa"][y] + (a["oci_tax"] - b["oci_tax"]) - k["def_tax"][y]
    a["dep"] = b["dep"] + k["fin_dep"][y]
    a["dep_chk"], a["dep_sav"], a["dep_tim"] = 1602317, 2580946, 1422604
    a["dep_nib"] = a["dep"] - a["dep_chk"] - a["dep_sav"] - a["dep_tim"]
    a["fhlb_st"] = b["fhlb_st"] + k["fin_fhlb_st"][y]
    a["fhlb_lt"] = b["fhlb_lt"] + k["fin_fhlb_lt_in"][y] - k["fin_fhlb_lt_out"][y]
    a["fhlb"] = a["fhlb_st"] + a["fhlb_lt"]
    a["sub"] = b["sub"]
    a["oth_l"] = b["oth_l"] + k["op_ol"][y]
    a["cs"] = b["cs"]
    a["apic"] = b["apic"] + k["sbc"][y] - k["rsu_cost"][y]
    a["re"] = b["re"] + k["ni"][y] - k["div"][y]
    a["treas"] = b["treas"] - k["repurch"][y] + k["rsu_cost"][y]
    a["eq"] = a["cs"] + a["apic"] + a["re"] + a["aoci"] + a["treas"]
    fin_bank_bs(a)
    assert a["ta"] == a["tl"] + a["eq"], ("2025 balance sheet does not balance", a["ta"], a["tl"] + a["eq"])
    k["bs"] = {2025: a, 2024: b}
    # ---- comprehensive income: AFS net unrealized (pre-tax) at each year end; 2023 and 2022 stated
    u = {2025: a["afs_u"], 2024: b["afs_u"], 2023: -141206, 2022: -186514}
    t = {yy: rnd(-k["tax_rate_oci"] * u[yy]) for yy in u}
    k["afs_u"] = u
    oci = {}
    for yy in Y:
        reclass = -k["nonii"]["secg"][yy]  # losses realized are added back
        chg = u[yy] - u[yy - 1]
        oci[yy] = {"hold": chg - reclass, "reclass": reclass, "tax": t[yy] - t[yy - 1]}
        oci[yy]["net"] = oci[yy]["hold"] + oci[yy]["reclass"] + oci[yy]["tax"]
        oci[yy]["ci"] = k["ni"][yy] + oci[yy]["net"]
    k["oci"] = oci
    k["aoci_y"] = {yy: u[yy] + t[yy] for yy in u}
    assert k["aoci_y"][2025] == a["aoci"] and k["aoci_y"][2024] == b["aoci"]
    # ---- equity statement, rolled back from December 31, 2024
    eq = {
        2025: {"cs": a["cs"], "apic": a["apic"], "re": a["re"], "aoci": a["aoci"], "treas": a["treas"]},
        2024: {"cs": b["cs"], "apic": b["apic"], "re": b["re"], "aoci": b["aoci"], "treas": b["treas"]},
    }
    for yy in (2024, 2023):
        e = eq[yy]
        eq[yy - 1] = {
            "cs": e["cs"],
            "apic": e["apic"] - k["sbc"][yy] + k["rsu_cost"][yy],
            "re": e["re"] - k["ni"][yy] + k["div"][yy],
            "aoci": e["aoci"] - oci[yy]["net"],
            "treas": e["treas"] + k["repurch"][yy] - k["rsu_cost"][yy],
        }
    for yy in eq:
        eq[yy]["tot"] = sum(eq[yy][x] for x in ("cs", "apic", "re", "aoci", "treas"))
        assert eq[yy]["aoci"] == k["aoci_y"][yy]
    k["eq"] = eq
    # ---- cash at each year end (rolled back)
    cash = {2025: a["cash"], 2024: b["cash"]}
    cash[2023] = cash[2024] - cf[2024]["net"]
    cash[2022] = cash[2023] - cf[2023]["net"]
    k["cash"] = cash
    # ---- shares
    ts = {2024: k["treas_sh24"]}
    ts[2025] = ts[2024] + k["repurch_sh"][2025] - k["rsu_sh"][2025]
    ts[2023] = ts[2024] - k["repurch_sh"][2024] + k["rsu_sh"][2024]
    k["treas_sh"] = ts
    k["sh_out"] = {yy: k["sh_issued"] - ts[yy] for yy in ts}
    # ---- averages, yields and the rate / volume analysis
    avg = k["avg"]
    for yy in (2025, 2024):
        v = avg[yy]
        v["ea"] = sum(v[x] for x in EA)
        v["ta"] = v["ea"] + v["nea"]
        v["ibl"] = sum(v[x] for x in IBL)
        v["ibdep"] = v["chk"] + v["sav"] + v["tim"]
        v["ol"] = v["ta"] - v["ibl"] - v["nib"] - v["eq"]
        assert 50000 < v["ol"] < 150000, ("average other liabilities", yy, v["ol"], v)
    k["yld"] = {
        yy: {x: F(100 * (k["ii"] if x in EA else k["ie"])[x][yy], avg[yy][x]) for x in EA + IBL} for yy in (2025, 2024)
    }
    for yy in (2025, 2024):
        k["yld"][yy]["ea"] = F(100 * k["ii_tot"][yy], avg[yy]["ea"])
        k["yld"][yy]["ibl"] = F(100 * k["ie_tot"][yy], avg[yy]["ibl"])
        k["yld"][yy]["ibdep"] = F(100 * k["ie_dep"][yy], avg[yy]["ibdep"])
    k["spread"] = {yy: rnd(k["yld"][yy]["ea"], 2) - rnd(k["yld"][yy]["ibl"], 2) for yy in (2025, 2024)}
    k["nim"] = {yy: F(100 * k["nii"][yy], avg[yy]["ea"]) for yy in (2025, 2024)}
    rv = {}
    for x in EA + IBL:
        src = k["ii"] if x in EA else k["ie"]
        tot = src[x][2025] - src[x][2024]
        vol = rnd(F((avg[2025][x] - avg[2024][x]) * src[x][2024], avg[2024][x]))
        rv[x] = {"vol": vol, "rate": tot - vol, "tot": tot}
    for grp, items in (("ea", EA), ("ibl", IBL)):
        rv[grp] = {f: sum(rv[x][f] for x in items) for f in ("vol", "rate", "tot")}
    rv["nii"] = {f: rv["ea"][f] - rv["ibl"][f] for f in ("vol", "rate", "tot")}
    k["rv"] = rv
    # ---- asset quality
    npa = {}
    for yy in (2025, 2024):
        na = sum(k["nonaccrual"][yy].values())
        npl = na + k["pd90"][yy]
        npa[yy] = {"na": na, "npl": npl, "npa": npl + k["oreo"][yy]}
    k["npa"] = npa
    k["avg_loans"] = {2025: avg[2025]["loans"], 2024: avg[2024]["loans"]}
    # ---- capital
    cap = {}
    for yy in (2025, 2024):
        s = k["bs"][yy]
        cet1 = s["eq"] - s["aoci"] - s["gw"] - s["cdi"]
        t2 = s["sub"] + s["acl"]
        bank_cet1 = cet1 + k["bank_cet1_extra"][yy]
        cap[yy] = {
            "cet1": cet1,
            "t1": cet1,
            "tot": cet1 + t2,
            "rwa": k["rwa"][yy],
            "lev": k["lev_assets"][yy],
            "b_cet1": bank_cet1,
            "b_t1": bank_cet1,
            "b_tot": bank_cet1 + s["acl"],
            "b_rwa": k["rwa_bank"][yy],
            "b_lev": k["lev_assets"][yy] - 12418,
        }
        assert s["acl"] < F(125, 10000) * k["rwa"][yy]
        c_ = cap[yy]
        c_["r_cet1"] = F(100 * c_["cet1"], c_["rwa"])
        c_["r_t1"] = F(100 * c_["t1"], c_["rwa"])
        c_["r_tot"] = F(100 * c_["tot"], c_["rwa"])
        c_["r_lev"] = F(100 * c_["t1"], c_["lev"])
        c_["rb_cet1"] = F(100 * c_["b_cet1"], c_["b_rwa"])
        c_["rb_t1"] = F(100 * c_["b_t1"], c_["b_rwa"])
        c_["rb_tot"] = F(100 * c_["b_tot"], c_["b_rwa"])
        c_["rb_lev"] = F(100 * c_["b_t1"], c_["b_lev"])
    k["cap"] = cap
    # ---- premises
    p24 = k["prem24"]
    g24 = sum(p24.values())
    accum24 = g24 - b["prem"]
    p25 = {n: p24[n] + k["prem_capex_split"][n] for n in p24}
    p25["furn"] -= k["prem_disp"]
    assert sum(k["prem_capex_split"].values()) == k["capex"][2025]
    accum25 = accum24 + k["dep_exp"][2025] - k["prem_disp"]
    assert sum(p25.values()) - accum25 == a["prem"]
    k["prem"] = {2025: dict(p25, gross=sum(p25.values()), accum=accum25), 2024: dict(p24, gross=g24, accum=accum24)}
    # ---- borrowings maturity table at Dec 31 2025 (short-term in 2026; subordinated notes 'thereafter')
    mat = dict(k["lt_mat25"])
    assert sum(mat.values()) == a["fhlb_lt"], (sum(mat.values()), a["fhlb_lt"])
    k["bor_mat"] = {yy: mat[yy] + (a["fhlb_st"] if yy == 2026 else 0) for yy in mat}
    k["bor_mat"]["after"] = a["sub"]
    k["bor_tot"] = sum(k["bor_mat"].values())
    assert k["bor_tot"] == a["fhlb"] + a["sub"]
    # ---- fair value hierarchy (AFS), Dec 31 2025
    fvt = {x: afs25[x][0] + afs25[x][1] - afs25[x][2] for x in AFS_TYPES}
    k["afs_fv25"] = fvt
    k["afs_fv24"] = {x: k["afs24"][x][0] + k["afs24"][x][1] - k["afs24"][x][2] for x in AFS_TYPES}
    lv = {x: {1: 0, 2: fvt[x], 3: 0} for x in AFS_TYPES}
    lv["ust"] = {1: fvt["ust"], 2: 0, 3: 0}
    lv["corp"] = {1: 0, 2: fvt["corp"] - k["fv_l3_corp"], 3: k["fv_l3_corp"]}
    k["fv_lv"] = lv
    # ---- loans composition and ACL ratios
    k["loans"] = {2025: k["loans25"], 2024: k["loans24"]}
    k["loan_seg"] = {
        yy: {s: sum(v for c_, v in k["loans"][yy].items() if SEG_OF[c_] == s) for s in SEGS} for yy in (2025, 2024)
    }
    k["acl_seg"] = {2025: k["acl_seg25"], 2024: k["acl_seg24"]}
    return k


def fin_bank_bs(s):
    s["loans_net"] = s["loans"] - s["acl"]
    s["ta"] = (
        s["cash"]
        + s["afs"]
        + s["htm"]
        + s["fhlb_stock"]
        + s["loans_net"]
        + s["prem"]
        + s["boli"]
        + s["gw"]
        + s["cdi"]
        + s["oth_a"]
    )
    s["tl"] = s["dep"] + s["fhlb"] + s["sub"] + s["oth_l"]
    s["ib_dep"] = s["dep"] - s["dep_nib"]


# ================================================================================================ med device
LINES = ("ep", "sh", "pv", "nm")
LINE_NAMES = {"ep": "Electrophysiology", "sh": "Structural Heart", "pv": "Peripheral Vascular", "nm": "Neuromodulation"}


def p4(a, b, c, d):
    return {"q25": a, "q24": b, "n25": c, "n24": d}


def med():
    q = {}
    q["sales_line"] = {
        "ep": p4(1842, 1618, 5306, 4704),
        "sh": p4(1427, 1302, 4188, 3842),
        "pv": p4(986, 951, 2914, 2806),
        "nm": p4(611, 548, 1742, 1587),
    }
    q["sales_us"] = p4(2896, 2618, 8422, 7656)
    # currency effect on reported sales (tenths of a million; positive = tailwind), by line and period
    q["fx"] = {"ep": p4(21, 0, 34, 0), "sh": p4(18, 0, 27, 0), "pv": p4(9, 0, 15, 0), "nm": p4(6, 0, 8, 0)}
    q["cogs"] = p4(1588, 1497, 4718, 4402)
    q["rd"] = p4(612, 548, 1797, 1612)
    q["sga"] = p4(1784, 1642, 5461, 4911)  # includes the litigation charge in the nine months of 2025
    q["lit"] = p4(0, 0, 185, 0)
    q["amort"] = p4(142, 138, 424, 414)
    q["restr"] = p4(46, 0, 213, 38)
    q["int"] = p4(88, 96, 269, 291)
    q["oth"] = p4(19, 12, 47, 31)  # other income, net (positive = income)
    q["tax"] = p4(112, 92, 241, 229)
    q["sh_basic"] = p4(71846, 71208, 71702, 71095)
    q["sh_dil_eff"] = p4(914, 862, 948, 877)
    q["antidil"] = p4(1318, 1506, 1244, 1611)
    q["cta"] = p4(-52, 96, 118, 41)
    q["hedge"] = p4(7, -11, -14, -6)
    q["sbc_split"] = {"cogs": p4(21, 18, 63, 55), "rd": p4(48, 43, 142, 128), "sga": p4(97, 88, 291, 262)}
    q["dep"] = p4(None, None, 611, 574)
    q["dca"] = p4(6, 6, 18, 18)
    q["def_tax"] = p4(None, None, -64, -41)
    q["restr_nc"] = p4(None, None, 38, 0)
    q["wc"] = {
        "n25": dict(ar=-182, inv=-241, prep=-36, ap=88, accr=141, oth=-22),
        "n24": dict(ar=-154, inv=-198, prep=-18, ap=61, accr=-47, oth=-14),
    }
    q["capex"] = p4(None, None, 498, 447)
    q["sti_buy"] = p4(None, None, 1200, 850)
    q["sti_mat"] = p4(None, None, 1050, 900)
    q["tl_repay"] = p4(50, 50, 150, 150)
    q["opt_proc"] = p4(None, None, 142, 118)
    q["rsu_tax"] = p4(None, None, 87, 74)
    q["buyback"] = p4(None, None, 400, 250)
    q["buyback_sh"] = p4(None, None, 462, 318)  # thousands of shares
    q["fx_cash"] = p4(None, None, 31, 9)
    q["cash_open24"] = 6118  # cash at December 31, 2023
    # ---- December 31, 2024 balance sheet (tenths of a million)
    b = {
        "cash": 7354,
        "sti": 2100,
        "ar": 4012,
        "inv": 5238,
        "prep": 866,
        "ppe": 6914,
        "rou": 1122,
        "gw": 14386,
        "intang": 3918,
        "dta": 611,
        "oth_a": 748,
        "ap": 1486,
        "accr_comp": 1206,
        "accr": 1934,
        "oll": 1018,
        "oth_l": 702,
        "cs_apic": 17844,
        "aoci": -1188,
    }
    # debt (tenths of a million)
    q["cvt_prin"] = 5750
    q["cvt_cost24"] = 89
    q["tl_prin24"] = 4000
    q["tl_cost24"] = 18
    q["tl_current"] = 200
    q["inv_split24"] = {"rm": 1506, "wip": 902}
    q["inv_split25"] = {"rm": 1614, "wip": 1021}
    q["intang24"] = {"dt": (4866, 1902), "cr": (1740, 968), "tn": (412, 230)}  # gross, accumulated
    q["amort_split_n25"] = {"dt": 292, "cr": 104, "tn": 28}
    q["gw_fx"] = 84
    # restructuring reserve: Dec 31 2024 by type, 2025 charges, cash payments (non-cash items charged directly)
    q["rr24"] = {"sev": 38, "fac": 24}
    q["rr_chg"] = {"sev": 141, "fac": 34}  # cash-settled portion of the 2025 charges
    q["rr_pay"] = {"sev": 109, "fac": 27}
    q["lit_accr24"] = 40
    q["revolver"] = 7500
    q["lc"] = 38
    q["cvt_conv"] = F("118.42")
    q["emp"] = 9400
    return finish_med(q, b)


def finish_med(q, b):
    s = {p: sum(q["sales_line"][x][p] for x in LINES) for p in P}
    q["sales"] = s
    q["sales_intl"] = {p: s[p] - q["sales_us"][p] for p in P}
    q["gp"] = {p: s[p] - q["cogs"][p] for p in P}
    q["opex"] = {p: q["rd"][p] + q["sga"][p] + q["amort"][p] + q["restr"][p] for p in P}
    q["oi"] = {p: q["gp"][p] - q["opex"][p] for p in P}
    q["pti"] = {p: q["oi"][p] - q["int"][p] + q["oth"][p] for p in P}
    q["ni"] = {p: q["pti"][p] - q["tax"][p] for p in P}
    q["sh_dil"] = {p: q["sh_basic"][p] + q["sh_dil_eff"][p] for p in P}
    q["eps_b"] = {p: rnd(F(q["ni"][p] * 100, q["sh_basic"][p]), 2) for p in P}
    q["eps_d"] = {p: rnd(F(q["ni"][p] * 100, q["sh_dil"][p]), 2) for p in P}
    q["etr"] = {p: F(100 * q["tax"][p], q["pti"][p]) for p in P}
    q["gm"] = {p: F(100 * q["gp"][p], s[p]) for p in P}
    q["rd_pct"] = {p: F(100 * q["rd"][p], s[p]) for p in P}
    q["oci"] = {p: q["cta"][p] + q["hedge"][p] for p in P}
    q["ci"] = {p: q["ni"][p] + q["oci"][p] for p in P}
    q["sbc"] = {p: sum(q["sbc_split"][x][p] for x in q["sbc_split"]) for p in P}
    # currency: reported growth, constant-currency growth, FX impact as the difference of the printed figures
    cc = {}
    for x in LINES + ("tot", "us", "intl"):
        src = {"tot": s, "us": q["sales_us"], "intl": q["sales_intl"]}.get(x) or q["sales_line"][x]
        fx = {
            p: (sum(q["fx"][ln][p] for ln in LINES) if x in ("tot", "intl") else (0 if x == "us" else q["fx"][x][p]))
            for p in P
        }
        cc[x] = {}
        for cur, pri in (("q25", "q24"), ("n25", "n24")):
            rep = F(100 * (src[cur] - src[pri]), src[pri])
            ccg = F(100 * (src[cur] - fx[cur] - src[pri]), src[pri])
            cc[x][cur] = {"rep": rnd(rep, 1), "cc": rnd(ccg, 1), "fx": rnd(rep, 1) - rnd(ccg, 1)}
    q["ccy"] = cc
    # ---- non-GAAP
    ng = {}
    for p in P:
        adj = q["amort"][p] + q["restr"][p] + q["lit"][p]
        tax_adj = rnd(F(21, 100) * adj)
        ng[p] = {"adj_oi": q["oi"][p] + adj, "adj": adj, "tax_adj": tax_adj, "adj_ni": q["ni"][p] + adj - tax_adj}
        ng[p]["adj_eps"] = rnd(F(ng[p]["adj_ni"] * 100, q["sh_dil"][p]), 2)
        ng[p]["adj_om"] = F(100 * ng[p]["adj_oi"], s[p])
    q["ng"] = ng
    # ---- nine-month cash flows
    cf = {}
    for p in ("n25", "n24"):
        c = {
            "ni": q["ni"][p],
            "da": q["dep"][p] + q["amort"][p],
            "sbc": q["sbc"][p],
            "dca": q["dca"][p],
            "def_tax": q["def_tax"][p],
            "restr_nc": q["restr_nc"][p],
        }
        c.update({"wc_" + n: v for n, v in q["wc"][p].items()})
        c["op"] = sum(c.values())
        c["capex"] = -q["capex"][p]
        c["sti_buy"] = -q["sti_buy"][p]
        c["sti_mat"] = q["sti_mat"][p]
        c["inv"] = c["capex"] + c["sti_buy"] + c["sti_mat"]
        c["tl_repay"] = -q["tl_repay"][p]
        c["opt"] = q["opt_proc"][p]
        c["rsu_tax"] = -q["rsu_tax"][p]
        c["buyback"] = -q["buyback"][p]
        c["fin"] = c["tl_repay"] + c["opt"] + c["rsu_tax"] + c["buyback"]
        c["fx"] = q["fx_cash"][p]
        c["net"] = c["op"] + c["inv"] + c["fin"] + c["fx"]
        cf[p] = c
    cf["n25"]["open"] = b["cash"]
    cf["n24"]["open"] = q["cash_open24"]
    for p in ("n25", "n24"):
        cf[p]["close"] = cf[p]["open"] + cf[p]["net"]
    q["cf"] = cf
    # ---- debt
    debt = {}
    debt["dec"] = {
        "cvt_prin": q["cvt_prin"],
        "cvt_cost": q["cvt_cost24"],
        "tl_prin": q["tl_prin24"],
        "tl_cost": q["tl_cost24"],
    }
    cvt_amort = 15
    debt["sep"] = {
        "cvt_prin": q["cvt_prin"],
        "cvt_cost": q["cvt_cost24"] - cvt_amort,
        "tl_prin": q["tl_prin24"] - q["tl_repay"]["n25"],
        "tl_cost": q["tl_cost24"] - (q["dca"]["n25"] - cvt_amort),
    }
    for d in debt.values():
        d["cvt_net"] = d["cvt_prin"] - d["cvt_cost"]
        d["tl_net"] = d["tl_prin"] - d["tl_cost"]
        d["tot"] = d["cvt_net"] + d["tl_net"]
        d["prin"] = d["cvt_prin"] + d["tl_prin"]
        d["cur"] = q["tl_current"]
        d["lt"] = d["tot"] - d["cur"]
    q["debt"] = debt
    b["cur_debt"] = debt["dec"]["cur"]
    b["ltd"] = debt["dec"]["lt"]
    # ---- December 31, 2024 totals; retained earnings is the plug
    fin_med_bs(b)
    b["re"] = b["ta"] - b["tl"] - b["cs_apic"] - b["aoci"]
    b["eq"] = b["cs_apic"] + b["re"] + b["aoci"]
    # ---- September 30, 2025 rolled forward
    c = cf["n25"]
    w = q["wc"]["n25"]
    a = {}
    a["cash"] = c["close"]
    a["sti"] = b["sti"] + q["sti_buy"]["n25"] - q["sti_mat"]["n25"]
    a["ar"] = b["ar"] - w["ar"]
    a["inv"] = b["inv"] - w["inv"]
    a["prep"] = b["prep"] - w["prep"] + q["hedge"]["n25"]
    fx_other = q["cta"]["n25"] - q["fx_cash"]["n25"] - q["gw_fx"]
    a["ppe"] = b["ppe"] + q["capex"]["n25"] - q["dep"]["n25"] - q["restr_nc"]["n25"] + fx_other
    a["gw"] = b["gw"] + q["gw_fx"]
    a["intang"] = b["intang"] - q["amort"]["n25"]
    a["dta"] = b["dta"] - q["def_tax"]["n25"]
    a["ap"] = b["ap"] + w["ap"]
    # accrued and other current liabilities carry the restructuring reserve and litigation accrual
    a["accr_comp"] = 1288
    accr_tot_chg = w["accr"]
    a["accr"] = b["accr"] + accr_tot_chg - (a["accr_comp"] - b["accr_comp"])
    # 'other' working capital: other noncurrent assets (ROU, leases and other liabilities move together)
    a["rou"] = 1076
    a["oll"] = b["oll"] - (b["rou"] - a["rou"])
    a["oth_a"] = b["oth_a"] - w["oth"]
    a["oth_l"] = b["oth_l"]
    a["cur_debt"] = debt["sep"]["cur"]
    a["ltd"] = debt["sep"]["lt"]
    a["cs_apic"] = b["cs_apic"] + q["sbc"]["n25"] + q["opt_proc"]["n25"] - q["rsu_tax"]["n25"]
    a["re"] = b["re"] + q["ni"]["n25"] - q["buyback"]["n25"]
    a["aoci"] = b["aoci"] + q["oci"]["n25"]
    a["eq"] = a["cs_apic"] + a["re"] + a["aoci"]
    fin_med_bs(a)
    assert a["ta"] == a["tl"] + a["eq"], ("Sep 30 balance sheet does not balance", a["ta"], a["tl"] + a["eq"])
    q["bs"] = {"sep": a, "dec": b}
    # ---- inventories, goodwill, intangibles
    q["inv_split"] = {
        "dec": dict(q["inv_split24"], fg=b["inv"] - sum(q["inv_split24"].values())),
        "sep": dict(q["inv_split25"], fg=a["inv"] - sum(q["inv_split25"].values())),
    }
    it24 = q["intang24"]
    assert sum(g - ac for g, ac in it24.values()) == b["intang"]
    assert sum(q["amort_split_n25"].values()) == q["amort"]["n25"]
    q["intang"] = {
        "dec": {x: (g, ac, g - ac) for x, (g, ac) in it24.items()},
        "sep": {x: (g, ac + q["amort_split_n25"][x], g - ac - q["amort_split_n25"][x]) for x, (g, ac) in it24.items()},
    }
    # ---- restructuring reserve roll-forward (nine months 2025)
    rr = {}
    for t_ in ("sev", "fac"):
        rr[t_] = {"open": q["rr24"][t_], "chg": q["rr_chg"][t_], "pay": -q["rr_pay"][t_]}
    rr["nc"] = {"chg": q["restr_nc"]["n25"], "wo": -q["restr_nc"]["n25"]}
    assert q["rr_chg"]["sev"] + q["rr_chg"]["fac"] + q["restr_nc"]["n25"] == q["restr"]["n25"]
    for t_ in ("sev", "fac"):
        rr[t_]["close"] = rr[t_]["open"] + rr[t_]["chg"] + rr[t_]["pay"]
    q["rr"] = rr
    q["rr_close"] = rr["sev"]["close"] + rr["fac"]["close"]
    q["lit_accr25"] = q["lit_accr24"] + q["lit"]["n25"]
    # ---- equity statement: June 30 balances rolled back from September 30 (2025); 2024 from Dec 31, 2023
    eq = {}
    eq["sep25"] = {"cs": a["cs_apic"], "re": a["re"], "aoci": a["aoci"]}
    eq["dec24"] = {"cs": b["cs_apic"], "re": b["re"], "aoci": b["aoci"]}
    q3 = {
        "ni": q["ni"]["q25"],
        "oci": q["oci"]["q25"],
        "sbc": q["sbc"]["q25"],
        "opt": 38,
        "rsu_tax": -12,
        "buyback": -150,
    }
    q["eq_q25"] = q3
    eq["jun25"] = {
        "cs": a["cs_apic"] - q3["sbc"] - q3["opt"] - q3["rsu_tax"],
        "re": a["re"] - q3["ni"] - q3["buyback"],
        "aoci": a["aoci"] - q3["oci"],
    }
    eq["dec23"] = {"cs": 17161, "re": 13421, "aoci": -1073}
    d23 = eq["dec23"]
    eq["sep24"] = {
        "cs": d23["cs"] + q["sbc"]["n24"] + q["opt_proc"]["n24"] - q["rsu_tax"]["n24"],
        "re": d23["re"] + q["ni"]["n24"] - q["buyback"]["n24"],
        "aoci": d23["aoci"] + q["oci"]["n24"],
    }
    q3b = {
        "ni": q["ni"]["q24"],
        "oci": q["oci"]["q24"],
        "sbc": q["sbc"]["q24"],
        "opt": 31,
        "rsu_tax": -9,
        "buyback": -100,
    }
    q["eq_q24"] = q3b
    s24 = eq["sep24"]
    eq["jun24"] = {
        "cs": s24["cs"] - q3b["sbc"] - q3b["opt"] - q3b["rsu_tax"],
        "re": s24["re"] - q3b["ni"] - q3b["buyback"],
        "aoci": s24["aoci"] - q3b["oci"],
    }
    for e in eq.values():
        e["tot"] = e["cs"] + e["re"] + e["aoci"]
    q["eq"] = eq
    return q


def fin_med_bs(s):
    s["tca"] = s["cash"] + s["sti"] + s["ar"] + s["inv"] + s["prep"]
    s["ta"] = s["tca"] + s["ppe"] + s["rou"] + s["gw"] + s["intang"] + s["dta"] + s["oth_a"]
    s["tcl"] = s["ap"] + s["accr_comp"] + s["accr"] + s["cur_debt"]
    s["tl"] = s["tcl"] + s["ltd"] + s["oll"] + s["oth_l"]


# ================================================================================================ checks
def check():
    k = bank()
    q = med()
    # bank tie-outs
    for yy in (2025, 2024):
        s = k["bs"][yy]
        assert s["ta"] == s["tl"] + s["eq"], yy
        assert sum(k["loans"][yy].values()) == s["loans"]
        assert sum(k["acl_seg"][yy].values()) == s["acl"]
        assert k["eq"][yy]["tot"] == s["eq"]
    for yy in Y:
        assert k["cash"][yy] - k["cash"][yy - 1] == k["cf"][yy]["net"]
        e0, e1 = k["eq"][yy - 1], k["eq"][yy]
        assert e1["tot"] - e0["tot"] == (
            k["ni"][yy] + k["oci"][yy]["net"] + k["sbc"][yy] - k["repurch"][yy] - k["div"][yy]
        )
        assert k["acl"][yy] == k["acl"][yy - 1] + k["prov"][yy] - k["co_tot"][yy] + k["rec_tot"][yy]
        assert (
            k["rr"]["stat"][yy] + sum(k["rr"][n][yy] for n in ("state", "exempt", "boli", "credit", "other"))
            == k["tax"][yy]
        )
        assert abs(k["rr"]["other"][yy]) < 1500, ("tax reconciliation other", yy, k["rr"]["other"][yy])
        assert 0 < k["tax_split"]["cur_fed"][yy]
        # dividends declared close to dividends per share times average shares
        assert abs(F(k["div"][yy] * 1000, k["sh_basic"][yy]) - k["dps"][yy]) < F(2, 100), yy
        assert abs(F(k["repurch"][yy] * 1000, k["repurch_sh"][yy]) - 33) < 5
    assert k["cash"][2022] > 0 and k["bs"][2025]["ibd"] > 0 and k["bs"][2025]["dep_nib"] > 0
    assert k["loans25"]["consumer"] > 0
    assert sum(n for _, n, _ in k["q4_rep"]) <= k["repurch_sh"][2025]
    for yy in (2025, 2024):
        v = k["avg"][yy]
        assert v["ta"] == v["ibl"] + v["nib"] + v["ol"] + v["eq"]
    assert k["rv"]["nii"]["tot"] == k["nii"][2025] - k["nii"][2024]
    # efficiency ratio, ROA sanity
    for yy in Y:
        assert 45 < k["eff"][yy] < 65, (yy, float(k["eff"][yy]))
        assert 15 < k["etr"][yy] < 24, (yy, float(k["etr"][yy]))
    assert 0.8 < k["ni"][2025] / k["avg"][2025]["ta"] * 100 < 1.4
    assert 8 < F(100 * k["bs"][2025]["eq"], k["bs"][2025]["ta"]) < 12
    # med device tie-outs
    for p in P:
        assert sum(q["sales_line"][x][p] for x in LINES) == q["sales_us"][p] + q["sales_intl"][p]
        assert q["sales_intl"][p] > 0
        assert abs(F(q["ni"][p] * 100, q["sh_dil"][p]) - q["eps_d"][p]) < F(1, 200)
    for s in q["bs"].values():
        assert s["ta"] == s["tl"] + s["eq"]
        assert s["re"] > 0
    for p in ("n25", "n24"):
        assert q["cf"][p]["close"] > 0
    assert q["eq"]["sep25"]["tot"] == q["bs"]["sep"]["eq"] and q["eq"]["dec24"]["tot"] == q["bs"]["dec"]["eq"]
    e0, e1 = q["eq"]["dec24"], q["eq"]["sep25"]
    assert e1["tot"] - e0["tot"] == (
        q["ni"]["n25"]
        + q["oci"]["n25"]
        + q["sbc"]["n25"]
        + q["opt_proc"]["n25"]
        - q["rsu_tax"]["n25"]
        - q["buyback"]["n25"]
    )
    assert sum(q["inv_split"]["sep"].values()) == q["bs"]["sep"]["inv"]
    assert all(v > 0 for v in q["inv_split"]["sep"].values()) and all(v > 0 for v in q["inv_split"]["dec"].values())
    assert sum(v[2] for v in q["intang"]["sep"].values()) == q["bs"]["sep"]["intang"]
    assert q["rr"]["sev"]["close"] > 0 and q["rr"]["fac"]["close"] >= 0
    for p in P:
        assert 10 < q["etr"][p] < 25, (p, float(q["etr"][p]))
        assert 60 < q["gm"][p] < 72, (p, float(q["gm"][p]))
    return k, q


if __name__ == "__main__":
    k_, q_ = check()
    for yy in Y:
        print(
            yy,
            "NII",
            k_["nii"][yy],
            "NI",
            k_["ni"][yy],
            "EPS",
            float(k_["eps_d"][yy]),
            "eff",
            float(k_["eff"][yy]),
            "etr",
            float(k_["etr"][yy]),
            "other rr",
            k_["rr"]["other"][yy],
        )
    for yy in (2025, 2024):
        s_ = k_["bs"][yy]
        print(
            yy,
            "TA",
            s_["ta"],
            "EQ",
            s_["eq"],
            "loans",
            s_["loans"],
            "dep",
            s_["dep"],
            "cash",
            s_["cash"],
            "ibd",
            s_["ibd"],
            "nim",
            float(k_["nim"][yy]),
            "cet1",
            float(k_["cap"][yy]["r_cet1"]),
        )
    print("cash", k_["cash"], "acl", k_["acl"])
    for p_ in P:
        print(
            p_,
            "sales",
            q_["sales"][p_],
            "oi",
            q_["oi"][p_],
            "ni",
            q_["ni"][p_],
            "eps",
            float(q_["eps_d"][p_]),
            "gm",
            float(q_["gm"][p_]),
            "etr",
            float(q_["etr"][p_]),
        )
    print(q_["bs"])
    print(q_["ccy"])
