"""The 50 questions of the blind_filings_17 set.  Each question is a function of the two models: it reads its input
figures through ``c.i`` (anchor key, value, the form the figure is printed in) and states its answer figures through
``c.o`` (value, answer format).  No figure is typed by hand; answers, working and evidence (from the layout anchors)
are generated from the model."""

from fractions import Fraction as F

from kit import EM, num, pct, rnd

KDOC = "QUILLMARK_2025_10K"
QDOC = "STONEBRAKE_2025Q2_10Q"
DOCS = {"K": (KDOC, "Quillmark Chemical Corporation", "10k"), "Q": (QDOC, "Stonebrake Industrial Realty, Inc.", "10q")}
EXPECT = {KDOC: 28, QDOC: 22}


def printed(v, fmt):
    """The text of an input figure as it is printed in the PDF."""
    if fmt == "m":  # tenths of a million in a 10-K table
        return num(F(v, 10), 1)
    if fmt == "mil":  # tenths of a million in 10-K prose
        return f"${float(F(v, 10)):,.1f} million"
    if fmt == "k":  # thousands in a 10-Q table
        return num(v)
    if fmt == "kmil":  # thousands in 10-Q prose, stated in millions
        return f"${float(rnd(F(v, 1000), 1)):,.1f} million"
    if fmt == "ps2":
        return num(v, 2)
    if fmt == "ps3":
        return num(v, 3)
    if fmt == "pct1":  # a percentage number printed in a table
        return pct(v, 1)
    if fmt == "ppct1":  # a percentage number printed in prose
        return f"{float(v):.1f}%"
    if fmt == "int":
        return f"{v:,}"
    if fmt == "usd2":
        return f"${float(v):,.2f}"
    raise ValueError(fmt)


def answer(v, fmt):
    """An answer figure in its answer format."""
    v = F(v)
    if fmt == "$m":  # millions, one decimal
        s = f"${float(abs(rnd(v, 1))):,.1f} million"
        return "-" + s if v < 0 else s
    if fmt == "$k":  # thousands, whole
        s = f"${abs(rnd(v)):,} thousand"
        return "-" + s if v < 0 else s
    if fmt == "$b2":
        return f"${float(rnd(v, 2)):,.2f} billion"
    if fmt == "%1":
        return f"{float(rnd(v, 1)):.1f}%"
    if fmt == "%2":
        return f"{float(rnd(v, 2)):.2f}%"
    if fmt == "%1s":  # signed percentage
        x = rnd(v, 1)
        return f"{'+' if x > 0 else '-' if x < 0 else ''}{float(abs(x)):.1f}%"
    if fmt == "pp1":
        return f"{float(abs(rnd(v, 1))):.1f} percentage points"
    if fmt == "x2":
        return f"{float(rnd(v, 2)):.2f}x"
    if fmt == "$2":
        return f"${float(rnd(v, 2)):,.2f}"
    if fmt == "$3":
        return f"${float(rnd(v, 3)):,.3f}"
    if fmt == "int":
        return f"{rnd(v):,}"
    if fmt == "m1":  # a count in millions, one decimal
        return f"{float(rnd(v, 1)):,.1f} million"
    raise ValueError(fmt)


class Ctx:
    def __init__(self):
        self.ins = []  # (anchor key, printed text)
        self.outs = []  # answer texts

    def i(self, key, v, fmt):
        self.ins.append((key, printed(v, fmt)))
        return v

    def o(self, v, fmt):
        s = answer(v, fmt)
        self.outs.append(s)
        return s


def m(v):
    """Tenths of a million as a Fraction of millions."""
    return F(v, 10)


def fm(v):
    """Tenths of a million as text for the working, e.g. '1,234.5'."""
    return f"{float(F(v, 10)):,.1f}"


S = []


def Q(doc, qtype, kind):
    def deco(fn):
        S.append({"doc": doc, "type": qtype, "kind": kind, "fn": fn})
        return fn
    return deco


# ====================================================================== 10-K (Quillmark Chemical Corporation)
@Q("K", "novel-generated", "single line item")
def _k01(c, k, r):
    t = c.i("is_tax", k["tax"][2024], "m")
    a = c.o(m(t), "$m")
    return ("What provision for income taxes did Quillmark Chemical report on its consolidated statement of income "
            "for fiscal year 2024? Give the amount in USD millions.", a,
            f"Consolidated statements of income, provision for income taxes, 2024 column: {a}.")


@Q("K", "novel-generated", "segment and period choice")
def _k02(c, k, r):
    v = c.i("sg_PI_op", k["seg_op"]["PI"][2023], "m")
    a = c.o(m(v), "$m")
    return ("According to the segment note in Quillmark's FY2025 10-K, how much segment operating profit did the "
            "Performance Intermediates segment earn in 2023 (in USD millions)?", a,
            f"Note 13, segment results, Performance Intermediates segment operating profit, 2023 column: {a}.")


@Q("K", "metrics-generated", "growth rate")
def _k03(c, k, r):
    a5 = c.i("geo_AP", k["geo"]["AP"][2025], "m")
    a4 = k["geo"]["AP"][2024]
    g = c.o(F(100 * (a5 - a4), a4), "%1")
    return ("By what percentage did Quillmark's net sales to the Asia Pacific region change from 2024 to 2025? "
            "Round to one decimal place.", f"{g} increase",
            f"Net sales by geographic area (Note 2): Asia Pacific ${fm(a5)} million in 2025 vs ${fm(a4)} million in "
            f"2024; ({fm(a5)} - {fm(a4)}) / {fm(a4)} = {g}.")


@Q("K", "metrics-generated", "margin")
def _k04(c, k, r):
    op = c.i("sg_SS_op", k["seg_op"]["SS"][2023], "m")
    s = c.i("sg_SS_sales", k["sales_seg"]["SS"][2023], "m")
    a = c.o(F(100 * op, s), "%1")
    return ("What was the Surface Solutions segment's operating margin in 2023, defined as segment operating profit "
            "divided by segment net sales? Express as a percentage with one decimal.", a,
            f"Note 13: Surface Solutions segment operating profit ${fm(op)} million / net sales ${fm(s)} million "
            f"= {a}.")


@Q("K", "domain-relevant", "two-part (table percentages)")
def _k05(c, k, r):
    br = k["bridge"][2025]["PI"]
    vol = c.i("br_vol", br["vol"], "pct1")
    fx = c.i("br_fx", br["fx"], "pct1")
    a1, a2 = c.o(vol, "%1s"), c.o(fx, "%1s")
    return ("In the MD&A breakdown of the 2025 versus 2024 net sales change, what were (a) the volume effect and "
            "(b) the currency translation effect for the Performance Intermediates segment, in percentage points of "
            "the sales change?", f"(a) Volume {a1}; (b) currency translation {a2}",
            f"Net sales change by segment table, 2025 compared with 2024, Performance Intermediates column: volume "
            f"{a1} (printed in parentheses as a decrease) and currency translation {a2}.")


@Q("K", "metrics-generated", "margin across two tables")
def _k06(c, k, r):
    e = c.i("ae_adj", k["adj_ebitda"][2025], "m")
    s = c.i("is_sales", k["sales"][2025], "m")
    a = c.o(F(100 * e, s), "%1")
    return ("What was Quillmark's Adjusted EBITDA margin for 2025, i.e. Adjusted EBITDA from the non-GAAP "
            "reconciliation divided by net sales? Round to one decimal place.", a,
            f"Adjusted EBITDA ${fm(e)} million (MD&A reconciliation) / net sales ${fm(s)} million (income statement) "
            f"= {a}.")


@Q("K", "metrics-generated", "ratio defined in question (sum of balance sheet lines)")
def _k07(c, k, r):
    b = k["b"][2025]
    cp = c.i("bs_cp", b["cp"], "m")
    cur = c.i("bs_curltd", b["cur_ltd"], "m")
    ltd = c.i("bs_ltd", b["ltd"], "m")
    cash = c.i("bs_cash", b["cash"], "m")
    a = c.o(m(cp + cur + ltd - cash), "$m")
    return ("Define net debt as short-term borrowings plus the current portion of long-term debt plus long-term "
            "debt, minus cash and cash equivalents. Using Quillmark's consolidated balance sheet, what was net debt "
            "at December 31, 2025, in USD millions?", a,
            f"Balance sheet at December 31, 2025: {fm(cp)} + {fm(cur)} + {fm(ltd)} - {fm(cash)} = {a}.")


@Q("K", "metrics-generated", "ratio across two tables")
def _k08(c, k, r):
    b = k["b"][2024]
    cp = c.i("bs_cp", b["cp"], "m")
    cur = c.i("bs_curltd", b["cur_ltd"], "m")
    ltd = c.i("bs_ltd", b["ltd"], "m")
    cash = c.i("bs_cash", b["cash"], "m")
    e = c.i("ae_adj", k["adj_ebitda"][2024], "m")
    nd = cp + cur + ltd - cash
    a1 = c.o(m(nd), "$m")
    a2 = c.o(F(nd, e), "x2")
    return ("Calculate Quillmark's leverage at the end of 2024 as net debt divided by 2024 Adjusted EBITDA, where net "
            "debt = short-term borrowings + current portion of long-term debt + long-term debt - cash and cash "
            "equivalents (all at December 31, 2024). Round the ratio to two decimals.", f"{a2} (net debt {a1})",
            f"Net debt at December 31, 2024 = {fm(cp)} + {fm(cur)} + {fm(ltd)} - {fm(cash)} = {a1}; 2024 Adjusted "
            f"EBITDA ${fm(e)} million; {a1} / ${fm(e)} million = {a2}.")


@Q("K", "domain-relevant", "two-part (note table, change)")
def _k09(c, k, r):
    r5 = c.i("inv_lifo", -k["lifo_res"][2025], "m")
    r4 = -k["lifo_res"][2024]
    a1 = c.o(m(-r5), "$m")
    a2 = c.o(m(r4 - r5), "$m")
    return ("What was the balance of Quillmark's LIFO reserve at December 31, 2025, and by how much did the reserve "
            "change during 2025?", f"LIFO reserve {a1}; it increased by {a2} during 2025 (a LIFO charge)",
            f"Note 3, Less: LIFO reserve: ({fm(-r5)}) at 2025 and ({fm(-r4)}) at 2024; change = {fm(-r5)} - "
            f"{fm(-r4)} = {a2} increase.")


@Q("K", "metrics-generated", "ratio defined in question")
def _k10(c, k, r):
    p = k["ppe"][2025]
    acc = c.i("ppe_acc", -p["acc"], "m")
    g = c.i("ppe_gross", p["gross"], "m")
    a = c.o(F(100 * -acc, g), "%1")
    return ("What share of Quillmark's property, plant and equipment at cost had been depreciated at December 31, "
            "2025 (accumulated depreciation divided by gross PP&E)? Answer as a percentage to one decimal.", a,
            f"Note 4: accumulated depreciation ${fm(-acc)} million / PP&E at cost ${fm(g)} million = {a}.")


@Q("K", "novel-generated", "two-part (roll-forward)")
def _k11(c, k, r):
    acq = c.i("gw_acq24", k["gw_acq"][2024]["SS"], "m")
    end = c.i("gw_2025", k["gw"][2025]["SS"], "m")
    a1, a2 = c.o(m(acq), "$m"), c.o(m(end), "$m")
    return ("How much goodwill did Quillmark record for the Tarrowby waterborne resins acquisition, and what was the "
            "Surface Solutions segment's goodwill balance at December 31, 2025?",
            f"Acquisition goodwill {a1}; Surface Solutions goodwill at December 31, 2025 {a2}",
            f"Note 5 goodwill roll-forward, Surface Solutions column: acquisition of Tarrowby {a1}; balance at "
            f"December 31, 2025 {a2}.")


@Q("K", "metrics-generated", "weighted average over debt table")
def _k12(c, k, r):
    tot = F(0)
    w = F(0)
    parts = []
    for i, (label, p25, _) in enumerate(k["notes"]):
        cp = k["coupons"][i]
        if cp is None or p25 == 0:
            continue
        c.i(f"dt_{i}", p25, "m")
        tot += p25
        w += p25 * cp
        parts.append(f"{fm(p25)} at {label.split('%')[0]}%")
    a = c.o(w / tot, "%2")
    return ("Weighting by principal outstanding at December 31, 2025, what was the average coupon rate of "
            "Quillmark's fixed-rate senior notes and debentures (exclude the floating-rate term loan)? Round to two "
            "decimals.", a,
            "Note 8 long-term debt table, 2025 principal: " + "; ".join(parts) + f"; weighted average = {a}.")


@Q("K", "novel-generated", "sum over lines")
def _k13(c, k, r):
    mt = k["mat"]
    vals = [c.i(f"mt_{y}", mt[y], "m") for y in (2026, 2027, 2028)]
    a = c.o(m(sum(vals)), "$m")
    return ("Based on the scheduled principal payments in the debt note, how much long-term debt principal does "
            "Quillmark have to repay in 2026, 2027 and 2028 combined?", a,
            f"Scheduled principal payments: 2026 {fm(vals[0])}, 2027 none (dash), 2028 {fm(vals[2])}; total {a}.")


@Q("K", "metrics-generated", "two-part ratio")
def _k14(c, k, r):
    fs = c.i("pn_fs", -k["pen_liab"][2025], "m")
    fv = c.i("pn_fv", k["fvpa"][2025], "m")
    pbo = c.i("pn_pbo", k["pbo"][2025], "m")
    a1 = c.o(m(-fs), "$m")
    a2 = c.o(F(100 * fv, pbo), "%1")
    return ("At December 31, 2025, by how much were Quillmark's pension plans underfunded, and what was the funded "
            "ratio (fair value of plan assets divided by the projected benefit obligation, one decimal)?",
            f"Underfunded by {a1}; funded ratio {a2}",
            f"Note 9 funded status: PBO ${fm(pbo)} million, plan assets ${fm(fv)} million, funded status ({fm(-fs)}); "
            f"{fm(fv)} / {fm(pbo)} = {a2}.")


@Q("K", "metrics-generated", "share of total")
def _k15(c, k, r):
    f_ = c.i("tx_forn", k["pti_forn"][2025], "m")
    t = c.i("tx_pti", k["pti"][2025], "m")
    a = c.o(F(100 * f_, t), "%1")
    return ("What percentage of Quillmark's 2025 income before income taxes was generated by foreign operations? "
            "Round to one decimal.", a,
            f"Note 11: foreign income before taxes ${fm(f_)} million / total ${fm(t)} million = {a}.")


@Q("K", "novel-generated", "per-share figure")
def _k16(c, k, r):
    v = c.i("is_epsd", k["eps_d"][2023], "ps2")
    a = c.o(v, "$2")
    return ("What were Quillmark's diluted earnings per share for the year ended December 31, 2023?", a,
            f"Consolidated statements of income, diluted earnings per share, 2023 column: {a}.")


@Q("K", "metrics-generated", "ratio defined in question")
def _k17(c, k, r):
    dv = c.i("cf_div", -k["div"][2025], "m")
    ni = c.i("cf_ni", k["ni"][2025], "m")
    a = c.o(F(100 * -dv, ni), "%1")
    return ("Using the cash flow statement, what was Quillmark's dividend payout ratio for 2025, defined as "
            "dividends paid divided by net income? Round to one decimal.", a,
            f"Cash flow statement 2025: dividends paid ${fm(-dv)} million / net income ${fm(ni)} million = {a}.")


@Q("K", "metrics-generated", "prose figures, per-share")
def _k18(c, k, r):
    sh = k["sh_rep"][2025]
    cost = k["buyback"][2025]
    c.i("p_rep", cost, "mil")
    c.ins.append(("p_rep", f"{float(F(sh, 10)):.1f} million shares"))
    a = c.o(F(cost, sh), "$2")
    return ("What average price per share did Quillmark pay for the shares it repurchased in 2025? Compute it from "
            "the repurchase cost and share count disclosed in the stockholders' equity note and round to the cent.",
            a, f"Note 10: {float(F(sh, 10)):.1f} million shares repurchased for ${fm(cost)} million; "
            f"{fm(cost)} / {float(F(sh, 10)):.1f} = {a} per share.")


@Q("K", "metrics-generated", "sum over rows with weighted average")
def _k19(c, k, r):
    rows = k["q4_rep"]
    for i, (_, n, p) in enumerate(rows):
        c.i(f"i5_m{i}", n, "int")
        c.i(f"i5_m{i}", p, "usd2")
    n_tot = sum(x[1] for x in rows)
    cost = sum(x[1] * x[2] for x in rows)
    a1 = c.o(n_tot, "int")
    a2 = c.o(cost / n_tot, "$2")
    return ("How many shares in total did Quillmark purchase in the fourth quarter of 2025, and what was the "
            "weighted-average price paid per share across October, November and December (to the cent)?",
            f"{a1} shares at a weighted-average price of {a2} per share",
            "Item 5 issuer purchases table: " + "; ".join(f"{n:,} at ${float(p):.2f}" for _, n, p in rows)
            + f"; total {a1} shares; total cost / shares = {a2}.")


@Q("K", "novel-generated", "prose-only figure")
def _k20(c, k, r):
    v = c.i("p_rem", k["rep_rem"], "mil")
    a = c.o(m(v), "$m")
    return ("How much repurchase capacity remained under Quillmark's February 2024 share repurchase authorization at "
            "December 31, 2025?", a, f"Note 10 states that {a} remained available under the authorization.")


@Q("K", "metrics-generated", "prose-only figures, share")
def _k21(c, k, r):
    e = k["emp"]
    tot = c.i("p_emp", k["emp_total"], "int")
    na = c.i("p_emp", e["NA"], "int")
    a = c.o(F(100 * (tot - na), tot), "%1")
    return ("Based on the human capital disclosure, what percentage of Quillmark's employees at December 31, 2025 "
            "worked outside North America? Round to one decimal.", a,
            f"Item 1: approximately {tot:,} employees, of whom {na:,} in North America; ({tot:,} - {na:,}) / {tot:,} "
            f"= {a}.")


@Q("K", "metrics-generated", "two-part ratio defined in question")
def _k22(c, k, r):
    ocf = c.i("cf_ocf", k["ocf"][2025], "m")
    cx = c.i("cf_capex", -k["capex"][2025], "m")
    ni = c.i("cf_ni", k["ni"][2025], "m")
    fcf = ocf + cx
    a1 = c.o(m(fcf), "$m")
    a2 = c.o(F(100 * fcf, ni), "%1")
    return ("Define free cash flow as net cash provided by operating activities minus capital expenditures. What was "
            "Quillmark's free cash flow in 2025, and what was its free cash flow conversion (free cash flow divided "
            "by net income, one decimal)?", f"Free cash flow {a1}; conversion {a2}",
            f"Cash flow statement 2025: {fm(ocf)} - {fm(-cx)} = {a1}; {a1} / net income ${fm(ni)} million = {a2}.")


@Q("K", "metrics-generated", "prose plus balance sheet")
def _k23(c, k, r):
    av = c.i("p_av", k["rev_avail"], "mil")
    cash = c.i("bs_cash", k["b"][2025]["cash"], "m")
    a = c.o(m(av + cash), "$m")
    return ("Define total liquidity as cash and cash equivalents plus the amount available under the revolving "
            "credit facility. What was Quillmark's total liquidity at December 31, 2025?", a,
            f"Revolver availability ${fm(av)} million (MD&A liquidity discussion) + cash ${fm(cash)} million (balance "
            f"sheet) = {a}.")


@Q("K", "metrics-generated", "share of total")
def _k24(c, k, r):
    ob = k["ob"]["tot"]
    af = c.i("co_tot", ob[3], "m")
    tt = c.i("co_tot", ob[4], "m")
    a = c.o(F(100 * af, tt), "%1")
    return ("What proportion of Quillmark's total contractual obligations at December 31, 2025 falls due after 2030? "
            "Answer as a percentage with one decimal.", a,
            f"Contractual obligations table, Total row: after 2030 ${fm(af)} million / total ${fm(tt)} million = {a}.")


@Q("K", "domain-relevant", "prose percentage applied to a statement line")
def _k25(c, k, r):
    pc = k["raw_pct"]
    c.ins.append(("p_raw", f"{pc}%"))
    cogs = c.i("is_cogs", k["cogs"][2025], "m")
    a = c.o(F(pc, 100) * m(cogs), "$m")
    return ("Using the share of cost of goods sold that Quillmark attributes to purchased raw materials and energy, "
            "estimate its 2025 spending on raw materials and energy in USD millions (one decimal).", a,
            f"Item 1 states raw materials and energy were approximately {pc}% of 2025 cost of goods sold; cost of "
            f"goods sold ${fm(cogs)} million x {pc}% = {a}.")


@Q("K", "metrics-generated", "ratio defined in question")
def _k26(c, k, r):
    oi = c.i("is_oi", k["oi"][2025], "m")
    ie = c.i("is_intx", k["intx"][2025], "m")
    a = c.o(F(oi, ie), "x2")
    return ("What was Quillmark's interest coverage in 2025, measured as operating income divided by interest "
            "expense, net? Round to two decimals.", a,
            f"Income statement 2025: operating income ${fm(oi)} million / interest expense, net ${fm(ie)} million = "
            f"{a}.")


@Q("K", "novel-generated", "single figure from the right statement")
def _k27(c, k, r):
    v = c.i("eq_bal2023", k["eq"][2023]["tot"], "m")
    a = c.o(m(v), "$m")
    return ("What was Quillmark's total stockholders' equity at December 31, 2023?", a,
            f"Consolidated statements of stockholders' equity, balance at December 31, 2023, total column: {a}.")


@Q("K", "metrics-generated", "sum over years")
def _k28(c, k, r):
    p4 = c.i("rs_pay2024", -k["rs_in"][2024]["pay"], "m")
    p5 = c.i("rs_pay2025", -k["rs_in"][2025]["pay"], "m")
    a = c.o(m(-(p4 + p5)), "$m")
    return ("How much cash did Quillmark pay against its restructuring reserve in 2024 and 2025 combined?", a,
            f"Note 7 restructuring reserve roll-forward, cash payments: ({fm(-p4)}) in 2024 and ({fm(-p5)}) in 2025; "
            f"total {a}.")


# ====================================================================== 10-Q (Stonebrake Industrial Realty)
@Q("Q", "novel-generated", "single line item, three-month column")
def _q01(c, k, r):
    v = c.i("op_rent", r["rent"]["q25"], "k")
    a1, a2 = c.o(v, "$k"), c.o(F(v, 1000), "$m")
    return ("How much rental revenue did Stonebrake Industrial Realty recognize in the second quarter of 2025 (the "
            "three months ended June 30, 2025)?", f"{a1} (about {a2})",
            f"Statements of operations, rental revenue, three months ended June 30, 2025: {a1}.")


@Q("Q", "metrics-generated", "growth rate, six-month column")
def _q02(c, k, r):
    a = c.i("op_rev", r["rev"]["h25"], "k")
    b = c.i("op_rev", r["rev"]["h24"], "k")
    g = c.o(F(100 * (a - b), b), "%1")
    return ("By what percentage did Stonebrake's total revenues grow in the first half of 2025 compared with the "
            "first half of 2024? Round to one decimal.", g,
            f"Total revenues, six months ended June 30: ${a:,} thousand in 2025 vs ${b:,} thousand in 2024; "
            f"growth = {g}.")


@Q("Q", "novel-generated", "two-part with a zero (dash)")
def _q03(c, k, r):
    c.ins.append(("op_gain", EM))
    h = c.i("op_gain", r["gain"]["h24"], "k")
    a = c.o(h, "$k")
    return ("What gain on sale of real estate did Stonebrake record in (a) the three months ended June 30, 2024 and "
            "(b) the six months ended June 30, 2024?", f"(a) $0 \u2014 no gain was recorded in that quarter; (b) {a}",
            f"Statements of operations, gain on sale of real estate: the three months ended June 30, 2024 column "
            f"shows a dash (zero); the six months ended June 30, 2024 column shows {a}.")


@Q("Q", "metrics-generated", "sum over selected table rows")
def _q04(c, k, r):
    vals = []
    for i, d in enumerate(r["disps"]):
        if d[9] == 2:
            vals.append(c.i(f"ds_{i}", d[5], "k"))
    a1, a2 = c.o(sum(vals), "$k"), c.o(F(sum(vals), 1000), "$m")
    return ("What were Stonebrake's total net sales proceeds from the properties it sold during the second quarter of "
            "2025 (April through June)?", f"{a1} (about {a2})",
            "Dispositions table (Note 2), sales dated April 15, 2025 and June 5, 2025: "
            + " + ".join(f"{v:,}" for v in vals) + f" = {a1}.")


@Q("Q", "metrics-generated", "scale-sensitive (thousands to dollars per square foot)")
def _q05(c, k, r):
    p = c.i("aq_tot", r["acq_price"], "k")
    sf = c.i("aq_tot", r["acq_sqft"], "int")
    a = c.o(F(p * 1000, sf), "$2")
    return ("What was the average purchase price per square foot, in dollars, of the properties Stonebrake acquired "
            "in the first six months of 2025? Round to the cent.", a,
            f"Acquisitions table total: purchase price ${p:,} thousand (= ${p * 1000:,}) / {sf:,} square feet = {a} "
            "per square foot.")


@Q("Q", "domain-relevant", "prose-only figures, change in percentage points")
def _q06(c, k, r):
    o5 = c.i("p_occ", r["occ"]["jun25"], "ppct1")
    o4 = c.i("p_occ", r["occ"]["dec24"], "ppct1")
    a = c.o(o5 - o4, "pp1")
    return ("How did Stonebrake's portfolio occupancy at June 30, 2025 compare with December 31, 2024? Give both "
            "rates and the change in percentage points.",
            f"{float(o5):.1f}% vs {float(o4):.1f}%, a decrease of {a}",
            f"MD&A overview: occupancy {float(o5):.1f}% at June 30, 2025 and {float(o4):.1f}% at December 31, 2024; "
            f"change = {a} lower.")


@Q("Q", "novel-generated", "prose-only figures, two-part")
def _q07(c, k, r):
    n = c.i("p_port", r["bldgs"], "int")
    sf = F(r["sqft"], 1000000)
    c.ins.append(("p_port", f"{float(rnd(sf, 1)):.1f} million"))
    a1, a2 = c.o(n, "int"), c.o(sf, "m1")
    return ("How many industrial buildings did Stonebrake own at June 30, 2025, and approximately how many rentable "
            "square feet did they total?", f"{a1} buildings totaling approximately {a2} rentable square feet",
            f"MD&A overview and portfolio: {a1} buildings, approximately {a2} rentable square feet.")


@Q("Q", "metrics-generated", "growth rate, three-month column")
def _q08(c, k, r):
    a = c.i("sp_noi", r["sp_noi"]["q25"], "k")
    b = c.i("sp_noi", r["sp_noi"]["q24"], "k")
    g = c.o(F(100 * (a - b), b), "%1")
    return ("What was Stonebrake's same-property NOI growth for the three months ended June 30, 2025 versus the same "
            "quarter of 2024?", g,
            f"Same-property NOI table: ${a:,} thousand vs ${b:,} thousand for the three months; change {g}.")


@Q("Q", "novel-generated", "scale-sensitive (thousands to millions), six-month column")
def _q09(c, k, r):
    v = c.i("sp_noi", r["sp_noi"]["h25"], "k")
    a = c.o(F(v, 1000), "$m")
    return ("What was Stonebrake's same-property NOI for the six months ended June 30, 2025, expressed in USD "
            "millions with one decimal?", a,
            f"Same-property NOI table, six months ended June 30, 2025: ${v:,} thousand = {a}.")


@Q("Q", "metrics-generated", "margin")
def _q10(c, k, r):
    n = c.i("nr_noi", r["noi"]["q25"], "k")
    v = c.i("op_rev", r["rev"]["q25"], "k")
    a = c.o(F(100 * n, v), "%1")
    return ("Define NOI margin as total NOI divided by total revenues. What was Stonebrake's NOI margin for the second "
            "quarter of 2025? Round to one decimal.", a,
            f"Total NOI ${n:,} thousand (reconciliation of net income to NOI) / total revenues ${v:,} thousand "
            f"(statements of operations), three months ended June 30, 2025 = {a}.")


@Q("Q", "novel-generated", "per-share figure, three-month column")
def _q11(c, k, r):
    v = c.i("ff_ffops", r["ffo_ps"]["q25"], "ps2")
    a = c.o(v, "$2")
    return ("What was Stonebrake's FFO per diluted share for the three months ended June 30, 2025?", a,
            f"Reconciliation of net income to FFO and Core FFO, FFO per diluted share, three months 2025: {a}.")


@Q("Q", "novel-generated", "two-part, six-month column")
def _q12(c, k, r):
    v = c.i("ff_core", r["core"]["h25"], "k")
    p = c.i("ff_coreps", r["core_ps"]["h25"], "ps2")
    a1, a2 = c.o(v, "$k"), c.o(p, "$2")
    return ("For the six months ended June 30, 2025, what were Stonebrake's Core FFO in dollars and its Core FFO per "
            "diluted share?", f"Core FFO {a1}; {a2} per diluted share",
            f"FFO reconciliation, six months ended June 30, 2025: Core FFO {a1}; Core FFO per diluted share {a2}.")


@Q("Q", "metrics-generated", "ratio defined in question")
def _q13(c, k, r):
    d = c.i("op_dps", r["dps"]["q2_25"], "ps3")
    p = c.i("ff_coreps", r["core_ps"]["q25"], "ps2")
    a = c.o(F(100 * d, p), "%1")
    return ("Define the Core FFO payout ratio as dividends declared per common share divided by Core FFO per diluted "
            "share. What was Stonebrake's Core FFO payout ratio for the second quarter of 2025 (one decimal)?", a,
            f"Dividends declared per share ${float(d):.3f} (statements of operations, three months 2025) / Core FFO "
            f"per diluted share ${float(p):.2f} = {a}.")


@Q("Q", "novel-generated", "prose-only figure")
def _q14(c, k, r):
    v = c.i("p_loc", r["loc_avail"], "kmil")
    a = c.o(F(v, 1000), "$m")
    return ("How much borrowing capacity was available under Stonebrake's unsecured line of credit at June 30, "
            "2025?", a, f"Note 3 (Debt) states that {a} was available for borrowing after outstanding borrowings "
            "and letters of credit.")


@Q("Q", "metrics-generated", "ratio defined in question (balance sheet sum)")
def _q15(c, k, r):
    b = r["b"]["jun"]
    loc = c.i("bs_loc", b["loc"], "k")
    tl = c.i("bs_tl", b["tl_net"], "k")
    nt = c.i("bs_notes", b["notes_net"], "k")
    cash = c.i("bs_cash", b["cash"], "k")
    nd = loc + tl + nt - cash
    a1, a2 = c.o(nd, "$k"), c.o(F(nd, 1000000), "$b2")
    return ("Define net debt as the unsecured line of credit plus unsecured term loans, net plus senior unsecured "
            "notes, net, minus cash and cash equivalents. What was Stonebrake's net debt at June 30, 2025?",
            f"{a1} (about {a2})",
            f"Balance sheet at June 30, 2025: {loc:,} + {tl:,} + {nt:,} - {cash:,} = {a1}.")


@Q("Q", "novel-generated", "two-part, quarter row")
def _q16(c, k, r):
    n = c.i("at_q2", r["atm_net"]["q2"], "k")
    p = c.i("at_q2", r["atm"]["q2"][1], "ps2")
    a1, a2 = c.o(n, "$k"), c.o(p, "$2")
    return ("In the second quarter of 2025 alone, what net proceeds did Stonebrake receive from its ATM program, and "
            "at what weighted-average price per share were the shares sold?", f"Net proceeds {a1}; {a2} per share",
            f"Note 4 ATM program activity, three months ended June 30, 2025: net proceeds {a1}; weighted-average "
            f"price {a2}.")


@Q("Q", "domain-relevant", "prose plus table, two-part")
def _q17(c, k, r):
    rem = c.i("p_atm", r["atm_rem"], "kmil")
    g = c.i("at_h", r["atm_gross_h"], "k")
    a1, a2 = c.o(F(rem, 1000), "$m"), c.o(g, "$k")
    return ("How much gross sales capacity remained under Stonebrake's ATM program at June 30, 2025, and what gross "
            "proceeds did the program generate in the first six months of 2025?",
            f"Remaining capacity {a1}; six-month gross proceeds {a2}",
            f"Note 4: {a1} of capacity remained; ATM activity table, six months ended June 30, 2025, gross "
            f"proceeds {a2}.")


@Q("Q", "novel-generated", "two-part, dividends table")
def _q18(c, k, r):
    p = c.i("dv_q2", r["dps"]["q2_25"], "ps3")
    t = c.i("dv_q2", r["div_decl"]["q2_25"], "k")
    a1, a2 = c.o(p, "$3"), c.o(t, "$k")
    return ("What dividend per share did Stonebrake declare for the second quarter of 2025, and what was the total "
            "amount of that dividend?", f"{a1} per share, totaling {a2}",
            f"Note 4 dividends declared table, second quarter 2025: {a1} per share; total amount {a2}.")


@Q("Q", "novel-generated", "per-share figure, six-month column")
def _q19(c, k, r):
    v = c.i("op_epsd", r["eps_d"]["h25"], "ps2")
    a = c.o(v, "$2")
    return ("What diluted earnings per share did Stonebrake report for the six months ended June 30, 2025?", a,
            f"Statements of operations, diluted earnings per share, six months ended June 30, 2025: {a}.")


@Q("Q", "metrics-generated", "ratio defined in question, six-month column")
def _q20(c, k, r):
    n = c.i("nr_noi", r["noi"]["h25"], "k")
    g = c.i("nr_ga", r["ga"]["h25"], "k")
    i = c.i("nr_int", r["intx"]["h25"], "k")
    a = c.o(F(n - g, i), "x2")
    return ("Define interest coverage as (total NOI minus general and administrative expense) divided by interest "
            "expense. What was Stonebrake's interest coverage for the six months ended June 30, 2025? Round to two "
            "decimals.", a,
            f"Six months ended June 30, 2025: ({n:,} - {g:,}) / {i:,} = {a} (reconciliation of net income to NOI).")


@Q("Q", "novel-generated", "prose-only figures, two-part")
def _q21(c, k, r):
    _, cash_, sl = r["leasing"]["h"]
    c.i("p_lh", cash_, "ppct1")
    c.i("p_lh", sl, "ppct1")
    a1, a2 = c.o(cash_, "%1"), c.o(sl, "%1")
    return ("For leases that commenced in the first six months of 2025, what cash rent change and straight-line rent "
            "change did Stonebrake report?", f"Cash rent change {a1}; straight-line rent change {a2}",
            f"MD&A leasing activity, six months ended June 30, 2025: cash {a1}, straight-line {a2}.")


@Q("Q", "metrics-generated", "share of total")
def _q22(c, k, r):
    ie = c.i("mk_0", r["markets"][0][4], "k")
    tot = c.i("mk_tot", r["abr"], "k")
    a = c.o(F(100 * ie, tot), "%1")
    return ("What share of Stonebrake's total annualized base rent at June 30, 2025 came from its Inland Empire "
            "market? Round to one decimal.", a,
            f"Portfolio by market table: Inland Empire ABR ${ie:,} thousand / total ${tot:,} thousand = {a}.")


def evaluate(sp, k, r):
    c = Ctx()
    q, a, j = sp["fn"](c, k, r)
    return c, q, a, j


def build(k, r, anchors):
    """anchors: doc name -> {key: (page index, text)}.  Returns the question records."""
    out = []
    for n, sp in enumerate(S, 1):
        doc, company, dtype = DOCS[sp["doc"]]
        c, q, a, j = evaluate(sp, k, r)
        for o in c.outs:
            assert o in a, (n, o, a)
        ev, seen = [], set()
        for key, _ in c.ins:
            if key in seen:
                continue
            seen.add(key)
            pg, text = anchors[doc][key]
            ev.append({"evidence_text": text, "evidence_page_num": pg, "doc_name": doc})
        out.append({"financebench_id": f"blind17_{n:03d}", "company": company, "doc_name": doc,
                    "question_type": sp["type"], "question": q, "answer": a, "justification": j, "evidence": ev,
                    "doc_period": 2025, "doc_type": dtype})
    return out
