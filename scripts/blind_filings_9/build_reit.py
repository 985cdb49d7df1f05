"""Typesets the Corrowind Industrial Trust Q3 2025 Form 10-Q from model_reit values."""
from fractions import Fraction as F

import model_reit as RM
from kit import BLANK, Filing, R, S, fmt, pct, plain, rnd

M = RM.M
P, B, CF, E, D = M["P"], M["B"], M["CF"], M["E"], M["D"]
PER4 = ["Q3_25", "Q3_24", "9M_25", "9M_24"]

STYLE = dict(family="sans", base=9.2, small=7, tbl=8.1, lead=0.45, lm=16, rm=16, tm=17, bm=15,
             align="L", table_style="band", center_titles=False, val_w=15.5, muted=(70, 84, 100),
             header_align="L", header_rule=False, footer="split",
             footer_text=f"{RM.NAME}  |  Form 10-Q for the quarter ended September 30, 2025",
             band_headings=True, band=(28, 62, 96), band_text=(255, 255, 255), shade=(222, 230, 238),
             zebra=(244, 247, 250), title=f"{RM.NAME} Form 10-Q Q3 2025", author=RM.NAME)

H4 = [[("Three Months Ended\nSeptember 30,", 2), ("Nine Months Ended\nSeptember 30,", 2)],
      [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
HBS = [[("September 30,\n2025", 1), ("December 31,\n2024", 1)]]


def r4(label, key, dollar=False, kind="normal", indent=1, neg=False, dec=0, src=None):
    src = src or P
    vals = [fmt(-src[p][key] if neg else src[p][key], dec) for p in PER4]
    return R(label, vals, kind=kind, indent=indent, dollar=dollar)


def cover(p):
    p.new_section("none")
    p.set_font(p.fam, "B", 10)
    p.cell(0, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN",
           new_y="NEXT")
    p.set_font(p.fam, "", 8.5)
    p.cell(0, 4.5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font(p.fam, "B", 18)
    p.cell(0, 9, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    p.para("[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
           size=8.5, align="C")
    p.para("For the quarterly period ended September 30, 2025", size=9, style="B", align="C")
    p.para("[  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
           size=8.5, align="C")
    p.ln(3)
    p.set_fill_color(*p.st["band"])
    p.set_text_color(255, 255, 255)
    p.set_font(p.fam, "B", 14)
    p.cell(0, 10, RM.NAME.upper(), align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_font(p.fam, "B", 10)
    p.cell(0, 7, RM.OP.upper(), align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.ln(3)
    p.table([R("Corrowind Industrial Trust, Inc.", ["Maryland", "001-41177", "86-3304512"]),
             R("Corrowind Operating Partnership, L.P.", ["Delaware", "333-259021", "86-3304618"])],
            [[("State of organization", 1), ("Commission file no.", 1), ("IRS employer no.", 1)]], 3,
            val_w=34, dollar_w=0, aligns=["C", "C", "C"], keep=False)
    p.para("2250 Wharfside Parkway, Suite 900, Ferrisport, Calandria 30177  |  (470) 555-0144", align="C")
    p.para("Common stock, $0.01 par value per share, trading symbol CWIT, registered on the Continental "
           "Securities Exchange.", align="C")
    p.para("Indicate by check mark whether the registrant (1) has filed all reports required to be filed "
           "by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and "
           "(2) has been subject to such filing requirements for the past 90 days. Yes [X] No [  ]. Large "
           "accelerated filer [X]. Shell company: No.", size=8)
    p.para("As of October 24, 2025, there were 131,012,884 shares of common stock of Corrowind Industrial "
           "Trust, Inc. outstanding.", size=8)
    p.add_page()
    p.heading("TABLE OF CONTENTS", 2)
    rows = []
    for part, item, title, key in TOC:
        if part:
            rows.append(S(part))
        rows.append(R(f"{item}  {title}", [p.toc_labels.get(key, "00")], indent=1))
    p.table(rows, [[("Page", 1)]], 1, val_w=14, dollar_w=0, keep=False)
    p.heading("Cautionary Note Regarding Forward-Looking Statements", 3)
    p.columns_text([
        "This report contains forward-looking statements about our business, including statements about "
        "acquisitions, development starts, leasing spreads, same-property net operating income, Core FFO "
        "and our liquidity. Words such as \"expect\", \"anticipate\", \"estimate\" and \"project\" identify "
        "these statements.",
        "Actual results could differ materially because of changes in demand for logistics space, tenant "
        "credit, interest rates and the availability of financing, construction costs and the other risks "
        "described in our Annual Report on Form 10-K for 2024. We undertake no duty to update these "
        "statements."], ncols=2, size=7.8)


TOC = [("PART I. FINANCIAL INFORMATION", "Item 1.", "Financial Statements", "CONDENSED CONSOLIDATED BALANCE SHEETS"),
       (None, "", "Notes to Condensed Consolidated Financial Statements",
        "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)"),
       (None, "Item 2.", "Management's Discussion and Analysis", "ITEM 2."),
       (None, "Item 3.", "Quantitative and Qualitative Disclosures About Market Risk", "ITEM 3."),
       (None, "Item 4.", "Controls and Procedures", "ITEM 4."),
       ("PART II. OTHER INFORMATION", "Item 1A.", "Risk Factors", "PART II."),
       (None, "Item 6.", "Exhibits", "ITEM 6.")]


def statements(p):
    p.new_section("num", running=f"{RM.NAME}  \u2022  Condensed Consolidated Financial Statements (unaudited)")
    p.heading("PART I. FINANCIAL INFORMATION", 1)
    p.heading("ITEM 1. FINANCIAL STATEMENTS", 2)
    b0, b1 = B["24"], B["25"]

    def br(label, key, dollar=False, kind="normal", indent=1, neg=False):
        return R(label, [fmt(-b1[key] if neg else b1[key]), fmt(-b0[key] if neg else b0[key])], kind=kind,
                 indent=indent, dollar=dollar)
    rows = [S("ASSETS"), S("Real estate", 1),
            br("Land", "land", dollar=True, indent=2), br("Buildings and improvements", "bldg", indent=2),
            br("Construction in progress", "cip", indent=2),
            br("Total real estate, at cost", "re_gross", kind="subtotal", indent=2),
            br("Less accumulated depreciation", "ad", neg=True, indent=2),
            br("Net real estate", "re_net", kind="subtotal", indent=1),
            br("Cash and cash equivalents", "cash"), br("Restricted cash", "rcash"),
            br("Tenant receivables, net", "tenant"), br("Deferred rent receivable", "defrent"),
            br("Intangible lease assets, net", "intA"), br("Right-of-use assets", "rou"),
            br("Other assets", "other"),
            br("Total assets", "ta", kind="total", dollar=True, indent=0),
            S("LIABILITIES AND EQUITY"), S("Liabilities", 1),
            br("Unsecured revolving credit facility", "rev", dollar=True, indent=2),
            br("Unsecured term loans, net", "tl", indent=2), br("Senior unsecured notes, net", "sn", indent=2),
            br("Mortgage notes payable, net", "mn", indent=2),
            br("Accounts payable, accrued expenses and other liabilities", "ap", indent=2),
            br("Tenant security deposits", "deposits", indent=2),
            br("Intangible lease liabilities, net", "intL", indent=2),
            br("Lease liabilities", "lease", indent=2),
            br("Dividends and distributions payable", "divpay", indent=2),
            br("Total liabilities", "tliab", kind="subtotal", indent=1),
            R("Commitments and contingencies (Note 10)", [], indent=1),
            S("Equity", 1),
            br(f"Common stock, $0.01 par; {plain(b1['sh'])} and {plain(b0['sh'])} shares outstanding", "cs",
               indent=2), br("Additional paid-in capital", "apic", indent=2),
            br("Cumulative distributions in excess of net income", "cum", indent=2),
            br("Accumulated other comprehensive income", "aoci", indent=2),
            br("Total stockholders' equity", "se", kind="subtotal", indent=2),
            br("Noncontrolling interests", "nci", indent=2),
            br("Total equity", "te", kind="subtotal", indent=1),
            br("Total liabilities and equity", "tle", kind="total", dollar=True, indent=0)]
    p.table(rows, HBS, 2, title="CONDENSED CONSOLIDATED BALANCE SHEETS",
            units="(in thousands, except share and per share data; shares in thousands) (unaudited)",
            val_w=20, label_w=130)

    p.add_page()
    rows = [S("Revenues"), r4("Rental revenues", "rent", dollar=True), r4("Other revenues", "other"),
            r4("Total revenues", "rev", kind="subtotal", indent=0),
            S("Expenses"), r4("Property operating", "propop"), r4("Real estate taxes", "retax"),
            r4("Depreciation and amortization", "da"), r4("General and administrative", "ga"),
            r4("Transaction and acquisition pursuit costs", "trans"),
            r4("Impairment of real estate", "impair"),
            r4("Total expenses", "exp", kind="subtotal", indent=0),
            S("Other income (expense)"), r4("Interest expense", "int", neg=True),
            r4("Interest and other income", "intinc"), r4("Gain on sale of real estate", "gain"),
            r4("Loss on extinguishment of debt", "lossext", neg=True),
            r4("Net income", "ni", kind="subtotal", indent=0, dollar=True),
            r4("Net income attributable to noncontrolling interests", "nci", neg=True),
            r4("Net income attributable to common stockholders", "ni_c", kind="total", dollar=True, indent=0),
            BLANK, S("Earnings per common share"),
            r4("Basic", "eps_b", dollar=True, dec=2), r4("Diluted", "eps_d", dollar=True, dec=2),
            S("Weighted average common shares outstanding"),
            r4("Basic", "wb"), r4("Diluted", "wd"),
            BLANK,
            R("Dividends declared per common share", [fmt(M["dps"]["25Q3"], 3), fmt(M["dps"]["24Q3"], 3),
                                                     fmt(3 * M["dps"]["25Q3"], 3), fmt(3 * M["dps"]["24Q3"], 3)],
              dollar=True)]
    p.table(rows, H4, 4, title="CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
            units="(in thousands, except per share data) (unaudited)", val_w=17)
    p.add_page()
    rows = [r4("Net income", "ni", dollar=True, indent=0),
            S("Other comprehensive income (loss)"),
            r4("Unrealized gain (loss) on interest rate swaps", "oci_unreal"),
            r4("Reclassification of swap settlements to interest expense", "oci_reclass"),
            r4("Other comprehensive income (loss)", "oci", kind="subtotal", indent=2),
            r4("Comprehensive income", "ci", kind="subtotal", indent=0),
            r4("Comprehensive income attributable to noncontrolling interests", "ci_nci", neg=True),
            r4("Comprehensive income attributable to common stockholders", "ci_c", kind="total", dollar=True,
               indent=0)]
    p.table(rows, H4, 4, title="CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME",
            units="(in thousands) (unaudited)", val_w=17)

    # equity
    p.add_page()
    cols = ["sh", "cs", "apic", "cum", "aoci", "se", "nci", "te"]

    def bal(label, e, first=False):
        return R(label, [fmt(e[c]) for c in cols], bold=True, dollar=first)

    def flowrows(qs, dps_text):
        f = {k: sum(M["EF"][x][k] for x in qs) for k in M["EF"][qs[0]]}
        procs = sum(RM.ISS_PROCEEDS[x] for x in qs)
        sbc = sum(RM.SBC[x] for x in qs)
        z = ""
        return [
            R("Net income", [z, z, z, fmt(f["ni_c"]), z, fmt(f["ni_c"]), fmt(f["nci_ni"]),
                             fmt(f["ni_c"] + f["nci_ni"])], indent=1),
            R("Other comprehensive income (loss)", [z, z, z, z, fmt(f["oci_c"]), fmt(f["oci_c"]),
                                                    fmt(f["oci_nci"]), fmt(f["oci_c"] + f["oci_nci"])], indent=1),
            R("Issuance of common stock, net", [fmt(f["sh_iss"]), fmt(f["cs_iss"]), fmt(f["apic_iss"]), z, z,
                                                fmt(procs), z, fmt(procs)], indent=1),
            R("Share-based compensation", [z, z, fmt(sbc), z, z, fmt(sbc), z, fmt(sbc)], indent=1),
            R(f"Dividends declared ({dps_text} per share)", [z, z, z, fmt(-f["div"]), z, fmt(-f["div"]), z,
                                                             fmt(-f["div"])], indent=1),
            R("Distributions to OP unitholders", [z, z, z, z, z, z, fmt(-f["dist"]), fmt(-f["dist"])], indent=1)]
    rows = []
    blocks = [("Three Months Ended September 30, 2025", "25Q2", ["25Q3"], "June 30, 2025"),
              ("Three Months Ended September 30, 2024", "24Q2", ["24Q3"], "June 30, 2024"),
              ("Nine Months Ended September 30, 2025", "24Q4", RM.Q25, "December 31, 2024"),
              ("Nine Months Ended September 30, 2024", "23Q4", RM.Q24[:3], "December 31, 2023")]
    for ttl, start, qs, lab in blocks:
        rows.append(S(ttl))
        rows.append(bal(f"Balance at {lab}", E[start], first=True))
        dps = sum(M["dps"][x] for x in qs)
        rows += flowrows(qs, f"${plain(dps, 3)}")
        end = qs[-1]
        rows.append(R(f"Balance at September 30, {2000 + int(end[:2])}", [fmt(E[end][c]) for c in cols],
                      kind="total", dollar=True))
    p.table(rows, [[("Common Stock", 2), ("Additional\nPaid-in\nCapital", 1), ("Cumulative\nDistributions", 1),
                    ("AOCI", 1), ("Total\nStockholders'\nEquity", 1), ("Noncontrolling\nInterests", 1),
                    ("Total\nEquity", 1)],
                   [("Shares", 1), ("Amount", 1), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1), ("", 1)]],
            8, title="CONDENSED CONSOLIDATED STATEMENTS OF EQUITY",
            units="(in thousands, except per share data) (unaudited)", size=6.6, val_w=14.2, label_w=50)

    # cash flows
    p.add_page()
    c25, c24 = CF["25"], CF["24"]

    def cr(label, key, dollar=False, kind="normal", indent=1):
        return R(label, [fmt(c25[key]), fmt(c24[key])], kind=kind, indent=indent, dollar=dollar)
    rows = [S("Cash flows from operating activities"),
            cr("Net income", "ni", dollar=True),
            S("Adjustments to reconcile net income to net cash provided by operating activities", 1),
            cr("Depreciation and amortization", "da", indent=2),
            cr("Amortization of below-market lease intangibles, net", "intang", indent=2),
            cr("Straight-line rent adjustments", "straight", indent=2),
            cr("Amortization of deferred financing costs", "fincost", indent=2),
            cr("Share-based compensation", "sbc", indent=2),
            cr("Gain on sale of real estate", "gain", indent=2),
            cr("Loss on extinguishment of debt", "lossext", indent=2),
            cr("Impairment of real estate", "impair", indent=2),
            S("Changes in operating assets and liabilities", 1),
            cr("Tenant receivables", "tenant", indent=2),
            cr("Other assets", "other_assets", indent=2),
            cr("Accounts payable, accrued expenses and other liabilities", "ap", indent=2),
            cr("Tenant security deposits", "deposits", indent=2),
            cr("Net cash provided by operating activities", "cfo", kind="subtotal", indent=0),
            S("Cash flows from investing activities"),
            cr("Acquisitions of real estate", "acq"),
            cr("Development and capital improvements", "dev"),
            cr("Proceeds from sale of real estate, net", "disp"),
            cr("Net cash used in investing activities", "inv", kind="subtotal", indent=0),
            S("Cash flows from financing activities"),
            cr("Borrowings under revolving credit facility", "rev_draw"),
            cr("Repayments under revolving credit facility", "rev_repay"),
            cr("Proceeds from issuance of senior unsecured notes", "notes"),
            cr("Repayments of mortgage notes payable", "mort"),
            cr("Debt issuance and extinguishment costs", "costs"),
            cr("Proceeds from issuance of common stock, net", "equity"),
            cr("Dividends paid to common stockholders", "div"),
            cr("Distributions paid to OP unitholders", "dist"),
            cr("Net cash provided by financing activities", "fin", kind="subtotal", indent=0),
            cr("Net increase in cash, cash equivalents and restricted cash", "net", indent=0),
            cr("Cash, cash equivalents and restricted cash, beginning of period", "beg", indent=0),
            cr("Cash, cash equivalents and restricted cash, end of period", "end", kind="total", dollar=True,
               indent=0)]
    p.table(rows, [[("Nine Months Ended September 30,", 2)], [("2025", 1), ("2024", 1)]], 2,
            title="CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", units="(in thousands) (unaudited)",
            val_w=20, label_w=130)


def notes(p):
    p.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)", 1)
    tot_props, tot_sf = M["MK_TOT"]
    p.heading("1. Organization", 2)
    p.para(f"Corrowind Industrial Trust, Inc. (the \"Company\") is a self-administered real estate investment "
           f"trust that owns, acquires and develops logistics and light industrial properties. The Company "
           f"conducts its business through Corrowind Operating Partnership, L.P. (the \"Operating "
           f"Partnership\"), of which it owned approximately 97.6% at September 30, 2025. As of September 30, "
           f"2025, the Company owned {tot_props} properties containing {plain(tot_sf)} rentable square feet "
           f"in six markets.")
    p.heading("2. Summary of Significant Accounting Policies", 2)
    p.para("The unaudited condensed consolidated financial statements have been prepared in accordance with "
           "GAAP for interim financial information and should be read with the audited financial statements "
           "in the 2024 Annual Report on Form 10-K. Rental revenue is recognized on a straight-line basis "
           "over the lease term; tenant reimbursements of operating expenses and real estate taxes are "
           "included in rental revenues.")
    p.heading("3. Real Estate", 2)
    rows = [R(n, [mk, dt, fmt(sf), fmt(pr)], dollar=False) for n, mk, dt, sf, pr in RM.ACQ]
    rows[0]["dollar"], rows[0]["dcols"] = True, [3]
    rows.append(R("Total acquisitions", ["", "", fmt(M["RE"]["acq_sf"]), fmt(M["RE"]["acq_total"])],
                  kind="total", dollar=True))
    rows[-1]["dcols"] = [3]
    p.table(rows, [[("Market", 1), ("Acquired", 1), ("Square Feet", 1), ("Purchase\nPrice", 1)]], 4,
            title="Acquisitions \u2014 Nine Months Ended September 30, 2025",
            units="(in thousands, except square feet)", text_cols=[32, 26], val_w=17, dollar_w=3)
    rows = [R(k, [fmt(v)], indent=1, dollar=(i == 0)) for i, (k, v) in enumerate(RM.ALLOC)]
    rows.append(R("Total purchase price", [fmt(M["RE"]["acq_total"])], kind="total", dollar=True))
    p.table(rows, [[("Allocation", 1)]], 1, title="Allocation of Purchase Price", units="(in thousands)",
            label_w=90, val_w=18)
    dsp = RM.DISP
    p.para(f"Dispositions. In August 2025, the Company sold the {dsp['name']} ({plain(dsp['sf'])} square "
           f"feet) in the Quayhollow market for net proceeds of ${plain(rnd(F(dsp['proceeds'], 1000), 1), 1)} "
           f"million and recognized a gain on sale of real estate. In the third quarter of 2024, the Company "
           f"recognized an impairment charge on a property held for sale in the Marrowind Valley market.")

    p.para("Intangible lease assets and liabilities consisted of the following:")
    rows = []
    for lab, key, gross in (("In-place and above-market lease assets", "intA", RM.INTANG_GROSS["A"]),
                            ("Below-market lease liabilities", "intL", RM.INTANG_GROSS["L"])):
        net = (B["25"][key], B["24"][key])
        rows.append(S(lab))
        rows.append(R("Gross carrying amount", [fmt(gross[0]), fmt(gross[1])], indent=1, dollar=True))
        rows.append(R("Accumulated amortization", [fmt(-(gross[0] - net[0])), fmt(-(gross[1] - net[1]))], indent=1))
        rows.append(R("Net", [fmt(net[0]), fmt(net[1])], kind="subtotal", indent=1, dollar=True))
    p.table(rows, HBS, 2, title="Intangible Lease Assets and Liabilities", units="(in thousands)", val_w=20)

    p.heading("4. Debt", 2)
    rows = [R("Unsecured revolving credit facility (b)", [RM.REVOLVER["rate"], RM.REVOLVER["maturity"],
                                                          fmt(D["rev"][1]), fmt(D["rev"][0])], dollar=True)]
    for cat, lab in (("Term loans", "Unsecured term loans"), ("Senior notes", "Senior unsecured notes"),
                     ("Mortgage notes", "Mortgage notes payable")):
        rows.append(S(lab))
        for c, n, rate, mty, a24, a25 in RM.DEBT:
            if c == cat:
                rows.append(R(n + (f", due {mty}" if c == "Senior notes" else ""), [rate, mty, fmt(a25), fmt(a24)],
                              indent=1))
        pr, un, nt = D["prin"][cat], RM.UNAMORT[cat], D["net"][cat]
        rows.append(R(f"Total {lab.lower()} principal", ["", "", fmt(pr[1]), fmt(pr[0])], kind="subtotal",
                      indent=1))
        rows.append(R("Unamortized debt issuance costs and discounts", ["", "", fmt(-un[1]), fmt(-un[0])],
                      indent=1))
        rows.append(R(f"{lab}, net", ["", "", fmt(nt[1]), fmt(nt[0])], kind="subtotal", indent=1))
    rows.append(R("Total debt principal", ["", "", fmt(D["tot_prin"][1]), fmt(D["tot_prin"][0])], dollar=True,
                  kind="subtotal"))
    rows.append(R("Total debt, net", ["", "", fmt(D["tot_net"][1]), fmt(D["tot_net"][0])], kind="total",
                  dollar=True))
    p.table(rows, [[("Interest Rate", 1), ("Maturity", 1), ("September 30,\n2025", 1),
                    ("December 31,\n2024", 1)]], 4, title="Summary of Indebtedness", units="(in thousands)",
            text_cols=[30, 16], val_w=18,
            notes=["(a) Effectively fixed at a weighted average all-in rate of 3.58% through interest rate swaps.",
                   f"(b) Total commitments of ${plain(rnd(F(RM.REVOLVER['cap'], 1000000), 1), 1)} billion; "
                   f"outstanding letters of credit of ${plain(RM.REVOLVER['lc'])} thousand reduce availability."])
    p.para(f"In June 2025, the Operating Partnership issued $350.0 million of 5.30% senior unsecured notes "
           f"due 2035 and used a portion of the proceeds to prepay the Quayhollow Portfolio mortgage, "
           f"recognizing a loss on extinguishment of debt that included a prepayment premium of "
           f"${plain(RM.PREPAY_PENALTY)} thousand and the write-off of unamortized costs. The Company was in "
           f"compliance with all financial covenants at September 30, 2025.")

    p.heading("5. Derivatives and Fair Value", 2)
    fixed_carry = D["net"]["Senior notes"][1] + D["net"]["Mortgage notes"][1]
    fixed_carry24 = D["net"]["Senior notes"][0] + D["net"]["Mortgage notes"][0]
    p.para(f"The Company has interest rate swaps with an aggregate notional amount of "
           f"${plain(RM.SWAP_NOTIONAL)} thousand that fix the SOFR component of its term loans. The swaps are "
           f"designated as cash flow hedges and recorded in other assets at fair value of "
           f"${plain(RM.SWAP_FV['25'])} thousand at September 30, 2025 and ${plain(RM.SWAP_FV['24'])} thousand "
           f"at December 31, 2024 (Level 2). The carrying amount of fixed-rate senior notes and mortgage notes "
           f"was ${plain(fixed_carry)} thousand and ${plain(fixed_carry24)} thousand, and their estimated fair "
           f"value was ${plain(RM.DEBT_FV['fv25'])} thousand and ${plain(RM.DEBT_FV['fv24'])} thousand, at "
           f"September 30, 2025 and December 31, 2024, respectively.")

    p.heading("6. Leases", 2)
    p.para("The Company leases its properties to tenants under operating leases with remaining terms of up to "
           "15 years. Future minimum rents to be received under non-cancelable operating leases, excluding "
           "tenant reimbursements, as of September 30, 2025 were:")
    rows = [R(k, [fmt(v)], indent=1, dollar=(i == 0)) for i, (k, v) in enumerate(RM.MIN_RENTS)]
    rows.append(R("Total", [fmt(M["MINRENT_TOT"])], kind="total", dollar=True))
    p.table(rows, [[("Amount", 1)]], 1, title="Future Minimum Rents", units="(in thousands)", label_w=80,
            val_w=20)

    p.heading("7. Equity", 2)
    A = M["ATM"]
    p.para(f"At-the-market program. During the nine months ended September 30, 2025, the Company issued "
           f"{plain(A['shares'] * 1000)} shares of common stock under its at-the-market offering program for "
           f"net proceeds of ${plain(rnd(F(A['proceeds'], 1000), 1), 1)} million. On September 12, 2025, the "
           f"Board declared a quarterly dividend of ${plain(M['dps']['25Q3'], 3)} per share, paid on October "
           f"15, 2025. Noncontrolling interests consist of {plain(RM.OP_UNITS * 1000)} common units of the "
           f"Operating Partnership held by third parties, redeemable for cash or shares on a one-for-one basis.")

    p.heading("8. Earnings per Share", 2)
    rows = [r4("Net income attributable to common stockholders", "ni_c", dollar=True, indent=0),
            r4("Weighted average common shares \u2014 basic", "wb"),
            R("Effect of unvested restricted stock", [fmt(P[x]["wd"] - P[x]["wb"]) for x in PER4], indent=1),
            r4("Weighted average common shares \u2014 diluted", "wd", kind="subtotal"),
            r4("Basic earnings per share", "eps_b", dec=2, dollar=True, indent=0),
            r4("Diluted earnings per share", "eps_d", dec=2, dollar=True, indent=0)]
    p.table(rows, H4, 4, title="Computation of Earnings per Share",
            units="(in thousands, except per share data)", val_w=17)
    p.para("Operating Partnership units are excluded from diluted shares because the related income is "
           "attributed to noncontrolling interests and their inclusion would not be dilutive.")

    p.heading("9. Segment Information", 2)
    p.para("The Company has one reportable segment, industrial and logistics properties. The chief operating "
           "decision maker reviews net operating income (\"NOI\") by market. NOI by market for the three "
           "months ended September 30, 2025 was:")
    rows = []
    for name, n, sf, occ, noi in M["MK"]:
        rows.append(R(name, [fmt(n), fmt(sf), pct(occ), fmt(noi)], dollar=False))
    rows.append(R("Total portfolio", [fmt(M["MK_TOT"][0]), fmt(M["MK_TOT"][1]), pct(M["OCC"]["Sep 30, 2025"]),
                                      fmt(P["Q3_25"]["noi"])], kind="total"))
    p.table(rows, [[("Properties", 1), ("Rentable\nSquare Feet", 1), ("Occupancy", 1), ("Q3 2025\nNOI", 1)]],
            4, title="Portfolio by Market at September 30, 2025", units="(NOI in thousands)", val_w=20,
            dollar_w=0)
    p.heading("10. Commitments and Contingencies", 2)
    p.para("At September 30, 2025, the Company had four development projects under construction totaling "
           "1.6 million square feet with remaining estimated costs to complete of $96.4 million. The Company "
           "is not party to any litigation expected to have a material adverse effect.")
    p.heading("11. Supplemental Cash Flow Information", 2)
    rows = [R(k, [fmt(v[0]), fmt(v[1])], dollar=(i == 0), indent=1) for i, (k, v) in enumerate(RM.SUPP)]
    p.table(rows, [[("Nine Months Ended September 30,", 2)], [("2025", 1), ("2024", 1)]], 2,
            title="Supplemental Cash Flow Information", units="(in thousands)", val_w=20)
    p.heading("12. Subsequent Events", 2)
    p.para("In October 2025, the Company acquired a 402,000 square foot distribution building in the Tessaline "
           "Coast market for $58.2 million, funded with borrowings under the revolving credit facility.")


def mdna(p):
    p.running = f"{RM.NAME}  \u2022  Management's Discussion and Analysis"
    p.add_page()
    p.heading("ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS", 1)
    p.heading("Overview", 2)
    q3, q3p = P["Q3_25"], P["Q3_24"]
    p.para(f"Net income attributable to common stockholders was ${plain(rnd(F(q3['ni_c'], 1000), 1), 1)} "
           f"million, or ${plain(q3['eps_d'], 2)} per diluted share, for the third quarter of 2025. Core FFO "
           f"was ${plain(q3['core_ps'], 2)} per diluted share and unit, compared with ${plain(q3p['core_ps'], 2)} "
           f"in the third quarter of 2024, driven by acquisitions, development deliveries and rent growth on "
           f"lease rollovers. Cash same-property NOI increased {RM.CASH_SP_GROWTH} for the quarter.")
    p.heading("Portfolio Occupancy", 2)
    occ = M["OCC"]
    p.table([R("Portfolio occupancy", [pct(occ[k]) for k in occ], indent=0),
             R("Leased (including signed leases not yet commenced)", [pct(RM.LEASED_PCT), "", "", ""], indent=0)],
            [[(k.replace(", ", ",\n"), 1) for k in occ]], 4, title="Occupancy", val_w=17, dollar_w=0)
    p.heading("Leasing Activity", 2)
    L = RM.LEASING
    rows = [R("New leases \u2014 square feet", [fmt(L["new_sf"][0]), fmt(L["new_sf"][1])], indent=1),
            R("Renewal leases \u2014 square feet", [fmt(L["ren_sf"][0]), fmt(L["ren_sf"][1])], indent=1),
            R("Total square feet leased", [fmt(L["new_sf"][0] + L["ren_sf"][0]), fmt(L["new_sf"][1] + L["ren_sf"][1])],
              kind="subtotal"),
            R("Cash rent change \u2014 new leases", [pct(L["new_cash"][0]), pct(L["new_cash"][1])], indent=1),
            R("Cash rent change \u2014 renewal leases", [pct(L["ren_cash"][0]), pct(L["ren_cash"][1])], indent=1),
            R("Straight-line rent change \u2014 new leases", [pct(L["new_gaap"][0]), pct(L["new_gaap"][1])],
              indent=1),
            R("Straight-line rent change \u2014 renewal leases", [pct(L["ren_gaap"][0]), pct(L["ren_gaap"][1])],
              indent=1),
            R("Weighted-average lease term \u2014 new leases (years)", [plain(L["new_term"][0], 1),
                                                                       plain(L["new_term"][1], 1)], indent=1),
            R("Weighted-average lease term \u2014 renewal leases (years)", [plain(L["ren_term"][0], 1),
                                                                           plain(L["ren_term"][1], 1)], indent=1),
            R("Tenant retention", [pct(L["retention"][0]), pct(L["retention"][1])], indent=1)]
    p.table(rows, [[("Three Months Ended\nSept. 30, 2025", 1), ("Nine Months Ended\nSept. 30, 2025", 1)]], 2,
            title="Leasing Statistics (a)", val_w=26, dollar_w=0,
            notes=["(a) Rent change compares the first-year rent of a new or renewal lease with the final rent "
                   "of the prior lease for the same space; excludes space vacant for more than 12 months."])

    p.heading("Development Pipeline", 2)
    rows = [R(n, [mk, fmt(sf), fmt(cost), fmt(inc), pct(lsd, 0), done]) for n, mk, sf, cost, inc, lsd, done in RM.DEV]
    rows[0]["dollar"], rows[0]["dcols"] = True, [2, 3]
    rows.append(R("Total under construction", ["", fmt(sum(x[2] for x in RM.DEV)), fmt(sum(x[3] for x in RM.DEV)),
                                               fmt(sum(x[4] for x in RM.DEV)), "", ""], kind="total", dollar=True))
    rows[-1]["dcols"] = [2, 3]
    p.table(rows, [[("Market", 1), ("Square\nFeet", 1), ("Estimated\nCost", 1), ("Cost\nIncurred", 1),
                    ("Pre-\nLeased", 1), ("Expected\nCompletion", 1)]], 6,
            title="Development Projects Under Construction at September 30, 2025",
            units="(dollars in thousands)", text_cols=[30], val_w=16, dollar_w=2.6)
    p.heading("Lease Expirations", 2)
    rows = [R(y, [fmt(n), fmt(sf), pct(ab)], indent=1) for y, n, sf, ab in RM.EXPIRATIONS]
    p.table(rows, [[("Number of\nLeases", 1), ("Square Feet", 1), ("% of Annualized\nBase Rent", 1)]], 3,
            title="Scheduled Lease Expirations at September 30, 2025", val_w=24, dollar_w=0)
    p.para("Annualized base rent represents monthly contractual cash rent under commenced leases at September "
           "30, 2025, multiplied by twelve. Month-to-month leases are included in the remainder of 2025.")

    p.heading("Results of Operations", 2)
    rows = []
    for lab, key in (("Rental revenues", "rent"), ("Property operating", "propop"), ("Real estate taxes", "retax"),
                     ("Depreciation and amortization", "da"), ("General and administrative", "ga"),
                     ("Interest expense", "int")):
        a, b_ = q3[key], q3p[key]
        rows.append(R(lab, [fmt(a), fmt(b_), fmt(a - b_), pct(F(a - b_, b_))], dollar=(key == "rent"), indent=0))
    p.table(rows, [[("Three Months Ended September 30,", 2), (None, 1), (None, 1)],
                   [("2025", 1), ("2024", 1), ("$ Change", 1), ("% Change", 1)]], 4,
            title="Comparison of the Three Months Ended September 30, 2025 and 2024", units="(in thousands)",
            val_w=17)
    p.para("Rental revenues increased due to acquisitions completed in 2024 and 2025, developments placed in "
           "service and rent increases on renewals and new leases. Interest expense increased primarily "
           "because of the senior notes issued in June 2025. Transaction and acquisition pursuit costs rose "
           "with the higher volume of acquisitions evaluated during the third quarter.")

    p.heading("Same-Property Net Operating Income", 2)
    p.para(f"Our same-property portfolio includes {RM.SAME_PROP['props']} properties totaling "
           f"{plain(RM.SAME_PROP['sf'])} square feet that were owned and stabilized throughout both periods "
           f"presented. NOI is a non-GAAP measure defined as rental revenues less property operating expenses "
           f"and real estate taxes.")
    sp = M["SP"]
    rows = [R("Same-property rental revenues", [fmt(sp["q"]["rev25"]), fmt(sp["q"]["rev24"]), fmt(sp["n"]["rev25"]),
                                                fmt(sp["n"]["rev24"])], dollar=True),
            R("Same-property operating expenses and taxes", [fmt(-sp["q"]["exp25"]), fmt(-sp["q"]["exp24"]),
                                                            fmt(-sp["n"]["exp25"]), fmt(-sp["n"]["exp24"])]),
            R("Same-property NOI", [fmt(sp["q"]["noi25"]), fmt(sp["q"]["noi24"]), fmt(sp["n"]["noi25"]),
                                    fmt(sp["n"]["noi24"])], kind="subtotal", dollar=True),
            R("Non-same-property NOI", [fmt(sp["q"]["other25"]), fmt(sp["q"]["other24"]), fmt(sp["n"]["other25"]),
                                        fmt(sp["n"]["other24"])]),
            R("Total NOI", [fmt(P[x]["noi"]) for x in PER4], kind="total", dollar=True)]
    p.table(rows, H4, 4, title="Same-Property NOI", units="(in thousands)", val_w=17)
    rows = [r4("Net income", "ni", dollar=True, indent=0), r4("General and administrative", "ga"),
            r4("Depreciation and amortization", "da"), r4("Transaction and acquisition pursuit costs", "trans"),
            r4("Impairment of real estate", "impair"), r4("Interest expense", "int"),
            r4("Loss on extinguishment of debt", "lossext"), r4("Gain on sale of real estate", "gain", neg=True),
            r4("Interest and other income", "intinc", neg=True), r4("Other revenues", "other", neg=True),
            r4("Net operating income (NOI)", "noi", kind="total", dollar=True, indent=0)]
    p.table(rows, H4, 4, title="Reconciliation of Net Income to NOI", units="(in thousands)", val_w=17)

    p.heading("Funds from Operations", 2)
    p.para("We calculate FFO in accordance with the standards established by Nareit: net income computed "
           "in accordance with GAAP, excluding gains or losses from sales of depreciable real estate and "
           "impairment write-downs of depreciable real estate, plus real estate related depreciation and "
           "amortization. Core FFO further excludes transaction and acquisition pursuit costs and losses "
           "on extinguishment of debt. FFO and Core FFO per share are computed using weighted average diluted "
           "shares plus Operating Partnership units.")
    rows = [r4("Net income", "ni", dollar=True, indent=0),
            r4("Real estate depreciation and amortization", "re_da"),
            r4("Impairment of real estate", "impair"),
            r4("Gain on sale of real estate", "gain", neg=True),
            r4("FFO (Nareit) attributable to common stockholders and unitholders", "ffo", kind="subtotal",
               dollar=True, indent=0),
            r4("Transaction and acquisition pursuit costs", "trans"),
            r4("Loss on extinguishment of debt", "lossext"),
            r4("Core FFO attributable to common stockholders and unitholders", "core", kind="subtotal",
               dollar=True, indent=0),
            r4("Weighted average diluted shares and units", "ffo_sh", indent=0),
            r4("FFO per diluted share and unit", "ffo_ps", dec=2, dollar=True, indent=0),
            r4("Core FFO per diluted share and unit", "core_ps", dec=2, dollar=True, indent=0)]
    p.table(rows, H4, 4, title="Reconciliation of Net Income to FFO and Core FFO",
            units="(in thousands, except per share data)", val_w=17)

    p.heading("Net Debt to Annualized Adjusted EBITDAre", 2)
    Lv = M["LEV"]
    rows = [R("Net income", [fmt(q3["ni"])], dollar=True), R("Interest expense", [fmt(q3["int"])], indent=1),
            R("Depreciation and amortization", [fmt(q3["da"])], indent=1),
            R("Impairment of real estate", [fmt(q3["impair"])], indent=1),
            R("Gain on sale of real estate", [fmt(-q3["gain"])], indent=1),
            R("EBITDAre (Nareit)", [fmt(q3["ebitdare"])], kind="subtotal"),
            R("Transaction and acquisition pursuit costs", [fmt(q3["trans"])], indent=1),
            R("Non-cash compensation", [fmt(q3["sbc"])], indent=1),
            R("Loss on extinguishment of debt", [fmt(q3["lossext"])], indent=1),
            R("Pro forma effect of acquisitions and dispositions (a)", [fmt(RM.PRO_FORMA_ADJ)], indent=1),
            R("Adjusted EBITDAre", [fmt(Lv["adj"])], kind="subtotal", dollar=True),
            R("Annualized Adjusted EBITDAre", [fmt(Lv["ann"])], dollar=True),
            R("Total debt principal", [fmt(D["tot_prin"][1])], dollar=True),
            R("Less: cash and cash equivalents", [fmt(-B["25"]["cash"])], indent=1),
            R("Net debt", [fmt(Lv["netdebt"])], kind="subtotal", dollar=True),
            R("Net debt to annualized Adjusted EBITDAre", [plain(Lv["ratio"], 1) + "x"], kind="total")]
    p.table(rows, [[("Three Months Ended\nSeptember 30, 2025", 1)]], 1,
            title="Net Debt to Annualized Adjusted EBITDAre", units="(in thousands)", label_w=110, val_w=24,
            notes=["(a) Adjusts for a full quarter of NOI from properties acquired and for the removal of NOI "
                   "from properties sold during the quarter."])

    p.heading("Liquidity and Capital Resources", 2)
    A = M["ATM"]
    cash25 = B["25"]["cash"]
    p.para(f"Our primary sources of liquidity are cash from operations, borrowings under our $1.0 billion "
           f"unsecured revolving credit facility, proceeds from unsecured notes and our at-the-market equity "
           f"program. As of September 30, 2025, we had ${plain(rnd(F(cash25, 1000), 1), 1)} million of cash and "
           f"cash equivalents and ${plain(rnd(F(D['rev_avail'], 1000), 1), 1)} million available under the "
           f"revolving credit facility, for total liquidity of "
           f"${plain(rnd(F(M['LIQ']['total'], 1000), 1), 1)} million. Unsecured debt represented "
           f"{pct(F(D['unsecured'][1], D['tot_prin'][1]))} of total debt principal, and our weighted average "
           f"debt maturity was 5.4 years.")
    c = CF["25"]
    p.para(f"Net cash provided by operating activities was ${plain(rnd(F(c['cfo'], 1000), 1), 1)} million for "
           f"the nine months ended September 30, 2025. Net cash used in investing activities reflected "
           f"acquisitions of ${plain(rnd(F(-c['acq'], 1000), 1), 1)} million and development and capital "
           f"improvements, partially offset by disposition proceeds. Financing activities included net "
           f"proceeds of ${plain(rnd(F(A['proceeds'], 1000), 1), 1)} million from the sale of common stock "
           f"and the issuance of $350.0 million of senior notes.")
    p.para("We intend to continue to pay regular quarterly dividends to maintain our qualification as a "
           "REIT, which requires us to distribute at least 90% of our taxable income.")
    p.heading("ITEM 3. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", 1)
    var = D["rev"][1]
    p.para(f"Our exposure to interest rate changes relates primarily to variable-rate borrowings. At "
           f"September 30, 2025, ${plain(var)} thousand of debt bore interest at variable rates after "
           f"considering swaps; a 100 basis point increase in SOFR would increase annual interest expense by "
           f"approximately ${plain(rnd(F(var, 100), 0))} thousand.")
    p.heading("ITEM 4. CONTROLS AND PROCEDURES", 1)
    p.para("Our Chief Executive Officer, Delphine Harrowgate-Voss, and Chief Financial Officer, Anselm Brightwater, "
           "concluded that our disclosure controls and procedures were effective as of September 30, 2025. "
           "There were no changes in internal control over financial reporting during the quarter that "
           "materially affected, or are reasonably likely to materially affect, it.")
    p.heading("PART II. OTHER INFORMATION", 1)
    p.para("Item 1. Legal Proceedings \u2014 None. Item 1A. Risk Factors \u2014 There have been no material "
           "changes to the risk factors in our 2024 Annual Report on Form 10-K. Item 2. Unregistered Sales of "
           "Equity Securities \u2014 None. Item 5. Other Information \u2014 No director or officer adopted or "
           "terminated a Rule 10b5-1 trading arrangement during the quarter.")
    p.heading("ITEM 6. EXHIBITS", 2)
    p.table([R(a, [b]) for a, b in [
        ("4.1", "Tenth Supplemental Indenture for the 5.30% Senior Notes due 2035"),
        ("31.1 / 31.2", "Rule 13a-14(a) certifications"), ("32.1", "Section 1350 certifications"),
        ("101", "Inline XBRL documents")]], [[("Description", 1)]], 1, text_cols=[120], dollar_w=0, label_w=30)
    p.para("SIGNATURES. Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
           "duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized on "
           "October 28, 2025. /s/ Anselm Brightwater, Chief Financial Officer; Morrow Vance & Quill LLP served "
           "as independent registered public accounting firm for the 2024 audit.")


def build(path):
    labels = {}
    for _ in range(2):
        p = Filing(STYLE)
        p.toc_labels = labels
        cover(p)
        statements(p)
        notes(p)
        mdna(p)
        labels = p.anchors
    p.output(path)
    return p
