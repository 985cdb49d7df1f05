"""Declarative tie-outs evaluated on the figures as printed (parsed back from the
printed cells), e.g. subtotals, totals, balance sheet balance, cash roll-forward
and cross-statement agreements.

Reference syntax: "table::row key", optional "@i" for one column, optional
leading "-" to subtract. Blank cells count as zero in sums.
"""
from decimal import Decimal


def _parse(ref):
    sign = 1
    if ref.startswith("-"):
        sign, ref = -1, ref[1:]
    col = None
    if "@" in ref:
        ref, c = ref.rsplit("@", 1)
        col = int(c)
    tid, key = ref.split("::", 1)
    return sign, tid, key, col


def _vals(tables, ref):
    sign, tid, key, col = _parse(ref)
    try:
        row = tables[tid]["rows"][key]
    except KeyError:
        raise KeyError(f"unknown reference {ref!r}")
    vals = [(v if v is not None else Decimal(0)) * sign for v in row["values"]]
    return [vals[col]] if col is not None else vals


def evaluate(tables, ties):
    errors = []
    for tie in ties:
        kind = tie[0]
        try:
            if kind == "sum":
                _, target, parts = tie
                tv = _vals(tables, target)
                acc = [Decimal(0)] * len(tv)
                for p in parts:
                    pv = _vals(tables, p)
                    if len(pv) != len(tv):
                        raise ValueError(f"column count mismatch {p} vs {target}")
                    acc = [a + b for a, b in zip(acc, pv)]
                if acc != tv:
                    errors.append(f"sum tie failed: {target} = {' + '.join(parts)}: printed {tv}, computed {acc}")
            elif kind == "eq":
                _, a, b = tie
                if _vals(tables, a) != _vals(tables, b):
                    errors.append(f"equality failed: {a} {_vals(tables, a)} vs {b} {_vals(tables, b)}")
            elif kind == "rowsum":      # one row: column `total` = sum of columns `cols`
                _, ref, cols, total = tie
                v = _vals(tables, ref)
                if sum(v[c] for c in cols) != v[total]:
                    errors.append(f"row total failed: {ref}: {v}")
            elif kind == "ratio":       # num / den (x scale) rounds to the printed value
                _, num, den, printed, scale, places = tie
                n, d, p = _vals(tables, num), _vals(tables, den), _vals(tables, printed)
                q = Decimal(1).scaleb(-places)
                for a, b, c in zip(n, d, p):
                    calc = (a * scale / b).quantize(q, rounding="ROUND_HALF_UP")
                    if calc != abs(c) * (1 if a * b >= 0 else -1):
                        errors.append(f"ratio tie failed: {printed}: {a}/{b} -> {calc} printed {c}")
            else:
                raise ValueError(kind)
        except (KeyError, ValueError) as e:
            errors.append(f"tie {tie!r} could not be evaluated: {e}")
    return errors


def ties_10k():
    I, A, L, C, E = "income::", "bs_assets::", "bs_liab::", "cashflow::", "equity::"
    t = [
        ("sum", I + "Total operating revenues", [I + "Electric", I + "Natural gas", I + "Other revenues"]),
        ("sum", I + "Total operating expenses", [I + k for k in (
            "Fuel used in electric generation and purchased power", "Cost of natural gas sold",
            "Operations and maintenance", "Depreciation and amortization", "Taxes other than income taxes")]),
        ("sum", I + "Operating Income", [I + "Total operating revenues", "-" + I + "Total operating expenses"]),
        ("sum", I + "Total other income (expense)", [I + "Allowance for equity funds used during construction",
                                                      I + "Other income, net", I + "Interest expense, net"]),
        ("sum", I + "Income Before Income Taxes", [I + "Operating Income", I + "Total other income (expense)"]),
        ("sum", I + "Net Income", [I + "Income Before Income Taxes", "-" + I + "Income tax expense"]),
        ("ratio", I + "Net Income", I + "Shares basic", I + "EPS basic", 1, 2),
        ("ratio", I + "Net Income", I + "Shares diluted", I + "EPS diluted", 1, 2),
        # balance sheet
        ("sum", A + "Total current assets", [A + k for k in (
            "Cash and cash equivalents", "Accounts receivable, net", "Accrued unbilled revenues",
            "Fuel, materials and supplies", "Natural gas in storage", "Regulatory assets, current",
            "Prepayments and other current assets")]),
        ("sum", A + "Net utility plant in service", [A + "Utility plant in service",
                                                     A + "Less accumulated depreciation and amortization"]),
        ("sum", A + "Total property, plant and equipment, net", [A + "Net utility plant in service",
                                                                 A + "Construction work in progress",
                                                                 A + "Nonutility property, net"]),
        ("sum", A + "Total other noncurrent assets", [A + "Regulatory assets, noncurrent", A + "Goodwill",
                                                      A + "Operating lease right-of-use assets",
                                                      A + "Other noncurrent assets"]),
        ("sum", A + "Total Assets", [A + "Total current assets", A + "Total property, plant and equipment, net",
                                     A + "Total other noncurrent assets"]),
        ("sum", L + "Total current liabilities", [L + k for k in (
            "Short-term borrowings", "Current maturities of long-term debt", "Accounts payable", "Accrued taxes",
            "Accrued interest", "Customer deposits", "Regulatory liabilities, current",
            "Other current liabilities")]),
        ("sum", L + "Total deferred credits and other liabilities", [L + k for k in (
            "Deferred income taxes", "Regulatory liabilities, noncurrent", "Asset retirement obligations",
            "Pension and other postretirement benefit obligations", "Operating lease liabilities",
            "Other deferred credits and liabilities")]),
        ("sum", L + "Total liabilities", [L + "Total current liabilities", L + "Long-term debt, net",
                                          L + "Total deferred credits and other liabilities"]),
        ("sum", L + "Total shareholders’ equity", [L + "Common stock", L + "Retained earnings",
                                                   L + "Accumulated other comprehensive loss"]),
        ("sum", L + "Total Liabilities and Shareholders’ Equity", [L + "Total liabilities",
                                                                   L + "Total shareholders’ equity"]),
        ("eq", L + "Total Liabilities and Shareholders’ Equity", A + "Total Assets"),
        # cash flows
        ("sum", C + "Net cash provided by operating activities", [C + k for k in (
            "Net income", "Depreciation and amortization", "Deferred income taxes and investment tax credits, net",
            "Allowance for equity funds used during construction", "Share-based compensation",
            "Amortization of regulatory assets and other noncash items",
            "Accounts receivable and accrued unbilled revenues",
            "Fuel, materials, supplies and natural gas in storage", "Accounts payable",
            "Regulatory assets and liabilities, net", "Operating other, net")]),
        ("sum", C + "Net cash used in investing activities", [C + "Capital expenditures",
                                                              C + "Proceeds from sale of assets",
                                                              C + "Other investing activities, net"]),
        ("sum", C + "Net cash provided by financing activities", [C + k for k in (
            "Issuance of long-term debt", "Retirements of long-term debt", "Net change in short-term borrowings",
            "Issuance of common stock", "Repurchases of common stock", "Dividends paid on common stock",
            "Other financing activities, net")]),
        ("sum", C + "Net increase in cash and cash equivalents", [
            C + "Net cash provided by operating activities", C + "Net cash used in investing activities",
            C + "Net cash provided by financing activities"]),
        ("sum", C + "Cash and cash equivalents at end of year", [
            C + "Cash and cash equivalents at beginning of year", C + "Net increase in cash and cash equivalents"]),
        ("eq", C + "Cash and cash equivalents at end of year@0", A + "Cash and cash equivalents@0"),
        ("eq", C + "Cash and cash equivalents at end of year@1", A + "Cash and cash equivalents@1"),
        ("eq", C + "Cash and cash equivalents at beginning of year@0", A + "Cash and cash equivalents@1"),
        ("eq", C + "Net income", I + "Net Income"),
        ("eq", C + "Depreciation and amortization", I + "Depreciation and amortization"),
        ("eq", C + "Allowance for equity funds used during construction",
         "-" + I + "Allowance for equity funds used during construction"),
        ("eq", C + "Repurchases of common stock@0", E + "2025|Repurchases@4"),
        ("eq", C + "Dividends paid on common stock@0", E + "2025|Dividends@4"),
        ("eq", C + "Issuance of common stock@0", E + "2025|Issuance@4"),
        # MD&A
        ("eq", "cfsum::Net cash provided by operating activities@0", C + "Net cash provided by operating activities@0"),
        ("eq", "cfsum::Net cash used in investing activities@1", C + "Net cash used in investing activities@1"),
        ("eq", "cfsum::Net cash provided by financing activities@0", C + "Net cash provided by financing activities@0"),
        ("eq", "cfsum::Net increase in cash and cash equivalents@0", C + "Net increase in cash and cash equivalents@0"),
    ]
    # MD&A summary: the change column is 2025 minus 2024
    for k in ("Net cash provided by operating activities", "Net cash used in investing activities",
              "Net cash provided by financing activities", "Net increase in cash and cash equivalents"):
        t.append(("sum", f"cfsum::{k}@2", [f"cfsum::{k}@0", f"-cfsum::{k}@1"]))
    for sect, total in (("Revenues", I + "Total operating revenues"), ("Operating income", I + "Operating Income"),
                        ("Net income", I + "Net Income")):
        t.append(("sum", f"segments::{sect}|Total", [f"segments::{sect}|{n}" for n in (
            "Electric Utility", "Gas Utility", "Corporate and Other")]))
        t.append(("eq", f"segments::{sect}|Total", total))
    t.append(("sum", "capexplan::Total capital expenditures", [
        "capexplan::Electric Utility", "capexplan::Gas Utility", "capexplan::Corporate and Other"]))
    t.append(("eq", "capexplan::Total capital expenditures@0", "-" + C + "Capital expenditures@0"))
    # equity statement roll-forward
    prev = E + "Balance 2022"
    for y in (2023, 2024, 2025):
        parts = [prev] + [E + f"{y}|{k}" for k in ("Net income", "OCI", "Dividends", "Issuance", "SBC")]
        if y != 2023:
            parts.append(E + f"{y}|Repurchases")
        t.append(("sum", E + f"Balance {y}", parts))
        prev = E + f"Balance {y}"
    for key in [f"Balance {y}" for y in (2022, 2023, 2024, 2025)]:
        t.append(("rowsum", E + key, [1, 2, 3], 4))
    t.append(("eq", E + "Balance 2025@1", L + "Common stock@0"))
    t.append(("eq", E + "Balance 2025@2", L + "Retained earnings@0"))
    t.append(("eq", E + "Balance 2025@3", L + "Accumulated other comprehensive loss@0"))
    t.append(("eq", E + "Balance 2024@4", L + "Total shareholders’ equity@1"))
    t.append(("eq", E + "Balance 2025@4", L + "Total shareholders’ equity@0"))
    t.append(("eq", E + "2025|Net income@4", I + "Net Income@0"))
    # revenue note
    for y, col in ((2025, 0), (2024, 1)):
        R = f"revenue{y}::"
        for k in ("Residential", "Commercial", "Industrial", "Other", "Total revenues from contracts with customers",
                  "Alternative revenue programs and other revenues", "Total operating revenues"):
            t.append(("rowsum", R + k, [0, 1, 2], 3))
        t.append(("sum", R + "Total revenues from contracts with customers",
                  [R + k for k in ("Residential", "Commercial", "Industrial", "Other")]))
        t.append(("sum", R + "Total operating revenues", [R + "Total revenues from contracts with customers",
                                                          R + "Alternative revenue programs and other revenues"]))
        t.append(("eq", R + "Total operating revenues@3", I + f"Total operating revenues@{col}"))
        t.append(("eq", R + "Total operating revenues@0", I + f"Electric@{col}"))
        t.append(("eq", R + "Total operating revenues@1", I + f"Natural gas@{col}"))
    # debt
    t.append(("sum", "ltd::Total principal amount", ["ltd::FMB", "ltd::Gas notes", "ltd::Holdco notes",
                                                     "ltd::Junior notes"]))
    t.append(("sum", "ltd::Long-term debt, net", ["ltd::Total principal amount",
                                                  "ltd::Unamortized discount and debt issuance costs",
                                                  "ltd::Less current maturities"]))
    t.append(("eq", "ltd::Long-term debt, net", L + "Long-term debt, net"))
    t.append(("eq", "ltd::Less current maturities", "-" + L + "Current maturities of long-term debt"))
    t.append(("sum", "maturities::Total maturities", [f"maturities::{k}" for k in (
        "2026", "2027", "2028", "2029", "2030", "Thereafter")]))
    t.append(("eq", "maturities::Total maturities", "ltd::Total principal amount@0"))
    t.append(("eq", "maturities::2026", L + "Current maturities of long-term debt@0"))
    t.append(("eq", C + "Retirements of long-term debt@0", "-" + L + "Current maturities of long-term debt@1"))
    # taxes
    t.append(("sum", "taxcomp::Total income tax expense", [f"taxcomp::{k}" for k in (
        "Current federal", "Current state", "Deferred federal", "Deferred state")]))
    t.append(("eq", "taxcomp::Total income tax expense", I + "Income tax expense"))
    t.append(("sum", "taxrate::Rate total", [f"taxrate::{k}" for k in (
        "Income taxes at federal statutory rate of 21%", "State income taxes, net of federal benefit",
        "Amortization of excess deferred income taxes", "Allowance for equity funds used during construction",
        "Production tax credits", "Rate other")]))
    t.append(("eq", "taxrate::Rate total", I + "Income tax expense"))
    t.append(("ratio", "taxrate::Rate total", I + "Income Before Income Taxes", "taxrate::Effective income tax rate",
              100, 1))
    t.append(("sum", C + "Deferred income taxes and investment tax credits, net", ["taxcomp::Deferred federal",
                                                                                   "taxcomp::Deferred state"]))
    # pension
    t.append(("sum", "pension::PBO close", [f"pension::{k}" for k in (
        "PBO open", "Service cost", "Interest cost", "Actuarial (gain) loss", "PBO paid")]))
    t.append(("sum", "pension::FVPA close", [f"pension::{k}" for k in (
        "FVPA open", "Actual return on plan assets", "Employer contributions", "FVPA paid")]))
    t.append(("sum", "pension::Funded status at end of year", ["pension::FVPA close", "-pension::PBO close"]))
    t.append(("eq", "pension::PBO open@0", "pension::PBO close@1"))
    t.append(("eq", "pension::FVPA open@0", "pension::FVPA close@1"))
    # EPS note
    t.append(("eq", "eps::Net income", I + "Net Income"))
    t.append(("sum", "eps::Weighted-average common shares outstanding — diluted", [
        "eps::Weighted-average common shares outstanding — basic", "eps::Dilutive effect of share-based awards"]))
    t.append(("eq", "eps::Weighted-average common shares outstanding — diluted", I + "Shares diluted"))
    t.append(("eq", "eps::Earnings per share — diluted", I + "EPS diluted"))
    # segment note
    for y, col in ((2025, 0), (2024, 1), (2023, 2)):
        keys = ["Operating revenues", "Depreciation and amortization", "Interest expense, net",
                "Income tax expense (benefit)", "Net income (loss)", "Capital expenditures"]
        if y != 2023:
            keys.append("Total assets at December 31")
        for k in keys:
            t.append(("rowsum", f"segnote::{y}|{k}", [0, 1, 2], 3))
        t.append(("eq", f"segnote::{y}|Operating revenues@3", I + f"Total operating revenues@{col}"))
        t.append(("eq", f"segnote::{y}|Depreciation and amortization@3", I + f"Depreciation and amortization@{col}"))
        t.append(("eq", f"segnote::{y}|Interest expense, net@3", "-" + I + f"Interest expense, net@{col}"))
        t.append(("eq", f"segnote::{y}|Income tax expense (benefit)@3", I + f"Income tax expense@{col}"))
        t.append(("eq", f"segnote::{y}|Net income (loss)@3", I + f"Net Income@{col}"))
        t.append(("eq", f"segnote::{y}|Capital expenditures@3", "-" + C + f"Capital expenditures@{col}"))
        t.append(("eq", f"segnote::{y}|Net income (loss)@1", f"segments::Net income|Gas Utility@{col}"))
        if y != 2023:
            t.append(("eq", f"segnote::{y}|Total assets at December 31@3", A + f"Total Assets@{col}"))
    # commitments
    for k in ("Purchased power agreements", "Fuel and natural gas supply", "Total"):
        t.append(("rowsum", f"commit::{k}", [0, 1, 2, 3, 4, 5], 6))
    t.append(("sum", "commit::Total", ["commit::Purchased power agreements", "commit::Fuel and natural gas supply"]))
    # capacity, retail sales
    t.append(("sum", "capacity::Total", [f"capacity::{k}" for k in (
        "Natural gas — combined cycle", "Natural gas — combustion turbines", "Coal", "Wind", "Solar",
        "Hydroelectric", "Battery storage")]))
    t.append(("sum", "retail::Total retail electric sales", [f"retail::{k}" for k in (
        "Residential", "Commercial", "Industrial", "Other retail")]))
    return t


def ties_pr():
    O, B, F = "ops::", "bs::", "cf::"
    t = [
        ("sum", O + "Total revenue", [O + "Revenue|Subscription", O + "Revenue|Professional services"]),
        ("sum", O + "Total cost of revenue", [O + "Cost|Subscription", O + "Cost|Professional services"]),
        ("sum", O + "Gross profit", [O + "Total revenue", "-" + O + "Total cost of revenue"]),
        ("sum", O + "Total operating expenses", [O + k for k in (
            "Research and development", "Sales and marketing", "General and administrative", "Restructuring")]),
        ("sum", O + "Operating income (loss)", [O + "Gross profit", "-" + O + "Total operating expenses"]),
        ("sum", O + "Income (loss) before provision for income taxes", [
            O + "Operating income (loss)", O + "Interest income", O + "Interest expense",
            O + "Other income (expense), net"]),
        ("sum", O + "Net income (loss)", [O + "Income (loss) before provision for income taxes",
                                          "-" + O + "Provision for income taxes"]),
        ("ratio", O + "Net income (loss)", O + "Shares basic", O + "EPS basic", 1, 2),
        ("ratio", O + "Net income (loss)", O + "Shares diluted", O + "EPS diluted", 1, 2),
        ("sum", "sbc::Total stock-based compensation expense", [
            "sbc::Cost of revenue — subscription", "sbc::Cost of revenue — professional services and other",
            "sbc::SBC|Research and development", "sbc::SBC|Sales and marketing",
            "sbc::SBC|General and administrative"]),
        ("sum", "sbc::Total amortization of acquired intangible assets", [
            "sbc::Amort|Cost of revenue", "sbc::Amort|Sales and marketing"]),
        # balance sheet
        ("sum", B + "Total current assets", [B + k for k in (
            "Cash and cash equivalents", "Marketable securities", "Accounts receivable, net",
            "Deferred commissions, current", "Prepaid expenses and other current assets")]),
        ("sum", B + "Total assets", [B + k for k in (
            "Total current assets", "Property and equipment, net", "Operating lease right-of-use assets",
            "Deferred commissions, noncurrent", "Intangible assets, net", "Goodwill", "Other assets")]),
        ("sum", B + "Total current liabilities", [B + k for k in (
            "Accounts payable", "Accrued expenses and other current liabilities", "Accrued compensation",
            "Deferred revenue, current", "Operating lease liabilities, current")]),
        ("sum", B + "Total liabilities", [B + k for k in (
            "Total current liabilities", "Deferred revenue, noncurrent", "Operating lease liabilities, noncurrent",
            "Convertible senior notes, net", "Other liabilities")]),
        ("sum", B + "Total stockholders’ equity", [B + k for k in (
            "Preferred stock", "Common stock", "Additional paid-in capital", "Accumulated other comprehensive loss",
            "Accumulated deficit")]),
        ("sum", B + "Total liabilities and stockholders’ equity", [B + "Total liabilities",
                                                                   B + "Total stockholders’ equity"]),
        ("eq", B + "Total liabilities and stockholders’ equity", B + "Total assets"),
        # cash flows
        ("sum", F + "Net cash provided by operating activities", [F + "Net loss"] + [F + "Op|" + k for k in (
            "Depreciation and amortization", "Stock-based compensation expense",
            "Amortization of deferred commissions", "Amortization of debt issuance costs",
            "Non-cash operating lease cost", "Accretion of discounts on marketable securities, net",
            "Deferred income taxes", "Other")] + [F + "WC|" + k for k in (
            "Accounts receivable", "Deferred commissions", "Prepaid expenses and other assets", "Accounts payable",
            "Accrued expenses, compensation and other liabilities", "Deferred revenue",
            "Operating lease liabilities")]),
        ("sum", F + "Net cash used in investing activities", [F + k for k in (
            "Purchases of property and equipment", "Capitalized internal-use software",
            "Purchases of marketable securities", "Maturities and sales of marketable securities",
            "Business acquisition, net of cash acquired")]),
        ("sum", F + "Net cash provided by financing activities", [F + k for k in (
            "Proceeds from exercise of stock options", "Proceeds from employee stock purchase plan",
            "Taxes paid related to net share settlement of equity awards")]),
        ("sum", F + "Net increase in cash and cash equivalents", [
            F + "Net cash provided by operating activities", F + "Net cash used in investing activities",
            F + "Net cash provided by financing activities",
            F + "Effect of exchange rate changes on cash and cash equivalents"]),
        ("sum", F + "Cash and cash equivalents, end of period", [
            F + "Cash and cash equivalents, beginning of period", F + "Net increase in cash and cash equivalents"]),
        ("eq", F + "Cash and cash equivalents, end of period", B + "Cash and cash equivalents"),
        ("eq", F + "Cash and cash equivalents, beginning of period@0", B + "Cash and cash equivalents@1"),
        ("eq", F + "Net loss@0", O + "Net income (loss)@2"),
        ("eq", F + "Net loss@1", O + "Net income (loss)@3"),
        ("eq", F + "Op|Stock-based compensation expense@0", "sbc::Total stock-based compensation expense@2"),
        # reconciliations
        ("eq", "rec_gp::GAAP gross profit", O + "Gross profit"),
        ("sum", "rec_gp::Non-GAAP gross profit", ["rec_gp::GAAP gross profit",
                                                  "rec_gp::Stock-based compensation expense",
                                                  "rec_gp::Amortization of acquired intangible assets"]),
        ("sum", "rec_gp::Stock-based compensation expense", ["sbc::Cost of revenue — subscription",
                                                            "sbc::Cost of revenue — professional services and other"]),
        ("eq", "rec_gp::Amortization of acquired intangible assets", "sbc::Amort|Cost of revenue"),
        ("ratio", "rec_gp::Non-GAAP gross profit", O + "Total revenue", "rec_gp::Non-GAAP gross margin", 100, 1),
        ("eq", "rec_oi::GAAP operating income (loss)", O + "Operating income (loss)"),
        ("eq", "rec_oi::Stock-based compensation expense", "sbc::Total stock-based compensation expense"),
        ("eq", "rec_oi::Amortization of acquired intangible assets",
         "sbc::Total amortization of acquired intangible assets"),
        ("eq", "rec_oi::Restructuring", O + "Restructuring"),
        ("sum", "rec_oi::Non-GAAP operating income", [f"rec_oi::{k}" for k in (
            "GAAP operating income (loss)", "Stock-based compensation expense",
            "Amortization of acquired intangible assets", "Employer payroll taxes on employee stock transactions",
            "Restructuring")]),
        ("ratio", "rec_oi::Non-GAAP operating income", O + "Total revenue", "rec_oi::Non-GAAP operating margin",
         100, 1),
        ("eq", "rec_ni::GAAP net income (loss)", O + "Net income (loss)"),
        ("sum", "rec_ni::Non-GAAP net income", [f"rec_ni::{k}" for k in (
            "GAAP net income (loss)", "Stock-based compensation expense", "Amortization of acquired intangible assets",
            "Employer payroll taxes on employee stock transactions", "Restructuring",
            "Amortization of debt issuance costs", "Income tax effects of non-GAAP adjustments")]),
        ("ratio", "rec_ni::Non-GAAP net income",
         "rec_ni::Weighted-average shares used in computing non-GAAP net income per share — diluted",
         "rec_ni::Non-GAAP net income per share — diluted", 1, 2),
        ("eq", "rec_ni::GAAP net income (loss) per share — diluted", O + "EPS diluted"),
        ("eq", "rec_ni::Amortization of debt issuance costs@2", F + "Op|Amortization of debt issuance costs@0"),
        ("sum", "fcf::Free cash flow", ["fcf::Net cash provided by operating activities",
                                        "fcf::Less: purchases of property and equipment",
                                        "fcf::Less: capitalized internal-use software"]),
        ("eq", "fcf::Net cash provided by operating activities@2", F + "Net cash provided by operating activities@0"),
        ("eq", "fcf::Net cash provided by operating activities@3", F + "Net cash provided by operating activities@1"),
        ("eq", "fcf::Less: purchases of property and equipment@2", F + "Purchases of property and equipment@0"),
        ("eq", "fcf::Less: capitalized internal-use software@3", F + "Capitalized internal-use software@1"),
        ("ratio", "fcf::Free cash flow", O + "Total revenue", "fcf::Free cash flow margin", 100, 1),
        ("sum", "geo::Total revenue", ["geo::United States", "geo::Europe, Middle East and Africa",
                                       "geo::Asia Pacific", "geo::Other Americas"]),
        ("eq", "geo::Total revenue", O + "Total revenue"),
    ]
    return t
