"""Generate the bundled sample workbook ``assistant/samples/annual_report_2024.xlsx``.

Norcastle Instruments plc is a fictional company invented for finbot's sample corpus;
every figure below is made up. The derived lines (gross profit, totals, EPS) are computed
here so the workbook always adds up. Dev-only: needs ``openpyxl``.

    python scripts/make_sample_xlsx.py [OUTPUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

YEARS = (2024, 2023, 2022)
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assistant" / "samples" / "annual_report_2024.xlsx"
COMPANY = "Norcastle Instruments plc"

# ---- inputs (GBP millions unless stated) -------------------------------------------------
REVENUE = {2024: 412.6, 2023: 386.9, 2022: 352.4}
COST_OF_SALES = {2024: 238.3, 2023: 229.8, 2022: 213.5}
OPERATING_EXPENSES = {2024: 118.1, 2023: 108.4, 2022: 99.6}
NET_FINANCE_COSTS = {2024: 6.4, 2023: 5.9, 2022: 4.8}
TAX = {2024: 12.1, 2023: 10.3, 2022: 7.6}
SHARES_M = {2024: 152.4, 2023: 151.8, 2022: 151.2}  # weighted average, millions
DPS_P = {2024: 9.2, 2023: 8.4, 2022: 7.6}  # dividend per share, pence

SEGMENTS = ("Process Sensors", "Laboratory Analytics", "Marine & Defence Systems")
SEG_REVENUE = {
    2024: (178.4, 141.9, 92.3),
    2023: (171.2, 125.3, 90.4),
    2022: (160.5, 109.8, 82.1),
}
SEG_PROFIT = {
    2024: (27.9, 20.6, 14.1),
    2023: (25.1, 16.9, 12.5),
    2022: (21.8, 13.7, 9.1),
}
CENTRAL_COSTS = {2024: 6.4, 2023: 5.8, 2022: 5.3}

BS = {  # 31 December
    "Property, plant and equipment": {2024: 141.0, 2023: 126.4, 2022: 119.7},
    "Goodwill and other intangible assets": {2024: 121.5, 2023: 124.9, 2022: 128.0},
    "Other non-current assets": {2024: 14.3, 2023: 13.1, 2022: 12.4},
    "Inventories": {2024: 71.8, 2023: 66.2, 2022: 60.3},
    "Trade and other receivables": {2024: 85.1, 2023: 79.5, 2022: 74.9},
    "Cash and cash equivalents": {2024: 46.9, 2023: 38.4, 2022: 35.2},
    "Trade and other payables": {2024: 79.4, 2023: 72.5, 2022: 67.8},
    "Borrowings (current)": {2024: 12.0, 2023: 10.0, 2022: 10.0},
    "Borrowings (non-current)": {2024: 108.5, 2023: 121.0, 2022: 131.0},
    "Lease liabilities": {2024: 18.7, 2023: 17.2, 2022: 16.4},
    "Provisions, tax and other liabilities": {2024: 22.6, 2023: 21.9, 2022: 20.8},
    "Total equity": {2024: 239.4, 2023: 205.9, 2022: 184.5},
}


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


def income_statement() -> list[tuple[str, dict[int, float]]]:
    gp = {y: r1(REVENUE[y] - COST_OF_SALES[y]) for y in YEARS}
    op = {y: r1(gp[y] - OPERATING_EXPENSES[y]) for y in YEARS}
    pbt = {y: r1(op[y] - NET_FINANCE_COSTS[y]) for y in YEARS}
    pat = {y: r1(pbt[y] - TAX[y]) for y in YEARS}
    eps = {y: r1(pat[y] / SHARES_M[y] * 100) for y in YEARS}
    return [
        ("Revenue", REVENUE),
        ("Cost of sales", {y: -COST_OF_SALES[y] for y in YEARS}),
        ("Gross profit", gp),
        ("Operating expenses", {y: -OPERATING_EXPENSES[y] for y in YEARS}),
        ("Operating profit", op),
        ("Net finance costs", {y: -NET_FINANCE_COSTS[y] for y in YEARS}),
        ("Profit before tax", pbt),
        ("Income tax expense", {y: -TAX[y] for y in YEARS}),
        ("Profit for the year", pat),
        ("Weighted average number of shares (millions)", SHARES_M),
        ("Basic earnings per share (pence)", eps),
        ("Dividend per share (pence)", DPS_P),
    ]


def balance_sheet() -> list[tuple[str, dict[int, float] | None]]:
    b = BS
    nca = {y: r1(sum(b[k][y] for k in list(b)[0:3])) for y in YEARS}
    ca = {y: r1(sum(b[k][y] for k in list(b)[3:6])) for y in YEARS}
    ta = {y: r1(nca[y] + ca[y]) for y in YEARS}
    tl = {y: r1(sum(b[k][y] for k in list(b)[6:11])) for y in YEARS}
    te = b["Total equity"]
    for y in YEARS:
        assert abs(ta[y] - (tl[y] + te[y])) < 1e-6, (y, ta[y], tl[y], te[y])
    net_debt = {
        y: r1(
            b["Borrowings (current)"][y]
            + b["Borrowings (non-current)"][y]
            - b["Cash and cash equivalents"][y]
        )
        for y in YEARS
    }
    rows: list[tuple[str, dict[int, float] | None]] = [("Assets", None)]
    rows += [(k, b[k]) for k in list(b)[0:3]]
    rows.append(("Total non-current assets", nca))
    rows += [(k, b[k]) for k in list(b)[3:6]]
    rows += [("Total current assets", ca), ("Total assets", ta), ("Liabilities", None)]
    rows += [(k, b[k]) for k in list(b)[6:11]]
    rows += [
        ("Total liabilities", tl),
        ("Total equity", te),
        ("Total equity and liabilities", {y: r1(tl[y] + te[y]) for y in YEARS}),
        ("Net debt (borrowings less cash, excluding leases)", net_debt),
    ]
    return rows


def segments() -> list[tuple[str, dict[int, float] | None]]:
    rows: list[tuple[str, dict[int, float] | None]] = [("Revenue", None)]
    for i, name in enumerate(SEGMENTS):
        rows.append((f"{name} - revenue", {y: SEG_REVENUE[y][i] for y in YEARS}))
    total_rev = {y: r1(sum(SEG_REVENUE[y])) for y in YEARS}
    assert total_rev == REVENUE, total_rev
    rows.append(("Total revenue", total_rev))
    rows.append(("Operating profit", None))
    for i, name in enumerate(SEGMENTS):
        rows.append((f"{name} - operating profit", {y: SEG_PROFIT[y][i] for y in YEARS}))
    rows.append(("Central costs", {y: -CENTRAL_COSTS[y] for y in YEARS}))
    total_op = {y: r1(sum(SEG_PROFIT[y]) - CENTRAL_COSTS[y]) for y in YEARS}
    op = dict(income_statement()[4][1])
    assert total_op == op, (total_op, op)
    rows.append(("Group operating profit", total_op))
    return rows


SHEETS = {
    "Income statement": (
        f"{COMPANY} - Consolidated income statement for the year ended 31 December (GBP millions)",
        income_statement,
    ),
    "Balance sheet": (
        f"{COMPANY} - Consolidated balance sheet at 31 December (GBP millions)",
        balance_sheet,
    ),
    "Segments": (
        f"{COMPANY} - Segment revenue and operating profit (GBP millions)",
        segments,
    ),
}


def build(out: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, (title, rows_fn) in SHEETS.items():
        ws = wb.create_sheet(sheet)
        ws.append([title])
        ws["A1"].font = Font(bold=True)
        ws.append(["Line item", *[str(y) for y in YEARS]])
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for label, values in rows_fn():
            if values is None:
                ws.append([label])
                ws.cell(row=ws.max_row, column=1).font = Font(italic=True)
            else:
                ws.append([label, *[values[y] for y in YEARS]])
                for cell in ws[ws.max_row][1:]:
                    cell.number_format = "#,##0.0"
        ws.column_dimensions["A"].width = 52
        for col in "BCD":
            ws.column_dimensions[col].width = 10
    # Fixed workbook metadata so regenerating gives stable content.
    wb.properties.creator = "finbot sample generator"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    build(out)
    for sheet, (title, rows_fn) in SHEETS.items():
        print(f"== {sheet}: {title}")
        for label, values in rows_fn():
            print(f"  {label}: " + ("" if values is None else ", ".join(f"{y}={values[y]}" for y in YEARS)))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
