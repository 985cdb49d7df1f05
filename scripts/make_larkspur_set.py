#!/usr/bin/env python3
"""Deterministic generator for the fictional "Larkspur Bank" evaluation set.

Writes four source documents into <out>/documents/ and the question file
<out>/questions.jsonl.  Every run produces byte-identical files (fixed dates,
fixed metadata, fixed zip timestamps).

Usage:  .venv/bin/python scripts/make_larkspur_set.py [OUTPUT_DIR]
        (default: assistant/evaluation/sets/larkspur)

Needs fpdf2 and openpyxl.
"""
import datetime as dt
import html
import io
import json
import os
import re
import sys
import zipfile

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

FIXED_DT = dt.datetime(2026, 3, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
EFFECTIVE = "1 March 2026"

H = "help-centre.html"
T = "terms.pdf"
X = "tariff.xlsx"
N = "rates-notice.txt"

# ---------------------------------------------------------------------------
# 1. Help centre (HTML)
# ---------------------------------------------------------------------------


def p(text):
    return f"<p>{text}</p>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(head, rows):
    out = ["<table>", "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead>", "<tbody>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


HELP = [
    ("getting-started", "Getting started", [
        ("Who can open a Larkspur account?",
         p("You can open a Larkspur current account if you:")
         + ul("are 18 or over", "live in the UK",
              "have a smartphone running a supported version of iOS or Android",
              "have photo ID, such as a passport or driving licence")
         + p("For 11 to 17 year olds, see Larkspur Young below.")),
        ("How do I open an account?",
         ol("Download the Larkspur app and tap Get started.",
            "Enter your name, date of birth and home address.",
            "Take a photo of your ID and record a short selfie video.",
            "Choose your plan: Standard, Plus or Premium.")
         + p("Most people are approved in under 10 minutes. Your card arrives in 3 to 5 working days, "
             "but you can use your virtual card straight away.")),
        ("How do I get in touch?",
         p("The quickest way is chat in the app, open 24 hours a day. You can also call us on 0808 157 0420 "
           "(8am to 8pm, every day) or email help@larkspur.example. Calling from abroad? Use +44 20 7946 0420.")),
        ("Is my money protected?",
         p("Yes. Eligible deposits with Larkspur Bank are protected by the Financial Services Compensation "
           "Scheme (FSCS) up to £120,000 per person. This limit covers all your Larkspur accounts added "
           "together, including your share of joint accounts.")),
        ("Which plan is right for me?",
         p("Here's how our three current account plans compare.")
         + table(["", "Standard", "Plus", "Premium"], [
             ["Monthly fee", "£0", "£4.50", "£14"],
             ["Cashback", "None", "1% at supermarkets", "1.5% on travel and eating out"],
             ["Card fees abroad", "Yes", "No card fees", "None"],
             ["Travel insurance", "No", "No", "Worldwide family cover"],
             ["Overdraft buffer", "£0", "£50", "£250"],
         ])),
    ]),
    ("standard", "Larkspur Standard", [
        ("How much does it cost each month?",
         p("Nothing. Larkspur Standard has no monthly fee, and everyday spending and payments in the UK are free.")),
        ("Can I get cashback?",
         p("Not on Standard, sorry. Cashback is a perk of our Plus and Premium plans. "
           "You can upgrade in the app whenever you like.")),
        ("Can I use my card abroad?",
         p("Yes, your card works anywhere the card scheme logo is shown. On Standard, we charge a 2.75% "
           "non-sterling transaction fee on spending in other currencies, and 2% on cash withdrawals abroad "
           "(minimum £1.50).")),
        ("How do I upgrade my plan?",
         ol("Open the app and tap Account.", "Tap Your plan, then Change plan.",
            "Pick Plus or Premium and read the summary.", "Tap Confirm upgrade.")
         + p("Your new perks start straight away. The first month of any upgrade is free.")),
    ]),
    ("plus", "Larkspur Plus", [
        ("How much does it cost each month?",
         p("Larkspur Plus costs £4.50 a month. We take the fee on the 1st of each month.")),
        ("Can I get cashback?",
         p("Yes. On Plus you get 1% cashback when you pay with your Larkspur card at supermarkets, up to "
           "£10 a month. We add it to your account on the 5th of the following month.")),
        ("Do I get travel insurance?",
         p("No, Plus doesn't include travel insurance. What you do get is fee-free card spending abroad, and "
           "up to £200 a month of fee-free cash withdrawals abroad. After that, cash withdrawals cost 2%.")),
        ("What else comes with Plus?",
         ul("Savings Pots with automatic round-ups", "Get paid up to 1 working day early",
            "A £50 interest-free overdraft buffer", "Cheaper international transfers: £3 each")),
        ("Can it be a joint account?",
         p("Yes. Plus can be a joint account for two people. The monthly fee is charged once per account, "
           "not per person.")),
    ]),
    ("premium", "Larkspur Premium", [
        ("How much does it cost each month?",
         p("Larkspur Premium costs £14 a month, taken on the 1st of each month.")),
        ("Can I get cashback?",
         p("Yes. Premium pays 1.5% cashback on travel and eating out, up to £30 a month. Travel means "
           "airlines, trains, hotels and car hire; eating out means restaurants, cafes and takeaways. "
           "Supermarket cashback isn't part of Premium.")),
        ("Do I get travel insurance?",
         p("Yes. Premium includes worldwide family travel insurance. It covers you, your partner and your "
           "children under 18, for trips of up to 31 days each.")
         + ul("Winter sports are covered.", "Cover stops at age 80.",
              "You must tell the insurer about any existing medical conditions.")),
        ("Do I get airport lounge access?",
         p("Yes, you get 4 free airport lounge passes a year. Once you've used them, extra passes cost £24 each.")),
        ("Is my phone insured?",
         p("Yes. Premium includes mobile phone insurance for up to 2 phones, covering loss, theft and "
           "breakdown. There's a £75 excess for each claim.")),
        ("Can it be a joint account?",
         p("No. Premium is a sole account, for one person only. If you want a joint account, choose "
           "Standard or Plus.")),
        ("How do I downgrade from Premium?",
         ol("Tap Account, then Your plan.", "Tap Change plan and choose Standard or Plus.",
            "Tap Confirm downgrade.")
         + p("Your downgrade happens on your next fee date. Your insurance cover and lounge passes end on "
             "that date too.")),
    ]),
    ("easy-access", "Easy Access Saver", [
        ("How much interest do I earn?",
         p("Your rate depends on your balance. The rate for your band applies to your whole balance.")
         + table(["Balance", "Interest (AER, variable)"], [
             ["£1 to £9,999.99", "3.10%"], ["£10,000 to £49,999.99", "3.35%"], ["£50,000 to £250,000", "3.60%"]])
         + p("We work interest out every day and pay it on the last day of each month.")),
        ("Can I take money out?",
         p("Yes, as often as you like, with no notice and no penalty. Withdrawals go to your Larkspur "
           "current account instantly.")),
        ("What's the minimum to open?",
         p("You can open an Easy Access Saver with just £1. The most you can hold is £250,000.")),
        ("How do I open one?",
         ol("Tap Save in the app.", "Tap Open an Easy Access Saver.",
            "Choose how much to move in from your current account.", "Tap Open saver.")),
        ("Can it be a joint account?",
         p("Yes. If you have a joint current account, either of you can open a joint Easy Access Saver from it.")),
        ("How do I close it?",
         p("Tap the saver, then Settings, then Close saver. We'll move your money and any interest earned "
           "this month to your current account straight away.")),
    ]),
    ("fixed", "Fixed Saver", [
        ("How much interest do I earn?",
         p("Your rate is fixed for the whole term, so it won't change.")
         + table(["Term", "Interest (AER, fixed)"], [["1 year", "4.15%"], ["2 years", "3.95%"]])
         + p("We pay interest once a year, on the anniversary of the day you opened the saver, and again "
             "at the end of the term.")),
        ("Can I take money out?",
         p("Not before the end of the term. You have a 14-day cooling-off period after you open it, when "
           "you can close it and get all your money back with any interest earned. After that, we can only "
           "release money early in exceptional circumstances, such as bereavement or serious financial "
           "hardship. If we do, there's a charge equal to 90 days' interest.")),
        ("What's the minimum to open?",
         p("You need at least £1,000, and you can put in up to £250,000. You must pay everything in within "
           "14 days of opening. You can't add more money after that.")),
        ("What happens at the end of the term?",
         p("We'll message you 30 days before your fix ends. You can move your money to a new Fixed Saver "
           "or to your current account. If we don't hear from you, we'll move it into an Easy Access Saver.")),
        ("Can it be a joint account?",
         p("No. Fixed Savers can only be held in one name.")),
        ("How do I close it?",
         p("During the 14-day cooling-off period, tap the saver, then Settings, then Close saver. After "
           "that, it closes automatically at the end of the term. To ask for early access in exceptional "
           "circumstances, chat to us in the app.")),
    ]),
    ("overdraft", "Overdraft", [
        ("How much interest do I pay?",
         p("It depends on your plan. Plus and Premium come with an interest-free buffer, so you only pay "
           "interest on the overdrawn amount above it.")
         + table(["Plan", "Interest-free buffer", "Interest (EAR, variable)"], [
             ["Standard", "£0", "39.9%"], ["Plus", "£50", "29.9%"], ["Premium", "£250", "19.9%"]])),
        ("How do I apply for an overdraft?",
         ol("Tap Borrow in the app, then Overdraft.", "Choose a limit between £50 and £3,000.",
            "Check the costs we show you and agree to a credit check.", "Tap Apply.")
         + p("You'll usually get a decision in a few minutes. The credit check will show on your credit file.")),
        ("What happens if I go over my limit?",
         p("We don't offer unarranged overdrafts. If a payment would take you over your limit, we'll usually "
           "decline it, and we never charge for declined payments. Sometimes a payment still goes through, "
           "for example an offline card payment on a plane. We won't charge interest on the amount over "
           "your limit, but please pay it back as soon as you can.")),
        ("Can I change or remove my overdraft?",
         p("Yes. Tap Borrow, then Overdraft, then Change limit. You can lower or remove it at any time. "
           "Asking for a higher limit means another credit check.")),
    ]),
    ("credit-card", "Credit card", [
        ("How much interest do I pay?",
         p("If you pay your full balance by the due date every month, you pay no interest on purchases, "
           "with up to 56 days interest-free. Otherwise:")
         + ul("Purchases: 24.9% a year (variable)",
              "Cash withdrawals: 29.9% a year (variable), charged from the day you take the cash")
         + p("Representative example: 24.9% APR representative (variable), based on an assumed credit "
             "limit of £1,200.")),
        ("What fees are there?",
         ul("Late payment: £12", "Cash withdrawal: 3% (minimum £3)",
            "Balance transfer: 3% of the amount transferred", "Using your card abroad: no fee")),
        ("How do I make a payment?",
         ol("Tap your credit card in the app.", "Tap Make a payment.",
            "Choose the minimum, the full balance or another amount.",
            "Confirm. Payments from your Larkspur current account arrive instantly.")
         + p("Your minimum payment is £5 or 1% of your balance plus interest and fees, whichever is more. "
             "You can also set up a Direct Debit so you never miss a payment.")),
        ("How do I close it?",
         ol("Pay off your whole balance, including any interest still to be added.",
            "Cancel any regular payments set up on the card.",
            "Tap your credit card, then Settings, then Close card.")
         + p("We'll confirm by email when the account is closed. Any credit balance is sent to your "
             "current account.")),
        ("Can I claim from you if something I bought goes wrong?",
         p("Maybe. If you paid with your Larkspur credit card for a single item costing over £100 and up to "
           "£30,000, you may be able to claim from us under Section 75 of the Consumer Credit Act 1974. "
           "See Disputes and chargebacks for how to start a claim.")),
    ]),
    ("travel", "Using your card abroad", [
        ("Do I need to tell you I'm travelling?",
         p("No. Your card works abroad automatically. Just keep notifications turned on so we can reach "
           "you quickly if we spot something unusual.")),
        ("What does it cost to use my card abroad?",
         table(["", "Card spending", "Cash withdrawals"], [
             ["Standard", "2.75%", "2% (minimum £1.50)"],
             ["Plus", "Free", "Free up to £200 a month, then 2%"],
             ["Premium", "Free", "Free"],
             ["Credit card", "Free", "3% cash fee (minimum £3)"]])
         + p("Some cash machine owners add their own charge. They must show it on screen before you confirm.")),
        ("Should I pay in pounds or the local currency?",
         p("Always choose the local currency. If you pick pounds, the shop's payment provider sets the "
           "exchange rate, and it's usually worse than ours.")),
        ("What exchange rate do you use?",
         p("We use the card scheme's exchange rate on the day the payment is processed, with no extra "
           "mark-up on Plus and Premium.")),
        ("My card was blocked while I was abroad",
         ol("Open the app and check for a message from us.",
            "If we ask, confirm whether the payment was you.",
            "If you can't get online, call +44 20 7946 0777, open 24 hours.")),
    ]),
    ("cash", "Paying in cash and cheques", [
        ("How do I pay in cash at the Post Office?",
         ol("Go to any Post Office branch in the UK.",
            "Tell the staff you'd like to pay in to your Larkspur account.",
            "Hand over your Larkspur debit card and your cash.",
            "Check the amount and keep your receipt.")
         + p("The money usually reaches your account within 2 hours, and always by the end of the next "
             "working day.")),
        ("Is there a fee for paying in cash?",
         p("Yes, on some plans:")
         + ul("Standard: £1.00 per deposit", "Plus: £0.50 per deposit",
              "Premium: your first 10 deposits each month are free, then £0.75 per deposit")),
        ("Can I pay in coins?",
         p("Yes. Put your coins in Post Office coin bags, sorted by coin type. You can pay in up to £300 in "
           "coins per visit. The fee is the same as for notes, and coins count towards your daily cash "
           "deposit limit.")),
        ("How much cash can I pay in?",
         p("Your daily cash deposit limit depends on your plan: £1,000 on Standard, £2,000 on Plus and "
           "£3,000 on Premium. Larkspur Young accounts can pay in up to £200 a day.")),
        ("How do I pay in a cheque?",
         ol("Write your name, account number and sort code on the back.",
            "Put it in an envelope with a note of your mobile number.",
            "Post it to: Larkspur Bank, Cheque Centre, PO Box 4410, Larkton LK1 0AA.")
         + p("Cheques clear in 3 working days after they reach us. We can't take cheques at the Post Office.")),
    ]),
    ("payments", "Payments and transfers", [
        ("How long does a Faster Payment take?",
         p("Usually a few seconds, and almost always within 2 hours. Now and then we hold a payment for "
           "extra checks. If we do, it will still reach the other bank by the end of the next working day.")),
        ("How much can I send in a day?",
         p("Your daily limit for Faster Payments depends on your plan:")
         + ul("Standard: £10,000", "Plus: £25,000", "Premium: £50,000")
         + p("Need to send more in one go? Chat to us before you pay.")),
        ("How do I send money abroad?",
         ol("Tap Payments, then Send abroad.", "Choose the currency and the country.",
            "Enter the recipient's name, IBAN or account number, and SWIFT/BIC code.",
            "Check the fee and exchange rate, which we show before you confirm.",
            "Confirm with your passcode or fingerprint.")
         + p("Most international transfers arrive in 1 to 4 working days. The fee is £5 on Standard, £3 on "
             "Plus, and free on Premium for euros and US dollars.")),
        ("What does 'No match' mean when I add a payee?",
         p("When you add someone new, we check the name you entered against the name on their account. "
           "This is called Confirmation of Payee. If we show No match, stop and check the details with the "
           "person you're paying. Scammers often give a false name.")),
        ("Can I cancel a payment?",
         p("Faster Payments are instant and can't be cancelled once sent. You can cancel standing orders "
           "and future-dated payments in the app up to the end of the working day before they're due. You "
           "can cancel a Direct Debit at any time in the app, and we'll tell the company for you.")),
        ("How do I set up a standing order?",
         ol("Tap Payments, then Standing orders.", "Tap New standing order and choose who to pay.",
            "Enter the amount, how often, and the first payment date.", "Confirm with your passcode.")),
        ("I sent money to the wrong account",
         p("Tell us straight away in chat. We'll contact the bank that received it and ask them to return "
           "it. We can't promise to get it back, but we don't charge for trying. If the money can't be "
           "returned, we'll give you the information you need to claim it back yourself.")),
    ]),
    ("cards", "Lost, stolen and frozen cards", [
        ("How do I freeze my card?",
         ol("Open the app and tap Card.", "Tap Freeze card.")
         + p("Freezing stops card payments and cash withdrawals straight away. Direct Debits and standing "
             "orders still go out. To unfreeze, tap Unfreeze card.")),
        ("My card is lost or stolen",
         ol("Freeze your card in the app straight away.",
            "If you're sure it's gone, tap Report lost or stolen. This cancels the card for good.",
            "Check your recent payments and tell us about any you don't recognise.",
            "We'll send a new card, which usually arrives in 3 to 5 working days.")
         + p("A replacement card is free. Next-day express delivery costs £10, or is free on Premium. "
             "Can't get into the app? Call 0808 157 0777, open 24 hours.")),
        ("A cash machine kept my card",
         p("If an ATM keeps your card, don't go back for it. Banks destroy retained cards for security.")
         + ol("Tap Card, then ATM kept my card.", "Confirm the address you'd like the new card sent to.")
         + p("If the machine kept your card but didn't give you your cash, and the money has left your "
             "account, tell us in chat. We'll raise a claim with the machine's owner, which usually takes "
             "up to 10 working days.")),
        ("How do I see or change my PIN?",
         p("Tap Card, then View PIN. To change it, use any UK cash machine and choose PIN services. "
           "You can't change your PIN in the app.")),
        ("Why was my card declined?",
         ul("Your card is frozen.", "There isn't enough money in your account.",
            "You've reached your daily card or cash machine limit.",
            "We've spotted something unusual and sent you a message to check.",
            "You've turned off a payment type, such as online payments, in card settings.")),
        ("Can I get a virtual card?",
         p("Yes. Every plan includes a free virtual card that's ready as soon as your account is open. "
           "Tap Card, then Virtual card to see the details.")),
    ]),
    ("disputes", "Disputes and chargebacks", [
        ("I didn't get what I paid for",
         p("First, ask the seller to put it right. If that doesn't work, we may be able to get your money "
           "back through a chargeback.")
         + ol("Tap the payment in your app.", "Tap Something's wrong, then I didn't get what I paid for.",
              "Tell us what happened and upload any evidence, such as receipts, emails or photos.")
         + p("Please tell us within 120 days of the date you expected the goods or service. A chargeback "
             "isn't a legal right, but we'll always try. Chargebacks can take up to 16 weeks to complete.")),
        ("I've been charged twice",
         p("Sometimes a pending payment shows twice. The extra one usually drops off within 7 days. If both "
           "payments have gone through, tap one of them, then Something's wrong, then I've been charged twice.")),
        ("I cancelled a subscription but I'm still being charged",
         p("You can stop a regular card payment directly with us, even if the company won't. Tap the "
           "payment, then Stop future payments. If you were charged after you cancelled, raise a dispute "
           "using Something's wrong.")),
        ("Will you refund me while you look into it?",
         p("For chargebacks, we may give you a temporary credit while the claim is open. If the seller "
           "proves the payment was valid, we'll take the temporary credit back and tell you why.")),
    ]),
    ("fraud", "Fraud and scams", [
        ("I think I've been scammed",
         ol("Stop any more payments and freeze your card in the app.",
            "Call us on 0808 157 0777, any time of day or night.", "Report it to the police as well.",
            "Change your app passcode and the password for your email.")),
        ("Will I get my money back if I've been scammed?",
         p("If you were tricked into sending a Faster Payment to a scammer, we'll usually reimburse you, up "
           "to £85,000 per claim. We may deduct an excess of up to £100. Please report it within 13 months "
           "of the last payment. We normally decide within 5 working days. See section 7 of our terms for "
           "the full rules.")),
        ("How do I know it's really Larkspur contacting me?",
         ul("We will never ask you to move money to a safe account.",
            "We will never ask for your full passcode or PIN.",
            "We will never ask you to install software that lets us see your screen.")
         + p("If you're unsure, hang up and call us back on 0808 157 0420, or chat in the app.")),
        ("I got a suspicious text or email",
         p("Don't tap any links. Forward emails to phishing@larkspur.example, then delete the message. If "
           "you've already entered your details, freeze your card and call us on 0808 157 0777.")),
        ("There's a payment I didn't make",
         p("Freeze your card and tell us in the app. If you didn't authorise the payment, we'll refund it by "
           "the end of the next working day, unless we have good reason to suspect fraud on your part. Tell "
           "us as soon as you can, and within 13 months at the latest.")),
    ]),
    ("joint", "Joint accounts", [
        ("How do I open a joint account?",
         ol("In the app, tap Account, then Add a joint holder.",
            "Enter the other person's name and mobile number.",
            "They'll get an invite to download the app and verify their ID.",
            "Once they accept, your account becomes joint.")
         + p("Joint accounts are available on Standard and Plus, for two people aged 18 or over.")),
        ("Who is responsible for an overdraft on a joint account?",
         p("Both of you. Each holder is responsible for the whole amount owed, not just half. This is called "
           "being jointly and severally liable.")),
        ("How do I remove someone from a joint account?",
         p("Both holders must agree, and each of you will need to confirm in the app. The person leaving "
           "can't be removed while the account is overdrawn. If you can't agree, we may ask for both of you "
           "to approve every payment until it's sorted.")),
        ("What happens to a joint account if one of us dies?",
         p("The account passes to the surviving holder automatically. Please let our bereavement team know.")),
    ]),
    ("young", "Larkspur Young (ages 11 to 17)", [
        ("Can my child have an account?",
         p("Yes. Larkspur Young is for 11 to 17 year olds. A parent or guardian who banks with us can open "
           "it from their own app. There's no monthly fee.")),
        ("What can my child do with Larkspur Young?",
         ul("Pay with their own debit card, in shops and online.",
            "Take out up to £100 a day from cash machines.", "Save money in Savings Pots.")
         + p("They can't have an overdraft or a credit card. Gambling and age-restricted payments are blocked.")),
        ("How do I top up my child's account?",
         ol("Open your app and tap your child's name.", "Tap Top up.", "Enter the amount and tap Send.")
         + p("You can also set up weekly pocket money.")),
        ("What happens when my child turns 18?",
         p("On their 18th birthday, we move the account to Larkspur Standard automatically. Your access as "
           "a parent ends on that day. They can upgrade to Plus or Premium if they like.")),
    ]),
    ("closing", "Closing your account", [
        ("How do I close my current account?",
         ol("Move your money out and pay back any overdraft.",
            "Move your Direct Debits and standing orders to your new account.",
            "Close any Larkspur savers linked to the account.",
            "Tap Account, then Settings, then Close account.")
         + p("If you're switching to another bank with the Current Account Switch Service, your new bank "
             "will close your Larkspur account for you, and it takes 7 working days.")),
        ("Will I get my monthly fee back if I close?",
         p("Yes, part of it. We'll refund the fee for the days left in the month after you close.")),
        ("Can you close my account?",
         p("We can, but we'll normally give you at least 2 months' notice. In serious cases, such as fraud "
           "or abusive behaviour towards our staff, we may close it straight away.")),
    ]),
    ("bereavement", "Bereavement", [
        ("Someone has died. What do I need to do?",
         ol("Tell us using the form at www.larkspur.example/bereavement, or call our bereavement team on "
            "020 7946 0455 (Monday to Friday, 9am to 5pm).",
            "Send us a copy of the death certificate.", "Tell us who is dealing with the estate.")
         + p("When we're told, we freeze any accounts in the person's sole name to keep the money safe.")),
        ("Do I need probate?",
         p("If the total balance across all their Larkspur accounts is £50,000 or less, we can usually "
           "release the money without probate. Above £50,000, we'll need a grant of probate or letters of "
           "administration.")),
        ("Can you pay for the funeral?",
         p("Yes. We can pay the funeral director's invoice directly from the account of the person who "
           "died, even before probate.")),
    ]),
    ("complaints", "Complaints", [
        ("How do I make a complaint?",
         ol("Chat to us in the app, call 0808 157 0460, or email complaints@larkspur.example.",
            "Tell us what went wrong and what you'd like us to do.",
            "We'll let you know who's handling it.")
         + p("We try to sort things out within 3 working days. If we can't, we'll send you a final response "
             "within 8 weeks. For complaints about payments, it's within 15 working days.")),
        ("What if I'm not happy with your answer?",
         p("You can ask the Financial Ombudsman Service to look at your complaint. It's free and independent. "
           "You need to contact them within 6 months of the date of our final response. You can also go to "
           "them if we haven't sent a final response within 8 weeks.")),
    ]),
]


def make_html():
    nav = [("/", "Home"), ("/current-accounts", "Current accounts"), ("/savings", "Savings"),
           ("/borrowing", "Borrowing"), ("/cards", "Cards"), ("/help", "Help centre"), ("/contact", "Contact us")]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w('<html lang="en-GB">')
    w("<head>")
    w('<meta charset="utf-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>Help centre | Larkspur Bank</title>")
    w('<link rel="stylesheet" href="https://www.larkspur.example/assets/site.css">')
    w("<style>details{margin:.4em 0}summary{cursor:pointer;font-weight:600}</style>")
    w("</head>")
    w("<body>")
    w('<a class="skip" href="#content">Skip to content</a>')
    w('<header class="site-header">')
    w('  <a class="logo" href="https://www.larkspur.example/">Larkspur Bank</a>')
    w('  <p class="strap">Banking that fits in your pocket</p>')
    w('  <a class="login" href="https://app.larkspur.example/login">Log in</a>')
    w("</header>")
    w('<nav class="main-menu" aria-label="Main menu"><ul>')
    for href, label in nav:
        w(f'  <li><a href="https://www.larkspur.example{href}">{label}</a></li>')
    w("</ul></nav>")
    w('<main id="content">')
    w("<h1>Help centre</h1>")
    w(f'<p class="intro">Answers to the questions we get asked most. This page is effective from {EFFECTIVE}. '
      "Can't find what you need? Chat to us in the app.</p>")
    w('<nav class="toc" aria-label="Topics"><ul>')
    for sid, title, _ in HELP:
        w(f'  <li><a href="#{sid}">{title}</a></li>')
    w("</ul></nav>")
    for sid, title, entries in HELP:
        w(f'<section id="{sid}">')
        w(f"<h2>{title}</h2>")
        for q, a in entries:
            w("<details>")
            w(f"  <summary>{html.escape(q, quote=False)}</summary>")
            w(f'  <div class="answer">{a}</div>')
            w("</details>")
        w("</section>")
    w("</main>")
    w('<footer class="site-footer">')
    w('  <ul class="footer-links"><li><a href="https://www.larkspur.example/privacy">Privacy</a></li>'
      '<li><a href="https://www.larkspur.example/cookies">Cookies</a></li>'
      '<li><a href="https://www.larkspur.example/accessibility">Accessibility</a></li>'
      '<li><a href="https://www.larkspur.example/legal">Terms and tariff</a></li></ul>')
    w("  <p>Larkspur Bank plc, 1 Meadow Row, Larkton LK1 0AA. Larkspur Bank is a fictional bank, "
      "created for testing. Nothing on this page is a real offer.</p>")
    w("  <p>Copyright 2026 Larkspur Bank plc.</p>")
    w("</footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# 2. Terms and conditions (PDF)
# ---------------------------------------------------------------------------

# Each section: (number, title, [items]); item = (clause_no, text, [(sub_letter, text)], trailing_text)
TERMS = [
    ("1", "About these terms", [
        ("1.1", "These terms cover Larkspur current accounts (Standard, Plus and Premium), Larkspur Young, the "
                "Easy Access Saver and the Fixed Saver. Our credit card is covered by a separate credit agreement.", [], ""),
        ("1.2", "Your agreement with us is made up of these terms, our Tariff of fees and limits, and the product "
                "summary for each account you hold. If the Tariff and these terms say different things about a "
                "fee or limit, the Tariff applies.", [], ""),
        ("1.3", "Larkspur Bank plc is a fictional bank, created for testing. Our registered office is "
                "1 Meadow Row, Larkton LK1 0AA.", [], ""),
        ("1.4", "We'll talk to you in English, through the app, by email or by post. You can ask for a copy of "
                "these terms at any time, and we'll send it free of charge.", [], ""),
    ]),
    ("2", "Opening and holding accounts", [
        ("2.1", "To open a current account you must be 18 or over, live in the UK and pass our identity checks.", [], ""),
        ("2.2", "You may hold one current account in your sole name and one joint account.", [], ""),
        ("2.3", "Joint accounts:", [
            ("a", "a joint account can have no more than two holders;"),
            ("b", "each holder can use the account and give us instructions without the other;"),
            ("c", "each holder is jointly and severally liable, which means each of you is responsible for all "
                  "of any money owed to us, not just your share;"),
            ("d", "if we learn of a dispute between joint holders, we may require both holders to authorise "
                  "every payment."),
        ], ""),
        ("2.4", "Larkspur Premium and the Fixed Saver can only be held in one name.", [], ""),
    ]),
    ("3", "Plans and fees", [
        ("3.1", "We take your monthly plan fee on the 1st day of each month, in advance, from your current account.", [], ""),
        ("3.2", "You can change plan at any time in the app.", [
            ("a", "An upgrade starts immediately, and the first month of the upgraded plan is free."),
            ("b", "A downgrade starts on your next fee date."),
        ], ""),
        ("3.3", "Insurance and other benefits that come with a plan end on the date a downgrade or closure "
                "takes effect.", [], ""),
        ("3.4", "If there isn't enough money to pay your monthly fee, we'll try again each day for 7 days. If "
                "the fee is still unpaid for two months in a row, we may move you to Larkspur Standard.", [], ""),
        ("3.5", "We'll give you at least 2 months' notice of any increase to our fees. You can close or switch "
                "your account free of charge before the change takes effect.", [], ""),
    ]),
    ("4", "Payments", [
        ("4.1", "Faster Payments are usually received within 2 hours. In every case, we'll make sure the payment "
                "reaches the recipient's bank by the end of the next business day.", [], ""),
        ("4.2", "You can cancel a standing order or future-dated payment up to the end of the business day "
                "before it is due to be made.", [], ""),
        ("4.3", "We may refuse or delay a payment if:", [
            ("a", "there isn't enough money in your account, including any arranged overdraft;"),
            ("b", "we reasonably suspect fraud, a scam or other criminal activity;"),
            ("c", "the payment would exceed a limit in our Tariff or break the law;"),
            ("d", "the payment instructions are unclear or incomplete."),
        ], "Unless the law prevents it, we'll tell you in the app that we've refused a payment, and why."),
        ("4.4", "For international payments we show you the fee and exchange rate before you confirm. Payments "
                "in euros to countries in the European Economic Area usually arrive within 1 business day; other "
                "international payments may take up to 4 business days.", [], ""),
        ("4.5", "International payments you ask us to make after 3pm on a business day are treated as received "
                "on the next business day.", [], ""),
        ("4.6", "Money paid into your account is available to use as soon as we receive it. Cheques are "
                "available once cleared, usually 3 business days after we receive them.", [], ""),
    ]),
    ("5", "Cards and security", [
        ("5.1", "You must keep your card, PIN, passcode and other security details safe. Never share them with "
                "anyone, including our staff.", [], ""),
        ("5.2", "Tell us without delay if your card is lost or stolen, if a cash machine keeps your card, or if "
                "you think someone else knows your security details. You can tell us in the app or by calling "
                "0808 157 0777 at any time.", [], ""),
        ("5.3", "You won't be responsible for payments made with your card after you've told us it is lost or "
                "stolen.", [], ""),
        ("5.4", "We may block your card if we reasonably suspect fraud or unauthorised use. We'll tell you before "
                "we do this where possible, and otherwise straight afterwards.", [], ""),
    ]),
    ("6", "Unauthorised and incorrect payments", [
        ("6.1", "If you tell us a payment from your account wasn't authorised by you, we'll refund it by the end "
                "of the next business day, unless we have reasonable grounds to suspect that you have acted "
                "fraudulently.", [], ""),
        ("6.2", "You must tell us as soon as you can, and in any case no later than 13 months after the payment "
                "left your account.", [], ""),
        ("6.3", "If your card or security details were lost or stolen before you told us, you may have to pay "
                "up to £35 of the losses. This doesn't apply if you couldn't have known about the loss before "
                "the payment was made.", [], ""),
        ("6.4", "You will be responsible for all losses if you acted fraudulently, or if you deliberately or with "
                "gross negligence failed to keep your security details safe, for example by writing your PIN on "
                "your card.", [], ""),
        ("6.5", "If you gave us the wrong details for a payment, we'll make reasonable efforts to recover the "
                "money, free of charge.", [], ""),
    ]),
    ("7", "Authorised push payment scams", [
        ("7.1", "If you were tricked into making a Faster Payment to a scammer, we'll reimburse you up to £85,000 "
                "per claim, unless an exception in clause 7.4 applies.", [], ""),
        ("7.2", "We may deduct an excess of up to £100 from a reimbursement. We won't deduct an excess if you "
                "were vulnerable at the time of the scam.", [], ""),
        ("7.3", "You must make your claim within 13 months of the last payment to the scammer.", [], ""),
        ("7.4", "We won't reimburse you if:", [
            ("a", "you were involved in the fraud;"),
            ("b", "you were grossly negligent, for example by ignoring clear, specific warnings from us or the police;"),
            ("c", "the payment was made by card or was an international payment (card payments are covered by "
                  "clause 6 and by chargeback rules)."),
        ], ""),
        ("7.5", "We'll tell you our decision within 5 business days. If we need more information, we may extend "
                "this to up to 35 business days.", [], ""),
    ]),
    ("8", "Overdrafts", [
        ("8.1", "An arranged overdraft is available to current account holders aged 18 or over, subject to a "
                "credit check. Limits range from £50 to £3,000.", [], ""),
        ("8.2", "We charge interest on your overdrawn balance at the EAR for your plan shown in our Tariff. "
                "Interest is calculated daily and added to your account on the 1st of each month.", [], ""),
        ("8.3", "Plus and Premium include an interest-free buffer of £50 and £250 respectively. We only charge "
                "interest on the part of your overdrawn balance above the buffer.", [], ""),
        ("8.4", "We don't offer unarranged overdrafts. We'll normally refuse a payment that would take you over "
                "your limit. If a payment does take you over your limit, we won't charge interest or fees on the "
                "amount over the limit, but you must repay it promptly.", [], ""),
        ("8.5", "We may reduce or remove your overdraft by giving you at least 30 days' notice. We may do so "
                "immediately if we reasonably believe you can no longer repay.", [], ""),
        ("8.6", "An overdraft is repayable on demand. This means we can ask you to repay it at any time.", [], ""),
    ]),
    ("9", "Larkspur Young", [
        ("9.1", "Larkspur Young is for customers aged 11 to 17. It must be opened by a parent or guardian who "
                "holds a Larkspur current account.", [], ""),
        ("9.2", "Larkspur Young accounts have no monthly fee, no overdraft and no credit card. The daily cash "
                "machine limit is £100.", [], ""),
        ("9.3", "The parent or guardian can see the account's payments, freeze the card and set spending controls.", [], ""),
        ("9.4", "On the customer's 18th birthday, the account becomes a Larkspur Standard account and the parent "
                "or guardian's access ends.", [], ""),
    ]),
    ("10", "Savings accounts", [
        ("10.1", "Easy Access Saver:", [
            ("a", "The interest rate is variable and depends on your balance. The rate for your balance band "
                  "applies to your whole balance."),
            ("b", "Interest is calculated daily and paid on the last day of each month."),
            ("c", "You can make withdrawals at any time with no charge."),
            ("d", "If we reduce your rate, we'll give you at least 14 days' notice. You can close the account "
                  "without charge during the notice period."),
        ], ""),
        ("10.2", "Fixed Saver:", [
            ("a", "The interest rate is fixed for the whole term."),
            ("b", "You can deposit between £1,000 and £250,000, and you must make all deposits within 14 days "
                  "of opening."),
            ("c", "You can close the account within 14 days of opening (the cooling-off period) and get back "
                  "your money with any interest earned."),
            ("d", "After the cooling-off period, you can't make withdrawals before the end of the term. In "
                  "exceptional circumstances we may agree to early access; if we do, we'll charge an amount "
                  "equal to 90 days' interest on the amount withdrawn."),
            ("e", "At the end of the term, if you haven't told us what to do, we'll move your money to an Easy "
                  "Access Saver."),
        ], ""),
        ("10.3", "We pay interest without deducting tax. You're responsible for paying any tax due.", [], ""),
    ]),
    ("11", "Closing your account", [
        ("11.1", "You can close your account at any time without charge, except that the Fixed Saver can only be "
                 "closed as set out in clause 10.2.", [], ""),
        ("11.2", "We may close your account by giving you at least 2 months' notice.", [], ""),
        ("11.3", "We may close your account immediately if:", [
            ("a", "you have given us false information;"),
            ("b", "you have used, or tried to use, your account for criminal purposes;"),
            ("c", "you have behaved in a threatening or abusive way towards our staff;"),
            ("d", "we are required to do so by law."),
        ], ""),
        ("11.4", "If your account closes part-way through a month, we'll refund the monthly fee for the days "
                 "remaining in that month.", [], ""),
    ]),
    ("12", "If you die", [
        ("12.1", "When we're told of your death, we'll freeze any accounts in your sole name.", [], ""),
        ("12.2", "Money in a joint account will belong to the surviving holder.", [], ""),
        ("12.3", "We'll pay the money in your sole accounts to your personal representatives. If the total across "
                 "all your accounts with us is more than £50,000, we'll need to see a grant of probate or letters "
                 "of administration.", [], ""),
        ("12.4", "We may pay a funeral director's invoice from your sole account before probate is granted.", [], ""),
    ]),
    ("13", "Complaints and protection", [
        ("13.1", "You can complain through the app, by phone on 0808 157 0460, by email to "
                 "complaints@larkspur.example or in writing to our registered office.", [], ""),
        ("13.2", "We'll send you a final response within 8 weeks. For complaints about payment services, we'll "
                 "respond within 15 business days, or within 35 business days in exceptional circumstances.", [], ""),
        ("13.3", "If you're not happy with our final response, you can refer your complaint to the Financial "
                 "Ombudsman Service within 6 months of the date of our final response. Their service is free.", [], ""),
        ("13.4", "Eligible deposits with us are protected by the Financial Services Compensation Scheme up to a "
                 "total of £120,000 per person.", [], ""),
    ]),
]

GLOSSARY = [
    ("AER", "Annual Equivalent Rate. It shows what the interest rate would be if interest was paid and added "
            "each year."),
    ("Business day", "Monday to Friday, except bank holidays in England and Wales."),
    ("Card scheme", "The payment network whose logo is on your card."),
    ("EAR", "Effective Annual Rate. It shows the yearly interest cost of an overdraft."),
    ("Faster Payment", "An electronic payment in pounds between UK accounts, usually received within seconds."),
    ("Interest-free buffer", "The part of an overdraft on which we don't charge interest."),
    ("Personal representatives", "The people legally entitled to deal with the estate of someone who has died."),
    ("Tariff", "Our list of fees, rates and limits, which forms part of this agreement."),
    ("Unarranged overdraft", "Borrowing that you haven't agreed with us in advance. We don't offer this."),
    ("We, us, our", "Larkspur Bank plc."),
    ("You, your", "The account holder and, for joint accounts, each holder."),
]

TERMS_AFTER = [
    ("15", "Changes to these terms", [
        ("15.1", "We may change these terms for a valid reason, such as a change in the law or in our costs. "
                 "We'll give you at least 2 months' notice of any change that isn't in your favour.", [], ""),
        ("15.2", "If you don't agree with a change, you can close your account free of charge before the change "
                 "takes effect.", [], ""),
        ("15.3", "These terms are governed by the law of England and Wales.", [], ""),
    ]),
]


class TermsPDF(FPDF):
    def header(self):
        self.set_font("helvetica", "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, f"Larkspur Bank plc - Account Terms and Conditions - effective {EFFECTIVE}",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


LH = 5.2  # line height


def _need(pdf, h):
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()


def _section(pdf, num, title, items):
    _need(pdf, 22)
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11.5)
    pdf.cell(0, 7, f"{num}. {title}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    for cno, text, subs, trailing in items:
        _need(pdf, LH)
        pdf.set_x(pdf.l_margin)
        pdf.set_font("helvetica", "B", 10)
        pdf.cell(12, LH, cno)
        pdf.set_font("helvetica", "", 10)
        pdf.multi_cell(pdf.epw - 12, LH, text, new_x="LMARGIN", new_y="NEXT")
        for letter, stext in subs:
            _need(pdf, LH)
            pdf.set_x(pdf.l_margin + 12)
            pdf.cell(8, LH, f"({letter})")
            pdf.multi_cell(pdf.epw - 20, LH, stext, new_x="LMARGIN", new_y="NEXT")
        if trailing:
            _need(pdf, LH)
            pdf.set_x(pdf.l_margin + 12)
            pdf.multi_cell(pdf.epw - 12, LH, trailing, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)


def make_pdf():
    pdf = TermsPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("Larkspur Bank - Account Terms and Conditions")
    pdf.set_author("Larkspur Bank plc")
    pdf.set_subject(f"Account terms and conditions, effective {EFFECTIVE}")
    pdf.set_creator("make_larkspur_set.py")
    pdf.set_producer("make_larkspur_set.py (fpdf2)")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.cell(0, 10, "Account Terms and Conditions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, f"Larkspur Bank plc - effective {EFFECTIVE}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "I", 10)
    pdf.multi_cell(0, LH, "Please read these terms carefully. We've tried to keep them short and plain, but they "
                          "are a legal agreement between you and us, so keep a copy somewhere safe. Where we say "
                          "\"we\" or \"us\", we mean Larkspur Bank plc.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for num, title, items in TERMS:
        _section(pdf, num, title, items)

    # Section 14 - two columns on one page (kept together on the page it starts on)
    _need(pdf, 105)
    pdf.ln(2)
    pdf.set_font("helvetica", "B", 11.5)
    pdf.cell(0, 7, "14. Words we use", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, LH, "14.1 In these terms, the following words have the meanings set out below.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    gap = 8
    colw = (pdf.epw - gap) / 2
    top = pdf.get_y()
    half = (len(GLOSSARY) + 1) // 2
    bottoms = []
    for col, items in enumerate((GLOSSARY[:half], GLOSSARY[half:])):
        x = pdf.l_margin + col * (colw + gap)
        pdf.set_y(top)
        for term, meaning in items:
            pdf.set_x(x)
            pdf.set_font("helvetica", "B", 10)
            pdf.multi_cell(colw, LH, term, new_x="LEFT", new_y="NEXT")
            pdf.set_x(x)
            pdf.set_font("helvetica", "", 10)
            pdf.multi_cell(colw, LH, meaning, new_x="LEFT", new_y="NEXT")
            pdf.ln(2.5)
        bottoms.append(pdf.get_y())
    pdf.set_y(max(bottoms))
    for num, title, items in TERMS_AFTER:
        _section(pdf, num, title, items)
    pdf.ln(4)
    pdf.set_font("helvetica", "I", 9)
    pdf.multi_cell(0, LH, "Larkspur Bank plc, 1 Meadow Row, Larkton LK1 0AA. Questions about these terms? "
                          "Chat to us in the app, call 0808 157 0420 or email help@larkspur.example.",
                   new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---------------------------------------------------------------------------
# 3. Tariff (XLSX)
# ---------------------------------------------------------------------------

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
ITALIC = Font(italic=True, size=9)


def _sheet_title(ws, text, ncols):
    ws.cell(row=1, column=1, value=text).font = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="left")
    # row 2 left blank on purpose


def _rows(ws, start, rows, header=True):
    r = start
    for i, row in enumerate(rows):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            if header and i == 0:
                cell.font = BOLD
        r += 1
    return r


def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Fees by plan"
    _sheet_title(ws, f"Larkspur Bank - fees by plan (effective {EFFECTIVE})", 4)
    r = _rows(ws, 3, [
        ["Service", "Standard", "Plus", "Premium"],
        ["Monthly account fee", "£0", "£4.50", "£14.00"],
        ["Card spending in other currencies", "2.75%", "£0", "£0"],
        ["Cash withdrawals abroad", "2% (min £1.50)", "£0*", "£0"],
        ["Cash withdrawals in the UK", "£0", "£0", "£0"],
        ["Post Office cash deposit (notes or coins)", "£1.00 per deposit", "£0.50 per deposit", "£0**"],
        ["International transfer (SWIFT)", "£5.00", "£3.00", "£0†"],
        ["Faster Payments, standing orders and Direct Debits", "£0", "£0", "£0"],
        ["CHAPS payment", "£20.00", "£20.00", "£10.00"],
        ["Replacement card (lost, stolen or damaged)", "£0", "£0", "£0"],
        ["Express card delivery (next working day)", "£10.00", "£10.00", "£0"],
        ["Copy statement sent by post", "£5.00", "£5.00", "£0"],
        ["Extra airport lounge pass", "n/a", "n/a", "£24.00"],
        ["Declined or returned payment", "£0", "£0", "£0"],
    ])
    r += 1
    for note in [
        "* Plus: fee-free up to £200 of cash withdrawals abroad each calendar month, then 2%.",
        "** Premium: first 10 Post Office deposits each calendar month are free, then £0.75 per deposit.",
        "† Premium: free for payments in euros and US dollars; £2.00 for other currencies.",
        "Larkspur Young has no monthly fee. Card spending in other currencies costs 2.75%.",
        "Some cash machine owners charge their own fee. We don't control this.",
    ]:
        ws.cell(row=r, column=1, value=note).font = ITALIC
        r += 1
    ws.column_dimensions["A"].width = 52
    for col in "BCD":
        ws.column_dimensions[col].width = 20

    ws2 = wb.create_sheet("Rates")
    _sheet_title(ws2, f"Savings, overdraft and credit card rates (effective {EFFECTIVE})", 4)
    r = 3
    ws2.cell(row=r, column=1, value="Easy Access Saver (variable)").font = BOLD
    r = _rows(ws2, r + 1, [
        ["Balance band", "AER", "Gross p.a."],
        ["£1 to £9,999.99", "3.10%", "3.05%"],
        ["£10,000 to £49,999.99", "3.35%", "3.30%"],
        ["£50,000 to £250,000", "3.60%", "3.54%"],
    ])
    ws2.cell(row=r, column=1, value="The rate for your band applies to your whole balance.").font = ITALIC
    r += 2
    ws2.cell(row=r, column=1, value="Fixed Saver (fixed, new accounts)").font = BOLD
    r = _rows(ws2, r + 1, [
        ["Term", "AER", "Minimum deposit", "Maximum deposit"],
        ["1 year", "4.15%", "£1,000", "£250,000"],
        ["2 years", "3.95%", "£1,000", "£250,000"],
    ])
    r += 1
    ws2.cell(row=r, column=1, value="Arranged overdraft (variable)").font = BOLD
    r = _rows(ws2, r + 1, [
        ["Plan", "Interest-free buffer", "EAR above the buffer"],
        ["Standard", "£0", "39.9%"],
        ["Plus", "£50", "29.9%"],
        ["Premium", "£250", "19.9%"],
    ])
    ws2.cell(row=r, column=1, value="Overdraft limits from £50 to £3,000, subject to a credit check.").font = ITALIC
    r += 2
    ws2.cell(row=r, column=1, value="Credit card").font = BOLD
    r = _rows(ws2, r + 1, [
        ["Item", "Rate or fee"],
        ["Purchase rate", "24.9% p.a. (variable)"],
        ["Cash withdrawal rate", "29.9% p.a. (variable)"],
        ["Representative APR", "24.9% APR (variable)"],
        ["Late payment fee", "£12.00"],
        ["Cash withdrawal fee", "3% (min £3.00)"],
        ["Balance transfer fee", "3%"],
        ["Foreign usage fee", "£0"],
    ])
    ws2.column_dimensions["A"].width = 34
    for col in "BCD":
        ws2.column_dimensions[col].width = 22

    ws3 = wb.create_sheet("Daily limits")
    _sheet_title(ws3, f"Daily limits (effective {EFFECTIVE})", 5)
    r = _rows(ws3, 3, [
        ["Limit", "Standard", "Plus", "Premium", "Larkspur Young"],
        ["Cash machine withdrawals (per day)", "£300", "£500", "£800", "£100"],
        ["Card payments (per day)", "£3,000", "£5,000", "£10,000", "£250"],
        ["Contactless (single payment)", "£100", "£100", "£100", "£100"],
        ["Faster Payments (per day)", "£10,000", "£25,000", "£50,000", "£500"],
        ["International transfers (per day)", "£5,000", "£15,000", "£30,000", "n/a"],
        ["Post Office cash deposits (per day)", "£1,000", "£2,000", "£3,000", "£200"],
    ])
    r += 1
    for note in ["Limits reset at midnight UK time.",
                 "Coins: up to £300 per Post Office visit, within your daily cash deposit limit."]:
        ws3.cell(row=r, column=1, value=note).font = ITALIC
        r += 1
    ws3.column_dimensions["A"].width = 40
    for col in "BCDE":
        ws3.column_dimensions[col].width = 16

    naive = FIXED_DT.replace(tzinfo=None)
    wb.properties.creator = "Larkspur Bank plc"
    wb.properties.lastModifiedBy = "Larkspur Bank plc"
    wb.properties.title = "Larkspur Bank tariff"
    wb.properties.created = naive
    wb.properties.modified = naive
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue())


def _normalise_zip(data):
    """Rewrite a zip with fixed timestamps and fixed core-properties dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "2026-03-01T09:00:00Z"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


# ---------------------------------------------------------------------------
# 4. Rates notice (TXT)
# ---------------------------------------------------------------------------

NOTICE = """LARKSPUR BANK
Notice of changes to our rates and fees
=======================================

Date of this notice:   1 March 2026
Changes take effect:   1 June 2026

Hello,

We're writing to tell you about some changes to our rates and fees. Some go
up, some go down. Nothing changes until 1 June 2026, so the rates and fees in
our current Tariff (effective 1 March 2026) still apply until then.

You don't need to do anything. If you're not happy with a change, you can
close or switch your account free of charge at any time before 1 June 2026.


1. EASY ACCESS SAVER (variable rates, AER)

   Balance band               Now       From 1 June 2026
   -------------------------  --------  ----------------
   £1 to £9,999.99            3.10%     2.85%
   £10,000 to £49,999.99      3.35%     3.15%
   £50,000 to £250,000        3.60%     3.40%

   The rate for your band will still apply to your whole balance.


2. FIXED SAVER (new accounts only, AER)

   Term                       Now       From 1 June 2026
   -------------------------  --------  ----------------
   1 year                     4.15%     3.90%
   2 years                    3.95%     3.75%

   Existing Fixed Savers keep their rate until the end of the term.


3. MONTHLY PLAN FEES

   Plan                       Now       From 1 June 2026
   -------------------------  --------  ----------------
   Standard                   £0        no change
   Plus                       £4.50     £5.00 a month
   Premium                    £14.00    no change


4. ARRANGED OVERDRAFT (EAR, variable)

   Plan                       Now       From 1 June 2026
   -------------------------  --------  ----------------
   Standard                   39.9%     34.9%
   Plus                       29.9%     27.9%
   Premium                    19.9%     no change

   Interest-free buffers stay the same: £50 on Plus and £250 on Premium.


5. OTHER CHANGES FROM 1 JUNE 2026

   - Post Office cash deposits on Standard: £1.00 per deposit now,
     £1.50 per deposit from 1 June 2026. Plus stays at £0.50 per deposit,
     and Premium keeps 10 free deposits a month.
   - Plus fee-free cash withdrawals abroad: up from £200 to £300 a month.
   - Premium cashback cap: up from £30 to £40 a month.
   - International transfers on Standard: down from £5.00 to £4.00.
   - Credit card late payment fee: down from £12.00 to £10.00.


Questions? Chat to us in the app, call 0808 157 0420 (8am to 8pm, every
day) or email help@larkspur.example.

Larkspur Bank plc, 1 Meadow Row, Larkton LK1 0AA
Larkspur Bank is a fictional bank, created for testing.
"""


# ---------------------------------------------------------------------------
# 5. Questions
# ---------------------------------------------------------------------------
# tags (not written to the jsonl): table = table-cell lookup by plan/band,
# steps = step procedure, product = answer depends on which product,
# june = needs "now" and "from 1 June" values, two = two questions in one.


def Q(question, expected, conditions, source, tags=""):
    return {"question": question, "expected": expected, "conditions": conditions,
            "source": source, "covered": True, "_tags": tags.split()}


def U(question, topics):
    return {"question": question, "expected": [], "conditions": [], "source": [],
            "covered": False, "_tags": ["uncovered"], "_topics": topics}


QUESTIONS = [
    # --- plans, fees, perks
    Q("how much is plus a month, someone said its going up??", ["£4.50"], [["£5.00"]], [H, X, N], "june table"),
    Q("whats the monthly fee on premium", ["£14"], [], [H, X], "table"),
    Q("is the standard account actually free or is there a catch", ["no monthly fee"], [], [H]),
    Q("do i get cashback on plus and is there a max", ["1%"], [["£10 a month"]], [H], "two product"),
    Q("premium cashback what do i get it on and is there a cap", ["1.5%"],
      [["travel and eating out"], ["£30 a month", "£30"]], [H], "two product"),
    Q("can i get cashback on the free account", ["Not on Standard"], [], [H], "product"),
    Q("im on premium, is the cashback cap changing in june", ["£40"], [["£30"]], [H, N], "june"),
    Q("do i get cashback on my weekly food shop with premium", ["isn't part of Premium"], [], [H], "product"),
    Q("does plus come with travel insurance or do i need premium for that", ["doesn't include travel insurance"],
      [["worldwide family travel insurance"]], [H], "two product"),
    Q("going skiing on premium, am i covered and how long can the trip be", ["Winter sports are covered"],
      [["31 days"]], [H], "two"),
    Q("how many free lounge passes do i get with premium and what if i need more",
      ["4 free airport lounge passes"], [["£24"]], [H, X], "two"),
    Q("my phone got nicked, does premium cover that and whats the excess", ["mobile phone insurance"],
      [["£75"]], [H], "two"),
    Q("can me and my partner get a joint premium account", ["one person only", "only be held in one name"],
      [["Standard or Plus"]], [H, T], "product"),
    Q("how do i upgrade from standard to plus", ["Change plan"], [["Confirm upgrade"]], [H], "steps"),
    Q("if i upgrade do i have to pay for the first month",
      ["upgrade is free", "upgraded plan is free"], [], [H, T]),
    Q("want to drop down from premium to plus, how do i do it and when does the insurance stop",
      ["Change plan"], [["next fee date"]], [H, T], "steps two"),
    Q("what extras do i get with plus", ["round-ups"], [["1 working day early"]], [H]),
    Q("what day of the month do u take the account fee", ["1st of each month", "1st day of each month"], [], [H, T]),
    Q("what happens if theres not enough money in my account to pay the monthly fee",
      ["each day for 7 days"], [["move you to Larkspur Standard"]], [T]),
    Q("is the premium fee going up in june as well", ["no change"], [["£14.00"]], [N], "june"),
    # --- savers
    Q("i have 12k in easy access saver what rate do i get", ["3.35%"], [], [H, X], "table"),
    Q("interest on easy access if ive got £60,000 in it", ["3.60%"], [], [H, X], "table"),
    Q("ive only got about 3 grand in the easy saver, whats the rate now and after june", ["3.10%"],
      [["2.85%"]], [H, X, N], "june table two"),
    Q("easy access with 20k in it, is my rate dropping and to what", ["3.35%"], [["3.15%"]], [H, X, N], "june table"),
    Q("over 50k in easy access, what will the rate be from june", ["3.40%"], [["3.60%"]], [H, X, N], "june table"),
    Q("1 year fixed saver rate", ["4.15%"], [], [H, X], "table"),
    Q("2 yr fix rate now and for new accounts from june", ["3.95%"], [["3.75%"]], [H, X, N], "june table"),
    Q("i already have a 1 year fix at 4.15, will my rate go down in june", ["keep their rate"], [], [N]),
    Q("what rate for a new 1 year fix opened after 1 june", ["3.90%"], [], [N], "table"),
    Q("how much interest will i earn on my savings", ["3.10%", "3.35%", "3.60%"], [["4.15%", "3.95%"]],
      [H, X], "product"),
    Q("can i take money out of my savings whenever i want", ["as often as you like", "at any time"],
      [["before the end of the term"]], [H, T], "product"),
    Q("need money from my fixed saver urgently, can i get it out and is there a penalty",
      ["exceptional circumstances"], [["90 days' interest"]], [H, T], "two"),
    Q("opened a fixed saver last week and changed my mind", ["cooling-off"], [], [H, T]),
    Q("whats the minimum to open a fixed saver and can i top it up later", ["£1,000"],
      [["can't add more money", "within 14 days"]], [H, T, X], "two"),
    Q("whats the minimum deposit for a savings account", ["just £1"], [["£1,000"]], [H, X], "product"),
    Q("what happens when my fix ends if i dont do anything",
      ["into an Easy Access Saver", "to an Easy Access Saver"], [], [H, T]),
    Q("when do u pay the interest on easy access", ["last day of each month"], [], [H, T]),
    Q("max i can put in the easy access saver", ["£250,000"], [], [H, X]),
    Q("can i have a joint savings account", ["joint Easy Access Saver"],
      [["only be held in one name"]], [H, T], "product"),
    Q("how do i open an easy access saver", ["Open an Easy Access Saver"], [["Open saver"]], [H], "steps"),
    Q("is tax taken off my savings interest", ["without deducting tax"], [], [T]),
    Q("how much warning do i get before you cut my easy access rate", ["14 days' notice"], [], [T]),
    Q("how do i close my savings", ["Close saver"], [["cooling-off"]], [H], "product steps"),
    Q("is the easy access rate paid on the whole lot or just the bit in each band",
      ["whole balance"], [], [H, T, X, N]),
    # --- overdraft
    Q("overdraft interest rate on standard", ["39.9%"], [], [H, X], "table"),
    Q("whats the interest free overdraft bit on premium", ["£250"], [], [H, T, X], "table"),
    Q("im on plus how much is overdraft interest and is there a free buffer", ["29.9%"], [["£50"]],
      [H, X], "two table"),
    Q("is the standard overdraft rate changing in june", ["39.9%"], [["34.9%"]], [H, X, N], "june table"),
    Q("plus overdraft ear after 1 june", ["27.9%"], [], [N], "table"),
    Q("how do i get an overdraft and will it mess up my credit score", ["Borrow"],
      [["credit file", "credit check"]], [H], "steps two"),
    Q("biggest overdraft i can get", ["£3,000"], [], [H, T, X]),
    Q("what if a payment takes me over my overdraft limit do u charge",
      ["don't offer unarranged overdrafts"], [["never charge", "won't charge interest"]], [H, T]),
    Q("can u take my overdraft away", ["30 days' notice"], [], [T]),
    Q("me and my ex have a joint account thats overdrawn, am i only on the hook for half",
      ["jointly and severally"], [], [H, T]),
    Q("how much interest do i pay if i borrow from you", ["24.9%"], [["39.9%", "29.9%", "19.9%"]],
      [H, X], "product"),
    # --- credit card
    Q("credit card apr", ["24.9%"], [], [H, X]),
    Q("whats the fee if i pay my credit card late, is that changing", ["£12"], [["£10.00"]],
      [H, X, N], "june two"),
    Q("if i take cash out on the credit card what does it cost", ["3%"], [["29.9%"]], [H, X]),
    Q("do i get charged for using my larkspur credit card in spain", ["no fee", "£0"], [], [H, X]),
    Q("whats the minimum payment on the credit card", ["1% of your balance"], [["£5"]], [H]),
    Q("how do i close my credit card", ["Close card"], [["whole balance"]], [H], "steps"),
    Q("how long is the interest free period on credit card purchases", ["56 days"], [], [H]),
    Q("bought a sofa for £800 on my larkspur credit card and the firm went bust can i claim off u",
      ["Section 75"], [], [H]),
    Q("balance transfer fee on the card", ["3%"], [], [H, X]),
    Q("how do i pay off my credit card bill", ["Make a payment"], [], [H], "steps"),
    # --- travel
    Q("off to france next week do i need to tell u", ["works abroad automatically"], [], [H]),
    Q("whats the fee for using my card abroad on standard", ["2.75%"], [], [H, X], "table"),
    Q("plus account free atm withdrawals abroad? how much", ["£200"], [["2%"]], [H, X], "table"),
    Q("is the plus free cash abroad allowance changing", ["£200"], [["£300"]], [H, X, N], "june"),
    Q("card machine in italy asked pounds or euros which one", ["local currency"], [], [H]),
    Q("what exchange rate do u use", ["card scheme's exchange rate"], [], [H]),
    Q("taking cash out of an atm abroad on standard how much, is there a minimum", ["2%"], [["£1.50"]],
      [H, X], "table two"),
    Q("card blocked in spain and i cant get online what do i do", ["+44 20 7946 0777"], [], [H], "steps"),
    Q("whats it cost to use my card abroad", ["2.75%"], [["Free", "£0"]], [H, X], "product"),
    # --- cash and cheques
    Q("do u charge for paying in coins at the post office", ["same as for notes"],
      [["£1.00"], ["£0.50"], ["£0.75", "first 10"]], [H, X], "product"),
    Q("how do i pay cash in at the post office", ["Larkspur debit card"], [["receipt"]], [H], "steps"),
    Q("standard account post office deposit fee now and from june", ["£1.00"], [["£1.50"]], [H, X, N], "june table"),
    Q("paid cash in at the post office this morning and its not showing yet", ["within 2 hours"],
      [["end of the next working day"]], [H]),
    Q("how much cash can i pay in per day on plus", ["£2,000"], [], [H, X], "table"),
    Q("premium how many free post office deposits do i get and what after that", ["first 10"], [["£0.75"]],
      [H, X], "two table"),
    Q("max coins i can pay in at once", ["£300"], [], [H, X]),
    Q("how do i pay in a cheque, can i do it at the post office", ["PO Box 4410"],
      [["can't take cheques"]], [H], "steps two"),
    Q("how long do cheques take to clear", ["3 working days", "3 business days"], [], [H, T]),
    # --- payments
    Q("whats the daily limit for bank transfers on premium", ["£50,000"], [], [H, X], "table"),
    Q("how do i send money abroad and how much is it on plus", ["Send abroad"], [["£3"]], [H, X], "steps two product"),
    Q("international transfer fee on standard, is it going down", ["£5"], [["£4.00"]], [H, X, N], "june table"),
    Q("sent a faster payment 3 hours ago and it hasnt arrived is that normal",
      ["end of the next working day", "end of the next business day"], [], [H, T]),
    Q("it says no match when i add a new payee what does that mean", ["Confirmation of Payee"],
      [["stop and check"]], [H]),
    Q("can i cancel a standing order thats due tomorrow",
      ["end of the working day before", "end of the business day before"], [], [H, T]),
    Q("how do i set up a standing order", ["New standing order"], [["first payment date"]], [H], "steps"),
    Q("oops sent £200 to the wrong account number, can u get it back and do u charge", ["can't promise"],
      [["don't charge", "free of charge"]], [H, T], "two"),
    Q("whats the cut off time for international payments", ["3pm"], [], [T]),
    Q("how long does a payment in euros to germany take", ["1 business day"], [], [T]),
    Q("why would u refuse a payment i made", ["isn't enough money", "suspect fraud"], [], [T]),
    Q("whats the daily cash machine limit on standard and on premium", ["£300"], [["£800"]], [X], "table two"),
    Q("card spending limit per day on plus", ["£5,000"], [], [X], "table"),
    Q("international transfer daily limit for premium", ["£30,000"], [], [X], "table"),
    Q("whats the contactless limit", ["£100"], [], [X], "table"),
    Q("when do my daily limits reset", ["midnight UK time"], [], [X]),
    Q("how much is a CHAPS payment on premium", ["£10.00"], [], [X], "table"),
    Q("how much for a paper statement posted to me on plus", ["£5.00"], [], [X], "table"),
    Q("my son has larkspur young how much can he send by bank transfer a day", ["£500"], [], [X], "table"),
    # --- cards
    Q("how do i freeze my card and will my direct debits still go out", ["Freeze card"], [["still go out"]],
      [H], "steps two"),
    Q("my card got eaten by the cash machine", ["ATM kept my card"],
      [["don't go back for it", "destroy retained cards"]], [H], "steps"),
    Q("atm swallowed my card AND didnt give me the money but its gone from my account!!",
      ["machine's owner"], [["10 working days"]], [H]),
    Q("lost my wallet with my card in it what do i do", ["Report lost or stolen"], [["Freeze"]], [H], "steps"),
    Q("how much is a replacement card and how long does it take", ["replacement card is free", "£0"],
      [["3 to 5 working days"]], [H, X], "two"),
    Q("need my new card by tomorrow how much is that on standard", ["£10"], [], [H, X], "table"),
    Q("how do i change my pin, can i do it in the app", ["PIN services"],
      [["can't change your PIN"]], [H], "two"),
    Q("someone used my card before i reported it lost do i have to pay for that", ["£35"], [], [T]),
    Q("i wrote my pin on the back of my card and someone used it will i get a refund",
      ["gross negligence", "all losses"], [], [T]),
    Q("can i get a card on my phone straight away while i wait", ["free virtual card"], [], [H]),
    # --- disputes
    Q("paid for concert tickets, event got cancelled and the seller is ignoring me", ["chargeback"],
      [["120 days"], ["Something's wrong"]], [H], "steps"),
    Q("how long does a chargeback take", ["16 weeks"], [], [H]),
    Q("been charged twice for the same thing", ["7 days"], [], [H]),
    Q("gym keeps taking money after i cancelled", ["Stop future payments"], [], [H]),
    Q("do i get the money back while you look at my dispute", ["temporary credit"], [], [H]),
    # --- fraud
    Q("i think ive been scammed what do i do", ["0808 157 0777"], [["freeze your card"]], [H, T], "steps"),
    Q("got conned into sending money to a fake builder by bank transfer will i get it back",
      ["£85,000", "reimburse"], [["excess"]], [H, T]),
    Q("someone rang saying theyre from larkspur and told me to move my money to a safe account",
      ["will never ask"], [["hang up"]], [H]),
    Q("how long do u take to decide on a scam refund", ["5 business days", "5 working days"],
      [["35 business days"]], [T, H]),
    Q("got a dodgy email pretending to be you", ["phishing@larkspur.example"], [], [H]),
    Q("money taken from my account that i didnt authorise when do i get it back",
      ["end of the next business day", "end of the next working day"], [], [H, T]),
    Q("got scammed on a card payment not a bank transfer, does the 85k scam refund cover it",
      ["made by card"], [["chargeback"]], [T]),
    # --- joint
    Q("how do i add my partner to my account", ["Add a joint holder"], [], [H], "steps"),
    Q("how do i take my ex off our joint account", ["Both holders must agree"], [["overdrawn"]], [H]),
    Q("how many joint accounts can i have", ["one joint account"], [], [T]),
    # --- young
    Q("can my 12 yr old get a card and whats their cash limit", ["Larkspur Young"], [["£100"]], [H, T, X], "two table"),
    Q("what happens to my sons account when he turns 18", ["Larkspur Standard"],
      [["access as a parent ends", "access ends"]], [H, T]),
    Q("how do i send my daughter pocket money", ["Top up"], [], [H], "steps"),
    Q("can a 16 year old have an overdraft", ["can't have an overdraft", "no overdraft"], [], [H, T]),
    # --- closing
    Q("how do i close my account i want to leave", ["Close account"], [["Direct Debits"]], [H], "steps"),
    Q("switching to another bank how long til my account is closed", ["7 working days"], [], [H]),
    Q("if i close my account on the 10th do i get some of my monthly fee back",
      ["days left in the month", "days remaining"], [], [H, T]),
    Q("can the bank just close my account on me", ["2 months' notice"], [["abusive"]], [H, T]),
    Q("want to close everything i have with u, current account saver and credit card, how",
      ["Close account"], [["Close saver"], ["Close card"]], [H], "product steps"),
    # --- bereavement
    Q("my dad passed away he banked with you what do i do", ["death certificate"],
      [["020 7946 0455", "larkspur.example/bereavement"]], [H], "steps"),
    Q("mums accounts have about 30k in total do we need probate", ["without probate"], [["£50,000"]], [H, T]),
    Q("can the funeral be paid out of his account before probate", ["funeral director's invoice"], [], [H, T]),
    Q("joint account holder died what happens to the money", ["surviving holder"], [], [H, T]),
    # --- complaints
    Q("how do i complain and how long do u have to reply", ["complaints@larkspur.example", "0808 157 0460"],
      [["8 weeks"]], [H, T], "two"),
    Q("not happy with your final response can i take it further and is there a time limit",
      ["Financial Ombudsman Service"], [["6 months"]], [H, T], "two"),
    Q("complaint about a payment how long will it take you", ["15 working days", "15 business days"], [], [H, T]),
    # --- general
    Q("is my money safe if you go bust", ["£120,000"], [], [H, T]),
    Q("what do i need to open an account", ["photo ID"], [["18 or over"]], [H, T]),
    Q("phone number for help and what hours", ["0808 157 0420"], [["8am to 8pm"]], [H, N], "two"),
    Q("what does AER mean", ["Annual Equivalent Rate"], [], [T]),
    Q("what counts as a business day", ["Monday to Friday"], [["bank holidays"]], [T]),
    Q("whats an unarranged overdraft", ["haven't agreed with us in advance"], [], [T]),
    Q("do you have to tell me before putting fees up", ["2 months' notice"], [], [T]),
    Q("i dont like the june changes can i leave without paying anything", ["free of charge"], [], [N, T]),
    Q("which law covers the terms", ["England and Wales"], [], [T]),

    # --- uncovered
    U("do u do mortgages, looking to buy my first flat", ["mortgage"]),
    U("can i open a pension with larkspur", ["pension"]),
    U("can i buy bitcoin in the app", ["bitcoin", "crypto"]),
    U("i run a small cafe, can i get a business account with you", ["business account"]),
    U("whats the rate on your cash isa", ["isa"]),
    U("can i get a personal loan to buy a car", ["loan", "car finance"]),
    U("do you have a student account with an interest free overdraft", ["student"]),
    U("can i invest in stocks and shares through the larkspur app", ["invest", "stocks", "shares"]),
    U("can i order travel money in euros to pick up before my holiday", ["travel money"]),
    U("does premium come with home insurance as well", ["home insurance"]),
    U("how do i order a chequebook", ["chequebook", "cheque book"]),
    U("does larkspur do buy now pay later", ["buy now pay later", "pay later"]),
    U("can i hold a euro currency account with you", ["currency account"]),
    U("can i add my larkspur card to apple pay", ["apple pay"]),
    U("do you do a junior isa for my baby", ["junior isa", "isa"]),
    U("can i buy premium bonds through you", ["premium bonds"]),
    U("do u have safe deposit boxes", ["safe deposit"]),
    U("do you offer life insurance with the premium plan", ["life insurance"]),
    U("can i get car insurance through larkspur", ["car insurance"]),
    U("do you do a credit builder card for bad credit", ["credit builder", "bad credit"]),
]


def question_records():
    recs = []
    for i, q in enumerate(QUESTIONS, start=1):
        recs.append({"id": f"l{i:03d}", "question": q["question"], "expected": q["expected"],
                     "conditions": q["conditions"], "source": q["source"], "covered": q["covered"]})
    return recs


# ---------------------------------------------------------------------------


def main(out_dir):
    docs = os.path.join(out_dir, "documents")
    os.makedirs(docs, exist_ok=True)
    with open(os.path.join(docs, H), "w", encoding="utf-8", newline="\n") as f:
        f.write(make_html())
    with open(os.path.join(docs, T), "wb") as f:
        f.write(make_pdf())
    with open(os.path.join(docs, X), "wb") as f:
        f.write(make_xlsx())
    with open(os.path.join(docs, N), "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTICE)
    with open(os.path.join(out_dir, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in question_records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote 4 documents to {docs} and {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assistant", "evaluation", "sets", "larkspur"))
