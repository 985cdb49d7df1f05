# Fee Schedule content for Northreach Federal Credit Union fee-schedule.pdf (written blind; all invented).
# SECTIONS: (number, title, intro or "", header row, rows, column widths in mm, footnotes)
TITLE = "Fee Schedule"
INTRO = ("This Fee Schedule is part of your Membership and Account Agreement and applies from September 1, 2026. "
         "Fees are per item or per occurrence unless shown otherwise. \"None\" means we do not charge the fee; "
         "\"n/a\" means the service is not part of that account or card. Numbers in parentheses, such as (1), refer "
         "to the notes below each table.")

SECTIONS = [
("1", "Checking and savings accounts", "",
 ["Fee or service", "Basic Checking", "Rewards Checking", "Primary Share Savings", "Youth Savings", "Money Market Share"], [
    ["Minimum opening deposit", "$0", "$25", "$5", "$5", "$2,500"],
    ["Monthly service fee", "None", "$6.00 (1)", "None", "None", "$10.00 (2)"],
    ["Paper statement (per month)", "$3.00 (3)", "$3.00 (3)", "Free", "Free", "$3.00 (3)"],
    ["E-statements", "Free", "Free", "Free", "Free", "Free"],
    ["Excess withdrawal (each after 6 in a month)", "n/a", "n/a", "$3.00", "None", "$5.00"],
    ["Account closed within 90 days of opening", "$10.00", "$10.00", "None", "None", "$10.00"],
    ["Dormant account (per month) (4)", "$5.00", "$5.00", "$5.00", "None", "$5.00"],
    ["Deposited item returned unpaid", "$15.00", "$15.00", "$15.00", "$15.00", "$15.00"],
 ], [44, 27, 27, 27, 27, 27], [
    "(1) Waived for any statement cycle in which direct deposits total $500 or more, the average daily balance is $1,500 or more, or the primary owner is under 25.",
    "(2) Charged only for a month in which the average daily balance is below $2,500.",
    "(3) Waived for members 65 or older and members under 18.",
    "(4) Charged when there has been no activity by you for 24 months and your combined balance with us is under $100. Never charged to members under 18.",
 ]),
("2", "Overdrafts and returned items", "Courtesy Pay and the Overdraft Transfer Service are explained in section 6 of the Membership and Account Agreement.",
 ["Fee or service", "Basic Checking", "Rewards Checking", "Notes"], [
    ["Courtesy Pay fee (per item paid)", "$28.00 (5)", "$28.00 (5)", "Discretionary; see note (5)"],
    ["Courtesy Pay limit", "$250", "$500", "Not available to members under 18"],
    ["Returned item (NSF) fee (per item returned)", "$28.00", "$28.00", "Charged when we return an item unpaid"],
    ["Most Courtesy Pay and NSF fees in one day", "4 fees", "4 fees", "Combined total of both fees"],
    ["Overdraft Transfer Service (per transfer)", "$5.00", "$5.00", "From Primary Share Savings or Money Market Share"],
    ["Overdraft Line of Credit", "15.00% APR", "15.00% APR", "Lines of $500 to $5,000; no transfer fee"],
    ["Stop payment (per request)", "$30.00 (6)", "$30.00 (6)", "Valid for 6 months"],
 ], [62, 30, 30, 58], [
    "(5) No fee is charged if your account is overdrawn by $10.00 or less at the end of the business day. ATM withdrawals and one-time debit card purchases are paid under Courtesy Pay only if you have opted in.",
    "(6) Waived for stolen checks when you give us a police report number.",
 ]),
("3", "Cards and ATMs", "",
 ["Fee or service", "Debit card", "Visa Platinum", "Visa Cash Back"], [
    ["Annual fee", "n/a", "None", "None"],
    ["Withdrawal at a Northreach or Waypoint ATM Alliance ATM", "Free", "Cash advance fee applies", "Cash advance fee applies"],
    ["Withdrawal at any other ATM in the U.S.", "$2.50 (7)", "Cash advance fee applies", "Cash advance fee applies"],
    ["Withdrawal at an ATM outside the U.S.", "$2.50 plus foreign transaction fee (7)", "Cash advance fee applies", "Cash advance fee applies"],
    ["Foreign transaction fee", "1% of the transaction", "1% of the transaction", "None"],
    ["Cash advance fee", "n/a", "3% of the advance or $10, whichever is greater", "3% of the advance or $10, whichever is greater"],
    ["Cash advance APR", "n/a", "19.90% APR", "24.90% APR"],
    ["Balance transfer fee", "n/a", "3% of the amount (minimum $5) (8)", "Not offered"],
    ["Late payment fee", "n/a", "Up to $25", "Up to $25"],
    ["Returned payment fee", "n/a", "Up to $25", "Up to $25"],
    ["Authorized user card", "n/a", "Free", "Free"],
    ["Replacement card", "$5.00 (9)", "$5.00 (9)", "$5.00 (9)"],
    ["Rush delivery of a card (2 business days)", "$35.00", "$35.00", "$35.00"],
 ], [62, 38, 40, 40], [
    "(7) Not charged on Rewards Checking. When you meet the Rewards Checking qualifications, we also refund surcharges charged by other ATM owners, up to $20 per statement cycle. The ATM owner may charge its own surcharge.",
    "(8) Balance transfers made within 90 days of opening the account have a 0% introductory APR for 12 billing cycles. The balance transfer fee still applies.",
    "(9) Your first replacement card in any 12-month period is free, and a replacement is always free when a Northreach ATM keeps your card.",
 ]),
("4", "Transfers, wires and payments", "",
 ["Service", "Online or mobile app", "Branch", "By phone"], [
    ["ReachPay", "Free", "n/a", "n/a"],
    ["Transfer to your account at another bank - standard (3 business days)", "Free", "n/a", "Free"],
    ["Transfer to your account at another bank - next business day", "$3.00", "n/a", "$3.00"],
    ["Outgoing domestic wire", "$25.00 (10)", "$25.00 (10)", "$25.00 (10)"],
    ["Incoming domestic wire", "$10.00", "$10.00", "$10.00"],
    ["Outgoing international wire", "Not available", "$45.00 (10)", "$45.00 (10)"],
    ["Incoming international wire", "$15.00", "$15.00", "$15.00"],
    ["Wire trace, amendment or recall", "n/a", "$35.00", "$35.00"],
    ["Cashier's check", "n/a", "$8.00", "$8.00, mailed"],
    ["Money order", "n/a", "$3.00", "n/a"],
    ["Bill Pay", "Free", "n/a", "n/a"],
 ], [70, 38, 36, 36], [
    "(10) Domestic wire requests received after 2:00 p.m. Central Time, and international wire requests received after 12:00 p.m. Central Time, are sent the next business day. The receiving bank or an intermediary bank may also charge a fee.",
 ]),
("5", "Loans", "",
 ["Fee or service", "Auto loan", "HELOC", "Notes"], [
    ["Application fee", "None", "None", ""],
    ["Late payment fee", "$25", "$35", "Auto loan: charged when a payment is more than 10 days late. HELOC: more than 15 days late"],
    ["Skip-a-Pay (per loan)", "$35", "Not available", "Up to 2 times in any 12 months"],
    ["Lien and title processing", "$15", "n/a", ""],
    ["GAP coverage (one-time)", "$399", "n/a", "Optional"],
    ["Annual fee", "None", "$50 (11)", ""],
    ["Closing costs", "n/a", "Paid by Northreach (12)", "Lines up to $250,000"],
    ["Early closure fee", "None", "$450 (12)", ""],
    ["Appraisal", "n/a", "$550", "Lines over $250,000 only"],
    ["Payoff quote", "Free", "Free", ""],
    ["Prepayment penalty", "None", "None", ""],
    ["Due date change", "Free (once per loan in any 12 months)", "Free (once per loan in any 12 months)", ""],
 ], [48, 40, 40, 52], [
    "(11) Waived for the first year.",
    "(12) We pay standard closing costs on lines up to $250,000. If you close the line within 36 months of opening it, we charge the early closure fee to recover them. The early closure fee is not charged if the line is closed because you sell the home.",
 ]),
("6", "Other services", "",
 ["Service", "Members", "Non-members"], [
    ["Coin counting", "Free", "5% of the total (minimum $2)"],
    ["Notary service", "Free", "Not available"],
    ["Cashing a check drawn on Northreach", "Free", "$5.00 per check"],
    ["Legal process (levy or garnishment)", "$75.00", "n/a"],
    ["Account research", "$25.00 per hour (1-hour minimum)", "n/a"],
    ["Statement copy", "Free online; $5.00 mailed", "n/a"],
 ], [80, 50, 50], []),
]

KEY_TERMS = [
    ("APY", "Annual percentage yield: the dividend you earn on a share account or certificate in a year, including compounding."),
    ("APR", "Annual percentage rate: the yearly cost of credit on a loan, line of credit or credit card."),
    ("Business day", "Monday to Friday, except federal holidays."),
    ("Statement cycle", "The period covered by your monthly account statement."),
    ("Out-of-network ATM", "An ATM that is neither a Northreach ATM nor part of the Waypoint ATM Alliance."),
]
