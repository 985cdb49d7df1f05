"""Financial model of Tarnwick Bancorp, Inc. (invented), $ in thousands.

Inputs are stated once below; every statement, schedule and ratio printed in
the 10-K (and every answer in questions.py) is derived from them.  ``check()``
asserts that the statements tie.  All names and numbers are fictitious.
"""

from __future__ import annotations

from fractions import Fraction

from common import pct, rnd, rnd_int

YEARS = (2025, 2024, 2023)  # income-statement years, newest first
BS_YEARS = (2025, 2024, 2023, 2022)  # year-ends held internally

# ------------------------------------------------------------------ loans
LOAN_TYPES = (
    ("cre_oo", "Commercial real estate - owner occupied"),
    ("cre_noo", "Commercial real estate - non-owner occupied"),
    ("construction", "Construction and land development"),
    ("ci", "Commercial and industrial"),
    ("resi", "Residential mortgage"),
    ("heloc", "Home equity lines of credit"),
    ("consumer", "Consumer and other"),
)
LOANS = {
    2025: dict(
        cre_oo=1042318,
        cre_noo=1486905,
        construction=318447,
        ci=1127630,
        resi=902114,
        heloc=214876,
        consumer=96233,
    ),
    2024: dict(
        cre_oo=1001205,
        cre_noo=1402771,
        construction=352918,
        ci=1043562,
        resi=868390,
        heloc=206117,
        consumer=104508,
    ),
}
LOAN_TOTAL = {y: sum(v.values()) for y, v in LOANS.items()}
LOAN_TOTAL[2023] = 4792406
LOAN_TOTAL[2022] = 4488120

# ACL categories used in the roll-forward
ACL_CATS = (
    ("cre", "Commercial real estate"),
    ("ci", "Commercial and industrial"),
    ("resi", "Residential real estate"),
    ("consumer", "Consumer and other"),
)
ACL_CAT_OF_LOAN = dict(
    cre_oo="cre", cre_noo="cre", construction="cre", ci="ci", resi="resi", heloc="resi", consumer="consumer"
)
ACL_BEGIN_2023 = 55870
CHARGE_OFFS = {
    2025: dict(cre=3915, ci=4872, resi=351, consumer=2296),
    2024: dict(cre=2640, ci=4310, resi=288, consumer=2105),
    2023: dict(cre=1210, ci=3985, resi=402, consumer=1874),
}
RECOVERIES = {
    2025: dict(cre=688, ci=1104, resi=143, consumer=617),
    2024: dict(cre=412, ci=965, resi=97, consumer=581),
    2023: dict(cre=305, ci=812, resi=118, consumer=506),
}
PROVISION_LOANS = {2025: 10240, 2024: 9150, 2023: 6420}
PROVISION_UNFUNDED = {2025: -160, 2024: 210, 2023: -380}
UNFUNDED_RESERVE_2022 = 4950
# ACL by category at Dec 31, 2024 and 2025 provision by category (2025 detail)
ACL_BY_CAT_2024 = dict(cre=27905, ci=17820, resi=8342, consumer=4355)
PROVISION_BY_CAT_2025 = dict(cre=4912, ci=4610, resi=290)  # consumer = remainder

# Past-due aging at Dec 31, 2025 by loan type: (30-59 days, 60-89 days, 90+ accruing, nonaccrual)
PAST_DUE_2025 = dict(
    cre_oo=(1840, 512, 210, 3905),
    cre_noo=(2210, 880, 0, 12418),
    construction=(0, 0, 0, 1120),
    ci=(3105, 1240, 905, 5230),
    resi=(4120, 1385, 720, 1104),
    heloc=(912, 305, 240, 312),
    consumer=(1418, 466, 340, 229),
)
# Contractual maturity mix at Dec 31, 2025: % due in 1 year or less, 1-5 years, 5-15 years (rest after 15)
MATURITY_MIX_2025 = dict(
    cre_oo=(9, 38, 48),
    cre_noo=(14, 52, 33),
    construction=(46, 44, 8),
    ci=(31, 47, 20),
    resi=(1, 4, 21),
    heloc=(3, 12, 40),
    consumer=(8, 61, 30),
)
# Commercial credit quality at Dec 31, 2025: (special mention, substandard, doubtful); pass = remainder
RISK_RATINGS_2025 = dict(
    cre_oo=(18420, 14215, 0),
    cre_noo=(31870, 38460, 2140),
    construction=(6215, 3980, 0),
    ci=(27310, 24875, 1315),
)
NONACCRUAL = {2025: 24318, 2024: 19870}
PAST_DUE_90 = {2025: 2415, 2024: 1906}
OREO = {2025: 1850, 2024: 3120}

# --------------------------------------------------------------- deposits
DEPOSIT_TYPES = (
    ("nib", "Noninterest-bearing demand"),
    ("ibd", "Interest-bearing demand"),
    ("mm", "Money market"),
    ("savings", "Savings"),
    ("time_small", "Time deposits of $250 or less"),
    ("time_large", "Time deposits over $250"),
)
DEPOSITS = {
    2025: dict(nib=1412660, ibd=1216245, mm=1416870, savings=521388, time_small=950415, time_large=428306),
    2024: dict(nib=1468932, ibd=1155784, mm=1310450, savings=548117, time_small=851920, time_large=376543),
}
DEPOSIT_TOTAL = {y: sum(v.values()) for y, v in DEPOSITS.items()}
DEPOSIT_TOTAL[2023] = 5746030
DEPOSIT_TOTAL[2022] = 5939880
# Scheduled maturities of time deposits at Dec 31, 2025 (last = remainder)
TIME_MATURITY_YEARS = ("2026", "2027", "2028", "2029", "2030 and thereafter")
TIME_MATURITIES_FIRST = (1012488, 196310, 71244, 32907)
UNINSURED_PCT_2025 = Fraction(268, 10)  # stated in MD&A prose (%)

# ------------------------------------------------------------- securities
AFS_TYPES = (
    ("ust", "U.S. Treasury securities"),
    ("agency", "U.S. government agency securities"),
    ("rmbs", "Residential mortgage-backed securities - agency"),
    ("cmbs", "Commercial mortgage-backed securities - agency"),
    ("muni", "Obligations of states and political subdivisions"),
    ("corp", "Corporate debt securities"),
)
# (amortized cost, gross unrealized gains, gross unrealized losses)
AFS = {
    2025: dict(
        ust=(148250, 312, 4118),
        agency=(96480, 85, 3902),
        rmbs=(512936, 1104, 41287),
        cmbs=(118744, 216, 7630),
        muni=(164322, 1486, 9815),
        corp=(58900, 122, 3277),
    ),
    2024: dict(
        ust=(162400, 95, 6820),
        agency=(104115, 40, 5715),
        rmbs=(548802, 388, 55906),
        cmbs=(124960, 52, 10244),
        muni=(171508, 902, 13480),
        corp=(61250, 45, 4610),
    ),
}
AFS_AC = {y: sum(v[0] for v in AFS[y].values()) for y in AFS}
AFS_NU = {y: sum(v[1] - v[2] for v in AFS[y].values()) for y in AFS}  # net unrealized
AFS_AC[2023], AFS_NU[2023] = 1296400, -98740
AFS_AC[2022], AFS_NU[2022] = 1395800, -121450
AFS_FV = {y: AFS_AC[y] + AFS_NU[y] for y in BS_YEARS}

# AFS in an unrealized-loss position at Dec 31, 2025:
# (FV <12m, loss <12m, FV >=12m, loss >=12m); losses must equal gross losses above
AFS_LOSS_AGING_2025 = dict(
    ust=(21840, 96, 98310, 4022),
    agency=(0, 0, 88215, 3902),
    rmbs=(38620, 512, 402170, 40775),
    cmbs=(9415, 141, 97462, 7489),
    muni=(14230, 205, 112650, 9610),
    corp=(4880, 44, 49310, 3233),
)
AFS_POSITIONS_IN_LOSS_2025 = 412

# AFS contractual maturity mix at Dec 31, 2025 (% of amortized cost within 1y, 1-5y, 5-10y; rest after 10y)
# and weighted average yields by bucket (%); MBS are allocated by expected average life.
AFS_MATURITY_MIX_2025 = dict(
    ust=(22, 61, 17), agency=(9, 58, 33), rmbs=(2, 18, 45), cmbs=(4, 39, 52), muni=(6, 21, 38), corp=(5, 44, 51)
)
AFS_YIELDS_2025 = dict(
    ust=("4.12", "3.38", "3.91", "0"),
    agency=("2.46", "2.88", "3.55", "0"),
    rmbs=("3.05", "2.94", "3.28", "3.62"),
    cmbs=("3.41", "3.17", "3.49", "3.70"),
    muni=("2.35", "2.52", "2.71", "2.93"),
    corp=("3.95", "4.48", "5.06", "0"),
)
LEASE_PAYMENTS = ((2026, 3412), (2027, 3288), (2028, 3015), (2029, 2704), (2030, 2390), ("Thereafter", 9870))
LEASE_DISCOUNT = 4118

HTM_TYPES = (
    ("rmbs", "Residential mortgage-backed securities - agency"),
    ("muni", "Obligations of states and political subdivisions"),
)
HTM = {
    2025: dict(rmbs=(138412, 0, 14236), muni=(96844, 412, 5630)),
    2024: dict(rmbs=(147980, 0, 17015), muni=(99615, 188, 7402)),
}
HTM_AC = {y: sum(v[0] for v in HTM[y].values()) for y in HTM}
HTM_FV = {y: sum(v[0] + v[1] - v[2] for v in HTM[y].values()) for y in HTM}
HTM_AC[2023] = 258120
HTM_AC[2022] = 268430

AOCI_TAX_RATE = Fraction(24, 100)
SEC_PURCHASES_AFS = {2025: 96410, 2024: 61250, 2023: 28400}
SEC_SALES_PROCEEDS = {2025: 48216, 2024: 112570, 2023: 18405}
SEC_LOSS = {2025: -2146, 2024: -4870, 2023: -615}  # net (loss) on sales, pre-tax
SEC_PURCHASES_HTM = {2025: 0, 2024: 0, 2023: 4500}
PREMIUM_AMORT_AFS = {2025: 1712, 2024: 1904, 2023: 2086}
PREMIUM_AMORT_HTM = {2025: 318, 2024: 352, 2023: 391}

# --------------------------------------------------------- other balances
CASH_DUE = {2025: 98412, 2024: 91207, 2023: 104553, 2022: 95118}
IB_DEPOSITS_BANKS = {2025: 186945, 2024: 142380, 2023: 211604, 2022: 318772}
FHLB_STOCK = {2025: 36415, 2024: 39870, 2023: 34250, 2022: 30960}
LHFS = {2025: 14208, 2024: 11562, 2023: 9870, 2022: 7415}
PREMISES = {2025: 88640, 2024: 90115, 2023: 91730, 2022: 93205}
DEPRECIATION = {2025: 8912, 2024: 8640, 2023: 8310}
BOLI_2022 = 128400
BOLI_PURCHASE = {2025: 0, 2024: 10000, 2023: 0}
PREMISES_DETAIL = {  # gross cost by class; accumulated depreciation is derived from the net balance
    2025: dict(land=14820, buildings=112410, equipment=58934, cip=1206),
    2024: dict(land=14820, buildings=110265, equipment=55318, cip=2840),
}
GOODWILL = 164820
CDI = {2025: 8400, 2024: 12000, 2023: 16300, 2022: 21400}
ACCRUED_INT_REC = {2025: 27316, 2024: 26108, 2023: 24775, 2022: 20940}
DTA_2022 = 42600

STB = {2025: 165000, 2024: 240000, 2023: 310000, 2022: 95000}
LTD = {2022: 125000}
LTD_PROCEEDS = {2023: 75000, 2024: 100000, 2025: 50000}
LTD_REPAY = {2023: 50000, 2024: 50000, 2025: 75000}
SUB_DEBT = 98750
ACCRUED_INT_PAY = {2025: 12884, 2024: 14210, 2023: 11347, 2022: 4812}
OTHER_LIAB_EX_UNFUNDED = {2025: 66786, 2024: 64153, 2023: 59550, 2022: 55634}

# ------------------------------------------------------------------ equity
PAR = Fraction(1)  # $1.00 par
SHARES_ISSUED_2022 = 33512400
TREASURY_SHARES_2022 = 2214600
COMMON_2022 = 33512
APIC_2022 = 402318
RE_2022 = 372640
TREASURY_2022 = -71940
STOCK_PLAN_SHARES = {2023: 112400, 2024: 98650, 2025: 121300}
STOCK_PLAN_NET_CASH = {2023: -832, 2024: -968, 2025: -1145}  # net of taxes withheld
SBC = {2023: 4210, 2024: 4485, 2025: 4930}
REPURCHASE_SHARES = {2023: 420000, 2024: 610500, 2025: 545200}
REPURCHASE_COST = {2023: 12348, 2024: 15934, 2025: 17445}
DPS_QUARTERLY = {2025: (26, 26, 26, 26), 2024: (24, 24, 24, 24), 2023: (23, 23, 23, 23)}  # cents
WAVG_BASIC = {2025: 30262118, 2024: 30741905, 2023: 31166420}
DILUTIVE = {2025: 182406, 2024: 164232, 2023: 171890}
ANTIDILUTIVE = {2025: 48200, 2024: 96350, 2023: 61800}
# Q4 2025 repurchases by month: (shares, average price in cents)
Q4_REPURCHASES = (
    ("October 1 - October 31, 2025", 52400, 3318),
    ("November 1 - November 30, 2025", 61800, 3402),
    ("December 1 - December 31, 2025", 44700, 3496),
)
REPURCHASE_AUTH = 1600000  # shares, program authorized February 2025
REPURCHASE_AUTH_REMAINING = REPURCHASE_AUTH - REPURCHASE_SHARES[2025]

# ---------------------------------------------------------- average balances
# (average balance, interest) for 2025 and 2024
AVG_ASSET_LINES = (
    ("loans", "Loans (1)(2)"),
    ("lhfs", "Loans held for sale"),
    ("sec_taxable", "Securities - taxable"),
    ("sec_exempt", "Securities - tax-exempt (3)"),
    ("ibdep", "Interest-bearing deposits in other banks"),
    ("fhlb", "FHLB and FRB stock"),
)
AVG_LIAB_LINES = (
    ("ibd", "Interest-bearing demand"),
    ("mms", "Money market and savings"),
    ("time", "Time deposits"),
    ("stb", "Short-term borrowings"),
    ("ltd", "Long-term debt"),
    ("sub", "Subordinated debentures"),
)
AVG = {
    2025: dict(
        loans=(5046280, 306100),
        lhfs=(12150, 790),
        sec_taxable=(1086240, 35410),
        sec_exempt=(264120, 6786),
        ibdep=(158600, 7058),
        fhlb=(38200, 2712),
        ibd=(1149300, 14940),
        mms=(1881600, 49723),
        time=(1296800, 50575),
        stb=(203400, 9560),
        ltd=(187500, 7875),
        sub=(98750, 5184),
    ),
    2024: dict(
        loans=(4872310, 289830),
        lhfs=(9840, 640),
        sec_taxable=(1150470, 33614),
        sec_exempt=(272860, 6912),
        ibdep=(178430, 9386),
        fhlb=(37120, 2784),
        ibd=(1098400, 13730),
        mms=(1772300, 49624),
        time=(1295700, 51158),
        stb=(285600, 14566),
        ltd=(176400, 7232),
        sub=(98750, 5184),
    ),
}
AVG_CASH_DUE = {2025: 94800, 2024: 97300}
AVG_ACL = {2025: -59100, 2024: -57500}
AVG_OTHER_ASSETS = {2025: 523400, 2024: 526900}
AVG_NIB = {2025: 1480700, 2024: 1548300}
AVG_EQUITY = {2025: 776800, 2024: 728900, 2023: 668900}
AVG_ASSETS_2023 = 6952400
AVG_EARNING_2023 = 6418300

# 2023 income statement interest detail (no average-balance table for 2023)
INT_2023 = dict(loans=265210, sec_taxable=30986, sec_exempt=6140, other=11702)
INTX_2023 = dict(deposits=82415, stb=9870, ltd_sub=10284)

# ------------------------------------------------- noninterest income/expense
NONINT_INCOME_LINES = (
    ("svc", "Service charges on deposit accounts"),
    ("wealth", "Wealth management and trust fees"),
    ("card", "Card and interchange income"),
    ("mortgage", "Mortgage banking income"),
    ("boli", "Bank-owned life insurance income"),
    ("secloss", "Net loss on sales of securities"),
    ("other", "Other noninterest income"),
)
NONINT_INCOME = {
    2025: dict(svc=12418, wealth=10876, card=9602, mortgage=5284, boli=3512, other=4985),
    2024: dict(svc=11905, wealth=9944, card=9318, mortgage=4460, boli=3380, other=4212),
    2023: dict(svc=11342, wealth=9310, card=9107, mortgage=3912, boli=3250, other=4630),
}
for _y in YEARS:
    NONINT_INCOME[_y]["secloss"] = SEC_LOSS[_y]
GAIN_ON_LHFS = {2025: 3690, 2024: 3015, 2023: 2604}
LHFS_ORIGINATIONS = {2025: 171240, 2024: 142870, 2023: 118650}

NONINT_EXPENSE_LINES = (
    ("salaries", "Salaries and employee benefits"),
    ("occupancy", "Occupancy and equipment"),
    ("tech", "Data processing and technology"),
    ("fdic", "FDIC insurance assessments"),
    ("professional", "Professional fees"),
    ("marketing", "Marketing and business development"),
    ("cdi", "Amortization of core deposit intangibles"),
    ("other", "Other noninterest expense"),
)
NONINT_EXPENSE = {
    2025: dict(salaries=84320, occupancy=16908, tech=15762, fdic=4412, professional=4105, marketing=3218, other=12344),
    2024: dict(salaries=80115, occupancy=16542, tech=14380, fdic=4690, professional=4880, marketing=3045, other=11902),
    2023: dict(salaries=77240, occupancy=16107, tech=13215, fdic=3870, professional=3612, marketing=2896, other=11520),
}
TAX_RATE = {2025: Fraction(214, 1000), 2024: Fraction(208, 1000), 2023: Fraction(211, 1000)}
DEFERRED_TAX = {2025: 1210, 2024: -1845, 2023: 640}
STATE_TAX_NET = {2025: 3215, 2024: 2846, 2023: 3102}
TAX_CREDITS = {2025: -1240, 2024: -1180, 2023: -1105}

# ----------------------------------------------------------- capital inputs
RWA = {2025: 5612400, 2024: 5498700, 2023: 5371200}
Q4_AVG_ASSETS = {2025: 7146300, 2024: 7012800, 2023: 7010500}
BANK_CET1_DELTA = {2025: 71250, 2024: 66830}  # Bank CET1 over consolidated CET1

# ------------------------------------------------------ parent company only
PARENT_CASH = {2025: 58400, 2024: 54120}
PARENT_OTHER_ASSETS = {2025: 6210, 2024: 5880}
PARENT_OTHER_LIAB = {2025: 2840, 2024: 2615}
PARENT_DIVIDENDS_FROM_BANK = {2025: 62000, 2024: 55000, 2023: 48000}
PARENT_OTHER_INCOME = {2025: 310, 2024: 290, 2023: 275}
PARENT_OTHER_EXPENSE = {2025: 2906, 2024: 2744, 2023: 2610}

# FHLB long-term advance maturities at Dec 31, 2025: (year, amount, weighted average rate %)
LTD_MATURITIES = (("2027", 50000, "4.42"), ("2028", 75000, "4.05"), ("2029", 25000, "3.96"), ("2030", 25000, "4.10"))
# Sources of available liquidity at Dec 31, 2025 ($ thousands)
LIQ_UNENCUMBERED_SECURITIES = 618240
LIQ_FHLB_CAPACITY = 1208350
LIQ_FRB_CAPACITY = 386120
LIQ_FED_FUNDS_LINES = 145000

# ------------------------------------------- figures quoted only in the narrative ($ thousands unless noted)
LEGAL_LENDING_LIMIT = 142000
AUA = {2025: 2912000, 2024: 2604000}  # wealth management assets under administration
ACL_ADVERSE_IMPACT = 11800  # increase in ACL under a 100% adverse-scenario weighting
AFS_DURATION_YEARS = Fraction(46, 10)
OFFICE_NOO_LOANS = 214310
PLEDGED_SECURITIES = 742180
PLEDGED_LOANS = 2308400
MODIFIED_LOANS = 9612  # loans modified for borrowers experiencing financial difficulty
CDI_GROSS = 38600
CDI_FUTURE_FIRST = (2900, 2300, 1700, 1000)  # 2026-2029; 2030 takes the remainder of the net CDI
STB_RATES = {2025: Fraction(438, 100), 2024: Fraction(471, 100)}  # weighted average, %
UNRECOGNIZED_COMP = 6800
UNRECOGNIZED_COMP_YEARS = Fraction(19, 10)
MATCH_401K = 3100
LEASE_TERM_YEARS = Fraction(84, 10)
LEASE_RATE = Fraction(402, 100)
RELATED_PARTY_LOANS = 18700
RELATED_PARTY_DEPOSITS = 24300
BRANCHES_OWNED = 41
EQ_PLAN_OUTSTANDING = 412860  # securities to be issued under shareholder-approved plans
EQ_PLAN_PRICE_CENTS = 2784
EQ_PLAN_AVAILABLE = 684215
PERFORMANCE_INDEX = (  # cumulative total return, Dec 31, 2020 = 100, for 2020..2025
    ("Tarnwick Bancorp, Inc.", ("100", "118.42", "121.07", "109.85", "116.30", "143.62")),
    ("Nasdaq Composite Index", ("100", "122.18", "82.43", "119.22", "154.48", "181.07")),
    ("KBW Nasdaq Regional Banking Index", ("100", "136.59", "127.14", "126.65", "143.43", "155.90")),
)
COMMITMENTS = (
    ("Commercial and industrial lines of credit", 602410),
    ("Commercial real estate and construction", 338275),
    ("Home equity lines of credit", 281930),
    ("Other consumer and overdraft lines", 118655),
    ("Standby letters of credit", 41230),
)

# ---------------------------------------------------------- other disclosures
EMPLOYEES_FTE = 1187
BRANCHES = 58
COUNTIES = 14
SHAREHOLDERS_OF_RECORD = 3412
MORTGAGE_ORIGINATIONS_SOLD = LHFS_ORIGINATIONS[2025]
NII_SENSITIVITY = (
    ("+200", Fraction(41, 10), Fraction(36, 10)),
    ("+100", Fraction(21, 10), Fraction(19, 10)),
    ("-100", Fraction(-26, 10), Fraction(-23, 10)),
    ("-200", Fraction(-55, 10), Fraction(-49, 10)),
)
EVE_SENSITIVITY = (
    ("+200", Fraction(-84, 10), Fraction(-97, 10)),
    ("+100", Fraction(-39, 10), Fraction(-46, 10)),
    ("-100", Fraction(27, 10), Fraction(35, 10)),
    ("-200", Fraction(41, 10), Fraction(58, 10)),
)
STOCK_PRICE_CLOSE_2025 = 3571  # cents, Dec 31, 2025
AGG_MARKET_VALUE_JUNE30 = 915420  # $ thousands, non-affiliates, June 30, 2025
SHARES_OUT_FEB = 30041210


# ========================================================================
# Derived statements
# ========================================================================


def _build():  # noqa: PLR0915 - one long, linear derivation
    m = {}
    # ---- averages / interest
    avg_tot = {}
    for y in (2025, 2024):
        a = AVG[y]
        ea = sum(a[k][0] for k, _ in AVG_ASSET_LINES)
        ii = sum(a[k][1] for k, _ in AVG_ASSET_LINES)
        ibl = sum(a[k][0] for k, _ in AVG_LIAB_LINES)
        ie = sum(a[k][1] for k, _ in AVG_LIAB_LINES)
        tot_assets = ea + AVG_CASH_DUE[y] + AVG_ACL[y] + AVG_OTHER_ASSETS[y]
        other_liab = tot_assets - ibl - AVG_NIB[y] - AVG_EQUITY[y]
        avg_tot[y] = dict(
            earning=ea,
            int_income=ii,
            ibl=ibl,
            int_expense=ie,
            total_assets=tot_assets,
            other_liab=other_liab,
            total_liab=ibl + AVG_NIB[y] + other_liab,
            nii=ii - ie,
            yield_ea=pct(ii, ea),
            rate_ibl=pct(ie, ibl),
        )
        avg_tot[y]["spread"] = Fraction(rnd(avg_tot[y]["yield_ea"], 2)) - Fraction(rnd(avg_tot[y]["rate_ibl"], 2))
        avg_tot[y]["nim"] = pct(ii - ie, ea)
        avg_tot[y]["total_deposits_avg"] = sum(a[k][0] for k in ("ibd", "mms", "time")) + AVG_NIB[y]
        avg_tot[y]["deposit_interest"] = sum(a[k][1] for k in ("ibd", "mms", "time"))
    m["avg_tot"] = avg_tot

    # ---- income statement
    IS = {}
    for y in YEARS:
        d = {}
        if y in AVG:
            a = AVG[y]
            d["int_loans"] = a["loans"][1] + a["lhfs"][1]
            d["int_sec_taxable"] = a["sec_taxable"][1]
            d["int_sec_exempt"] = a["sec_exempt"][1]
            d["int_other"] = a["ibdep"][1] + a["fhlb"][1]
            d["intx_deposits"] = a["ibd"][1] + a["mms"][1] + a["time"][1]
            d["intx_stb"] = a["stb"][1]
            d["intx_ltd_sub"] = a["ltd"][1] + a["sub"][1]
        else:
            d["int_loans"] = INT_2023["loans"]
            d["int_sec_taxable"] = INT_2023["sec_taxable"]
            d["int_sec_exempt"] = INT_2023["sec_exempt"]
            d["int_other"] = INT_2023["other"]
            d["intx_deposits"] = INTX_2023["deposits"]
            d["intx_stb"] = INTX_2023["stb"]
            d["intx_ltd_sub"] = INTX_2023["ltd_sub"]
        d["int_income"] = d["int_loans"] + d["int_sec_taxable"] + d["int_sec_exempt"] + d["int_other"]
        d["int_expense"] = d["intx_deposits"] + d["intx_stb"] + d["intx_ltd_sub"]
        d["nii"] = d["int_income"] - d["int_expense"]
        d["provision"] = PROVISION_LOANS[y] + PROVISION_UNFUNDED[y]
        d["nii_after_prov"] = d["nii"] - d["provision"]
        for k, _ in NONINT_INCOME_LINES:
            d["nonint_" + k] = NONINT_INCOME[y][k]
        d["nonint_income"] = sum(NONINT_INCOME[y].values())
        ne = dict(NONINT_EXPENSE[y])
        ne["cdi"] = CDI[y - 1] - CDI[y]
        for k, _ in NONINT_EXPENSE_LINES:
            d["nonx_" + k] = ne[k]
        d["nonint_expense"] = sum(ne.values())
        d["pretax"] = d["nii_after_prov"] + d["nonint_income"] - d["nonint_expense"]
        d["tax"] = rnd_int(d["pretax"] * TAX_RATE[y])
        d["net_income"] = d["pretax"] - d["tax"]
        d["wavg_basic"] = WAVG_BASIC[y]
        d["wavg_diluted"] = WAVG_BASIC[y] + DILUTIVE[y]
        d["eps_basic"] = rnd(Fraction(d["net_income"] * 1000, WAVG_BASIC[y]), 2)
        d["eps_diluted"] = rnd(Fraction(d["net_income"] * 1000, d["wavg_diluted"]), 2)
        d["dps_cents"] = sum(DPS_QUARTERLY[y])
        d["dividends"] = rnd_int(Fraction(d["dps_cents"] * WAVG_BASIC[y], 100000))
        d["tax_current"] = d["tax"] - DEFERRED_TAX[y]
        d["tax_deferred"] = DEFERRED_TAX[y]
        IS[y] = d
    m["IS"] = IS

    # ---- ACL
    acl = {2022: ACL_BEGIN_2023}
    unf = {2022: UNFUNDED_RESERVE_2022}
    roll = {}
    for y in (2023, 2024, 2025):
        co = sum(CHARGE_OFFS[y].values())
        rec = sum(RECOVERIES[y].values())
        acl[y] = acl[y - 1] - co + rec + PROVISION_LOANS[y]
        unf[y] = unf[y - 1] + PROVISION_UNFUNDED[y]
        roll[y] = dict(begin=acl[y - 1], co=co, rec=rec, nco=co - rec, provision=PROVISION_LOANS[y], end=acl[y])
    m["acl"], m["acl_roll"], m["unfunded"] = acl, roll, unf
    cat = {}
    prov_cat = dict(PROVISION_BY_CAT_2025)
    prov_cat["consumer"] = PROVISION_LOANS[2025] - sum(prov_cat.values())
    for c, _ in ACL_CATS:
        begin = ACL_BY_CAT_2024[c]
        cat[c] = dict(
            begin=begin,
            co=CHARGE_OFFS[2025][c],
            rec=RECOVERIES[2025][c],
            provision=prov_cat[c],
            end=begin - CHARGE_OFFS[2025][c] + RECOVERIES[2025][c] + prov_cat[c],
        )
    m["acl_cat_2025"] = cat

    # ---- equity roll-forward
    eq = {
        2022: dict(
            common=COMMON_2022,
            apic=APIC_2022,
            re=RE_2022,
            treasury=TREASURY_2022,
            aoci=rnd_int(AFS_NU[2022] * (1 - AOCI_TAX_RATE)),
        )
    }
    shares_issued = {2022: SHARES_ISSUED_2022}
    treasury_sh = {2022: TREASURY_SHARES_2022}
    eq_moves = {}
    for y in (2023, 2024, 2025):
        p = eq[y - 1]
        aoci = rnd_int(AFS_NU[y] * (1 - AOCI_TAX_RATE))
        plan_par = rnd_int(STOCK_PLAN_SHARES[y] * PAR / 1000)
        mv = dict(
            net_income=IS[y]["net_income"],
            oci=aoci - p["aoci"],
            dividends=-IS[y]["dividends"],
            sbc=SBC[y],
            plan_common=plan_par,
            plan_apic=STOCK_PLAN_NET_CASH[y] - plan_par,
            repurchase=-REPURCHASE_COST[y],
        )
        eq_moves[y] = mv
        eq[y] = dict(
            common=p["common"] + mv["plan_common"],
            apic=p["apic"] + mv["sbc"] + mv["plan_apic"],
            re=p["re"] + mv["net_income"] + mv["dividends"],
            treasury=p["treasury"] + mv["repurchase"],
            aoci=aoci,
        )
        shares_issued[y] = shares_issued[y - 1] + STOCK_PLAN_SHARES[y]
        treasury_sh[y] = treasury_sh[y - 1] + REPURCHASE_SHARES[y]
    for y in eq:
        eq[y]["total"] = sum(eq[y][k] for k in ("common", "apic", "re", "treasury", "aoci"))
    m["eq"], m["eq_moves"] = eq, eq_moves
    m["shares_issued"], m["treasury_shares"] = shares_issued, treasury_sh
    m["shares_out"] = {y: shares_issued[y] - treasury_sh[y] for y in BS_YEARS}

    # ---- OCI detail
    oci = {}
    for y in (2023, 2024, 2025):
        pretax = AFS_NU[y] - AFS_NU[y - 1]
        reclass = -SEC_LOSS[y]  # losses realized are added back
        net = eq_moves[y]["oci"]
        oci[y] = dict(holding=pretax - reclass, reclass=reclass, pretax=pretax, tax=net - pretax, net=net)
    m["oci"] = oci

    # ---- balance sheets
    boli = {2022: BOLI_2022}
    dta = {2022: DTA_2022}
    ltd = dict(LTD)
    for y in (2023, 2024, 2025):
        boli[y] = boli[y - 1] + NONINT_INCOME[y]["boli"] + BOLI_PURCHASE[y]
        dta[y] = dta[y - 1] - DEFERRED_TAX[y] + (oci[y]["net"] - oci[y]["pretax"])
        ltd[y] = ltd[y - 1] + LTD_PROCEEDS[y] - LTD_REPAY[y]
    BS = {}
    for y in BS_YEARS:
        b = dict(
            cash_due=CASH_DUE[y],
            ib_dep=IB_DEPOSITS_BANKS[y],
            afs=AFS_FV[y],
            htm=HTM_AC[y],
            fhlb=FHLB_STOCK[y],
            lhfs=LHFS[y],
            loans=LOAN_TOTAL[y],
            acl=-acl[y],
            premises=PREMISES[y],
            boli=boli[y],
            goodwill=GOODWILL,
            cdi=CDI[y],
            air=ACCRUED_INT_REC[y],
            dta=dta[y],
            deposits=DEPOSIT_TOTAL[y],
            stb=STB[y],
            ltd=ltd[y],
            sub=SUB_DEBT,
            aip=ACCRUED_INT_PAY[y],
            other_liab=OTHER_LIAB_EX_UNFUNDED[y] + unf[y],
        )
        b["cash_total"] = b["cash_due"] + b["ib_dep"]
        b["loans_net"] = b["loans"] + b["acl"]
        b["total_liab"] = sum(b[k] for k in ("deposits", "stb", "ltd", "sub", "aip", "other_liab"))
        # other assets is the balancing item of the model
        b["other_assets"] = (
            b["total_liab"]
            + eq[y]["total"]
            - sum(
                b[k]
                for k in (
                    "cash_total",
                    "afs",
                    "htm",
                    "fhlb",
                    "lhfs",
                    "loans_net",
                    "premises",
                    "boli",
                    "goodwill",
                    "cdi",
                    "air",
                    "dta",
                )
            )
        )
        b["total_assets"] = sum(
            b[k]
            for k in (
                "cash_total",
                "afs",
                "htm",
                "fhlb",
                "lhfs",
                "loans_net",
                "premises",
                "boli",
                "goodwill",
                "cdi",
                "air",
                "dta",
                "other_assets",
            )
        )
        b.update({"eq_" + k: v for k, v in eq[y].items()})
        b["total_liab_eq"] = b["total_liab"] + eq[y]["total"]
        if y in DEPOSITS:
            b["dep_nib"] = DEPOSITS[y]["nib"]
            b["dep_ib"] = DEPOSIT_TOTAL[y] - DEPOSITS[y]["nib"]
        BS[y] = b
    m["BS"] = BS

    # ---- cash flow statement
    CF = {}
    for y in (2025, 2024, 2023):
        b, p = BS[y], BS[y - 1]
        isy = IS[y]
        sold_ac = SEC_SALES_PROCEEDS[y] - SEC_LOSS[y]
        afs_mat = AFS_AC[y - 1] + SEC_PURCHASES_AFS[y] - sold_ac - PREMIUM_AMORT_AFS[y] - AFS_AC[y]
        htm_mat = HTM_AC[y - 1] + SEC_PURCHASES_HTM[y] - PREMIUM_AMORT_HTM[y] - HTM_AC[y]
        lhfs_proceeds = LHFS[y - 1] + LHFS_ORIGINATIONS[y] + GAIN_ON_LHFS[y] - LHFS[y]
        c = dict(
            net_income=isy["net_income"],
            provision=isy["provision"],
            depreciation=DEPRECIATION[y],
            cdi_amort=isy["nonx_cdi"],
            premium_amort=PREMIUM_AMORT_AFS[y] + PREMIUM_AMORT_HTM[y],
            sbc=SBC[y],
            deferred_tax=DEFERRED_TAX[y],
            boli_income=-NONINT_INCOME[y]["boli"],
            sec_loss=-SEC_LOSS[y],
            gain_lhfs=-GAIN_ON_LHFS[y],
            lhfs_orig=-LHFS_ORIGINATIONS[y],
            lhfs_proceeds=lhfs_proceeds,
            chg_air=-(b["air"] - p["air"]),
            chg_other_assets=-(b["other_assets"] - p["other_assets"]),
            chg_liab=(b["aip"] - p["aip"]) + (b["other_liab"] - p["other_liab"]) - PROVISION_UNFUNDED[y],
        )
        op_keys = list(c.keys())
        c["cfo"] = sum(c[k] for k in op_keys)
        inv = dict(
            afs_purchases=-SEC_PURCHASES_AFS[y],
            afs_sales=SEC_SALES_PROCEEDS[y],
            afs_maturities=afs_mat,
            htm_purchases=-SEC_PURCHASES_HTM[y],
            htm_maturities=htm_mat,
            fhlb_net=-(b["fhlb"] - p["fhlb"]),
            loans_net=-((b["loans"] - p["loans"]) + roll[y]["co"] - roll[y]["rec"]),
            premises_purchases=-((b["premises"] - p["premises"]) + DEPRECIATION[y]),
            boli_purchase=-BOLI_PURCHASE[y],
        )
        c.update(inv)
        c["cfi"] = sum(inv.values())
        fin = dict(
            deposits=b["deposits"] - p["deposits"],
            stb=b["stb"] - p["stb"],
            ltd_proceeds=LTD_PROCEEDS[y],
            ltd_repay=-LTD_REPAY[y],
            repurchase=-REPURCHASE_COST[y],
            dividends=-isy["dividends"],
            stock_plans=STOCK_PLAN_NET_CASH[y],
        )
        c.update(fin)
        c["cff"] = sum(fin.values())
        c["net_change"] = c["cfo"] + c["cfi"] + c["cff"]
        c["cash_begin"] = p["cash_total"]
        c["cash_end"] = c["cash_begin"] + c["net_change"]
        c["interest_paid"] = isy["int_expense"] - (b["aip"] - p["aip"])
        c["taxes_paid"] = isy["tax_current"] - {2025: 842, 2024: -615, 2023: 390}[y]
        c["afs_sold_ac"] = sold_ac
        CF[y] = c
    m["CF"] = CF

    # ---- schedules and ratios
    m["deposits_pct"] = {y: {k: pct(v, DEPOSIT_TOTAL[y]) for k, v in DEPOSITS[y].items()} for y in DEPOSITS}
    m["loans_pct"] = {y: {k: pct(v, LOAN_TOTAL[y]) for k, v in LOANS[y].items()} for y in LOANS}
    tm = list(TIME_MATURITIES_FIRST)
    tm.append(DEPOSITS[2025]["time_small"] + DEPOSITS[2025]["time_large"] - sum(tm))
    m["time_maturities"] = tm

    npa = {}
    for y in (2025, 2024):
        npl = NONACCRUAL[y] + PAST_DUE_90[y]
        npa[y] = dict(
            nonaccrual=NONACCRUAL[y],
            pd90=PAST_DUE_90[y],
            npl=npl,
            oreo=OREO[y],
            npa=npl + OREO[y],
            npl_loans=pct(npl, LOAN_TOTAL[y]),
            npa_assets=pct(npl + OREO[y], BS[y]["total_assets"]),
            acl_npl=pct(acl[y], npl),
        )
    m["npa"] = npa

    avg_assets = {2025: avg_tot[2025]["total_assets"], 2024: avg_tot[2024]["total_assets"], 2023: AVG_ASSETS_2023}
    avg_earning = {2025: avg_tot[2025]["earning"], 2024: avg_tot[2024]["earning"], 2023: AVG_EARNING_2023}
    m["avg_assets"], m["avg_earning"] = avg_assets, avg_earning

    cap = {}
    for y in (2025, 2024, 2023):
        e = eq[y]
        cet1 = e["total"] - e["aoci"] - GOODWILL - CDI[y]
        acl_tier2 = min(acl[y] + unf[y], rnd_int(RWA[y] * Fraction(125, 10000)))
        total_cap = cet1 + SUB_DEBT + acl_tier2
        lev_assets = Q4_AVG_ASSETS[y] - GOODWILL - CDI[y]
        cap[y] = dict(
            cet1=cet1,
            tier1=cet1,
            total=total_cap,
            rwa=RWA[y],
            lev_assets=lev_assets,
            cet1_ratio=pct(cet1, RWA[y]),
            tier1_ratio=pct(cet1, RWA[y]),
            total_ratio=pct(total_cap, RWA[y]),
            leverage=pct(cet1, lev_assets),
        )
        if y in BANK_CET1_DELTA:
            bc = cet1 + BANK_CET1_DELTA[y]
            btot = bc + acl_tier2
            cap[y]["bank"] = dict(
                cet1=bc,
                tier1=bc,
                total=btot,
                cet1_ratio=pct(bc, RWA[y]),
                tier1_ratio=pct(bc, RWA[y]),
                total_ratio=pct(btot, RWA[y]),
                leverage=pct(bc, lev_assets),
            )
    m["cap"] = cap

    ratios = {}
    for y in YEARS:
        i = IS[y]
        ratios[y] = dict(
            roa=pct(i["net_income"], avg_assets[y]),
            roe=pct(i["net_income"], AVG_EQUITY[y]),
            nim=pct(i["nii"], avg_earning[y]),
            efficiency=pct(i["nonint_expense"], i["nii"] + i["nonint_income"]),
            bvps=Fraction(eq[y]["total"] * 1000, m["shares_out"][y]),
            equity_assets=pct(eq[y]["total"], BS[y]["total_assets"]),
            acl_loans=pct(acl[y], LOAN_TOTAL[y]),
            cet1=cap[y]["cet1_ratio"],
            leverage=cap[y]["leverage"],
            total_capital=cap[y]["total_ratio"],
        )
    m["ratios"] = ratios

    # ---- rate / volume 2025 vs 2024
    rv = {}
    for k, _ in AVG_ASSET_LINES + AVG_LIAB_LINES:
        (v1, i1), (v0, i0) = AVG[2025][k], AVG[2024][k]
        r1, r0 = Fraction(i1, v1), Fraction(i0, v0)
        dv, dr = v1 - v0, r1 - r0
        vol, rate, mix = dv * r0, dr * v0, dv * dr
        denom = abs(vol) + abs(rate)
        if denom:
            vol += mix * abs(vol) / denom
        total = i1 - i0
        vol_r = rnd_int(vol)
        rv[k] = dict(volume=vol_r, rate=total - vol_r, total=total)
    m["rv"] = rv

    # ---- loan aging and maturities (Dec 31, 2025)
    aging = {}
    for k, _ in LOAN_TYPES:
        d30, d60, d90, nonacc = PAST_DUE_2025[k]
        tot_pd = d30 + d60 + d90
        aging[k] = dict(
            d30=d30,
            d60=d60,
            d90=d90,
            total_pd=tot_pd,
            current=LOANS[2025][k] - tot_pd - nonacc,
            nonaccrual=nonacc,
            total=LOANS[2025][k],
        )
    m["aging"] = aging
    mat = {}
    for k, _ in LOAN_TYPES:
        tot = LOANS[2025][k]
        b = [rnd_int(Fraction(tot * p, 100)) for p in MATURITY_MIX_2025[k]]
        b.append(tot - sum(b))
        mat[k] = b
    m["maturity"] = mat
    prem = {}
    for y in (2025, 2024):
        g = dict(PREMISES_DETAIL[y])
        g["gross"] = sum(g.values())
        g["accum"] = PREMISES[y] - g["gross"]
        g["net"] = PREMISES[y]
        prem[y] = g
    m["premises"] = prem
    # ---- parent company only
    par = {}
    for y in (2025, 2024):
        inv = eq[y]["total"] + SUB_DEBT + PARENT_OTHER_LIAB[y] - PARENT_CASH[y] - PARENT_OTHER_ASSETS[y]
        par[y] = dict(
            cash=PARENT_CASH[y],
            investment=inv,
            other_assets=PARENT_OTHER_ASSETS[y],
            total_assets=PARENT_CASH[y] + inv + PARENT_OTHER_ASSETS[y],
            sub=SUB_DEBT,
            other_liab=PARENT_OTHER_LIAB[y],
            total_liab=SUB_DEBT + PARENT_OTHER_LIAB[y],
            equity=eq[y]["total"],
        )
        par[y]["total_liab_eq"] = par[y]["total_liab"] + par[y]["equity"]
    pinc = {}
    for y in YEARS:
        sub_int = AVG[y]["sub"][1] if y in AVG else 5184
        before = PARENT_DIVIDENDS_FROM_BANK[y] + PARENT_OTHER_INCOME[y] - sub_int - PARENT_OTHER_EXPENSE[y]
        benefit = rnd_int((sub_int + PARENT_OTHER_EXPENSE[y] - PARENT_OTHER_INCOME[y]) * Fraction(21, 100))
        pinc[y] = dict(
            dividends=PARENT_DIVIDENDS_FROM_BANK[y],
            other_income=PARENT_OTHER_INCOME[y],
            interest=-sub_int,
            other_expense=-PARENT_OTHER_EXPENSE[y],
            before=before,
            tax_benefit=benefit,
            undistributed=IS[y]["net_income"] - before - benefit,
            net_income=IS[y]["net_income"],
        )
    m["parent_bs"], m["parent_is"] = par, pinc

    # ---- AFS maturity distribution
    afs_mat = {}
    for k, _ in AFS_TYPES:
        ac = AFS[2025][k][0]
        b = [rnd_int(Fraction(ac * p, 100)) for p in AFS_MATURITY_MIX_2025[k]]
        if AFS_YIELDS_2025[k][3] == "0":  # nothing beyond ten years: third bucket takes the remainder
            b = b[:2] + [ac - b[0] - b[1], 0]
        else:
            b.append(ac - sum(b))
        afs_mat[k] = b
    m["afs_maturity"] = afs_mat
    m["lease"] = dict(
        total=sum(v for _, v in LEASE_PAYMENTS),
        discount=LEASE_DISCOUNT,
        liability=sum(v for _, v in LEASE_PAYMENTS) - LEASE_DISCOUNT,
    )

    rr = {}
    for k, (sm, ss, dd) in RISK_RATINGS_2025.items():
        rr[k] = dict(pass_=LOANS[2025][k] - sm - ss - dd, sm=sm, ss=ss, dd=dd, total=LOANS[2025][k])
    m["risk_ratings"] = rr
    m["liquidity"] = dict(
        cash=BS[2025]["cash_total"],
        securities=LIQ_UNENCUMBERED_SECURITIES,
        fhlb=LIQ_FHLB_CAPACITY,
        frb=LIQ_FRB_CAPACITY,
        fedfunds=LIQ_FED_FUNDS_LINES,
    )
    m["liquidity"]["total"] = sum(m["liquidity"].values())
    m["uninsured_2025"] = rnd_int(DEPOSIT_TOTAL[2025] * UNINSURED_PCT_2025 / 100)
    m["cdi_future"] = [*CDI_FUTURE_FIRST, CDI[2025] - sum(CDI_FUTURE_FIRST)]
    m["ltd_wavg_rate"] = Fraction(
        sum(a * Fraction(r) for _, a, r in LTD_MATURITIES), sum(a for _, a, _ in LTD_MATURITIES)
    )
    m["commitments_total"] = sum(v for _, v in COMMITMENTS)
    m["commitments_credit"] = sum(v for lab, v in COMMITMENTS if not lab.startswith("Standby"))

    # ---- tax rate reconciliation
    taxrec = {}
    for y in YEARS:
        i = IS[y]
        t = dict(
            statutory=rnd_int(i["pretax"] * Fraction(21, 100)),
            state=STATE_TAX_NET[y],
            exempt=-rnd_int(i["int_sec_exempt"] * Fraction(21, 100)),
            boli=-rnd_int(NONINT_INCOME[y]["boli"] * Fraction(21, 100)),
            credits=TAX_CREDITS[y],
        )
        t["other"] = i["tax"] - sum(t.values())
        t["total"] = i["tax"]
        t["effective"] = pct(i["tax"], i["pretax"])
        taxrec[y] = t
    m["taxrec"] = taxrec
    return m


M = _build()


def check(m=M) -> None:
    """Assert that every statement and schedule ties."""
    IS, BS, CF, eq = m["IS"], m["BS"], m["CF"], m["eq"]
    for y in BS_YEARS:
        assert BS[y]["total_assets"] == BS[y]["total_liab_eq"], (y, BS[y]["total_assets"], BS[y]["total_liab_eq"])
        assert BS[y]["other_assets"] > 0
    for y in (2025, 2024, 2023):
        c = CF[y]
        assert c["cash_end"] == BS[y]["cash_total"], (y, c["cash_end"], BS[y]["cash_total"])
        r = m["acl_roll"][y]
        assert r["begin"] - r["co"] + r["rec"] + r["provision"] == r["end"] == m["acl"][y]
        mv = m["eq_moves"][y]
        assert eq[y]["total"] == eq[y - 1]["total"] + sum(mv.values())
        assert m["oci"][y]["holding"] + m["oci"][y]["reclass"] + m["oci"][y]["tax"] == m["oci"][y]["net"]
        assert c["afs_maturities"] > 0 and c["htm_maturities"] > 0 and c["lhfs_proceeds"] > 0
        assert c["premises_purchases"] < 0
        i = IS[y]
        assert i["nii"] - i["provision"] + i["nonint_income"] - i["nonint_expense"] - i["tax"] == i["net_income"]
        assert m["taxrec"][y]["total"] == i["tax"]
    # ACL by category 2025 ties to the total roll-forward
    cat = m["acl_cat_2025"]
    assert sum(v["end"] for v in cat.values()) == m["acl"][2025]
    assert sum(v["begin"] for v in cat.values()) == m["acl"][2024]
    assert sum(v["co"] for v in cat.values()) == m["acl_roll"][2025]["co"]
    # schedules tie to balance sheet
    for y in (2025, 2024):
        assert sum(LOANS[y].values()) == BS[y]["loans"]
        assert sum(DEPOSITS[y].values()) == BS[y]["deposits"]
        assert BS[y]["dep_nib"] + BS[y]["dep_ib"] == BS[y]["deposits"]
        assert sum(v[0] + v[1] - v[2] for v in AFS[y].values()) == BS[y]["afs"]
        assert sum(v[0] for v in HTM[y].values()) == BS[y]["htm"]
        # average-balance interest ties to the income statement
        assert m["avg_tot"][y]["int_income"] == IS[y]["int_income"]
        assert m["avg_tot"][y]["int_expense"] == IS[y]["int_expense"]
        assert m["avg_tot"][y]["other_liab"] > 0
    # unrealized-loss aging ties to gross losses
    for k, v in AFS_LOSS_AGING_2025.items():
        assert v[1] + v[3] == AFS[2025][k][2], k
    # time deposit maturities
    assert sum(m["time_maturities"]) == DEPOSITS[2025]["time_small"] + DEPOSITS[2025]["time_large"]
    assert m["time_maturities"][-1] > 0
    # rate / volume foots to change in NII
    rv = m["rv"]
    d_ii = sum(rv[k]["total"] for k, _ in AVG_ASSET_LINES)
    d_ie = sum(rv[k]["total"] for k, _ in AVG_LIAB_LINES)
    assert d_ii - d_ie == IS[2025]["nii"] - IS[2024]["nii"]
    for v in rv.values():
        assert v["volume"] + v["rate"] == v["total"]
    # EPS / shares
    for y in YEARS:
        assert IS[y]["wavg_diluted"] > IS[y]["wavg_basic"]
    assert sum(s for _, s, _ in Q4_REPURCHASES) <= REPURCHASE_SHARES[2025]
    # loan aging and maturities tie to loans by type; premises detail ties to the balance sheet
    for k, a in m["aging"].items():
        assert a["current"] + a["total_pd"] + a["nonaccrual"] == LOANS[2025][k] and a["current"] > 0
        assert sum(m["maturity"][k]) == LOANS[2025][k] and min(m["maturity"][k]) >= 0
    assert sum(a["d90"] for a in m["aging"].values()) == PAST_DUE_90[2025]
    assert sum(a["nonaccrual"] for a in m["aging"].values()) == NONACCRUAL[2025]
    for y in (2025, 2024):
        pr = m["premises"][y]
        assert pr["gross"] + pr["accum"] == BS[y]["premises"] and pr["accum"] < 0
        pb = m["parent_bs"][y]
        assert pb["total_assets"] == pb["total_liab_eq"] and pb["equity"] == eq[y]["total"]
    for y in YEARS:
        pi = m["parent_is"][y]
        assert pi["before"] + pi["tax_benefit"] + pi["undistributed"] == IS[y]["net_income"]
        assert pi["dividends"] + pi["other_income"] + pi["interest"] + pi["other_expense"] == pi["before"]
    for k, b in m["afs_maturity"].items():
        assert sum(b) == AFS[2025][k][0] and min(b) >= 0
        assert (b[3] == 0) == (AFS_YIELDS_2025[k][3] == "0"), k
    assert sum(a for _, a, _ in LTD_MATURITIES) == BS[2025]["ltd"]
    assert min(m["cdi_future"]) > 0 and sum(m["cdi_future"]) == CDI[2025]
    assert PARENT_CASH[2025] < BS[2025]["cash_total"]
    for k, r in m["risk_ratings"].items():
        assert r["pass_"] + r["sm"] + r["ss"] + r["dd"] == LOANS[2025][k] and r["pass_"] > 0
        assert r["ss"] + r["dd"] >= PAST_DUE_2025[k][3]  # nonaccrual commercial loans are classified
    # comprehensive income
    for y in (2025, 2024, 2023):
        assert m["eq_moves"][y]["oci"] == m["oci"][y]["net"]


check()


if __name__ == "__main__":  # quick look at derived values while tuning
    for y in YEARS:
        print(y, {k: IS_v for k, IS_v in M["IS"][y].items() if not k.startswith(("nonint_", "nonx_", "int_", "intx"))})
        r = M["ratios"][y]
        print("   ", {k: float(v) for k, v in r.items()})
    for y in BS_YEARS:
        b = M["BS"][y]
        print(y, "TA", b["total_assets"], "OA", b["other_assets"], "DTA", b["dta"], "EQ", b["eq_total"])
    for y in (2025, 2024, 2023):
        c = M["CF"][y]
        print(y, "CFO", c["cfo"], "CFI", c["cfi"], "CFF", c["cff"], c["afs_maturities"], c["htm_maturities"])
    print(M["avg_tot"][2025]["other_liab"], M["avg_tot"][2024]["other_liab"], M["avg_tot"])
    print(M["cap"])
    print(M["taxrec"])
