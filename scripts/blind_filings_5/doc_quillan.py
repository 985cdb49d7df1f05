"""Typesets the Quillan Therapeutics, Inc. quarterly report on Form 10-Q for Q3 2025 (invented)."""

import datetime
from fractions import Fraction as F

import model_quillan as QM
from fmt import mil, num, pct, sgn, usd
from layout import Doc
from tables import H, R, cols

STYLE = dict(
    font="Helvetica",
    size=10,
    tsize=8.2,
    lead=0.54,
    align="L",
    h_align="L",
    t_align="L",
    margin=22,
    top=20,
    bottom=20,
    head_italic=False,
    head_align="L",
    foot_fmt="Page {}",
    foot_align="R",
    foot_left="Quillan Therapeutics, Inc.  |  Form 10-Q  |  Q3 2025",
    title="Quillan Therapeutics Form 10-Q Q3 2025",
    author="Quillan Therapeutics, Inc.",
    created=datetime.datetime(2025, 11, 5, 14, 0, 0, tzinfo=datetime.timezone.utc),
    head_fill=(226, 233, 240),
    head_rule=False,
    section_bold=False,
)
K4 = ["q25", "q24", "n25", "n24"]
KB = ["s25", "d24"]
GTN_ACC = "Gross-to-net accruals (rebates, chargebacks and other)"
RUN = "QUILLAN THERAPEUTICS, INC. - QUARTERLY REPORT ON FORM 10-Q - SEPTEMBER 30, 2025"


def h4():
    return [
        [("Three Months Ended September 30,", 2), ("Nine Months Ended September 30,", 2)],
        [("2025", 1), ("2024", 1), ("2025", 1), ("2024", 1)],
    ]


def hb():
    return [[("September 30, 2025", 1), ("December 31, 2024", 1)], [("(unaudited)", 1), ("", 1)]]


def build(toc=None):
    m = QM.build()
    d = Doc(STYLE)
    toc = toc or {}
    bs0, bs1 = m["bs"]["d24"], m["bs"]["s25"]
    c25, c24 = m["cf"]["n25"], m["cf"]["n24"]

    def v4(key):
        return [m[key][k] for k in K4]

    # cover
    d.new_page("")
    d.set_font("Helvetica", "B", 12)
    d.cell(d.text_w, 6, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 9)
    d.cell(d.text_w, 5, "Washington, D.C. 20549", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("Helvetica", "B", 20)
    d.cell(d.text_w, 10, "FORM 10-Q", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(
        "(Mark One) [X] QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
        "for the quarterly period ended September 30, 2025, or [  ] TRANSITION REPORT PURSUANT TO SECTION 13 OR "
        "15(d) OF THE SECURITIES EXCHANGE ACT OF 1934. Commission file number: 001-39577"
    )
    d.ln(2)
    d.set_font("Helvetica", "B", 18)
    d.cell(d.text_w, 9, "Quillan Therapeutics, Inc.", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 8)
    d.cell(d.text_w, 5, "(Exact name of registrant as specified in its charter)", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("State of Westmarch (State of incorporation)  |  46-2230785 (I.R.S. Employer Identification No.)")
    d.para("2200 Bellweather Drive, Carrow Bay, Westmarch 40362  |  (617) 555-0143")
    d.para(
        "Securities registered pursuant to Section 12(b) of the Act: Common stock, par value $0.0001 per share; "
        "trading symbol QLTX; Northbridge Stock Exchange (Global Select Tier)."
    )
    d.para(
        "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by Section 13 "
        "or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has been subject to "
        "such filing requirements for the past 90 days. Yes [X] No [  ]. Large accelerated filer [X]  Accelerated "
        "filer [  ]  Non-accelerated filer [  ]  Smaller reporting company [  ]  Emerging growth company [  ]. "
        "Shell company: Yes [  ] No [X]."
    )
    d.para(
        f"As of October 31, 2025, the registrant had {num(bs1['shares'] + 24)} thousand shares of common stock "
        "outstanding."
    )
    d.ln(4)
    d.heading("Special Note Regarding Forward-Looking Statements", 2)
    d.para(
        "This report contains forward-looking statements, including statements about our expected product revenue, "
        "the timing and results of clinical trials, regulatory submissions, the sufficiency of our cash resources "
        'and our future operating expenses. Words such as "anticipate," "believe," "expect," "intend," '
        '"plan" and "will" identify such statements. Actual results may differ materially because of the risks '
        "described in our annual report for 2024 and in Part II, Item 1A of this report. We undertake no obligation "
        "to update forward-looking statements except as required by law."
    )

    # TOC
    d.set_numbering("arabic", 2)
    d.new_page("")
    d.heading("INDEX", 1)
    entries = [
        ("PART I. FINANCIAL INFORMATION", None),
        ("Item 1. Financial Statements (Unaudited)", "fs"),
        ("Condensed Consolidated Balance Sheets", "bs"),
        ("Condensed Consolidated Statements of Operations and Comprehensive Loss", "is"),
        ("Condensed Consolidated Statements of Stockholders' Equity", "eq"),
        ("Condensed Consolidated Statements of Cash Flows", "cf"),
        ("Notes to Condensed Consolidated Financial Statements", "notes"),
        ("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", "md"),
        ("Item 3. Quantitative and Qualitative Disclosures About Market Risk", "i3"),
        ("Item 4. Controls and Procedures", "i4"),
        ("PART II. OTHER INFORMATION", None),
        ("Item 1. Legal Proceedings", "p2i1"),
        ("Item 1A. Risk Factors", "p2i1a"),
        ("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", "p2i2"),
        ("Item 3. Defaults Upon Senior Securities", "p2i3"),
        ("Item 4. Mine Safety Disclosures", "p2i4"),
        ("Item 5. Other Information", "p2i5"),
        ("Item 6. Exhibits", "p2i6"),
        ("Signatures", "sig"),
    ]
    for text, key in entries:
        if key is None:
            d.ln(2)
            d.set_font("Helvetica", "B", 9.5)
            d.cell(d.text_w, 6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            ind = 6 if text.startswith("Condensed") or text.startswith("Notes") else 0
            d.toc_line(text, toc.get(key, "00"), size=9, indent=ind)

    # ------------------------------------------------------------------ statements
    d.new_page(RUN)
    d.heading("PART I. FINANCIAL INFORMATION", 1)
    d.anchor("fs")
    d.heading("Item 1. Financial Statements", 2)
    d.anchor("bs")

    def br(rid, label, key, **kw):
        return R("Q.bs", rid, label, [bs1[key], bs0[key]], KB, **kw)

    rows = [
        H("Assets"),
        H("Current assets:", indent=0),
        br("cash", "Cash and cash equivalents", "cash", indent=1, dollar=True),
        br("sec", "Marketable securities", "securities", indent=1),
        br("ar", "Accounts receivable, net", "ar", indent=1),
        br("inv", "Inventory", "inventory", indent=1),
        br("pre", "Prepaid expenses and other current assets", "prepaid", indent=1),
        br("ca", "Total current assets", "cur_assets", rule=True, bold=True),
        br("ppe", "Property and equipment, net", "ppe"),
        br("rou", "Operating lease right-of-use assets", "rou"),
        br("int", "Intangible asset, net", "intangible"),
        br("onc", "Other non-current assets", "other_nc"),
        br("ta", "Total assets", "assets", bold=True, rule=True, total=True, dollar=True),
        H("Liabilities and stockholders' equity"),
        H("Current liabilities:"),
        br("ap", "Accounts payable", "ap", indent=1, dollar=True),
        br("acc", "Accrued expenses and other current liabilities (1)", "accrued", indent=1),
        br("lc", "Operating lease liabilities, current", "lease_cur", indent=1),
        br("cl", "Total current liabilities", "cur_liab", rule=True, bold=True),
        br("notes", "Convertible senior notes, net", "notes"),
        br("lnc", "Operating lease liabilities, net of current portion", "lease_nc"),
        br("olt", "Other long-term liabilities", "other_lt"),
        br("tl", "Total liabilities", "liab", rule=True, bold=True),
        H("Commitments and contingencies (Note 10)"),
        H("Stockholders' equity:"),
        dict(
            label=f"Common stock, $0.0001 par value; 200,000 shares authorized; {num(bs1['shares'])} and "
            f"{num(bs0['shares'])} shares issued and outstanding",
            indent=1,
            cells=[num(bs1["par"]), num(bs0["par"])],
            ids=["Q.bs.par.s25", "Q.bs.par.d24"],
        ),
        br("apic", "Additional paid-in capital", "apic", indent=1),
        br("aoci", "Accumulated other comprehensive income", "aoci", indent=1),
        br("def", "Accumulated deficit", "deficit", indent=1),
        br("eq", "Total stockholders' equity", "equity", rule=True, bold=True),
        br("le", "Total liabilities and stockholders' equity", "le", bold=True, rule=True, total=True, dollar=True),
    ]
    d.table(
        dict(
            title="QUILLAN THERAPEUTICS, INC.\nCondensed Consolidated Balance Sheets",
            units="(in thousands, except share and per share data; shares in thousands)",
            label_w=100,
            cols=cols(2, 24),
            headers=hb(),
            rows=rows,
            size=8.2,
        )
    )
    d.para(
        "(1) Includes accruals for rebates, chargebacks and other gross-to-net items of "
        f"{d.v('Q.bs.gtnacc', mil(QM.ACCRUED[GTN_ACC][0]))} and {mil(QM.ACCRUED[GTN_ACC][1])} at September 30, 2025 "
        "and December 31, 2024, "
        "respectively.",
        size=7.5,
    )
    d.para(
        "The accompanying notes are an integral part of these condensed consolidated financial statements.",
        size=7.5,
        style="I",
    )

    d.new_page()
    d.anchor("is")
    isr = [
        H("Revenues:"),
        R("Q.is", "prod", "Product revenue, net", v4("net_product"), K4, indent=1, dollar=True),
        R("Q.is", "collab", "Collaboration and license revenue", v4("collab"), K4, indent=1),
        R("Q.is", "rev", "Total revenues", v4("revenue"), K4, bold=True, rule=True),
        H("Operating expenses:"),
        R("Q.is", "cogs", "Cost of goods sold (2)", v4("cogs"), K4, indent=1),
        R("Q.is", "amort", "Amortization of acquired intangible asset", v4("amort"), K4, indent=1),
        R("Q.is", "rd", "Research and development", v4("rd"), K4, indent=1),
        R("Q.is", "sga", "Selling, general and administrative", v4("sga"), K4, indent=1),
        R("Q.is", "opex", "Total operating expenses", v4("opex"), K4, bold=True, rule=True),
        R("Q.is", "opinc", "Loss from operations", v4("op_income"), K4, bold=True),
        H("Other income (expense):"),
        R("Q.is", "intinc", "Interest income", v4("int_income"), K4, indent=1),
        R("Q.is", "intexp", "Interest expense", [-x for x in v4("int_exp")], K4, indent=1),
        R("Q.is", "oth", "Other income (expense), net", v4("other"), K4, indent=1),
        R("Q.is", "othtot", "Total other income, net", v4("other_total"), K4, rule=True),
        R("Q.is", "pretax", "Loss before income taxes", v4("pretax"), K4),
        R("Q.is", "tax", "Provision for income taxes", v4("tax"), K4),
        R("Q.is", "ni", "Net loss", v4("ni"), K4, bold=True, rule=True, total=True, dollar=True),
        R("Q.is", "eps", "Net loss per share, basic and diluted", v4("eps"), K4, nd=2, dollar=True),
        R(
            "Q.is",
            "wavg",
            "Weighted-average shares used in computing net loss per share, basic and diluted",
            [m["wavg"][k] for k in K4],
            K4,
        ),
    ]
    d.table(
        dict(
            title="QUILLAN THERAPEUTICS, INC.\nCondensed Consolidated Statements of Operations and Comprehensive Loss",
            units="(unaudited; in thousands, except per share data)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=isr,
            size=7.8,
        )
    )
    d.para("(2) Excludes amortization of acquired intangible asset, which is presented separately.", size=7.5)
    ci = [
        R("Q.ci", "ni", "Net loss", v4("ni"), K4, dollar=True),
        R("Q.ci", "oci", "Unrealized gain on marketable securities, net of tax", v4("oci_p"), K4, indent=1),
        R("Q.ci", "ci", "Comprehensive loss", v4("ci"), K4, bold=True, rule=True, total=True, dollar=True),
    ]
    d.table(
        dict(
            title="Comprehensive Loss",
            units="(unaudited; in thousands)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=ci,
            size=7.8,
        )
    )

    d.new_page()
    d.anchor("eq")
    ks = ["sh", "par", "apic", "aoci", "def", "eq"]

    def eqr(rid, label, vals, **kw):
        return dict(
            label=label,
            cells=[num(x) if x is not None else None for x in vals],
            ids=[f"Q.eq.{rid}.{k}" if x is not None else None for k, x in zip(ks, vals, strict=True)],
            **kw,
        )

    x = dict(QM.N25, oci=m["oci"])
    dpar = bs1["par"] - bs0["par"]
    eqrows = [
        eqr(
            "b",
            "Balance at December 31, 2024",
            [bs0["shares"], bs0["par"], bs0["apic"], bs0["aoci"], bs0["deficit"], bs0["equity"]],
            bold=True,
            dollar=True,
        ),
        eqr(
            "opt",
            "Exercise of stock options and ESPP purchases",
            [x["option_shares"], dpar, x["option_proceeds"] - dpar, None, None, x["option_proceeds"]],
            indent=1,
        ),
        eqr(
            "rsu",
            "Vesting of RSUs, net of shares withheld for taxes",
            [x["rsu_shares"], None, -x["rsu_tax"], None, None, -x["rsu_tax"]],
            indent=1,
        ),
        eqr(
            "sbc",
            "Stock-based compensation",
            [None, None, m["sbc_total"]["n25"], None, None, m["sbc_total"]["n25"]],
            indent=1,
        ),
        eqr("oci", "Unrealized gain on marketable securities", [None, None, None, x["oci"], None, x["oci"]], indent=1),
        eqr("ni", "Net loss", [None, None, None, None, m["ni"]["n25"], m["ni"]["n25"]], indent=1),
        eqr(
            "e",
            "Balance at September 30, 2025",
            [bs1["shares"], bs1["par"], bs1["apic"], bs1["aoci"], bs1["deficit"], bs1["equity"]],
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="QUILLAN THERAPEUTICS, INC.\nCondensed Consolidated Statement of Stockholders' Equity",
            units="Nine months ended September 30, 2025 (unaudited; in thousands)",
            label_w=56,
            cols=[dict(w=14, dollar=False), dict(w=12.5, dollar=False)] + cols(4, 17.5),
            headers=[
                [("Common stock", 2), ("", 1), ("", 1), ("", 1), ("", 1)],
                [
                    ("Shares", 1),
                    ("Amount", 1),
                    ("Additional paid-in capital", 1),
                    ("Accumulated other compre-\nhensive income", 1),
                    ("Accumulated deficit", 1),
                    ("Total stockholders' equity", 1),
                ],
            ],
            rows=eqrows,
            size=7.5,
        )
    )
    d.para(
        "Changes in stockholders' equity for the three-month periods and for the nine months ended September 30, 2024 "
        "consisted of the same categories of activity, principally net loss, stock-based compensation and issuances "
        "under our equity plans.",
        size=8,
    )

    d.anchor("cf")

    def cr(rid, label, key, **kw):
        return R("Q.cf", rid, label, [c25.get(key), c24.get(key)], ["n25", "n24"], **kw)

    cfr = [
        H("Operating activities"),
        cr("ni", "Net loss", "ni", indent=1, dollar=True),
        H("Adjustments to reconcile net loss to net cash used in operating activities:", indent=1),
        cr("sbc", "Stock-based compensation expense", "sbc", indent=2),
        cr("dep", "Depreciation", "dep", indent=2),
        cr("amort", "Amortization of acquired intangible asset", "amort", indent=2),
        cr("debt", "Amortization of debt issuance costs", "debt_amort", indent=2),
        cr("lease", "Non-cash operating lease cost", "lease_cost", indent=2),
        cr("accr", "Net (accretion) amortization on marketable securities", "accretion", indent=2),
        H("Changes in operating assets and liabilities:", indent=1),
        cr("ar", "Accounts receivable", "d_ar", indent=2),
        cr("inv", "Inventory", "d_inv", indent=2),
        cr("pre", "Prepaid expenses and other current assets", "d_prepaid", indent=2),
        cr("ap", "Accounts payable", "d_ap", indent=2),
        cr("acc", "Accrued expenses and other current liabilities", "d_accrued", indent=2),
        cr("ll", "Operating lease liabilities", "lease_paid", indent=2),
        cr("cfo", "Net cash used in operating activities", "cfo", bold=True, rule=True),
        H("Investing activities"),
        cr("buy", "Purchases of marketable securities", "buy_sec", indent=1),
        cr("mat", "Maturities of marketable securities", "mat_sec", indent=1),
        cr("capex", "Purchases of property and equipment", "capex", indent=1),
        cr("cfi", "Net cash provided by investing activities", "cfi", bold=True, rule=True),
        H("Financing activities"),
        cr("opt", "Proceeds from stock option exercises and ESPP purchases", "option_proceeds", indent=1),
        cr("tax", "Taxes paid related to net share settlement of RSUs", "rsu_tax", indent=1),
        cr("cff", "Net cash provided by financing activities", "cff", bold=True, rule=True),
        cr("net", "Net increase (decrease) in cash and cash equivalents", "net", rule=True),
        cr("beg", "Cash and cash equivalents at beginning of period", "begin"),
        cr("end", "Cash and cash equivalents at end of period", "end", bold=True, rule=True, total=True, dollar=True),
    ]
    d.table(
        dict(
            title="QUILLAN THERAPEUTICS, INC.\nCondensed Consolidated Statements of Cash Flows",
            units="(unaudited; in thousands)",
            label_w=100,
            cols=cols(2, 22),
            headers=[[("Nine Months Ended September 30,", 2)], [("2025", 1), ("2024", 1)]],
            rows=cfr,
            size=7.8,
        )
    )

    # ------------------------------------------------------------------ notes
    d.new_page()
    d.anchor("notes")
    d.heading("Notes to Condensed Consolidated Financial Statements (Unaudited)", 2)
    d.heading("1. Nature of Business and Basis of Presentation", 3)
    d.para(
        'Quillan Therapeutics, Inc. ("Quillan," the "Company," "we") is a commercial-stage specialty '
        "pharmaceutical company focused on neurological disorders. We market three products: ZELVARI, an "
        "injectable preventive treatment for episodic migraine; TORVEXA, an oral therapy for essential tremor; and "
        "ORLENZA, a nasal spray for acute treatment of cluster headache that we launched in the United States in "
        "March 2025. Our late-stage pipeline includes QTX-204 and QTX-311."
    )
    d.para(
        "The accompanying unaudited condensed consolidated financial statements have been prepared in accordance with "
        "U.S. generally accepted accounting principles for interim financial information. In the opinion of "
        "management, they include all normal recurring adjustments necessary for a fair presentation. Results for "
        "interim periods are not necessarily indicative of results for the full year. These statements should be read "
        "with the audited financial statements in our annual report for 2024."
    )
    d.para(
        "Use of estimates. Preparing financial statements requires management to make estimates and assumptions that "
        "affect reported amounts of assets, liabilities, revenue and expenses. Significant estimates include "
        "provisions for gross-to-net revenue adjustments, accrued clinical trial costs, inventory reserves and the "
        "useful life of our acquired intangible asset. Actual results could differ from these estimates."
    )
    d.para(
        "Recently issued accounting pronouncements. In 2025 we began applying the updated income tax disclosure "
        "guidance, which will expand our annual rate reconciliation and disclosure of taxes paid beginning with our "
        "annual report for 2025. We are evaluating new guidance requiring disaggregation of certain expense captions "
        "in the notes, which is effective for our annual report for 2027. We do not expect either to affect our "
        "financial position or results of operations."
    )

    d.heading("2. Product Revenue", 3)
    d.para(
        "We sell our products principally to specialty distributors and specialty pharmacies in the United States and "
        "to wholesalers in Europe and other territories. Revenue is recognized when control transfers, net of "
        "estimated variable consideration, which includes chargebacks, government and commercial rebates, co-pay "
        "assistance, distribution fees, prompt-pay discounts and product returns."
    )
    pr = []
    for i, p_ in enumerate(QM.PRODUCTS):
        pr.append(R("Q.prod", p_, p_, [m["prod"][p_][k] for k in K4], K4, indent=1, dollar=i == 0))
    pr.append(
        R(
            "Q.prod",
            "total",
            "Total product revenue, net",
            v4("net_product"),
            K4,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Net Product Revenue by Product",
            units="(in thousands)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=pr,
        )
    )
    gr = []
    for i, g in enumerate(m["geo"]):
        gr.append(R("Q.geo", g.replace(" ", "_"), g, [m["geo"][g][k] for k in K4], K4, indent=1, dollar=i == 0))
    gr.append(
        R(
            "Q.geo",
            "total",
            "Total product revenue, net",
            v4("net_product"),
            K4,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Net Product Revenue by Geography (1)",
            units="(in thousands)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=gr,
        )
    )
    d.para(
        "(1) Based on the location of the customer. Europe and rest of world sales consist of ZELVARI and "
        "TORVEXA sold through our subsidiaries and distributors.",
        size=7.5,
    )
    gt = [R("Q.gtn", "gross", "Gross product sales", v4("gross_sales"), K4, dollar=True)]
    gt.append(H("Less provisions for:"))
    for i, g in enumerate(QM.GTN):
        gt.append(R("Q.gtn", f"g{i}", g, [-m["gtn"][g][k] for k in K4], K4, indent=1))
    gt.append(R("Q.gtn", "total", "Total gross-to-net adjustments", [-x for x in v4("gtn_total")], K4, rule=True))
    gt.append(
        R("Q.gtn", "net", "Product revenue, net", v4("net_product"), K4, bold=True, rule=True, total=True, dollar=True)
    )
    d.table(
        dict(
            title="Gross-to-Net Reconciliation",
            units="(in thousands)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=gt,
        )
    )

    d.heading("3. Collaboration and License Agreement", 3)
    d.para(
        "In 2022 we granted Kestrelbay Pharma Co. an exclusive license to develop and commercialize ZELVARI in "
        "several Asian markets. Kestrelbay pays us tiered royalties in the low-to-mid teens on net sales and is "
        "obligated to pay regulatory and sales-based milestones. In April 2025 we earned a "
        f"{d.v('Q.n3.ms', mil(QM.MILESTONE['h25']))} milestone upon regulatory approval of ZELVARI in Kestrelbay's "
        f"largest territory. Royalty revenue was {d.v('Q.n3.roy_q', mil(m['royalty']['q25'], 2))} and "
        f"{d.v('Q.n3.roy_n', mil(m['royalty']['n25'], 2))} for the three and nine months ended September 30, 2025, "
        f"compared with {mil(m['royalty']['q24'], 2)} and {mil(m['royalty']['n24'], 2)} in the corresponding periods "
        f"of 2024. Remaining potential milestones total up to {mil(QM.NARR['remaining_milestones'])} and are fully "
        "constrained."
    )

    d.heading("4. Inventory", 3)
    inv = [
        dict(label="Raw materials", dollar=True, cells=[num(QM.INVENTORY_SPLIT["Raw materials"])], ids=["Q.inv.raw"]),
        dict(label="Work in process", cells=[num(QM.INVENTORY_SPLIT["Work in process"])], ids=["Q.inv.wip"]),
        dict(label="Finished goods", cells=[num(m["inv_fg"])], ids=["Q.inv.fg"]),
        dict(
            label="Total inventory",
            bold=True,
            rule=True,
            total=True,
            dollar=True,
            cells=[num(bs1["inventory"])],
            ids=["Q.inv.total"],
        ),
    ]
    d.table(
        dict(
            title="Inventory at September 30, 2025",
            units="(in thousands)",
            label_w=70,
            cols=cols(1, 22),
            headers=[[("September 30, 2025", 1)]],
            rows=inv,
        )
    )

    d.heading("5. Accrued Expenses and Other Current Liabilities", 3)
    ac = []
    for i, (k_, vv) in enumerate(m["accrued"].items()):
        ac.append(R("Q.acc", f"a{i}", k_, [vv["s25"], vv["d24"]], KB, dollar=i == 0))
    ac.append(
        R(
            "Q.acc",
            "total",
            "Total accrued expenses and other current liabilities",
            [bs1["accrued"], bs0["accrued"]],
            KB,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Accrued Expenses and Other Current Liabilities",
            units="(in thousands)",
            label_w=96,
            cols=cols(2, 22),
            headers=hb()[:1],
            rows=ac,
        )
    )
    d.heading("6. Cash Equivalents and Marketable Securities", 3)
    d.para(
        "Marketable securities consist of U.S. Treasury securities, government agency bonds and investment-grade "
        "corporate debt with remaining maturities of up to 24 months, classified as available-for-sale. At September "
        f"30, 2025 the fair value of marketable securities was {d.v('Q.n5.sec', mil(bs1['securities']))} and gross "
        "unrealized gains and losses were not material. We did not record any credit-related impairment during the "
        "periods presented. All securities are Level 2 measurements except U.S. Treasuries, which are Level 1."
    )
    st = []
    for i, (k_, vv) in enumerate(m["sec_types"].items()):
        st.append(R("Q.sec", f"t{i}", k_, [vv["s25"], vv["d24"]], KB, dollar=i == 0))
    st.append(
        R(
            "Q.sec",
            "total",
            "Total marketable securities",
            [bs1["securities"], bs0["securities"]],
            KB,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Marketable Securities by Type (fair value)",
            units="(in thousands)",
            label_w=96,
            cols=cols(2, 22),
            headers=hb()[:1],
            rows=st,
        )
    )
    d.para(
        "Leases. We lease office and laboratory space in Carrow Bay under an operating lease that expires in 2031, "
        "and office space in Europe under leases expiring through 2028. Operating lease cost was "
        f"{mil(QM.NARR['lease_cost_q'])} and {mil(QM.NARR['lease_cost_n'])} for the three and nine months ended "
        "September 30, 2025. The weighted-average remaining lease "
        "term was 5.4 years and the weighted-average discount rate was 6.8%."
    )

    d.heading("7. Convertible Senior Notes", 3)
    d.para(
        f"In 2022 we issued {d.v('Q.n6.principal', mil(QM.NOTE_PRINCIPAL))} aggregate principal amount of "
        f'{pct(QM.NOTE_RATE / 100, 2)} convertible senior notes due 2029 (the "2029 Notes"). Interest is payable '
        "semiannually on March 15 and September 15. The notes are convertible at an initial rate of "
        f"{num(QM.CONV_RATE, 4)} shares per $1,000 principal amount, equivalent to a conversion price of "
        f"approximately {d.v('Q.n6.cp', usd(m['conv_price']))} per share, or {num(m['conv_shares'])} thousand "
        "shares in total. We may redeem the notes for cash on or after September 20, 2027 if our stock price "
        f"exceeds {QM.NARR['redemption_pct']}% of the conversion price for a specified period."
    )
    nt = [
        dict(
            label="Principal",
            dollar=True,
            cells=[num(QM.NOTE_PRINCIPAL), num(QM.NOTE_PRINCIPAL)],
            ids=["Q.note.p.s25", "Q.note.p.d24"],
        ),
        R("Q.note", "unam", "Unamortized debt issuance costs", [-bs1["unam"], -bs0["unam"]], KB),
        R(
            "Q.note",
            "net",
            "Net carrying amount",
            [bs1["notes"], bs0["notes"]],
            KB,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(dict(title="2029 Notes", units="(in thousands)", label_w=80, cols=cols(2, 22), headers=hb()[:1], rows=nt))
    ie = [
        R("Q.ie", "coupon", "Contractual interest expense", v4("coupon"), K4, dollar=True),
        R("Q.ie", "amort", "Amortization of debt issuance costs", v4("debt_amort"), K4),
        R("Q.ie", "total", "Total interest expense", v4("int_exp"), K4, bold=True, rule=True, total=True, dollar=True),
    ]
    d.table(
        dict(
            title="Interest Expense on the 2029 Notes",
            units="(in thousands)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=ie,
        )
    )

    d.heading("8. Stock-Based Compensation", 3)
    sb = []
    for i, s_ in enumerate(QM.SBC):
        sb.append(R("Q.sbc", f"l{i}", s_, [m["sbc"][s_][k] for k in K4], K4, dollar=i == 0))
    sb.append(
        R(
            "Q.sbc",
            "total",
            "Total stock-based compensation expense",
            v4("sbc_total"),
            K4,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Stock-Based Compensation Expense by Line Item",
            units="(in thousands)",
            label_w=70,
            cols=cols(4, 17),
            headers=h4(),
            rows=sb,
        )
    )
    d.para(
        f"At September 30, 2025 there was {mil(QM.NARR['unrecognized_sbc'])} of unrecognized compensation cost "
        "related to unvested options "
        "and RSUs, expected to be recognized over a weighted-average period of 2.6 years."
    )

    d.heading("9. Net Loss per Share", 3)
    d.para(
        "Basic and diluted net loss per share are the same for all periods presented because the inclusion of "
        "potentially dilutive securities would have been anti-dilutive. The following potentially dilutive "
        "securities, presented on an as-outstanding basis, were excluded from the computation:"
    )
    an = []
    for i, (k_, vv) in enumerate(QM.ANTI_DILUTIVE.items()):
        an.append(R("Q.anti", f"a{i}", k_, [vv["n25"], vv["n24"]], ["n25", "n24"]))
    an.append(
        R(
            "Q.anti",
            "total",
            "Total",
            [m["anti_total"]["n25"], m["anti_total"]["n24"]],
            ["n25", "n24"],
            bold=True,
            rule=True,
            total=True,
        )
    )
    d.table(
        dict(
            title="Anti-Dilutive Securities Excluded",
            units="(in thousands)",
            label_w=96,
            cols=cols(2, 20, dollar=False),
            headers=[[("As of September 30,", 2)], [("2025", 1), ("2024", 1)]],
            rows=an,
        )
    )

    d.heading("10. Commitments and Contingencies", 3)
    d.para(
        f"We have non-cancelable purchase commitments with contract manufacturers of approximately "
        f"{mil(QM.NARR['purchase_commitments'])}, "
        "principally for ZELVARI drug substance through 2027. In July 2025 a generic manufacturer submitted an "
        "abbreviated new drug application for TORVEXA containing a paragraph IV certification; we filed a patent "
        "infringement suit in August 2025, which triggered a 30-month stay of approval. We cannot predict the outcome "
        "of this litigation."
    )
    d.heading("11. Segment Information", 3)
    d.para(
        "We operate in a single reportable segment: the discovery, development and commercialization of therapies for "
        "neurological disorders. Our Chief Executive Officer, as chief operating decision maker, reviews consolidated "
        "net loss and the significant expense categories presented in the statements of operations, together with "
        "research and development expense by program as presented in Item 2, to allocate resources. Segment assets "
        "are total consolidated assets. Long-lived assets located outside the United States were not material."
    )
    d.heading("12. Subsequent Events", 3)
    d.para(
        "In October 2025 we announced positive topline results from the first of two pivotal Phase 3 trials of "
        "QTX-204. We have evaluated subsequent events through the date these financial statements were issued and "
        "identified no other events requiring disclosure."
    )

    # ------------------------------------------------------------------ MD&A
    d.new_page()
    d.heading("Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations", 1)
    d.anchor("md")
    d.para(
        "The following discussion should be read with our condensed consolidated financial statements and notes in "
        "Item 1 and with our annual report for 2024. Amounts in tables are in thousands unless otherwise noted."
    )
    d.heading("Overview", 2)
    d.para(
        f"Total revenues for the third quarter of 2025 were {d.v('Q.md.rev_q', mil(m['revenue']['q25']))}, an "
        f"increase of {d.v('Q.md.revg_q', pct(F(m['revenue']['q25'] - m['revenue']['q24'], m['revenue']['q24']), 1))}"
        " from the third quarter of 2024. Net product revenue grew to "
        f"{d.v('Q.md.prod_q', mil(m['net_product']['q25']))}, driven by ZELVARI demand and the launch of ORLENZA. "
        f"Net loss narrowed to {d.v('Q.md.ni_q', mil(m['ni']['q25']))}, or "
        f"{d.v('Q.md.eps_q', usd(-m['eps']['q25']))} per share, from {mil(m['ni']['q24'])} in the prior-year "
        "quarter."
    )
    d.para(
        "We continue to invest in our two late-stage programs. QTX-204, a long-acting CGRP-pathway antibody for "
        "chronic cluster headache, is in two pivotal Phase 3 trials, the first of which read out positively in "
        "October 2025. QTX-311, an oral small molecule for vestibular migraine, completed enrollment of its Phase 2 "
        "trial in the third quarter, with data expected in mid-2026."
    )
    d.heading("Results of Operations", 2)
    rc = []
    for i, (rid, lab, key) in enumerate(
        (
            ("prod", "Product revenue, net", "net_product"),
            ("collab", "Collaboration and license revenue", "collab"),
            ("rev", "Total revenues", "revenue"),
            ("cogs", "Cost of goods sold", "cogs"),
            ("rd", "Research and development", "rd"),
            ("sga", "Selling, general and administrative", "sga"),
        )
    ):
        a_, b_ = m[key]["q25"], m[key]["q24"]
        rc.append(
            dict(
                label=lab,
                dollar=i == 0,
                bold=rid == "rev",
                rule=rid == "rev",
                cells=[num(a_), num(b_), num(a_ - b_), pct(F(a_ - b_, b_), 1, paren=True)],
                ids=[None, None, f"Q.cmp.{rid}.chg", f"Q.cmp.{rid}.pct"],
            )
        )
    d.table(
        dict(
            title="Third Quarter Comparison",
            units="(in thousands)",
            label_w=74,
            cols=[dict(w=17), dict(w=17), dict(w=17), dict(w=14, dollar=False)],
            headers=[
                [("Three Months Ended September 30,", 2), ("", 1), ("", 1)],
                [("2025", 1), ("2024", 1), ("$ Change", 1), ("% Change", 1)],
            ],
            rows=rc,
        )
    )
    zel = m["prod"]["ZELVARI"]
    d.para(
        f"ZELVARI. Net revenue was {d.v('Q.md.zel_q', mil(zel['q25']))} in the third quarter, up "
        f"{d.v('Q.md.zelg', pct(F(zel['q25'] - zel['q24'], zel['q24']), 1))}"
        " year over year, reflecting growth in new patient starts and improved commercial coverage, partially offset "
        "by higher rebates under a new pharmacy benefit manager contract."
    )
    d.para(
        f"TORVEXA and ORLENZA. TORVEXA net revenue increased modestly to {mil(m['prod']['TORVEXA']['q25'])}. "
        f"ORLENZA contributed {d.v('Q.md.orl_n', mil(m['prod']['ORLENZA']['n25']))} in the first nine months of its "
        "launch, including initial stocking by specialty pharmacies in the first half of the year."
    )
    gtn_share = F(m["gtn_total"]["q25"], m["gross_sales"]["q25"])
    d.para(
        "Gross-to-net. Total gross-to-net adjustments were "
        f"{d.v('Q.md.gtn_q', mil(m['gtn_total']['q25']))} in the third quarter of 2025, or "
        f"{d.v('Q.md.gtn_sh', pct(gtn_share, 1))} of gross product sales, compared with "
        f"{pct(F(m['gtn_total']['q24'], m['gross_sales']['q24']), 1)} in the third quarter of 2024. The increase "
        "reflects a higher mix of government-program volume and the new commercial rebate agreement."
    )
    d.para(
        f"Cost of goods sold. Cost of goods sold was {d.v('Q.md.cogs_q', mil(m['cogs']['q25']))} in the third "
        "quarter. Gross margin on product sales, excluding amortization of the acquired intangible asset, was "
        f"{d.v('Q.md.gm_q', pct(F(m['gross_profit']['q25'], m['net_product']['q25']), 1))} compared with "
        f"{pct(F(m['gross_profit']['q24'], m['net_product']['q24']), 1)} a year earlier."
    )
    rd = []
    for i, p_ in enumerate(QM.RD_PROG):
        rd.append(R("Q.rd", f"p{i}", p_, [m["rd_prog"][p_][k] for k in K4], K4, dollar=i == 0))
    rd.append(
        R(
            "Q.rd",
            "total",
            "Total research and development expense",
            v4("rd"),
            K4,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        )
    )
    d.table(
        dict(
            title="Research and Development Expense by Program",
            units="(in thousands)",
            label_w=74,
            cols=cols(4, 16.5),
            headers=h4(),
            rows=rd,
        )
    )
    d.para(
        "Research and development. R&D expense increased to "
        f"{d.v('Q.md.rd_q', mil(m['rd']['q25']))} in the third quarter, mainly because of QTX-204 Phase 3 "
        "enrollment and start-up costs for the QTX-204 open-label extension, and higher QTX-311 clinical costs. "
        "ZELVARI lifecycle spending declined after completion of a pediatric study."
    )
    d.para(
        f"Selling, general and administrative. SG&A expense was {d.v('Q.md.sga_q', mil(m['sga']['q25']))} for the "
        f"quarter and {d.v('Q.md.sga_n', mil(m['sga']['n25']))} for the nine months, compared with "
        f"{mil(m['sga']['q24'])} and {mil(m['sga']['n24'])} in 2024. The increase reflects ORLENZA launch "
        "activities, including an expanded field sales force, partially offset by lower legal fees."
    )
    d.para(
        "Other income. Interest income declined because of lower yields on our investment portfolio. Interest "
        f"expense of {mil(m['int_exp']['q25'], 2)} for the quarter relates to the 2029 Notes."
    )
    d.heading("Non-GAAP Financial Measure: Adjusted Operating Expenses", 2)
    d.para(
        "We present adjusted operating expenses, defined as research and development expense plus selling, general "
        "and administrative expense, excluding stock-based compensation recorded in those line items. Management uses "
        "this measure to plan and evaluate operating spending. It is not a substitute for GAAP measures and may not "
        "be comparable to similarly titled measures used by other companies."
    )
    ad = [
        R("Q.adj", "rd", "Research and development (GAAP)", v4("rd"), K4, dollar=True),
        R("Q.adj", "sga", "Selling, general and administrative (GAAP)", v4("sga"), K4),
        R("Q.adj", "gaap", "R&D and SG&A (GAAP)", v4("adj_opex_gaap"), K4, rule=True),
        R(
            "Q.adj",
            "sbcrd",
            "Less: stock-based compensation - R&D",
            [-m["sbc"]["Research and development"][k] for k in K4],
            K4,
            indent=1,
        ),
        R(
            "Q.adj",
            "sbcsga",
            "Less: stock-based compensation - SG&A",
            [-m["sbc"]["Selling, general and administrative"][k] for k in K4],
            K4,
            indent=1,
        ),
        R(
            "Q.adj",
            "adj",
            "Adjusted operating expenses (non-GAAP)",
            v4("adj_opex"),
            K4,
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Reconciliation of GAAP to Adjusted Operating Expenses",
            units="(in thousands)",
            label_w=74,
            cols=cols(4, 16.5),
            headers=h4(),
            rows=ad,
        )
    )
    d.heading("Liquidity and Capital Resources", 2)
    d.para(
        f"As of September 30, 2025 we had cash, cash equivalents and marketable securities of "
        f"{d.v('Q.md.liq', mil(m['liquid']['s25']))}, compared with {d.v('Q.md.liq24', mil(m['liquid']['d24']))} at "
        "December 31, 2024. Our principal uses of cash are research and development, commercial activities and "
        "interest on the 2029 Notes. Based on our current operating plan, we believe that our existing cash, cash "
        f"equivalents and marketable securities, together with product revenue, will be sufficient to fund our "
        f"operations and debt service {d.v('Q.md.runway', f'into {QM.RUNWAY_YEAR}')}, without giving effect to "
        "potential milestone receipts. "
        "This expectation reflects planned increases in spending to complete the QTX-204 Phase 3 program and prepare "
        "for a potential launch. The estimate is based on assumptions that may prove wrong, and we could use our "
        "capital resources sooner "
        "than we expect, for example if we decide to build commercial infrastructure for QTX-204 ahead of approval."
    )
    cfs = [
        R(
            "Q.cfsum",
            "cfo",
            "Net cash used in operating activities",
            [c25["cfo"], c24["cfo"]],
            ["n25", "n24"],
            dollar=True,
        ),
        R("Q.cfsum", "cfi", "Net cash provided by investing activities", [c25["cfi"], c24["cfi"]], ["n25", "n24"]),
        R("Q.cfsum", "cff", "Net cash provided by financing activities", [c25["cff"], c24["cff"]], ["n25", "n24"]),
        R(
            "Q.cfsum",
            "net",
            "Net increase (decrease) in cash and cash equivalents",
            [c25["net"], c24["net"]],
            ["n25", "n24"],
            bold=True,
            rule=True,
            total=True,
            dollar=True,
        ),
    ]
    d.table(
        dict(
            title="Summary of Cash Flows",
            units="(in thousands)",
            label_w=96,
            cols=cols(2, 22),
            headers=[[("Nine Months Ended September 30,", 2)], [("2025", 1), ("2024", 1)]],
            rows=cfs,
        )
    )
    d.para(
        f"Operating activities. Net cash used in operating activities was {d.v('Q.md.cfo', mil(c25['cfo']))} for the "
        "first nine months of 2025. The net loss was largely offset by non-cash stock-based compensation and "
        "amortization; working capital used cash, mainly because of the annual payment of rebates accrued in 2024, "
        "higher receivables from ORLENZA sales and inventory builds ahead of a planned manufacturing transfer."
    )
    d.para(
        "Investing and financing activities. Investing cash flows reflected net maturities of marketable "
        "securities, which we used partly to replenish operating cash. Financing cash flows consisted of proceeds from "
        "employee equity plans, net of taxes paid on vesting of RSUs."
    )
    d.para(
        "Contractual obligations. There were no material changes outside the ordinary course of business to our "
        "contractual obligations from those disclosed in our annual report for 2024. Our 2029 Notes mature on "
        "September 15, 2029 unless earlier converted, redeemed or repurchased."
    )
    d.heading("Critical Accounting Estimates", 2)
    d.para(
        "Our most significant estimates relate to gross-to-net revenue provisions, particularly government and "
        "commercial rebates, which depend on payer mix, contract terms and the lag between sale and claim. There "
        "have been no material changes to our critical accounting estimates from those described in our annual report "
        "for 2024."
    )

    d.new_page()
    d.heading("Item 3. Quantitative and Qualitative Disclosures About Market Risk", 1)
    d.anchor("i3")
    d.para(
        "Our exposure to interest rate risk relates primarily to our marketable securities. Because of their short "
        "duration, a hypothetical 100 basis point change in interest rates would not have a material effect on their "
        "fair value. The 2029 Notes bear a fixed rate, so changes in market rates affect their fair value but not our "
        "interest expense. Revenue and expenses of our European subsidiaries are denominated in euros; a 10% change "
        "in exchange rates would not have been material to our results for the periods presented."
    )
    d.heading("Item 4. Controls and Procedures", 1)
    d.anchor("i4")
    d.para(
        "Our management, with the participation of our Chief Executive Officer and Chief Financial Officer, evaluated "
        "our disclosure controls and procedures as of September 30, 2025 and concluded that they were effective at "
        "the reasonable assurance level. There was no change in our internal control over financial reporting during "
        "the quarter ended September 30, 2025 that has materially affected, or is reasonably likely to materially "
        "affect, our internal control over financial reporting."
    )

    # ------------------------------------------------------------------ Part II
    d.new_page()
    d.heading("PART II. OTHER INFORMATION", 1)
    d.heading("Item 1. Legal Proceedings", 2)
    d.anchor("p2i1")
    d.para(
        "See the discussion of TORVEXA patent litigation in Note 10 to the condensed consolidated financial "
        "statements, which is incorporated herein by reference."
    )
    d.heading("Item 1A. Risk Factors", 2)
    d.anchor("p2i1a")
    d.para(
        "Except as set forth below, there have been no material changes to the risk factors described in our annual "
        "report for 2024."
    )
    d.para(
        "Generic competition for TORVEXA could arrive earlier than expected. If we do not prevail in our patent "
        "litigation, a generic version of TORVEXA could be approved once the 30-month stay expires, which would "
        "significantly reduce TORVEXA revenue. TORVEXA accounted for "
        f"{d.v('Q.p2.torsh', pct(F(m['prod']['TORVEXA']['n25'], m['net_product']['n25']), 1))} of our net product "
        "revenue in the first nine months of 2025."
    )
    d.para(
        "We depend on single-source suppliers. ZELVARI drug substance is manufactured by one contract manufacturer at "
        "a single site, and ORLENZA devices are supplied by one vendor. Any interruption at these suppliers, including "
        "regulatory inspection findings, could lead to product shortages and lost revenue."
    )
    d.para(
        "Our clinical programs may not succeed. Positive results from the first QTX-204 Phase 3 trial do not ensure "
        "that the second trial will succeed or that regulators will approve QTX-204. QTX-311 is at an earlier stage "
        "and has a higher risk of failure."
    )
    d.para(
        f"Our indebtedness could limit our flexibility. We have {mil(QM.NOTE_PRINCIPAL)} of 2029 Notes outstanding. "
        "We may not "
        "have sufficient cash to repay the notes at maturity or to settle conversions in cash, and conversions could "
        "dilute existing stockholders."
    )
    d.para(
        "Increasing rebate pressure could reduce our net prices. Pharmacy benefit managers and government programs "
        "continue to seek larger rebates. Drug pricing provisions of federal law could subject one or more of our "
        "products to government-set prices in future years, which could materially reduce our revenue."
    )
    d.heading("Item 2. Unregistered Sales of Equity Securities and Use of Proceeds", 2)
    d.anchor("p2i2")
    d.para("None.")
    d.heading("Item 3. Defaults Upon Senior Securities", 2)
    d.anchor("p2i3")
    d.para("None.")
    d.heading("Item 4. Mine Safety Disclosures", 2)
    d.anchor("p2i4")
    d.para("Not applicable.")
    d.heading("Item 5. Other Information", 2)
    d.anchor("p2i5")
    d.para(
        "On August 12, 2025, Renata M. Kowalczyk-Hale, our Chief Commercial Officer, adopted a Rule 10b5-1 trading "
        f"arrangement providing for the sale of up to {num(QM.NARR['rule_10b5_shares'] * 1000)} shares of our "
        "common stock between November 2025 and "
        "October 2026. No other director or officer adopted or terminated a trading arrangement during the quarter."
    )
    d.heading("Item 6. Exhibits", 2)
    d.anchor("p2i6")
    ex = [
        ("3.1", "Amended and Restated Certificate of Incorporation"),
        ("3.2", "Amended and Restated Bylaws"),
        ("10.1", "Second Amendment to Commercial Supply Agreement with Brantholm Biologics GmbH"),
        ("31.1", "Certification of Principal Executive Officer"),
        ("31.2", "Certification of Principal Financial Officer"),
        ("32.1", "Section 1350 Certifications"),
        ("101", "Inline XBRL documents"),
    ]
    d.table(
        dict(
            title="Exhibit Index",
            label_w=20,
            cols=[dict(w=130, dollar=False)],
            headers=[[("Description", 1)]],
            rows=[dict(label=a, cells=[b], ids=[None]) for a, b in ex],
        )
    )
    d.heading("Signatures", 2)
    d.anchor("sig")
    d.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this "
        "report to be signed on its behalf by the undersigned thereunto duly authorized on November 5, 2025."
    )
    d.para("/s/ Callum J. Ardent-Price, President and Chief Executive Officer", gap=1)
    d.para("/s/ Soledad Vermeulen, Chief Financial Officer (principal financial and accounting officer)")
    return d, m


def render(path):
    d, m = build()
    d, m = build(dict(d.anchors))
    toc = dict(d.anchors)
    d, m = build(toc)
    d.output(path)
    return d, m


_ = sgn  # imported for callers
