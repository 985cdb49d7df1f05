"""BLIND question set. Every figure is taken from the models; evidence pages come from the typesetter's registry."""

from fractions import Fraction as F

import model_hollowmere as HM
import model_quillan as QM
from fmt import num, pct, rhu, sgn, usd

FIELDS = [
    "financebench_id",
    "company",
    "doc_name",
    "question_type",
    "question",
    "answer",
    "justification",
    "evidence_pages",
]
H_DOC, Q_DOC = "HOLLOWMERE_2025_10K", "QUILLAN_2025Q3_10Q"
H_CO, Q_CO = "Hollowmere Realty Trust", "Quillan Therapeutics"
MG, NG, DR = "metrics-generated", "novel-generated", "domain-relevant"


def k(x):
    """Thousands figure in answer style: '$1,234 thousand'."""
    return ("-$" if x < 0 else "$") + num(abs(x)) + " thousand"


def mm(x, nd=1):
    return ("-$" if x < 0 else "$") + sgn(abs(F(x)) / 1000, nd) + " million"


def x2(r, nd=2):
    return sgn(r, nd) + "x"


def hollowmere(m, reg):
    bs, cf = m["bs"], m["cf"]
    t = lambda fid: reg[fid][0]  # noqa: E731  printed text of a figure
    out = []

    def add(qt, q, a, j, figs):
        out.append(dict(question_type=qt, question=q, answer=a, justification=j, figs=figs))

    rev25 = m["rev_total"][2025]
    add(
        MG,
        "What were Hollowmere Realty Trust's total revenues for fiscal year 2025, as reported on the "
        "consolidated statement of operations? Answer in USD thousands.",
        f"{k(rev25)} (about {mm(rev25)}).",
        f"Consolidated Statements of Operations, Total revenues, 2025 = {t('H.is.rev.2025')} (in thousands).",
        ["H.is.rev.2025"],
    )

    add(
        MG,
        "What was Hollowmere's diluted earnings (loss) per common share for FY2024?",
        f"{usd(m['eps_dil'][2024])} per diluted share (a net loss per share).",
        f"Statement of operations, Earnings (loss) per common share - Diluted, 2024 = {t('H.is.epsd.2024')}; "
        "parentheses denote a loss.",
        ["H.is.epsd.2024"],
    )

    r25, r24 = m["rent"][2025], m["rent"][2024]
    g = F(r25 - r24, r24)
    add(
        MG,
        "By what percentage did Hollowmere's rental revenue grow from FY2024 to FY2025? Round to one decimal place.",
        f"{pct(g, 1)}.",
        f"Rental revenue 2025 = {t('H.is.rent.2025')}; 2024 = {t('H.is.rent.2024')}. "
        f"({num(r25)} - {num(r24)}) / {num(r24)} = {pct(g, 3)} ~ {pct(g, 1)}.",
        ["H.is.rent.2025", "H.is.rent.2024"],
    )

    f25, f24 = m["ffo_ps"][2025], m["ffo_ps"][2024]
    add(
        DR,
        "What was Hollowmere's FFO per diluted share and unit in 2025, and how many cents did it change versus 2024?",
        f"FFO per diluted share and unit was {usd(f25)} in 2025, down {sgn((f24 - f25) * 100, 0)} cents from "
        f"{usd(f24)} in 2024.",
        f"FFO/AFFO reconciliation: FFO per diluted share and unit 2025 = {t('H.ffo.ffops.2025')}, 2024 = "
        f"{t('H.ffo.ffops.2024')}. Change = {usd(f25)} - {usd(f24)} = {usd(f25 - f24)}.",
        ["H.ffo.ffops.2025", "H.ffo.ffops.2024"],
    )

    ratio = F(m["dps"][2025]) / m["affo_ps"][2025]
    add(
        DR,
        "What was Hollowmere's AFFO payout ratio for 2025 (distributions declared per share divided by AFFO "
        "per diluted share and unit)? Give a percentage to one decimal.",
        f"{pct(ratio, 1)}.",
        f"Distributions declared per common share 2025 = {t('H.ffo.dps.2025')}; AFFO per diluted share and unit "
        f"= {t('H.ffo.affops.2025')}. {usd(m['dps'][2025])} / {usd(m['affo_ps'][2025])} = {pct(ratio, 2)} ~ "
        f"{pct(ratio, 1)}.",
        ["H.ffo.dps.2025", "H.ffo.affops.2025"],
    )

    nd = m["debt_total"][2025] - bs[2025]["cash"]
    r = F(nd, m["ebitdare"][2025])
    add(
        DR,
        "Compute Hollowmere's net debt to EBITDAre at the end of 2025, where net debt is total principal "
        "outstanding from the debt summary minus cash and cash equivalents on the balance sheet. Round to two "
        "decimals.",
        f"{x2(r)} (net debt of {k(nd)} over EBITDAre of {k(m['ebitdare'][2025])}).",
        f"Total principal outstanding = {t('H.dsum.total.2025')}; cash and cash equivalents = "
        f"{t('H.bs.cash.2025')}; net debt = {num(nd)}. EBITDAre 2025 = {t('H.ebitda.ebitdare.2025')}. "
        f"{num(nd)} / {num(m['ebitdare'][2025])} = {sgn(r, 3)}.",
        ["H.dsum.total.2025", "H.bs.cash.2025", "H.ebitda.ebitdare.2025"],
    )

    cov = m["interest_cov"][2025]
    add(
        DR,
        "What was Hollowmere's interest coverage in 2025, measured as EBITDAre over interest expense? Round "
        "to two decimals.",
        f"{x2(cov)}.",
        f"EBITDAre reconciliation 2025: EBITDAre = {t('H.ebitda.ebitdare.2025')}, interest expense = "
        f"{t('H.ebitda.int.2025')}. {num(m['ebitdare'][2025])} / {num(m['int_exp'][2025])} = {sgn(cov, 3)}.",
        ["H.ebitda.ebitdare.2025", "H.ebitda.int.2025"],
    )

    o = HM.OCC["office"]
    add(
        MG,
        "How much did office occupancy change between December 31, 2024 and December 31, 2025, in basis points?",
        f"A decrease of {sgn(-m['occ_chg_bps']['office'], 0)} basis points (from {pct(o[2024] / 100, 1)} to "
        f"{pct(o[2025] / 100, 1)}).",
        f"Period-end occupancy, office: 2025 = {t('H.occ.office.2025')}, 2024 = {t('H.occ.office.2024')}. "
        f"({sgn(o[2025], 1)} - {sgn(o[2024], 1)}) x 100 = {sgn(m['occ_chg_bps']['office'], 0)} bps.",
        ["H.occ.office.2025", "H.occ.office.2024"],
    )

    spn, spr = m["sp_noi"]["multifamily"][2025], HM.SAME_PROP["multifamily"][2025][0]
    mg = F(spn, spr)
    add(
        NG,
        "What was the same-property NOI margin (same-property NOI divided by same-property revenue) of the "
        "multifamily segment in 2025? One decimal.",
        f"{pct(mg, 1)}.",
        f"Same-property NOI by segment, multifamily 2025: NOI = {t('H.sp.multifamily.noi.2025')}, revenue = "
        f"{t('H.sp.multifamily.rev.2025')}. {num(spn)} / {num(spr)} = {pct(mg, 2)}.",
        ["H.sp.multifamily.noi.2025", "H.sp.multifamily.rev.2025"],
    )

    a0, a1, at = HM.LEASE_EXP[0][3], HM.LEASE_EXP[1][3], m["lease_exp_abr_total"]
    sh = F(a0 + a1, at)
    add(
        NG,
        "What share of Hollowmere's office and industrial annualized base rent is scheduled to expire in 2026 "
        "and 2027 combined? Give a percentage with one decimal.",
        f"{pct(sh, 1)} ({k(a0 + a1)} of {k(at)}).",
        f"Scheduled lease expirations: 2026 ABR = {t('H.lexp.0.abr')}, 2027 ABR = {t('H.lexp.1.abr')}, total = "
        f"{t('H.lexp.total.abr')}. ({num(a0)} + {num(a1)}) / {num(at)} = {pct(sh, 2)}.",
        ["H.lexp.0.abr", "H.lexp.1.abr", "H.lexp.total.abr"],
    )

    w25, w24 = rhu(m["wair"][2025], 2), rhu(m["wair"][2024], 2)
    add(
        MG,
        "By how many basis points did Hollowmere's weighted average interest rate on debt change from year-end "
        "2024 to year-end 2025?",
        f"It increased by {sgn((w25 - w24) * 100, 0)} basis points, from {pct(w24 / 100, 2)} to {pct(w25 / 100, 2)}.",
        f"Debt summary, total weighted average rate at Dec 31, 2025 = {t('H.dsum.total.rate')}; MD&A text gives "
        f"{t('H.md.wair24')} at Dec 31, 2024. ({sgn(w25, 2)} - {sgn(w24, 2)}) x 100 = "
        f"{sgn((w25 - w24) * 100, 0)} bps.",
        ["H.dsum.total.rate", "H.md.wair24"],
    )

    m27, mt = m["maturities"][2027]["total"], m["debt_total"][2025]
    sh = F(m27, mt)
    add(
        NG,
        "What percentage of Hollowmere's total debt principal outstanding at December 31, 2025 matures or "
        "amortizes in 2027? One decimal place.",
        f"{pct(sh, 1)} ({k(m27)} of {k(mt)}).",
        f"Debt maturities table: 2027 total = {t('H.mat.2027.total')}; total = {t('H.mat.sum.total')}. "
        f"{num(m27)} / {num(mt)} = {pct(sh, 2)}.",
        ["H.mat.2027.total", "H.mat.sum.total"],
    )

    g0, gt = m["disp_2025"][0]["gain"], m["gain"][2025]
    sh = F(g0, gt)
    add(
        NG,
        "Which 2025 disposition produced Hollowmere's largest gain on sale, and what share of total 2025 gains "
        "did it represent (one decimal)?",
        f"Tessaly Tower, with a gain of {k(g0)}, or {pct(sh, 1)} of total 2025 gains of {k(gt)}.",
        f"Note 4, 2025 dispositions: Tessaly Tower gain = {t('H.disp.0.gain')} (largest of the three); total = "
        f"{t('H.disp.total.gain')}. {num(g0)} / {num(gt)} = {pct(sh, 2)}.",
        ["H.disp.0.gain", "H.disp.1.gain", "H.disp.2.gain", "H.disp.total.gain"],
    )

    add(
        MG,
        "How much net cash did Hollowmere generate from operating activities in fiscal 2023? Answer in USD thousands.",
        f"{k(cf[2023]['cfo'])}.",
        f"Consolidated Statements of Cash Flows, Net cash provided by operating activities, 2023 = "
        f"{t('H.cf.cfo.2023')}.",
        ["H.cf.cfo.2023"],
    )

    dp, nc, cfo = -cf[2025]["div_paid"], -cf[2025]["nci_dist"], cf[2025]["cfo"]
    cov2 = F(dp + nc, cfo)
    add(
        NG,
        "In 2025, what fraction of Hollowmere's operating cash flow was paid out as distributions to common "
        "shareholders and noncontrolling interests combined? Express as a percentage to one decimal.",
        f"{pct(cov2, 1)} ({k(dp + nc)} of distributions versus {k(cfo)} of operating cash flow).",
        f"Cash flow statement 2025: distributions paid to common shareholders = {t('H.cf.div.2025')}, to "
        f"noncontrolling interests = {t('H.cf.ncid.2025')}, net cash from operating activities = "
        f"{t('H.cf.cfo.2025')}. ({num(dp)} + {num(nc)}) / {num(cfo)} = {pct(cov2, 2)}.",
        ["H.cf.div.2025", "H.cf.ncid.2025", "H.cf.cfo.2025"],
    )

    a25, a24 = bs[2025]["assets"], bs[2024]["assets"]
    g = F(a25 - a24, a24)
    add(
        MG,
        "What was the year-over-year percentage change in Hollowmere's total assets between the two balance "
        "sheet dates? Round to two decimals.",
        f"An increase of {pct(g, 2)} (from {k(a24)} to {k(a25)}).",
        f"Balance sheet total assets: Dec 31, 2025 = {t('H.bs.assets.2025')}, Dec 31, 2024 = "
        f"{t('H.bs.assets.2024')}. ({num(a25)} - {num(a24)}) / {num(a24)} = {pct(g, 3)}.",
        ["H.bs.assets.2025", "H.bs.assets.2024"],
    )

    dn = m["debt_net"][2025]
    r = F(dn, a25)
    add(
        DR,
        "Using total debt, net from the debt footnote, what was Hollowmere's debt-to-total-assets ratio at "
        "December 31, 2025? Percentage, one decimal.",
        f"{pct(r, 1)}.",
        f"Note 5 total debt, net = {t('H.debt.net.2025')}; balance sheet total assets = {t('H.bs.assets.2025')}. "
        f"{num(dn)} / {num(a25)} = {pct(r, 2)}.",
        ["H.debt.net.2025", "H.bs.assets.2025"],
    )

    sens_printed = rhu(m["rate_sens"] / 1000, 2) * 1000
    r = F(sens_printed, m["int_exp"][2025])
    add(
        NG,
        "According to Item 7A, how much would a 100 basis point increase in rates raise Hollowmere's annual "
        "interest expense, and how large is that relative to 2025 reported interest expense (one decimal)?",
        f"About {t('H.7a.sens')}, equal to roughly {pct(r, 1)} of 2025 interest expense of {k(m['int_exp'][2025])}.",
        f"Item 7A sensitivity = {t('H.7a.sens')} = {num(sens_printed)} thousand; statement of operations interest "
        f"expense 2025 = {t('H.is.int.2025')}. {num(sens_printed)} / {num(m['int_exp'][2025])} = {pct(r, 2)}.",
        ["H.7a.sens", "H.is.int.2025"],
    )

    add(
        MG,
        "What was Hollowmere's combined same-property NOI growth rate for 2025?",
        f"{pct(m['sp_growth_total'], 1)} (same-property NOI of {k(m['sp_total'][2025])} versus "
        f"{k(m['sp_total'][2024])}).",
        f"Same-property NOI table, total: 2025 = {t('H.sp.total.2025')}, 2024 = {t('H.sp.total.2024')}, % change "
        f"= {t('H.sp.total.pct')}.",
        ["H.sp.total.2025", "H.sp.total.2024", "H.sp.total.pct"],
    )

    yrs = [2026, 2027, 2028, 2029, 2030]
    five = sum(HM.MIN_RENTS[y] for y in yrs)
    sh = F(five, m["min_rents_total"])
    add(
        NG,
        "How much of Hollowmere's total future minimum rents under non-cancelable leases falls due within the "
        "next five years (2026-2030), in dollars and as a share of the total?",
        f"{k(five)}, or {pct(sh, 1)} of the {k(m['min_rents_total'])} total.",
        "Note 7 future minimum rents: " + " + ".join(t(f"H.minr.{y}.v") for y in yrs) + f" = {num(five)}; total = "
        f"{t('H.minr.total.v')}. {num(five)} / {num(m['min_rents_total'])} = {pct(sh, 2)}.",
        [f"H.minr.{y}.v" for y in yrs] + ["H.minr.total.v"],
    )

    add(
        DR,
        "Which of Hollowmere's segments saw same-property NOI decline in 2025, and by how much in percentage terms?",
        f"Office was the only segment with lower same-property NOI, down {pct(-m['sp_growth']['office'], 1)}; "
        f"industrial grew {pct(m['sp_growth']['industrial'], 1)} and multifamily "
        f"{pct(m['sp_growth']['multifamily'], 1)}.",
        f"Same-property NOI table % change: office = {t('H.sp.office.noi.pct')}, industrial = "
        f"{t('H.sp.industrial.noi.pct')}, multifamily = {t('H.sp.multifamily.noi.pct')}.",
        ["H.sp.office.noi.pct", "H.sp.industrial.noi.pct", "H.sp.multifamily.noi.pct"],
    )

    add(
        MG,
        "How many weighted average diluted common shares did Hollowmere use in computing 2025 EPS (in thousands)?",
        f"{num(m['wavg_dil'][2025])} thousand shares.",
        f"Statement of operations, weighted average common shares outstanding - Diluted, 2025 = {t('H.is.wd.2025')}.",
        ["H.is.wd.2025"],
    )

    ai = HM.ACQ_2025
    ind = (ai[0][3] + ai[0][4]) + (ai[1][3] + ai[1][4])
    sh = F(ind, m["acq_cash"][2025])
    add(
        NG,
        "What portion of Hollowmere's 2025 acquisition spending went to industrial properties? Give the dollar "
        "amount and percentage (one decimal).",
        f"{k(ind)}, or {pct(sh, 1)} of total 2025 acquisitions of {k(m['acq_cash'][2025])}.",
        f"Note 4: Brindle Logistics Center = {t('H.acq.0.total')}, Ostrander Park II = {t('H.acq.1.total')} (both "
        f"industrial); total = {t('H.acq.total.total')}. ({t('H.acq.0.total')} + {t('H.acq.1.total')}) / "
        f"{num(m['acq_cash'][2025])} = {pct(sh, 2)}.",
        ["H.acq.0.total", "H.acq.1.total", "H.acq.total.total"],
    )

    dn_, dq = HM.SUBSEQ["dps_q"], HM.DPS_Q[2025]
    g = F(dn_ - dq, dq)
    add(
        NG,
        "By what percentage did the quarterly distribution declared in January 2026 exceed the fourth-quarter "
        "2025 distribution per share? One decimal.",
        f"{pct(g, 1)} (from {usd(dq, 3)} to {usd(dn_, 3)} per share).",
        f"Item 5 table, fourth quarter 2025 = {t('H.divq.3.2025')}; Note 14 subsequent events, January 2026 "
        f"declaration = {t('H.n14.dps')}. ({usd(dn_, 3)} - {usd(dq, 3)}) / {usd(dq, 3)} = {pct(g, 2)}.",
        ["H.divq.3.2025", "H.n14.dps"],
    )

    i25, t25 = m["seg_noi"]["industrial"][2025], m["noi"][2025]
    i23, t23 = m["seg_noi"]["industrial"][2023], m["noi"][2023]
    s25, s23 = F(i25, t25), F(i23, t23)
    add(
        NG,
        "Using the segment note, how did the industrial segment's share of total segment NOI change from 2023 "
        "to 2025, in percentage points (one decimal)?",
        f"It rose by {sgn((s25 - s23) * 100, 1)} percentage points, from {pct(s23, 1)} in 2023 to {pct(s25, 1)} in "
        "2025.",
        f"Segment results: industrial NOI 2025 = {t('H.seg.industrial.noi.2025')}, total = "
        f"{t('H.seg.total.noi.2025')} -> {pct(s25, 2)}; 2023 = {t('H.seg.industrial.noi.2023')} of "
        f"{t('H.seg.total.noi.2023')} -> {pct(s23, 2)}.",
        ["H.seg.industrial.noi.2025", "H.seg.total.noi.2025", "H.seg.industrial.noi.2023", "H.seg.total.noi.2023"],
    )

    ad, gr = bs[2025]["accum_dep"], bs[2025]["gross_re"]
    r = F(ad, gr)
    add(
        MG,
        "What was Hollowmere's accumulated depreciation at December 31, 2025, and what percentage of total "
        "real estate at cost does it represent (one decimal)?",
        f"{k(ad)}, equal to {pct(r, 1)} of total real estate at cost of {k(gr)}.",
        f"Balance sheet: less accumulated depreciation = {t('H.bs.ad.2025')}; total real estate, at cost = "
        f"{t('H.bs.gross.2025')}. {num(ad)} / {num(gr)} = {pct(r, 2)}.",
        ["H.bs.ad.2025", "H.bs.gross.2025"],
    )

    t0, t1 = HM.TOP_TENANTS[0][3], HM.TOP_TENANTS[1][3]
    sh = F(t0 + t1, m["lease_exp_abr_total"])
    add(
        NG,
        "What share of Hollowmere's total office and industrial annualized base rent (per the lease expiration "
        "schedule) comes from its two largest tenants? One decimal.",
        f"{pct(sh, 1)} ({k(t0 + t1)} of {k(m['lease_exp_abr_total'])}).",
        f"Ten largest tenants: {HM.TOP_TENANTS[0][0]} = {t('H.ten.0.abr')}, {HM.TOP_TENANTS[1][0]} = "
        f"{t('H.ten.1.abr')}; lease expirations total ABR = {t('H.lexp.total.abr')}. ({num(t0)} + {num(t1)}) / "
        f"{num(m['lease_exp_abr_total'])} = {pct(sh, 2)}.",
        ["H.ten.0.abr", "H.ten.1.abr", "H.lexp.total.abr"],
    )

    fx, tot = m["fixed_debt"][2025], m["debt_total"][2025]
    sh = F(fx, tot)
    add(
        DR,
        "Is Hollowmere's debt stack meaningfully exposed to floating rates at year-end 2025? Support the answer "
        "with the fixed-rate share of principal.",
        f"Not heavily: {pct(sh, 1)} of principal ({k(fx)} of {k(tot)}) was fixed-rate or swapped to fixed, leaving "
        f"{pct(1 - sh, 1)} floating.",
        f"Debt summary: fixed-rate or swapped principal = {t('H.dsum.fixed.2025')}; total principal = "
        f"{t('H.dsum.total.2025')}. {num(fx)} / {num(tot)} = {pct(sh, 2)}.",
        ["H.dsum.fixed.2025", "H.dsum.total.2025"],
    )

    add(
        DR,
        "Which of Hollowmere's commercial segments achieved the stronger cash leasing spread in 2025?",
        f"Industrial, with a cash rent spread of {t('H.spread.industrial.cash')} versus "
        f"{t('H.spread.office.cash')} for office.",
        f"Leasing spreads table: industrial cash spread {t('H.spread.industrial.cash')} > office "
        f"{t('H.spread.office.cash')}.",
        ["H.spread.industrial.cash", "H.spread.office.cash"],
    )

    ni24, imp = m["ni"][2024], HM.IMPAIR[2024]
    add(
        NG,
        "Hollowmere reported a net loss in 2024. Excluding the impairment of real estate recorded that year, "
        "what would net income have been (USD thousands)?",
        f"{k(ni24 + imp)} of net income; the {k(imp)} impairment more than explains the reported net loss of "
        f"{k(-ni24)}.",
        f"Statement of operations 2024: net income (loss) = {t('H.is.ni.2024')}; impairment of real estate = "
        f"{t('H.is.imp.2024')}. {sgn(ni24)} + {num(imp)} = {sgn(ni24 + imp)}.",
        ["H.is.ni.2024", "H.is.imp.2024"],
    )
    return out


def quillan(m, reg):
    bs0, bs1 = m["bs"]["d24"], m["bs"]["s25"]
    c25, c24 = m["cf"]["n25"], m["cf"]["n24"]
    t = lambda fid: reg[fid][0]  # noqa: E731
    out = []

    def add(qt, q, a, j, figs):
        out.append(dict(question_type=qt, question=q, answer=a, justification=j, figs=figs))

    add(
        MG,
        "What was Quillan Therapeutics' net product revenue for the three months ended September 30, 2025 "
        "(USD thousands)?",
        f"{k(m['net_product']['q25'])}.",
        f"Statement of operations, Product revenue, net, three months ended Sep 30, 2025 = {t('Q.is.prod.q25')}.",
        ["Q.is.prod.q25"],
    )

    a, b = m["revenue"]["n25"], m["revenue"]["n24"]
    g = F(a - b, b)
    add(
        MG,
        "How fast did Quillan's total revenues grow in the first nine months of 2025 compared with the same "
        "period of 2024? One decimal.",
        f"{pct(g, 1)} (to {k(a)} from {k(b)}).",
        f"Total revenues, nine months: 2025 = {t('Q.is.rev.n25')}, 2024 = {t('Q.is.rev.n24')}. "
        f"({num(a)} - {num(b)}) / {num(b)} = {pct(g, 2)}.",
        ["Q.is.rev.n25", "Q.is.rev.n24"],
    )

    gt, gs = m["gtn_total"]["n25"], m["gross_sales"]["n25"]
    r = F(gt, gs)
    add(
        DR,
        "For the nine months ended September 30, 2025, what was Quillan's gross-to-net discount as a share of "
        "gross product sales? One decimal.",
        f"{pct(r, 1)} ({k(gt)} of gross-to-net adjustments on {k(gs)} of gross sales).",
        f"Gross-to-net reconciliation, nine months 2025: total adjustments = {t('Q.gtn.total.n25')}, gross product "
        f"sales = {t('Q.gtn.gross.n25')}. {num(gt)} / {num(gs)} = {pct(r, 2)}.",
        ["Q.gtn.total.n25", "Q.gtn.gross.n25"],
    )

    p, c = m["net_product"]["q25"], m["cogs"]["q25"]
    r = F(p - c, p)
    add(
        DR,
        "What was Quillan's gross margin on product sales in Q3 2025 (cost of goods sold as reported, which "
        "excludes intangible amortization)? One decimal.",
        f"{pct(r, 1)}.",
        f"Q3 2025: product revenue, net = {t('Q.is.prod.q25')}; cost of goods sold = {t('Q.is.cogs.q25')}. "
        f"({num(p)} - {num(c)}) / {num(p)} = {pct(r, 2)}.",
        ["Q.is.prod.q25", "Q.is.cogs.q25"],
    )

    rd, rv = m["rd"]["n25"], m["revenue"]["n25"]
    r = F(rd, rv)
    add(
        DR,
        "What was R&D expense as a percentage of total revenues for Quillan in the first nine months of 2025?",
        f"{pct(r, 1)}.",
        f"Nine months 2025: research and development = {t('Q.is.rd.n25')}; total revenues = {t('Q.is.rev.n25')}. "
        f"{num(rd)} / {num(rv)} = {pct(r, 2)}.",
        ["Q.is.rd.n25", "Q.is.rev.n25"],
    )

    liq = bs1["cash"] + bs1["securities"]
    burn = F(-c25["cfo"], 3)
    run = F(liq) / burn
    add(
        DR,
        "Estimate Quillan's cash runway in quarters: cash, cash equivalents and marketable securities at "
        "September 30, 2025 divided by the average quarterly operating cash burn of the first nine months of "
        "2025. One decimal.",
        f"About {sgn(run, 1)} quarters ({k(liq)} of liquidity over an average burn of {k(rhu(burn))} per quarter).",
        f"Balance sheet Sep 30, 2025: cash = {t('Q.bs.cash.s25')}, marketable securities = {t('Q.bs.sec.s25')}; "
        f"sum = {num(liq)}. Net cash used in operating activities, nine months = {t('Q.cf.cfo.n25')}; / 3 = "
        f"{sgn(burn, 1)}. {num(liq)} / {sgn(burn, 1)} = {sgn(run, 2)}.",
        ["Q.bs.cash.s25", "Q.bs.sec.s25", "Q.cf.cfo.n25"],
    )

    cr = m["current_ratio"]["s25"]
    add(
        MG,
        "What was Quillan's current ratio at September 30, 2025? Two decimals.",
        f"{x2(cr)}.",
        f"Total current assets = {t('Q.bs.ca.s25')}; total current liabilities = {t('Q.bs.cl.s25')}. "
        f"{num(bs1['cur_assets'])} / {num(bs1['cur_liab'])} = {sgn(cr, 3)}.",
        ["Q.bs.ca.s25", "Q.bs.cl.s25"],
    )

    zq, zn = m["prod"]["ZELVARI"]["q25"], m["prod"]["ZELVARI"]["n25"]
    r = F(zq, zn)
    add(
        NG,
        "What proportion of ZELVARI's nine-month 2025 net revenue was booked in the third quarter alone? One decimal.",
        f"{pct(r, 1)} ({k(zq)} of {k(zn)}).",
        f"Net product revenue by product, ZELVARI: Q3 2025 = {t('Q.prod.ZELVARI.q25')}, nine months 2025 = "
        f"{t('Q.prod.ZELVARI.n25')}. {num(zq)} / {num(zn)} = {pct(r, 2)}.",
        ["Q.prod.ZELVARI.q25", "Q.prod.ZELVARI.n25"],
    )

    pk = list(QM.RD_PROG)[0]
    qn, qq = m["rd_prog"][pk]["n25"], m["rd_prog"][pk]["q25"]
    add(
        NG,
        "Based on the R&D-by-program table, how much did Quillan spend on QTX-204 in the first half of 2025 "
        "(January-June)?",
        f"{k(qn - qq)} (nine-month spend less third-quarter spend).",
        f"QTX-204: nine months 2025 = {t('Q.rd.p0.n25')}, three months = {t('Q.rd.p0.q25')}. "
        f"{num(qn)} - {num(qq)} = {num(qn - qq)}.",
        ["Q.rd.p0.n25", "Q.rd.p0.q25"],
    )

    a, b = m["adj_opex"]["q25"], m["adj_opex"]["q24"]
    g = F(a - b, b)
    add(
        MG,
        "What were Quillan's non-GAAP adjusted operating expenses in Q3 2025 and their year-over-year growth "
        "(one decimal)?",
        f"{k(a)}, up {pct(g, 1)} from {k(b)} in Q3 2024.",
        f"Non-GAAP reconciliation: adjusted operating expenses Q3 2025 = {t('Q.adj.adj.q25')}, Q3 2024 = "
        f"{t('Q.adj.adj.q24')}. ({num(a)} - {num(b)}) / {num(b)} = {pct(g, 2)}.",
        ["Q.adj.adj.q25", "Q.adj.adj.q24"],
    )

    eu, rw, tot = m["geo"]["Europe"]["q25"], m["geo"]["Rest of world"]["q25"], m["net_product"]["q25"]
    r = F(eu + rw, tot)
    add(
        NG,
        "What share of Quillan's Q3 2025 net product revenue came from outside the United States? One decimal.",
        f"{pct(r, 1)} ({k(eu + rw)} of {k(tot)}).",
        f"Revenue by geography Q3 2025: Europe = {t('Q.geo.Europe.q25')}, rest of world = "
        f"{t('Q.geo.Rest_of_world.q25')}, total = {t('Q.geo.total.q25')}. ({num(eu)} + {num(rw)}) / {num(tot)} "
        f"= {pct(r, 2)}.",
        ["Q.geo.Europe.q25", "Q.geo.Rest_of_world.q25", "Q.geo.total.q25"],
    )

    cv = QM.ANTI_DILUTIVE["Shares issuable upon conversion of the 2029 Notes"]["n25"]
    at = m["anti_total"]["n25"]
    r = F(cv, at)
    add(
        MG,
        "How many potentially dilutive shares did Quillan exclude from diluted EPS as of September 30, 2025, and "
        "what fraction of them relate to the convertible notes?",
        f"{num(at)} thousand shares were excluded, of which {num(cv)} thousand ({pct(r, 1)}) are issuable on "
        "conversion of the 2029 Notes.",
        f"Note 9 anti-dilutive securities at Sep 30, 2025: total = {t('Q.anti.total.n25')}; 2029 Notes = "
        f"{t('Q.anti.a3.n25')}. {num(cv)} / {num(at)} = {pct(r, 2)}.",
        ["Q.anti.total.n25", "Q.anti.a3.n25"],
    )

    sb, ox = m["sbc_total"]["n25"], m["opex"]["n25"]
    r = F(sb, ox)
    add(
        NG,
        "Stock-based compensation represented what percentage of Quillan's total operating expenses in the nine "
        "months ended September 30, 2025?",
        f"{pct(r, 1)}.",
        f"SBC by line item, total nine months 2025 = {t('Q.sbc.total.n25')}; total operating expenses = "
        f"{t('Q.is.opex.n25')}. {num(sb)} / {num(ox)} = {pct(r, 2)}.",
        ["Q.sbc.total.n25", "Q.is.opex.n25"],
    )

    ie = m["int_exp"]["q25"]
    r = F(ie * 4, QM.NOTE_PRINCIPAL)
    add(
        DR,
        "Annualizing Q3 2025 total interest expense on the 2029 Notes, what effective interest cost does that "
        "imply on the notes' principal? Two decimals.",
        f"About {pct(r, 2)} per year, above the {pct(QM.NOTE_RATE / 100, 2)} coupon because of issuance-cost "
        "amortization.",
        f"Note 7: total interest expense Q3 2025 = {t('Q.ie.total.q25')}; principal = {t('Q.note.p.s25')}. "
        f"{num(ie)} x 4 / {num(QM.NOTE_PRINCIPAL)} = {pct(r, 3)}.",
        ["Q.ie.total.q25", "Q.note.p.s25"],
    )

    co, ms = m["collab"]["n25"], QM.MILESTONE["h25"]
    add(
        NG,
        "Excluding the regulatory milestone described in the collaboration note, what was Quillan's "
        "collaboration and license revenue for the first nine months of 2025?",
        f"{k(co - ms)} (royalties only).",
        f"Collaboration and license revenue, nine months 2025 = {t('Q.is.collab.n25')}; milestone = "
        f"{t('Q.n3.ms')} = {num(ms)} thousand. {num(co)} - {num(ms)} = {num(co - ms)}.",
        ["Q.is.collab.n25", "Q.n3.ms"],
    )

    e25, e24 = m["eps"]["q25"], m["eps"]["q24"]
    add(
        MG,
        "How much did Quillan's net loss per share improve in the third quarter of 2025 versus the third quarter "
        "of 2024?",
        f"By {usd(e25 - e24)} per share, from a loss of {usd(-e24)} to a loss of {usd(-e25)}.",
        f"Net loss per share, basic and diluted: Q3 2025 = {t('Q.is.eps.q25')}, Q3 2024 = {t('Q.is.eps.q24')}. "
        f"{sgn(e25, 2)} - ({sgn(e24, 2)}) = {sgn(e25 - e24, 2)}.",
        ["Q.is.eps.q25", "Q.is.eps.q24"],
    )

    a, b = -c25["cfo"], -c24["cfo"]
    g = F(a - b, b)
    add(
        NG,
        "Did Quillan's operating cash burn increase or decrease in the first nine months of 2025 relative to the "
        "prior-year period, and by what percentage?",
        f"It increased by {pct(g, 1)}: net cash used in operating activities was {k(a)} versus {k(b)}.",
        f"Cash flow statement: net cash used in operating activities 2025 = {t('Q.cf.cfo.n25')}, 2024 = "
        f"{t('Q.cf.cfo.n24')}. ({num(a)} - {num(b)}) / {num(b)} = {pct(g, 2)}.",
        ["Q.cf.cfo.n25", "Q.cf.cfo.n24"],
    )

    z, tp = m["prod"]["ZELVARI"]["n25"], m["net_product"]["n25"]
    r = F(z, tp)
    add(
        DR,
        "Is Quillan's product revenue concentrated in a single product? Quantify with the nine-month 2025 data.",
        f"Yes. ZELVARI generated {k(z)}, or {pct(r, 1)} of the {k(tp)} of net product revenue in the first nine "
        "months of 2025.",
        f"Net product revenue by product, nine months 2025: ZELVARI = {t('Q.prod.ZELVARI.n25')}, total = "
        f"{t('Q.prod.total.n25')}. {num(z)} / {num(tp)} = {pct(r, 2)}.",
        ["Q.prod.ZELVARI.n25", "Q.prod.total.n25"],
    )

    w1 = bs1["cur_assets"] - bs1["cur_liab"]
    w0 = bs0["cur_assets"] - bs0["cur_liab"]
    add(
        NG,
        "How did Quillan's working capital (current assets minus current liabilities) change between December "
        "31, 2024 and September 30, 2025?",
        f"It decreased by {k(w0 - w1)}, from {k(w0)} to {k(w1)}.",
        f"Dec 31, 2024: {t('Q.bs.ca.d24')} - {t('Q.bs.cl.d24')} = {num(w0)}. Sep 30, 2025: {t('Q.bs.ca.s25')} - "
        f"{t('Q.bs.cl.s25')} = {num(w1)}. Change = {sgn(w1 - w0)}.",
        ["Q.bs.ca.d24", "Q.bs.cl.d24", "Q.bs.ca.s25", "Q.bs.cl.s25"],
    )

    add(
        DR,
        "How long does Quillan's management say its existing cash resources will last, and which product's "
        "revenue is exposed to the newly disclosed generic challenge (with its share of nine-month net product "
        "revenue)?",
        f"Management expects cash, cash equivalents and marketable securities plus product revenue to fund "
        f"operations and debt service {t('Q.md.runway')}. The generic (paragraph IV) challenge concerns TORVEXA, "
        f"which was {t('Q.p2.torsh')} of nine-month 2025 net product revenue.",
        f"MD&A liquidity: runway '{t('Q.md.runway')}'. Part II, Item 1A: TORVEXA share = {t('Q.p2.torsh')}.",
        ["Q.md.runway", "Q.p2.torsh"],
    )
    return out


def build(h_model, h_reg, q_model, q_reg):
    rows = []
    for i, q in enumerate(hollowmere(h_model, h_reg) + quillan(q_model, q_reg)):
        is_h = i < 30
        reg = h_reg if is_h else q_reg
        pages = sorted({reg[f][1] for f in q["figs"]})
        rows.append(
            dict(
                financebench_id=f"blind5_{i + 1:03d}",
                company=H_CO if is_h else Q_CO,
                doc_name=H_DOC if is_h else Q_DOC,
                question_type=q["question_type"],
                question=q["question"],
                answer=q["answer"],
                justification=q["justification"],
                evidence_pages=pages,
                figs=q["figs"],
            )
        )
    return rows
