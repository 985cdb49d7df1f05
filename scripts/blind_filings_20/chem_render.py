"""Renders the specialty-chemicals quarterly report (Form 10-Q)."""

from __future__ import annotations

from chem_data import REG_NAMES, REGIONS, SEG_NAMES, SEGMENTS, P
from pdfkit import EM_DASH, LIB, FilingPDF, Style

COMPANY = "Velmora Chemical Holdings, Inc."
DOC_NAME = "VELMORA_2026Q3_10Q"
SHORT = "Velmora"

STYLE = Style(
    body_font="LSerif",
    table_font="LSerif",
    body_size=9.5,
    table_size=8.4,
    negative="paren",
    dollar="separate",
    zero=EM_DASH,
    rules=True,
    shading=False,
    heading_rgb=(0, 0, 0),
    fonts={
        "LSerif": {
            "": LIB + "LiberationSerif-Regular.ttf",
            "B": LIB + "LiberationSerif-Bold.ttf",
            "I": LIB + "LiberationSerif-Italic.ttf",
            "BI": LIB + "LiberationSerif-BoldItalic.ttf",
        }
    },
)

H_QN = [
    [("Three Months Ended\nSeptember 30,", 2), ("Nine Months Ended\nSeptember 30,", 2)],
    [("2026", 1), ("2025", 1), ("2026", 1), ("2025", 1)],
]
H_BS = [[("September 30, 2026", 1), ("December 31, 2025", 1)]]
H_N = [[("Nine Months Ended September 30,", 2)], [("2026", 1), ("2025", 1)]]


def mil(x: float) -> str:
    return f"${x / 1000:,.1f} million"


def pct(a: float, b: float) -> float:
    return round((a - b) / abs(b) * 100 + 1e-9, 1)


class ChemPDF(FilingPDF):
    def draw_header(self):
        if self.page_no() == 1:
            return
        self.set_font("LSerif", "I", 7.5)
        self.set_xy(self.l_margin, 30)
        self.cell(0, 9, "Table of Contents", align="L")
        self.set_y(self.t_margin)

    def draw_footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-42)
        self.set_font("LSerif", "", 9)
        self.cell(0, 10, self.page_label(), align="C")


def qrow(key, label, src, cols=P, **kw):
    return dict(key=key, label=label, vals=[src[c] for c in cols], **kw)


def render(d: dict, toc_pages: dict | None = None) -> ChemPDF:
    """Render the filing; call twice so the table of contents shows real page numbers."""
    if toc_pages is None:
        toc_pages = render(d, toc_pages={}).marks
    pdf = ChemPDF(STYLE, "Form 10-Q", COMPANY)
    pdf.page_label_start = 1
    pdf.toc_pages = toc_pages
    pdf.set_title(f"{COMPANY} Form 10-Q for the quarter ended September 30, 2026")
    cover(pdf, d)
    toc(pdf, toc_pages)
    statements(pdf, d)
    notes(pdf, d)
    mdna(pdf, d)
    part2(pdf, d)
    return pdf


# ---------------------------------------------------------------------------
def cover(pdf: ChemPDF, d):
    pdf.add_page()
    pdf.font(bold=True, size=11)
    pdf.cell(0, 14, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 14, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.font(size=9.5)
    pdf.cell(0, 12, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.font(bold=True, size=16)
    pdf.cell(0, 20, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para(
        "\u2612  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
        align="L",
    )
    pdf.para("For the quarterly period ended September 30, 2026", align="C")
    pdf.para(
        "\u2610  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
        align="L",
    )
    pdf.para("Commission File Number 001-40772", align="C")
    pdf.ln(6)
    pdf.font(bold=True, size=15)
    pdf.cell(0, 20, "VELMORA CHEMICAL HOLDINGS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.font(italic=True, size=9)
    pdf.cell(0, 12, "(Exact name of registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.para(
        "Delaware (State or other jurisdiction of incorporation or organization)          "
        "86-4417203 (I.R.S. Employer Identification No.)",
        align="C",
    )
    pdf.para(
        "4100 Quarrystone Parkway, Tamsbury, Ohio 44991  (Address of principal executive offices) (Zip Code)\n"
        "(330) 555-0147  (Registrant\u2019s telephone number, including area code)",
        align="C",
    )
    pdf.ln(4)
    pdf.table(
        "cover",
        ["a", "b"],
        [[("Trading Symbol", 1), ("Name of each exchange on which registered", 1)]],
        [dict(label="Common Stock, par value $0.01 per share", vals=["VLMC", "New York Stock Exchange"])],
        label_header="Title of each class",
        col_w=[90, 190],
    )
    pdf.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by "
        "Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months (or for such "
        "shorter period that the registrant was required to file such reports), and (2) has been subject to such "
        "filing requirements for the past 90 days.  Yes \u2612   No \u2610",
        size=8.5,
    )
    pdf.para(
        "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
        "non-accelerated filer, a smaller reporting company, or an emerging growth company.  Large accelerated "
        "filer \u2612   Accelerated filer \u2610   Non-accelerated filer \u2610   Smaller reporting company \u2610   "
        "Emerging growth company \u2610",
        size=8.5,
    )
    pdf.para(
        "Indicate by check mark whether the registrant is a shell company (as defined in Rule 12b-2 of the "
        "Exchange Act).  Yes \u2610   No \u2612",
        size=8.5,
    )
    pdf.para(
        "As of October 23, 2026, there were 86,041,287 shares of the registrant\u2019s common stock, "
        "par value $0.01 per share, outstanding.",
        size=8.5,
    )


def toc(pdf: ChemPDF, pages: dict):
    pdf.add_page()
    pdf.heading("TABLE OF CONTENTS", 1, align="C")
    entries = [
        ("PART I \u2014 FINANCIAL INFORMATION", ""),
        ("Item 1.  Financial Statements (Unaudited)", "is"),
        ("    Condensed Consolidated Statements of Operations", "is"),
        ("    Condensed Consolidated Statements of Comprehensive Income", "ci"),
        ("    Condensed Consolidated Balance Sheets", "bs"),
        ("    Condensed Consolidated Statements of Cash Flows", "cf"),
        ("    Condensed Consolidated Statements of Stockholders\u2019 Equity", "eq"),
        ("    Notes to Condensed Consolidated Financial Statements", "notes"),
        ("Item 2.  Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations", "mdna"),
        ("Item 3.  Quantitative and Qualitative Disclosures About Market Risk", "item3"),
        ("Item 4.  Controls and Procedures", "item4"),
        ("PART II \u2014 OTHER INFORMATION", ""),
        ("Item 1.  Legal Proceedings", "p2"),
        ("Item 1A. Risk Factors", "p2"),
        ("Item 2.  Unregistered Sales of Equity Securities and Use of Proceeds", "item2b"),
        ("Item 5.  Other Information", "item5"),
        ("Item 6.  Exhibits", "item6"),
        ("Signatures", "sig"),
    ]
    for text, mk in entries:
        pdf.font(bold=not mk, size=9.5)
        pdf.cell(pdf.epw - 40, 14, text)
        pdf.cell(40, 14, pages.get(mk, "") if mk else "", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.heading("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS", 2)
    pdf.para(
        "This Quarterly Report on Form 10-Q contains forward-looking statements within the meaning of the Private "
        "Securities Litigation Reform Act of 1995, including statements about our expected capital expenditures, "
        "the anticipated benefits and costs of our 2026 Footprint Optimization Program, raw material availability, "
        "demand in the architectural, automotive, packaging and agricultural end markets we serve, and our capital "
        "allocation priorities. Words such as \u201canticipate,\u201d \u201cexpect,\u201d \u201cintend,\u201d "
        "\u201cplan,\u201d \u201cbelieve,\u201d \u201cestimate\u201d and similar expressions identify such "
        "statements. Actual results may differ materially because of, among other things, volatility in the cost "
        "of propylene, titanium dioxide, specialty monomers and natural gas; changes in currency exchange rates; "
        "our ability to pass through price increases; disruptions at our manufacturing sites; and the other risks "
        "described under \u201cRisk Factors\u201d in our Annual Report on Form 10-K for the year ended December 31, "
        "2025. We undertake no obligation to update any forward-looking statement except as required by law."
    )
    pdf.para(
        "Unless the context requires otherwise, references to \u201cVelmora,\u201d the \u201cCompany,\u201d "
        "\u201cwe,\u201d \u201cus\u201d and \u201cour\u201d refer to Velmora Chemical Holdings, Inc. and its "
        "consolidated subsidiaries."
    )


# ---------------------------------------------------------------------------
def statements(pdf: ChemPDF, d):
    pdf.add_page()
    pdf.heading("PART I \u2014 FINANCIAL INFORMATION", 1, align="C", space_before=0)
    pdf.heading("Item 1.  Financial Statements", 2, space_before=0, mark="is")
    t = [COMPANY.upper(), "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "(Unaudited)"]
    rows = [
        qrow("net_sales", "Net sales", d["sales"], dollar=True),
        qrow("cogs", "Cost of goods sold", d["cogs"]),
        qrow("gp", "Gross profit", d["gp"], kind="sub"),
        dict(label="Operating expenses:", kind="item"),
        qrow("sga", "Selling, general and administrative expenses", d["sga"], indent=1),
        qrow("rd", "Research and development expenses", d["rd"], indent=1),
        qrow("amort", "Amortization of intangible assets", d["amort"], indent=1),
        qrow("restr", "Restructuring charges (Note 5)", d["restr"], indent=1),
        qrow("oi", "Operating income", d["oi"], kind="sub"),
        qrow("interest", "Interest expense, net", d["interest"]),
        qrow("other", "Other (income) expense, net, including non-service components of net periodic "
                      "pension cost", d["other"]),
        qrow("ibt", "Income before income taxes", d["ibt"], kind="sub"),
        qrow("tax", "Provision for income taxes", d["tax"]),
        qrow("ni", "Net income", d["ni"], kind="sub"),
        qrow("nci", "Less: Net income attributable to noncontrolling interests", d["nci"]),
        qrow("ni_co", "Net income attributable to Velmora Chemical Holdings, Inc.", d["ni_co"],
             kind="total", dollar=True, dbl=True),
        dict(label="Earnings per share attributable to Velmora common stockholders (Note 6):", space_before=4),
        qrow("eps_b", "Basic", d["eps_b"], indent=1, fmt="ps", dollar=True),
        qrow("eps_d", "Diluted", d["eps_d"], indent=1, fmt="ps", dollar=True, dbl=True),
        dict(label="Weighted-average common shares outstanding (in thousands):"),
        qrow("sh_b", "Basic", d["basic_sh"], indent=1),
        qrow("sh_d", "Diluted", d["dil_sh"], indent=1),
        qrow("dps", "Cash dividends declared per common share", dict(q26=0.42, q25=0.40, n26=1.26, n25=1.20),
             fmt="ps", dollar=True),
    ]
    pdf.table("is", list(P), H_QN, rows, title_lines=t + ["(In thousands, except per share amounts)"],
              col_w=68)
    pdf.para("See accompanying notes to the condensed consolidated financial statements.", italic=True, size=8,
             align="C")

    pdf.add_page()
    t = [COMPANY.upper(), "CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "(Unaudited)",
         "(In thousands)"]
    rows = [
        qrow("ni", "Net income", d["ni"], dollar=True),
        dict(label="Other comprehensive income (loss), net of tax:"),
        qrow("fx", "Foreign currency translation adjustments", d["fx"], indent=1),
        qrow("pens", "Pension and other postretirement benefit plans, net of tax of $198, $187, $594 and $562",
             d["pens"], indent=1),
        qrow("hedge", "Net gain (loss) on cash flow hedges, net of tax", d["hedge"], indent=1),
        qrow("oci", "Total other comprehensive income (loss), net of tax", d["oci"], kind="sub"),
        qrow("ci", "Comprehensive income", d["ci"], kind="sub"),
        qrow("ci_nci", "Less: Comprehensive income attributable to noncontrolling interests", d["ci_nci"]),
        qrow("ci_co", "Comprehensive income attributable to Velmora Chemical Holdings, Inc.", d["ci_co"],
             kind="total", dollar=True, dbl=True),
    ]
    pdf.table("ci", list(P), H_QN, rows, title_lines=t, col_w=68, mark="ci")
    pdf.para("See accompanying notes to the condensed consolidated financial statements.", italic=True, size=8,
             align="C")
    pdf.ln(10)

    bs, K = d["bs"], ("s26", "d25")

    def b(key, label, src=None, **kw):
        src = src if src is not None else bs[key]
        return dict(key=key, label=label, vals=[src[k] for k in K], **kw)

    eq = d["eq"]
    sh = d["shares"]
    rows = [
        dict(label="ASSETS", kind="head"),
        dict(label="Current assets:"),
        b("cash", "Cash and cash equivalents", indent=1, dollar=True),
        b("ar", f"Accounts receivable, net of allowance for credit losses of ${d['allow']['s26']:,} and "
                f"${d['allow']['d25']:,}, respectively", indent=1),
        b("inv", "Inventories (Note 3)", indent=1),
        b("ppd", "Prepaid expenses and other current assets", indent=1),
        b("tca", "Total current assets", d["tca"], kind="sub", indent=2),
        b("ppe", "Property, plant and equipment, net"),
        b("rou", "Operating lease right-of-use assets"),
        b("gw", "Goodwill"),
        b("intang", "Intangible assets, net"),
        b("dta", "Deferred income taxes"),
        b("oa", "Other assets"),
        b("ta", "Total assets", d["ta"], kind="total", dollar=True, dbl=True),
        dict(label="LIABILITIES AND EQUITY", kind="head", break_before=True),
        dict(label="Current liabilities:"),
        b("cur_debt", "Short-term borrowings and current portion of long-term debt (Note 4)", indent=1,
          dollar=True),
        b("ap", "Accounts payable", indent=1),
        b("accr", "Accrued liabilities", indent=1),
        b("itp", "Income taxes payable", indent=1),
        b("tcl", "Total current liabilities", d["tcl"], kind="sub", indent=2),
        b("lt_debt", "Long-term debt, net of current portion (Note 4)"),
        b("oll", "Operating lease liabilities, noncurrent"),
        b("dtl", "Deferred income taxes"),
        b("pens", "Pension and other postretirement benefit obligations"),
        b("ol", "Other liabilities"),
        b("tl", "Total liabilities", d["tl"], kind="sub", indent=2),
        dict(label="Commitments and contingencies (Note 9)"),
        dict(label="Equity:"),
        dict(label="Preferred stock, $0.01 par value; 10,000 shares authorized; none issued", indent=1,
             vals=[0, 0]),
        b("cs", f"Common stock, $0.01 par value; 300,000 shares authorized; {sh['issued_s26']:,} and "
                f"{sh['issued_d25']:,} shares issued, respectively", eq["cs"], indent=1),
        b("apic", "Additional paid-in capital", eq["apic"], indent=1),
        b("re", "Retained earnings", eq["re"], indent=1),
        b("aoci", "Accumulated other comprehensive loss", eq["aoci"], indent=1),
        b("ts", f"Treasury stock, at cost; {sh['treas_s26']:,} and {sh['treas_d25']:,} shares, respectively",
          eq["ts"], indent=1),
        b("tse", "Total Velmora Chemical Holdings, Inc. stockholders\u2019 equity", d["tse"], kind="sub",
          indent=2),
        b("nci", "Noncontrolling interests", eq["nci"], indent=1),
        b("te", "Total equity", d["te"], kind="sub", indent=2),
        b("tle", "Total liabilities and equity", d["tle"], kind="total", dollar=True, dbl=True),
    ]
    pdf.table(
        "bs", list(K), H_BS, rows,
        title_lines=[COMPANY.upper(), "CONDENSED CONSOLIDATED BALANCE SHEETS", "(Unaudited)",
                     "(In thousands, except par value)"],
        col_w=78,
        label_header="",
        mark="bs",
    )
    pdf.para("See accompanying notes to the condensed consolidated financial statements.", italic=True, size=8,
             align="C")

    # cash flows
    pdf.add_page()
    cf, N = d["cf"], ("n26", "n25")

    def c(key, label, src, **kw):
        return dict(key=key, label=label, vals=[src[k] for k in N], **kw)

    rows = [
        dict(label="Cash flows from operating activities:", kind="head"),
        c("ni", "Net income", cf["ni"], indent=1, dollar=True),
        dict(label="Adjustments to reconcile net income to net cash provided by operating activities:", indent=1),
        c("da", "Depreciation and amortization", cf["da"], indent=2),
        c("sbc", "Share-based compensation expense", cf["sbc"], indent=2),
        c("dtax", "Deferred income taxes", cf["dtax"], indent=2),
        c("rsnc", "Non-cash restructuring charges (asset write-downs)", cf["rsnc"], indent=2),
        c("onc", "Other non-cash items, net", cf["onc"], indent=2),
        dict(label="Changes in operating assets and liabilities:", indent=1),
        c("ar", "Accounts receivable", cf["ar"], indent=2),
        c("inv", "Inventories", cf["inv"], indent=2),
        c("ppd", "Prepaid expenses and other current assets", cf["ppd"], indent=2),
        c("ap", "Accounts payable", cf["ap"], indent=2),
        c("accr", "Accrued liabilities", cf["accr"], indent=2),
        c("oth", "Other assets and liabilities, net", cf["oth"], indent=2),
        c("cfo", "Net cash provided by operating activities", d["cfo"], kind="sub", indent=3),
        dict(label="Cash flows from investing activities:", kind="head"),
        c("capex", "Capital expenditures", d["cf_inv"]["capex"], indent=1),
        c("acqn", "Acquisition of business, net of cash acquired", d["cf_inv"]["acqn"], indent=1),
        c("aspr", "Proceeds from sale of property, plant and equipment", d["cf_inv"]["aspr"], indent=1),
        c("oinv", "Other investing activities, net", d["cf_inv"]["oinv"], indent=1),
        c("cfi", "Net cash used in investing activities", d["cfi"], kind="sub", indent=3),
        dict(label="Cash flows from financing activities:", kind="head"),
        c("stb", "Net change in short-term borrowings", d["cf_fin"]["stb"], indent=1),
        c("rcf", "Net (repayments of) borrowings under revolving credit facility", d["cf_fin"]["rcf"], indent=1),
        c("ltdp", "Proceeds from issuance of long-term debt", d["cf_fin"]["ltdp"], indent=1),
        c("ltdr", "Repayments of long-term debt and finance lease obligations", d["cf_fin"]["ltdr"], indent=1),
        c("dic", "Payment of debt issuance costs", d["cf_fin"]["dic"], indent=1),
        c("div", "Dividends paid to common stockholders", d["cf_fin"]["div"], indent=1),
        c("rep", "Repurchases of common stock", d["cf_fin"]["rep"], indent=1),
        c("exer", "Proceeds from exercise of stock options", d["cf_fin"]["exer"], indent=1),
        c("whd", "Taxes paid related to net share settlement of equity awards", d["cf_fin"]["whd"], indent=1),
        c("ncid", "Distributions to noncontrolling interests", d["cf_fin"]["ncid"], indent=1),
        c("cff", "Net cash used in financing activities", d["cff"], kind="sub", indent=3),
        c("fxc", "Effect of exchange rate changes on cash and cash equivalents", d["fxc"]),
        c("net_chg", "Net increase (decrease) in cash and cash equivalents", d["net_chg"], kind="sub"),
        c("cash_beg", "Cash and cash equivalents at beginning of period", d["cash_beg"]),
        c("cash_end", "Cash and cash equivalents at end of period", d["cash_end"], kind="total", dollar=True,
          dbl=True),
        dict(label="Supplemental cash flow information:", space_before=4),
        c("int_paid", "Cash paid for interest", d["int_paid"], indent=1, dollar=True),
        c("tax_paid", "Cash paid for income taxes, net of refunds", d["tax_paid"], indent=1),
    ]
    pdf.table("cf", list(N), H_N, rows,
              title_lines=[COMPANY.upper(), "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "(Unaudited)",
                           "(In thousands)"], col_w=80, mark="cf")

    # equity roll-forward
    pdf.add_page()
    cols = ["cs", "apic", "re", "aoci", "ts", "tse", "nci", "te"]
    hdr = [[("Common Stock", 1), ("Additional Paid-in Capital", 1), ("Retained Earnings", 1),
            ("Accumulated Other Comprehensive Loss", 1), ("Treasury Stock", 1),
            ("Total Stockholders\u2019 Equity", 1), ("Non-controlling Interests", 1),
            ("Total Equity", 1)]]

    def eqrow(key, label, mv, **kw):
        vals = [mv.get(k) for k in cols[:5]]
        tse = sum(v or 0 for v in vals)
        nci = mv.get("nci")
        vals += [tse if any(v is not None for v in vals) else None, nci, tse + (nci or 0)]
        return dict(key=key, label=label, vals=vals, **kw)

    openb = {k: eq[k]["d25"] for k in eq}
    closeb = {k: eq[k]["s26"] for k in eq}
    rf = d["rf"]
    rows = [
        eqrow("open", "Balance at December 31, 2025", openb, dollar=True),
        eqrow("ni", "Net income", rf["ni"]),
        eqrow("oci", "Other comprehensive income, net of tax", rf["oci"]),
        eqrow("sbc", "Share-based compensation", rf["sbc"]),
        eqrow("exer", "Stock options exercised and restricted stock units vested", rf["exer"]),
        eqrow("whd", "Shares withheld for taxes on equity awards", rf["whd"]),
        eqrow("div", "Cash dividends declared ($1.26 per share)", rf["div"]),
        eqrow("rep", "Repurchases of common stock", rf["rep"]),
        eqrow("ncid", "Distributions to noncontrolling interests", rf["ncid"]),
        eqrow("close", "Balance at September 30, 2026", closeb, kind="total", dollar=True, dbl=True),
    ]
    pdf.table("eq", cols, hdr, rows,
              title_lines=[COMPANY.upper(), "CONDENSED CONSOLIDATED STATEMENT OF STOCKHOLDERS\u2019 EQUITY",
                           "Nine Months Ended September 30, 2026 (Unaudited)", "(In thousands, except per share "
                           "amounts)"],
              col_w=[40, 48, 48, 56, 46, 54, 48, 50], size=7, label_header="", mark="eq")
    pdf.para("See accompanying notes to the condensed consolidated financial statements.", italic=True, size=8,
             align="C")


# ---------------------------------------------------------------------------
def notes(pdf: ChemPDF, d):
    pdf.heading("NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)", 1, align="C", mark="notes")
    pdf.heading("1. Basis of Presentation", 2)
    pdf.para(
        "Velmora Chemical Holdings, Inc. is a global manufacturer of specialty coatings resins, engineered "
        "polymer compounds and performance additives with 31 manufacturing sites in 14 countries. The "
        "accompanying unaudited condensed consolidated financial statements have been prepared in accordance with "
        "U.S. generally accepted accounting principles (\u201cGAAP\u201d) for interim financial information and "
        "should be read in conjunction with the audited consolidated financial statements in our Annual Report on "
        "Form 10-K for the year ended December 31, 2025. In the opinion of management, all adjustments, consisting "
        "of normal recurring adjustments, necessary for a fair presentation have been included. Results for "
        "interim periods are not necessarily indicative of results for the full year. Amounts are presented in "
        "thousands, except per share data, unless otherwise noted."
    )
    pdf.heading("2. Revenue", 2)
    pdf.para(
        "We recognize revenue when control of a product transfers to the customer, generally upon shipment. "
        "The following tables disaggregate net sales by reportable segment and by the geographic region of the "
        "customer\u2019s location."
    )
    rows = [qrow(s, SEG_NAMES[s], d["seg_sales"][s], dollar=(i == 0)) for i, s in enumerate(SEGMENTS)]
    rows.append(qrow("total", "Total net sales", d["sales"], kind="total", dollar=True, dbl=True))
    pdf.table("rev_seg", list(P), H_QN, rows, label_header="Net sales by segment:", col_w=68)
    rows = [qrow(r, REG_NAMES[r] + ("(1)" if r == "na" else ""), d["reg_sales"][r], dollar=(i == 0))
            for i, r in enumerate(REGIONS)]
    rows.append(qrow("total", "Total net sales", d["sales"], kind="total", dollar=True, dbl=True))
    pdf.table("rev_reg", list(P), H_QN, rows, label_header="Net sales by region:", col_w=68)
    pdf.para("(1) Includes net sales in the United States of $298,614, $291,077, $889,452 and $860,318 for the "
             "respective periods presented.", size=7.5)

    pdf.heading("3. Inventories", 2)
    inv = d["inv"]
    rows = [
        dict(key="raw", label="Raw materials", vals=[inv["raw"]["s26"], inv["raw"]["d25"]], dollar=True),
        dict(key="wip", label="Work in process", vals=[inv["wip"]["s26"], inv["wip"]["d25"]]),
        dict(key="fg", label="Finished goods", vals=[inv["fg"]["s26"], inv["fg"]["d25"]]),
        dict(key="sup", label="Supplies and spare parts", vals=[inv["sup"]["s26"], inv["sup"]["d25"]]),
        dict(key="total", label="Total inventories", vals=[d["inv_total"]["s26"], d["inv_total"]["d25"]],
             kind="total", dollar=True, dbl=True),
    ]
    pdf.table("inv", ["s26", "d25"], H_BS, rows, col_w=90)

    pdf.heading("4. Goodwill, Debt and Other Balance Sheet Items", 2)
    pdf.para(
        "Goodwill. The changes in the carrying amount of goodwill by reportable segment for the nine months ended "
        "September 30, 2026 were as follows. There were no accumulated impairment losses."
    )
    gw = d["gw"]
    cols = ["pc", "ep", "sa", "tot"]
    hdr = [[("Performance Coatings", 1), ("Engineered Polymers", 1), ("Specialty Additives", 1), ("Total", 1)]]
    rows = [
        dict(key="open", label="Balance at December 31, 2025", vals=[gw[c]["open"] for c in cols], dollar=True),
        dict(key="fx", label="Foreign currency translation", vals=[gw[c]["fx"] for c in cols]),
        dict(key="close", label="Balance at September 30, 2026", vals=[gw[c]["close"] for c in cols],
             kind="total", dollar=True, dbl=True),
    ]
    pdf.table("gw", cols, hdr, rows, col_w=72)
    pdf.para(
        "Debt. Our debt consisted of the following. Interest rates shown are the stated coupon or the contractual "
        "spread over the Secured Overnight Financing Rate (\u201cSOFR\u201d)."
    )
    debt = d["debt"]
    labels = {
        "rcf": ("Revolving credit facility due 2030", "SOFR + 1.375%"),
        "tla": ("Term Loan A due 2029", "SOFR + 1.50%"),
        "n28": ("4.375% Senior Notes due 2028", "4.375%"),
        "n31": ("5.250% Senior Notes due 2031", "5.250%"),
        "frl": ("Foreign credit lines and other short-term borrowings", "Various"),
        "fin": ("Finance lease obligations", "Various"),
    }
    hdr = [[("Interest Rate", 1), ("September 30, 2026", 1), ("December 31, 2025", 1)]]
    rows = []
    for i, (k, (lab, rate)) in enumerate(labels.items()):
        rows.append(dict(key=k, label=lab, vals=[rate, debt[k]["s26"], debt[k]["d25"]], dollar=(i == 0)))
    rows += [
        dict(key="principal", label="Total principal", vals=[None, d["principal"]["s26"], d["principal"]["d25"]],
             kind="sub"),
        dict(key="costs", label="Less: Unamortized discounts and debt issuance costs",
             vals=[None, -d["issue_costs"]["s26"], -d["issue_costs"]["d25"]]),
        dict(key="total", label="Total debt", vals=[None, d["total_debt"]["s26"], d["total_debt"]["d25"]],
             kind="sub"),
        dict(key="cur", label="Less: Short-term borrowings and current portion of long-term debt",
             vals=[None, -d["cur_debt"]["s26"], -d["cur_debt"]["d25"]]),
        dict(key="lt", label="Long-term debt, net of current portion",
             vals=[None, d["lt_debt"]["s26"], d["lt_debt"]["d25"]], kind="total", dollar=True, dbl=True),
    ]
    pdf.table("debt", ["rate", "s26", "d25"], hdr, rows, col_w=[70, 76, 76])
    pdf.para(
        "In March 2026, we issued an additional $150.0 million aggregate principal amount of our 5.250% Senior "
        "Notes due 2031 at par and used the net proceeds to repay borrowings under the revolving credit facility "
        "and for general corporate purposes. The Term Loan A amortizes at 1.25% of the original principal per "
        "quarter. At September 30, 2026, we were in compliance with all covenants under our credit agreement, "
        "which requires a maximum total net leverage ratio of 3.75 to 1.00 and a minimum interest coverage ratio "
        "of 3.00 to 1.00. The fair value of our senior notes, based on quoted market prices (Level 2), was "
        "$874.6 million at September 30, 2026."
    )

    pdf.para(
        "Income taxes. Our effective tax rate was 22.8% and 23.1% for the three and nine months ended September 30, "
        "2026, respectively, compared with 23.5% and 24.0% in the corresponding periods of 2025. The rates differ from "
        "the U.S. federal statutory rate of 21% primarily because of state income taxes and the mix of earnings "
        "among foreign jurisdictions, partially offset by research and development credits. We are subject to the "
        "global minimum tax under the OECD Pillar Two framework in several jurisdictions; it did not have a material "
        "effect on the periods presented."
    )
    pdf.heading("5. Restructuring", 2)
    pdf.para(
        "In the fourth quarter of 2025, the Board of Directors approved the 2026 Footprint Optimization Program, "
        "which consolidates two Engineered Polymers compounding plants in Europe and streamlines selling and "
        "administrative functions. We expect to incur total pre-tax charges of $30 million to $35 million under the "
        "program through 2027, of which approximately one-third will be non-cash asset write-downs. Restructuring "
        f"charges were {mil(d['restr']['q26'])} and {mil(d['restr']['n26'])} for the three and nine months ended "
        "September 30, 2026, respectively. Changes in the restructuring reserve, which is included in accrued "
        "liabilities, were as follows:"
    )
    rs = d["rs"]
    cols = ["sev", "fac", "ast", "tot"]
    hdr = [[("Employee Severance", 1), ("Facility Exit and Other", 1), ("Asset Write-downs", 1), ("Total", 1)]]
    rows = [
        dict(key="open", label="Balance at December 31, 2025", vals=[rs[c]["open"] for c in cols], dollar=True),
        dict(key="chg", label="Charges", vals=[rs[c]["chg"] for c in cols]),
        dict(key="cash", label="Cash payments", vals=[rs[c]["cash"] for c in cols]),
        dict(key="noncash", label="Non-cash utilization", vals=[rs[c]["noncash"] for c in cols]),
        dict(key="fxr", label="Foreign currency translation", vals=[rs[c]["fxr"] for c in cols]),
        dict(key="close", label="Balance at September 30, 2026", vals=[rs[c]["close"] for c in cols],
             kind="total", dollar=True, dbl=True),
    ]
    pdf.table("rs", cols, hdr, rows, col_w=72)

    pdf.heading("6. Earnings Per Share", 2)
    rows = [
        qrow("num", "Net income attributable to Velmora Chemical Holdings, Inc.", d["ni_co"], dollar=True),
        qrow("basic", "Weighted-average common shares outstanding \u2014 basic", d["basic_sh"]),
        qrow("dil", "Dilutive effect of stock options and restricted stock units", d["dil_add"]),
        qrow("diluted", "Weighted-average common shares outstanding \u2014 diluted", d["dil_sh"], kind="sub"),
        qrow("eps_b", "Basic earnings per share", d["eps_b"], fmt="ps", dollar=True),
        qrow("eps_d", "Diluted earnings per share", d["eps_d"], fmt="ps", dollar=True),
        qrow("anti", "Anti-dilutive awards excluded from diluted shares", d["antidil"]),
    ]
    pdf.table("eps", list(P), H_QN, rows, label_header="(In thousands, except per share amounts)", col_w=68)

    pdf.heading("7. Segment Information", 2)
    pdf.para(
        "We manage our business in three reportable segments: Performance Coatings, Engineered Polymers and "
        "Specialty Additives. Our Chief Executive Officer, who is the chief operating decision maker, evaluates "
        "segment performance using Segment Adjusted EBITDA, defined as earnings before interest, taxes, "
        "depreciation and amortization, excluding restructuring charges, acquisition and integration costs and "
        "other non-operating items. Corporate costs that are not allocated to the segments are presented "
        "separately. Segment net sales are presented in Note 2."
    )
    rows = [qrow(s, SEG_NAMES[s], d["seg_ebitda"][s], dollar=(i == 0)) for i, s in enumerate(SEGMENTS)]
    rows += [
        qrow("segtot", "Total Segment Adjusted EBITDA", d["seg_total_ebitda"], kind="sub"),
        qrow("corp", "Corporate and unallocated(1)", d["corp"]),
        qrow("adj", "Adjusted EBITDA", d["adj_ebitda"], kind="sub", dollar=True),
        dict(label="Reconciling items:"),
        qrow("da", "Depreciation and amortization", {p: -d["da"][p] for p in P}, indent=1),
        qrow("interest", "Interest expense, net", {p: -d["interest"][p] for p in P}, indent=1),
        qrow("other", "Other income (expense), net", {p: -d["other"][p] for p in P}, indent=1),
        qrow("restr", "Restructuring charges", {p: -d["restr"][p] for p in P}, indent=1),
        qrow("acq", "Acquisition and integration costs(2)", {p: -d["acq"][p] for p in P}, indent=1),
        qrow("ibt", "Income before income taxes", d["ibt"], kind="total", dollar=True, dbl=True),
    ]
    pdf.table("seg", list(P), H_QN, rows, label_header="Segment Adjusted EBITDA:", col_w=68,
              title="Segment Adjusted EBITDA and Reconciliation to Income Before Income Taxes")
    pdf.para("(1) Includes corporate functional costs, share-based compensation not allocated to the segments and "
             "foreign exchange gains and losses on intercompany balances.\n(2) Included in selling, general and "
             "administrative expenses.", size=7.5, align="L")
    rows = [qrow(s, SEG_NAMES[s], d["seg_da"][s], dollar=(i == 0)) for i, s in enumerate(SEGMENTS)]
    rows += [qrow("corp", "Corporate", d["seg_da"]["corp"]),
             qrow("total", "Total depreciation and amortization", d["da"], kind="total", dollar=True, dbl=True)]
    pdf.table("seg_da", list(P), H_QN, rows, label_header="Depreciation and amortization:", col_w=68)

    pdf.heading("8. Accumulated Other Comprehensive Loss and Fair Value", 2)
    pdf.para("Changes in accumulated other comprehensive loss attributable to Velmora, net of tax, were as follows:")
    ao = d["aoci"]
    cols = ["fx", "pens", "hedge", "tot"]
    hdr = [[("Foreign Currency Translation", 1), ("Pension and Postretirement Plans", 1),
            ("Cash Flow Hedges", 1), ("Total", 1)]]
    rows = [
        dict(key="open", label="Balance at December 31, 2025", vals=[ao[c]["open"] for c in cols], dollar=True),
        dict(key="chg", label="Other comprehensive income (loss), net of tax", vals=[ao[c]["chg"] for c in cols]),
        dict(key="close", label="Balance at September 30, 2026", vals=[ao[c]["close"] for c in cols],
             kind="total", dollar=True, dbl=True),
    ]
    pdf.table("aoci", cols, hdr, rows, col_w=72)
    pdf.para(
        "Our financial instruments measured at fair value on a recurring basis consist of interest rate swaps, "
        "foreign currency forward contracts and investments held in a rabbi trust for our nonqualified deferred "
        "compensation plan. The interest rate swaps (notional amount $250.0 million) had a net asset fair value of "
        "$4.1 million at September 30, 2026 and $7.3 million at December 31, 2025, and the foreign currency forward "
        "contracts had a net liability fair value of $1.6 million and $0.9 million, respectively; all are Level 2 "
        "measurements based on observable market inputs. The carrying values of cash, receivables and payables "
        "approximate fair value because of their short maturities."
    )
    pdf.heading("9. Commitments and Contingencies", 2)
    pdf.para(
        "We are party to legal proceedings arising in the ordinary course of business, including product "
        "liability, commercial and environmental matters. We have accrued $7.9 million for environmental "
        "remediation at four current and former sites, principally the former Harlow Creek resin facility, which "
        "we expect to spend over the next eight years. While the outcome of pending matters cannot be predicted "
        "with certainty, we do not believe that their resolution will have a material adverse effect on our "
        "financial position, results of operations or cash flows. Outstanding standby letters of credit totaled "
        f"${d['lc_out'] / 1000:,.1f} million at September 30, 2026."
    )
    pdf.heading("10. Subsequent Event", 2)
    pdf.para(
        "On October 21, 2026, the Board of Directors declared a quarterly cash dividend of $0.44 per share of "
        "common stock, payable on December 11, 2026 to stockholders of record on November 20, 2026."
    )


# ---------------------------------------------------------------------------
def mdna(pdf: ChemPDF, d):
    pdf.add_page()
    pdf.heading("Item 2.  Management\u2019s Discussion and Analysis of Financial Condition and Results of "
                "Operations", 1, space_before=0, mark="mdna")
    pdf.para(
        "The following discussion should be read together with our condensed consolidated financial statements and "
        "the related notes included in Item 1 of this report. Comparisons are to the corresponding period of 2025 "
        "unless otherwise noted."
    )
    pdf.heading("Overview", 2)
    pdf.para(
        f"Net sales for the third quarter of 2026 increased {pct(d['sales']['q26'], d['sales']['q25'])}% to "
        f"{mil(d['sales']['q26'])}, driven by higher volumes in Specialty Additives and favorable price/mix across "
        "all three segments, partially offset by unfavorable currency translation. Gross margin expanded as raw "
        "material deflation in acrylic monomers and lower freight costs more than offset wage inflation. Diluted "
        f"earnings per share were ${d['eps_d']['q26']:.2f} compared with ${d['eps_d']['q25']:.2f} in the prior-year "
        f"quarter, and Adjusted EBITDA, a non-GAAP measure, was {mil(d['adj_ebitda']['q26'])}."
    )
    pdf.heading("Results of Operations", 2)
    hdr = [[("Three Months Ended\nSeptember 30,", 2), ("Change", 2)],
           [("2026", 1), ("2025", 1), ("$", 1), ("%", 1)]]

    def chg_row(key, label, src, **kw):
        a, b = src["q26"], src["q25"]
        return dict(key=key, label=label, vals=[a, b, a - b, pct(a, b)], fmt=["k", "k", "k", "pct1"], **kw)

    rows = [
        chg_row("sales", "Net sales", d["sales"], dollar=True),
        chg_row("cogs", "Cost of goods sold", d["cogs"]),
        chg_row("gp", "Gross profit", d["gp"], kind="sub"),
        dict(key="gm", label="Gross margin", vals=[round(d["gp"]["q26"] / d["sales"]["q26"] * 100, 1),
                                                    round(d["gp"]["q25"] / d["sales"]["q25"] * 100, 1)],
             fmt="pct1", italic=True, indent=1),
        chg_row("sga", "Selling, general and administrative expenses", d["sga"]),
        chg_row("rd", "Research and development expenses", d["rd"]),
        chg_row("amort", "Amortization of intangible assets", d["amort"]),
        chg_row("restr", "Restructuring charges", d["restr"]),
        chg_row("oi", "Operating income", d["oi"], kind="sub"),
        chg_row("interest", "Interest expense, net", d["interest"]),
        chg_row("tax", "Provision for income taxes", d["tax"]),
        dict(key="etr", label="Effective tax rate",
             vals=[round(d["tax"]["q26"] / d["ibt"]["q26"] * 100, 1), round(d["tax"]["q25"] / d["ibt"]["q25"] * 100,
                                                                             1)],
             fmt="pct1", italic=True, indent=1),
        chg_row("ni_co", "Net income attributable to Velmora", d["ni_co"], kind="total", dollar=True),
    ]
    pdf.table("mda_q", ["q26", "q25", "chg", "chgp"], hdr, rows, label_header="(Dollars in thousands)", col_w=64)
    pdf.para(
        "Selling, general and administrative expenses increased primarily because of higher incentive compensation "
        "and continued investment in digital commercial tools, partially offset by lower acquisition and "
        f"integration costs ({mil(d['acq']['q26'])} compared with {mil(d['acq']['q25'])}). Interest expense, net "
        "decreased as lower SOFR-based rates on the Term Loan A more than offset interest on the additional 2031 "
        "notes issued in March 2026. The effective tax rate for the quarter benefited from a favorable mix of "
        "earnings in lower-tax jurisdictions."
    )
    pdf.para(
        f"For the nine months ended September 30, 2026, net sales increased "
        f"{pct(d['sales']['n26'], d['sales']['n25'])}% to {mil(d['sales']['n26'])}, operating income was "
        f"{mil(d['oi']['n26'])} compared with {mil(d['oi']['n25'])}, and diluted earnings per share were "
        f"${d['eps_d']['n26']:.2f} compared with ${d['eps_d']['n25']:.2f}."
    )

    pdf.heading("Segment Results", 2)
    pdf.para(
        "The following table presents net sales, Segment Adjusted EBITDA and Segment Adjusted EBITDA margin "
        "(Segment Adjusted EBITDA as a percentage of segment net sales) for the third quarter."
    )
    hdr = [[("Three Months Ended September 30,", 2), ("", 1)], [("2026", 1), ("2025", 1), ("% Change", 1)]]
    rows = []
    for s in SEGMENTS:
        ss, se = d["seg_sales"][s], d["seg_ebitda"][s]
        rows += [
            dict(label=SEG_NAMES[s], kind="head"),
            dict(key=f"{s}_sales", label="Net sales", indent=1, vals=[ss["q26"], ss["q25"], pct(ss["q26"], ss["q25"])],
                 fmt=["k", "k", "pct1"], dollar=True),
            dict(key=f"{s}_ebitda", label="Segment Adjusted EBITDA", indent=1,
                 vals=[se["q26"], se["q25"], pct(se["q26"], se["q25"])], fmt=["k", "k", "pct1"]),
            dict(key=f"{s}_margin", label="Segment Adjusted EBITDA margin", indent=1, italic=True,
                 vals=[round(se["q26"] / ss["q26"] * 100, 1), round(se["q25"] / ss["q25"] * 100, 1), None],
                 fmt="pct1"),
        ]
    pdf.table("mda_seg", ["q26", "q25", "chgp"], hdr, rows, label_header="(Dollars in thousands)", col_w=74)
    pdf.para("Components of the change in net sales for the three months ended September 30, 2026:")
    drivers = {"pc": (1.9, 3.6), "ep": (0.6, 3.4), "sa": (7.4, 3.6)}
    hdr = [[("Volume", 1), ("Price/Mix", 1), ("Currency", 1), ("Total", 1)]]
    rows = []
    for s in SEGMENTS:
        tot = pct(d["seg_sales"][s]["q26"], d["seg_sales"][s]["q25"])
        v, pm = drivers[s]
        rows.append(dict(key=s, label=SEG_NAMES[s], vals=[v, pm, round(tot - v - pm, 1), tot], fmt="pct1"))
    pdf.table("drivers", ["vol", "pm", "fx", "tot"], hdr, rows, col_w=64)
    pdf.para(
        "Performance Coatings net sales grew on pricing actions in industrial wood and protective coatings resins "
        "and modest volume gains in North American architectural demand. Segment Adjusted EBITDA margin improved on "
        "price/cost and productivity. Engineered Polymers volumes were roughly flat as stronger packaging demand "
        "offset softer European automotive builds; the segment benefited from the first savings under the 2026 "
        "Footprint Optimization Program. Specialty Additives delivered the strongest growth, led by crop "
        "protection adjuvants and rheology modifiers in Asia Pacific."
    )

    pdf.heading("Non-GAAP Financial Measures", 2)
    pdf.para(
        "We use Adjusted EBITDA, Adjusted EBITDA margin, Adjusted net income, Adjusted diluted EPS and free cash "
        "flow, which are not defined by GAAP, to evaluate operating performance. Adjusted net income excludes "
        "restructuring charges, amortization of intangible assets and acquisition and integration costs, net of a "
        "blended tax effect of 24.5%. These measures should not be considered in isolation or as a substitute for "
        "the most directly comparable GAAP measures."
    )
    rows = [
        qrow("ni", "Net income", d["ni"], dollar=True),
        qrow("tax", "Provision for income taxes", d["tax"], indent=1),
        qrow("interest", "Interest expense, net", d["interest"], indent=1),
        qrow("other", "Other (income) expense, net", d["other"], indent=1),
        qrow("da", "Depreciation and amortization", d["da"], indent=1),
        qrow("restr", "Restructuring charges", d["restr"], indent=1),
        qrow("acq", "Acquisition and integration costs", d["acq"], indent=1),
        qrow("adj", "Adjusted EBITDA", d["adj_ebitda"], kind="total", dollar=True, dbl=True),
        dict(key="margin", label="Adjusted EBITDA margin", italic=True,
             vals=[round(d["adj_ebitda"][p] / d["sales"][p] * 100, 1) for p in P], fmt="pct1"),
        dict(label="", vals=[]),
        qrow("ni_co", "Net income attributable to Velmora", d["ni_co"], dollar=True),
        qrow("restr2", "Restructuring charges", d["restr"], indent=1),
        qrow("amort", "Amortization of intangible assets", d["amort"], indent=1),
        qrow("acq2", "Acquisition and integration costs", d["acq"], indent=1),
        qrow("adjtax", "Income tax effect of adjustments", d["adj_tax"], indent=1),
        qrow("adj_ni", "Adjusted net income", d["adj_ni"], kind="total", dollar=True, dbl=True),
        qrow("dil", "Diluted weighted-average shares outstanding", d["dil_sh"]),
        qrow("adj_eps", "Adjusted diluted EPS", d["adj_eps"], fmt="ps", dollar=True),
    ]
    pdf.table("ngaap", list(P), H_QN, rows, label_header="(In thousands, except per share amounts)", col_w=68,
              title="Reconciliation of Net Income to Adjusted EBITDA and Adjusted Net Income")

    pdf.heading("Liquidity and Capital Resources", 2)
    N = ("n26", "n25")
    rows = [
        dict(key="cfo", label="Net cash provided by operating activities", vals=[d["cfo"][k] for k in N],
             dollar=True),
        dict(key="cfi", label="Net cash used in investing activities", vals=[d["cfi"][k] for k in N]),
        dict(key="cff", label="Net cash used in financing activities", vals=[d["cff"][k] for k in N]),
        dict(key="capex", label="Capital expenditures", vals=[d["cf_inv"]["capex"][k] for k in N]),
        dict(key="fcf", label="Free cash flow (net cash provided by operating activities less capital "
                              "expenditures)", vals=[d["fcf"][k] for k in N], kind="total", dollar=True),
    ]
    pdf.table("mda_cf", list(N), H_N, rows, label_header="(In thousands)", col_w=80)
    liq = d["liquidity"]
    pdf.para(
        "Our primary sources of liquidity are cash from operations, cash on hand and our $750.0 million revolving "
        f"credit facility. At September 30, 2026, we had {mil(d['rcf_avail'])} of availability under the revolving "
        f"credit facility after outstanding borrowings and letters of credit, and total liquidity of {mil(liq)}. "
        "Operating cash flow increased primarily on higher earnings, partly offset by seasonal working capital "
        "investment. We now expect full-year 2026 capital expenditures of $160 million to $170 million, focused "
        "on debottlenecking additive capacity and the polymer plant consolidation.",
        figs={"liq|rcf_avail": (d["rcf_avail"], mil(d["rcf_avail"])), "liq|total": (liq, mil(liq))},
    )
    pdf.para(
        f"During the nine months ended September 30, 2026, we returned {mil(-d['cf_fin']['div']['n26'] - d['cf_fin']['rep']['n26'])} "
        "to stockholders through dividends and share repurchases. As of September 30, 2026, $392.8 million "
        "remained available under the share repurchase program authorized in February 2025."
    )

    pdf.heading("Outlook", 2)
    pdf.para(
        "We continue to expect modest volume growth in the fourth quarter, with seasonally lower architectural "
        "coatings demand offset by continued strength in crop protection additives. We expect raw material costs to "
        "be broadly stable sequentially and anticipate an additional $8 million to $10 million of restructuring "
        "charges in the fourth quarter of 2026, principally severance in Europe. Our capital allocation priorities "
        "remain investing in organic growth, maintaining an investment-grade-consistent balance sheet, paying a "
        "growing dividend and returning excess cash through share repurchases."
    )
    pdf.heading("Critical Accounting Estimates", 2)
    pdf.para(
        "There have been no material changes to the critical accounting estimates disclosed in our Annual Report "
        "on Form 10-K for the year ended December 31, 2025. We performed our annual goodwill impairment test as of "
        "July 1, 2026; the estimated fair value of each reporting unit exceeded its carrying value by more than 25%."
    )
    pdf.heading("Item 3.  Quantitative and Qualitative Disclosures About Market Risk", 1, mark="item3")
    pdf.para(
        "Interest rate risk. Borrowings under our revolving credit facility and Term Loan A bear interest at "
        f"variable rates. At September 30, 2026, variable-rate debt totaled {mil(d['var_debt'])}. A hypothetical "
        f"100 basis point increase in SOFR would increase annual interest expense by approximately "
        f"{mil(d['rate_sens'])}, before the effect of our interest rate swaps, which fix the rate on $250.0 million "
        "of the Term Loan A through June 2028.",
        figs={"mr|var_debt": (d["var_debt"], mil(d["var_debt"])), "mr|sens": (d["rate_sens"], mil(d["rate_sens"]))},
    )
    pdf.para(
        "Foreign currency risk. Approximately 52% of our net sales are generated outside the United States, "
        "principally in euro, Chinese renminbi and Brazilian real. A hypothetical 10% adverse change in the value of "
        "these currencies relative to the U.S. dollar would have reduced nine-month 2026 operating income by "
        "approximately $14.2 million. Commodity price risk. We purchase propylene derivatives, titanium dioxide and "
        "natural gas under contracts that generally reset monthly or quarterly; we do not hedge these exposures with "
        "derivatives."
    )
    pdf.heading("Item 4.  Controls and Procedures", 1, mark="item4")
    pdf.para(
        "Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, "
        "evaluated the effectiveness of our disclosure controls and procedures (as defined in Rules 13a-15(e) and "
        "15d-15(e) under the Exchange Act) as of September 30, 2026, and concluded that they were effective. There "
        "were no changes in our internal control over financial reporting during the quarter ended September 30, "
        "2026 that materially affected, or are reasonably likely to materially affect, our internal control over "
        "financial reporting. We continue to implement a new enterprise resource planning system in our European "
        "operations and have modified controls as appropriate."
    )


def part2(pdf: ChemPDF, d):
    pdf.add_page()
    pdf.heading("PART II \u2014 OTHER INFORMATION", 1, align="C", space_before=0, mark="p2")
    pdf.heading("Item 1.  Legal Proceedings", 2)
    pdf.para(
        "See Note 9, Commitments and Contingencies, to the condensed consolidated financial statements. In August "
        "2026, the Ohio Environmental Protection Agency issued a notice of violation relating to air permit "
        "exceedances at our Tamsbury resin plant; we are cooperating and do not expect any resulting penalty to "
        "exceed $1 million."
    )
    pdf.heading("Item 1A.  Risk Factors", 2)
    pdf.para(
        "There have been no material changes to the risk factors disclosed in Part I, Item 1A of our Annual Report "
        "on Form 10-K for the year ended December 31, 2025."
    )
    pdf.heading("Item 2.  Unregistered Sales of Equity Securities and Use of Proceeds", 2, mark="item2b")
    pdf.para("The following table summarizes repurchases of our common stock during the third quarter of 2026:")
    hdr = [[("Total Number of Shares Purchased", 1), ("Average Price Paid per Share", 1),
            ("Total Number of Shares Purchased as Part of Publicly Announced Program", 1),
            ("Approximate Dollar Value of Shares that May Yet Be Purchased (in thousands)(1)", 1)]]
    rows = []
    for i, (lab, n, px) in enumerate(d["rep_months"]):
        rows.append(dict(key=f"m{i + 1}", label=lab, vals=[n, px, n, d["auth_remaining"][i]],
                         fmt=["int", "usd2", "int", "k"]))
    rows.append(dict(key="total", label="Total", vals=[d["rep_q_shares"], d["rep_q_avg"], d["rep_q_shares"], None],
                     fmt=["int", "usd2", "int", "k"], kind="total", dbl=True))
    pdf.table("rep", ["n", "px", "prog", "rem"], hdr, rows, label_header="Period", col_w=[78, 70, 94, 100])
    pdf.para("(1) In February 2025, the Board of Directors authorized the repurchase of up to $750.0 million of "
             "common stock with no expiration date.", size=7.5)
    pdf.heading("Item 5.  Other Information", 2, mark="item5")
    pdf.para(
        "During the quarter ended September 30, 2026, none of our directors or officers adopted or terminated a "
        "\u201cRule 10b5-1 trading arrangement\u201d or \u201cnon-Rule 10b5-1 trading arrangement,\u201d as each "
        "term is defined in Item 408 of Regulation S-K."
    )
    pdf.add_page()
    pdf.heading("Item 6.  Exhibits", 2, mark="item6", space_before=0)
    ex = [
        ("4.1", "Third Supplemental Indenture, dated March 9, 2026, relating to the 5.250% Senior Notes due 2031"),
        ("10.1", "Amendment No. 2 to Credit Agreement, dated May 14, 2026, among Velmora Chemical Holdings, Inc., "
                 "the lenders party thereto and Grantham Mercantile Bank, N.A., as administrative agent"),
        ("10.2*", "Form of Performance Share Unit Award Agreement under the 2024 Omnibus Incentive Plan"),
        ("31.1", "Certification of Chief Executive Officer pursuant to Rule 13a-14(a)"),
        ("31.2", "Certification of Chief Financial Officer pursuant to Rule 13a-14(a)"),
        ("32.1\u2020", "Certifications pursuant to 18 U.S.C. Section 1350"),
        ("101", "Inline XBRL documents"),
        ("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)"),
    ]
    pdf.table("ex", ["desc"], [[("Description", 1)]],
              [dict(label=n, vals=[t]) for n, t in ex], label_header="Exhibit No.", col_w=[430], size=8.2)
    pdf.para("* Management contract or compensatory plan.   \u2020 Furnished, not filed.", size=7.5)
    pdf.heading("SIGNATURES", 2, align="C", mark="sig")
    pdf.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned thereunto duly authorized."
    )
    pdf.para(
        "VELMORA CHEMICAL HOLDINGS, INC.\n\nDate: November 4, 2026     By: /s/ Imogen R. Castellane\n"
        "Imogen R. Castellane, Executive Vice President and Chief Financial Officer (Principal Financial Officer)\n\n"
        "Date: November 4, 2026     By: /s/ Dorian P. Achterberg\n"
        "Dorian P. Achterberg, Vice President, Controller and Chief Accounting Officer (Principal Accounting "
        "Officer)",
        align="L",
    )
