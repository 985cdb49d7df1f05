"""Write the binary and tabular documents of the Ashgrove Credit Union evaluation set (a fictional UK credit
union): member-guide.docx (python-docx), charges.pdf (fpdf2) and savings-rates.csv, into
assistant/evaluation/sets/ashgrove/documents/. loan-terms.md in the same folder is hand-written.
Metadata and dates are fixed, so two runs give the same bytes. Dev-only.

    .venv/bin/python scripts/make_ashgrove_set.py
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from fpdf import FPDF, FontFace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_set_files import pin_xlsx_dates, write_documents  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "assistant" / "evaluation" / "sets" / "ashgrove" / "documents"
STAMP = datetime(2025, 4, 1, 9, 0, 0, tzinfo=timezone.utc)
AUTHOR = "Ashgrove Credit Union"
EFFECTIVE = "Effective 1 April 2025"

# --- Member guide: (topic, [(question or sub-topic, [blocks])]); a block is ("p", text),
# ("bullets", [items]), ("steps", [items]) or ("table", [header, *rows]).

GUIDE_INTRO = [
    "This guide answers the questions our members ask most often. Ashgrove Credit Union is a financial "
    "co-operative: it is owned by the people who save and borrow with it, and every member has one vote at our "
    "Annual General Meeting, whatever the size of their savings or loans.",
    "Member Services: 01632 960410, Monday to Friday 9am to 5pm. Our branch at 14 Market Row, Ashgrove is also "
    "open on Saturdays from 9am to 12.30pm. Website: www.ashgrovecu.example. Email: members@ashgrovecu.example. "
    "This guide is effective from 1 April 2025.",
]

GUIDE = [
    ("Joining Ashgrove", [
        ("Who can join Ashgrove Credit Union?", [
            ("p", "Membership is open to anyone who shares our common bond. You can join if at least one of the "
                  "following applies to you:"),
            ("bullets", [
                "you live in the Borough of Ashgrove or the Fellbeck district;",
                "you work in the Borough of Ashgrove or the Fellbeck district, whoever your employer is;",
                "your employer is one of our payroll partners, wherever you live (ask your payroll office or see "
                "the list on our website);",
                "you live at the same address as an existing member and are a member of their family.",
            ]),
            ("p", "Adult membership starts at age 16. Children under 16 can save with us through a Junior Saver, "
                  "opened by a parent or guardian (see Saving with Ashgrove)."),
        ]),
        ("What do I need to join?", [
            ("p", "Joining takes about ten minutes online at www.ashgrovecu.example/join or in person at our "
                  "Market Row branch."),
            ("steps", [
                "Complete the membership application, giving your name, date of birth, address history for the "
                "last three years and National Insurance number.",
                "Prove who you are. We check most applicants electronically. If we cannot, we will ask for one "
                "photo document (passport, photocard driving licence or national identity card) and one proof "
                "of address dated within the last 3 months.",
                "Pay the one-off membership fee of £1 and put at least £5 into your Share Account.",
                "We confirm your membership by email or letter, normally within 5 working days.",
            ]),
            ("p", "The £1 membership fee is not refundable. It is not a deposit and does not count towards your "
                  "Share Account balance."),
        ]),
        ("Will joining affect my credit record?", [
            ("p", "No. To confirm your identity we carry out a soft search with a credit reference agency. A soft "
                  "search is visible only to you and does not affect your credit score. We only carry out a full "
                  "credit search if you apply for a loan or an Everyday Account."),
        ]),
        ("Do I stay a member if I move away or change jobs?", [
            ("p", "Yes. Once you have joined, you remain a member for as long as you keep at least £5 in your "
                  "Share Account, even if you move out of the area or leave a payroll partner. You can keep all "
                  "your accounts and apply for new products on the same terms as any other member."),
            ("p", "If you leave a payroll partner, your payroll deductions stop and you will need to set up a "
                  "standing order instead."),
        ]),
    ]),
    ("Your Everyday Account and debit card", [
        ("What is the Everyday Account and what does it cost?", [
            ("p", "The Everyday Account is our current account. It comes with a Visa debit card and online and app "
                  "banking, and lets you receive your wages, pay bills by direct debit and standing order, and "
                  "send Faster Payments."),
            ("p", "The monthly account fee is £3. You will not pay the fee:"),
            ("bullets", [
                "in any calendar month in which you pay in £600 or more; or",
                "if you are aged 16 to 24 (the fee starts from the month after your 25th birthday).",
            ]),
        ]),
        ("Who can open an Everyday Account?", [
            ("p", "You can apply if you:"),
            ("bullets", [
                "are a member with at least £5 in your Share Account;",
                "are aged 16 or over;",
                "live in the UK; and",
                "pass our credit and identity checks (we make a full credit search).",
            ]),
            ("p", "Members aged 16 or 17 get a debit card with a lower cash machine limit (see Payments and "
                  "limits)."),
        ]),
        ("When will my card arrive and how do I start using it?", [
            ("p", "We post your card and PIN separately for security. Your card should arrive within 7 working "
                  "days of your account opening, and your PIN within 3 working days of the card. If either has "
                  "not arrived after 14 working days, call Member Services on 01632 960410 and we will cancel the "
                  "card and send a new one."),
            ("steps", [
                "Sign the strip on the back of the card as soon as it arrives.",
                "Activate the card by making a chip and PIN transaction, for example a balance enquiry at any "
                "cash machine.",
                "Once the card is activated, you can make contactless payments and use it with online shops.",
            ]),
            ("p", "Contactless will not work until you have made your first chip and PIN transaction. Each "
                  "contactless payment can be up to £100; now and then the terminal will ask for your PIN as a "
                  "security check."),
        ]),
        ("I have forgotten my PIN", [
            ("p", "You can view your PIN in the Ashgrove app under Card > View PIN after logging in with your "
                  "passcode or fingerprint. If you do not use the app, call Member Services and we will post a "
                  "PIN reminder, which arrives within 5 working days. PIN reminders are free."),
            ("p", "If you enter the wrong PIN three times in a row, your PIN is locked. Once you know the right "
                  "PIN, you can unlock it at any Link cash machine using the PIN services option."),
        ]),
        ("Can I use my card outside the UK?", [
            ("p", "Yes. Your Visa debit card works wherever Visa is accepted and you do not need to tell us before "
                  "you travel. Card payments outside the UK, and online payments charged in a non-sterling "
                  "amount, carry a non-sterling transaction fee of 2.75% of the transaction value. Each cash "
                  "withdrawal outside the UK also costs £1.50 on top of the 2.75%. Full details are in our "
                  "Charges and Rates leaflet."),
        ]),
        ("My card is damaged or worn out", [
            ("p", "Order a replacement in the app (Card > Replace card) or by calling Member Services. Your old "
                  "card keeps working until you activate the new one, unless it has stopped working altogether."),
            ("bullets", [
                "The first replacement for a damaged or worn card in any 12 months is free.",
                "Each further replacement in the same 12 months costs £10.",
                "Replacing a lost or stolen card is always free.",
            ]),
            ("p", "If you need the card quickly, we can send it by next working day courier for £15."),
        ]),
    ]),
    ("Payments and limits", [
        ("What are my daily limits?", [
            ("p", "These limits apply to the Everyday Account. A day runs from midnight to midnight."),
            ("table", [
                ["Type of payment", "Daily limit", "Notes"],
                ["Cash machine withdrawals", "£400", "£200 if you are aged 16 or 17"],
                ["Card payments in shops and online", "£3,000", "Includes contactless payments"],
                ["Contactless payment", "£100 per payment", "Counted within the card payments limit"],
                ["Faster Payments in the app", "£2,500", "The first payment to a new payee is limited to £1,000"],
                ["Faster Payments in online banking", "£10,000",
                 "The first payment to a new payee is limited to £1,000"],
                ["Payments made in branch", "£25,000", "Photo ID needed for payments over £5,000"],
                ["Cash withdrawn in branch", "£2,000", "More than £2,000 needs 2 working days' notice"],
            ]),
        ]),
        ("Can I raise my limit for a large payment?", [
            ("p", "Yes, for Faster Payments in online banking. Call Member Services and, after security checks, we "
                  "can raise your online banking limit to as much as £20,000 for up to 7 days. We cannot raise "
                  "cash machine or card payment limits. For a payment of more than £20,000, for example to a "
                  "solicitor, you can make a CHAPS payment in branch."),
        ]),
        ("How long do payments take?", [
            ("bullets", [
                "Faster Payments usually arrive within 2 hours, and often within seconds. You can send them 24 "
                "hours a day, every day.",
                "Standing orders leave your account on the date you choose. If that date is not a working day, "
                "the payment is made on the next working day.",
                "CHAPS payments arrive the same working day if you ask in branch before 3pm. They cost £20 and "
                "can only be arranged in branch.",
                "Direct debits are taken on the date agreed with the organisation you are paying.",
            ]),
        ]),
        ("How do I set up a standing order?", [
            ("steps", [
                "Log in to online banking or the app and choose Payments > Standing orders > New.",
                "Choose an existing payee, or add a new one with their name, sort code and account number.",
                "Enter the amount, the date of the first payment and how often it should be paid (weekly, "
                "monthly, quarterly or yearly).",
                "Check the details and confirm with your passcode.",
            ]),
            ("p", "Set up a new standing order at least 1 working day before the first payment date. You can also "
                  "set one up by calling Member Services."),
        ]),
        ("The name did not match when I added a payee", [
            ("p", "When you add a new payee, we check the name you give against the account held by the receiving "
                  "bank. You will see one of three results:"),
            ("bullets", [
                "Match: the name is correct and you can continue.",
                "Close match: we show you the name held on the account so you can correct it.",
                "No match: the name does not match the account. Stop and check with the person you are paying, "
                "using contact details you already trust. If you go ahead after a no match result and the "
                "payment turns out to be a scam, this may affect whether we can refund you.",
            ]),
        ]),
        ("How do I cancel a direct debit?", [
            ("p", "Cancel it in the app (Payments > Direct debits) or by calling us. To stop the next payment, "
                  "cancel by the end of the working day before the payment is due, and tell the organisation you "
                  "are paying. If a direct debit is taken in error, the Direct Debit Guarantee entitles you to an "
                  "immediate refund from us."),
        ]),
        ("What if there is not enough money for a direct debit?", [
            ("p", "If there is not enough money in your Everyday Account at 7am on the day a direct debit or "
                  "standing order is due, we send you a text message. If you pay in enough by 2pm that day, we "
                  "make the payment and charge nothing. If not, we return it unpaid and charge an unpaid item fee "
                  "of £5, up to a maximum of £15 in any calendar month."),
        ]),
        ("How can I pay cash in?", [
            ("bullets", [
                "At our Market Row branch, with no limit on the amount.",
                "At any Post Office counter, using your Everyday Account debit card. This is free for the first "
                "£3,000 you pay in each calendar month; above that we charge 0.5% of the amount paid in.",
                "For your Share Account and savings accounts, pay in at the branch or transfer money from your "
                "Everyday Account.",
            ]),
        ]),
    ]),
    ("Lost or stolen cards, fraud and scams", [
        ("My card has been lost or stolen: what should I do?", [
            ("p", "Act straight away. The sooner you tell us, the sooner we can protect your money."),
            ("steps", [
                "Freeze your card in the app (Card > Freeze card). This blocks card payments and cash "
                "withdrawals at once, and you can unfreeze it if the card turns up.",
                "Call our 24-hour card line on 0808 157 0420 (free from UK landlines and mobiles) to report the "
                "card lost or stolen. From outside the UK, call +44 1632 960420.",
                "We cancel the card and send a replacement, which arrives within 5 working days. Replacing a "
                "lost or stolen card is free.",
                "Check your recent transactions in the app and tell us about any you do not recognise.",
            ]),
            ("p", "If you need money before your new card arrives, you can withdraw up to £300 in cash at the "
                  "Market Row branch with photo ID."),
            ("p", "If you reported the card to us as lost or stolen, it has been cancelled permanently and cannot "
                  "be used again, even if you find it. Cut it through the chip and use your new card when it "
                  "arrives. If you only froze the card in the app and did not report it, you can unfreeze it and "
                  "carry on using it."),
        ]),
        ("There is a payment on my account that I do not recognise", [
            ("steps", [
                "Check the payment details in the app. Some companies trade under a different name from the one "
                "you know, and a free trial may have turned into a paid subscription.",
                "If you still do not recognise it, freeze your card and call us on 0808 157 0420.",
                "We cancel your card, send you a new one and investigate.",
            ]),
            ("p", "If you did not authorise a payment, we refund it by the end of the next working day after you "
                  "report it, unless we have reasonable grounds to suspect fraud by you. You must tell us within "
                  "13 months of the date the payment was taken. If your card was lost or stolen and you did not "
                  "keep it or your security details safe, you may have to pay up to the first £35 of the loss. "
                  "You will not get a refund if you acted fraudulently or with gross negligence, for example by "
                  "writing your PIN on your card."),
        ]),
        ("I think I have been tricked into sending money to a scammer", [
            ("p", "Call us straight away on 0808 157 0420, day or night. We will try to recover the money from "
                  "the bank that received it."),
            ("p", "If you were tricked into sending a Faster Payment to a fraudster (an authorised push payment "
                  "scam), you may be entitled to a refund under the UK reimbursement rules:"),
            ("bullets", [
                "you must report the scam to us within 13 months of the last payment;",
                "refunds are limited to £85,000 for each claim;",
                "we do not deduct the £100 excess that the rules allow;",
                "we normally decide within 5 working days, but can take up to 35 working days if we need more "
                "information from you;",
                "you may not get a refund if you were involved in the fraud, or if you were grossly negligent, "
                "for example by ignoring clear warnings from us or the police.",
            ]),
            ("p", "We will never ask you for your PIN, your full online banking password or a one-time "
                  "passcode, and we will never ask you to move money to a 'safe account'. Anyone who does is a "
                  "fraudster. End the call and phone us on a number you know, such as the one on the back of "
                  "your card."),
        ]),
    ]),
    ("Personal loans", [
        ("Who can borrow from Ashgrove?", [
            ("p", "You can apply for a loan if you:"),
            ("bullets", [
                "are a member aged 18 or over;",
                "have a Share Account with at least £5 in it;",
                "can afford the repayments, which we check using your income and spending; and",
                "pass a full credit search.",
            ]),
            ("p", "There is no minimum membership period: you can join and apply for a loan on the same day. We "
                  "lend from £500 to £25,000."),
        ]),
        ("How much can I borrow and for how long?", [
            ("p", "The longest term depends on how much you borrow:"),
            ("bullets", [
                "£500 to £1,499: up to 24 months;",
                "£1,500 to £2,999: up to 36 months;",
                "£3,000 to £4,999: up to 60 months;",
                "£5,000 to £25,000: up to 84 months.",
            ]),
            ("p", "The rate depends only on the amount you borrow, and larger loans have lower rates. Our "
                  "Charges and Rates leaflet lists the current rates."),
        ]),
        ("What is a Payroll Loan?", [
            ("p", "If your employer is one of our payroll partners, you can repay your loan through deductions "
                  "from your pay. Payroll Loans have lower rates than our standard Personal Loans because "
                  "repayments are taken before your wages reach you. If you leave that employer, your loan "
                  "continues at the same rate and you repay by direct debit instead."),
        ]),
        ("How do I apply for a loan?", [
            ("steps", [
                "Apply online or in the app, telling us how much you want to borrow, for how long and what it "
                "is for.",
                "Upload your two most recent payslips (or your latest benefit award letter) and your last 3 "
                "months of statements for any bank account other than your Everyday Account.",
                "We make a decision, normally within 2 working days of receiving everything we need.",
                "If we approve your loan, sign your agreement online.",
                "We pay the money into your Everyday Account or another UK bank account within 1 working day "
                "of signing.",
            ]),
        ]),
        ("Do I have to save while I am repaying a loan?", [
            ("p", "It is not compulsory, but we encourage every borrower to save a little each month. With our "
                  "Save as you Borrow arrangement, you add at least £5 a month to your loan repayment and it goes "
                  "into your Share Account, building a safety net for when your loan is repaid."),
        ]),
        ("Can I take money out of my savings while I have a loan?", [
            ("p", "Yes, with one limit. While you have a loan with us, you can withdraw from your Share Account "
                  "only if the balance left is at least £100 or the amount you still owe on your loan, whichever "
                  "is lower. Money in our other savings accounts, such as the Christmas Saver or an ISA, is not "
                  "affected."),
        ]),
        ("Can I pay off my loan early?", [
            ("p", "Yes, in full or in part, at any time, and there is never a fee. Because interest is worked out "
                  "daily, you only pay interest up to the day you repay. Ask for a settlement figure in the app or "
                  "by phone; it is valid for 28 days. Our loan terms explain how partial early repayments are "
                  "applied."),
        ]),
        ("I cannot make my loan payment this month", [
            ("p", "Please call our Loans team on 01632 960415, before the payment is due if you can. We would much "
                  "rather agree a plan with you than chase a missed payment."),
            ("bullets", [
                "A missed payment fee of £12 is charged for each missed monthly payment.",
                "We do not charge missed payment fees while you keep to a repayment plan agreed with us.",
                "Interest continues to be charged on the balance you owe.",
                "Missed payments may be reported to credit reference agencies and could make it harder to "
                "borrow in future.",
            ]),
            ("p", "If your loan is up to date, you may be able to take a payment holiday instead (see our loan "
                  "terms)."),
        ]),
        ("Can I borrow more on top of my current loan?", [
            ("p", "You can apply to top up your loan once you have made 6 monthly repayments on time. A top-up is "
                  "a new loan: we pay off your existing loan and lend you the extra, at the rate for the new total "
                  "amount. The usual affordability and credit checks apply."),
        ]),
    ]),
    ("Saving with Ashgrove", [
        ("How does the Share Account work?", [
            ("p", "The Share Account is the account every member holds. Instead of interest, it earns a dividend, "
                  "which the Board proposes each year from our surplus and members approve at the AGM. The "
                  "dividend is paid into your Share Account in December. It is not guaranteed and may be higher, "
                  "lower or nothing at all. The dividend for the year to 30 September 2024 was 1.50%."),
        ]),
        ("What is the Christmas Saver?", [
            ("p", "The Christmas Saver helps you put money aside through the year for the festive season. You can "
                  "pay in from £5 at a time, up to £2,000 in each savings year, by standing order, payroll "
                  "deduction or transfer. The savings year runs from 1 November to 31 October. On 1 November your "
                  "balance and interest are paid into your Share Account or Everyday Account, as you choose."),
        ]),
        ("Can I open a savings account for my child?", [
            ("p", "A parent or guardian who is a member can open a Junior Saver for a child aged under 16. The "
                  "account is in the child's name and the money belongs to the child. When the child turns 16, the "
                  "Junior Saver becomes an adult Share Account in their own name and they become a member in their "
                  "own right, without paying the £1 membership fee."),
        ]),
        ("How does saving through my wages work?", [
            ("p", "If your employer is a payroll partner, you can save straight from your wages into a Payroll "
                  "Saver. The minimum is £10 each pay period and there is no maximum. To start, stop or change the "
                  "amount, fill in a payroll deduction form from our website or your payroll office. Changes "
                  "usually take effect within one or two pay periods, depending on your employer's payroll dates."),
        ]),
        ("Do you offer an ISA?", [
            ("p", "Our Easy Access Cash ISA pays tax-free interest. You can open one if you are aged 18 or over "
                  "and live in the UK. You can pay in up to the annual ISA allowance of £20,000 each tax year, "
                  "across all your ISAs. The tax year runs from 6 April to 5 April."),
            ("p", "To move an ISA from another provider to us, do not withdraw the money yourself, or it will lose "
                  "its tax-free status. Instead, apply for an ISA transfer and we will arrange it with your old "
                  "provider; this normally takes up to 15 working days."),
        ]),
        ("Is my money safe with a credit union?", [
            ("p", "Yes. Ashgrove Credit Union is authorised by the Prudential Regulation Authority and regulated "
                  "by the Financial Conduct Authority and the Prudential Regulation Authority. Eligible deposits "
                  "with us, including the money in your Share Account, are protected by the Financial Services "
                  "Compensation Scheme (FSCS) up to £120,000 per person."),
        ]),
    ]),
    ("Withdrawals and notice", [
        ("How quickly can I get money out of my Share Account?", [
            ("p", "Straight away. Transfers to your Everyday Account are instant, and Faster Payments to an account "
                  "with another bank usually arrive within 2 hours. You can also withdraw cash in branch. If you "
                  "have a loan with us, a minimum balance applies (see Personal loans)."),
            ("p", "We keep limited cash at the branch. To withdraw more than £2,000 in cash from any account, "
                  "please give us 2 working days' notice by phone. Without notice, we may pay part in cash and the "
                  "rest by bank transfer."),
        ]),
        ("How do the notice accounts work?", [
            ("p", "Our notice accounts pay higher rates in return for notice before you withdraw."),
            ("bullets", [
                "35-Day Notice Saver: give us 35 days' notice. If you need money sooner, you can withdraw "
                "without notice, but you lose 35 days' interest on the amount you withdraw.",
                "95-Day Notice Saver: give us 95 days' notice. Withdrawals without notice are not allowed, except "
                "in cases of serious hardship or after the death of a joint account holder; you then lose 95 "
                "days' interest on the amount withdrawn.",
            ]),
            ("p", "You can give notice in the app (Savings > Give notice) or by calling us, and cancel it at any "
                  "time before it ends. Once your notice period ends, you have 10 working days to take the money; "
                  "after that the notice lapses and you need to give notice again."),
        ]),
        ("Can I take money out of the Christmas Saver early?", [
            ("p", "The Christmas Saver is designed to be left alone until 1 November, but we understand that plans "
                  "change."),
            ("bullets", [
                "You can make one withdrawal in each savings year before 1 November. If you do, the interest rate "
                "for the whole of that savings year falls to 0.50% gross.",
                "A second withdrawal before 1 November closes the account, and the balance is paid into your "
                "Share Account.",
                "You can open a new Christmas Saver from the next 1 November.",
            ]),
        ]),
        ("Who can take money out of a Junior Saver?", [
            ("p", "Withdrawals must be for the child's benefit."),
            ("bullets", [
                "Under 11: only the parent or guardian who opened the account can withdraw money.",
                "Aged 11 to 15: the child can also withdraw up to £50 a week themselves at the Market Row branch, "
                "with their Junior Saver card or photo ID. Larger withdrawals need the parent or guardian.",
            ]),
        ]),
        ("Can I take money out of my ISA and put it back?", [
            ("p", "You can withdraw from your Easy Access Cash ISA at any time without losing interest. Our ISA is "
                  "flexible: if you take money out, you can put it back later in the same tax year without it "
                  "counting towards your £20,000 allowance. Money put back after 5 April counts as a new payment "
                  "for the new tax year."),
        ]),
    ]),
    ("Inactive and dormant accounts", [
        ("What happens if I do not use my account?", [
            ("p", "If there has been no transaction made by you on an account for 2 years, we treat it as "
                  "inactive. We write to you at your last known address and email you. Your money stays safe and "
                  "keeps earning interest or dividend. Payments in, interest and dividends do not count as "
                  "transactions made by you."),
            ("p", "While an account is inactive, you cannot make payments from it online; you need to reactivate "
                  "it first."),
            ("p", "We send a new debit card automatically before your card expires, unless the card has not been "
                  "used in the 12 months before its expiry date. In that case, ask for a new card in the app or by "
                  "phone."),
        ]),
        ("When does an account become dormant?", [
            ("p", "If an account has had no transaction made by you for 15 years and we have been unable to "
                  "contact you, it becomes dormant. We may then transfer the balance to the national dormant "
                  "assets scheme. You, or your estate, always keep the right to claim the money back at any time, "
                  "with the interest it would have earned."),
        ]),
        ("How do I reactivate my account?", [
            ("steps", [
                "Call Member Services on 01632 960410 or visit the Market Row branch.",
                "Confirm your identity. If your details have changed, we may ask for photo ID and a proof of "
                "address dated within the last 3 months.",
                "We reactivate the account within 2 working days and let you know. If your debit card has "
                "expired, we send you a new one.",
            ]),
            ("p", "There is no charge for reactivating an account, and we never charge fees because an account is "
                  "inactive or dormant."),
        ]),
        ("Can you find an old account I have lost track of?", [
            ("p", "If you think you, or a relative who has died, had an account with us that you have lost track "
                  "of, write to us or email members@ashgrovecu.example with the account holder's full name, date "
                  "of birth and past addresses. We search our records and reply within 20 working days. There is "
                  "no charge for a search."),
        ]),
    ]),
    ("Bereavement and powers of attorney", [
        ("Someone has died: what do I need to do?", [
            ("p", "We are sorry for your loss. Our Bereavement Support team will guide you through each step, and "
                  "you only need to tell us once. Call 01632 960433, Monday to Friday 9am to 5pm, or visit the "
                  "branch."),
            ("steps", [
                "Tell us the name, date of birth and address of the person who has died and, if you know it, "
                "their membership number.",
                "We stop their debit card and freeze any accounts in their sole name; standing orders and direct "
                "debits from those accounts stop.",
                "Send us the death certificate (the original, which we will return, or a certified copy).",
                "Tell us who is dealing with the estate (the executor or administrator).",
                "Once we have the documents we need, we pay out the balance, normally within 10 working days.",
            ]),
        ]),
        ("Do we need probate?", [
            ("p", "It depends on how much the person held with us in total:"),
            ("bullets", [
                "£20,000 or less: we can usually pay out without a grant of probate or letters of administration. "
                "The executor or next of kin signs our indemnity form.",
                "More than £20,000: we need to see the grant of probate, letters of administration or, in "
                "Scotland, confirmation.",
            ]),
            ("p", "Any nomination the member made is paid first."),
        ]),
        ("What is a nomination?", [
            ("p", "A member aged 16 or over can nominate one or more people to receive up to £5,000 of their "
                  "shares when they die, without waiting for probate. You can make, change or cancel a nomination "
                  "at any time using our nomination form. Marriage or civil partnership cancels a nomination. "
                  "Nominations do not apply to an ISA or the Everyday Account."),
        ]),
        ("What happens to a joint account when one holder dies?", [
            ("p", "Money in a joint account passes automatically to the surviving account holder. Send us a copy of "
                  "the death certificate and we will change the account into the survivor's name. The survivor "
                  "can keep using the account and their own card while we do this."),
        ]),
        ("What happens to a loan when the borrower dies?", [
            ("p", "Please tell us about any loan as soon as possible. Many loans are written off under our Loan "
                  "Protection cover, at no cost to the estate; our loan terms set out when this applies. From the "
                  "date we are told of the death, we stop adding interest and fees while the estate is settled."),
        ]),
        ("How do I register a power of attorney?", [
            ("p", "We accept Lasting Powers of Attorney and Enduring Powers of Attorney registered with the Office "
                  "of the Public Guardian, deputyship orders from the Court of Protection, and the equivalent "
                  "documents in Scotland and Northern Ireland."),
            ("steps", [
                "Send us the original document or a certified copy of every page. We return originals by special "
                "delivery.",
                "Each attorney completes our attorney registration form and proves their identity, just as a "
                "new member would.",
                "We register the attorney, normally within 10 working days, and write to confirm.",
            ]),
            ("p", "Once registered, an attorney can run the accounts by phone, in branch and through their own "
                  "online banking login. We cannot give an attorney a debit card on the member's account. If there "
                  "is more than one attorney and the document says they must act jointly, every attorney must "
                  "agree to each instruction."),
        ]),
        ("Can someone help with my account without a power of attorney?", [
            ("p", "Yes. While you can still make your own decisions, you can give someone you rely on a third "
                  "party mandate. It lets them make payments and talk to us on your behalf, and you can cancel it "
                  "at any time. A third party mandate ends if you lose the mental capacity to make decisions, so "
                  "you may also want to make a Lasting Power of Attorney."),
        ]),
    ]),
    ("Complaints and the Ombudsman", [
        ("How do I make a complaint?", [
            ("p", "We want to know when we get things wrong. You can complain:"),
            ("bullets", [
                "by phone on 01632 960410;",
                "by email to complaints@ashgrovecu.example;",
                "by letter to Complaints, Ashgrove Credit Union, 14 Market Row, Ashgrove; or",
                "in person at the branch.",
            ]),
            ("p", "Making a complaint never affects your membership or how we treat your applications."),
        ]),
        ("How long will my complaint take?", [
            ("bullets", [
                "We acknowledge your complaint within 3 working days.",
                "If we resolve it by the end of the third working day after we receive it, we send you a "
                "summary resolution letter.",
                "Otherwise we send a final response within 8 weeks.",
                "Complaints about payments, such as card payments, transfers and direct debits, get a final "
                "response within 15 working days, or 35 working days in exceptional circumstances, in which case "
                "we write to explain the delay.",
            ]),
        ]),
        ("What if I am not happy with your answer?", [
            ("p", "You can refer your complaint to the Financial Ombudsman Service, a free and independent service. "
                  "You must do so within 6 months of the date of our final response. You can also go to the "
                  "Ombudsman if we have not sent a final response within 8 weeks, or within 15 working days for a "
                  "complaint about payments. The Ombudsman's contact details are in our final response letter."),
            ("p", "If our mistake cost you money, we will put you back in the position you would have been in, "
                  "including refunding any fees and lost interest."),
        ]),
    ]),
    ("Accessibility and extra support", [
        ("Can I get my statements in large print, braille or audio?", [
            ("p", "Yes. We can provide statements, letters and this guide in large print, braille or audio, free of "
                  "charge. Ask once and we will send everything in your chosen format from then on. Your first "
                  "document in the new format arrives within 10 working days."),
        ]),
        ("I am deaf or hard of hearing", [
            ("p", "If you use Relay UK, dial 18001 followed by 01632 960410. We can book a British Sign Language "
                  "interpreter for a branch appointment with 5 working days' notice, at no cost to you. Our branch "
                  "counter has a hearing loop."),
        ]),
        ("Can you note my circumstances so I do not have to explain again?", [
            ("p", "Tell us about anything that makes it harder for you to manage your money, such as illness, "
                  "disability, bereavement or a change in circumstances. With your permission, we record it on our "
                  "Extra Support Register so you do not have to explain again. You can ask us to remove it at any "
                  "time."),
        ]),
        ("I cannot get to the branch", [
            ("p", "If you cannot visit the branch because of illness, disability or caring responsibilities, we "
                  "offer home visits to members who live within 10 miles of the Market Row branch. Visits are by "
                  "appointment, usually within 10 working days of asking. Our staff carry photo identification and "
                  "will never ask for your PIN."),
        ]),
        ("I am struggling with money", [
            ("p", "Talk to us early. We can refer you to free debt advice. If a debt adviser applies for Breathing "
                  "Space (the Debt Respite Scheme) for you, we freeze interest and charges on your debts with us "
                  "and stop collection activity for 60 days."),
        ]),
        ("Can I block gambling payments?", [
            ("p", "Yes. You can block card payments to gambling websites and shops in the app (Card > Gambling "
                  "block). The block starts at once. If you turn it off, there is a 48-hour wait before gambling "
                  "payments are allowed again. The app also links to free support services."),
        ]),
    ]),
]

# --- Charges and rates leaflet (PDF).

CHARGES_INTRO = (
    "This leaflet sets out the fees we charge and the rates we pay and charge from 1 April 2025. It forms part "
    "of the terms and conditions of your accounts. We will give you at least 2 months' notice before we "
    "introduce a new fee or increase an existing one."
)

FEES = [
    ["Service", "Account", "Fee", "Conditions"],
    ["Membership fee", "All members", "£1", "One-off payment when you join. Not refundable."],
    ["Monthly account fee", "Everyday Account", "£3 a month",
     "Not charged in a calendar month in which you pay in £600 or more, or if you are aged 16 to 24."],
    ["Monthly account fee", "Share Account and all savings accounts", "Free", "-"],
    ["Replacement card (damaged or worn)", "Everyday Account", "£10",
     "Free for the first replacement in any 12 months. £10 for each further replacement in the same 12 months."],
    ["Replacement card (lost or stolen)", "Everyday Account", "Free", "-"],
    ["Urgent card delivery", "Everyday Account", "£15",
     "Next working day courier delivery to a UK address. Order by 2pm."],
    ["PIN reminder", "Everyday Account", "Free", "-"],
    ["Non-sterling card payment", "Everyday Account", "2.75%",
     "Of the transaction value. Applies to card payments outside the UK and online payments charged in a "
     "non-sterling amount."],
    ["Cash withdrawal outside the UK", "Everyday Account", "£1.50 plus 2.75%",
     "For each withdrawal. The cash machine operator may also charge."],
    ["Cash withdrawal in the UK", "Everyday Account", "Free",
     "A few cash machines charge; the machine tells you before you go ahead."],
    ["Faster Payment, standing order or direct debit", "Everyday Account and Share Account", "Free", "-"],
    ["CHAPS payment", "Everyday Account and Share Account", "£20",
     "Same-day payment arranged in branch. Ask before 3pm."],
    ["Unpaid direct debit or standing order", "Everyday Account", "£5",
     "No fee if you pay in enough to cover it by 2pm on the day it is due. Maximum £15 in any calendar month."],
    ["Payment trace or recall", "Everyday Account and Share Account", "£15",
     "No charge if the error was ours or the payment is reported as fraud or a scam."],
    ["Paying in cash at a Post Office", "Everyday Account", "0.5%",
     "Free for the first £3,000 paid in each calendar month; 0.5% of the amount above £3,000."],
    ["Copy statement", "All accounts", "£5",
     "Free for statements from the last 12 months. £5 for each statement older than 12 months."],
    ["Balance confirmation letter", "All accounts", "£10",
     "Free when asked for by an executor, an administrator or a registered attorney."],
    ["Statements in large print, braille or audio", "All accounts", "Free", "-"],
    ["Missed loan payment", "Personal Loan and Payroll Loan", "£12",
     "For each missed monthly payment, no more than once a month. Not charged while you keep to an agreed "
     "repayment plan."],
    ["Early loan repayment (full or partial)", "Personal Loan and Payroll Loan", "Free",
     "Interest is charged only up to the day you repay."],
    ["Loan payment holiday", "Personal Loan and Payroll Loan", "Free",
     "Interest is still charged during the holiday."],
    ["Settlement figure", "Personal Loan and Payroll Loan", "Free", "Valid for 28 days."],
    ["ISA transfer to another provider", "Easy Access Cash ISA", "Free", "-"],
    ["Reactivating an inactive or dormant account", "All accounts", "Free", "-"],
    ["Closing an account", "All accounts", "Free", "-"],
]

FEE_NOTES = [
    "Fees are taken from the account they relate to on the last working day of the month. Before we take them, "
    "we list them in a monthly summary of fees, sent at least 14 days in advance.",
    "Fees for breaking the conditions of a savings account, such as withdrawing from a notice account without "
    "notice, are taken as lost interest, not as a charge. See section 3.",
]

LOAN_RATES = [
    ["Amount borrowed", "Longest term", "Personal Loan APR", "Payroll Loan APR"],
    ["£500 to £1,499", "24 months", "26.8%", "21.7%"],
    ["£1,500 to £2,999", "36 months", "18.9%", "14.4%"],
    ["£3,000 to £4,999", "60 months", "12.9%", "10.4%"],
    ["£5,000 to £9,999", "84 months", "8.9%", "7.4%"],
    ["£10,000 to £25,000", "84 months", "6.9%", "5.9%"],
]

LOAN_NOTES = [
    "All rates are fixed for the whole term of the loan. The rate you are offered depends only on the amount you "
    "borrow, not on your credit score; we may offer you less than you ask for, but never at a higher rate than "
    "the one shown for the amount we lend. Payroll Loan rates are available only to members whose employer is a "
    "payroll partner and who repay by deduction from pay.",
    "Representative example: if you borrow £5,000 over 36 months as a Personal Loan at a fixed rate of 8.56% a "
    "year, the representative APR is 8.9%. You would make 36 monthly repayments of £157.97, and the total amount "
    "payable would be £5,686.92, which includes interest of £686.92.",
    "Further example: borrowing £1,000 over 12 months as a Personal Loan at 26.8% APR (fixed rate 23.98% a year) "
    "means 12 monthly repayments of £94.55 and a total amount payable of £1,134.60.",
    "Payroll Loan example: borrowing £3,000 over 36 months at 10.4% APR means 36 monthly repayments of £96.71 "
    "and a total amount payable of £3,481.56.",
    "Loan Protection is included with every loan at no extra cost. It applies if you were under 70 when you "
    "took the loan out. Full terms are in our loan terms and conditions.",
]

# product, balance band, gross rate, AER, interest paid, access, minimum to open, conditions
SAVINGS = [
    ["Share Account", "All balances", "1.50%", "1.50%", "Yearly in December", "Instant", "£5",
     "Pays a dividend, not interest. The rate shown is the dividend declared for the year to 30 September 2024; "
     "future dividends are not guaranteed."],
    ["Instant Access Saver", "£1 to £4,999", "2.00%", "2.02%", "Monthly", "Instant", "£1",
     "Unlimited withdrawals. Maximum balance £250,000."],
    ["Instant Access Saver", "£5,000 to £24,999", "2.40%", "2.43%", "Monthly", "Instant", "£1",
     "Unlimited withdrawals. Maximum balance £250,000."],
    ["Instant Access Saver", "£25,000 and over", "2.75%", "2.78%", "Monthly", "Instant", "£1",
     "Unlimited withdrawals. Maximum balance £250,000."],
    ["35-Day Notice Saver", "£500 to £9,999", "3.10%", "3.10%", "Yearly on 31 March", "35 days' notice", "£500",
     "Withdrawals without notice lose 35 days' interest on the amount withdrawn."],
    ["35-Day Notice Saver", "£10,000 and over", "3.35%", "3.35%", "Yearly on 31 March", "35 days' notice", "£500",
     "Withdrawals without notice lose 35 days' interest on the amount withdrawn."],
    ["95-Day Notice Saver", "£1,000 to £9,999", "3.60%", "3.60%", "Yearly on 31 March", "95 days' notice",
     "£1,000", "No withdrawals without notice except for serious hardship or bereavement, which lose 95 days' "
     "interest. Maximum balance £250,000."],
    ["95-Day Notice Saver", "£10,000 to £49,999", "3.85%", "3.85%", "Yearly on 31 March", "95 days' notice",
     "£1,000", "No withdrawals without notice except for serious hardship or bereavement, which lose 95 days' "
     "interest. Maximum balance £250,000."],
    ["95-Day Notice Saver", "£50,000 to £250,000", "4.00%", "4.00%", "Yearly on 31 March", "95 days' notice",
     "£1,000", "No withdrawals without notice except for serious hardship or bereavement, which lose 95 days' "
     "interest. Maximum balance £250,000."],
    ["Christmas Saver", "All balances", "3.00%", "3.00%", "On 1 November", "Paid out on 1 November", "£5",
     "Pay in £5 to £2,000 each savings year (1 November to 31 October). No withdrawals before 1 November."],
    ["Christmas Saver", "After an early withdrawal", "0.50%", "0.50%", "On 1 November", "Paid out on 1 November",
     "£5", "Applies for the whole savings year once one withdrawal is made before 1 November. A second early "
     "withdrawal closes the account."],
    ["Junior Saver", "£1 to £999", "2.90%", "2.90%", "Yearly on 31 March", "Instant (by parent or guardian)", "£1",
     "For children under 16. Children aged 11 to 15 may withdraw up to £50 a week in branch."],
    ["Junior Saver", "£1,000 and over", "3.50%", "3.50%", "Yearly on 31 March", "Instant (by parent or guardian)",
     "£1", "For children under 16. Children aged 11 to 15 may withdraw up to £50 a week in branch."],
    ["Payroll Saver", "All balances", "2.60%", "2.63%", "Monthly", "Instant", "£10",
     "Saving by payroll deduction from a payroll partner employer only; at least £10 each pay period."],
    ["Easy Access Cash ISA", "All balances", "3.25%", "3.30%", "Monthly", "Instant", "£1",
     "Tax-free. Aged 18 or over and living in the UK. Flexible ISA: money taken out can be put back in the same "
     "tax year. Transfers in accepted."],
]
SAVINGS_HEADER = ["product", "balance_band", "gross_rate", "aer", "interest_paid", "access", "minimum_to_open",
                  "conditions"]

SAVINGS_NOTES = [
    "The gross rate is the rate paid before any tax is deducted. The AER (annual equivalent rate) shows what the "
    "rate would be if interest were paid and added to your balance once each year, so you can compare accounts "
    "that pay interest at different times. ISA interest is tax-free.",
    "Where a product has balance bands, the rate for the band your whole balance falls into is paid on your whole "
    "balance, not just on the part within that band. All savings rates are variable; we give you 14 days' notice "
    "of a reduction.",
    "The Share Account pays a dividend instead of interest. The rate shown is the dividend for the year to 30 "
    "September 2024, approved at our AGM; it is not a promise of future dividends.",
]


def add_steps(doc, items: list[str]) -> None:
    """A numbered list that starts again at 1: a new w:num over the List Number style's abstract numbering."""
    numbering = doc.part.numbering_part.element
    style_num_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for item in items:
        paragraph = doc.add_paragraph(item, style="List Number")
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId


def add_table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]), style="Table Grid")
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
            if index == 0:
                cell.paragraphs[0].runs[0].bold = True


def add_block(doc, kind: str, content) -> None:
    if kind == "p":
        doc.add_paragraph(content)
    elif kind == "bullets":
        for item in content:
            doc.add_paragraph(item, style="List Bullet")
    elif kind == "steps":
        add_steps(doc, content)
    elif kind == "table":
        add_table(doc, content)


def write_guide(path: Path) -> None:
    doc = Document()
    doc.add_heading("Ashgrove Credit Union: Member Guide", level=0)
    for text in GUIDE_INTRO:
        doc.add_paragraph(text)
    for topic, entries in GUIDE:
        doc.add_heading(topic, level=1)
        for heading, blocks in entries:
            doc.add_heading(heading, level=2)
            for kind, content in blocks:
                add_block(doc, kind, content)
    props = doc.core_properties
    props.author = props.last_modified_by = AUTHOR
    props.title, props.subject = "Member Guide", EFFECTIVE
    props.created = props.modified = props.last_printed = STAMP.replace(tzinfo=None)
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(buffer.getvalue())
    pin_xlsx_dates(path, STAMP)  # generic: fixed zip entry dates and dcterms:modified, for any OOXML package


class Leaflet(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, f"Ashgrove Credit Union - Charges and Rates - {EFFECTIVE}", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "www.ashgrovecu.example - Member Services 01632 960410", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)


def pdf_paragraphs(pdf: FPDF, texts: list[str]) -> None:
    pdf.set_font("Helvetica", "", 9.5)
    for text in texts:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def pdf_table(pdf: FPDF, rows: list[list[str]], widths: tuple[int, ...]) -> None:
    pdf.set_font("Helvetica", "", 9)
    heading = FontFace(emphasis="BOLD", fill_color=(220, 226, 214))
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, headings_style=heading,
                   first_row_as_headings=True, repeat_headings=1) as table:
        for row in rows:
            table.row(row)
    pdf.ln(4)


def write_charges(path: Path) -> None:
    pdf = Leaflet(format="A4")
    pdf.set_creation_date(STAMP)
    pdf.set_author(AUTHOR)
    pdf.set_title("Charges and Rates Leaflet")
    pdf.set_subject(EFFECTIVE)
    pdf.set_creator("make_ashgrove_set.py")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 12, "Charges and Rates Leaflet", new_x="LMARGIN", new_y="NEXT")
    pdf_paragraphs(pdf, [CHARGES_INTRO])
    pdf_heading(pdf, "1. Account fees")
    pdf_table(pdf, FEES, (42, 38, 24, 76))
    pdf_heading(pdf, "Notes on fees")
    pdf_paragraphs(pdf, FEE_NOTES)
    pdf_heading(pdf, "2. Loan rates")
    pdf_table(pdf, LOAN_RATES, (50, 40, 45, 45))
    pdf_paragraphs(pdf, LOAN_NOTES)
    pdf.add_page()
    pdf_heading(pdf, "3. Savings rates")
    rows = [["Product", "Balance", "Gross rate", "AER", "Interest paid"]]
    rows += [[p, band, gross, aer, paid] for p, band, gross, aer, paid, *_ in SAVINGS]
    pdf_table(pdf, rows, (50, 45, 25, 25, 35))
    pdf_paragraphs(pdf, SAVINGS_NOTES)
    pdf.output(str(path))


def write_savings(path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(SAVINGS_HEADER)
    writer.writerows(SAVINGS)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main() -> None:
    write_documents(OUT, {"member-guide.docx": write_guide, "charges.pdf": write_charges,
                          "savings-rates.csv": write_savings})


if __name__ == "__main__":
    main()
