"""Typesets the Meridale Rowe Investments Q3 2025 Form 10-Q from model_am values (formatting only)."""

from fractions import Fraction as F

import kit
from fpdf.enums import XPos, YPos
from kit import R, num, pct, plain, table
from model_am import CLS

DOC_NAME = "MERIDALEROWE_2025Q3_10Q"
H3 = ("Three Months Ended\nSeptember 30,", 2)
H9 = ("Nine Months Ended\nSeptember 30,", 2)
HDR4 = [[H3, H9], [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)]]
ORD = ["Q3_25", "Q3_24", "9M_25", "9M_24"]


def _header(pdf):
    pdf.set_fill_color(22, 60, 84)
    pdf.rect(0, 0, pdf.w, 11, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DSC", "B", 8)
    pdf.set_xy(14, 3.5)
    pdf.cell(0, 4, "MERIDALE ROWE INVESTMENTS, INC.  |  FORM 10-Q  |  QUARTER ENDED SEPTEMBER 30, 2025")
    pdf.set_text_color(0, 0, 0)


def _footer(pdf, lab):
    pdf.set_draw_color(22, 60, 84)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, pdf.h - 13, pdf.w - pdf.r_margin, pdf.h - 13)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(-12)
    pdf.set_font("DSC", "", 8)
    pdf.cell(0, 4, lab, align="R")


def _heading(pdf, text, level):
    if level == 1:
        pdf.need(20)
        pdf.ln(1)
        pdf.set_fill_color(22, 60, 84)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DSC", "B", 10)
        pdf.cell(0, 6, "  " + text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
    elif level == 2:
        pdf.need(15)
        pdf.ln(0.8)
        pdf.set_font("DSC", "B", 9.2)
        pdf.set_text_color(22, 60, 84)
        pdf.cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(22, 60, 84)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(1)
    else:
        pdf.need(10)
        pdf.set_font("DSC", "B", 8.6)
        pdf.cell(0, 4.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


STYLE = dict(
    company="Meridale Rowe Investments, Inc.",
    title="Form 10-Q Q3 2025",
    fonts={
        "DSC": {
            "": "dejavu/DejaVuSansCondensed.ttf",
            "B": "dejavu/DejaVuSansCondensed-Bold.ttf",
            "I": "dejavu/DejaVuSansCondensed-Oblique.ttf",
            "BI": "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
        }
    },
    body="DSC",
    size=8.4,
    lh=0.5,
    pgap=1.6,
    lm=14,
    rm=14,
    tm=16,
    bm=17,
    tfont="DSC",
    tsize=7.8,
    trh=0.5,
    tgap=2.2,
    title_align="L",
    thead_fill=(222, 232, 240),
    header=_header,
    footer=_footer,
    heading=_heading,
)


def d(x, dec=0):
    return num(x, dec)


def bn(x):
    """AUM in tenths of a billion -> printed billions."""
    return num(F(x, 10), 1)


def render(m, toc):
    pdf = kit.Doc(STYLE)
    pdf.toc = toc
    cf = m.cf
    b1, b0 = m.b["Sep 30, 2025"], m.b["Dec 31, 2024"]

    def v(dd):
        return [d(dd[p]) for p in ORD]

    # ------------------------------------------------------------ cover
    pdf.add_page()
    pdf.show_header = True
    pdf.set_font("DSC", "B", 11)
    pdf.cell(0, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DSC", "", 9)
    pdf.cell(0, 5, "Washington, D.C. 20549", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("DSC", "B", 15)
    pdf.cell(0, 8, "FORM 10-Q", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para(
        "[X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the "
        "quarterly period ended September 30, 2025",
        sty="B",
        align="C",
    )
    pdf.para("[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", align="C")
    pdf.para("Commission file number 001-39544", align="C")
    pdf.set_font("DSC", "B", 17)
    pdf.cell(0, 10, "MERIDALE ROWE INVESTMENTS, INC.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.para("(Exact name of registrant as specified in its charter)", sty="I", align="C")
    pdf.para("Delaware  |  I.R.S. Employer Identification No. 27-5519036", align="C")
    pdf.para("One Tessarine Plaza, 40th Floor, Alderwick City, NY 10281  |  (212) 555-0199", align="C")
    pdf.para(
        f"Common stock, $0.01 par value \u2014 trading symbol {m.ticker} \u2014 Continental Securities Exchange",
        align="C",
    )
    pdf.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by "
        "Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has "
        "been subject to such filing requirements for the past 90 days. Yes [X]  No [ ]"
    )
    pdf.para(
        "Large accelerated filer [X]  Accelerated filer [ ]  Non-accelerated filer [ ]  Smaller reporting "
        "company [ ]  Emerging growth company [ ]"
    )
    pdf.para("As of October 24, 2025, there were 77,906,418 shares of the registrant's common stock outstanding.")
    pdf.add_page()
    pdf.heading("TABLE OF CONTENTS", 2)
    for a, b, k in [
        ("Part I, Item 1.", "Financial Statements (unaudited)", "fs"),
        ("", "Notes to Condensed Consolidated Financial Statements", "notes"),
        ("Part I, Item 2.", "Management's Discussion and Analysis", "mdna"),
        ("Part I, Item 3.", "Quantitative and Qualitative Disclosures About Market Risk", "q3"),
        ("Part I, Item 4.", "Controls and Procedures", "q3"),
        ("Part II, Item 1A.", "Risk Factors", "p2"),
        ("Part II, Item 2.", "Unregistered Sales of Equity Securities and Use of Proceeds", "p2"),
        ("Part II, Item 6.", "Exhibits", "p2"),
    ]:
        pdf.set_font("DSC", "", 8.6)
        pdf.cell(30, 5, a)
        pdf.cell(130, 5, b)
        pdf.cell(0, 5, pdf.toc.get(k, "0"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.para(
        "Unless otherwise indicated, \u201cMeridale Rowe,\u201d \u201cthe Company,\u201d \u201cwe\u201d and "
        "\u201cour\u201d refer to Meridale Rowe Investments, Inc. and its consolidated subsidiaries. "
        "Assets under management (\u201cAUM\u201d) are presented in billions of U.S. dollars.",
        size=8,
    )
    pdf.heading("Cautionary Note Regarding Forward-Looking Statements", 2)
    for t in [
        "This report contains forward-looking statements, including statements about our expectations for "
        "AUM, net flows, fee rates, expenses, capital return and liquidity. Words such as \u201cexpect,\u201d "
        "\u201canticipate,\u201d \u201cintend,\u201d \u201cplan,\u201d \u201cbelieve\u201d and similar "
        "expressions identify such statements. They are based on current expectations and are subject to "
        "risks and uncertainties that could cause actual results to differ materially.",
        "Factors that could cause such differences include declines in financial markets, changes in client "
        "preferences toward passive or lower-fee products, the loss of key investment professionals, "
        "underperformance of our strategies relative to benchmarks, changes in regulation affecting fund "
        "distribution, disruption of our operations or those of third-party service providers, and the other "
        "risks described under \u201cRisk Factors\u201d in our 2024 Annual Report on Form 10-K. We undertake "
        "no obligation to update forward-looking statements.",
        "Glossary. Gross inflows include new accounts and additional contributions; gross outflows include "
        "redemptions, withdrawals and terminations. Market appreciation (depreciation) reflects investment "
        "returns net of fees, and foreign exchange reflects the translation of non-U.S. dollar AUM. Average "
        "AUM is calculated using month-end balances. The effective management fee rate is annualized "
        "management fees divided by average AUM.",
    ]:
        pdf.para(t, align="J")
    # ------------------------------------------------------------ statements
    pdf.set_mode("arabic")
    pdf.add_page()
    pdf.mark("fs")
    pdf.heading("PART I \u2014 FINANCIAL INFORMATION   Item 1. Financial Statements", 1)
    rows = [
        R("Revenues", head=True),
        R("Management fees", v(m.mgmt), indent=1, dollar=True),
        R("Performance fees", v(m.perf), indent=1),
        R("Distribution and servicing fees", v(m.dist_rev), indent=1),
        R("Other revenues", v(m.oth_rev), indent=1),
        R("Total revenues", v(m.rev), indent=2, bold=True, top=True),
        R("Expenses", head=True, gap=0.6),
        R("Compensation and benefits", v(m.comp), indent=1),
        R("Distribution and servicing costs", v(m.dist_cost), indent=1),
        R("General and administrative", v(m.ga), indent=1),
        R("Depreciation and amortization", v(m.da), indent=1),
        R("Restructuring charges", v(m.restr), indent=1),
        R("Total expenses", v(m.exp), indent=2, bold=True, top=True),
        R("Operating income", v(m.opinc), bold=True, top=True),
        R("Non-operating income (expense)", head=True, gap=0.6),
        R("Investment gains (losses), net", v(m.inv_gain), indent=1),
        R("Interest expense", v(m.int_exp), indent=1),
        R("Other income (expense), net", v(m.oth_inc), indent=1),
        R("Total non-operating income (expense)", v(m.nonop), indent=2, top=True),
        R("Income before income taxes", v(m.pretax), top=True),
        R("Income tax expense", v(m.tax)),
        R("Net income", v(m.ni_tot), top=True),
        R("Less: net income attributable to noncontrolling interests", v(m.ni_nci), indent=1),
        R(
            "Net income attributable to Meridale Rowe Investments, Inc.",
            v(m.ni),
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
        R("Earnings per share attributable to common stockholders", head=True, gap=0.6),
        R("Basic", [d(m.eps_b[p], 2) for p in ORD], indent=1, dollar=True),
        R("Diluted", [d(m.eps_d[p], 2) for p in ORD], indent=1, dollar=True),
        R("Weighted-average shares outstanding (millions)", head=True, gap=0.6),
        R("Basic", [d(m.wb[p], 1) for p in ORD], indent=1),
        R("Diluted", [d(m.wd[p], 1) for p in ORD], indent=1),
        R("Dividends declared per share", [d(m.dps[p], 2) for p in ORD], dollar=True, gap=0.6),
    ]
    table(
        pdf,
        "Condensed Consolidated Statements of Income (unaudited)",
        HDR4,
        rows,
        label_w=96,
        col_w=21,
        unit="(in millions, except per-share data)",
    )
    rows = [
        R("Net income", v(m.ni_tot), dollar=True),
        R(
            "Foreign currency translation adjustments",
            [d(m.oci["9M_25"] if p == "9M_25" else m.oci["9M_24"] if p == "9M_24" else m.oci_q[p]) for p in ORD],
            indent=1,
        ),
        R("Comprehensive income", [d(m.ni_tot[p] + (m.oci[p] if p in m.oci else m.oci_q[p])) for p in ORD], top=True),
        R("Less: comprehensive income attributable to noncontrolling interests", v(m.ni_nci), indent=1),
        R(
            "Comprehensive income attributable to Meridale Rowe",
            [d(m.ni[p] + (m.oci[p] if p in m.oci else m.oci_q[p])) for p in ORD],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        ),
    ]
    table(
        pdf,
        "Condensed Consolidated Statements of Comprehensive Income (unaudited)",
        HDR4,
        rows,
        label_w=96,
        col_w=21,
        unit="(in millions)",
    )
    pdf.add_page()
    # balance sheet
    BS = [b1, b0]

    def bs(k):
        return [d(b[k]) for b in BS]

    rows = [
        R("Assets", head=True),
        R("Cash and cash equivalents", bs("cash"), dollar=True, indent=1),
        R("Receivables", bs("recv"), indent=1),
        R("Investments", bs("invest"), indent=1),
        R("Property and equipment, net", bs("ppe"), indent=1),
        R("Operating lease right-of-use assets", bs("rou"), indent=1),
        R("Goodwill", bs("gw"), indent=1),
        R("Intangible assets, net", bs("intang"), indent=1),
        R("Other assets", bs("oth_a"), indent=1),
        R("Total assets", bs("tot_a"), bold=True, dollar=True, top=True, dbl=True),
        R("Liabilities", head=True, gap=0.8),
        R("Accrued compensation and benefits", bs("acomp"), dollar=True, indent=1),
        R("Accounts payable and accrued liabilities", bs("ap"), indent=1),
        R("Operating lease liabilities", bs("lease"), indent=1),
        R("Long-term debt", bs("ltd"), indent=1),
        R("Other liabilities", bs("oth_l"), indent=1),
        R("Total liabilities", bs("tot_l"), bold=True, top=True),
        R("Commitments and contingencies (Note 13)", [], gap=0.5),
        R("Equity", head=True, gap=0.8),
        R("Common stock, $0.01 par value", bs("cs"), indent=1),
        R("Additional paid-in capital", bs("apic"), indent=1),
        R("Retained earnings", bs("re"), indent=1),
        R("Treasury stock, at cost", bs("treas"), indent=1),
        R("Accumulated other comprehensive loss", bs("aoci"), indent=1),
        R("Total Meridale Rowe stockholders' equity", bs("se"), indent=2, top=True),
        R("Noncontrolling interests", bs("nci"), indent=1),
        R("Total equity", bs("te"), bold=True, top=True),
        R("Total liabilities and equity", bs("tle"), bold=True, dollar=True, top=True, dbl=True),
    ]
    table(
        pdf,
        "Condensed Consolidated Balance Sheets",
        [[("September 30,\n2025", 1), ("December 31,\n2024", 1)], [("(unaudited)", 1), ("", 1)]],
        rows,
        label_w=110,
        col_w=30,
        unit="(in millions)",
    )
    pdf.add_page()
    # cash flows
    two = ["9M_25", "9M_24"]

    def c(k):
        return [d(cf[k][p]) for p in two]

    rows = [
        R("Operating activities", head=True),
        R("Net income", c("ni"), indent=1, dollar=True),
        R("Depreciation and amortization", c("da"), indent=1),
        R("Stock-based compensation", c("sbc"), indent=1),
        R("Deferred income taxes", c("deftax"), indent=1),
        R("Investment (gains) losses, net", c("gains"), indent=1),
        R("Amortization of right-of-use assets", c("rou"), indent=1),
        R("Amortization of debt issuance costs", c("debt_amort"), indent=1),
        R("Receivables", c("d_recv"), indent=1),
        R("Accrued compensation and benefits", c("d_acomp"), indent=1),
        R("Accounts payable and accrued liabilities", c("d_ap"), indent=1),
        R("Other assets and liabilities", c("d_oth"), indent=1),
        R("Operating lease liabilities", c("d_lease"), indent=1),
        R("Net cash provided by operating activities", c("cfo"), indent=2, bold=True, top=True),
        R("Investing activities", head=True, gap=0.6),
        R("Purchases of property and equipment", c("capex"), indent=1),
        R("Purchases of investments", c("buy_inv"), indent=1),
        R("Proceeds from sales and redemptions of investments", c("sell_inv"), indent=1),
        R("Net cash provided by (used in) investing activities", c("cfi"), indent=2, bold=True, top=True),
        R("Financing activities", head=True, gap=0.6),
        R("Repurchases of common stock", c("repo"), indent=1),
        R("Dividends paid", c("div"), indent=1),
        R("Distributions to noncontrolling interests, net", c("nci_dist"), indent=1),
        R("Withholding taxes on vesting of equity awards", c("emp_tax"), indent=1),
        R("Net cash used in financing activities", c("cff"), indent=2, bold=True, top=True),
        R("Effect of exchange rate changes on cash", c("fx"), gap=0.6),
        R("Net increase (decrease) in cash and cash equivalents", c("net"), top=True),
        R("Cash and cash equivalents, beginning of period", c("cash_beg")),
        R("Cash and cash equivalents, end of period", c("cash_end"), bold=True, dollar=True, top=True, dbl=True),
        R("Supplemental: income taxes paid", c("tax_paid"), gap=0.6, dollar=True),
        R("Supplemental: interest paid", c("int_paid")),
    ]
    table(
        pdf,
        "Condensed Consolidated Statements of Cash Flows (unaudited)",
        [[H9], [("2025", 1), ("2024", 1)]],
        rows,
        label_w=110,
        col_w=30,
        unit="(in millions)",
    )
    pdf.add_page()
    # equity
    rows = []
    for lbl, e0, flows, e1, endl in [
        ("Balance, December 31, 2024", b0, "9M_25", b1, "Balance, September 30, 2025"),
        ("Balance, December 31, 2023", m.eq24[0], "9M_24", m.eq24[1], "Balance, September 30, 2024"),
    ]:
        cols = ["cs", "apic", "re", "treas", "aoci", "nci", "te"]
        rows.append(R(lbl, [d(e0[k]) for k in cols], bold=True, dollar=True, gap=0.8))
        z = ""
        rows.append(R("Net income", [z, z, d(m.ni[flows]), z, z, d(m.ni_nci[flows]), d(m.ni_tot[flows])], indent=1))
        rows.append(R("Other comprehensive income (loss)", [z, z, z, z, d(m.oci[flows]), z, d(m.oci[flows])], indent=1))
        rows.append(R("Stock-based compensation", [z, d(cf.sbc[flows]), z, z, z, z, d(cf.sbc[flows])], indent=1))
        rows.append(
            R(
                "Shares withheld for taxes on vesting",
                [z, d(cf.emp_tax[flows]), z, z, z, z, d(cf.emp_tax[flows])],
                indent=1,
            )
        )
        rows.append(R("Repurchases of common stock", [z, z, z, d(cf.repo[flows]), z, z, d(cf.repo[flows])], indent=1))
        rows.append(R("Dividends declared", [z, z, d(cf.div[flows]), z, z, z, d(cf.div[flows])], indent=1))
        rows.append(
            R(
                "Distributions to noncontrolling interests, net",
                [z, z, z, z, z, d(cf.nci_dist[flows]), d(cf.nci_dist[flows])],
                indent=1,
            )
        )
        rows.append(R(endl, [d(e1[k]) for k in cols], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "Condensed Consolidated Statements of Changes in Equity (unaudited)",
        [
            [
                ("Common\nstock", 1),
                ("Add'l paid-\nin capital", 1),
                ("Retained\nearnings", 1),
                ("Treasury\nstock", 1),
                ("AOCI", 1),
                ("NCI", 1),
                ("Total\nequity", 1),
            ]
        ],
        rows,
        label_w=68,
        col_w=16.5,
        unit="(in millions)",
        size=7.4,
    )
    render_notes(pdf, m)
    render_mdna(pdf, m)
    return pdf


def render_notes(pdf, m):
    b1 = m.b["Sep 30, 2025"]

    def v(dd):
        return [d(dd[p]) for p in ORD]

    pdf.add_page()
    pdf.mark("notes")
    pdf.heading("Notes to Condensed Consolidated Financial Statements (unaudited)", 1)
    pdf.heading("1. Basis of Presentation", 2)
    pdf.para(
        "The condensed consolidated financial statements have been prepared in accordance with U.S. GAAP for "
        "interim financial information and should be read with the audited financial statements in our 2024 "
        "Annual Report on Form 10-K. Results for interim periods are not necessarily indicative of results for "
        "the full year. We consolidate certain sponsored investment products in which we hold a controlling "
        "financial interest; third-party interests in those products are reported as noncontrolling interests.",
        align="J",
    )
    pdf.heading("2. Revenues", 2)
    rows = [R("Management fees by asset class", head=True)]
    for i, cl in enumerate(CLS):
        rows.append(R(cl, v(m.mf_cls[cl]), indent=1, dollar=i == 0))
    rows.append(R("Total management fees", v(m.mgmt), indent=2, top=True, bold=True, dollar=True))
    rows.append(R("Total revenues by distribution channel", head=True, gap=0.8))
    rows.append(R("Retail", v(m.rev_retail), indent=1, dollar=True))
    rows.append(R("Institutional", v(m.rev_inst), indent=1))
    rows.append(R("Total revenues", v(m.rev), indent=2, top=True, bold=True, dollar=True, dbl=True))
    table(pdf, "Disaggregation of Revenues", HDR4, rows, label_w=96, col_w=21, unit="(in millions)")
    pdf.para(
        "Performance fees are recognized when it is probable that a significant reversal will not occur, "
        "generally at the end of the measurement period. Performance fees in the third quarter of 2025 were "
        "earned primarily by our private credit and absolute-return alternatives strategies.",
        align="J",
    )
    pdf.heading("3. Investments", 2)
    rows = []
    for i, k in enumerate(m.inv_k["Sep 30, 2025"]):
        rows.append(R(k, [d(m.inv_k["Sep 30, 2025"][k]), d(m.inv_k["Dec 31, 2024"][k])], dollar=i == 0))
    rows.append(
        R(
            "Total investments",
            [d(m.inv_tot_k["Sep 30, 2025"]), d(m.inv_tot_k["Dec 31, 2024"])],
            bold=True,
            dollar=True,
            top=True,
            dbl=True,
        )
    )
    table(
        pdf,
        "Investments",
        [[("September 30, 2025", 1), ("December 31, 2024", 1)]],
        rows,
        label_w=100,
        col_w=32,
        unit="(in thousands)",
    )
    pdf.para(
        f"Investment gains, net, were {kit.money_prose(m.inv_gain['Q3_25'])} in the third quarter of 2025, "
        f"including unrealized gains on seed investments, partially offset by economic hedges of those "
        f"positions.",
        align="J",
    )
    pdf.heading("4. Goodwill and Intangible Assets", 2)
    pdf.para(
        f"Goodwill was {kit.money_prose(b1.gw)} at both September 30, 2025 and December 31, 2024. Intangible "
        f"assets, net, consisting principally of investment management contracts, were "
        f"{kit.money_prose(b1.intang)} at September 30, 2025. Amortization of acquired intangible assets, "
        f"included in depreciation and amortization, was {kit.money_prose(m.amort_int['Q3_25'])} and "
        f"{kit.money_prose(m.amort_int['Q3_24'])} for the three months, and "
        f"{kit.money_prose(m.amort_int['9M_25'])} and {kit.money_prose(m.amort_int['9M_24'])} for the nine "
        f"months ended September 30, 2025 and 2024, respectively.",
        align="J",
    )
    pdf.heading("5. Debt", 2)
    rows = []
    for i, (nm, prin, fv) in enumerate(m.notes):
        rows.append(R(nm, [d(prin), d(fv[0]), d(fv[1])], dollar=i == 0))
    rows.append(
        R(
            "Total principal",
            [d(m.notes_principal), d(sum(n[2][0] for n in m.notes)), d(sum(n[2][1] for n in m.notes))],
            top=True,
            bold=True,
        )
    )
    rows.append(R("Unamortized issuance costs", [d(b1.ltd - m.notes_principal), "", ""]))
    rows.append(R("Long-term debt (carrying amount)", [d(b1.ltd), "", ""], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "Senior Notes",
        [[("Principal", 1), ("Fair value", 2)], [("Sept. 30, 2025", 1), ("Sept. 30, 2025", 1), ("Dec. 31, 2024", 1)]],
        rows,
        label_w=90,
        col_w=28,
        unit="(in millions)",
    )
    pdf.para(
        f"We have a ${plain(m.revolver)} million unsecured revolving credit facility maturing in June 2029. No "
        f"amounts were outstanding under the facility at September 30, 2025 or December 31, 2024. Interest "
        f"expense was {kit.money_prose(-m.int_exp['Q3_25'])} in the third quarter of 2025.",
        align="J",
    )
    pdf.heading("6. Fair Value Measurements", 2)
    rows = [R(k, [d(vv)], dollar=i == 0) for i, (k, vv) in enumerate(m.fv_tab.items()) if k != "NAV"]
    rows.append(R("Investments measured at net asset value(1)", [d(m.fv_tab["NAV"])]))
    rows.append(R("Total investments at fair value", [d(m.fv_total_k)], bold=True, top=True, dollar=True))
    rows.append(
        R(
            "Equity method investments (not measured at fair value)",
            [d(m.inv_k["Sep 30, 2025"]["Equity method investments"])],
        )
    )
    rows.append(R("Total investments", [d(m.inv_tot_k["Sep 30, 2025"])], bold=True, top=True, dbl=True, dollar=True))
    table(
        pdf,
        "Investments by Fair Value Hierarchy \u2014 September 30, 2025",
        [[("(in thousands)", 1)]],
        rows,
        label_w=110,
        col_w=34,
        foot=[
            "(1) Investments measured using the net asset value practical expedient are "
            "not categorized in the fair value hierarchy."
        ],
    )
    pdf.para(
        "Level 1 investments consist of sponsored mutual funds with daily published net asset values. Level 3 "
        "investments consist of CLO equity tranches valued using discounted cash flow models whose significant "
        "unobservable inputs are default rates, recovery rates and discount margins. There were no transfers "
        "into or out of Level 3 during the quarter.",
        align="J",
    )
    pdf.heading("7. Leases", 2)
    rows = [R(k, [d(vv)], dollar=i == 0) for i, (k, vv) in enumerate(m.lease_mat.items())]
    rows += [
        R("Total lease payments", [d(m.lease_undisc)], top=True),
        R("Less: imputed interest", [d(-m.lease_imputed)]),
        R("Operating lease liabilities", [d(b1.lease)], bold=True, dollar=True, top=True, dbl=True),
    ]
    table(
        pdf,
        "Maturities of Operating Lease Liabilities at September 30, 2025",
        [[("(in millions)", 1)]],
        rows,
        label_w=90,
        col_w=30,
    )
    pdf.para(
        f"Our leases consist primarily of office space. The weighted-average remaining lease term was "
        f"{m.lease_term} years and the weighted-average discount rate was {m.lease_rate}.",
        align="J",
    )
    pdf.heading("8. Stock-Based Compensation", 2)
    r = m.rsu
    rows = [
        R("Unvested at December 31, 2024", [d(r.beg), "$" + plain(m.rsu_fv["beg"], 2)]),
        R("Granted", [d(r.grant), plain(m.rsu_fv["grant"], 2)], indent=1),
        R("Vested", [d(-r.vest), plain(m.rsu_fv["vest"], 2)], indent=1),
        R("Forfeited", [d(-r.forf), plain(m.rsu_fv["forf"], 2)], indent=1),
        R("Unvested at September 30, 2025", [d(r.end), "$" + plain(m.rsu_fv["end"], 2)], bold=True, top=True),
    ]
    table(
        pdf,
        "Restricted Stock Unit Activity \u2014 Nine Months Ended September 30, 2025",
        [[("Units\n(thousands)", 1), ("Weighted-avg. grant-\ndate fair value", 1)]],
        rows,
        label_w=90,
        col_w=0,
        col_ws=[28, 40],
    )
    pdf.para(
        f"Stock-based compensation expense, included in compensation and benefits, was "
        f"{kit.money_prose(m.cf.sbc['9M_25'])} for the nine months ended September 30, 2025.",
        align="J",
    )
    pdf.heading("9. Income Taxes", 2)
    pdf.para(
        f"Our effective tax rate was {pct(m.etr['9M_25'])} for the nine months ended September 30, 2025 compared "
        f"with {pct(m.etr['9M_24'])} for the prior-year period. The rates differ from the U.S. federal "
        f"statutory rate of 21% primarily because of state and local taxes, foreign earnings taxed at "
        f"different rates, and net income attributable to noncontrolling interests, which is not taxable to "
        f"us.",
        align="J",
    )
    pdf.heading("10. Earnings per Share", 2)
    rows = [
        R("Net income attributable to Meridale Rowe (millions)", v(m.ni), dollar=True),
        R("Weighted-average shares \u2014 basic", [d(m.wb_k[p]) for p in ORD]),
        R("Dilutive effect of restricted stock units", [d(m.wd_k[p] - m.wb_k[p]) for p in ORD], indent=1),
        R("Weighted-average shares \u2014 diluted", [d(m.wd_k[p]) for p in ORD], top=True),
        R("Basic earnings per share", [d(m.eps_b[p], 2) for p in ORD], dollar=True, gap=0.6),
        R("Diluted earnings per share", [d(m.eps_d[p], 2) for p in ORD], dollar=True),
    ]
    table(pdf, None, HDR4, rows, label_w=96, col_w=21, unit="(shares in thousands)")
    pdf.heading("11. Stockholders' Equity and Share Repurchases", 2)
    pdf.para(
        f"During the nine months ended September 30, 2025 we repurchased {plain(m.repo_9m_sh)} shares of common "
        f"stock for {kit.money_prose(-m.cf.repo['9M_25'])}, including {plain(m.q3_shares)} shares in the "
        f"third quarter. On October 21, 2025 the Board declared a quarterly dividend of $0.80 per share payable "
        f"on November 14, 2025. Repurchased shares are held in treasury.",
        align="J",
    )
    pdf.heading("12. Segment Information", 2)
    pdf.para(
        "We operate in one reportable segment, investment management. Our Chief Executive Officer, as chief "
        "operating decision maker, reviews consolidated operating income and the significant expenses shown "
        "on the condensed consolidated statements of income to allocate resources. Revenues by client "
        "domicile were as follows:",
        align="J",
    )
    rows = [R(g, v(m.rev_geo[g]), dollar=i == 0) for i, g in enumerate(m.geo)]
    rows.append(R("Total revenues", v(m.rev), bold=True, dollar=True, top=True, dbl=True))
    table(pdf, "Revenues by Client Domicile", HDR4, rows, label_w=96, col_w=21, unit="(in millions)")
    pdf.heading("13. Commitments and Contingencies", 2)
    pdf.para(
        "At September 30, 2025 we had unfunded capital commitments of $84 million to sponsored private credit "
        "and real estate funds. We are subject to claims in the ordinary course of business and do not expect "
        "their resolution to have a material effect on our financial position.",
        align="J",
    )


def render_mdna(pdf, m):
    cf = m.cf
    b1 = m.b["Sep 30, 2025"]

    def v(dd):
        return [d(dd[p]) for p in ORD]

    pdf.add_page()
    pdf.mark("mdna")
    pdf.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    t25, t24 = m.rf["Q3_25"].tot, m.rf["Q3_24"].tot
    pdf.heading("Overview", 2)
    pdf.para(
        f"Meridale Rowe is an independent, active investment manager serving retail and institutional clients "
        f"in more than 40 countries. AUM ended the quarter at ${plain(F(t25.end, 10), 1)} billion, up "
        f"{pct(F(t25.end - m.rf['9M_25'].tot.beg, m.rf['9M_25'].tot.beg))} from December 31, 2024, reflecting "
        f"market appreciation and positive net flows. Third-quarter revenues were "
        f"{kit.money_prose(m.rev['Q3_25'])}, and diluted earnings per share were ${plain(m.eps_d['Q3_25'], 2)}. "
        f"We had {plain(m.employees)} employees at September 30, 2025.",
        align="J",
    )
    pdf.heading("Assets Under Management", 2)
    rows = []
    lab = [
        ("Beginning AUM", "beg"),
        ("Gross inflows", "inf"),
        ("Gross outflows", "out"),
        ("Net flows", "net"),
        ("Market appreciation (depreciation)", "mkt"),
        ("Foreign exchange", "fx"),
        ("Ending AUM", "end"),
    ]
    for k, f in lab:
        rows.append(
            R(
                k,
                [bn(m.rf[p].tot[f]) for p in ORD],
                dollar=f in ("beg", "end"),
                bold=f in ("end", "net"),
                top=f in ("net", "end"),
                dbl=f == "end",
                indent=0 if f in ("beg", "end", "net") else 1,
            )
        )
    rows.append(R("Average AUM", [bn(m.avg_aum[p]) for p in ORD], dollar=True, gap=0.8))
    table(pdf, "AUM Roll-Forward", HDR4, rows, label_w=96, col_w=21, unit="(in billions)")
    pdf.para(
        f"Net inflows were ${plain(F(t25.net, 10), 1)} billion in the third quarter of 2025 compared with "
        f"${plain(F(t24.net, 10), 1)} billion in the third quarter of 2024, led by alternatives and fixed "
        f"income. Market appreciation added ${plain(F(t25.mkt, 10), 1)} billion, primarily in equities.",
        align="J",
    )
    # AUM by asset class at period ends
    pts = ["Sep 30, 2025", "Dec 31, 2024", "Sep 30, 2024"]
    tot = {pt: sum(m.aum_pt[pt].values()) for pt in pts}
    rows = []
    for i, cl in enumerate(CLS):
        rows.append(
            R(
                cl,
                [bn(m.aum_pt[pt][cl]) for pt in pts] + [pct(F(m.aum_pt["Sep 30, 2025"][cl], tot["Sep 30, 2025"]))],
                dollar=i == 0,
            )
        )
    rows.append(R("Total AUM", [bn(tot[pt]) for pt in pts] + [pct(1)], bold=True, dollar=True, top=True, dbl=True))
    table(
        pdf,
        "AUM by Asset Class",
        [
            [
                ("September 30,\n2025", 1),
                ("December 31,\n2024", 1),
                ("September 30,\n2024", 1),
                ("% of total\nSept. 30, 2025", 1),
            ]
        ],
        rows,
        label_w=80,
        col_w=25,
        unit="(in billions)",
    )
    # roll-forward by asset class (long; breaks across pages)
    rows = []
    for cl in CLS:
        rows.append(R(cl, head=True, gap=0.6))
        for k, f in lab:
            rows.append(
                R(
                    k,
                    [bn(m.rf[p].byc[cl][f]) for p in ORD],
                    indent=1,
                    bold=f == "end",
                    top=f in ("net", "end"),
                    dollar=f in ("beg", "end"),
                )
            )
    table(pdf, "AUM Roll-Forward by Asset Class", HDR4, rows, label_w=96, col_w=21, unit="(in billions)")
    # fee rate & stats
    rows = [
        R("Management fees (in millions)", v(m.mgmt), dollar=True),
        R("Average AUM (in billions)", [bn(m.avg_aum[p]) for p in ORD], dollar=True),
        R("Effective management fee rate (basis points)(1)", [plain(m.fee_rate[p], 1) for p in ORD]),
        R("Operating margin", [pct(m.opm[p]) for p in ORD]),
        R("Compensation ratio(2)", [pct(m.comp_ratio[p]) for p in ORD]),
    ]
    table(
        pdf,
        "Key Operating Statistics",
        HDR4,
        rows,
        label_w=96,
        col_w=21,
        foot=[
            "(1) Annualized management fees divided by average AUM.",
            "(2) Compensation and benefits expense as a percentage of total revenues.",
        ],
    )
    pdf.heading("Results of Operations", 2)
    pdf.para(
        f"Revenues. Total revenues increased {pct(F(m.rev['Q3_25'] - m.rev['Q3_24'], m.rev['Q3_24']))} in the "
        f"third quarter of 2025 compared with the prior-year quarter. Management fees rose "
        f"{kit.money_prose(m.mgmt['Q3_25'] - m.mgmt['Q3_24'])} on higher average AUM, partially offset by a "
        f"lower effective fee rate as the mix shifted toward fixed income and institutional mandates. "
        f"Performance fees were {kit.money_prose(m.perf['Q3_25'])} compared with "
        f"{kit.money_prose(m.perf['Q3_24'])}.",
        align="J",
    )
    pdf.para(
        f"Expenses. Compensation and benefits increased {kit.money_prose(m.comp['Q3_25'] - m.comp['Q3_24'])} "
        f"due to higher incentive compensation accruals. Distribution and servicing costs, which largely pass "
        f"through to intermediaries, increased in line with retail AUM. Restructuring charges of "
        f"{kit.money_prose(m.restr['9M_25'])} in the first half of 2025 related to the consolidation of our "
        f"European operations and were not repeated in the third quarter. Our effective tax rate was "
        f"{pct(F(m.tax['Q3_25'], m.pretax['Q3_25']))} in the third quarter of 2025.",
        align="J",
    )
    pdf.para(
        f"Nine months. Total revenues for the nine months ended September 30, 2025 were "
        f"{kit.money_prose(m.rev['9M_25'])}, up {pct(F(m.rev['9M_25'] - m.rev['9M_24'], m.rev['9M_24']))}, as "
        f"higher management fees more than offset lower first-half performance fees. Total expenses increased "
        f"{pct(F(m.exp['9M_25'] - m.exp['9M_24'], m.exp['9M_24']))}, including the restructuring charges. "
        f"Non-operating income was lower because seed investment gains declined from the prior-year period. "
        f"Retail channel revenues represented {pct(F(m.rev_retail['9M_25'], m.rev['9M_25']))} of total "
        f"revenues for the nine months.",
        align="J",
    )
    pdf.para(
        "Business environment. Global equity markets rose during the third quarter, led by U.S. large-cap and "
        "Asian equities, while investment-grade bond yields declined modestly. Industry flows continued to "
        "favor passive equity and active fixed income strategies. Our one-, three- and five-year investment "
        "performance placed 61%, 68% and 72% of AUM in strategies outperforming their benchmarks, "
        "respectively, as of September 30, 2025.",
        align="J",
    )
    pdf.heading("Non-GAAP Financial Measures", 2)
    pdf.para(
        "We present adjusted operating income and adjusted operating margin, which we believe help investors "
        "evaluate our core performance. Adjusted net revenues exclude distribution and servicing costs, which "
        "are largely passed through to third parties; adjusted operating income excludes amortization of "
        "acquired intangible assets and restructuring charges.",
        align="J",
    )
    rows = [
        R("Total revenues (GAAP)", v(m.rev), dollar=True),
        R("Less: distribution and servicing costs", [d(-m.dist_cost[p]) for p in ORD], indent=1),
        R("Adjusted net revenues", v(m.adj_rev), bold=True, top=True, dollar=True),
        R("Operating income (GAAP)", v(m.opinc), dollar=True, gap=0.8),
        R("Amortization of acquired intangible assets", v(m.amort_int), indent=1),
        R("Restructuring charges", v(m.restr), indent=1),
        R("Adjusted operating income", v(m.adj_oi), bold=True, top=True, dollar=True),
        R("Operating margin (GAAP)(1)", [pct(m.opm[p]) for p in ORD], gap=0.8),
        R("Adjusted operating margin(2)", [pct(m.adj_opm[p]) for p in ORD], bold=True),
    ]
    table(
        pdf,
        "Reconciliation of Adjusted Operating Income and Margin",
        HDR4,
        rows,
        label_w=96,
        col_w=21,
        unit="(in millions, except percentages)",
        foot=[
            "(1) Operating income divided by total revenues.",
            "(2) Adjusted operating income divided by adjusted net revenues.",
        ],
    )
    pdf.heading("Liquidity and Capital Resources", 2)
    pdf.para(
        f"Cash and cash equivalents were {kit.money_prose(b1.cash)} at September 30, 2025, of which "
        f"approximately $410 million was held outside the United States. Seed and co-investments totaled "
        f"{kit.money_prose(b1.invest)}. Net cash provided by operating activities was "
        f"{kit.money_prose(cf.cfo['9M_25'])} for the nine months, reflecting the payment of 2024 annual "
        f"incentive compensation in the first quarter. We returned "
        f"{kit.money_prose(-cf.repo['9M_25'] - cf.div['9M_25'])} to stockholders through repurchases and "
        f"dividends during the nine months. Our "
        f"${plain(m.revolver)} million credit facility was undrawn.",
        align="J",
    )
    pdf.para(
        "Contractual obligations and capital commitments have not changed materially since December 31, "
        "2024, other than the unfunded commitments described in Note 13. We expect to fund seed investments, "
        "dividends and share repurchases from operating cash flow and existing cash.",
        align="J",
    )
    pdf.heading("Critical Accounting Estimates", 2)
    pdf.para(
        "Our critical accounting estimates relate to the recognition of performance fees, the consolidation "
        "of sponsored investment products, the valuation of Level 3 investments, and the impairment testing "
        "of goodwill and indefinite-lived management contracts. There were no material changes to these "
        "estimates during the nine months ended September 30, 2025.",
        align="J",
    )
    pdf.mark("q3")
    pdf.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 2)
    pdf.para(
        "Our revenues are largely based on the market value of AUM. We estimate that a 10% decline in market "
        "values across all asset classes would reduce annualized management fees by approximately $230 "
        "million. Our seed investments are partially hedged with futures and total return swaps.",
        align="J",
    )
    pdf.heading("Item 4. Controls and Procedures", 2)
    pdf.para(
        "Our Chief Executive Officer, Cassius Holloway-Renn, and Chief Financial Officer, Priyanka Ostrander, "
        "concluded that our disclosure controls and procedures were effective as of September 30, 2025. There "
        "were no changes in internal control over financial reporting during the quarter that materially "
        "affected, or are reasonably likely to materially affect, our internal control.",
        align="J",
    )
    pdf.mark("p2")
    pdf.heading("PART II \u2014 OTHER INFORMATION", 1)
    pdf.heading("Item 1A. Risk Factors", 2)
    pdf.para(
        "There have been no material changes to the risk factors disclosed in our 2024 Annual Report on Form "
        "10-K. Those factors include the sensitivity of our revenues to market declines, the concentration of "
        "our AUM in active equity strategies, competition from passive products, fee pressure, and our "
        "reliance on third-party distributors.",
        align="J",
    )
    pdf.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2)
    rows = []
    for (per, s, cc), rem in zip(m.q3_months, m.q3_remaining_c, strict=True):
        rows.append(R(per, [plain(s), "$" + plain(F(cc, 100), 2), plain(s), "$" + plain(F(rem, 10**8), 1)]))
    rows.append(
        R(
            "Total third quarter",
            [plain(m.q3_shares), "$" + plain(F(m.q3_avg_c, 100), 2), plain(m.q3_shares), ""],
            bold=True,
            top=True,
        )
    )
    table(
        pdf,
        "Issuer Purchases of Equity Securities",
        [
            [
                ("Total shares\npurchased", 1),
                ("Average price\npaid per share", 1),
                ("Shares purchased under\nannounced program", 1),
                ("Remaining authorization\n($ in millions)(1)", 1),
            ]
        ],
        rows,
        label_w=62,
        col_w=0,
        col_ws=[26, 28, 36, 36],
        foot=[
            "(1) Under the $1,500 million repurchase program authorized by the Board in February 2024, which has "
            "no expiration date."
        ],
    )
    pdf.heading("Item 6. Exhibits", 2)
    pdf.para(
        "31.1 and 31.2 Rule 13a-14(a) certifications; 32.1 Section 1350 certifications; 101 Inline XBRL "
        "documents; 104 Cover page interactive data file."
    )
    pdf.para(
        "SIGNATURES. Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
        "duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized. "
        "Meridale Rowe Investments, Inc. \u2014 /s/ Priyanka Ostrander, Chief Financial Officer \u2014 "
        "October 30, 2025."
    )


def make(m):
    pdf = render(m, {})
    toc = dict(pdf.marks)
    pdf = render(m, toc)
    assert dict(pdf.marks) == toc
    return pdf
