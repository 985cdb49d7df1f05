"""Lays out the Quillmark Chemical Corporation Form 10-K (Liberation Serif, bold year heads, the scale note in the
year row of each table head, amounts in millions with one decimal).  Only formats model values."""

from fractions import Fraction as F

from fpdf.enums import MethodReturnValue
from kit import EM, Doc, num, pct, rnd

YS = (2025, 2024, 2023)
W3 = [23, 23, 23]
H3 = [[("Year Ended December 31,", 3)], [("2025", 1), ("2024", 1), ("2023", 1)]]
HB = [[("December 31,", 2)], [("2025", 1), ("2024", 1)]]
W2 = [25, 25]
SC = "(in millions, except per share amounts)"
SM = "(in millions)"
COMPANY = "Quillmark Chemical Corporation"
TOC = [("PART I", None), ("Item 1. Business", "i1"), ("Item 1A. Risk Factors", "i1a"),
       ("Item 1B. Unresolved Staff Comments", "i1b"), ("Item 1C. Cybersecurity", "i1c"),
       ("Item 2. Properties", "i2"), ("Item 3. Legal Proceedings", "i3"), ("Item 4. Mine Safety Disclosures", "i4"),
       ("PART II", None),
       ("Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and Issuer Purchases of "
        "Equity Securities", "i5"),
       ("Item 6. [Reserved]", "i6"),
       ("Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations", "i7"),
       ("Item 7A. Quantitative and Qualitative Disclosures About Market Risk", "i7a"),
       ("Item 8. Financial Statements and Supplementary Data", "i8"),
       ("Item 9. Changes in and Disagreements with Accountants on Accounting and Financial Disclosure", "i9"),
       ("Item 9A. Controls and Procedures", "i9a"), ("Item 9B. Other Information", "i9b"),
       ("PART III", None), ("Items 10 through 14", "p3"),
       ("PART IV", None), ("Item 15. Exhibits and Financial Statement Schedules", "p4"),
       ("Consolidated Financial Statements", "fs"), ("Notes to Consolidated Financial Statements", "notes")]


def M(v):
    """Tenths of a million as '1,234.5'."""
    return num(F(v, 10), 1)


def MD(v):
    return num(F(v, 10), 1, dollar=True)


def mil(v):
    """Tenths of a million as '$1,234.5 million' for prose."""
    return f"${float(F(v, 10)):,.1f} million"


def row(label, vals, key=None, kind="plain", indent=0, dollar=False, double=False, fmt=None):
    f = fmt or (MD if dollar else M)
    return {"label": label, "vals": [f(v) for v in vals], "key": key, "kind": kind, "indent": indent,
            "double": double}


def txt(label, vals, key=None, kind="plain", indent=0):
    return {"label": label, "vals": vals, "key": key, "kind": kind, "indent": indent}


def sec(label):
    return {"label": label, "kind": "section"}


def ps(v, dollar=False):
    return num(v, 2, dollar=dollar)


def y3(d):
    return [d[y] for y in YS]


def neg(d):
    return [-d[y] for y in YS]


def pp(v):
    """A percentage number with one decimal for the bridge table, em dash for zero."""
    return pct(v, 1)


def build(k, toc=None):
    d = Doc("lserif", COMPANY, "Quillmark Chemical Corporation 2025 Annual Report on Form 10-K",
            "Quillmark Chemical Corporation \u2014 Annual Report on Form 10-K for the Year Ended December 31, 2025")
    b, b0, cf = k["b"][2025], k["b"][2024], k["cf"]
    sn = k["seg_names"]
    sales = k["sales"]

    def mark(x):
        d.mark(x)

    # ---------------------------------------------------------------- cover
    d.new_page("none")
    d.set_font(d.fam, "B", 12)
    d.multi_cell(0, 6, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    d.ln(3)
    d.set_font(d.fam, "B", 26)
    d.multi_cell(0, 12, "FORM 10-K", align="C")
    d.set_draw_color(*d.st["accent"])
    d.set_line_width(0.8)
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.ln(4)
    d.set_font(d.fam, "", 9.6)
    d.multi_cell(0, 5, "(Mark One)\n[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE "
                 "ACT OF 1934\nFor the fiscal year ended December 31, 2025\nor\n[  ]  TRANSITION REPORT PURSUANT "
                 "TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nCommission File Number 1-14872",
                 align="C")
    d.ln(5)
    d.set_font(d.fam, "B", 21)
    d.multi_cell(0, 10, "QUILLMARK CHEMICAL CORPORATION", align="C")
    d.set_font(d.fam, "I", 9.6)
    d.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)", align="C")
    d.set_font(d.fam, "", 9.6)
    d.ln(2)
    d.multi_cell(0, 5, "Delaware (State of incorporation)    |    36-4418027 (I.R.S. Employer Identification No.)\n"
                 "2200 Larchmont Commons Drive, Wilmington, Delaware 19803\n(302) 555-0148\n\n"
                 "Securities registered pursuant to Section 12(b) of the Act:\n"
                 "Common Stock, par value $1.00 per share    QMK    New York Stock Exchange", align="C")
    d.ln(4)
    d.para("Indicate by check mark if the registrant is a well-known seasoned issuer, as defined in Rule 405 of the "
           "Securities Act. Yes [X] No [ ]. Indicate by check mark whether the registrant (1) has filed all reports "
           "required to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding "
           "12 months and (2) has been subject to such filing requirements for the past 90 days. Yes [X] No [ ]. "
           "The registrant is a large accelerated filer. The registrant is not a shell company.")
    d.para("The aggregate market value of the voting stock held by non-affiliates of the registrant, based on the "
           "closing price on the New York Stock Exchange on June 30, 2025, was approximately $5.7 billion. As of "
           "February 6, 2026, 116,084,530 shares of common stock were outstanding.")
    d.para("DOCUMENTS INCORPORATED BY REFERENCE. Portions of the proxy statement for the 2026 annual meeting of "
           "stockholders are incorporated by reference into Part III.")

    # ---------------------------------------------------------------- contents (unnumbered)
    d.new_page("none")
    d.heading("TABLE OF CONTENTS", 0)
    d.ln(2)
    for name, key in TOC:
        d.set_font(d.fam, "B" if key is None else "", 9.4)
        if key is None:
            d.ln(1.5)
        lines = d.multi_cell(d.ew - 22, 5.4, name, dry_run=True, output=MethodReturnValue.LINES)
        y = d.get_y()
        d.multi_cell(d.ew - 22, 5.4, name, new_x="RIGHT", new_y="TOP")
        d.set_xy(d.l_margin + d.ew - 22, y + 5.4 * (len(lines) - 1))
        d.cell(22, 5.4, (toc or {}).get(key, "") if key else "", align="R")
        d.set_xy(d.l_margin, y + 5.4 * len(lines))
    d.ln(6)
    d.heading("Forward-Looking Statements", 2, need=20)
    d.para("This report contains forward-looking statements, including statements about demand in our end markets, "
           "raw material and energy costs, the benefits of our restructuring actions, capital spending, pension "
           "funding and our capital allocation plans. Words such as \"expects,\" \"anticipates,\" \"intends,\" "
           "\"plans,\" \"believes\" and \"estimates\" identify forward-looking statements. Actual results may "
           "differ materially because of the factors described in Item 1A, and we undertake no obligation to "
           "update them.")
    d.para("In this report, \"Quillmark,\" the \"Company,\" \"we,\" \"us\" and \"our\" refer to Quillmark Chemical "
           "Corporation and its consolidated subsidiaries. Amounts in tables are in millions of U.S. dollars unless "
           "otherwise indicated, and totals may not add because of rounding.")

    # ---------------------------------------------------------------- Part I
    d.new_page("arabic")
    mark("i1")
    d.heading("PART I", 0)
    d.heading("ITEM 1. BUSINESS", 1)
    d.heading("General", 2, need=20)
    d.para("Quillmark Chemical Corporation develops, manufactures and sells specialty chemicals that improve the "
           "performance, durability and appearance of our customers' products. Our additives, resins, coatings "
           "ingredients and process intermediates are used in architectural and industrial coatings, adhesives "
           "and sealants, consumer care, agriculture, electronics and energy applications. The Company was "
           f"incorporated in Delaware in 1958, operates {k['plants']} manufacturing sites in 14 countries and sells "
           "to approximately 9,000 customers in more than 100 countries.")
    d.heading("Reportable segments", 2, need=20)
    d.para(f"We manage the business in two reportable segments. {sn['SS']} supplies rheology modifiers, "
           "dispersants, wetting agents, specialty silicones, matting agents and waterborne resins for coatings, "
           "inks, adhesives and personal-care formulations. Products are sold mainly to formulators under "
           "technical specifications, and a large share of sales is protected by product approvals that take "
           "months to obtain.")
    d.para(f"{sn['PI']} produces specialty amines, oxo alcohol derivatives, high-purity solvents and catalyst "
           "components used in agricultural chemicals, electronic materials, lubricants and gas treating. The "
           "segment operates larger, more integrated plants, and its results are more sensitive to industrial "
           "production, feedstock costs and operating rates. Financial information about our segments and "
           "geographic areas is presented in Notes 13 and 2 to the consolidated financial statements.")
    d.heading("Raw materials and energy", 2, need=20)
    s_raw = (f"Purchased raw materials and energy represented approximately {k['raw_pct']}% of our cost of goods "
             "sold in 2025.")
    d.para("Our principal raw materials are propylene and ethylene derivatives, methanol, ammonia, silicon metal, "
           "fumed and precipitated silica, acrylic monomers and titanium dioxide. We buy most of them under "
           "annual or multi-year contracts, often with prices indexed to published benchmarks, and we source key "
           "materials from at least two suppliers where practical. " + s_raw + " Natural gas and electricity are "
           "the largest energy inputs at our Performance Intermediates sites in Texas, Louisiana and the "
           "Netherlands; we hedge a portion of expected natural gas purchases with swaps.", keys={"p_raw": s_raw})
    d.heading("Competition, research and intellectual property", 2, need=20)
    d.para("We compete with global diversified chemical companies and with regional specialists on the basis of "
           "product performance, technical service, reliability of supply and price. Our research and development "
           "is organized in application laboratories located near customers in North America, Europe and Asia, "
           "and in two central laboratories in Wilmington, Delaware and Leverkusen, Germany. We own about 1,450 "
           "patents and pending applications worldwide; no single patent is material to our business.")
    d.heading("Human capital", 2, need=20)
    e = k["emp"]
    s_emp = (f"At December 31, 2025, we employed approximately {k['emp_total']:,} people: {e['NA']:,} in North "
             f"America, {e['EU']:,} in Europe, the Middle East and Africa, {e['AP']:,} in Asia Pacific and "
             f"{e['LA']:,} in Latin America.")
    d.para(s_emp + f" At December 31, 2024, we employed approximately {k['emp24']:,} people. About 29% of our "
           "employees, mostly in Europe and Latin America, are covered by collective bargaining agreements or "
           "works councils. Our recordable injury rate was 0.31 per 200,000 hours worked in 2025, compared with "
           "0.36 in 2024.", keys={"p_emp": s_emp})
    d.heading("Environmental matters", 2, need=20)
    d.para("Our operations are subject to environmental, health and safety laws in every country where we operate. "
           "We spent approximately $41 million on environmental capital projects in 2025 and expect to spend a "
           "similar amount in 2026, mainly for emissions controls and wastewater treatment. We are a potentially "
           "responsible party at several waste disposal sites; we do not expect the related costs to be material.")
    mark("i1a")
    d.heading("ITEM 1A. RISK FACTORS", 1)
    d.para("You should consider the following risks together with the other information in this report. Any of "
           "them could materially affect our business, financial condition or results of operations.")
    for t in ("Volatility in the price and availability of raw materials and energy could reduce our margins, "
              "because we may not be able to pass cost increases to customers quickly.",
              "Demand for our products depends on construction, industrial production, agriculture and consumer "
              "spending, all of which are cyclical.",
              "Operational disruptions at our larger integrated plants, including those caused by hurricanes on "
              "the U.S. Gulf Coast, could interrupt supply and damage customer relationships.",
              "Environmental, product-safety and chemical-registration regulations may restrict the use of some of "
              "our products or increase our compliance costs.",
              "Our indebtedness and pension obligations require cash that could otherwise be used in the business.",
              "Fluctuations in exchange rates, particularly the euro, affect our reported results because more "
              "than half of our sales are made outside the United States."):
        d.para("\u2022  " + t, align="L")
    mark("i1b")
    d.heading("ITEM 1B. UNRESOLVED STAFF COMMENTS", 1)
    d.para("None.")
    mark("i1c")
    d.heading("ITEM 1C. CYBERSECURITY", 1)
    d.para("Our information security program is led by our Chief Information Officer and covers both business "
           "systems and plant control systems. We assess risks annually against a recognized framework, test our "
           "incident response plan twice a year and review the security of critical suppliers. The Audit "
           "Committee receives a cybersecurity report each quarter. No cybersecurity incident had a material "
           "effect on us in 2025.")
    mark("i2")
    d.heading("ITEM 2. PROPERTIES", 1)
    d.para(f"Our corporate headquarters in Wilmington, Delaware is leased. We operate {k['plants']} manufacturing "
           "sites, of which 31 are owned, including our largest plants in Baytown, Texas; Geismar, Louisiana; "
           "Rotterdam, the Netherlands; and Zhangjiagang, China. We believe our facilities are well maintained "
           "and suitable for their use; average utilization of our manufacturing capacity was about 78% in 2025. "
           "Our principal manufacturing sites are:")
    plants = [("Baytown, Texas", "Performance Intermediates", "Amines, oxo derivatives", "Owned"),
              ("Geismar, Louisiana", "Performance Intermediates", "Amines, solvents", "Owned"),
              ("Rotterdam, the Netherlands", "Performance Intermediates", "Oxo alcohols, catalysts", "Owned"),
              ("Zhangjiagang, China", "Surface Solutions", "Waterborne resins, silicones", "Owned"),
              ("Ludwigshafen, Germany", "Surface Solutions", "Dispersants, wetting agents", "Owned"),
              ("Charlotte, North Carolina", "Surface Solutions", "Rheology modifiers", "Owned"),
              ("Akron, Ohio", "Surface Solutions", "Waterborne resins", "Leased"),
              ("Jurong Island, Singapore", "Performance Intermediates", "High-purity solvents", "Leased")]
    d.table("Principal manufacturing sites", [42, 42, 16], [[("Segment", 1), ("Principal products", 1),
                                                             ("Tenure", 1)]],
            [txt(a_, [b_, c_, d_]) for a_, b_, c_, d_ in plants], label_head="Location")
    mark("i3")
    d.heading("ITEM 3. LEGAL PROCEEDINGS", 1)
    d.para("We are party to legal proceedings arising in the ordinary course of business, including product "
           "liability and environmental matters. We do not expect any of them to have a material adverse effect "
           "on our financial condition.")
    mark("i4")
    d.heading("ITEM 4. MINE SAFETY DISCLOSURES", 1)
    d.para("Not applicable.")

    # ---------------------------------------------------------------- Part II
    mark("i5")
    d.heading("PART II", 0)
    d.heading("ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF "
              "EQUITY SECURITIES", 1)
    q = k["dps"][2025] / 4
    d.para("Our common stock is listed on the New York Stock Exchange under the symbol QMK. At February 6, 2026, "
           f"there were approximately {k['holders']:,} holders of record. We paid quarterly dividends of "
           f"${float(q):.2f} per share in 2025 (${float(k['dps'][2025]):.2f} per share for the year), compared "
           f"with ${float(k['dps'][2024] / 4):.2f} per share each quarter in 2024. Future dividends are at the "
           "discretion of the Board of Directors.")
    d.para(f"In February 2024 our Board authorized the repurchase of up to {mil(k['rep_auth'])} of our common stock "
           "through open-market or private transactions, with no expiration date. Purchases during the fourth "
           "quarter of 2025 were as follows:")
    rows = []
    for i, (lab, n, p) in enumerate(k["q4_rep"]):
        rows.append(txt(lab, [f"{n:,}", f"${float(p):.2f}", f"{n:,}", mil(rnd(k["q4_rem"][i] / 100000))
                              .replace(" million", "")], f"i5_m{i}"))
    d.table("Issuer purchases of equity securities", [23, 21, 27, 29],
            [[("Total", 1), ("Average", 1), ("Shares purchased", 1), ("Approximate dollar", 1)],
             [("number of", 1), ("price paid", 1), ("as part of publicly", 1), ("value that may yet", 1)],
             [("shares", 1), ("per share", 1), ("announced program", 1), ("be purchased", 1)]],
            rows, scale="Period", foot=["Dollar value that may yet be purchased is stated in millions."])
    mark("i6")
    d.heading("ITEM 6. [RESERVED]", 1)

    # ---------------------------------------------------------------- MD&A
    mark("i7")
    d.heading("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS", 1)
    d.para("The following discussion should be read with the consolidated financial statements and notes in Item 8. "
           "It compares 2025 with 2024 and 2024 with 2023.")
    d.heading("Overview of 2025", 2, need=20)
    d.para("Demand in our coatings and adhesives markets improved modestly in 2025, while industrial and "
           "agricultural demand for Performance Intermediates products remained soft, particularly in Europe. "
           "Selling prices rose in Surface Solutions and declined in Performance Intermediates as lower feedstock "
           "costs were passed through. The weaker U.S. dollar increased reported sales. We continued the "
           "restructuring program announced in 2024, which closed two smaller European plants and consolidated "
           "our amines production in Geismar, Louisiana.")
    gm = {y: F(100 * k["gp"][y], sales[y]) for y in YS}
    om = {y: F(100 * k["oi"][y], sales[y]) for y in YS}
    rows = [txt("Gross margin", [pct(gm[y]) for y in YS], "md_gm"),
            txt("Selling, general and administrative", [pct(F(100 * k["sga"][y], sales[y])) for y in YS], "md_sga"),
            txt("Research and development", [pct(F(100 * k["rd"][y], sales[y])) for y in YS], "md_rd"),
            txt("Operating margin", [pct(om[y]) for y in YS], "md_om"),
            txt("Effective income tax rate", [pct(k["etr"][y]) for y in YS], "md_etr")]
    d.table("Selected ratios", W3, [[("2025", 1), ("2024", 1), ("2023", 1)]], rows,
            scale="(percent of net sales, except tax rate)")
    d.heading("Net sales", 2)
    g25 = F(100 * (sales[2025] - sales[2024]), sales[2024])
    d.para(f"Net sales were {mil(sales[2025])} in 2025, an increase of {pct(g25)} from {mil(sales[2024])} in 2024. "
           "The following table shows the components of the percentage change in net sales by segment:")
    br = k["bridge"]
    rows = []
    for lab, x in (("Volume", "vol"), ("Selling price and product mix", "price"), ("Currency translation", "fx"),
                   ("Acquisitions", "acq")):
        rows.append(txt(lab, [pp(br[yr][g][x]) for yr in (2025, 2024) for g in ("SS", "PI", "TOT")], "br_" + x))
    rows.append(txt("Total change in net sales", [pp(br[yr][g]["tot"]) for yr in (2025, 2024)
                                                   for g in ("SS", "PI", "TOT")], "br_tot", "total"))
    d.table("Net sales change by segment", [17, 17, 17, 17, 17, 17],
            [[("2025 compared with 2024", 3), ("2024 compared with 2023", 3)],
             [("Surface", 1), ("Perform.", 1), ("", 1), ("Surface", 1), ("Perform.", 1), ("", 1)],
             [("Solutions", 1), ("Interm.", 1), ("Total", 1), ("Solutions", 1), ("Interm.", 1), ("Total", 1)]],
            rows, scale="(percent change)")
    d.para("The 2025 acquisition effect reflects the first half of 2025 sales of the waterborne resins business "
           "of Tarrowby Coatings, acquired on July 1, 2024. In 2024, volume declined in both segments, with the "
           "largest declines in European industrial markets and in agricultural intermediates.")
    d.heading("Gross profit and operating expenses", 2)
    d.para(f"Gross profit was {mil(k['gp'][2025])} in 2025 compared with {mil(k['gp'][2024])} in 2024. Gross "
           "margin improved on higher Surface Solutions pricing, lower raw material costs and savings from the "
           "restructuring program, partly offset by lower Performance Intermediates volumes and under-absorbed "
           f"fixed costs. Cost of goods sold included a LIFO charge of {mil(k['lifo'][2025])} in 2025, compared "
           f"with a LIFO benefit of {mil(-k['lifo'][2024])} in 2024. Selling, general and administrative expense "
           f"increased to {mil(k['sga'][2025])}, mainly because of wage inflation and higher incentive "
           "compensation. Restructuring and other charges were "
           f"{mil(k['restr'][2025])} in 2025 and {mil(k['restr'][2024])} in 2024 and consisted mostly of "
           "severance and asset write-downs.")
    d.heading("Interest, other items and income taxes", 2)
    d.para(f"Interest expense, net increased to {mil(k['intx'][2025])} because of the 5.95% senior notes issued in "
           "March 2025 and higher commercial paper rates, partly offset by the repayment of the 1.90% senior "
           "notes in September 2025. Other expense (income), net includes the non-service components of pension "
           "cost and foreign exchange gains and losses. The effective tax rate is discussed in Note 11.")
    d.heading("Segment results", 2)
    for g, txt_ in (("SS", "Higher volumes in architectural and industrial coatings additives, the Tarrowby "
                           "acquisition and price increases more than offset wage and freight inflation."),
                    ("PI", "Lower volumes of agricultural and lubricant intermediates and lower selling prices "
                           "were partly offset by lower feedstock costs and restructuring savings.")):
        s_ = k["sales_seg"][g]
        o_ = k["seg_op"][g]
        d.para(f"{sn[g]}. Net sales were {mil(s_[2025])} in 2025 compared with {mil(s_[2024])} in 2024, and "
               f"segment operating profit was {mil(o_[2025])} compared with {mil(o_[2024])}. " + txt_)
    d.heading("2024 compared with 2023", 2, need=20)
    d.para(f"Net sales decreased to {mil(sales[2024])} in 2024 from {mil(sales[2023])} in 2023 because of lower "
           "volumes in both segments and lower selling prices in Performance Intermediates, partly offset by the "
           "Tarrowby acquisition. Operating income decreased to "
           f"{mil(k['oi'][2024])} from {mil(k['oi'][2023])}, mainly because of the lower Performance "
           "Intermediates volumes and the restructuring charges recorded in 2024, partly offset by a LIFO benefit "
           "compared with a LIFO charge in 2023.")
    mark("ng")
    d.heading("Non-GAAP financial measure: Adjusted EBITDA", 2)
    d.para("We use Adjusted EBITDA to evaluate operating performance. We define Adjusted EBITDA as net income "
           "before interest expense, net, the provision for income taxes and depreciation and amortization, "
           "further adjusted to exclude other expense (income), net, restructuring and other charges, "
           "acquisition and integration costs and the LIFO charge or benefit. Adjusted EBITDA is not a measure "
           "of performance under GAAP and may not be comparable with similarly titled measures of other "
           "companies.")
    rows = [row("Net income", y3(k["ni"]), "ae_ni", dollar=True),
            row("Interest expense, net", y3(k["intx"]), "ae_int", indent=1),
            row("Provision for income taxes", y3(k["tax"]), "ae_tax", indent=1),
            row("Depreciation", y3(k["dep"]), "ae_dep", indent=1),
            row("Amortization of intangible assets", y3(k["amort"]), "ae_amort", indent=1),
            row("EBITDA", y3(k["ebitda"]), "ae_ebitda", "total"),
            row("Other expense (income), net", y3(k["oth"]), "ae_oth", indent=1),
            row("Restructuring and other charges", y3(k["restr"]), "ae_restr", indent=1),
            row("Acquisition and integration costs", y3(k["integ"]), "ae_integ", indent=1),
            row("LIFO charge (benefit)", y3(k["lifo"]), "ae_lifo", indent=1),
            row("Adjusted EBITDA", y3(k["adj_ebitda"]), "ae_adj", "total", dollar=True, double=True)]
    d.table("Reconciliation of net income to Adjusted EBITDA", W3, H3, rows, scale=SM)
    mark("liq")
    d.heading("Liquidity and capital resources", 2)
    s_cash = (f"At December 31, 2025, we had cash and cash equivalents of {mil(b['cash'])}, of which about 70% was "
              "held outside the United States.")
    d.para(s_cash + " Our main sources of liquidity are cash from operations, our commercial paper program and our "
           "revolving credit facility.", keys={"p_cash": s_cash})
    s_rev = (f"We have a {mil(k['rev_cap'])} five-year revolving credit facility that expires in October 2030; no "
             f"amounts were drawn under it at December 31, 2025 or 2024.")
    s_cp = (f"Commercial paper outstanding was {mil(b['cp'])} at December 31, 2025, compared with "
            f"{mil(b0['cp'])} at December 31, 2024, with a weighted-average interest rate of "
            f"{float(k['cp_rate']):.2f}% at year-end.")
    s_av = (f"After the commercial paper outstanding and {mil(k['loc'])} of letters of credit, "
            f"{mil(k['rev_avail'])} was available under the facility at December 31, 2025.")
    d.para(s_rev + " The facility supports our commercial paper program, under which we may issue up to "
           f"{mil(k['cp_cap'])} of unsecured notes with maturities of up to 397 days; borrowings under the "
           "program reduce the amount available under the facility. " + s_cp + " " + s_av + " The facility "
           "requires a ratio of consolidated net debt to consolidated EBITDA, as defined, of no more than 3.75 to "
           "1.0; we were in compliance at December 31, 2025.", keys={"p_rev": s_rev, "p_cp": s_cp, "p_av": s_av})
    d.para("In March 2025 we issued $450.0 million of 5.95% senior notes due 2035 and used the net proceeds, "
           "together with cash on hand, to repay the $300.0 million of 1.90% senior notes at maturity in "
           "September 2025 and $50.0 million of our term loan. The 3.45% senior notes due March 2026 are "
           "classified as current; we intend to repay them with cash on hand and commercial paper.")
    rows = [row("Net cash provided by operating activities", y3(k["ocf"]), "cs_ocf", dollar=True),
            row("Net cash used in investing activities", [cf[y]["icf"] for y in YS], "cs_icf"),
            row("Net cash provided by (used in) financing activities", [cf[y]["fcf"] for y in YS], "cs_fcf"),
            row("Effect of exchange rate changes on cash", [cf[y]["fx"] for y in YS], "cs_fx"),
            row("Net change in cash and cash equivalents", [cf[y]["net"] for y in YS], "cs_net", "total")]
    d.table("Summary of cash flows", W3, H3, rows, scale=SM)
    d.para(f"Capital expenditures were {mil(k['capex'][2025])} in 2025, including capacity additions for "
           "waterborne resins in Zhangjiagang and the Geismar amines consolidation. We expect capital "
           "expenditures of approximately $190 million to $200 million in 2026.")
    d.heading("Contractual obligations", 2, need=60)
    ob = k["ob"]
    rows = [row("Debt, including commercial paper (principal)", ob["debt"], "co_debt", dollar=True),
            row("Interest payments on debt", ob["int"], "co_int"),
            row("Operating lease payments", ob["lease"], "co_lease"),
            row("Purchase obligations", ob["purch"], "co_purch"),
            row("Pension contributions", ob["pen"], "co_pen"),
            row("Total", ob["tot"], "co_tot", "total", dollar=True, double=True)]
    d.table("Contractual obligations at December 31, 2025", [19, 19, 19, 19, 19],
            [[("", 1), ("2027\u2013", 1), ("2029\u2013", 1), ("After", 1), ("", 1)],
             [("2026", 1), ("2028", 1), ("2030", 1), ("2030", 1), ("Total", 1)]], rows, scale=SM,
            foot=["Pension contributions are shown only for 2026, the year for which an amount can be estimated."])
    d.heading("Critical accounting estimates", 2, need=20)
    d.para("Our critical accounting estimates relate to the impairment testing of goodwill, pension obligations, "
           "income taxes and environmental reserves. In our 2025 annual goodwill test, the fair value of each "
           "reporting unit exceeded its carrying amount by more than 20%. A 25 basis point decrease in the "
           "discount rate would increase the projected benefit obligation of our pension plans by approximately "
           "$470 million.")
    mark("i7a")
    d.heading("ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK", 1)
    s_sens = (f"A 100 basis point increase in short-term interest rates would increase our annual interest expense "
              f"on floating-rate borrowings outstanding at December 31, 2025, consisting of the term loan and "
              f"commercial paper, by approximately {mil(k['sens'])}.")
    d.para("Interest rates. Most of our long-term debt bears fixed rates. " + s_sens + " Foreign currency. We "
           "use forward contracts to hedge intercompany loans and a portion of forecast euro-denominated "
           "purchases. Commodities. We use natural gas swaps to hedge a portion of expected purchases; a 10% "
           "change in natural gas prices would change the fair value of these swaps by approximately $6 million.",
           keys={"p_sens": s_sens})
    mark("i8")
    d.heading("ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA", 1)
    d.para("The consolidated financial statements and the report of our independent registered public accounting "
           "firm begin on page F-1.")
    mark("i9")
    d.heading("ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND FINANCIAL DISCLOSURE", 1)
    d.para("None.")
    mark("i9a")
    d.heading("ITEM 9A. CONTROLS AND PROCEDURES", 1)
    d.para("Our Chief Executive Officer and Chief Financial Officer concluded that our disclosure controls and "
           "procedures were effective at December 31, 2025. Management assessed our internal control over "
           "financial reporting using the 2013 COSO framework and concluded that it was effective; our auditor "
           "has issued an attestation report on it.")
    mark("i9b")
    d.heading("ITEM 9B. OTHER INFORMATION", 1)
    d.para("No director or officer adopted or terminated a Rule 10b5-1 trading arrangement during the fourth "
           "quarter of 2025.")
    mark("p3")
    d.heading("PART III", 0)
    d.para("The information required by Items 10 through 14 is incorporated by reference to our proxy statement "
           "for the 2026 annual meeting of stockholders.")
    mark("p4")
    d.heading("PART IV", 0)
    d.para("Item 15. The financial statements are listed in Item 8. Exhibits include our certificate of "
           "incorporation and by-laws, the indentures governing our senior notes and debentures, the revolving "
           "credit agreement, the term loan agreement and the certifications of our principal executive and "
           "financial officers.")

    # ---------------------------------------------------------------- financial statements
    d.new_page("F")
    mark("fs")
    d.heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 1)
    d.para("To the Stockholders and the Board of Directors of Quillmark Chemical Corporation. Opinion on the "
           "Financial Statements: We have audited the accompanying consolidated balance sheets of Quillmark "
           "Chemical Corporation and subsidiaries as of December 31, 2025 and 2024, the related consolidated "
           "statements of income, comprehensive income, cash flows and stockholders' equity for each of the three "
           "years in the period ended December 31, 2025, and the related notes. In our opinion, the financial "
           "statements present fairly, in all material respects, the financial position of the Company and the "
           "results of its operations and its cash flows in conformity with U.S. generally accepted accounting "
           "principles.")
    d.para("Critical audit matter: valuation of the projected benefit obligation of the U.S. and German pension "
           "plans, in particular the discount rate and mortality assumptions. Hadley Stroud & Co. LLP, "
           "Philadelphia, Pennsylvania, February 18, 2026. We have served as the Company's auditor since 1991.")
    d.heading("INDEX TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    for t in ("Consolidated Statements of Income", "Consolidated Statements of Comprehensive Income",
              "Consolidated Balance Sheets", "Consolidated Statements of Cash Flows",
              "Consolidated Statements of Stockholders' Equity", "Notes to Consolidated Financial Statements"):
        d.para("\u2022  " + t, align="L")
    d.new_page()
    d.heading("CONSOLIDATED STATEMENTS OF INCOME", 1)
    rows = [row("Net sales", y3(sales), "is_sales", dollar=True),
            row("Cost of goods sold", y3(k["cogs"]), "is_cogs"),
            row("Gross profit", y3(k["gp"]), "is_gp", "total"),
            row("Selling, general and administrative expenses", y3(k["sga"]), "is_sga"),
            row("Research and development expenses", y3(k["rd"]), "is_rd"),
            row("Amortization of intangible assets", y3(k["amort"]), "is_amort"),
            row("Restructuring and other charges", y3(k["restr"]), "is_restr"),
            row("Operating income", y3(k["oi"]), "is_oi", "total"),
            row("Interest expense, net", y3(k["intx"]), "is_intx"),
            row("Other expense (income), net", y3(k["oth"]), "is_oth"),
            row("Income before income taxes", y3(k["pti"]), "is_pti", "total"),
            row("Provision for income taxes", y3(k["tax"]), "is_tax"),
            row("Net income", y3(k["ni"]), "is_ni", "total", dollar=True, double=True),
            sec("Earnings per share:"),
            row("Basic", y3(k["eps_b"]), "is_epsb", indent=1, fmt=lambda v: ps(v, True)),
            row("Diluted", y3(k["eps_d"]), "is_epsd", indent=1, fmt=lambda v: ps(v, True)),
            sec("Weighted-average shares outstanding:"),
            row("Basic", y3(k["sh_basic"]), "is_shb", indent=1),
            row("Diluted", y3(k["sh_dil"]), "is_shd", indent=1)]
    d.table("", W3, H3, rows, scale=SC)
    d.heading("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", 1, need=50)
    rows = [row("Net income", y3(k["ni"]), "ci_ni", dollar=True),
            sec("Other comprehensive income (loss):"),
            row("Foreign currency translation adjustments", y3(k["cta"]), "ci_cta", indent=1),
            row("Pension and other postretirement benefit adjustments", y3(k["pen_oci"]), "ci_pen", indent=1),
            row("Total other comprehensive income (loss)", y3(k["oci"]), "ci_oci", "total"),
            row("Comprehensive income", y3(k["ci"]), "ci_ci", "total", dollar=True, double=True)]
    d.table("", W3, H3, rows, scale=SM)
    d.para("See accompanying notes to consolidated financial statements.", size=7.6, style="I")

    d.new_page()
    d.heading("CONSOLIDATED BALANCE SHEETS", 1)

    def bb(x):
        return [b[x], b0[x]]
    rows = [sec("Assets"),
            row("Cash and cash equivalents", bb("cash"), "bs_cash", indent=1, dollar=True),
            row("Accounts receivable, net", bb("ar"), "bs_ar", indent=1),
            row("Inventories", bb("inv"), "bs_inv", indent=1),
            row("Prepaid expenses and other current assets", bb("prep"), "bs_prep", indent=1),
            row("Total current assets", bb("ca"), "bs_ca", "total"),
            row("Property, plant and equipment, net", bb("ppe"), "bs_ppe"),
            row("Operating lease right-of-use assets", bb("rou"), "bs_rou"),
            row("Goodwill", bb("gw"), "bs_gw"),
            row("Intangible assets, net", bb("intang"), "bs_int"),
            row("Other assets", bb("oth_a"), "bs_otha"),
            row("Total assets", bb("ta"), "bs_ta", "total", dollar=True, double=True),
            sec("Liabilities and stockholders' equity"),
            row("Short-term borrowings", bb("cp"), "bs_cp", indent=1, dollar=True),
            row("Current portion of long-term debt", bb("cur_ltd"), "bs_curltd", indent=1),
            row("Accounts payable", bb("ap"), "bs_ap", indent=1),
            row("Accrued liabilities", bb("accr"), "bs_accr", indent=1),
            row("Income taxes payable", bb("taxp"), "bs_taxp", indent=1),
            row("Total current liabilities", bb("cl"), "bs_cl", "total"),
            row("Long-term debt", bb("ltd"), "bs_ltd"),
            row("Operating lease liabilities", bb("lease"), "bs_lease"),
            row("Pension and other postretirement benefits", bb("pen"), "bs_pen"),
            row("Deferred income taxes", bb("dtl"), "bs_dtl"),
            row("Other noncurrent liabilities", bb("oth_l"), "bs_othl"),
            row("Total liabilities", bb("tl"), "bs_tl", "total"),
            sec("Stockholders' equity"),
            row("Common stock and additional paid-in capital", bb("apic"), "bs_apic", indent=1),
            row("Retained earnings", bb("re"), "bs_re", indent=1),
            row("Treasury stock, at cost", bb("treas"), "bs_treas", indent=1),
            row("Accumulated other comprehensive loss", bb("aoci"), "bs_aoci", indent=1),
            row("Total stockholders' equity", bb("eq"), "bs_eq", "total"),
            row("Total liabilities and stockholders' equity", bb("tle"), "bs_tle", "total", dollar=True,
                double=True)]
    d.table("", W2, HB, rows, scale=SM)
    sh25, sh24 = k["eq"][2025]["sh"], k["eq"][2024]["sh"]
    d.para(f"Common stock, par value $1.00 per share; 400.0 million shares authorized; 145.2 million shares issued; "
           f"{float(F(sh25, 10)):.1f} million and {float(F(sh24, 10)):.1f} million shares outstanding at December 31, "
           "2025 and 2024, respectively. See accompanying notes to consolidated financial statements.", size=7.6,
           style="I")

    d.new_page()
    d.heading("CONSOLIDATED STATEMENTS OF CASH FLOWS", 1)

    def c3(x):
        return [cf[y][x] for y in YS]
    rows = [sec("Operating activities"),
            row("Net income", c3("ni"), "cf_ni", indent=1, dollar=True),
            sec("Adjustments to reconcile net income to net cash from operating activities:"),
            row("Depreciation", c3("dep"), "cf_dep", indent=2),
            row("Amortization of intangible assets", c3("amort"), "cf_amort", indent=2),
            row("Deferred income taxes", c3("deft"), "cf_deft", indent=2),
            row("Stock-based compensation", c3("sbc"), "cf_sbc", indent=2),
            row("Pension expense less contributions", c3("pen"), "cf_pen", indent=2),
            row("Amortization of debt discount and issuance costs", c3("dca"), "cf_dca", indent=2),
            sec("Changes in operating assets and liabilities:"),
            row("Accounts receivable", c3("ar"), "cf_ar", indent=2),
            row("Inventories", c3("inv"), "cf_inv", indent=2),
            row("Prepaid expenses and other current assets", c3("prep"), "cf_prep", indent=2),
            row("Accounts payable", c3("ap"), "cf_ap", indent=2),
            row("Accrued liabilities", c3("accr"), "cf_accr", indent=2),
            row("Income taxes payable", c3("taxp"), "cf_taxp", indent=2),
            row("Other, net", c3("other"), "cf_other", indent=2),
            row("Net cash provided by operating activities", c3("ocf"), "cf_ocf", "total"),
            sec("Investing activities"),
            row("Capital expenditures", c3("capex"), "cf_capex", indent=1),
            row("Acquisitions, net of cash acquired", c3("acq"), "cf_acq", indent=1),
            row("Net cash used in investing activities", c3("icf"), "cf_icf", "total"),
            sec("Financing activities"),
            row("Net change in commercial paper", c3("cp"), "cf_cp", indent=1),
            row("Proceeds from issuance of long-term debt, net", c3("proc"), "cf_proc", indent=1),
            row("Repayments of long-term debt", c3("repay"), "cf_repay", indent=1),
            row("Dividends paid", c3("div"), "cf_div", indent=1),
            row("Purchases of treasury stock", c3("rep"), "cf_rep", indent=1),
            row("Proceeds from stock option exercises", c3("opt"), "cf_opt", indent=1),
            row("Taxes paid on net share settlement of equity awards", c3("wh"), "cf_wh", indent=1),
            row("Net cash provided by (used in) financing activities", c3("fcf"), "cf_fcf", "total"),
            row("Effect of exchange rate changes on cash and cash equivalents", c3("fx"), "cf_fx"),
            row("Net change in cash and cash equivalents", c3("net"), "cf_net", "total"),
            row("Cash and cash equivalents at beginning of year", c3("beg"), "cf_beg"),
            row("Cash and cash equivalents at end of year", c3("end"), "cf_end", "total", dollar=True,
                double=True)]
    split = [i for i, r_ in enumerate(rows) if r_["label"] == "Financing activities"][0]
    d.table("", W3, H3, rows, scale=SM, split_at=split, cont_title="Consolidated Statements of Cash Flows")
    d.para("Supplemental information: cash paid for interest was "
           f"{mil(k['intx'][2025] + 64)}, {mil(k['intx'][2024] + 58)} and {mil(k['intx'][2023] + 71)}, and cash "
           f"paid for income taxes was {mil(k['tax_cur'][2025] + 23)}, {mil(k['tax_cur'][2024] + 35)} and "
           f"{mil(k['tax_cur'][2023] - 12)}, in 2025, 2024 and 2023, respectively.", size=7.6, style="I")

    d.heading("CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY", 1, need=90)
    e = k["eq"]
    we = [17, 22, 22, 21, 21, 21]

    def erow(label, sh, apic, re, tr, ao, key=None, kind="plain"):
        tot = apic + re + tr + ao
        vals = [num(F(sh, 10), 1), M(apic), M(re), M(tr), M(ao), M(tot)]
        if not label.startswith("Balance"):
            vals = [v if v != EM else "" for v in vals]
        return txt(label, vals, key, kind)
    rows = []
    for y in (2023, 2024, 2025):
        p = e[y - 1]
        rows.append(erow(f"Balance at December 31, {y - 1}", p["sh"], p["apic"], p["re"], p["treas"], p["aoci"],
                         f"eq_bal{y - 1}" if y == 2023 else None, "bold"))
        rows.append(erow("Net income", 0, 0, k["ni"][y], 0, 0, f"eq_ni{y}"))
        rows.append(erow("Other comprehensive income (loss)", 0, 0, 0, 0, k["oci"][y], f"eq_oci{y}"))
        rows.append(erow(f"Dividends (${float(k['dps'][y]):.2f} per share)", 0, 0, -k["div"][y], 0, 0, f"eq_div{y}"))
        rows.append(erow("Purchases of treasury stock", -k["sh_rep"][y], 0, 0, -k["buyback"][y], 0, f"eq_rep{y}"))
        rows.append(erow("Stock-based compensation", 0, k["sbc"][y], 0, 0, 0, f"eq_sbc{y}"))
        rows.append(erow("Stock plan issuances, net", k["sh_iss"][y], k["opt"][y] - k["wh"][y], 0, 0, 0,
                         f"eq_iss{y}"))
    p = e[2025]
    rows.append(erow("Balance at December 31, 2025", p["sh"], p["apic"], p["re"], p["treas"], p["aoci"], "eq_bal2025",
                     "total"))
    for y in (2023, 2024):
        for r_ in rows:
            if r_["label"] == f"Balance at December 31, {y}":
                r_["key"] = f"eq_bal{y}"
    d.table("", we, [[("Shares", 1), ("Common", 1), ("", 1), ("", 1), ("Accum.", 1), ("Total", 1)],
                     [("out-", 1), ("stock and", 1), ("Retained", 1), ("Treasury", 1), ("other", 1), ("stock-", 1)],
                     [("standing", 1), ("paid-in", 1), ("earnings", 1), ("stock", 1), ("compr.", 1), ("holders'", 1)],
                     [("", 1), ("capital", 1), ("", 1), ("", 1), ("loss", 1), ("equity", 1)]], rows,
            scale="(in millions)")

    # ---------------------------------------------------------------- notes
    d.new_page()
    mark("notes")
    d.heading("NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", 1)
    d.heading("Note 1. Summary of Significant Accounting Policies", 2, need=20)
    s_lifo = (f"Inventories of most U.S. operations, approximately {k['lifo_share']}% of total inventories at "
              "December 31, 2025, are valued using the last-in, first-out (LIFO) method")
    d.para("Principles of consolidation. The consolidated financial statements include the accounts of the Company "
           "and its majority-owned subsidiaries. Revenue recognition. Revenue is recognized when control of "
           "products passes to the customer, generally on shipment or delivery. Inventories. " + s_lifo + "; the "
           "remaining inventories are valued using the first-in, first-out (FIFO) or average-cost method. "
           "Inventories are stated at the lower of cost and net realizable value (market for LIFO inventories). "
           "Property, plant and equipment is depreciated on the straight-line method over 20 to 40 years for "
           "buildings and 3 to 20 years for machinery and equipment.", keys={"p_lifo": s_lifo})
    d.heading("Note 2. Revenue", 2, need=40)
    d.para("Net sales are attributed to geographic areas based on the location of the customer. Net sales by "
           "geographic area were as follows:")
    gn = k["geo_names"]
    rows = [row(gn[g], y3(k["geo"][g]), "geo_" + g, dollar=(g == "US")) for g in ("US", "EU", "AP", "RW")]
    rows.append(row("Total net sales", y3(sales), "geo_tot", "total", dollar=True, double=True))
    d.table("Net sales by geographic area", W3, H3, rows, scale=SM)
    d.heading("Note 3. Inventories", 2, need=50)
    ic = k["inv_comp"]
    rows = [row("Raw materials", [ic[2025]["rm"], ic[2024]["rm"]], "inv_rm", dollar=True),
            row("Work in process", [ic[2025]["wip"], ic[2024]["wip"]], "inv_wip"),
            row("Finished goods", [ic[2025]["fg"], ic[2024]["fg"]], "inv_fg"),
            row("Supplies", [ic[2025]["sup"], ic[2024]["sup"]], "inv_sup"),
            row("Inventories at FIFO or average cost", [k["inv_fifo"][2025], k["inv_fifo"][2024]], "inv_fifo",
                "total"),
            row("Less: LIFO reserve", [-k["lifo_res"][2025], -k["lifo_res"][2024]], "inv_lifo"),
            row("Inventories", [b["inv"], b0["inv"]], "inv_net", "total", dollar=True, double=True)]
    d.table("", W2, HB, rows, scale=SM)
    d.heading("Note 4. Property, Plant and Equipment", 2, need=50)
    p5, p4 = k["ppe"][2025], k["ppe"][2024]
    rows = [row("Land and land improvements", [p5["land"], p4["land"]], "ppe_land", dollar=True),
            row("Buildings", [p5["bldg"], p4["bldg"]], "ppe_bldg"),
            row("Machinery and equipment", [p5["mach"], p4["mach"]], "ppe_mach"),
            row("Construction in progress", [p5["cip"], p4["cip"]], "ppe_cip"),
            row("Property, plant and equipment, at cost", [p5["gross"], p4["gross"]], "ppe_gross", "total"),
            row("Less: accumulated depreciation", [-p5["acc"], -p4["acc"]], "ppe_acc"),
            row("Property, plant and equipment, net", [p5["net"], p4["net"]], "ppe_net", "total", dollar=True,
                double=True)]
    d.table("", W2, HB, rows, scale=SM)
    d.para(f"Depreciation expense was {mil(k['dep'][2025])}, {mil(k['dep'][2024])} and {mil(k['dep'][2023])} in "
           f"2025, 2024 and 2023, respectively. Fully depreciated machinery of {mil(k['retire25'])} was retired in "
           "2025.")
    d.heading("Note 5. Goodwill and Intangible Assets", 2, need=60)
    gw = k["gw"]

    def grow(label, vals, key, kind="plain", dollar=False):
        return row(label, vals + [sum(vals)], key, kind, dollar=dollar)
    rows = [grow("Balance at December 31, 2023", [gw[2023]["SS"], gw[2023]["PI"]], "gw_2023", "bold", True),
            grow("Acquisition of Tarrowby waterborne resins", [k["gw_acq"][2024]["SS"], k["gw_acq"][2024]["PI"]],
                 "gw_acq24"),
            grow("Foreign currency translation", [k["gw_fx"][2024]["SS"], k["gw_fx"][2024]["PI"]], "gw_fx24"),
            grow("Balance at December 31, 2024", [gw[2024]["SS"], gw[2024]["PI"]], "gw_2024", "total", True),
            grow("Foreign currency translation", [k["gw_fx"][2025]["SS"], k["gw_fx"][2025]["PI"]], "gw_fx25"),
            grow("Balance at December 31, 2025", [gw[2025]["SS"], gw[2025]["PI"]], "gw_2025", "total", True)]
    d.table("Changes in goodwill by segment", [25, 25, 25],
            [[("Surface", 1), ("Performance", 1), ("", 1)], [("Solutions", 1), ("Intermediates", 1), ("Total", 1)]],
            rows, scale=SM)
    ig = k["intang"]
    rows = [row("Gross carrying amount", [ig[2025]["gross"], ig[2024]["gross"]], "ig_gross", dollar=True),
            row("Accumulated amortization", [-ig[2025]["acc"], -ig[2024]["acc"]], "ig_acc"),
            row("Intangible assets, net", [ig[2025]["net"], ig[2024]["net"]], "ig_net", "total", dollar=True)]
    d.table("Finite-lived intangible assets", W2, HB, rows, scale=SM)
    d.para("Intangible assets consist of customer relationships, developed technology and trade names with "
           "weighted-average remaining lives of 11 years. Amortization expense is expected to be approximately "
           "$117 million in 2026 and to decline gradually thereafter.")
    d.heading("Note 6. Accrued Liabilities", 2, need=50)
    ac5, ac4 = k["accr"][2025], k["accr"][2024]
    rows = [row("Compensation and employee benefits", [ac5["comp"], ac4["comp"]], "ac_comp", dollar=True),
            row("Restructuring reserve", [ac5["restr"], ac4["restr"]], "ac_restr"),
            row("Accrued interest", [ac5["int"], ac4["int"]], "ac_int"),
            row("Operating lease liabilities, current portion", [ac5["lease"], ac4["lease"]], "ac_lease"),
            row("Other", [ac5["other"], ac4["other"]], "ac_other"),
            row("Accrued liabilities", [b["accr"], b0["accr"]], "ac_tot", "total", dollar=True, double=True)]
    d.table("", W2, HB, rows, scale=SM)
    d.heading("Note 7. Restructuring", 2, need=70)
    d.para("In the second quarter of 2024 we announced a program to close our plants in Tarragona, Spain and "
           "Ghent, Belgium, consolidate amines production in Geismar, Louisiana and reduce administrative "
           "headcount. We expect to complete the program in 2026 and to incur additional charges of about "
           "$15 million. Changes in the restructuring reserve, which is included in accrued liabilities, were:")
    rs, ri = k["rs"], k["rs_in"]
    rows = [row("Balance at December 31, 2023", [rs[2023]], "rs_2023", "bold", dollar=True)]
    for y in (2024, 2025):
        rows += [row("Restructuring and other charges", [k["restr"][y]], f"rs_chg{y}", indent=1),
                 row("Non-cash asset write-downs", [-ri[y]["nc"]], f"rs_nc{y}", indent=1),
                 row("Cash payments", [-ri[y]["pay"]], f"rs_pay{y}", indent=1),
                 row("Currency translation", [ri[y]["fx"]], f"rs_fx{y}", indent=1),
                 row(f"Balance at December 31, {y}", [rs[y]], f"rs_{y}", "total", dollar=True)]
    d.table("Restructuring reserve", [25], [[("Amount", 1)]], rows, scale=SM)
    d.heading("Note 8. Debt", 2, need=70)
    rows = [row(n[0], [n[1], n[2]], f"dt_{i}", dollar=(i == 0)) for i, n in enumerate(k["notes"])]
    rows += [row("Total principal", [k["principal"][2025], k["principal"][2024]], "dt_prin", "total"),
             row("Unamortized discounts and debt issuance costs", [-k["unamort"][2025], -k["unamort"][2024]],
                 "dt_unam"),
             row("Total long-term debt, including current portion", [k["debt_tot"][2025], k["debt_tot"][2024]],
                 "dt_tot", "total"),
             row("Less: current portion", [-k["cur_ltd"][2025], -k["cur_ltd"][2024]], "dt_cur"),
             row("Long-term debt", [k["ltd"][2025], k["ltd"][2024]], "dt_ltd", "total", dollar=True, double=True)]
    d.table("Long-term debt", W2, HB, rows, scale=SM)
    d.para("The term loan bears interest at Term SOFR plus 1.125% and may be prepaid without penalty. The senior "
           "notes and debentures are unsecured and rank equally with our other unsecured debt. Short-term "
           "borrowings consist of commercial paper; the revolving credit facility and commercial paper program "
           "are described in Item 7 under Liquidity and capital resources. Scheduled principal payments of "
           "long-term debt are:")
    mt = k["mat"]
    rows = [row(str(y), [mt[y]], f"mt_{y}", dollar=(y == 2026)) for y in (2026, 2027, 2028, 2029, 2030)]
    rows += [row("Thereafter", [mt["after"]], "mt_after"),
             row("Total", [k["principal"][2025]], "mt_tot", "total", dollar=True, double=True)]
    d.table("Scheduled principal payments", [25], [[("Amount", 1)]], rows, scale=SM)
    d.heading("Note 9. Pension Plans", 2, need=60)
    d.para("We sponsor defined benefit pension plans in the United States, Germany, the Netherlands and the United "
           "Kingdom. The U.S. plans are closed to new participants. Funded status at December 31 was:")
    rows = [row("Projected benefit obligation", [k["pbo"][2025], k["pbo"][2024]], "pn_pbo", dollar=True),
            row("Fair value of plan assets", [k["fvpa"][2025], k["fvpa"][2024]], "pn_fv"),
            row("Funded status \u2014 net liability recognized", [-k["pen_liab"][2025], -k["pen_liab"][2024]],
                "pn_fs", "total"),
            txt("Weighted-average discount rate", [f"{float(k['disc_rate'][y]):.2f}%" for y in (2025, 2024)],
                "pn_dr")]
    d.table("Funded status", W2, HB, rows, scale=SM)
    pn = k["pen"]
    rows = [row("Service cost", y3(pn["svc"]), "pc_svc", dollar=True),
            row("Interest cost", y3(pn["int"]), "pc_int"),
            row("Expected return on plan assets", y3(pn["ret"]), "pc_ret"),
            row("Amortization of net actuarial loss", y3(pn["amort"]), "pc_amort"),
            row("Net periodic benefit cost", y3(k["pen_cost"]), "pc_tot", "total", dollar=True)]
    d.table("Net periodic benefit cost", W3, H3, rows, scale=SM)
    d.para(f"Employer contributions were {mil(k['pen_contrib'][2025])} in 2025. Service cost is included in cost "
           "of goods sold and selling, general and administrative expenses; the other components are included in "
           "other expense (income), net.")
    d.heading("Note 10. Stockholders' Equity", 2, need=30)
    s_rem = (f"At December 31, 2025, {mil(k['rep_rem'])} remained available for repurchases under the February "
             "2024 authorization.")
    s_rep = (f"In 2025 we repurchased {float(F(k['sh_rep'][2025], 10)):.1f} million shares of common stock for "
             f"{mil(k['buyback'][2025])}, compared with {float(F(k['sh_rep'][2024], 10)):.1f} million shares for "
             f"{mil(k['buyback'][2024])} in 2024 and {float(F(k['sh_rep'][2023], 10)):.1f} million shares for "
             f"{mil(k['buyback'][2023])} in 2023.")
    d.para(s_rep + " Repurchased shares are held in treasury. " + s_rem + " Cash dividends declared were "
           f"${float(k['dps'][2025]):.2f}, ${float(k['dps'][2024]):.2f} and ${float(k['dps'][2023]):.2f} per share "
           "in 2025, 2024 and 2023.", keys={"p_rem": s_rem, "p_rep": s_rep})
    d.para("The components of accumulated other comprehensive loss were:")
    rows = [row("Foreign currency translation adjustments", [k["aoci_cta"][2025], k["aoci_cta"][2024]], "ao_cta",
                dollar=True),
            row("Pension and other postretirement benefit adjustments", [k["aoci_pen"][2025], k["aoci_pen"][2024]],
                "ao_pen"),
            row("Accumulated other comprehensive loss", [b["aoci"], b0["aoci"]], "ao_tot", "total", dollar=True)]
    d.table("", W2, HB, rows, scale=SM)
    d.heading("Note 11. Income Taxes", 2, need=60)
    rows = [row("United States", y3(k["pti_us"]), "tx_us", dollar=True),
            row("Foreign", y3(k["pti_forn"]), "tx_forn"),
            row("Income before income taxes", y3(k["pti"]), "tx_pti", "total", dollar=True)]
    d.table("Income before income taxes", W3, H3, rows, scale=SM)
    rows = [sec("Current:"),
            row("Federal", y3(k["tax_fed"]), "tx_cfed", indent=1, dollar=True),
            row("State", y3(k["tax_state"]), "tx_cst", indent=1),
            row("Foreign", y3(k["tax_forn"]), "tx_cfor", indent=1),
            row("Total current", y3(k["tax_cur"]), "tx_cur", "total"),
            row("Deferred", y3(k["tax_def"]), "tx_def"),
            row("Provision for income taxes", y3(k["tax"]), "tx_tot", "total", dollar=True)]
    d.table("Components of the provision for income taxes", W3, H3, rows, scale=SM)
    rr = k["rr"]
    rows = [row("Tax at U.S. federal statutory rate of 21%", y3(rr["stat"]), "rr_stat", dollar=True),
            row("State income taxes, net of federal benefit", y3(rr["state"]), "rr_state"),
            row("Foreign rate differential", y3(rr["forn"]), "rr_forn"),
            row("Research and other tax credits", y3(rr["credit"]), "rr_credit"),
            row("Global intangible low-taxed income, net", y3(rr["gilti"]), "rr_gilti"),
            row("Nondeductible restructuring costs", y3(rr["restr"]), "rr_restr"),
            row("Other, net", y3(rr["other"]), "rr_other"),
            row("Provision for income taxes", y3(k["tax"]), "rr_tot", "total", dollar=True),
            txt("Effective tax rate", [pct(k["etr"][y]) for y in YS], "rr_etr")]
    d.table("Reconciliation of the statutory rate to the effective rate", W3, H3, rows, scale=SM)
    d.heading("Note 12. Earnings Per Share", 2, need=50)
    rows = [row("Net income", y3(k["ni"]), "ep_ni", dollar=True),
            row("Weighted-average common shares outstanding \u2014 basic", y3(k["sh_basic"]), "ep_shb"),
            row("Dilutive effect of stock options and share units", y3(k["sh_dil_eff"]), "ep_dil"),
            row("Weighted-average common shares outstanding \u2014 diluted", y3(k["sh_dil"]), "ep_shd", "total"),
            row("Basic earnings per share", y3(k["eps_b"]), "ep_epsb", fmt=lambda v: ps(v, True)),
            row("Diluted earnings per share", y3(k["eps_d"]), "ep_epsd", fmt=lambda v: ps(v, True)),
            row("Anti-dilutive awards excluded from diluted shares", y3(k["antidil"]), "ep_anti")]
    d.table("", W3, H3, rows, scale=SC)
    d.heading("Note 13. Segment Information", 2, need=80)
    d.para("Our chief operating decision maker, the Chief Executive Officer, evaluates segment performance using "
           "segment operating profit, which excludes unallocated corporate expense, the LIFO charge or benefit "
           "(segment inventories are measured on a FIFO basis), amortization of intangible assets, restructuring "
           "and other charges and acquisition and integration costs. There are no significant intersegment sales.")
    rows = []
    for g in ("SS", "PI"):
        rows.append(sec(sn[g]))
        rows.append(row("Net sales", y3(k["sales_seg"][g]), f"sg_{g}_sales", indent=1, dollar=True))
        rows.append(row("Cost of goods sold (FIFO basis)", y3(k["cogs_seg"][g]), f"sg_{g}_cogs", indent=1))
        rows.append(row("Selling, general and administrative", y3(k["sga_seg"][g]), f"sg_{g}_sga", indent=1))
        rows.append(row("Research and development", y3(k["rd_seg"][g]), f"sg_{g}_rd", indent=1))
        rows.append(row("Segment operating profit", y3(k["seg_op"][g]), f"sg_{g}_op", "total", dollar=True))
    rows += [sec("Reconciliation to income before income taxes"),
             row("Total segment operating profit", y3(k["seg_op_tot"]), "sg_optot", indent=1, dollar=True),
             row("Unallocated corporate expense", neg(k["corp"]), "sg_corp", indent=1),
             row("LIFO (charge) benefit", neg(k["lifo"]), "sg_lifo", indent=1),
             row("Amortization of intangible assets", neg(k["amort"]), "sg_amort", indent=1),
             row("Restructuring and other charges", neg(k["restr"]), "sg_restr", indent=1),
             row("Acquisition and integration costs", neg(k["integ"]), "sg_integ", indent=1),
             row("Operating income", y3(k["oi"]), "sg_oi", "total"),
             row("Interest expense, net", neg(k["intx"]), "sg_int", indent=1),
             row("Other (expense) income, net", neg(k["oth"]), "sg_oth", indent=1),
             row("Income before income taxes", y3(k["pti"]), "sg_pti", "total", dollar=True, double=True)]
    d.table("Segment results", W3, H3, rows, scale=SM)
    rows = [sec("Depreciation"),
            row(sn["SS"], y3(k["dep_seg"]["SS"]), "sd_SS", indent=1, dollar=True),
            row(sn["PI"], y3(k["dep_seg"]["PI"]), "sd_PI", indent=1),
            row("Corporate", y3(k["dep_corp"]), "sd_corp", indent=1),
            row("Total depreciation", y3(k["dep"]), "sd_tot", "total"),
            sec("Capital expenditures"),
            row(sn["SS"], y3(k["capex_seg"]["SS"]), "sx_SS", indent=1, dollar=True),
            row(sn["PI"], y3(k["capex_seg"]["PI"]), "sx_PI", indent=1),
            row("Corporate", y3(k["capex_corp"]), "sx_corp", indent=1),
            row("Total capital expenditures", y3(k["capex"]), "sx_tot", "total")]
    d.table("Other segment data", W3, H3, rows, scale=SM)
    d.heading("Note 14. Commitments and Contingencies", 2, need=20)
    d.para("We have purchase commitments for raw materials, utilities and services in the normal course of "
           "business, summarized in Item 7 under Contractual obligations. Accrued environmental remediation costs "
           "were $38.6 million at December 31, 2025. Operating lease cost, mainly for rail cars, storage "
           f"terminals and offices, was {mil(k['lease_cost'][2025])}, {mil(k['lease_cost'][2024])} and "
           f"{mil(k['lease_cost'][2023])} in 2025, 2024 and 2023. We believe that the outcome of pending legal and "
           "environmental matters will not have a material adverse effect on our financial position.")
    return d, d.marks
