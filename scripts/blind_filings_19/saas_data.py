"""Figures of the invented SaaS company's Q4 / fiscal 2026 earnings release.

Fiscal year ends January 31 (fiscal 2026 = year ended January 31, 2026).
Amounts in thousands of dollars except per-share data; share counts in
thousands. Four-column series are ordered (Q4 FY26, Q4 FY25, FY26, FY25).
"""
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

CO = "Nimbrel, Inc."
DOC_NAME = "NIMBREL_2026_Q4_8K_EX99-1"
TICKER = "NBRL"


def col(*xs):
    return list(xs)


def add(*series):
    return [sum(v) for v in zip(*series)]


def neg(a):
    return [-x for x in a]


# ----------------------------------------------------- statement of operations
rev_sub = col(188214, 154306, 693457, 556119)
rev_ps = col(13226, 12671, 49161, 48904)
rev = add(rev_sub, rev_ps)
cor_sub = col(38107, 33218, 146522, 124871)
cor_ps = col(14032, 13594, 54883, 52306)
cor = add(cor_sub, cor_ps)
gp = [a - b for a, b in zip(rev, cor)]
rnd = col(44512, 40107, 176944, 158203)
snm = col(72618, 63905, 284377, 251640)
gna = col(24906, 22384, 97215, 88519)
restr = col(0, 0, 6842, 0)
opex = add(rnd, snm, gna, restr)
opinc = [a - b for a, b in zip(gp, opex)]
int_inc = col(6118, 5402, 23047, 19880)
int_exp = col(-1204, -1198, -4806, -4781)
oth = col(-312, 455, -1027, 612)
pretax = add(opinc, int_inc, int_exp, oth)
tax = col(1318, 964, 4215, 3402)
ni = [a - b for a, b in zip(pretax, tax)]
sh_basic = col(154206, 149318, 152674, 147905)
sh_dil = col(161842, 149318, 152674, 147905)


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


eps_b = [q2(D(n) / D(s)) for n, s in zip(ni, sh_basic)]
eps_d = [q2(D(n) / D(s)) for n, s in zip(ni, sh_dil)]

# stock-based compensation by line
sbc_cor_sub = col(2914, 2507, 11208, 9684)
sbc_cor_ps = col(1106, 1042, 4361, 4105)
sbc_rnd = col(11873, 10486, 46512, 41307)
sbc_snm = col(10248, 9335, 40116, 36582)
sbc_gna = col(7015, 6418, 27604, 25211)
sbc = add(sbc_cor_sub, sbc_cor_ps, sbc_rnd, sbc_snm, sbc_gna)
amort_cor = col(1420, 1420, 5680, 4260)
amort_snm = col(612, 612, 2448, 1836)
amort = add(amort_cor, amort_snm)
payroll_tax = col(1284, 1017, 6935, 5411)
debt_cost = col(312, 309, 1241, 1226)
tax_effect = col(-3905, -2210, -12844, -6950)

ng_gp = add(gp, sbc_cor_sub, sbc_cor_ps, amort_cor)
ng_opinc = add(opinc, sbc, amort, payroll_tax, restr)
ng_ni = add(ni, sbc, amort, payroll_tax, restr, debt_cost, tax_effect)
ng_sh_dil = col(161842, 156904, 160115, 155480)
ng_eps = [q2(D(n) / D(s)) for n, s in zip(ng_ni, ng_sh_dil)]


def pct1(a, b):
    return (D(a) * 100 / D(b)).quantize(D("0.1"), rounding=ROUND_HALF_UP)


ng_gm = [pct1(a, b) for a, b in zip(ng_gp, rev)]
ng_om = [pct1(a, b) for a, b in zip(ng_opinc, rev)]

# ------------------------------------------------------------ balance sheet
ca = [
    ("Cash and cash equivalents", 454338, 338099),
    ("Marketable securities", 612904, 561185),
    ("Accounts receivable, net", 214506, 181370),
    ("Deferred commissions, current", 46218, 39512),
    ("Prepaid expenses and other current assets", 31907, 27095),
]
nca = [
    ("Property and equipment, net", 43572, 37842),
    ("Operating lease right-of-use assets", 52118, 56430),
    ("Deferred commissions, noncurrent", 71540, 60505),
    ("Intangible assets, net", 27884, 36012),
    ("Goodwill", 96715, 96715),
    ("Other assets", 14207, 13889),
]
cl = [
    ("Accounts payable", 9842, 8108),
    ("Accrued expenses and other current liabilities", 38615, 33904),
    ("Accrued compensation", 52396, 44636),
    ("Deferred revenue, current", 398512, 325840),
    ("Operating lease liabilities, current", 11204, 10988),
]
ncl = [
    ("Deferred revenue, noncurrent", 21306, 15448),
    ("Operating lease liabilities, noncurrent", 49307, 54639),
    ("Convertible senior notes, net", 344071, 342830),
    ("Other liabilities", None, 8296),   # 2026 value is solved below so the balance sheet balances
]
common_stock = (15, 15)
aoci = (-2184, -1207)
acc_def_2025 = -1046312


def _tot(rows, i):
    return sum(r[i] for r in rows)


tca = (_tot(ca, 1), _tot(ca, 2))
tassets = (tca[0] + _tot(nca, 1), tca[1] + _tot(nca, 2))
tcl = (_tot(cl, 1), _tot(cl, 2))

# cash flow (twelve months: FY26, FY25)
cf_op = [  # label, FY26, FY25
    ("Net loss", ni[2], ni[3]),
    ("Depreciation and amortization", 24318, 21604),
    ("Stock-based compensation expense", sbc[2], sbc[3]),
    ("Amortization of deferred commissions", 41206, 35118),
    ("Amortization of debt issuance costs", debt_cost[2], debt_cost[3]),
    ("Non-cash operating lease cost", 9412, 9105),
    ("Accretion of discounts on marketable securities, net", -6884, -5930),
    ("Deferred income taxes", 318, -207),
    ("Other", 555, 284),
]
cf_wc = [
    ("Accounts receivable", -33136, -27455),
    ("Deferred commissions", -58947, -49302),
    ("Prepaid expenses and other assets", -4812, -3605),
    ("Accounts payable", 1734, -2118),
    ("Accrued expenses, compensation and other liabilities", 12471, 9806),
    ("Deferred revenue", 78530, 61204),
    ("Operating lease liabilities", -10216, -9784),
]
cfo = (sum(r[1] for r in cf_op + cf_wc), sum(r[2] for r in cf_op + cf_wc))
cf_inv = [
    ("Purchases of property and equipment", -9806, -8412),
    ("Capitalized internal-use software", -12114, -10375),
    ("Purchases of marketable securities", -486220, -402915),
    ("Maturities and sales of marketable securities", 441385, 371640),
    ("Business acquisition, net of cash acquired", 0, -38416),
]
cfi = (sum(r[1] for r in cf_inv), sum(r[2] for r in cf_inv))
cf_fin = [
    ("Proceeds from exercise of stock options", 18442, 21307),
    ("Proceeds from employee stock purchase plan", 12806, 11214),
    ("Taxes paid related to net share settlement of equity awards", -21573, -17902),
]
cff = (sum(r[1] for r in cf_fin), sum(r[2] for r in cf_fin))
fx = (-1106, 842)
net_change = (cfo[0] + cfi[0] + cff[0] + fx[0], cfo[1] + cfi[1] + cff[1] + fx[1])
cash_open = (338099, 312488)
cash_close = (cash_open[0] + net_change[0], cash_open[1] + net_change[1])

apic_delta = sbc[2] + cf_fin[0][1] + cf_fin[1][1] + cf_fin[2][1]
acc_def = (acc_def_2025 + ni[2], acc_def_2025)
_liab_2025 = tcl[1] + sum(r[2] for r in ncl)
apic_2025 = tassets[1] - _liab_2025 - common_stock[1] - aoci[1] - acc_def[1]
apic = (apic_2025 + apic_delta, apic_2025)
_eq_2026 = common_stock[0] + apic[0] + aoci[0] + acc_def[0]
_other_liab_2026 = tassets[0] - _eq_2026 - tcl[0] - sum(r[1] for r in ncl if r[1] is not None)
ncl[3] = ("Other liabilities", _other_liab_2026, 8296)
tliab = (tcl[0] + _tot(ncl, 1), tcl[1] + _tot(ncl, 2))
teq = (common_stock[0] + apic[0] + aoci[0] + acc_def[0], common_stock[1] + apic[1] + aoci[1] + acc_def[1])
tle = (tliab[0] + teq[0], tliab[1] + teq[1])

# free cash flow (three and twelve months)
fcf_cfo = col(61207, 38914, cfo[0], cfo[1])
fcf_capex = col(-2716, -2208, cf_inv[0][1], cf_inv[0][2])
fcf_sw = col(-3390, -2847, cf_inv[1][1], cf_inv[1][2])
fcf = add(fcf_cfo, fcf_capex, fcf_sw)

# ------------------------------------------------------------- key metrics
rpo = (1246812, 998240)
crpo = (702455, 575918)
cust100k = (1412, 1168)
customers_total = ("9,850", "9,120")
ndr = (118, 121)

geo = {  # label -> 4 columns
    "United States": col(132156, 111204, 489915, 405117),
    "Europe, Middle East and Africa": col(44307, 35618, 162318, 130442),
    "Asia Pacific": col(17865, 13902, 64291, 48716),
}
geo["Other Americas"] = [r - sum(v[i] for v in geo.values()) for i, r in enumerate(rev)]

# ---------------------------------------------------------------- outlook
outlook = {
    "q1_rev": ("206.0", "208.0"), "q1_ngoi": ("38.0", "40.0"), "q1_eps": ("0.22", "0.23"),
    "q1_shares": "164", "fy_rev": ("902.0", "910.0"), "fy_ngoi": ("176.0", "184.0"),
    "fy_fcf": ("190.0", "200.0"), "fy_eps": ("0.98", "1.02"), "fy_shares": "166",
}


def validate():
    errs = []

    def eq_(a, b, what):
        if a != b:
            errs.append(f"{what}: {a} != {b}")

    eq_(tassets, tle, "balance sheet")
    eq_(cash_close, (ca[0][1], ca[0][2]), "cash flow ending cash vs balance sheet")
    eq_(cash_open[0], ca[0][2], "opening cash FY26")
    eq_(apic[0] - apic[1], apic_delta, "APIC roll")
    eq_(acc_def[0] - acc_def[1], ni[2], "accumulated deficit roll")
    # working-capital lines that mirror balance sheet movements
    eq_(-(ca[2][1] - ca[2][2]), cf_wc[0][1], "AR change")
    eq_(-(ca[4][1] - ca[4][2]), cf_wc[2][1], "prepaid change")
    eq_(cl[0][1] - cl[0][2], cf_wc[3][1], "AP change")
    eq_((cl[1][1] - cl[1][2]) + (cl[2][1] - cl[2][2]), cf_wc[4][1], "accrued change")
    eq_((cl[3][1] + ncl[0][1]) - (cl[3][2] + ncl[0][2]), cf_wc[5][1], "deferred revenue change")
    eq_((ca[3][1] + nca[2][1]) - (ca[3][2] + nca[2][2]), -cf_wc[1][1] - cf_op[3][1],
        "deferred commissions roll")
    eq_(nca[3][1] - nca[3][2], -amort[2], "intangibles roll")
    eq_(ncl[2][1] - ncl[2][2], debt_cost[2], "convertible notes accretion")
    eq_(ca[1][1] - ca[1][2], -(cf_inv[2][1] + cf_inv[3][1]) - cf_op[6][1], "marketable securities roll")
    eq_(sum(v[0] for v in geo.values()), rev[0], "geo Q4")
    if not (5000 < ncl[3][1] < 15000):
        errs.append(f"other liabilities plug out of range: {ncl[3][1]}")
    if not (0 < apic[1]):
        errs.append("APIC negative")
    return errs
