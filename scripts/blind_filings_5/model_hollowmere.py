"""Financial model for Hollowmere Realty Trust (invented). $ in thousands; shares in thousands."""

from fractions import Fraction as F

from fmt import rhu

YEARS = [2023, 2024, 2025]
SEGS = ["office", "industrial", "multifamily"]
SEG_NAME = {"office": "Office", "industrial": "Industrial", "multifamily": "Multifamily"}

# ---------------------------------------------------------------- inputs
SEG_REV = {
    "office": {2023: 182400, 2024: 178950, 2025: 176320},
    "industrial": {2023: 141600, 2024: 158230, 2025: 176840},
    "multifamily": {2023: 96500, 2024: 101870, 2025: 108460},
}
SEG_OPEX = {
    "office": {2023: 52300, 2024: 53110, 2025: 54280},
    "industrial": {2023: 18900, 2024: 20640, 2025: 22470},
    "multifamily": {2023: 30150, 2024: 31480, 2025: 33020},
}
SEG_TAX = {
    "office": {2023: 21400, 2024: 21960, 2025: 22350},
    "industrial": {2023: 17200, 2024: 19050, 2025: 21130},
    "multifamily": {2023: 11800, 2024: 12390, 2025: 13040},
}
FEE_INCOME = {2023: 3120, 2024: 3480, 2025: 3910}
GA = {2023: 31800, 2024: 33450, 2025: 35170}
SBC = {2023: 7120, 2024: 7840, 2025: 8460}
DEP_RE = {2023: 148300, 2024: 156900, 2025: 164750}
LEASE_AMORT = {2023: 12400, 2024: 13150, 2025: 13880}
IMPAIR = {2023: 0, 2024: 18600, 2025: 0}
TRANS = {2023: 1240, 2024: 860, 2025: 1530}
INT_CASH = {2023: 75250, 2024: 83530, 2025: 91750}  # interest expense excluding DFC amortization
INT_INC = {2023: 1980, 2024: 2640, 2025: 2210}
LOSS_EXT = {2023: 0, 2024: 0, 2025: 2140}
SL_RENT = {2023: 8700, 2024: 9250, 2025: 9840}
RECUR_CAPEX = {2023: 21800, 2024: 23400, 2025: 24600}
SECOND_GEN_LEASING = {2023: 13400, 2024: 12600, 2025: 14300}

# shares / units
SHARES_2022 = 88600
ATM = {2023: (2100, 58900), 2024: (4800, 135800), 2025: (1900, 55700)}  # shares, net proceeds
WAVG_BASIC = {2023: 89650, 2024: 93050, 2025: 96480}
DILUTIVE_RSU = {2023: 310, 2024: 340, 2025: 360}
OP_UNITS = 4200
DPS_Q = {2022: F("0.275"), 2023: F("0.285"), 2024: F("0.295"), 2025: F("0.305")}
PAR = F(1, 100)

# opening balance sheet, December 31, 2022
OPEN = dict(
    land=612400,
    buildings=3486900,
    cip=48300,
    accum_dep=742600,
    cash_total=48100,
    receivables=14800,
    deferred_rent=61200,
    deferred_leasing=52300,
    deriv=21600,
    other_assets=33900,
    ap=72400,
    deposits=18700,
    apic=2585400,
    nci=61000,
)
RESTRICTED = {2022: 9400, 2023: 8800, 2024: 10200, 2025: 9600}

# real estate activity
ACQ_AGG = {2023: (38500, 146200), 2024: (44800, 188600)}  # land, building
ACQ_2025 = [  # name, segment, month, land, building
    ("Brindle Logistics Center", "industrial", "March", 18400, 71300),
    ("Ostrander Park II", "industrial", "July", 14600, 58900),
    ("The Wexley", "multifamily", "October", 12900, 84200),
]
DISP_AGG = {2023: (73000, 24300, 6200, 18900), 2024: (69850, 11850, 9800, 26100)}  # price, gain, land, ad
DISP_2025 = [  # name, segment, month, net proceeds, gain, land, accumulated depreciation
    ("Tessaly Tower", "office", "February", 142500, 21480, 22000, 48300),
    ("Marlow Flex Center", "industrial", "June", 38600, 9310, 5100, 11200),
    ("Penhale Office Park", "office", "November", 51400, 8130, 8700, 19600),
]
CAPEX = {2023: 52600, 2024: 58100, 2025: 61400}
DEV = {2023: 41200, 2024: 36900, 2025: 29300}
CIP_XFER = {2023: 40000, 2024: 52000, 2025: 30800}
LEASING_PAID = {2023: 15900, 2024: 14700, 2025: 16200}
D_REC = {2023: 1100, 2024: 900, 2025: 1350}
D_OTHER = {2023: 2300, 2024: -1200, 2025: 1700}
D_AP = {2023: 3400, 2024: 2900, 2025: 4100}
D_DEP = {2023: 600, 2024: 750, 2025: 820}

# derivatives / OCI
OCI_FV = {2023: -2100, 2024: 1400, 2025: -1850}
OCI_RECLASS = {2023: 6800, 2024: 5900, 2025: 3950}
SWAP_A_FV = {2024: 5300, 2025: 1650}
SWAPS = [("Term Loan A swaps", 250000, F("2.56"), F("0.85")), ("Term Loan B swaps", 200000, F("2.97"), F("0.90"))]

# debt: principal by category at year ends
REVOLVER = {2022: 145000, 2023: 272000, 2024: 180000, 2025: 65000}
REV_BORROW = {2023: 210000, 2024: 320000, 2025: 385000}
TERM = {2022: 250000, 2023: 250000, 2024: 450000, 2025: 450000}
NOTES = {2022: 650000, 2023: 650000, 2024: 650000, 2025: 1050000}
MORT_2022_2023 = {2022: 742000, 2023: 714500}
UNAM_OPEN = {"term": 1420, "notes": 6850, "mortgage": 6400}
UNAM_NEW = {"term": {2024: 1300}, "notes": {2025: 3600}, "mortgage": {}}
UNAM_AMORT = {
    "term": {2023: 560, 2024: 720, 2025: 780},
    "notes": {2023: 1540, 2024: 1690, 2025: 2220},
    "mortgage": {2023: 1050, 2024: 1010, 2025: 880},
}
# instrument detail (name, kind, rate % at 12/31/2025, rate % at 12/31/2024, maturity, p2024, p2025, fixed?)
INSTR = [
    ("Unsecured revolving credit facility", "revolver", F("4.86"), F("5.27"), 2028, 180000, 65000, False),
    ("Term Loan A", "term", F("3.41"), F("3.41"), 2027, 250000, 250000, True),
    ("Term Loan B", "term", F("3.87"), F("3.87"), 2029, 200000, 200000, True),
    ("4.10% Senior Notes due 2027", "notes", F("4.10"), F("4.10"), 2027, 300000, 300000, True),
    ("5.25% Senior Notes due 2030", "notes", F("5.25"), F("5.25"), 2030, 0, 400000, True),
    ("3.65% Senior Notes due 2032", "notes", F("3.65"), F("3.65"), 2032, 350000, 350000, True),
    ("Cobalt Yards mortgage", "mortgage", F("4.35"), F("4.35"), 2028, 128400, 125900, True),
    ("Larchmont Commons mortgage", "mortgage", F("3.92"), F("3.92"), 2029, 162500, 160100, True),
    ("Tessaly Tower mortgage", "mortgage", F("4.80"), F("4.80"), 2026, 151000, 0, True),
    ("Harrow Point mortgage", "mortgage", F("5.10"), F("5.10"), 2031, 118200, 116800, True),
    ("Quarry Gate mortgage", "mortgage", F("5.71"), F("6.22"), 2027, 128200, 109800, False),
]
MORT_AMORT = {  # scheduled amortization before the balloon
    "Cobalt Yards mortgage": {2026: 2600, 2027: 2700},
    "Larchmont Commons mortgage": {2026: 2500, 2027: 2600, 2028: 2700},
    "Harrow Point mortgage": {2026: 1500, 2027: 1550, 2028: 1600, 2029: 1650, 2030: 1700},
    "Quarry Gate mortgage": {2026: 1800},
}
FV_DEBT = {  # fair values of fixed-rate notes and mortgages
    2025: {"notes": 1031400, "mortgage": 497300, "term": 450000, "revolver": 65000},
    2024: {"notes": 618900, "mortgage": 671800, "term": 450000, "revolver": 180000},
}

# leases
MIN_RENTS = {2026: 348200, 2027: 322600, 2028: 289400, 2029: 251800, 2030: 214300}
MIN_RENTS_THEREAFTER = 812900
LEASE_EXP = [  # year label, leases, sq ft (thousands), annualized base rent
    ("2026", 58, 1284, 31640),
    ("2027", 61, 1512, 36980),
    ("2028", 47, 1398, 33270),
    ("2029", 44, 1176, 29410),
    ("2030", 39, 1051, 27830),
    ("2031", 28, 964, 24160),
    ("2032", 21, 812, 20970),
    ("2033", 17, 733, 18540),
    ("2034", 12, 598, 15880),
    ("2035 and thereafter", 23, 1427, 38650),
]
OCC = {  # percent, at Dec 31
    "office": {2024: F("88.1"), 2025: F("86.4")},
    "industrial": {2024: F("96.5"), 2025: F("97.2")},
    "multifamily": {2024: F("94.6"), 2025: F("95.1")},
}
SPREADS = {  # 2025: (sq ft or units leased, cash spread %, GAAP spread %)
    "office": (612, F("3.8"), F("9.6")),
    "industrial": (2946, F("24.7"), F("38.2")),
}
MF_LEASE_GROWTH = {"new": F("1.9"), "renewal": F("4.2"), "blended": F("3.1")}
SAME_PROP = {  # (revenue, operating expenses incl. taxes)
    "office": {2024: (167100, 72560), 2025: (168240, 73930)},
    "industrial": {2024: (141320, 34880), 2025: (149860, 36210)},
    "multifamily": {2024: (95870, 40190), 2025: (99140, 41280)},
}
SAME_PROP_COUNT = {"office": 9, "industrial": 14, "multifamily": 8}
RE_NET_SEG = {2024: {"office": 1104300, "industrial": 1327600}, 2025: {"office": 958700, "industrial": 1462100}}
TOP_TENANTS = [  # tenant, segment, leases, annualized base rent
    ("Calderwood Health Partners", "office", 3, 14860),
    ("Brightsail Logistics", "industrial", 4, 13920),
    ("Norhaven Grocery Distribution", "industrial", 2, 11470),
    ("Pellmark Engineering", "office", 2, 9380),
    ("Vantmoor County Services", "office", 1, 8640),
    ("Tidewell Parcel Network", "industrial", 3, 8110),
    ("Quorra Software", "office", 2, 7290),
    ("Ashgate Home Supply", "industrial", 1, 6850),
    ("Linnet Insurance Group", "office", 1, 6120),
    ("Fernhill Cold Storage", "industrial", 2, 5740),
]
RSU = dict(begin=612, granted=284, vested=-231, forfeited=-27, fv_begin=F("27.84"), fv_granted=F("28.91"))
TSR = {  # cumulative total return index values, 12/31/2020 = 100
    "Hollowmere Realty Trust": [100, F("118.42"), F("94.36"), F("101.87"), F("108.15"), F("121.63")],
    "Northbridge Composite Index": [100, F("126.90"), F("103.92"), F("131.22"), F("162.47"), F("188.05")],
    "Diversified REIT Index": [100, F("124.37"), F("91.58"), F("99.40"), F("103.76"), F("112.28")],
}
# narrative-only figures, stated once here
NARR = dict(
    revolver_commitment=750000,
    atm_program=300000,
    variable_lease_payments=118640,
    swap_reclass_next=1900,
    unrecognized_sbc=12600,
    construction_commitments=18400,
    holders=1140,
    employees=418,
    onsite=296,
    market_value=2410000,
    shares_after=37,
)
SUBSEQ = dict(dps_q=F("0.315"), acq_price=64800, acq_name="Fenwick Crossing Distribution Center", revolver_draw=55000)
# property schedule: name, market, segment, year, size (sq ft thousands or units), % leased
PROPERTIES = [
    ("Quarry Gate Plaza", "Ellisford", "office", 2014, 412, F("84.7")),
    ("Aldermoor Center", "Ellisford", "office", 2016, 298, F("91.2")),
    ("One Vantmoor Square", "Vantmoor", "office", 2012, 526, F("82.9")),
    ("Two Vantmoor Square", "Vantmoor", "office", 2015, 344, F("88.4")),
    ("Pellbridge Commons", "Pell River", "office", 2018, 231, F("93.6")),
    ("Carrow Bay Exchange", "Carrow Bay", "office", 2011, 387, F("79.8")),
    ("Sable Point Tower", "Carrow Bay", "office", 2019, 462, F("90.5")),
    ("Lindqvist Place", "Ostrander", "office", 2013, 196, F("86.0")),
    ("Ferrow Building", "Ostrander", "office", 2017, 174, F("89.3")),
    ("Cobalt Yards 1", "Ellisford", "industrial", 2015, 684, F("100.0")),
    ("Cobalt Yards 2", "Ellisford", "industrial", 2015, 512, F("100.0")),
    ("Cobalt Yards 3", "Ellisford", "industrial", 2020, 438, F("96.1")),
    ("Ostrander Park I", "Ostrander", "industrial", 2017, 356, F("100.0")),
    ("Ostrander Park II", "Ostrander", "industrial", 2025, 402, F("92.4")),
    ("Brindle Logistics Center", "Pell River", "industrial", 2025, 618, F("100.0")),
    ("Kessling Distribution Hub", "Pell River", "industrial", 2016, 745, F("97.8")),
    ("Marram Road Industrial", "Vantmoor", "industrial", 2018, 298, F("94.0")),
    ("Thornbury Cross-Dock", "Vantmoor", "industrial", 2021, 223, F("100.0")),
    ("Wendle Commerce Park", "Carrow Bay", "industrial", 2014, 567, F("95.3")),
    ("Greyholt Logistics", "Carrow Bay", "industrial", 2019, 489, F("98.7")),
    ("Ashby Flats Industrial", "Ellisford", "industrial", 2013, 331, F("93.5")),
    ("Dunmere Trade Center", "Ostrander", "industrial", 2022, 276, F("100.0")),
    ("Halvern Freight Park", "Pell River", "industrial", 2023, 594, F("99.2")),
    ("Larchmont Commons", "Ellisford", "multifamily", 2016, 412, F("95.6")),
    ("Harrow Point", "Carrow Bay", "multifamily", 2018, 356, F("94.9")),
    ("The Wexley", "Vantmoor", "multifamily", 2025, 288, F("91.3")),
    ("Meridale Terrace", "Pell River", "multifamily", 2014, 264, F("96.2")),
    ("Foxgrove Residences", "Ostrander", "multifamily", 2019, 318, F("95.0")),
    ("Calloway Lofts", "Ellisford", "multifamily", 2012, 196, F("96.9")),
    ("Rennick Park Apartments", "Vantmoor", "multifamily", 2017, 342, F("94.4")),
    ("Saltmarsh Landing", "Carrow Bay", "multifamily", 2021, 274, F("95.3")),
    ("Orchard Row", "Pell River", "multifamily", 2015, 228, F("96.5")),
    ("Tallis Court", "Ostrander", "multifamily", 2023, 302, F("94.7")),
]


# ---------------------------------------------------------------- derivations
def alloc(total, weights):
    """Split an integer total in proportion to weights (largest remainder, ties by position)."""
    wsum = sum(weights)
    exact = [F(total * w, wsum) for w in weights]
    base = [int(e) for e in exact]
    rem = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - base[i]), i))
    for i in order[:rem]:
        base[i] += 1
    return base


def build():
    m = {}
    Y = YEARS
    m["seg_rev"], m["seg_opex"], m["seg_tax"] = SEG_REV, SEG_OPEX, SEG_TAX
    m["seg_noi"] = {s: {y: SEG_REV[s][y] - SEG_OPEX[s][y] - SEG_TAX[s][y] for y in Y} for s in SEGS}
    m["rent"] = {y: sum(SEG_REV[s][y] for s in SEGS) for y in Y}
    m["opex"] = {y: sum(SEG_OPEX[s][y] for s in SEGS) for y in Y}
    m["tax"] = {y: sum(SEG_TAX[s][y] for s in SEGS) for y in Y}
    m["noi"] = {y: sum(m["seg_noi"][s][y] for s in SEGS) for y in Y}
    m["fee"] = FEE_INCOME
    m["rev_total"] = {y: m["rent"][y] + FEE_INCOME[y] for y in Y}
    m["da"] = {y: DEP_RE[y] + LEASE_AMORT[y] for y in Y}
    m["dfc_amort"] = {y: sum(UNAM_AMORT[k][y] for k in UNAM_AMORT) for y in Y}
    m["int_exp"] = {y: INT_CASH[y] + m["dfc_amort"][y] for y in Y}
    m["exp_total"] = {y: m["opex"][y] + m["tax"][y] + GA[y] + m["da"][y] + IMPAIR[y] + TRANS[y] for y in Y}
    m["op_income"] = {y: m["rev_total"][y] - m["exp_total"][y] for y in Y}
    m["gain"] = {2023: DISP_AGG[2023][1], 2024: DISP_AGG[2024][1], 2025: sum(d[4] for d in DISP_2025)}
    m["other_total"] = {y: -m["int_exp"][y] + INT_INC[y] + m["gain"][y] - LOSS_EXT[y] for y in Y}
    m["ni"] = {y: m["op_income"][y] + m["other_total"][y] for y in Y}
    m["ni_nci"] = {y: rhu(F(m["ni"][y] * OP_UNITS, OP_UNITS + WAVG_BASIC[y])) for y in Y}
    m["ni_nci"] = {y: int(v) for y, v in m["ni_nci"].items()}
    m["ni_common"] = {y: m["ni"][y] - m["ni_nci"][y] for y in Y}
    m["wavg_basic"] = WAVG_BASIC
    m["wavg_dil"] = {y: WAVG_BASIC[y] + DILUTIVE_RSU[y] for y in Y}
    m["eps_basic"] = {y: rhu(F(m["ni_common"][y], WAVG_BASIC[y]), 2) for y in Y}
    m["eps_dil"] = {y: rhu(F(m["ni_common"][y], m["wavg_dil"][y]), 2) for y in Y}
    m["dps"] = {y: 4 * DPS_Q[y] for y in Y}

    # NOI reconciliation (from net income)
    m["noi_recon"] = {
        y: m["ni"][y]
        + m["int_exp"][y]
        + GA[y]
        + m["da"][y]
        + IMPAIR[y]
        + TRANS[y]
        + LOSS_EXT[y]
        - m["gain"][y]
        - INT_INC[y]
        - FEE_INCOME[y]
        for y in Y
    }
    sp = {}
    for s in SEGS:
        sp[s] = {y: SAME_PROP[s][y][0] - SAME_PROP[s][y][1] for y in (2024, 2025)}
    m["sp_noi"] = sp
    m["sp_total"] = {y: sum(sp[s][y] for s in SEGS) for y in (2024, 2025)}
    m["sp_rev_total"] = {y: sum(SAME_PROP[s][y][0] for s in SEGS) for y in (2024, 2025)}
    m["sp_exp_total"] = {y: sum(SAME_PROP[s][y][1] for s in SEGS) for y in (2024, 2025)}
    m["nonsp_noi"] = {s: {y: m["seg_noi"][s][y] - sp[s][y] for y in (2024, 2025)} for s in SEGS}
    m["nonsp_total"] = {y: m["noi"][y] - m["sp_total"][y] for y in (2024, 2025)}
    m["sp_growth"] = {s: F(sp[s][2025] - sp[s][2024], sp[s][2024]) for s in SEGS}
    m["sp_growth_total"] = F(m["sp_total"][2025] - m["sp_total"][2024], m["sp_total"][2024])

    # FFO / AFFO / EBITDAre
    m["ffo"] = {y: m["ni"][y] + m["da"][y] + IMPAIR[y] - m["gain"][y] for y in Y}
    m["ffo_shares"] = {y: m["wavg_dil"][y] + OP_UNITS for y in Y}
    m["ffo_ps"] = {y: rhu(F(m["ffo"][y], m["ffo_shares"][y]), 2) for y in Y}
    m["affo"] = {
        y: m["ffo"][y]
        - SL_RENT[y]
        - RECUR_CAPEX[y]
        - SECOND_GEN_LEASING[y]
        + SBC[y]
        + m["dfc_amort"][y]
        + LOSS_EXT[y]
        + TRANS[y]
        for y in Y
    }
    m["affo_ps"] = {y: rhu(F(m["affo"][y], m["ffo_shares"][y]), 2) for y in Y}
    m["ebitdare"] = {y: m["ni"][y] + m["int_exp"][y] + m["da"][y] + IMPAIR[y] - m["gain"][y] for y in Y}

    # real estate roll-forward
    acq = {y: ACQ_AGG[y] for y in (2023, 2024)}
    acq[2025] = (sum(a[3] for a in ACQ_2025), sum(a[4] for a in ACQ_2025))
    m["acq"] = acq
    m["acq_cash"] = {y: acq[y][0] + acq[y][1] for y in Y}
    disp = {}
    for y in (2023, 2024):
        price, gain, land, ad = DISP_AGG[y]
        carrying = price - gain
        disp[y] = dict(price=price, gain=gain, land=land, ad=ad, bldg=carrying - land + ad)
    rows = []
    for name, seg, mon, price, gain, land, ad in DISP_2025:
        rows.append(
            dict(name=name, seg=seg, mon=mon, price=price, gain=gain, land=land, ad=ad, bldg=price - gain - land + ad)
        )
    m["disp_2025"] = rows
    disp[2025] = {k: sum(r[k] for r in rows) for k in ("price", "gain", "land", "ad", "bldg")}
    m["disp"] = disp

    bs = {2022: {}}
    o = OPEN
    b = bs[2022]
    for k in (
        "land",
        "buildings",
        "cip",
        "accum_dep",
        "receivables",
        "deferred_rent",
        "deferred_leasing",
        "deriv",
        "other_assets",
        "ap",
        "deposits",
        "apic",
        "nci",
    ):
        b[k] = o[k]
    b["restricted"] = RESTRICTED[2022]
    b["cash"] = o["cash_total"] - RESTRICTED[2022]
    b["revolver"] = REVOLVER[2022]
    b["term"] = TERM[2022] - UNAM_OPEN["term"]
    b["notes"] = NOTES[2022] - UNAM_OPEN["notes"]
    b["mortgage"] = MORT_2022_2023[2022] - UNAM_OPEN["mortgage"]
    b["shares"] = SHARES_2022
    b["par"] = int(SHARES_2022 * PAR)
    b["div_payable"] = int(rhu(DPS_Q[2022] * SHARES_2022))
    b["aoci"] = o["deriv"]

    mort = dict(MORT_2022_2023)
    mort[2024] = sum(i[5] for i in INSTR if i[1] == "mortgage")
    mort[2025] = sum(i[6] for i in INSTR if i[1] == "mortgage")
    m["mort_principal"] = mort
    unam = {k: {2022: UNAM_OPEN[k]} for k in UNAM_OPEN}
    for k in unam:
        for y in Y:
            wo = LOSS_EXT[y] if k == "mortgage" else 0
            unam[k][y] = unam[k][y - 1] + UNAM_NEW[k].get(y, 0) - UNAM_AMORT[k][y] - wo
    m["unam"] = unam
    principal = {"revolver": REVOLVER, "term": TERM, "notes": NOTES, "mortgage": mort}
    m["principal"] = principal

    cf = {}
    for y in Y:
        p = bs[y - 1]
        c = {}
        c["ni"] = m["ni"][y]
        c["da"] = m["da"][y]
        c["dfc"] = m["dfc_amort"][y]
        c["sbc"] = SBC[y]
        c["impair"] = IMPAIR[y]
        c["loss_ext"] = LOSS_EXT[y]
        c["gain"] = -m["gain"][y]
        c["sl"] = -SL_RENT[y]
        c["d_rec"] = -D_REC[y]
        c["d_other"] = -D_OTHER[y]
        c["d_ap"] = D_AP[y]
        c["d_dep"] = D_DEP[y]
        c["cfo"] = sum(
            c[k]
            for k in ("ni", "da", "dfc", "sbc", "impair", "loss_ext", "gain", "sl", "d_rec", "d_other", "d_ap", "d_dep")
        )
        c["acq"] = -m["acq_cash"][y]
        c["capex"] = -CAPEX[y]
        c["dev"] = -DEV[y]
        c["disp"] = disp[y]["price"]
        c["leasing"] = -LEASING_PAID[y]
        c["cfi"] = c["acq"] + c["capex"] + c["dev"] + c["disp"] + c["leasing"]
        c["rev_borrow"] = REV_BORROW[y]
        c["rev_repay"] = -(REVOLVER[y - 1] + REV_BORROW[y] - REVOLVER[y])
        c["term_proc"] = TERM[y] - TERM[y - 1]
        c["notes_proc"] = NOTES[y] - NOTES[y - 1]
        c["mort_repay"] = -(mort[y - 1] - mort[y])
        c["dfc_paid"] = -sum(UNAM_NEW[k].get(y, 0) for k in UNAM_NEW)
        c["atm"] = ATM[y][1]
        div_decl = int(rhu(m["dps"][y] * WAVG_BASIC[y]))
        div_pay_end = int(rhu(DPS_Q[y] * (p["shares"] + ATM[y][0])))
        c["div_paid"] = -(div_decl + p["div_payable"] - div_pay_end)
        c["nci_dist"] = -int(rhu(m["dps"][y] * OP_UNITS))
        c["cff"] = sum(
            c[k]
            for k in (
                "rev_borrow",
                "rev_repay",
                "term_proc",
                "notes_proc",
                "mort_repay",
                "dfc_paid",
                "atm",
                "div_paid",
                "nci_dist",
            )
        )
        c["net"] = c["cfo"] + c["cfi"] + c["cff"]
        c["begin"] = p["cash"] + p["restricted"]
        c["end"] = c["begin"] + c["net"]
        cf[y] = c

        n = {}
        n["land"] = p["land"] + acq[y][0] - disp[y]["land"]
        n["buildings"] = p["buildings"] + acq[y][1] + CAPEX[y] + CIP_XFER[y] - disp[y]["bldg"] - IMPAIR[y]
        n["cip"] = p["cip"] + DEV[y] - CIP_XFER[y]
        n["accum_dep"] = p["accum_dep"] + DEP_RE[y] - disp[y]["ad"]
        n["restricted"] = RESTRICTED[y]
        n["cash"] = c["end"] - RESTRICTED[y]
        n["receivables"] = p["receivables"] + D_REC[y]
        n["deferred_rent"] = p["deferred_rent"] + SL_RENT[y]
        n["deferred_leasing"] = p["deferred_leasing"] + LEASING_PAID[y] - LEASE_AMORT[y]
        n["deriv"] = p["deriv"] + OCI_FV[y] - OCI_RECLASS[y]
        n["other_assets"] = p["other_assets"] + D_OTHER[y]
        n["revolver"] = REVOLVER[y]
        n["term"] = TERM[y] - unam["term"][y]
        n["notes"] = NOTES[y] - unam["notes"][y]
        n["mortgage"] = mort[y] - unam["mortgage"][y]
        n["ap"] = p["ap"] + D_AP[y]
        n["deposits"] = p["deposits"] + D_DEP[y]
        n["div_payable"] = div_pay_end
        n["shares"] = p["shares"] + ATM[y][0]
        n["par"] = int(n["shares"] * PAR)
        n["apic"] = p["apic"] + ATM[y][1] - (n["par"] - p["par"]) + SBC[y]
        n["aoci"] = p["aoci"] + OCI_FV[y] - OCI_RECLASS[y]
        n["nci"] = p["nci"] + m["ni_nci"][y] + c["nci_dist"]
        bs[y] = n
        m.setdefault("div_decl", {})[y] = div_decl
    # distributions in excess of earnings: opening is the balancing figure of the opening balance sheet
    for y in [2022] + Y:
        b = bs[y]
        b["gross_re"] = b["land"] + b["buildings"] + b["cip"]
        b["net_re"] = b["gross_re"] - b["accum_dep"]
        b["assets"] = (
            b["net_re"]
            + b["cash"]
            + b["restricted"]
            + b["receivables"]
            + b["deferred_rent"]
            + b["deferred_leasing"]
            + b["deriv"]
            + b["other_assets"]
        )
        b["liab"] = b["revolver"] + b["term"] + b["notes"] + b["mortgage"] + b["ap"] + b["div_payable"] + b["deposits"]
    b0 = bs[2022]
    b0["dist_excess"] = b0["assets"] - b0["liab"] - b0["par"] - b0["apic"] - b0["aoci"] - b0["nci"]
    for y in Y:
        bs[y]["dist_excess"] = bs[y - 1]["dist_excess"] + m["ni_common"][y] - m["div_decl"][y]
    for y in [2022] + Y:
        b = bs[y]
        b["sh_equity"] = b["par"] + b["apic"] + b["dist_excess"] + b["aoci"]
        b["equity"] = b["sh_equity"] + b["nci"]
        b["le"] = b["liab"] + b["equity"]
    m["bs"], m["cf"] = bs, cf
    m["oci"] = {y: OCI_FV[y] - OCI_RECLASS[y] for y in Y}
    m["ci"] = {y: m["ni"][y] + m["oci"][y] for y in Y}
    m["ci_common"] = {y: m["ci"][y] - m["ni_nci"][y] for y in Y}

    # debt schedule
    for y, idx in ((2024, 5), (2025, 6)):
        tot = sum(i[idx] for i in INSTR)
        rate_idx = 3 if y == 2024 else 2
        m.setdefault("debt_total", {})[y] = tot
        m.setdefault("wair", {})[y] = F(sum(i[idx] * i[rate_idx] for i in INSTR), tot)
        fixed = [i for i in INSTR if i[7] and i[idx]]
        var = [i for i in INSTR if not i[7] and i[idx]]
        m.setdefault("fixed_debt", {})[y] = sum(i[idx] for i in fixed)
        m.setdefault("var_debt", {})[y] = sum(i[idx] for i in var)
        m.setdefault("wair_fixed", {})[y] = F(sum(i[idx] * i[rate_idx] for i in fixed), m["fixed_debt"][y])
        m.setdefault("wair_var", {})[y] = F(sum(i[idx] * i[rate_idx] for i in var), m["var_debt"][y])
        m.setdefault("unam_total", {})[y] = sum(unam[k][y] for k in unam)
        m.setdefault("debt_net", {})[y] = tot - m["unam_total"][y]
    sched_years = [2026, 2027, 2028, 2029, 2030, "thereafter"]
    mat = {yy: {"amort": 0, "balloon_m": 0, "unsecured": 0} for yy in sched_years}
    for name, kind, _r25, _r24, mat_y, _p24, p25, _fx in INSTR:
        if not p25:
            continue
        key = mat_y if mat_y <= 2030 else "thereafter"
        if kind == "mortgage":
            am = MORT_AMORT.get(name, {})
            for yy, a in am.items():
                mat[yy]["amort"] += a
            mat[key]["balloon_m"] += p25 - sum(am.values())
        else:
            mat[key]["unsecured"] += p25
    for yy in sched_years:
        mat[yy]["total"] = mat[yy]["amort"] + mat[yy]["balloon_m"] + mat[yy]["unsecured"]
    m["maturities"] = mat
    m["sched_years"] = sched_years
    m["swap_fv"] = {y: {"A": SWAP_A_FV[y], "B": bs[y]["deriv"] - SWAP_A_FV[y]} for y in (2024, 2025)}
    m["rate_sens"] = F(m["var_debt"][2025], 100)  # +100 bp on variable-rate debt

    m["min_rents_total"] = sum(MIN_RENTS.values()) + MIN_RENTS_THEREAFTER
    abr = sum(r[3] for r in LEASE_EXP)
    m["lease_exp_abr_total"] = abr
    m["lease_exp_sf_total"] = sum(r[2] for r in LEASE_EXP)
    m["lease_exp_n_total"] = sum(r[1] for r in LEASE_EXP)
    m["lease_exp_pct"] = {r[0]: F(r[3], abr) for r in LEASE_EXP}
    m["occ_chg_bps"] = {s: (OCC[s][2025] - OCC[s][2024]) * 100 for s in SEGS}
    m["re_net_seg"] = {y: dict(RE_NET_SEG[y]) for y in (2024, 2025)}
    for y in (2024, 2025):
        m["re_net_seg"][y]["multifamily"] = bs[y]["net_re"] - sum(RE_NET_SEG[y].values())
    m["prop_count"] = {s: sum(1 for p in PROPERTIES if p[2] == s) for s in SEGS}
    m["prop_size"] = {s: sum(p[4] for p in PROPERTIES if p[2] == s) for s in SEGS}
    # Schedule III allocation of year-end 2025 land, buildings and accumulated depreciation by property
    wl = {"office": 5, "industrial": 3, "multifamily": 5}
    wb = {"office": 30, "industrial": 13, "multifamily": 31}
    land_w = [p[4] * wl[p[2]] for p in PROPERTIES]
    bldg_w = [p[4] * wb[p[2]] for p in PROPERTIES]
    ad_w = [p[4] * wb[p[2]] * (2026 - p[3]) for p in PROPERTIES]
    s3_land = alloc(bs[2025]["land"], land_w)
    s3_bldg = alloc(bs[2025]["buildings"], bldg_w)
    s3_ad = alloc(bs[2025]["accum_dep"], ad_w)
    enc = {
        "Cobalt Yards 1": "Cobalt Yards mortgage",
        "Larchmont Commons": "Larchmont Commons mortgage",
        "Harrow Point": "Harrow Point mortgage",
        "Quarry Gate Plaza": "Quarry Gate mortgage",
    }
    p25 = {i[0]: i[6] for i in INSTR}
    m["s3"] = [
        dict(
            name=p[0],
            market=p[1],
            seg=p[2],
            year=p[3],
            land=s3_land[k],
            bldg=s3_bldg[k],
            total=s3_land[k] + s3_bldg[k],
            ad=s3_ad[k],
            enc=p25[enc[p[0]]] if p[0] in enc else 0,
        )
        for k, p in enumerate(PROPERTIES)
    ]
    m["s3_roll"] = {
        y: dict(
            begin=bs[y - 1]["gross_re"],
            acq=m["acq_cash"][y],
            improv=CAPEX[y] + DEV[y],
            disp=-(disp[y]["land"] + disp[y]["bldg"]),
            imp=-IMPAIR[y],
            end=bs[y]["gross_re"],
            ad_begin=bs[y - 1]["accum_dep"],
            dep=DEP_RE[y],
            ad_disp=-disp[y]["ad"],
            ad_end=bs[y]["accum_dep"],
        )
        for y in Y
    }
    m["top10_abr"] = sum(t[3] for t in TOP_TENANTS)
    m["top_pct"] = {t[0]: F(t[3], m["lease_exp_abr_total"]) for t in TOP_TENANTS}
    m["rsu_end"] = RSU["begin"] + RSU["granted"] + RSU["vested"] + RSU["forfeited"]
    m["interest_cov"] = {y: F(m["ebitdare"][y], m["int_exp"][y]) for y in Y}
    m["net_debt"] = {y: m["debt_total"][y] - bs[y]["cash"] for y in (2024, 2025)}
    return m


def check(m=None):
    m = m or build()
    Y = YEARS
    for y in [2022] + Y:
        b = m["bs"][y]
        assert b["assets"] == b["le"], (y, b["assets"], b["le"])
        assert b["cash"] > 0 and b["dist_excess"] < 0 and b["apic"] > 0, y
        assert b["aoci"] == b["deriv"]
    for y in Y:
        c = m["cf"][y]
        assert c["end"] == m["bs"][y]["cash"] + m["bs"][y]["restricted"]
        assert m["noi_recon"][y] == m["noi"][y], y
        assert sum(m["seg_noi"][s][y] for s in SEGS) == m["noi"][y]
        assert m["rev_total"][y] - m["exp_total"][y] + m["other_total"][y] == m["ni"][y]
        assert m["ni_common"][y] + m["ni_nci"][y] == m["ni"][y]
        # equity roll-forward
        p, n = m["bs"][y - 1], m["bs"][y]
        assert n["equity"] - p["equity"] == (m["ci"][y] + ATM[y][1] + SBC[y] - m["div_decl"][y] + c["nci_dist"])
    for y in (2024, 2025):
        assert m["sp_total"][y] + m["nonsp_total"][y] == m["noi"][y]
        for k in ("revolver", "term", "notes", "mortgage"):
            assert sum(i[5 if y == 2024 else 6] for i in INSTR if i[1] == k) == m["principal"][k][y], (k, y)
        assert m["debt_net"][y] == sum(m["bs"][y][k] for k in ("revolver", "term", "notes", "mortgage"))
        assert sum(m["re_net_seg"][y].values()) == m["bs"][y]["net_re"]
        assert m["swap_fv"][y]["B"] > 0
        for s in SEGS:
            assert m["nonsp_noi"][s][y] > 0
    assert sum(v["total"] for v in m["maturities"].values()) == m["debt_total"][2025]
    assert sum(m["lease_exp_pct"].values()) == 1
    s3 = m["s3"]
    assert sum(r["land"] for r in s3) == m["bs"][2025]["land"]
    assert sum(r["bldg"] for r in s3) == m["bs"][2025]["buildings"]
    assert sum(r["ad"] for r in s3) == m["bs"][2025]["accum_dep"]
    assert sum(r["enc"] for r in s3) == m["mort_principal"][2025]
    for y in Y:
        r = m["s3_roll"][y]
        assert r["begin"] + r["acq"] + r["improv"] + r["disp"] + r["imp"] == r["end"], y
        assert r["ad_begin"] + r["dep"] + r["ad_disp"] == r["ad_end"], y
    assert m["cf"][2025]["mort_repay"] < 0
    return True


if __name__ == "__main__":
    mm = build()
    for y in [2022] + YEARS:
        print(y, {k: v for k, v in mm["bs"][y].items()})
    for y in YEARS:
        print(y, mm["cf"][y])
        print(
            y,
            "NI",
            mm["ni"][y],
            "FFO",
            mm["ffo"][y],
            mm["ffo_ps"][y],
            "AFFO",
            mm["affo"][y],
            mm["affo_ps"][y],
            "eps",
            mm["eps_dil"][y],
            "ebitdare",
            mm["ebitdare"][y],
        )
    print(check(mm))
