"""Questions for blind filings set 8, built only from model values.

Each question lists `figs`: (anchor, text) pairs naming the printed figures the answer is
computed from and where they are printed (a table row "table/row" or a prose anchor). The
evidence pages are resolved from the typeset PDFs in make_filings.py, and check_set.py
asserts each figure appears on its evidence page.
"""

from fractions import Fraction as Fr

from kit import dec, rnd
from model_brinmoor import SEG_NAMES, SEGS

B_COMPANY, B_DOC = "Brinmoor Medical Technologies", "BRINMOOR_2025_10K"
C_COMPANY, C_DOC = "Corrowind Air Group", "CORROWIND_2025Q2_EARNINGS"


def n(x, places=0):
    return dec(x, places)


def p(x, places=1):
    """Fraction ratio -> percent text without sign handling."""
    return dec(Fr(x) * 100, places) + "%"


def Q(doc, qtype, question, answer, justification, figs):
    return dict(doc=doc, question_type=qtype, question=question, answer=answer, justification=justification, figs=figs)


def brinmoor_questions(m):
    i = m.inp
    out = []
    D = B_DOC
    s25, s24 = m.sales[2025], m.sales[2024]

    # 1 single line item
    out.append(
        Q(
            D,
            "metrics-generated",
            "What were Brinmoor Medical Technologies' total net sales for fiscal year 2025, in USD thousands, as "
            "reported on the consolidated statement of operations?",
            f"${n(s25)} thousand (about ${dec(Fr(s25, 1000000), 2)} billion).",
            "Read directly from the Net sales line of the FY2025 column of the consolidated statements of "
            "operations (amounts in thousands).",
            [("is/sales", n(s25))],
        )
    )
    # 2 YoY growth
    g = Fr(s25 - s24, s24)
    out.append(
        Q(
            D,
            "metrics-generated",
            "By what percentage did Brinmoor's net sales grow year over year in FY2025? Round to one decimal place.",
            f"Net sales grew about {p(g)} (from ${n(s24)} thousand in FY2024 to ${n(s25)} thousand in FY2025).",
            f"({n(s25)} - {n(s24)}) / {n(s24)} = {p(g, 2)}, rounded to one decimal place.",
            [("is/sales", n(s25)), ("is/sales", n(s24))],
        )
    )
    # 3 gross margin and bps change
    gm25, gm24 = Fr(m.gp[2025], s25), Fr(m.gp[2024], s24)
    bps = int(rnd((gm25 - gm24) * 10000))
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Brinmoor's gross margin (gross profit as a share of net sales) in FY2025, and by how many "
            "basis points did it change versus FY2024?",
            f"Gross margin was {p(gm25)} in FY2025 versus {p(gm24)} in FY2024, an improvement of about {bps} basis "
            "points.",
            f"FY2025: {n(m.gp[2025])} / {n(s25)} = {p(gm25, 2)}; FY2024: {n(m.gp[2024])} / {n(s24)} = "
            f"{p(gm24, 2)}; difference computed on unrounded margins and rounded to the nearest basis point.",
            [("is/gp", n(m.gp[2025])), ("is/gp", n(m.gp[2024])), ("is/sales", n(s25)), ("is/sales", n(s24))],
        )
    )
    # 4 equity statement across two pages
    ret = i.repurch_amt[2024] + i.dividends[2024] + i.repurch_amt[2025] + i.dividends[2025]
    out.append(
        Q(
            D,
            "novel-generated",
            "Using the statement of stockholders' equity, how much cash did Brinmoor return to shareholders through "
            "share repurchases and dividends declared in FY2024 and FY2025 combined?",
            f"About ${n(ret)} thousand (roughly ${dec(Fr(ret, 1000), 1)} million) over the two years.",
            f"FY2024: repurchases {n(i.repurch_amt[2024])} + dividends {n(i.dividends[2024])}; FY2025: repurchases "
            f"{n(i.repurch_amt[2025])} + dividends {n(i.dividends[2025])}; sum = {n(ret)} (USD thousands).",
            [
                ("eq/rep2024", n(i.repurch_amt[2024])),
                ("eq/div2024", n(i.dividends[2024])),
                ("eq/rep2025", n(i.repurch_amt[2025])),
                ("eq/div2025", n(i.dividends[2025])),
            ],
        )
    )
    # 5 current ratio
    cr = Fr(m.tca[2025], m.tcl[2025])
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Brinmoor's current ratio at the end of FY2025? Round to two decimal places.",
            f"About {dec(cr, 2)}x.",
            f"Total current assets {n(m.tca[2025])} / total current liabilities {n(m.tcl[2025])} (USD thousands, "
            "December 31, 2025 balance sheet).",
            [("bs/tca", n(m.tca[2025])), ("bs/tcl", n(m.tcl[2025]))],
        )
    )
    # 6 DSO
    dso = Fr(i.ar[2025] * 365, s25)
    out.append(
        Q(
            D,
            "domain-relevant",
            "Based on year-end accounts receivable and a 365-day year, what was Brinmoor's days sales outstanding "
            "for FY2025?",
            f"Approximately {dec(dso, 1)} days.",
            f"DSO = accounts receivable, net {n(i.ar[2025])} / net sales {n(s25)} x 365 = {dec(dso, 2)} days, "
            "rounded to one decimal.",
            [("bs/ar", n(i.ar[2025])), ("is/sales", n(s25))],
        )
    )
    # 7 inventory turnover
    avg_inv = Fr(m.inv[2025] + m.inv[2024], 2)
    it = Fr(m.cogs[2025]) / avg_inv
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Brinmoor's inventory turnover in FY2025, using cost of products sold and the average of "
            "beginning and ending inventories?",
            f"About {dec(it, 2)} times.",
            f"Cost of products sold {n(m.cogs[2025])} / average inventory (({n(m.inv[2025])} + {n(m.inv[2024])}) / 2 "
            f"= {dec(avg_inv, 1)}) = {dec(it, 3)}, rounded to two decimals.",
            [("is/cogs", n(m.cogs[2025])), ("bs/inv", n(m.inv[2025])), ("bs/inv", n(m.inv[2024]))],
        )
    )
    # 8 ETR
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Brinmoor's effective tax rate for FY2025?",
            f"About {p(m.etr[2025])}.",
            f"Provision for income taxes {n(m.tax[2025])} / income before income taxes {n(m.pretax[2025])} = "
            f"{p(m.etr[2025], 2)}, rounded to one decimal.",
            [("is/tax", n(m.tax[2025])), ("is/pretax", n(m.pretax[2025]))],
        )
    )
    # 9 FCF
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Brinmoor's free cash flow in FY2025, defined as cash from operations less purchases of "
            "property, plant and equipment?",
            f"${n(m.fcf[2025])} thousand (about ${dec(Fr(m.fcf[2025], 1000), 1)} million).",
            f"Net cash provided by operating activities {n(m.cfo[2025])} - capital expenditures "
            f"{n(m.capex[2025])} = {n(m.fcf[2025])} (USD thousands).",
            [("cf/cfo", n(m.cfo[2025])), ("cf/capex", n(m.capex[2025]))],
        )
    )
    # 10 segment growth (note)
    os25, os24 = m.seg_sales["OS"][2025], m.seg_sales["OS"][2024]
    out.append(
        Q(
            D,
            "metrics-generated",
            "How fast did the Orthopedics & Spine segment's net sales grow from FY2024 to FY2025, per the segment "
            "note?",
            f"About {p(Fr(os25 - os24, os24))} (${n(os24)} thousand to ${n(os25)} thousand).",
            f"({n(os25)} - {n(os24)}) / {n(os24)}, rounded to one decimal place.",
            [("seg/s_OS", n(os25)), ("seg/s_OS", n(os24))],
        )
    )
    # 11 highest segment margin
    mg = {s: Fr(m.segop[s][2025], m.seg_sales[s][2025]) for s in SEGS}
    best = max(SEGS, key=lambda s: mg[s])
    out.append(
        Q(
            D,
            "novel-generated",
            "Which of Brinmoor's three reportable segments earned the highest segment operating margin (segment "
            "operating profit divided by segment net sales) in FY2025, and what was that margin?",
            f"{SEG_NAMES[best]}, with a segment operating margin of about {p(mg[best])}. The others: "
            + ", ".join(f"{SEG_NAMES[s]} {p(mg[s])}" for s in SEGS if s != best)
            + ".",
            "; ".join(f"{SEG_NAMES[s]}: {n(m.segop[s][2025])} / {n(m.seg_sales[s][2025])}" for s in SEGS)
            + " (USD thousands); margins rounded to one decimal.",
            [(f"seg/p_{s}", n(m.segop[s][2025])) for s in SEGS]
            + [(f"seg/s_{s}", n(m.seg_sales[s][2025])) for s in SEGS],
        )
    )
    # 12 international share
    out.append(
        Q(
            D,
            "metrics-generated",
            "What share of Brinmoor's FY2025 net sales came from customers outside the United States?",
            f"About {p(Fr(m.intl[2025], s25))} (international net sales of ${n(m.intl[2025])} thousand).",
            f"International {n(m.intl[2025])} / total net sales {n(s25)} from the revenue disaggregation note; "
            "rounded to one decimal.",
            [("rev/intl", n(m.intl[2025])), ("rev/tot", n(s25))],
        )
    )
    # 13 finished goods
    out.append(
        Q(
            D,
            "metrics-generated",
            "How much finished goods inventory did Brinmoor carry at December 31, 2025, and what proportion of total "
            "inventories did it represent?",
            f"${n(i.inv_fg[2025])} thousand, or about {p(Fr(i.inv_fg[2025], m.inv[2025]))} of total inventories.",
            f"Finished goods {n(i.inv_fg[2025])} / total inventories {n(m.inv[2025])} (inventories note), rounded to "
            "one decimal.",
            [("inv/fg", n(i.inv_fg[2025])), ("inv/tot", n(m.inv[2025]))],
        )
    )
    # 14 accumulated depreciation
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Brinmoor's accumulated depreciation at the end of FY2025, and what percentage of the gross "
            "cost of property, plant and equipment did it represent?",
            f"Accumulated depreciation was ${n(m.accum_dep[2025])} thousand, about "
            f"{p(Fr(m.accum_dep[2025], m.ppe_gross[2025]))} of gross PP&E of ${n(m.ppe_gross[2025])} thousand.",
            f"{n(m.accum_dep[2025])} / {n(m.ppe_gross[2025])} from the property, plant and equipment note; rounded "
            "to one decimal.",
            [("ppe/acc", n(m.accum_dep[2025])), ("ppe/gross", n(m.ppe_gross[2025]))],
        )
    )
    # 15 goodwill ST
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was the goodwill balance of the Surgical Technologies segment at December 31, 2025, and how much "
            "of that segment's goodwill came from the 2024 acquisition?",
            f"${n(m.gw[2025]['ST'])} thousand at December 31, 2025, of which ${n(i.gw_acq_2024['ST'])} thousand was "
            "added by the Velloran Surgical acquisition in 2024.",
            "Read from the goodwill roll-forward by segment in the goodwill and intangible assets note.",
            [("gw/b25", n(m.gw[2025]["ST"])), ("gw/acq24", n(i.gw_acq_2024["ST"]))],
        )
    )
    # 16 implied amortization on developed technology
    c0 = m.int_cls[0]
    a25, a24 = m.int_acc[2025][c0], m.int_acc[2024][c0]
    out.append(
        Q(
            D,
            "novel-generated",
            "Based on the change in accumulated amortization, how much amortization expense did Brinmoor record on "
            "developed technology intangibles in 2025, and what share of total 2025 amortization of intangible "
            "assets was that?",
            f"About ${n(a25 - a24)} thousand, roughly {p(Fr(a25 - a24, m.amort[2025]))} of total amortization of "
            f"${n(m.amort[2025])} thousand.",
            f"Accumulated amortization on developed technology rose from {n(a24)} to {n(a25)} (gross carrying "
            f"amount unchanged), so 2025 amortization = {n(a25 - a24)}; divided by amortization of intangible "
            f"assets of {n(m.amort[2025])} on the statement of operations.",
            [("intang/c0", n(a25)), ("intang/c0", n(a24)), ("is/amort", n(m.amort[2025]))],
        )
    )
    # 17 debt + revolver availability
    out.append(
        Q(
            D,
            "novel-generated",
            "At the end of FY2025, how much principal did Brinmoor owe under its term loan and revolving credit "
            "facility combined, and how much revolver capacity remained available?",
            f"Combined principal of ${n(m.debt_principal[2025])} thousand (term loan ${n(m.tl[2025])} thousand plus "
            f"revolver ${n(m.rv[2025])} thousand); about ${dec(Fr(m.revolver_avail, 1000), 1)} million of revolver "
            "capacity remained available.",
            "Principal amounts from the debt note (before unamortized issuance costs); available capacity as stated "
            "in the liquidity discussion in MD&A.",
            [("debt/tl", n(m.tl[2025])), ("debt/rv", n(m.rv[2025])), ("mdna_liq", dec(Fr(m.revolver_avail, 1000), 1))],
        )
    )
    # 18 lease imputed interest
    out.append(
        Q(
            D,
            "metrics-generated",
            "What portion of Brinmoor's total undiscounted operating lease payments at December 31, 2025 represents "
            "imputed interest?",
            f"About {p(Fr(m.lease_interest, m.lease_undisc))} (imputed interest of ${n(m.lease_interest)} thousand "
            f"on undiscounted payments of ${n(m.lease_undisc)} thousand).",
            f"{n(m.lease_interest)} / {n(m.lease_undisc)} from the lease maturity table; rounded to one decimal.",
            [("leasemat/int", n(m.lease_interest)), ("leasemat/undisc", n(m.lease_undisc))],
        )
    )
    # 19 R&D credit impact on ETR
    rd = -i.tax_rd_credit[2025]
    out.append(
        Q(
            D,
            "novel-generated",
            "By roughly how many percentage points did research and development tax credits lower Brinmoor's "
            "effective tax rate in FY2025?",
            f"About {dec(Fr(rd, m.pretax[2025]) * 100, 1)} percentage points.",
            f"R&D credits of {n(rd)} in the rate reconciliation divided by income before income taxes of "
            f"{n(m.pretax[2025])} (USD thousands), rounded to one decimal.",
            [("taxrec/rd", n(rd)), ("pretaxgeo/tot", n(m.pretax[2025]))],
        )
    )
    # 20 SBC % of sales
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Brinmoor's total stock-based compensation expense in FY2025 as a percentage of net sales?",
            f"About {p(Fr(m.sbc[2025], s25))} (${n(m.sbc[2025])} thousand of expense).",
            f"Stock-based compensation {n(m.sbc[2025])} (stock-based compensation note) / net sales {n(s25)}; "
            "rounded to one decimal.",
            [("sbc/tot", n(m.sbc[2025])), ("is/sales", n(s25))],
        )
    )
    # 21 diluted EPS growth
    eg = Fr(m.eps_dil[2025] - m.eps_dil[2024], m.eps_dil[2024])
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Brinmoor's diluted EPS in FY2025, and how much did it grow YoY?",
            f"Diluted EPS was ${dec(m.eps_dil[2025], 2)}, up about {p(eg)} from ${dec(m.eps_dil[2024], 2)} in FY2024.",
            f"({dec(m.eps_dil[2025], 2)} - {dec(m.eps_dil[2024], 2)}) / {dec(m.eps_dil[2024], 2)} using the "
            "reported diluted EPS figures; rounded to one decimal.",
            [("eps/epsd", dec(m.eps_dil[2025], 2)), ("eps/epsd", dec(m.eps_dil[2024], 2))],
        )
    )
    # 22 warranty
    out.append(
        Q(
            D,
            "metrics-generated",
            "In 2025, by how much did Brinmoor's warranty provisions exceed cash and in-kind warranty settlements, "
            "and what was the warranty reserve at year end?",
            f"Provisions exceeded settlements by ${n(i.warranty_prov[2025] - i.warranty_settle[2025])} thousand; the "
            f"reserve ended 2025 at ${n(m.warranty[2025])} thousand.",
            f"Provisions {n(i.warranty_prov[2025])} - settlements {n(i.warranty_settle[2025])}; ending balance from "
            "the product warranty roll-forward.",
            [
                ("warr/prov", n(i.warranty_prov[2025])),
                ("warr/settle", n(i.warranty_settle[2025])),
                ("warr/end", n(m.warranty[2025])),
            ],
        )
    )
    # 23 Q4 repurchase dollars
    out.append(
        Q(
            D,
            "novel-generated",
            "Approximately how much did Brinmoor spend repurchasing its own shares in the fourth quarter of 2025, "
            "based on the monthly share counts and average prices disclosed in Item 5?",
            f"About ${dec(Fr(m.q4_dollars, 1000000), 1)} million for {n(m.q4_shares)} shares.",
            "Sum over October, November and December of shares purchased x average price paid per share: "
            + " + ".join(f"{n(sh)} x ${dec(px, 2)}" for _, sh, px, _ in m.q4_rows)
            + f" = ${n(m.q4_dollars)}; rounded to the nearest $0.1 million.",
            [(f"rep/m{j}", n(sh)) for j, (_, sh, _, _) in enumerate(m.q4_rows)]
            + [(f"rep/m{j}", dec(px, 2)) for j, (_, _, px, _) in enumerate(m.q4_rows)],
        )
    )
    # 24 employees outside US
    out.append(
        Q(
            D,
            "metrics-generated",
            "What percentage of Brinmoor's workforce was based outside the United States at the end of 2025?",
            f"About {p(Fr(i.employees_outside_us_2025, i.employees[2025]))} (approximately "
            f"{n(i.employees_outside_us_2025)} of {n(i.employees[2025])} employees).",
            "Employee counts stated in the human capital section of Item 1; ratio rounded to one decimal.",
            [("bus_employees", n(i.employees_outside_us_2025)), ("bus_employees", n(i.employees[2025]))],
        )
    )
    # 25 adjusted operating margin change
    am25, am24 = Fr(m.adj_oi[2025], s25), Fr(m.adj_oi[2024], s24)
    out.append(
        Q(
            D,
            "novel-generated",
            "What were Brinmoor's non-GAAP adjusted operating income and adjusted operating margin in FY2025, and "
            "how many basis points did the adjusted margin change from FY2024?",
            f"Adjusted operating income was ${n(m.adj_oi[2025])} thousand, an adjusted operating margin of "
            f"{p(am25)} versus {p(am24)} in FY2024, an increase of about {int(rnd((am25 - am24) * 10000))} basis "
            "points.",
            f"Adjusted operating income from the MD&A reconciliation: {n(m.adj_oi[2025])} (FY2025) and "
            f"{n(m.adj_oi[2024])} (FY2024), divided by net sales; bps change computed on unrounded margins.",
            [
                ("ngaap/adj", n(m.adj_oi[2025])),
                ("ngaap/adj", n(m.adj_oi[2024])),
                ("ngaap/m_adj", p(am25)),
                ("ngaap/m_adj", p(am24)),
            ],
        )
    )
    # 26 SG&A % of sales change
    sg25, sg24 = Fr(m.sga[2025], s25), Fr(m.sga[2024], s24)
    out.append(
        Q(
            D,
            "metrics-generated",
            "How did Brinmoor's SG&A expense as a percentage of net sales change between FY2024 and FY2025, in "
            "percentage points?",
            f"SG&A fell from {p(sg24)} to {p(sg25)} of net sales, a decline of about "
            f"{dec((sg24 - sg25) * 100, 1)} percentage points.",
            f"FY2025: {n(m.sga[2025])} / {n(s25)}; FY2024: {n(m.sga[2024])} / {n(s24)}; difference of unrounded "
            "ratios rounded to one decimal.",
            [("is/sga", n(m.sga[2025])), ("is/sga", n(m.sga[2024])), ("is/sales", n(s25)), ("is/sales", n(s24))],
        )
    )
    # 27 contractual obligations
    po, tot1 = m.co["purchase"]["lt1"], m.co_total["lt1"]
    out.append(
        Q(
            D,
            "metrics-generated",
            "Of Brinmoor's contractual obligations due in less than one year, what share consists of purchase "
            "obligations?",
            f"About {p(Fr(po, tot1))} (${n(po)} thousand of ${n(tot1)} thousand due within one year).",
            f"Purchase obligations due in less than 1 year {n(po)} / total obligations due in less than 1 year "
            f"{n(tot1)} from the MD&A contractual obligations table; rounded to one decimal.",
            [("co/purchase", n(po)), ("co/total", n(tot1))],
        )
    )
    # 28 CapEx / revenue
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Brinmoor's CapEx-to-revenue ratio for FY2025?",
            f"About {p(Fr(m.capex[2025], s25))}.",
            f"Purchases of property, plant and equipment {n(m.capex[2025])} / net sales {n(s25)}; rounded to one "
            "decimal.",
            [("cf/capex", n(m.capex[2025])), ("is/sales", n(s25))],
        )
    )
    # 29 D&A
    da = m.depreciation[2025] + m.amort[2025]
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Brinmoor's total D&A in FY2025 according to the cash flow statement?",
            f"${n(da)} thousand (depreciation ${n(m.depreciation[2025])} thousand plus amortization of intangible "
            f"assets ${n(m.amort[2025])} thousand).",
            f"{n(m.depreciation[2025])} + {n(m.amort[2025])} = {n(da)} (USD thousands).",
            [("cf/dep", n(m.depreciation[2025])), ("cf/amort", n(m.amort[2025]))],
        )
    )
    # 30 net debt / EBITDA
    debt = i.current_debt[2025] + m.ltd[2025]
    nd = debt - m.cash[2025]
    ebitda = m.oi[2025] + da
    out.append(
        Q(
            D,
            "novel-generated",
            "Define net debt as the current portion of long-term debt plus long-term debt, less cash and cash "
            "equivalents, and EBITDA as operating income plus depreciation and amortization of intangible assets. "
            "What was Brinmoor's net debt to EBITDA ratio at the end of FY2025?",
            f"About {dec(Fr(nd, ebitda), 2)}x (net debt ${n(nd)} thousand; EBITDA ${n(ebitda)} thousand).",
            f"Net debt = {n(i.current_debt[2025])} + {n(m.ltd[2025])} - {n(m.cash[2025])} = {n(nd)}; EBITDA = "
            f"{n(m.oi[2025])} + {n(m.depreciation[2025])} + {n(m.amort[2025])} = {n(ebitda)}; ratio rounded to two "
            "decimals.",
            [
                ("bs/curdebt", n(i.current_debt[2025])),
                ("bs/ltd", n(m.ltd[2025])),
                ("bs/cash", n(m.cash[2025])),
                ("is/oi", n(m.oi[2025])),
                ("cf/dep", n(m.depreciation[2025])),
                ("cf/amort", n(m.amort[2025])),
            ],
        )
    )
    return out


def corrowind_questions(m):
    i = m.inp
    out = []
    D = C_DOC
    r25, r24 = m.rev["Q2_25"], m.rev["Q2_24"]
    # 1
    out.append(
        Q(
            D,
            "metrics-generated",
            "What were Corrowind's total operating revenues in Q2 2025, and how much did they change YoY?",
            f"${n(r25)} million, up about {p(Fr(r25 - r24, r24))} from ${n(r24)} million in Q2 2024.",
            f"({n(r25)} - {n(r24)}) / {n(r24)} from the three-month columns of the statement of operations; "
            "rounded to one decimal.",
            [("is/rev", n(r25)), ("is/rev", n(r24))],
        )
    )
    # 2 PRASM
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Corrowind's passenger revenue per available seat mile (PRASM) in the second quarter of 2025?",
            f"{dec(m.prasm['Q2_25'], 2)} cents.",
            f"Reported in the operating statistics table (passenger revenue ${n(m.line['pax']['Q2_25'])} million / "
            f"{n(m.asm['Q2_25'])} million ASMs).",
            [("stats/prasm", dec(m.prasm["Q2_25"], 2))],
        )
    )
    # 3 load factor
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was the passenger load factor in Q2 2025, and how many percentage points did it move versus Q2 2024?",
            f"{dec(m.load['Q2_25'], 1)}%, up {dec(m.load['Q2_25'] - m.load['Q2_24'], 1)} percentage points from "
            f"{dec(m.load['Q2_24'], 1)}%.",
            "Load factors for both quarters are printed in the operating statistics table (RPMs / ASMs).",
            [("stats/lf", dec(m.load["Q2_25"], 1)), ("stats/lf", dec(m.load["Q2_24"], 1))],
        )
    )
    # 4 CASM-ex
    cx = Fr(m.casmx["Q2_25"] - m.casmx["Q2_24"], m.casmx["Q2_24"])
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Corrowind's CASM-ex in Q2 2025 and its year-over-year change?",
            f"{dec(m.casmx['Q2_25'], 2)} cents, up about {p(cx)} from {dec(m.casmx['Q2_24'], 2)} cents.",
            f"CASM excluding fuel and special items from the non-GAAP reconciliation: ({dec(m.casmx['Q2_25'], 2)} - "
            f"{dec(m.casmx['Q2_24'], 2)}) / {dec(m.casmx['Q2_24'], 2)}; rounded to one decimal.",
            [("ng_casm/casmx", dec(m.casmx["Q2_25"], 2)), ("ng_casm/casmx", dec(m.casmx["Q2_24"], 2))],
        )
    )
    # 5 implied Q1 operating income
    q1 = m.oi["6M_25"] - m.oi["Q2_25"]
    out.append(
        Q(
            D,
            "novel-generated",
            "The release does not show first-quarter figures. What operating income did Corrowind earn in Q1 2025, "
            "as implied by the six-month and three-month columns?",
            f"About ${n(q1)} million.",
            f"Six-month operating income {n(m.oi['6M_25'])} - second-quarter operating income {n(m.oi['Q2_25'])} "
            f"= {n(q1)} (USD millions).",
            [("is/oi", n(m.oi["6M_25"])), ("is/oi", n(m.oi["Q2_25"]))],
        )
    )
    # 6 implied Q1 ASMs
    qa = m.asm["6M_25"] - m.asm["Q2_25"]
    out.append(
        Q(
            D,
            "novel-generated",
            "How many available seat miles did Corrowind fly in the first quarter of 2025, derived from the "
            "operating statistics?",
            f"About {n(qa)} million ASMs.",
            f"Six-month ASMs {n(m.asm['6M_25'])} million - second-quarter ASMs {n(m.asm['Q2_25'])} million.",
            [("stats/asm", n(m.asm["6M_25"])), ("stats/asm", n(m.asm["Q2_25"]))],
        )
    )
    # 7 operating margin change
    om25, om24 = Fr(m.oi["Q2_25"], r25), Fr(m.oi["Q2_24"], r24)
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Corrowind's operating margin for the three months ended June 30, 2025, and how many "
            "percentage points did it improve versus the same quarter of 2024?",
            f"{p(om25)} versus {p(om24)}, an improvement of about {dec((om25 - om24) * 100, 1)} percentage points.",
            f"Operating income / total operating revenues: {n(m.oi['Q2_25'])} / {n(r25)} and {n(m.oi['Q2_24'])} / "
            f"{n(r24)}; difference of unrounded margins rounded to one decimal.",
            [("is/oi", n(m.oi["Q2_25"])), ("is/oi", n(m.oi["Q2_24"])), ("is/rev", n(r25)), ("is/rev", n(r24))],
        )
    )
    # 8 6M pretax margin
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was Corrowind's pre-tax margin for the first half of 2025 (six months ended June 30)?",
            f"About {p(Fr(m.pretax['6M_25'], m.rev['6M_25']))}.",
            f"Income before income taxes {n(m.pretax['6M_25'])} / total operating revenues {n(m.rev['6M_25'])} "
            "(six-month columns, USD millions); rounded to one decimal.",
            [("is/pretax", n(m.pretax["6M_25"])), ("is/rev", n(m.rev["6M_25"]))],
        )
    )
    # 9 adjusted EPS
    ae = Fr(m.adj_eps["Q2_25"] - m.adj_eps["Q2_24"], m.adj_eps["Q2_24"])
    out.append(
        Q(
            D,
            "metrics-generated",
            "What was adjusted diluted EPS in Q2 2025, and by what percentage did it increase from Q2 2024?",
            f"${dec(m.adj_eps['Q2_25'], 2)}, up about {p(ae)} from ${dec(m.adj_eps['Q2_24'], 2)}.",
            "Adjusted diluted EPS (non-GAAP) from the reconciliation table: "
            f"({dec(m.adj_eps['Q2_25'], 2)} - {dec(m.adj_eps['Q2_24'], 2)}) / {dec(m.adj_eps['Q2_24'], 2)}; rounded "
            "to one decimal.",
            [("ng_eps/adjeps", dec(m.adj_eps["Q2_25"], 2)), ("ng_eps/adjeps", dec(m.adj_eps["Q2_24"], 2))],
        )
    )
    # 10 fuel price
    fp = Fr(m.fuel_px["Q2_25"] - m.fuel_px["Q2_24"], m.fuel_px["Q2_24"])
    out.append(
        Q(
            D,
            "metrics-generated",
            "What average price per gallon did Corrowind pay for fuel in Q2 2025, and how did it compare with a year "
            "earlier?",
            f"${dec(m.fuel_px['Q2_25'], 2)} per gallon, down about {dec(-fp * 100, 1)}% from "
            f"${dec(m.fuel_px['Q2_24'], 2)}.",
            "Average aircraft fuel price including related taxes from the operating statistics table; change "
            "computed from the printed prices and rounded to one decimal.",
            [("stats/fpx", dec(m.fuel_px["Q2_25"], 2)), ("stats/fpx", dec(m.fuel_px["Q2_24"], 2))],
        )
    )
    # 11 FCF
    c = m.cf["25"]
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Corrowind's free cash flow for the six months ended June 30, 2025 (operating cash flow minus "
            "capital expenditures)?",
            f"${n(c['fcf'])} million.",
            f"Net cash provided by operating activities {n(c['cfo'])} - capital expenditures {n(-c['capex'])} = "
            f"{n(c['fcf'])} (USD millions).",
            [("cf/cfo", n(c["cfo"])), ("cf/capex", n(-c["capex"]))],
        )
    )
    # 12 liquidity
    out.append(
        Q(
            D,
            "novel-generated",
            "Adding cash and cash equivalents, short-term investments and undrawn revolver capacity, how much total "
            "liquidity did Corrowind have at June 30, 2025?",
            f"${n(m.liquidity)} million (about ${dec(Fr(m.liquidity, 1000), 1)} billion).",
            f"Cash {n(m.cash[1])} + short-term investments {n(i.sti[1])} (balance sheet) + undrawn revolving credit "
            f"capacity {n(i.revolver_undrawn)} (liquidity discussion) = {n(m.liquidity)} (USD millions).",
            [("bs/cash", n(m.cash[1])), ("bs/sti", n(i.sti[1])), ("p_liq", n(i.revolver_undrawn))],
        )
    )
    # 13 current ratio
    cr = Fr(m.tca[1], m.tcl[1])
    out.append(
        Q(
            D,
            "domain-relevant",
            "What was Corrowind's current ratio as of June 30, 2025?",
            f"About {dec(cr, 2)}x.",
            f"Total current assets {n(m.tca[1])} / total current liabilities {n(m.tcl[1])} (USD millions); rounded "
            "to two decimals.",
            [("bs/tca", n(m.tca[1])), ("bs/tcl", n(m.tcl[1]))],
        )
    )
    # 14 fleet leased share
    leased = m.fleet_tot["fin"] + m.fleet_tot["op"]
    out.append(
        Q(
            D,
            "metrics-generated",
            "What percentage of Corrowind's mainline fleet at June 30, 2025 was leased (finance plus operating "
            "leases)?",
            f"About {p(Fr(leased, m.fleet_tot['total']))} ({n(leased)} of {n(m.fleet_tot['total'])} aircraft).",
            f"(Finance leased {n(m.fleet_tot['fin'])} + operating leased {n(m.fleet_tot['op'])}) / total "
            f"{n(m.fleet_tot['total'])} from the fleet table; rounded to one decimal.",
            [
                ("fleet/tot", n(m.fleet_tot["fin"])),
                ("fleet/tot", n(m.fleet_tot["op"])),
                ("fleet/tot", n(m.fleet_tot["total"])),
            ],
        )
    )
    # 15 fuel share of opex
    out.append(
        Q(
            D,
            "metrics-generated",
            "What share of Corrowind's total operating expenses did fuel represent in the second quarter of 2025?",
            f"About {p(Fr(m.line['fuel']['Q2_25'], m.opex['Q2_25']))}.",
            f"Aircraft fuel and related taxes {n(m.line['fuel']['Q2_25'])} / total operating expenses "
            f"{n(m.opex['Q2_25'])} (USD millions); rounded to one decimal.",
            [("is/fuel", n(m.line["fuel"]["Q2_25"])), ("is/opex", n(m.opex["Q2_25"]))],
        )
    )
    # 16 ATL change
    atl0, atl1 = i.atl
    out.append(
        Q(
            D,
            "metrics-generated",
            "How much did Corrowind's air traffic liability increase between December 31, 2024 and June 30, 2025, "
            "in dollars and percent?",
            f"It rose ${n(atl1 - atl0)} million, or about {p(Fr(atl1 - atl0, atl0))}, to ${n(atl1)} million.",
            f"({n(atl1)} - {n(atl0)}) / {n(atl0)} from the condensed balance sheets; rounded to one decimal.",
            [("bs/atl", n(atl1)), ("bs/atl", n(atl0))],
        )
    )
    # 17 labor cost per ASM
    lc = Fr(m.line["swb"]["Q2_25"] * 100, m.asm["Q2_25"])
    out.append(
        Q(
            D,
            "novel-generated",
            "Compute Corrowind's labor cost per available seat mile for Q2 2025, defined as salaries, wages and "
            "benefits divided by ASMs, in cents.",
            f"About {dec(lc, 2)} cents per ASM.",
            f"Salaries, wages and benefits ${n(m.line['swb']['Q2_25'])} million (statement of operations) / "
            f"{n(m.asm['Q2_25'])} million ASMs (operating statistics) x 100; rounded to two decimals.",
            [("is/swb", n(m.line["swb"]["Q2_25"])), ("stats/asm", n(m.asm["Q2_25"]))],
        )
    )
    # 18 guidance midpoint
    lo, hi = (Fr(x) for x in i.guidance["asm"])
    out.append(
        Q(
            D,
            "domain-relevant",
            "What year-over-year capacity growth is Corrowind guiding to for the third quarter of 2025, at the "
            "midpoint?",
            f"About {dec((lo + hi) / 2, 1)}% (guidance range of {i.guidance['asm'][0]}% to {i.guidance['asm'][1]}% "
            "growth in available seat miles).",
            "Midpoint of the third-quarter capacity guidance range stated in the outlook section.",
            [("p_outlook", i.guidance["asm"][0]), ("p_outlook", i.guidance["asm"][1])],
        )
    )
    # 19 net debt
    nd = m.net_debt
    out.append(
        Q(
            D,
            "novel-generated",
            "Treating current maturities plus long-term debt and finance leases as total debt, and subtracting cash "
            "and short-term investments, what was Corrowind's net debt at June 30, 2025?",
            f"${n(nd)} million.",
            f"{n(i.cur_debt[1])} + {n(i.ltd[1])} - {n(m.cash[1])} - {n(i.sti[1])} = {n(nd)} (USD millions, June 30, "
            "2025 balance sheet).",
            [
                ("bs/curdebt", n(i.cur_debt[1])),
                ("bs/ltd", n(i.ltd[1])),
                ("bs/cash", n(m.cash[1])),
                ("bs/sti", n(i.sti[1])),
            ],
        )
    )
    # 20 region share
    last = m.regions[-1]
    ap = m.region_pax[last]["Q2_25"]
    out.append(
        Q(
            D,
            "metrics-generated",
            f"What share of Corrowind's second-quarter 2025 passenger revenue came from the {last} region?",
            f"About {p(Fr(ap, m.line['pax']['Q2_25']))} (${n(ap)} million of ${n(m.line['pax']['Q2_25'])} million).",
            f"{last} passenger revenue {n(ap)} / total passenger revenue {n(m.line['pax']['Q2_25'])} from the "
            "regional table; rounded to one decimal.",
            [("region/r2", n(ap)), ("region/tot", n(m.line["pax"]["Q2_25"]))],
        )
    )
    return out


def all_questions(mb, mc):
    qs = brinmoor_questions(mb) + corrowind_questions(mc)
    assert len(qs) == 50
    return qs
